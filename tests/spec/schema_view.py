"""A flattened view of a JSON schema inside the spec: `$ref` followed, `allOf` merged."""

from __future__ import annotations

from typing import Any


def resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    if "allOf" not in schema:
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    merged["properties"] = dict(merged.get("properties", {}))
    merged["required"] = list(merged.get("required", []))
    for part in schema["allOf"]:
        flat = resolve(spec, part)
        merged["properties"].update(flat.get("properties", {}))
        merged["required"] += flat.get("required", [])
        if "type" in flat:
            merged.setdefault("type", flat["type"])
    return merged


def types_of(schema: dict[str, Any]) -> set[str]:
    """The JSON types a (resolved) schema admits, `null` included when it is nullable."""
    declared = schema.get("type")
    if declared is None and "anyOf" in schema:
        return set().union(*(types_of(s) for s in schema["anyOf"]))
    if isinstance(declared, list):
        return set(declared)
    return {declared} if declared else set()
