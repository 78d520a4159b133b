"""Write the generated route table (`yiyiqian_routes`) and typed SDK surface (`yiyiqian_sdk`).

Called by tools/generate.py after openapi-python-client, on the freshly generated client: the
signature of every operation is read from its generated module (with `ast`, nothing imported),
and its documentation from the spec. The surface is a thin layer: each method forwards to the
generated module through the hand-written core (`yiyiqian._sdk`), which owns auth, retries,
errors and the envelope; the generated code only names, types and documents.
"""

from __future__ import annotations

import ast
import json
import pprint
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch")
SKIPPED_TAGS = frozenset({"oauth"})  # the token endpoint is the client's business, not a method
TYPE_NAMES = {"Unset", "UNSET", "File", "FileTypes"}
BUILTIN_NAMES = {"str", "int", "float", "bool", "list", "dict", "Any", "None", "bytes"}


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_").lower()


def camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[-_]", name))


@dataclass
class Parameter:
    name: str
    annotation: str
    default: str | None


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    toc: str | None
    summary: str
    evidence: str
    evidence_notes: str
    parameters: list[Parameter]
    envelope: str  # the generated class of the 200 answer
    data_type: str | None  # None: the answer has no `data`
    data_required: bool

    @property
    def module(self) -> str:
        return f"yiyiqian_client.api.{snake(self.tag)}.{snake(self.operation_id)}"

    @property
    def name(self) -> str:
        return snake(self.operation_id)

    @property
    def returns(self) -> str:
        if self.data_type is None:
            return self.envelope
        return self.data_type if self.data_required else f"{self.data_type} | None"


def _signature(source: str) -> tuple[list[Parameter], str]:
    """The keyword parameters of `sync_detailed` (without `client`) and the 200 answer's class."""
    tree = ast.parse(source)
    function = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "sync_detailed")
    args = function.args
    defaults: list[ast.expr | None] = list(args.kw_defaults)
    parameters = []
    for arg, default in zip(args.kwonlyargs, defaults, strict=True):
        if arg.arg == "client":
            continue
        assert arg.annotation is not None
        parameters.append(
            Parameter(
                arg.arg,
                ast.get_source_segment(source, arg.annotation) or "",
                None if default is None else ast.get_source_segment(source, default),
            )
        )
    found = re.search(r"response_200 = (\w+)\.from_dict", source)
    if found is None:
        raise SystemExit("sdk_surface: an operation module without a parsed 200 answer")
    return parameters, found.group(1)


def _model_module(source: str, name: str) -> str:
    """The module under `models/` that an operation module imports `name` from."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.ImportFrom) and any(alias.name == name for alias in node.names):
            return (node.module or "").rsplit(".", 1)[-1]
    raise SystemExit(f"sdk_surface: {name} is not imported by its operation module")


def _data_field(model_source: str, envelope: str) -> tuple[str | None, bool]:
    """The annotation of `data` in the 200 answer's model (without `| Unset`) and if it is required."""
    tree = ast.parse(model_source)
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == envelope)
    for node in cls.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == "data":
            annotation = ast.get_source_segment(model_source, node.annotation) or ""
            optional = annotation.endswith(" | Unset")
            return annotation.removesuffix(" | Unset"), not optional
    return None, True


def read_operations(spec: dict[str, Any], client_root: Path) -> list[Operation]:
    operations = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            raw = item.get(method)
            if raw is None:
                continue
            tag = raw["tags"][0]
            module = client_root / "api" / snake(tag) / f"{snake(raw['operationId'])}.py"
            parameters, envelope = _signature(module.read_text(encoding="utf-8"))
            model = client_root / "models" / f"{_model_module(module.read_text(encoding='utf-8'), envelope)}.py"
            data_type, required = _data_field(model.read_text(encoding="utf-8"), envelope)
            operations.append(
                Operation(
                    operation_id=raw["operationId"],
                    method=method.upper(),
                    path=path,
                    tag=tag,
                    toc=raw.get("x-toc"),
                    summary=raw.get("summary", ""),
                    evidence=raw.get("x-evidence", "inferred"),
                    evidence_notes=" ".join(str(raw.get("x-evidence-notes", "")).split()),
                    parameters=parameters,
                    envelope=envelope,
                    data_type=data_type,
                    data_required=required,
                )
            )
    return operations


def _success_schema(raw: dict[str, Any]) -> Any:
    content = raw.get("responses", {}).get("200", {}).get("content", {})
    media = content.get("application/json") or next(iter(content.values()), {})
    return media.get("schema")


def routes_module(spec: dict[str, Any], operations: list[Operation]) -> str:
    """The route table: what the client, the CLI and the sandbox read instead of the YAML."""
    by_id = {}
    for item in spec["paths"].values():
        for method in METHODS:
            if method in item:
                by_id[item[method]["operationId"]] = item[method]
    rows = []
    for op in operations:
        raw = by_id[op.operation_id]
        parameters = tuple(
            (p["name"], p.get("in", "query"), bool(p.get("required")))
            for p in raw.get("parameters", [])
            if isinstance(p, dict) and "name" in p
        )
        body = raw.get("requestBody")
        media = next(iter(body.get("content", {})), None) if body else None
        required = bool(body.get("required")) if body else False
        rows.append(
            f"    Route({op.operation_id!r}, {op.method!r}, {op.path!r}, {op.tag!r}, {op.toc!r}, {op.summary!r},"
            f" {op.evidence!r}, {op.evidence_notes!r}, {op.module!r}, {op.envelope!r}, {parameters!r},"
            f" {media!r}, {required!r}),"
        )
    schemas = {op.operation_id: _success_schema(by_id[op.operation_id]) for op in operations}
    components = spec.get("components", {}).get("schemas", {})
    return (
        '"""Every operation of openapi/yiyiqian.yaml, generated by tools/generate.py; do not edit.\n\n'
        "Read at run time instead of the YAML (no YAML parser needed to make a call).\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import Any, NamedTuple\n\n\n"
        "class Route(NamedTuple):\n"
        "    operation_id: str\n"
        "    method: str\n"
        "    path: str\n"
        "    tag: str\n"
        "    toc: str | None\n"
        "    summary: str\n"
        '    evidence: str  # "documented", "partial" or "inferred"\n'
        "    evidence_notes: str\n"
        "    module: str  # the generated module of the low-level call\n"
        "    success_model: str  # the generated class of the 200 answer, in that module\n"
        "    parameters: tuple[tuple[str, str, bool], ...] = ()  # (name in the spec, in, required)\n"
        "    body_media: str | None = None  # the request body's media type, if it has one\n"
        "    body_required: bool = False\n\n\n"
        "ROUTES: tuple[Route, ...] = (\n" + "\n".join(rows) + "\n)\n\n"
        "# The JSON Schema of each operation's 200 answer, and the components they refer to.\n"
        f"SUCCESS_SCHEMAS: dict[str, Any] = {pprint.pformat(schemas, width=100, sort_dicts=False)}\n\n"
        f"COMPONENT_SCHEMAS: dict[str, Any] = {pprint.pformat(components, width=100, sort_dicts=False)}\n"
    )


def _docstring(op: Operation, indent: str) -> str:
    notes = op.evidence_notes
    lines = [
        f"{op.summary} ({op.toc or 'not in the toc'}, `{op.operation_id}`: {op.method} {op.path})",
        "",
        f"Evidence: {op.evidence}." + (" " + notes if notes else ""),
        "",
        f"Returns: the answer's `data` ({op.returns}).",
        "Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,",
        "NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,",
        "ResponseDecodeError.",
    ]
    wrapped = []
    for line in lines:
        wrapped.extend(textwrap.wrap(line, 96, break_on_hyphens=False, break_long_words=False) or [""])
    body = "\n".join(f"{indent}{line}" if line else "" for line in wrapped)
    return f'{indent}"""{body.lstrip()}\n{indent}"""'


def _method(op: Operation, *, is_async: bool, raw: bool) -> str:
    params = ["self", "*"] + [
        f"{p.name}: {p.annotation}" + (f" = {p.default}" if p.default is not None else "") for p in op.parameters
    ]
    if len(params) == 2:
        params = ["self"]
    returns = f"APIResponse[{op.returns}]" if raw else op.returns
    kwargs = "{" + ", ".join(f'"{p.name}": {p.name}' for p in op.parameters) + "}"
    call = f"self._caller.{'raw' if raw else 'call'}({op.module!r}, {kwargs}, {op.data_required})"
    if is_async:
        call = "await " + call
    signature = f"    {'async ' if is_async else ''}def {op.name}({', '.join(params)}) -> {returns}:"
    return f'{signature}\n{_docstring(op, " " * 8)}\n        return cast("{returns}", {call})\n'


def _resource(tag: str, description: str, ops: list[Operation], *, is_async: bool, raw: bool) -> str:
    name = f"{'Async' if is_async else ''}{camel(tag)}Resource{'WithRawResponse' if raw else ''}"
    caller = f"{'Async' if is_async else ''}{'Raw' if raw else ''}Caller"
    head = (
        f"class {name}:\n"
        f'    """{description}: {len(ops)} operation{"s" if len(ops) != 1 else ""}."""\n\n'
        f"    def __init__(self, caller: {caller}) -> None:\n"
        f"        self._caller = caller\n"
    )
    return head + "".join("\n" + _method(op, is_async=is_async, raw=raw) for op in ops)


def _names_in(annotation: str) -> set[str]:
    return set(re.findall(r"\b[A-Za-z_]\w*\b", annotation))


def sdk_module(spec: dict[str, Any], operations: list[Operation], model_names: set[str]) -> str:
    """Namespaces (one class per tag, sync/async, plain/raw) and the two client classes."""
    tags = [t for t in spec.get("tags", []) if t["name"] not in SKIPPED_TAGS]
    by_tag: dict[str, list[Operation]] = {t["name"]: [] for t in tags}
    for op in operations:
        if op.tag in by_tag:
            by_tag[op.tag].append(op)
    tags = [t for t in tags if by_tag[t["name"]]]
    used: set[str] = set()
    for ops in by_tag.values():
        for op in ops:
            used |= _names_in(op.returns)
            for p in op.parameters:
                used |= _names_in(p.annotation) | _names_in(p.default or "")
    unknown = used - model_names - TYPE_NAMES - BUILTIN_NAMES
    if unknown:
        raise SystemExit(f"sdk_surface: names with no known import: {sorted(unknown)}")
    models = sorted(used & model_names)
    types = sorted(used & TYPE_NAMES)
    parts = [
        '"""The typed SDK surface, generated from openapi/yiyiqian.yaml by tools/generate.py; do not edit.\n\n'
        "One namespace per tag of the spec, one method per operation (named from its operationId),\n"
        "returning the operation's typed `data`. Calls go through the hand-written core (yiyiqian._sdk).\n"
        '"""\n',
        "from __future__ import annotations\n",
        f"from typing import TYPE_CHECKING, {'Any, ' if 'Any' in used else ''}cast\n",
        "from yiyiqian._sdk import "
        "APIResponse, AsyncCaller, AsyncClientBase, AsyncRawCaller, Caller, ClientBase, RawCaller",
    ]
    # Operation modules are imported on first call (by the caller) and models only for typing:
    # `import yiyiqian` stays cheap in a fresh process.
    parts.append("from yiyiqian_client.types import UNSET")
    parts.append("\nif TYPE_CHECKING:")
    parts.append("    from yiyiqian_client.models import " + ", ".join(models))
    if types:
        parts.append("    from yiyiqian_client.types import " + ", ".join(types))
    parts.append('\n__all__ = ["AsyncYiyiqian", "Yiyiqian"]\n')
    for is_async in (False, True):
        for raw in (False, True):
            for tag in tags:
                ops = by_tag[tag["name"]]
                parts.append("\n\n" + _resource(tag["name"], tag["description"], ops, is_async=is_async, raw=raw))
    for is_async in (False, True):
        prefix = "Async" if is_async else ""
        base = "AsyncClientBase" if is_async else "ClientBase"
        attributes = "\n".join(
            f"        self.{snake(t['name'])} = {prefix}{camel(t['name'])}Resource(caller)" for t in tags
        )
        raw_attributes = "\n".join(
            f"        self.{snake(t['name'])} = {prefix}{camel(t['name'])}ResourceWithRawResponse(caller)" for t in tags
        )
        annotations = "\n".join(f"    {snake(t['name'])}: {prefix}{camel(t['name'])}Resource" for t in tags)
        raw_annotations = "\n".join(
            f"    {snake(t['name'])}: {prefix}{camel(t['name'])}ResourceWithRawResponse" for t in tags
        )
        parts.append(
            f"\n\nclass {prefix}YiyiqianWithRawResponse:\n"
            f'    """The same namespaces, each call returning an APIResponse (status, headers, code, raw bytes)."""\n\n'
            f"{raw_annotations}\n\n"
            f"    def __init__(self, caller: {prefix}RawCaller) -> None:\n{raw_attributes}\n"
        )
        parts.append(
            f"\n\nclass {prefix}Yiyiqian({base}):\n"
            f'    """The 医易签 API, {"async" if is_async else "sync"}: '
            f'`client.<namespace>.<method>(...)` returns the typed `data`."""\n\n'
            f"{annotations}\n\n"
            f"    def _bind(self, caller: {prefix}Caller) -> None:\n{attributes}\n\n"
            f"    @property\n"
            f"    def with_raw_response(self) -> {prefix}YiyiqianWithRawResponse:\n"
            f'        """Namespaces whose calls return the whole answer: `.parse()` gives the `data`."""\n'
            f"        return {prefix}YiyiqianWithRawResponse({prefix}RawCaller(self._client))\n"
        )
    return "\n".join(parts) + "\n"


def _rich_example(spec: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> Any:
    """A value with every property the spec gives an example for (and the required ones); None if none."""
    from contract_tests.examples import example_of, resolve

    flat = resolve(spec, schema)
    if "examples" in flat or "enum" in flat:
        return example_of(spec, flat)
    if depth < 4 and "properties" in flat:
        value = {}
        for name, sub in flat["properties"].items():
            item = _rich_example(spec, sub, depth + 1)
            if item is None and name in flat.get("required", []):
                item = example_of(spec, sub)
            if item is not None:
                value[name] = item
        return value or None
    if depth < 4 and flat.get("type") == "array" and isinstance(flat.get("items"), dict):
        item = _rich_example(spec, flat["items"], depth + 1)
        return None if item is None else [item]
    return None


def _sample_argument(spec: dict[str, Any], raw: dict[str, Any], parameter: Parameter) -> tuple[str, set[str]]:
    """Source of a value for a required parameter of a sample, and the model names it uses."""
    from contract_tests.examples import example_of

    if parameter.name == "body":
        content = raw.get("requestBody", {}).get("content", {})
        model = parameter.annotation.split(" | ")[0]
        if "multipart/form-data" in content:
            return f'{model}(file=File(payload=open("signed.pdf", "rb"), file_name="signed.pdf"))', {model, "File"}
        media = next(iter(content.values()), {})
        named = [e.get("value") for e in media.get("examples", {}).values() if isinstance(e, dict)]
        schema = media.get("schema", {})
        value = media.get("example", named[0] if named else _rich_example(spec, schema) or example_of(spec, schema))
        example = json.dumps(value, ensure_ascii=False)
        return f"{model}.from_dict({example})", {model}
    schema = next((p.get("schema", {}) for p in raw.get("parameters", []) if snake(p["name"]) == parameter.name), {})
    return repr(example_of(spec, schema) if schema else "x"), set()


def code_samples(spec: dict[str, Any], operations: list[Operation]) -> dict[str, str]:
    """A Python snippet per operation for the API reference (`x-codeSamples`), type-checked by a test."""
    raws = {op["operationId"]: op for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)}
    samples = {}
    for op in operations:
        if op.tag in SKIPPED_TAGS:
            continue
        arguments, models = [], set()
        documented = {
            snake(p["name"])
            for p in raws[op.operation_id].get("parameters", [])
            if "examples" in p.get("schema", {}) and p["name"] != "appId"
        }
        for parameter in op.parameters:
            if parameter.default is None or parameter.name in documented:
                value, used = _sample_argument(spec, raws[op.operation_id], parameter)
                arguments.append(f"    {parameter.name}={value},")
                models |= used
        imports = ["import os", "", "import yiyiqian"]
        model_imports = sorted(models - {"File"})
        if model_imports:
            imports.append(f"from yiyiqian_client.models import {', '.join(model_imports)}")
        if "File" in models:
            imports.append("from yiyiqian_client.types import File")
        call = f"client.{snake(op.tag)}.{op.name}(" + ("\n" + "\n".join(arguments) + "\n)" if arguments else ")")
        samples[op.operation_id] = "\n".join(
            [
                *imports,
                "",
                "client = yiyiqian.Yiyiqian(",
                '    os.environ["YIYIQIAN_BASE_URL"],',
                '    app_id=os.environ["YIYIQIAN_APP_ID"],',
                '    app_secret=os.environ["YIYIQIAN_APP_SECRET"],',
                ")",
                f"result = {call}",
                f"print(result)  # {op.returns}",
                "",
            ]
        )
    return samples


def model_names(client_root: Path) -> set[str]:
    tree = ast.parse((client_root / "models" / "__init__.py").read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            names |= {alias.asname or alias.name for alias in node.names}
    return names


def lazy_models_init(source: str) -> str:
    """The generated `models/__init__.py`, loading each model on first use instead of all 150 at once.

    Every operation module imports its models through this package; importing them all made the
    first call of a fresh process pay for every model of the spec. Type checkers still see the
    plain imports (under TYPE_CHECKING).
    """
    tree = ast.parse(source)
    names: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            for alias in node.names:
                names[alias.asname or alias.name] = node.module
    imports = "\n".join(f"    from .{module} import {name}" for name, module in names.items())
    table = "\n".join(f"    {name!r}: {module!r}," for name, module in names.items())
    exported = "\n".join(f"    {name!r}," for name in names)
    return (
        '"""Contains all the data models used in inputs/outputs (each loaded on first use)."""\n\n'
        "import importlib\n"
        "from typing import TYPE_CHECKING, Any\n\n"
        f"if TYPE_CHECKING:\n{imports}\n\n"
        f"_MODULES = {{\n{table}\n}}\n\n"
        f"__all__ = (\n{exported}\n)\n\n\n"
        "def __getattr__(name: str) -> Any:\n"
        "    module = _MODULES.get(name)\n"
        "    if module is None:\n"
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n'
        '    value = getattr(importlib.import_module(f".{module}", __name__), name)\n'
        "    globals()[name] = value\n"
        "    return value\n\n\n"
        "def __dir__() -> list[str]:\n"
        "    return sorted(_MODULES)\n"
    )


_GENERIC_RAISES = (
    "        errors.UnexpectedStatus: If the server returns an undocumented status code and "
    "Client.raise_on_unexpected_status is True.\n"
    "        httpx.TimeoutException: If the request takes longer than Client.timeout.\n"
)
_OUR_RAISES = (
    "        yiyiqian.errors.YiyiqianError: with a client from yiyiqian.connect(), every failure, typed\n"
    "            (APIError and its subclasses for error answers, TransportError, RequestTimeout,\n"
    "            ResponseDecodeError); see yiyiqian.errors.\n"
)


def fix_raises(client_root: Path) -> None:
    """The generated modules promise exceptions that connect() never lets through: say what it raises."""
    for module in sorted((client_root / "api").rglob("*.py")):
        text = module.read_text(encoding="utf-8")
        if _GENERIC_RAISES in text:
            module.write_text(text.replace(_GENERIC_RAISES, _OUR_RAISES), encoding="utf-8")


def write(spec: dict[str, Any], client_root: Path, target: Path) -> None:
    """Write `yiyiqian_routes` and `yiyiqian_sdk` under `target`; make the client's models lazy."""
    models_init = client_root / "models" / "__init__.py"
    models_init.write_text(lazy_models_init(models_init.read_text(encoding="utf-8")), encoding="utf-8")
    fix_raises(client_root)
    operations = read_operations(spec, client_root)
    routes = target / "yiyiqian_routes"
    routes.mkdir(parents=True, exist_ok=True)
    (routes / "__init__.py").write_text(routes_module(spec, operations), encoding="utf-8")
    sdk = target / "yiyiqian_sdk"
    sdk.mkdir(parents=True, exist_ok=True)
    (sdk / "__init__.py").write_text(sdk_module(spec, operations, model_names(client_root)), encoding="utf-8")
    samples = json.dumps(code_samples(spec, operations), ensure_ascii=False, indent=1, sort_keys=True)
    (sdk / "code_samples.json").write_text(samples + "\n", encoding="utf-8")
