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
from ._safe import printable


class UsageProblem(ValueError):
    """The operation, a parameter or the body given on the command line is wrong."""


def find(operation_id: str) -> tuple[_spec.Operation, dict[str, Any]]:
    for operation in _spec.operations().values():
        if operation.operation_id == operation_id:
            spec = _spec.load_spec()["paths"][operation.path][operation.method.lower()]
            return operation, spec
    raise UsageProblem(f"no operation '{printable(operation_id, 80)}'; `yiyiqian ops` lists them")


def _body_class(function: Any) -> Any:
    hint = typing.get_type_hints(function).get("body")
    for candidate in typing.get_args(hint) or (hint,):
        if inspect.isclass(candidate) and hasattr(candidate, "from_dict"):
            return candidate
    return None


def _required_parameters(function: Any, spec: dict[str, Any]) -> dict[str, str]:
    """argument name -> spec name, for the parameters the operation cannot be called without."""
    names = {snake(p["name"]): p["name"] for p in spec.get("parameters", []) if isinstance(p, dict) and "name" in p}
    required = {snake(p["name"]) for p in spec.get("parameters", []) if isinstance(p, dict) and p.get("required")}
    for name, parameter in inspect.signature(function).parameters.items():
        if parameter.default is inspect.Parameter.empty and name not in ("client", "body"):
            required.add(name)
    return {name: names.get(name, name) for name in sorted(required)}


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:  # missing, a directory, no permission, ...
        reason = exc.strerror or type(exc).__name__
        raise UsageProblem(f"{what}: cannot read {printable(path, 200)}: {reason}") from None


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
            raise UsageProblem(
                f"{operation_id} has no parameter '{printable(name, 60)}' (parameters: {known or 'none'})"
            )
        kwargs[argument] = value
    missing = [shown for argument, shown in _required_parameters(module.sync, spec).items() if argument not in kwargs]
    if missing:
        wanted = " ".join(f"--param {name}=..." for name in missing)
        raise UsageProblem(f"{operation_id} needs {wanted}")
    body_class = _body_class(module.sync)
    body_spec = spec.get("requestBody", {})
    content = body_spec.get("content", {})
    if file is not None and "multipart/form-data" not in content:
        raise UsageProblem(f"{operation_id} does not upload a file: leave out --file")
    if "multipart/form-data" in content:
        if file is None:
            raise UsageProblem(f"{operation_id} uploads a file: give --file PATH")
        payload = _read(file, "--file")
        kwargs["body"] = body_class(file=File(payload=io.BytesIO(payload), file_name=file.name))
    elif body_class is not None:
        body_required = (
            body_spec.get("required")
            or inspect.signature(module.sync).parameters["body"].default is inspect.Parameter.empty
        )
        if data is None and body_required:
            raise UsageProblem(f"{operation_id} needs a body: --data '{{...}}' or --data @file.json")
        if data is not None:
            try:
                kwargs["body"] = body_class.from_dict(data)
            except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
                detail = printable(exc, 200)
                raise UsageProblem(
                    f"the body does not fit {body_class.__name__}: {type(exc).__name__} {detail}"
                ) from None
    elif data is not None:
        raise UsageProblem(f"{operation_id} takes no body: leave out --data")
    answer = module.sync(client=client, **kwargs)
    payload = answer.to_dict() if hasattr(answer, "to_dict") else answer
    if isinstance(payload, dict) and "code" in payload:  # an envelope: show what it carries
        return payload.get("data")
    return payload


def load_data(value: str | None) -> Any:
    """--data '{...}' or --data @file.json (UTF-8)."""
    if value is None:
        return None
    if value.startswith("@"):
        raw = _read(Path(value[1:]), "--data")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UsageProblem(f"--data: {printable(value[1:], 200)} is not UTF-8 text (byte {exc.start})") from None
    else:
        text = value
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        detail = printable(exc, 200) if isinstance(exc, ValueError) else "nested too deeply"
        raise UsageProblem(f"--data is not JSON: {detail}") from None


def parse_params(values: list[str]) -> dict[str, str]:
    params = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise UsageProblem(f"--param wants name=value, not '{printable(item, 80)}'")
        params[name] = value
    return params


def unset_to_none(value: Any) -> Any:
    return None if isinstance(value, Unset) else value
