"""JSON Schema from sample values, merged over many samples, and a comparison with a declared schema.

Small on purpose (genson does more): the proposals only need types, properties, required-ness
and array items, and they must keep the vendor's field names byte for byte.
"""

from __future__ import annotations

from typing import Any

_TYPE_OF = ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"), (list, "array"), (dict, "object"))


def _type(value: Any) -> str:
    if value is None:
        return "null"
    return next(name for kind, name in _TYPE_OF if isinstance(value, kind))


def infer(value: Any) -> dict[str, Any]:
    kind = _type(value)
    if kind == "object":
        return {
            "type": "object",
            "properties": {key: infer(item) for key, item in value.items()},
            "required": sorted(value),
        }
    if kind == "array":
        items: dict[str, Any] | None = None
        for item in value:
            items = infer(item) if items is None else merge(items, infer(item))
        return {"type": "array", "items": items or {}}
    return {"type": kind}


def types_of(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    if kind is None:
        return set()
    return set(kind) if isinstance(kind, list) else {kind}


def _with_types(kinds: set[str]) -> str | list[str]:
    ordered = sorted(kinds)
    return ordered[0] if len(ordered) == 1 else ordered


def merge(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """A schema both samples satisfy: properties united, required intersected, types united."""
    kinds = types_of(a) | types_of(b)
    merged: dict[str, Any] = {"type": _with_types(kinds)} if kinds else {}
    if "object" in kinds:
        props_a, props_b = a.get("properties", {}), b.get("properties", {})
        merged["properties"] = {
            key: merge(props_a[key], props_b[key])
            if key in props_a and key in props_b
            else props_a.get(key) or props_b[key]
            for key in {**props_a, **props_b}
        }
        required_a = set(a.get("required", [])) if "object" in types_of(a) else None
        required_b = set(b.get("required", [])) if "object" in types_of(b) else None
        both = [r for r in (required_a, required_b) if r is not None]
        merged["required"] = sorted(set.intersection(*both)) if both else []
    if "array" in kinds:
        items = [s["items"] for s in (a, b) if s.get("items")]
        merged["items"] = merge(items[0], items[1]) if len(items) == 2 else (items[0] if items else {})
    return merged


def compatible(declared: set[str], observed: set[str]) -> bool:
    """Every observed type is one the declaration allows (an integer is a number)."""
    if not declared:
        return True
    allowed = declared | ({"integer"} if "number" in declared else set())
    return observed <= allowed
