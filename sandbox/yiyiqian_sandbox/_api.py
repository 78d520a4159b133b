"""One vendor-API call, checked in the order the platform would, then handed to its handler.

Token (401 OAuth body), app id header (400), the body's hygiene (strict UTF-8 JSON: no NaN or
Infinity, no lone surrogates, an object), the spec (400 naming the field), then the handler,
whose result is wrapped in {code, message, data}. Heavy operations and bodies over 64 KiB are
parsed, checked and handled in a worker thread, so that a large body never stalls other clients.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Mapping
from typing import Any

from openapi_core import OpenAPI
from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
from openapi_core.contrib.starlette.responses import StarletteOpenAPIResponse
from openapi_core.validation.request.exceptions import InvalidRequestBody, SecurityValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from . import _ids
from ._core import APP_ID_PROBLEM, BAD_REQUEST, OK, OK_MESSAGE, SandboxError, envelope, oauth_error, short
from ._routes import Route
from ._state import Call, Sandbox
from .handlers import REGISTRY

TOKEN_PATH = "/v1/oauth/oauth/token"
INLINE_BODY_LIMIT = 64 * 1024  # larger bodies are parsed and checked in a worker thread


class BadBody(ValueError):
    """The body is not strict JSON the sandbox accepts."""


def _refuse_constant(name: str) -> Any:
    raise BadBody(f"{name} 不是合法的JSON数值")


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise BadBody("数值超出范围")
    return value


def parse_json(raw: bytes) -> Any:
    """Strict JSON: UTF-8, no NaN/Infinity (nor 1e400), no lone surrogates anywhere (keys included)."""
    try:
        value = json.loads(raw, parse_constant=_refuse_constant, parse_float=_finite_float)
    except BadBody:
        raise
    except (ValueError, RecursionError):
        raise BadBody("请求体不是有效的UTF-8 JSON") from None
    stack = [value]
    while stack:  # iterative: a deeply nested body cannot exhaust the stack here
        item = stack.pop()
        if isinstance(item, str):
            _check_text(item)
        elif isinstance(item, dict):
            for key, child in item.items():
                _check_text(key)
                stack.append(child)
        elif isinstance(item, list):
            stack.extend(item)
    return value


def _check_text(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadBody("字符串含有单独的代理项 (lone surrogate)") from None


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
            parts.append(short(f"{where}{'.' + path if path else ''}: {e.message}", 120))
        return "; ".join(parts)
    detail = str(cause) if cause is not None and str(cause) else str(error)
    return short(f"{where}: {type(error).__name__}{': ' + detail if detail else ''}", 200)


class Api:
    """The vendor API of one sandbox: tokens, checks and dispatch."""

    def __init__(self, sandbox: Sandbox, spec: dict[str, Any], routes: list[Route]) -> None:
        self.sandbox = sandbox
        self.openapi = OpenAPI.from_dict(spec)
        self.json_bodies = {
            r.operation_id
            for r in routes
            if "application/json" in r.operation.get("requestBody", {}).get("content", {})
        }
        missing = {r.operation_id for r in routes} - set(REGISTRY) - {"getAccessToken"}
        if missing:
            raise RuntimeError(f"operations without a sandbox handler: {sorted(missing)}")

    # -- auth ---------------------------------------------------------------------------------
    def issue_token(self, query: Mapping[str, str]) -> JSONResponse:
        sandbox = self.sandbox
        sandbox.store.bump("token_requests")
        if query.get("grant_type") != "client_credentials":
            return oauth_error("unsupported_grant_type", "grant_type must be client_credentials", status=400)
        if query.get("client_id") != sandbox.config.app_id or query.get("client_secret") != sandbox.config.app_secret:
            return oauth_error("invalid_client", "Bad client credentials")
        token = _ids.access_token()
        sandbox.store.add_token(token, sandbox.config.app_id, time.time() + sandbox.config.token_ttl)
        return JSONResponse(
            {
                "access_token": token,
                "token_type": "bearer",
                "expires_in": sandbox.config.token_ttl,
                "scope": "read write",
            }
        )

    def authenticate(self, request: Request) -> JSONResponse | None:
        """A token of this sandbox's app (tokens of another app on the same state dir are invalid)."""
        token = request.query_params.get("access_token")
        if not token:
            return oauth_error("invalid_token", "Missing access token")
        app_id, valid = self.sandbox.store.token_app(token, time.time())
        if app_id is None or app_id != self.sandbox.config.app_id:
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
    async def handle(self, request: Request, operation_id: str) -> Response:
        self.sandbox.store.bump("api_calls")
        refused = self.authenticate(request)
        if refused is not None:
            return refused
        body = await request.body()
        files: dict[str, bytes] = {}
        if request.headers.get("content-type", "").startswith("multipart/form-data"):
            try:
                form = await request.form()
                for key, value in form.items():
                    if not isinstance(value, str):
                        files[key] = await value.read()
            except (MultiPartException, HTTPException, ValueError, KeyError, UnicodeDecodeError):
                # Starlette turns a broken multipart body into HTTPException(400, text/plain): answer in the envelope
                return envelope(code=BAD_REQUEST, message="参数不正确: body: 不是有效的multipart/form-data", status=400)
        if REGISTRY[operation_id].heavy or len(body) > INLINE_BODY_LIMIT:
            return await run_in_threadpool(self._process, request, operation_id, body, files)
        return self._process(request, operation_id, body, files)

    def _process(self, request: Request, operation_id: str, body: bytes, files: dict[str, bytes]) -> Response:
        response = self._answer(request, operation_id, body, files)
        if self.sandbox.config.validate_responses:
            self.check_response(request, response, bytes(response.body))
        return response

    def _answer(self, request: Request, operation_id: str, body: bytes, files: dict[str, bytes]) -> Response:
        sandbox = self.sandbox
        call = Call(sandbox, operation_id, request.query_params, None, files)
        multipart = request.headers.get("content-type", "").startswith("multipart/form-data")
        if body and not multipart:
            try:
                call.body = parse_json(body)  # before openapi-core, which assumes UTF-8 JSON
            except BadBody as exc:
                return envelope(code=BAD_REQUEST, message=f"参数不正确: body: {exc}", status=400)
            if operation_id in self.json_bodies and not isinstance(call.body, dict):
                return envelope(code=BAD_REQUEST, message="参数不正确: body: 请求体必须是JSON对象", status=400)
        problem = self._validate(request, body, multipart)
        if problem is not None:
            return envelope(code=BAD_REQUEST, message=f"参数不正确: {problem}", status=400)
        fault = sandbox.faults.faults.contract_fault
        if fault == "server-error" and _holds_empty_string(call.body):
            return Response("Internal Server Error", status_code=500, media_type="text/plain")
        try:
            data = REGISTRY[operation_id].function(call)
        except SandboxError as exc:
            return envelope(code=exc.code, message=exc.message, status=exc.status)
        if fault == "rename-field":
            return JSONResponse({"errorCode": OK, "message": OK_MESSAGE})
        return envelope(data, status=202 if fault == "undocumented-status" else 200)

    def _validate(self, request: Request, body: bytes, multipart: bool) -> str | None:
        try:
            result = self.openapi.unmarshal_request(StarletteOpenAPIRequest(request, body))
        except Exception as exc:  # openapi-core on input it cannot read: a 400, never a 500
            return f"body: 请求无法解析 ({type(exc).__name__})"
        # openapi-core reads a multipart file part as bytes and then wants a string (format: binary);
        # the file part of 4.6 is checked by its handler instead.
        problems = [
            describe(e)
            for e in result.errors
            if not isinstance(e, SecurityValidationError) and not (multipart and isinstance(e, InvalidRequestBody))
        ]
        return short("; ".join(problems), 400) if problems else None

    def check_response(self, request: Request, response: Response, body: bytes) -> None:
        """Record every answer that does not match the spec (on when validate_responses)."""
        result = self.openapi.unmarshal_response(
            StarletteOpenAPIRequest(request, body), StarletteOpenAPIResponse(response)
        )
        for error in result.errors:
            self.sandbox.response_violations.append(f"{request.method} {request.url.path}: {describe(error)}")


def _holds_empty_string(value: Any) -> bool:
    if isinstance(value, dict):
        return any(_holds_empty_string(v) for v in value.values())
    if isinstance(value, list):
        return any(_holds_empty_string(v) for v in value)
    return value == ""
