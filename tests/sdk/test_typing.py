"""mypy --strict on typical SDK calls: every return type is the operation's data model.

tests/sdk/typical_calls.py marks each `reveal_type` with the type mypy must reveal (`# E: ...`).
Module prefixes are dropped before comparing (mypy prints `yiyiqian_client.models.x.CaLoginTask`).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CALLS = Path(__file__).with_name("typical_calls.py")


def _short(type_text: str) -> str:
    return re.sub(r"\b(?:[a-z_][a-z0-9_]*\.)+(?=[A-Za-z_])", "", type_text).replace("builtins.", "")


def mypy(*paths: Path) -> subprocess.CompletedProcess[str]:
    pytest.importorskip("mypy")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--hide-error-context", *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_every_reveal_type_is_the_operations_data_model():
    expected = {
        number: line.split("# E:", 1)[1].strip()
        for number, line in enumerate(CALLS.read_text(encoding="utf-8").splitlines(), start=1)
        if "# E:" in line
    }
    result = mypy(CALLS)
    revealed: dict[int, str] = {}
    errors = []
    for line in result.stdout.splitlines():
        found = re.match(r".*typical_calls\.py:(\d+): note: Revealed type is \"(.*)\"$", line)
        if found:
            revealed[int(found.group(1))] = _short(found.group(2))
        elif ": error:" in line:
            errors.append(line)
    assert errors == [], "\n".join(errors)
    assert revealed == expected
