"""Fixtures shared by every test: the spec and the vendor reference in ../shared."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from spec_index import load_spec  # noqa: E402


def shared_dir() -> Path:
    """`../shared` beside the checkout (CI lays it there), or $YIYIQIAN_SHARED_DIR."""
    return Path(os.environ.get("YIYIQIAN_SHARED_DIR", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


@pytest.fixture(scope="session")
def reference_dir() -> Path:
    path = shared_dir() / "reference"
    if not (path / "endpoints.yaml").is_file():
        pytest.fail(f"vendor reference not found at {path}; set YIYIQIAN_SHARED_DIR")
    return path


@pytest.fixture(scope="session")
def endpoints_reference(reference_dir: Path) -> list[dict[str, Any]]:
    with (reference_dir / "endpoints.yaml").open(encoding="utf-8") as f:
        entries: list[dict[str, Any]] = yaml.safe_load(f)
    return entries


@pytest.fixture(scope="session")
def reference_by_toc(endpoints_reference: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {str(e["toc"]): e for e in endpoints_reference}


@pytest.fixture(scope="module")
def sandbox_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A quiet sandbox of its own for a test module (no webhook receiver, no automatic login)."""
    from yiyiqian_sandbox import SandboxConfig, serve_in_background

    config = SandboxConfig(state_dir=tmp_path_factory.mktemp("sandbox"), auto_login_after=None, async_delay=0.05)
    with serve_in_background(config) as running:
        yield running
