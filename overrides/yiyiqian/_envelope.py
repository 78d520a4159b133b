"""What an answer means: a success to return, or the typed error to raise.

The checks run as httpx response hooks (sync and async), so they apply to every call made with
the generated operation modules, before the generated parser sees the answer.

- **The status decides the class of an error**, whatever the body is (JSON, an nginx HTML page,
  empty, truncated): 400, 401/403, 404, 409, 429, 5xx each have their class. The body's details
  are attached when it has them. A body is an OAuth error only when its `error` is an OAuth error
  code and the status is 400, 401 or 403.
- **A success is the envelope's word**: HTTP 2xx with a success `code` is returned, whatever
  `data` holds. When `data` differs from the spec of the operation, one WARNING per operation
  names the fields that differ (never their values), and the generated parser reads what it can
  (`_lenient`). With `strict=True` the same answer raises ResponseDecodeError instead.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from . import _lenient, _spec
from ._logging import Secrets, logger
from ._origin import Origin
from .errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
    UnexpectedResponseError,
    YiyiqianError,
)

# Request extension set by the auth flow.
MAY_REFRESH = "yiyiqian.may_refresh"  # an invalid_token answer will be retried by the auth flow

OAUTH_ERROR_CODES = frozenset(
    {
        "invalid_request",
        "invalid_client",
        "invalid_grant",
        "unauthorized_client",
        "unsupported_grant_type",
        "invalid_scope",
        "invalid_token",
        "insufficient_scope",
        "access_denied",
        "unauthorized",
    }
)
_OAUTH_STATUSES = frozenset({400, 401, 403})
_TEXT_LIMIT = 500  # a server's message longer than this is cut (it is still whole in `.body`)

_ERROR_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: AuthenticationError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def is_success_code(code: str) -> bool:
    """The platform rule: a numeric code whose last four digits are 0000-0099."""
    return len(code) >= 4 and code.isascii() and code.isdigit() and code[-4:-2] == "00"


def error_class(status: int) -> type[APIError]:
    if status >= 500:
        return ServerError
    return _ERROR_BY_STATUS.get(status, APIError)


def json_object(content: bytes) -> dict[str, Any] | None:
    """The body as a JSON object, or None when it is not one (never raises)."""
    try:
        body = json.loads(content)
    except (ValueError, RecursionError):
        return None
    return body if isinstance(body, dict) else None


def oauth_error_of(status: int, content: bytes) -> str | None:
    """The OAuth error code of an answer, or None. Cheap for ordinary bodies."""
    if status not in _OAUTH_STATUSES or b'"error"' not in content:
        return None
    body = json_object(content)
    error = body.get("error") if body is not None else None
    return error if isinstance(error, str) and error in OAUTH_ERROR_CODES else None


def is_invalid_token(response: httpx.Response) -> bool:
    """Does the answer refuse the token? 401, or the vendor SDK's signal: an `invalid_token` body.

    The vendor's SDK refreshes on that body whatever the status, so this does too; whether the
    body is an OAuth *error* (for the error class) still depends on the status (`error_for`).
    """
    if response.status_code == 401:
        return True
    if b'"invalid_token"' not in response.content:
        return False
    body = json_object(response.content)
    return body is not None and body.get("error") == "invalid_token" and "code" not in body


def message_text(value: object, secrets: Secrets) -> str | None:
    """A server's message as safe text: scrubbed of secrets, cut at a few hundred characters."""
    if value is None or isinstance(value, dict | list):
        return None
    text = secrets.text(str(value))
    return text if len(text) <= _TEXT_LIMIT else text[:_TEXT_LIMIT] + "…"


def _code(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return str(value)


def error_for(response: httpx.Response, secrets: Secrets, operation_id: str | None = None) -> APIError:
    """The typed error of an answer whose status is 400 or more, with what its body tells."""
    status, content = response.status_code, response.content
    body = json_object(content) or {}
    oauth = oauth_error_of(status, content)
    cls = AuthenticationError if oauth else error_class(status)
    message: str | None
    code: str | None
    if oauth:
        message = message_text(body.get("error_description"), secrets) or oauth
        code = oauth
    else:
        message = message_text(body.get("userMessage") or body.get("message") or body.get("developerMessage"), secrets)
        code = _code(body.get("code"))
    return cls(
        message or "",
        code=code,
        status_code=status,
        method=response.request.method,
        path=response.request.url.path,
        operation_id=operation_id,
        error_wsid=message_text(body.get("errorWsid"), secrets),
        developer_message=message_text(body.get("developerMessage"), secrets),
        body=secrets.bytes(content),
    )


def _redirect_target(response: httpx.Response) -> str:
    try:
        target = httpx.URL(response.headers.get("location", ""))
    except (httpx.InvalidURL, ValueError, TypeError):
        return "an unreadable Location"
    return f"{target.host or 'the same host'}{target.path}"


@dataclass
class ResponseChecker:
    """Raises the typed error an answer deserves; warns once per operation about data drift."""

    base_path: str = ""
    secrets: Secrets = field(default_factory=Secrets)
    strict: bool = False
    origin: Origin | None = None  # answers from other hosts are the caller's business
    _warned: set[str] = field(default_factory=set)

    def _decode_error(self, response: httpx.Response, message: str) -> ResponseDecodeError:
        request = response.request
        return ResponseDecodeError(
            message,
            status_code=response.status_code,
            method=request.method,
            path=request.url.path,
            body=self.secrets.bytes(response.content),
        )

    def check(self, response: httpx.Response) -> str | None:
        """The envelope code of a success; raises for anything else."""
        request = response.request
        status = response.status_code
        operation = _spec.find_operation(request.method, request.url.path, self.base_path)
        op_id = operation.operation_id if operation else None
        if status >= 400:
            raise error_for(response, self.secrets, op_id)
        if not 200 <= status < 300:
            what = f"redirect to {_redirect_target(response)} (not followed)" if status >= 300 else "not a final answer"
            raise UnexpectedResponseError(
                what,
                status_code=status,
                method=request.method,
                path=request.url.path,
                body=self.secrets.bytes(response.content),
            )
        content = response.content
        if not content.strip():
            raise self._decode_error(response, "empty body where the spec promises a JSON envelope")
        try:
            body = json.loads(content)
        except UnicodeDecodeError:
            raise self._decode_error(response, "body is not valid UTF-8") from None
        except json.JSONDecodeError as exc:
            media = response.headers.get("content-type", "no Content-Type").split(";")[0][:60]
            raise self._decode_error(response, f"body is not JSON ({media}; {exc.msg} at {exc.pos})") from None
        except (ValueError, RecursionError) as exc:
            raise self._decode_error(response, f"body is not valid JSON ({type(exc).__name__})") from None
        if not isinstance(body, dict):
            raise self._decode_error(response, f"expected a JSON object, got {type(body).__name__}")
        code = _code(body.get("code"))
        if code is None:
            raise self._decode_error(response, "the answer has no envelope `code`")
        if not is_success_code(code):
            message = message_text(body.get("message") or body.get("userMessage"), self.secrets) or ""
            raise APIError(
                message,
                code=code,
                status_code=status,
                method=request.method,
                path=request.url.path,
                operation_id=op_id,
                error_wsid=message_text(body.get("errorWsid"), self.secrets),
                developer_message=message_text(body.get("developerMessage"), self.secrets),
                body=self.secrets.bytes(content),
            )
        if operation is not None:
            self._check_shape(response, operation, body)
        return code

    def _check_shape(self, response: httpx.Response, operation: _spec.Operation, body: dict[str, Any]) -> None:
        """Compare a success with the spec: raise (strict) or warn once, then let it through."""
        differences: list[str] = []
        if response.status_code != 200:
            differences.append(f"HTTP status {response.status_code} (the spec has 200)")
        differences += _lenient.differences(operation.success_schema(), body)
        model = operation.success_model()
        if model is not None:
            _lenient.install(model)
            # An answer the schema accepts is one the generated parser reads; strict mode also
            # catches what the schema does not say (formats), at the cost of parsing twice.
            if self.strict and not differences and not _lenient.parses_strictly(model, body):
                differences.append("data (the generated parser refuses it)")
        if not differences:
            return
        if self.strict:
            raise self._decode_error(
                response, f"the answer differs from the spec of {operation.operation_id}: {', '.join(differences)}"
            )
        if operation.operation_id not in self._warned:
            self._warned.add(operation.operation_id)
            logger.warning(
                "%s %s (%s): success answer differs from the spec: %s; returned as received",
                response.request.method,
                response.request.url.path,
                operation.operation_id,
                ", ".join(differences),
            )
        if response.status_code != 200:
            # The generated parser knows only the documented 200; the success is the envelope's word.
            response.extensions = {**response.extensions, "yiyiqian.status": response.status_code}
            response.status_code = 200

    def should_skip(self, response: httpx.Response) -> bool:
        """Answers that are not ours to judge: other hosts', and a first invalid_token the auth flow retries."""
        request = response.request
        if self.origin is not None and not self.origin.owns(request.url):
            return True
        return bool(request.extensions.get(MAY_REFRESH)) and is_invalid_token(response)

    def inspect(self, response: httpx.Response, started: float) -> None:
        code: str | None = None
        failure: YiyiqianError | None = None
        try:
            if not self.should_skip(response):
                code = self.check(response)
        except YiyiqianError as exc:
            failure = exc
        if logger.isEnabledFor(20):  # INFO
            elapsed_ms = (time.perf_counter() - started) * 1000
            logger.info(
                "%s %s -> %s in %.1f ms code=%s%s",
                response.request.method,
                response.request.url.path,
                response.status_code,
                elapsed_ms,
                code,
                f" error={type(failure).__name__}" if failure else "",
            )
        if failure is not None:
            raise failure

    # httpx event hooks -------------------------------------------------------------------
    def on_request(self, request: httpx.Request) -> None:
        request.extensions["yiyiqian.started"] = time.perf_counter()

    async def on_request_async(self, request: httpx.Request) -> None:
        self.on_request(request)

    def on_response(self, response: httpx.Response) -> None:
        response.read()
        self.inspect(response, response.request.extensions.get("yiyiqian.started", time.perf_counter()))

    async def on_response_async(self, response: httpx.Response) -> None:
        await response.aread()
        self.inspect(response, response.request.extensions.get("yiyiqian.started", time.perf_counter()))
