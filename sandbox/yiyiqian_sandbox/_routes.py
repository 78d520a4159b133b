"""Which operation answers at which path (the generated route table), and the spec it follows.

Read from the checkout (editable install) or from the copy the wheel carries beside the
client package, without importing the client's private modules.
"""

from __future__ import annotations

import functools
import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from yiyiqian_routes import ROUTES


def spec_path() -> Path:
    candidates = [Path(__file__).resolve().parents[2] / "openapi" / "yiyiqian.yaml"]
    client = importlib.util.find_spec("yiyiqian")
    for location in (client.submodule_search_locations or []) if client else []:
        candidates.append(Path(location) / "_data" / "yiyiqian.yaml")
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("openapi/yiyiqian.yaml not found (checkout or the yiyiqian wheel's copy)")


@functools.cache
def load_spec() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with spec_path().open(encoding="utf-8") as f:
        spec: dict[str, Any] = yaml.load(f, Loader=loader)
    return spec


@dataclass(frozen=True)
class Route:
    operation_id: str
    method: str  # upper case
    path: str
    operation: dict[str, Any]


def routes(spec: dict[str, Any] | None = None) -> list[Route]:
    """Every operation, from the generated route table (public), with its part of the spec."""
    spec = spec if spec is not None else load_spec()
    return [
        Route(route.operation_id, route.method, route.path, spec["paths"][route.path][route.method.lower()])
        for route in ROUTES
    ]
