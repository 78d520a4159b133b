"""Every error class survives pickle (Celery, process pools) and `import *` shadows no built-in."""

from __future__ import annotations

import builtins
import inspect
import pickle
import types
import typing
from typing import Any

import pytest

import yiyiqian.errors as errors

CLASSES = sorted(
    (
        obj
        for obj in vars(errors).values()
        if isinstance(obj, type) and issubclass(obj, BaseException) and obj.__module__ == errors.__name__
    ),
    key=lambda cls: cls.__name__,
)

# Values for the constructor parameters the tree uses, by name; others are made from their type.
SAMPLES: dict[str, Any] = {
    "message": "the platform refused the call",
    "status_code": 409,
    "code": "100409409",
    "method": "POST",
    "path": "/v1/open/hospital/hospitals/templates/apply",
    "operation_id": "applyTemplateSigning",
    "error_wsid": "WSID_ERR_0000018f6cca445c",
    "developer_message": "duplicate customTagId",
    "body": b'{"code": "100409409", "message": "duplicate"}',
    "reason": "signature_mismatch",
    "login_id": "LOGIN-7f1c",
    "waited": 12.5,
    "snippet": "",
}
BY_TYPE: dict[Any, Any] = {int: 7, float: 1.5, bytes: b"raw", str: "text", bool: True}


def _value_for(parameter: inspect.Parameter) -> Any:
    if parameter.name in SAMPLES:
        return SAMPLES[parameter.name]
    annotation = parameter.annotation
    candidates = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else (annotation,)
    for candidate in candidates:
        if candidate in BY_TYPE:
            return BY_TYPE[candidate]
    if parameter.default is not inspect.Parameter.empty:
        return parameter.default
    return "text"


def make(cls: type[BaseException]) -> BaseException:
    """An instance with every constructor parameter given a telling value."""
    signature = inspect.signature(cls.__init__, eval_str=True)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in list(signature.parameters.values())[1:]:
        if parameter.kind is parameter.VAR_POSITIONAL:
            args.append("something went wrong")
        elif parameter.kind is parameter.VAR_KEYWORD:
            continue
        elif parameter.kind is parameter.POSITIONAL_ONLY:
            args.append(_value_for(parameter))
        elif parameter.kind is parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = _value_for(parameter)
        else:
            args.append(_value_for(parameter))
    return cls(*args, **kwargs)


def test_the_tree_has_the_classes_the_issue_names():
    assert {c.__name__ for c in CLASSES} >= {
        "YiyiqianError",
        "ConfigurationError",
        "TransportError",
        "RequestTimeout",
        "APIError",
        "BadRequestError",
        "AuthenticationError",
        "NotFoundError",
        "ConflictError",
        "RateLimitError",
        "ServerError",
        "UnexpectedResponseError",
        "ResponseDecodeError",
        "LoginTimeout",
        "LoginCancelled",
        "WebhookError",
    }


@pytest.mark.parametrize(
    ("child", "parents"),
    [
        ("RequestTimeout", ["TransportError", "YiyiqianError"]),
        ("BadRequestError", ["APIError"]),
        ("AuthenticationError", ["APIError"]),
        ("NotFoundError", ["APIError"]),
        ("ConflictError", ["APIError"]),
        ("RateLimitError", ["APIError"]),
        ("ServerError", ["APIError"]),
        ("ResponseDecodeError", ["UnexpectedResponseError", "YiyiqianError"]),
    ],
)
def test_the_hierarchy(child, parents):
    cls = getattr(errors, child)
    for parent in parents:
        assert issubclass(cls, getattr(errors, parent))


@pytest.mark.parametrize("name", ["RequestTimeout", "LoginTimeout"])
def test_timeouts_are_also_the_built_in_timeout_error(name):
    assert issubclass(getattr(errors, name), builtins.TimeoutError)


def test_star_import_shadows_no_built_in_name():
    namespace: dict[str, Any] = {}
    exec("from yiyiqian.errors import *", namespace)
    imported = set(namespace) - {"__builtins__"}
    assert imported, "the module exports something"
    assert not imported & set(dir(builtins)), sorted(imported & set(dir(builtins)))


def test_no_public_name_of_the_module_is_a_built_in_name():
    public = {name for name in vars(errors) if not name.startswith("_")} - {"annotations", "builtins"}
    assert not public & set(dir(builtins)), sorted(public & set(dir(builtins)))


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_every_class_round_trips_through_pickle(cls):
    original = make(cls)
    restored = pickle.loads(pickle.dumps(original))
    assert type(restored) is cls
    assert str(restored) == str(original)
    assert restored.args == original.args
    assert vars(restored) == vars(original)


@pytest.mark.parametrize("cls", [c for c in CLASSES if issubclass(c, errors.APIError)], ids=lambda cls: cls.__name__)
def test_api_errors_keep_their_attributes_through_pickle(cls):
    restored = pickle.loads(pickle.dumps(make(cls)))
    for name in ("status_code", "code", "error_wsid", "developer_message", "body"):
        assert getattr(restored, name) == SAMPLES[name], name
    assert isinstance(restored.body, bytes)
