"""House rules of the spec that the generators and the contract tests rely on."""

from __future__ import annotations

import re
from typing import Any

from openapi_spec_validator import validate
from spec_index import operations, toc_entries


def _walk(node: Any, where: str = "#"):
    """Every (location, schema-like dict) in the document."""
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{where}[{i}]")


def test_spec_is_valid_openapi_3_1(spec):
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_operation_ids_are_unique_english_camel_case(spec):
    ids = [e.operation_id for e in toc_entries(spec) if e.operation_id]
    ids += [op["operationId"] for _, _, op in operations(spec) if "x-toc" not in op]
    assert len(ids) == len(set(ids))
    for op_id in ids:
        assert re.fullmatch(r"[a-z][a-zA-Z0-9]*", op_id), op_id


def test_tags_are_declared_and_ascii(spec):
    declared = {t["name"] for t in spec["tags"]}
    for tag in declared:
        assert re.fullmatch(r"[a-z0-9-]+", tag), tag  # module names of the generated client
    for entry in toc_entries(spec):
        if entry.operation:
            assert entry.operation["tags"][0] in declared, entry.toc


def test_schema_names_and_titles_are_ascii(spec):
    for name, schema in spec["components"]["schemas"].items():
        assert re.fullmatch(r"[A-Z][A-Za-z0-9]*", name), name
        assert schema.get("title", name) == name, f"{name}: title must equal the name (class names)"


def test_patterned_fields_have_examples_that_match(spec):
    checked = 0
    for where, node in _walk(spec):
        if isinstance(node.get("pattern"), str) and node.get("type") == "string":
            examples = node.get("examples")
            assert examples, f"{where}: a patterned field needs an example (Prism, schemathesis)"
            for example in examples:
                assert re.search(node["pattern"], example), (where, example)
            checked += 1
    assert checked >= 10


def test_enums_name_their_members(spec):
    for where, node in _walk(spec):
        if isinstance(node.get("enum"), list) and "type" in node:
            names = node.get("x-enum-varnames")
            assert names and len(names) == len(node["enum"]), where


def test_nullable_formatted_strings_use_anyof(spec):
    # `type: [string, 'null']` with a `format` makes schemathesis send "" (toolchain notes).
    for where, node in _walk(spec):
        if isinstance(node.get("type"), list) and "format" in node:
            raise AssertionError(f"{where}: write it as anyOf [{{type: string, format}}, {{type: 'null'}}]")


def test_every_reference_resolves(spec):
    for where, node in _walk(spec):
        ref = node.get("$ref")
        if isinstance(ref, str):
            target: Any = spec
            for part in ref.removeprefix("#/").split("/"):
                assert part in target, f"{where}: dangling {ref}"
                target = target[part]
