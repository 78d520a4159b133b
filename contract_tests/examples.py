"""A plain, schema-valid value for a schema: its first example, required properties only."""

from __future__ import annotations

from typing import Any


def resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Follow `$ref`s and merge `allOf` parts into one schema."""
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    if "allOf" not in schema:
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    merged["properties"], merged["required"] = dict(merged.get("properties", {})), list(merged.get("required", []))
    for part in schema["allOf"]:
        flat = resolve(spec, part)
        merged["properties"].update(flat.get("properties", {}))
        merged["required"] += flat.get("required", [])
        if "type" in flat:
            merged.setdefault("type", flat["type"])
    return merged


def example_of(spec: dict[str, Any], schema: dict[str, Any]) -> Any:
    schema = resolve(spec, schema)
    if "examples" in schema:
        return schema["examples"][0]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    kind = kind[0] if isinstance(kind, list) else kind
    if kind == "object" or "properties" in schema:
        return {name: example_of(spec, schema["properties"][name]) for name in schema.get("required", [])}
    if kind == "array":
        return [example_of(spec, schema["items"])] * max(1, schema.get("minItems", 1))
    return {"string": "x", "integer": 1, "number": 1, "boolean": True}.get(kind)
