"""A staging run against a drifting server names each drift, and its proposals fix what a spec can.

The server is the sandbox behind a loopback proxy (tests/contract/drifting_server.py) that plants
ten kinds of drift on ten operations and two harmless differences. The staging command runs on
those operations plus two clean ones, with a small example count (CI time), then the overlay it
proposes is applied to a copy of the spec and the same command runs again against the copy.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.contract.drifting_server import FIXABLE, PLANTED, drifting_server

ROOT = Path(__file__).resolve().parents[2]
CLEAN = ("verifyDataSignature", "pushPatients")  # verifyDataSignature carries the harmless extra field
OPERATIONS = ",".join([*PLANTED, *CLEAN])


def staging_run(base_url: str, folder: Path, *extra: str) -> tuple[int, dict[str, set[str]], str]:
    """`nox -s contract -- --base-url URL ...`'s pytest command; returns exit code, kinds per row, output."""
    from yiyiqian_sandbox import DEFAULT_APP_ID, DEFAULT_APP_SECRET

    folder.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "YIYIQIAN_APP_ID": DEFAULT_APP_ID,
        "YIYIQIAN_APP_SECRET": DEFAULT_APP_SECRET,
        "YIYIQIAN_CONTRACT_REPORT": str(folder / "contract.md"),
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "contract_tests",
            "-q",
            "-p",
            "no:cacheprovider",
            "--base-url",
            base_url,
            "--contract-operations",
            OPERATIONS,
            "--contract-examples",
            "3",
            "--rate-limit",
            "500/s",
            *extra,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = (folder / "contract.md").read_text(encoding="utf-8")
    rows: dict[str, set[str]] = {}
    for line in report.splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 8 and cells[2].startswith("`"):
            rows[cells[2].strip("`")] = set(re.findall(r"(.+?) ×\d+(?:, |$)", cells[7]))
    return done.returncode, rows, done.stdout + report


@pytest.fixture(scope="module")
def drifting_url():  # type: ignore[no-untyped-def]
    with drifting_server() as url:
        yield url


def test_every_planted_drift_is_named_under_its_kind_and_proposals_fix_what_a_spec_can(drifting_url, tmp_path):
    returncode, rows, output = staging_run(drifting_url, tmp_path / "first", "--propose")

    assert returncode == 1, output
    assert output.startswith(f"contract target: staging {drifting_url}"), output[:200]
    assert f"# Contract report: staging {drifting_url}" in output
    for operation, kind in PLANTED.items():
        assert rows[operation] == {kind}, (operation, rows[operation])
    for operation in CLEAN:  # no false alarm: neither the extra field nor the traceId is drift
        assert rows[operation] == set(), (operation, rows[operation])

    proposals = (tmp_path / "first" / "spec-proposals.md").read_text(encoding="utf-8")
    assert "renamed field `data.userJobId` → `data.userJobID` (string)" in proposals
    assert "changed type `data.received`: spec integer, staging string" in proposals
    assert "missing field `data.deleted`" in proposals
    assert "undocumented status 201" in proposals
    assert "path missing: POST /collect/third/push-order-item-mappings answered 404" in proposals
    not_fixed = proposals.split("## Drift a spec change does not fix")[1]
    for operation in set(PLANTED) - set(FIXABLE):
        assert f"`{operation}`: {PLANTED[operation]} ×" in not_fixed, (operation, not_fixed)
    overlay = yaml.safe_load((tmp_path / "first" / "spec-proposals.overlay.yaml").read_text(encoding="utf-8"))
    assert overlay["overlay"] == "1.0.0"
    updates = yaml.safe_dump([a.get("update") for a in overlay["actions"]], allow_unicode=True)
    assert "x-evidence: observed" in updates and "127.0.0.1" in updates

    proposed = tmp_path / "proposed.yaml"
    applied = subprocess.run(
        [sys.executable, "tools/apply_overlay.py", str(tmp_path / "first" / "spec-proposals.overlay.yaml"),
         "--output", str(proposed)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert applied.returncode == 0, applied.stderr

    _, again, output = staging_run(drifting_url, tmp_path / "again", "--contract-spec", str(proposed))
    for operation in FIXABLE:  # clean, or gone from the spec (the missing path)
        assert again.get(operation, set()) == set(), (operation, again.get(operation), output[-3000:])
    assert "pushOrderItemMappings" not in again
    for operation in set(PLANTED) - set(FIXABLE):  # a spec change cannot fix a gateway's redirect or a 502
        assert again[operation] == {PLANTED[operation]}, (operation, again[operation])
    for operation in CLEAN:
        assert again[operation] == set(), (operation, again[operation])
