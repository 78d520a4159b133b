"""The sandbox server: routes from the spec, OAuth, request validation, envelopes, state.

    app = create_app(SandboxConfig(...))     # an ASGI app (Starlette)

Every operation of openapi/yiyiqian.yaml answers at its path. A call is checked in the order
the platform would: token (401 OAuth body), app id header (400), the spec (400 naming the
field), then the handler of its section, whose result is wrapped in {code, message, data}.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import tempfile
import time
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_core import OpenAPI
from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
from openapi_core.contrib.starlette.responses import StarletteOpenAPIResponse
from openapi_core.validation.request.exceptions import InvalidRequestBody, SecurityValidationError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from yiyiqian._spec import load_spec

from . import _ids
from ._config import SandboxConfig
from ._faults import FaultInjector, FaultMiddleware
from ._pki import Pki
from ._signing import Signer
from ._store import Store
from ._webhooks import WebhookDispatcher
from .handlers import Registered, load_all

log = logging.getLogger("yiyiqian_sandbox")

OK = "100100000"
OK_MESSAGE = "操作成功"
# Sandbox error codes. The vendor's table is not public; these follow the platform's rule
# (success = last four digits 0000-0099), so a client treats every one of them as an error.
BAD_REQUEST = "100400400"
APP_ID_PROBLEM = "100400401"
NOT_FOUND = "100400404"
CONFLICT = "100400409"
TOKEN_PATH = "/v1/oauth/oauth/token"
Event = tuple[str, str, Any]  # webhook event name, description, rawData


class SandboxError(Exception):
    """An error answer in the envelope (HTTP 400 unless said otherwise)."""

    def __init__(self, message: str, code: str = BAD_REQUEST, status: int = 400) -> None:
        super().__init__(message)
        self.message, self.code, self.status = message, code, status


class NoData:
    """Returned by a handler whose success answer has no `data` (1.2 before login)."""


NO_DATA = NoData()


def envelope(data: Any = NO_DATA, *, code: str = OK, message: str = OK_MESSAGE, status: int = 200) -> JSONResponse:
    body: dict[str, Any] = {"code": code, "message": message}
    if not isinstance(data, NoData):
        body["data"] = data
    return JSONResponse(body, status_code=status)


def oauth_error(error: str, description: str, status: int = 401) -> JSONResponse:
    return JSONResponse({"error": error, "error_description": description}, status_code=status)


@dataclass
class Call:
    """What a handler gets: the checked request and the sandbox."""

    sandbox: Sandbox
    operation_id: str
    query: Mapping[str, str]
    body: Any
    files: dict[str, bytes] = field(default_factory=dict)

    def field(self, name: str, default: Any = None) -> Any:
        return self.body.get(name, default) if isinstance(self.body, dict) else default


class Sandbox:
    """All the state of one sandbox: store, PKI, signer, webhooks, faults, background work."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if config.state_dir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="yiyiqian-sandbox-")
            config.state_dir = Path(self._tmp.name)
        self.state_dir = Path(config.state_dir)
        self.state_dir.mkdir(parents=True, exist_ok=True)
        self.store = Store(self.state_dir / "sandbox.sqlite3")
        self.pki = Pki(self.state_dir / "pki")
        self.signer = Signer(self.pki)
        self.webhooks = WebhookDispatcher(self.store, config)
        self.faults = FaultInjector(config.faults, self.store)
        self.spec = load_spec()
        self.openapi = OpenAPI.from_dict(self.spec)
        self.handlers = load_all()
        self.response_violations: list[str] = []
        self.loop: asyncio.AbstractEventLoop | None = None  # the server's loop, seen at the first call
        self._pending: set[asyncio.Task[None]] = set()
        missing = {op["operationId"] for op in self.operations()} - set(self.handlers) - {"getAccessToken"}
        if missing:
            raise RuntimeError(f"operations without a sandbox handler: {sorted(missing)}")
        from .handlers import users

        users.seed(self)

    def operations(self) -> list[dict[str, Any]]:
        return [
            {**op, "path": path, "method": method.upper()}
            for path, item in self.spec["paths"].items()
            for method, op in item.items()
            if method in ("get", "post", "put", "delete", "patch")
        ]

    # -- background work (callable from the event loop or from a handler's worker thread) ------
    def _in_loop(self, action: Callable[[], None]) -> None:
        if self.loop is None:
            raise RuntimeError("the sandbox has not served a request yet")
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is self.loop:
            action()
        else:
            self.loop.call_soon_threadsafe(action)

    def later(self, delay: float, work: Callable[[], list[Event] | None]) -> None:
        """Run `work` in a thread after `delay` s; it returns the webhook events to emit."""

        async def run() -> None:
            await asyncio.sleep(delay)
            try:
                events = await run_in_threadpool(work)
            except SandboxError as exc:  # the state changed meanwhile (a user disabled...)
                log.warning("background work gave up: %s", exc.message)
                return
            self.emit_soon(events)

        def start() -> None:
            task = asyncio.get_running_loop().create_task(run())
            self._pending.add(task)
            task.add_done_callback(self._pending.discard)

        self._in_loop(start)

    def emit_soon(self, events: list[Event] | None) -> None:
        """Send webhook events (from the loop or from a worker thread)."""
        if events:
            self._in_loop(lambda: [self.webhooks.emit(*event) for event in events])

    async def settle(self, timeout: float = 30.0) -> None:
        """Wait until background work and webhook deliveries are done (tests)."""
        deadline = time.monotonic() + timeout
        while self._pending and time.monotonic() < deadline:
            await asyncio.wait(set(self._pending), timeout=deadline - time.monotonic())
        await self.webhooks.drain(max(0.0, deadline - time.monotonic()))

    async def aclose(self) -> None:
        for task in list(self._pending):
            task.cancel()
        await self.webhooks.aclose()
        self.store.close()
        if self._tmp is not None:
            self._tmp.cleanup()

    # -- auth ---------------------------------------------------------------------------------
    def issue_token(self, query: Mapping[str, str]) -> JSONResponse:
        self.store.bump("token_requests")
        if query.get("grant_type") != "client_credentials":
            return oauth_error("unsupported_grant_type", "grant_type must be client_credentials", status=400)
        if query.get("client_id") != self.config.app_id or query.get("client_secret") != self.config.app_secret:
            return oauth_error("invalid_client", "Bad client credentials")
        token = _ids.access_token()
        self.store.add_token(token, self.config.app_id, time.time() + self.config.token_ttl)
        return JSONResponse(
            {"access_token": token, "token_type": "bearer", "expires_in": self.config.token_ttl, "scope": "read write"}
        )

    def authenticate(self, request: Request) -> JSONResponse | None:
        token = request.query_params.get("access_token")
        if not token:
            return oauth_error("invalid_token", "Missing access token")
        app_id, valid = self.store.token_app(token, time.time())
        if app_id is None:
            return oauth_error("invalid_token", "Invalid access token")
        if not valid:
            return oauth_error("invalid_token", "Access token expired")
        header = request.headers.get("x-signit-app-id")
        if not header:
            return envelope(code=APP_ID_PROBLEM, message="参数不正确: 缺少请求头 X-Signit-App-Id", status=400)
        if header != app_id:
            return envelope(code=APP_ID_PROBLEM, message="参数不正确: X-Signit-App-Id 与令牌的应用不符", status=400)
        return None

    # -- one API call -------------------------------------------------------------------------
    def attach_loop(self) -> None:
        """Remember the server's event loop (called from it) for work handed over from threads."""
        if self.loop is None:
            self.loop = asyncio.get_running_loop()

    async def handle(self, request: Request, operation_id: str) -> Response:
        self.attach_loop()
        self.store.bump("api_calls")
        refused = self.authenticate(request)
        if refused is not None:
            return refused
        body = await request.body()
        call = Call(self, operation_id, request.query_params, None)
        content_type = request.headers.get("content-type", "")
        try:
            if body and not content_type.startswith("multipart/form-data"):
                call.body = json.loads(body)  # before openapi-core, which assumes UTF-8 JSON
        except (ValueError, RecursionError):
            return envelope(code=BAD_REQUEST, message="参数不正确: body: 请求体不是有效的UTF-8 JSON", status=400)
        problem = self._validate(request, body)
        if problem is not None:
            return envelope(code=BAD_REQUEST, message=f"参数不正确: {problem}", status=400)
        if content_type.startswith("multipart/form-data"):
            try:
                form = await request.form()
            except (MultiPartException, ValueError, KeyError):
                return envelope(code=BAD_REQUEST, message="参数不正确: body: 不是有效的multipart/form-data", status=400)
            call.files = {k: await v.read() for k, v in form.items() if hasattr(v, "read")}
        fault = self.faults.faults.contract_fault
        if fault == "server-error" and _holds_empty_string(call.body):
            return Response("Internal Server Error", status_code=500, media_type="text/plain")
        registered: Registered = self.handlers[operation_id]
        try:
            data = await run_in_threadpool(registered.function, call) if registered.heavy else registered.function(call)
        except SandboxError as exc:
            return envelope(code=exc.code, message=exc.message, status=exc.status)
        if fault == "rename-field":
            return JSONResponse({"errorCode": OK, "message": OK_MESSAGE})
        return envelope(data, status=202 if fault == "undocumented-status" else 200)

    def _validate(self, request: Request, body: bytes) -> str | None:
        try:
            result = self.openapi.unmarshal_request(StarletteOpenAPIRequest(request, body))
        except Exception as exc:
            return f"body: 请求无法解析 ({type(exc).__name__})"
        # openapi-core reads a multipart file part as bytes and then wants a string (format: binary);
        # the file part of 4.6 is checked by its handler instead.
        multipart = request.headers.get("content-type", "").startswith("multipart/form-data")
        problems = [
            describe(e)
            for e in result.errors
            if not isinstance(e, SecurityValidationError) and not (multipart and isinstance(e, InvalidRequestBody))
        ]
        return "; ".join(problems) if problems else None

    def check_response(self, request: Request, response: Response, body: bytes) -> None:
        """Record every answer that does not match the spec (on when validate_responses)."""
        result = self.openapi.unmarshal_response(
            StarletteOpenAPIRequest(request, body), StarletteOpenAPIResponse(response)
        )
        for error in result.errors:
            self.response_violations.append(f"{request.method} {request.url.path}: {describe(error)}")


def _holds_empty_string(value: Any) -> bool:
    if isinstance(value, dict):
        return any(_holds_empty_string(v) for v in value.values())
    if isinstance(value, list):
        return any(_holds_empty_string(v) for v in value)
    return value == ""


def describe(error: Exception) -> str:
    """A validation error in one line, naming the field: `body.template.wsid: 5 is not of type 'string'`."""
    name = getattr(error, "name", None)
    cause = error.__cause__ or error.__context__
    schema_errors = getattr(cause, "schema_errors", None) or getattr(error, "schema_errors", None)
    where = f"query.{name}" if name else "body"
    if schema_errors:
        parts = []
        for e in schema_errors[:3]:
            path = ".".join(str(p) for p in e.absolute_path)
            parts.append(f"{where}{'.' + path if path else ''}: {e.message}")
        return "; ".join(parts)
    detail = str(cause) if cause is not None and str(cause) else str(error)
    return f"{where}: {type(error).__name__}{': ' + detail if detail else ''}"[:300]


def _api_route(sandbox: Sandbox, path: str, method: str, operation_id: str) -> Route:
    async def endpoint(request: Request) -> Response:
        response = await sandbox.handle(request, operation_id)
        if sandbox.config.validate_responses:
            sandbox.check_response(request, response, bytes(response.body))
        return response

    return Route(path, endpoint, methods=[method], name=operation_id)


def create_app(config: SandboxConfig | None = None) -> Starlette:
    """The sandbox as an ASGI app; `app.state.sandbox` is its Sandbox."""
    from ._control import control_routes

    sandbox = Sandbox(config or SandboxConfig.from_env())

    async def token(request: Request) -> Response:
        return sandbox.issue_token(request.query_params)

    routes = [Route(TOKEN_PATH, token, methods=["GET"], name="getAccessToken")]
    routes += [
        _api_route(sandbox, op["path"], op["method"], op["operationId"])
        for op in sandbox.operations()
        if op["operationId"] != "getAccessToken"
    ]
    routes += control_routes(sandbox)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        from .handlers import resume_all

        sandbox.attach_loop()
        resume_all(sandbox)
        yield
        await sandbox.aclose()

    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.sandbox = sandbox
    app.add_middleware(FaultMiddleware, injector=sandbox.faults)
    return app
