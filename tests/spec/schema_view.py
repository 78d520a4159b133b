"""Schema helpers for the spec tests: `resolve` is the contract suite's; `types_of` reads JSON types."""

from __future__ import annotations

from typing import Any

from contract_tests.examples import resolve

__all__ = ["resolve", "types_of"]


def types_of(schema: dict[str, Any]) -> set[str]:
    """The JSON types a (resolved) schema admits, `null` included when it is nullable."""
    declared = schema.get("type")
    if declared is None and "anyOf" in schema:
        return set().union(*(types_of(s) for s in schema["anyOf"]))
    if isinstance(declared, list):
        return set(declared)
    return {declared} if declared else set()
