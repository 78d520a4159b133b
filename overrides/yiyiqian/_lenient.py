"""Reading success answers that differ from the spec, instead of failing on them.

36 of the spec's operations are inferred: the platform will answer some of them with other
shapes. The generated attrs models raise KeyError or TypeError on such answers, which would turn
an accepted signing into an exception. `install(model)` gives the generated class of a success
answer a `from_dict` that first tries the generated parser and, when that fails, builds the
objects field by field: what matches the spec is parsed into its model, a field the spec does not
know stays in `additional_properties`, a value of another shape is kept as received, and a
missing field is `UNSET`. So the caller gets everything the platform sent.

`differences(schema, body)` names where a body departs from the spec's schema, field paths only:
it is what the client's warning (and `strict=True`'s error) says, and never includes values.
"""

from __future__ import annotations

import datetime
import functools
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from yiyiqian_client.types import UNSET

_MAX_DIFFERENCES = 12
_STRICT = "__yiyiqian_strict_from_dict__"
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError, OverflowError, RecursionError)


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_").lower()


def install(model: type) -> None:
    """Make `model.from_dict` lenient (once); the generated parser stays reachable for checks."""
    if _STRICT in model.__dict__:
        return
    strict: Callable[[Mapping[str, Any]], Any] = model.from_dict  # type: ignore[attr-defined]

    def from_dict(cls: type, src_dict: Mapping[str, Any]) -> Any:
        try:
            return strict(src_dict)
        except _PARSE_ERRORS:
            return build(cls, src_dict)

    setattr(model, _STRICT, strict)
    model.from_dict = classmethod(from_dict)  # type: ignore[attr-defined]


def parses_strictly(model: type, body: Mapping[str, Any]) -> bool:
    strict = model.__dict__.get(_STRICT) or model.from_dict  # type: ignore[attr-defined]
    try:
        strict(body)
    except _PARSE_ERRORS:
        return False
    return True


@functools.cache
def _hints(model: type) -> dict[str, Any]:
    module = __import__(model.__module__, fromlist=["*"])
    models = __import__("yiyiqian_client.models", fromlist=["*"])
    namespace = {**vars(models), **vars(module)}
    try:
        return typing.get_type_hints(model, globalns=namespace)
    except (NameError, TypeError):
        return {}


def build(model: type, value: Any) -> Any:
    """An instance of the generated attrs `model` from whatever `value` holds; never raises."""
    if not isinstance(value, Mapping) or not attrs.has(model):
        return value
    try:
        obj = model.__new__(model)
        hints = _hints(model)
        names = {f.name for f in attrs.fields(model)} - {"additional_properties"}
        extra: dict[str, Any] = {}
        seen: set[str] = set()
        for key, raw in value.items():
            name = _snake(str(key))
            if name in names and name not in seen:
                seen.add(name)
                object.__setattr__(obj, name, _coerce(hints.get(name, Any), raw))
            else:
                extra[str(key)] = raw
        for name in names - seen:
            object.__setattr__(obj, name, UNSET)
        object.__setattr__(obj, "additional_properties", extra)
        return obj
    except Exception:  # the fallback of a fallback: hand the data over as received
        return dict(value)


def _coerce(hint: Any, raw: Any) -> Any:
    """`raw` parsed as the annotated type where it has that shape, else `raw` as received."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        for option in typing.get_args(hint):
            coerced = _coerce(option, raw)
            if coerced is not raw or _is_plain(option, raw):
                return coerced
        return raw
    if origin is list and isinstance(raw, list):
        (item,) = typing.get_args(hint) or (Any,)
        return [_coerce(item, element) for element in raw]
    if isinstance(hint, type):
        if attrs.has(hint) and isinstance(raw, Mapping):
            try:
                return hint.from_dict(raw)  # type: ignore[attr-defined]
            except _PARSE_ERRORS:
                return build(hint, raw)
        if hint is datetime.datetime and isinstance(raw, str):
            try:
                return datetime.datetime.fromisoformat(raw)
            except ValueError:
                return raw
    return raw


def _is_plain(hint: Any, raw: Any) -> bool:
    return isinstance(hint, type) and not attrs.has(hint) and isinstance(raw, hint)


# -- naming the differences ---------------------------------------------------------------------
_JSON_TYPES: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def _kind(value: Any) -> str:
    for name in ("null", "boolean", "integer", "number", "string", "array", "object"):
        if _JSON_TYPES[name](value):
            return name
    return type(value).__name__


def differences(schema: Mapping[str, Any] | None, body: Any, resolve: Callable[[str], Any] | None = None) -> list[str]:
    """Field paths where `body` departs from `schema` (missing, wrong type, not in the enum)."""
    if schema is None:
        return []
    from . import _spec

    found: list[str] = []
    _walk(schema, body, "", resolve or _spec.resolve_ref, found)
    return found[:_MAX_DIFFERENCES]


def _walk(schema: Mapping[str, Any], value: Any, path: str, resolve: Callable[[str], Any], out: list[str]) -> None:
    if len(out) >= _MAX_DIFFERENCES:
        return
    if "$ref" in schema:
        _walk(resolve(schema["$ref"]), value, path, resolve, out)
        return
    for part in schema.get("allOf", ()):
        _walk(part, value, path, resolve, out)
    alternatives = schema.get("anyOf") or schema.get("oneOf")
    if alternatives:
        trials = []
        for option in alternatives:
            trial: list[str] = []
            _walk(option, value, path, resolve, trial)
            if not trial:
                break
            trials.append(trial)
        else:
            out.append(f"{path or 'body'}: matches none of the {len(alternatives)} shapes")
            return
    declared = schema.get("type")
    if declared is not None:
        allowed = [declared] if isinstance(declared, str) else list(declared)
        if not any(_JSON_TYPES.get(t, lambda v: True)(value) for t in allowed):
            out.append(f"{path or 'body'}: {_kind(value)}, not {'/'.join(allowed)}")
            return
    if "enum" in schema and value not in schema["enum"]:
        out.append(f"{path or 'body'}: not one of the {len(schema['enum'])} documented values")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        for name in schema.get("required", ()):
            if name not in value:
                out.append(f"{_join(path, name)}: missing")
        for name, sub in properties.items():
            if name in value:
                _walk(sub, value[name], _join(path, name), resolve, out)
    elif isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        for index, item in enumerate(value[:50]):
            _walk(schema["items"], item, f"{path}[{index}]", resolve, out)


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name
