"""The operations of the spec, from the generated route table (no YAML at run time).

`load_spec()` still reads the YAML itself for the tools that need all of it (the command line's
parameter help, the contract suite); it imports PyYAML only when called.
"""

from __future__ import annotations

import functools
import importlib
import re
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from yiyiqian_routes import COMPONENT_SCHEMAS, ROUTES, SUCCESS_SCHEMAS, Route

_HERE = Path(__file__).resolve().parent
# A wheel carries the spec as package data; an editable install reads it from the checkout.
_CANDIDATES = (_HERE / "_data" / "yiyiqian.yaml", _HERE.parents[1] / "openapi" / "yiyiqian.yaml")


def spec_path() -> Path:
    for candidate in _CANDIDATES:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("openapi/yiyiqian.yaml not found beside the yiyiqian package")


@functools.cache
def load_spec() -> dict[str, Any]:
    """The whole OpenAPI document (needs PyYAML: the `cli` and `sandbox` extras bring it)."""
    import yaml

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
    module_name: str = ""
    model_name: str = ""
    route: Route | None = None  # everything the route table knows (evidence, parameters, body)

    def module(self) -> ModuleType:
        return importlib.import_module(self.module_name)

    def success_schema(self) -> dict[str, Any] | None:
        """The JSON schema of the documented 200 answer."""
        schema = SUCCESS_SCHEMAS.get(self.operation_id)
        return schema if isinstance(schema, dict) else None

    def success_model(self) -> Any:
        """The generated class of the 200 answer, imported from its operation module."""
        return getattr(self.module(), self.model_name, None)


def resolve_ref(ref: str) -> dict[str, Any]:
    """The schema a `#/components/schemas/...` reference points at ({} when it points nowhere)."""
    name = ref.rsplit("/", 1)[-1] if ref.startswith("#/components/schemas/") else ""
    schema = COMPONENT_SCHEMAS.get(name, {})
    return schema if isinstance(schema, dict) else {}


@functools.cache
def operations() -> dict[tuple[str, str], Operation]:
    """Every operation keyed by (METHOD, path). The spec's paths have no templates."""
    return {
        (route.method, route.path): Operation(
            route.operation_id, route.method, route.path, route.toc, route.tag, route.module, route.success_model, route
        )
        for route in ROUTES
    }


def find_operation(method: str, path: str, base_path: str = "") -> Operation | None:
    if base_path and path.startswith(base_path):
        path = path[len(base_path) :] or "/"
    return operations().get((method.upper(), path))
