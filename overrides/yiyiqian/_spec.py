"""The OpenAPI document this package was generated from, and its operations by route."""

from __future__ import annotations

import functools
import importlib
import re
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

_HERE = Path(__file__).resolve().parent
# A wheel carries the spec as package data; an editable install reads it from the checkout.
_CANDIDATES = (_HERE / "_data" / "yiyiqian.yaml", _HERE.parents[1] / "openapi" / "yiyiqian.yaml")
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def spec_path() -> Path:
    for candidate in _CANDIDATES:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("openapi/yiyiqian.yaml not found beside the yiyiqian package")


@functools.cache
def load_spec() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with spec_path().open(encoding="utf-8") as f:
        spec: dict[str, Any] = yaml.load(f, Loader=loader)
    return spec


def snake(name: str) -> str:
    """openapi-python-client's module and argument names: checkCaLoginTask -> check_ca_login_task."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_").lower()


@dataclass(frozen=True)
class Operation:
    """One operation of the spec and the generated module that calls it."""

    operation_id: str
    method: str
    path: str
    toc: str | None
    tag: str

    def module(self) -> ModuleType:
        return _module(self.tag, self.operation_id)

    def success_schema(self) -> dict[str, Any] | None:
        """The JSON schema of the documented 200 answer."""
        item = load_spec()["paths"][self.path][self.method.lower()]
        content = item.get("responses", {}).get("200", {}).get("content", {})
        media: dict[str, Any] = content.get("application/json") or next(iter(content.values()), {})
        schema = media.get("schema")
        return schema if isinstance(schema, dict) else None

    def success_model(self) -> Any:
        """The generated class of the 200 answer (`<OperationId>Response200`), imported by its module."""
        return getattr(self.module(), f"{self.operation_id[:1].upper()}{self.operation_id[1:]}Response200", None)


@functools.cache
def _module(tag: str, operation_id: str) -> ModuleType:
    return importlib.import_module(f"yiyiqian_client.api.{snake(tag)}.{snake(operation_id)}")


def resolve_ref(ref: str) -> dict[str, Any]:
    """The schema a local `#/...` reference points at ({} when it points nowhere)."""
    node: Any = load_spec()
    for part in ref.removeprefix("#/").split("/"):
        node = node.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(node, dict) else {}
    return node if isinstance(node, dict) else {}


@functools.cache
def operations() -> dict[tuple[str, str], Operation]:
    """Every operation keyed by (METHOD, path). The spec's paths have no templates."""
    table: dict[tuple[str, str], Operation] = {}
    for path, item in load_spec()["paths"].items():
        for method in _METHODS:
            if method in item:
                op = item[method]
                table[(method.upper(), path)] = Operation(
                    op["operationId"], method.upper(), path, op.get("x-toc"), op["tags"][0]
                )
    return table


def find_operation(method: str, path: str, base_path: str = "") -> Operation | None:
    if base_path and path.startswith(base_path):
        path = path[len(base_path) :] or "/"
    return operations().get((method.upper(), path))
