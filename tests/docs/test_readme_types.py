"""Every Python block of the README type-checks under mypy --strict, as a reader would paste them."""

from __future__ import annotations

from tests.docs.test_readme import BLOCKS
from tests.sdk.test_typing import mypy


def test_the_readme_python_blocks_type_check(tmp_path):
    source = "\n\n".join(code for language, code in BLOCKS if language == "python")
    script = tmp_path / "readme_blocks.py"
    script.write_text(source, encoding="utf-8")
    result = mypy(script)
    assert result.returncode == 0, result.stdout + result.stderr
