"""Read openapi/yiyiqian.yaml as a list of table-of-contents entries.

One place that knows where the vendor's toc numbers live in the spec (operations, webhooks and
the `x-toc-pages` list), shared by the evidence table and the tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi" / "yiyiqian.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class TocEntry:
    toc: str
    kind: str  # "operation", "webhook" or "page"
    operation_id: str | None
    method: str | None
    path: str | None  # for a webhook: its x-path
    evidence: str | None
    notes: str | None
    operation: dict[str, Any] | None


def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    with path.open(encoding="utf-8") as f:
        spec: dict[str, Any] = yaml.safe_load(f)
    return spec


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation under `paths`."""
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def toc_entries(spec: dict[str, Any]) -> list[TocEntry]:
    entries = [
        TocEntry(
            str(op["x-toc"]),
            "operation",
            op["operationId"],
            method.upper(),
            path,
            op["x-evidence"],
            op["x-evidence-notes"],
            op,
        )
        for path, method, op in operations(spec)
        if "x-toc" in op
    ]
    for name, item in spec.get("webhooks", {}).items():
        for method in HTTP_METHODS:
            if method in item and "x-toc" in item[method]:
                op = item[method]
                entries.append(
                    TocEntry(
                        str(op["x-toc"]),
                        "webhook",
                        op.get("operationId", name),
                        method.upper(),
                        op.get("x-path"),
                        op["x-evidence"],
                        op["x-evidence-notes"],
                        op,
                    )
                )
    entries += [
        TocEntry(str(page["toc"]), "page", None, None, None, None, page["reason"], None)
        for page in spec.get("x-toc-pages", [])
    ]
    return sorted(entries, key=lambda e: toc_sort_key(e.toc))


# Doc pages without a number, placed where the vendor's table of contents has them.
_UNNUMBERED = {"错误码说明": (0,), "Delphi": (10, 99)}


def toc_sort_key(toc: str) -> tuple[int, tuple[int, ...], str]:
    """Section 一 first (plain numbers), then 二, then 三; numbers compared as numbers."""
    section = 1 if toc.startswith("二") else 2 if toc.startswith("三") else 0
    numbers = _UNNUMBERED.get(toc) or tuple(int(n) for n in re.findall(r"\d+", toc))
    return section, numbers, toc
