"""Calling any operation of the spec by its operationId, with JSON in and JSON out."""

from __future__ import annotations

import inspect
import io
import json
from pathlib import Path
from typing import Any

import yiyiqian_client
import yiyiqian_client.models
from yiyiqian_client.types import File, Unset
from yiyiqian_routes import ROUTES, Route

from .._client import ConnectedClient
from .._spec import snake
from ._safe import printable


class UsageProblem(ValueError):
    """The operation, a parameter or the body given on the command line is wrong."""


def find(operation_id: str) -> Route:
    """The route of an operation, from the generated route table (no YAML is read)."""
    for route in ROUTES:
        if route.operation_id == operation_id:
            return route
    raise UsageProblem(f"no operation '{printable(operation_id, 80)}'; `yiyiqian ops` lists them")


def sdk_method(client: yiyiqian_client.Client, route: Route) -> Any:
    """The method of the typed SDK surface for a route, on a connected client."""
    from yiyiqian_sdk import Yiyiqian

    if not isinstance(client, ConnectedClient):
        raise UsageProblem("the command line needs a client made by yiyiqian.connect()")
    return getattr(getattr(Yiyiqian._wrap(client), snake(route.tag)), snake(route.operation_id))


def _body_class(method: Any) -> Any:
    """The generated model of the method's `body`, from its annotation (a string: the surface
    imports models only for type checkers)."""
    parameter = inspect.signature(method).parameters.get("body")
    if parameter is None:
        return None
    annotation = parameter.annotation
    names = annotation.split("|") if isinstance(annotation, str) else [getattr(annotation, "__name__", "")]
    for name in (n.strip() for n in names):
        candidate = getattr(yiyiqian_client.models, name, None) if name.isidentifier() else None
        if inspect.isclass(candidate) and hasattr(candidate, "from_dict"):
            return candidate
    return None


def _required_parameters(function: Any, route: Route) -> dict[str, str]:
    """argument name -> spec name, for the parameters the operation cannot be called without."""
    names = {snake(name): name for name, _, _ in route.parameters}
    required = {snake(name) for name, _, is_required in route.parameters if is_required}
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
    """Call `operation_id` through the SDK surface; returns the answer's `data` as plain JSON."""
    route = find(operation_id)
    method = sdk_method(client, route)
    accepted = set(inspect.signature(method).parameters)
    kwargs: dict[str, Any] = {}
    for name, value in params.items():
        argument = snake(name)
        if argument not in accepted or argument in ("client", "body"):
            known = [name for name, _, _ in route.parameters]
            raise UsageProblem(
                f"{operation_id} has no parameter '{printable(name, 60)}' (parameters: {known or 'none'})"
            )
        kwargs[argument] = value
    missing = [shown for argument, shown in _required_parameters(method, route).items() if argument not in kwargs]
    if missing:
        wanted = " ".join(f"--param {name}=..." for name in missing)
        raise UsageProblem(f"{operation_id} needs {wanted}")
    body_class = _body_class(method)
    multipart = route.body_media == "multipart/form-data"
    if file is not None and not multipart:
        raise UsageProblem(f"{operation_id} does not upload a file: leave out --file")
    if multipart:
        if file is None:
            raise UsageProblem(f"{operation_id} uploads a file: give --file PATH")
        payload = _read(file, "--file")
        kwargs["body"] = body_class(file=File(payload=io.BytesIO(payload), file_name=file.name))
    elif body_class is not None:
        body_required = (
            route.body_required or inspect.signature(method).parameters["body"].default is inspect.Parameter.empty
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
    return _plain(method(**kwargs))


def _plain(value: Any) -> Any:
    """The typed `data` as JSON-ready values (models by their own to_dict, which keeps the spec's names)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


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
