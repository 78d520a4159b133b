from __future__ import annotations

import evidence_table


def test_readme_evidence_table_is_generated_from_the_spec():
    assert evidence_table.main(["--check"]) == 0, "run `nox -s evidence`"
