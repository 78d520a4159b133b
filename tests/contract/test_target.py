"""`nox -s contract` without --base-url fuzzes the bundled sandbox, whatever the environment says."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_yiyiqian_base_url_in_the_environment_does_not_change_the_target(tmp_path):
    env = {
        **os.environ,
        "YIYIQIAN_BASE_URL": "http://127.0.0.1:9/a-server-that-must-not-be-fuzzed",
        "YIYIQIAN_CONTRACT_REPORT": str(tmp_path / "contract.md"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "contract_tests", "-q", "-p", "no:cacheprovider", "--collect-only"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[0] == "contract target: the bundled sandbox (spec yiyiqian.yaml)", done.stdout
    assert (tmp_path / "contract.md").read_text(encoding="utf-8").startswith("# Contract report: the bundled sandbox")
