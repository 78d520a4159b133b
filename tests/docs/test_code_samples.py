"""The Python snippet of every operation in the API reference type-checks under mypy --strict."""

from __future__ import annotations

import json
from pathlib import Path

from tests.sdk.test_typing import mypy

SAMPLES = Path(__file__).resolve().parents[2] / "generated" / "yiyiqian_sdk" / "code_samples.json"


def test_every_operation_has_a_snippet_that_type_checks(tmp_path):
    samples: dict[str, str] = json.loads(SAMPLES.read_text(encoding="utf-8"))
    assert len(samples) == 47
    for operation_id, source in samples.items():
        (tmp_path / f"sample_{operation_id}.py").write_text(source, encoding="utf-8")
    result = mypy(*sorted(tmp_path.glob("sample_*.py")))
    assert result.returncode == 0, result.stdout + result.stderr
