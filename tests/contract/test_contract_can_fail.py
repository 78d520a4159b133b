"""The contract suite can fail: against a sandbox with a fault switched on, it reports the fault.

Each case runs the real suite (pytest contract_tests) in a subprocess on one operation, with a
contract fault of the sandbox on, and reads the drift report it writes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_contract(fault: str, operation: str, tmp_path: Path) -> tuple[int, str]:
    report = tmp_path / "contract.md"
    env = {**os.environ, "YIYIQIAN_SANDBOX_CONTRACT_FAULT": fault, "YIYIQIAN_CONTRACT_REPORT": str(report)}
    env.pop("YIYIQIAN_BASE_URL", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "contract_tests",
            "-q",
            "-p",
            "no:cacheprovider",
            "-k",
            "test_operation",
            "--contract-operations",
            operation,
            "--contract-examples",
            "5",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done.returncode, report.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("fault", "operation", "kinds"),
    [
        ("rename-field", "pushDepartments", ["schema mismatch", "2xx without a success code"]),
        ("undocumented-status", "pushDepartments", ["undocumented status 202"]),
        ("server-error", "pushPatients", ["server error 500"]),
    ],
)
def test_each_injected_fault_fails_the_suite_and_is_reported(tmp_path, fault, operation, kinds):
    returncode, report = run_contract(fault, operation, tmp_path)
    assert returncode == 1, report
    row = next(line for line in report.splitlines() if f"`{operation}`" in line)
    failures = row.split("|")[7]
    for kind in kinds:
        assert f"{kind} ×" in failures, row
    # One name per kind: the status is the drift, not also the checks it tripped.
    assert "conformance" not in failures and "ignored_auth" not in failures, row


def test_without_a_fault_the_same_run_passes(tmp_path):
    returncode, report = run_contract("", "pushDepartments", tmp_path)
    assert returncode == 0, report
    assert "failed checks: 0" in report
