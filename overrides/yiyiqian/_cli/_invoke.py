"""Calling any operation of the spec by its operationId, with JSON in and JSON out."""

from __future__ import annotations

import inspect
import io
import json
import typing
from pathlib import Path
from typing import Any

import yiyiqian_client
from yiyiqian_client.types import File, Unset

from .. import _spec
from .._spec import snake


class UsageProblem(ValueError):
    """The operation, a parameter or the body given on the command line is wrong."""


def find(operation_id: str) -> tuple[_spec.Operation, dict[str, Any]]:
    for operation in _spec.operations().values():
        if operation.operation_id == operation_id:
            spec = _spec.load_spec()["paths"][operation.path][operation.method.lower()]
            return operation, spec
    raise UsageProblem(f"no operation {operation_id!r}; `yiyiqian ops` lists them")


def _body_class(function: Any) -> Any:
    hint = typing.get_type_hints(function).get("body")
    for candidate in typing.get_args(hint) or (hint,):
        if inspect.isclass(candidate) and hasattr(candidate, "from_dict"):
            return candidate
    return None


def invoke(
    client: yiyiqian_client.Client, operation_id: str, *, params: dict[str, str], data: Any, file: Path | None
) -> Any:
    """Call the generated module of `operation_id`; returns the answer's `data` as plain JSON."""
    operation, spec = find(operation_id)
    module = operation.module()
    accepted = set(inspect.signature(module.sync).parameters)
    kwargs: dict[str, Any] = {}
    for name, value in params.items():
        argument = snake(name)
        if argument not in accepted or argument in ("client", "body"):
            known = [p["name"] for p in spec.get("parameters", [])]
            raise UsageProblem(f"{operation_id} has no parameter {name!r} (parameters: {known or 'none'})")
        kwargs[argument] = value
    body_class = _body_class(module.sync)
    content = spec.get("requestBody", {}).get("content", {})
    if "multipart/form-data" in content:
        if file is None:
            raise UsageProblem(f"{operation_id} uploads a file: give --file PATH")
        kwargs["body"] = body_class(file=File(payload=io.BytesIO(file.read_bytes()), file_name=file.name))
    elif body_class is not None:
        if data is None and spec.get("requestBody", {}).get("required"):
            raise UsageProblem(f"{operation_id} needs a body: --data '{{...}}' or --data @file.json")
        if data is not None:
            try:
                kwargs["body"] = body_class.from_dict(data)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise UsageProblem(f"the body does not fit {body_class.__name__}: {type(exc).__name__} {exc}") from None
    answer = module.sync(client=client, **kwargs)
    payload = answer.to_dict() if hasattr(answer, "to_dict") else answer
    if isinstance(payload, dict) and "code" in payload:  # an envelope: show what it carries
        return payload.get("data")
    return payload


def load_data(value: str | None) -> Any:
    """--data '{...}' or --data @file.json."""
    if value is None:
        return None
    text = Path(value[1:]).read_text(encoding="utf-8") if value.startswith("@") else value
    try:
        return json.loads(text)
    except ValueError as exc:
        raise UsageProblem(f"--data is not JSON: {exc}") from None


def parse_params(values: list[str]) -> dict[str, str]:
    params = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise UsageProblem(f"--param wants name=value, not {item!r}")
        params[name] = value
    return params


def unset_to_none(value: Any) -> Any:
    return None if isinstance(value, Unset) else value
