"""Turn every answer that is not a success into a typed error, before the generated code sees it.

The checks run as httpx response hooks (sync and async), so they apply to every call made with
the generated operation modules. A success answer is additionally parsed once by the generated
parser of its operation: a `data` of the wrong shape becomes a ResponseDecodeError here instead
of a bare TypeError or KeyError inside the generated code.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

import httpx

from . import _spec
from ._logging import logger, scrub
from .errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
    UnexpectedResponseError,
    YiyiqianError,
)

# Request extensions set by the auth flow.
TOKEN_REQUEST = "yiyiqian.token_request"  # the OAuth token call: the auth flow reads it itself
MAY_REFRESH = "yiyiqian.may_refresh"  # an invalid_token answer will be retried by the auth flow

_SNIPPET = 120


def is_success_code(code: str) -> bool:
    """The platform rule: a numeric code whose last four digits are 0000-0099."""
    return len(code) >= 4 and code.isascii() and code.isdigit() and code[-4:-2] == "00"


def oauth_error_of(content: bytes) -> str | None:
    """The `error` of an OAuth error body, or None. Cheap for ordinary bodies."""
    if b'"error"' not in content:
        return None
    try:
        body = json.loads(content)
    except ValueError:
        return None
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, str) and "code" not in body else None


def is_invalid_token(response: httpx.Response) -> bool:
    return response.status_code == 401 or oauth_error_of(response.content) == "invalid_token"


def snippet(content: bytes) -> str:
    return scrub(content[:_SNIPPET].decode("utf-8", errors="replace"))


_ERROR_BY_STATUS: dict[int, type[APIError]] = {400: BadRequestError, 401: AuthenticationError, 429: RateLimitError}


def _api_error_class(status: int) -> type[APIError]:
    if status >= 500:
        return ServerError
    return _ERROR_BY_STATUS.get(status, APIError)


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media in ("application/json", "text/json") or media.endswith("+json")


@dataclass
class ResponseChecker:
    """Raises the typed error an answer deserves; records the envelope code for the log line."""

    base_path: str = ""

    def check(self, response: httpx.Response) -> str | None:
        request = response.request
        method, path = request.method, request.url.path
        operation = _spec.find_operation(method, path, self.base_path)
        op_id = operation.operation_id if operation else None
        status, content = response.status_code, response.content

        def decode_error(message: str) -> ResponseDecodeError:
            return ResponseDecodeError(message, status_code=status, method=method, path=path, snippet=snippet(content))

        if 300 <= status < 400:
            target = httpx.URL(response.headers.get("location", ""))
            raise UnexpectedResponseError(
                f"redirect to {target.host or 'the same host'}{target.path} (not followed)",
                status_code=status,
                method=method,
                path=path,
            )
        if status == 204 or not content.strip():
            raise decode_error("empty body where the spec promises a JSON envelope")
        content_type = response.headers.get("content-type")
        if content_type is not None and not _is_json(content_type):
            raise decode_error(f"expected JSON, got Content-Type {content_type.split(';')[0]!r}")
        try:
            body = json.loads(content)
        except UnicodeDecodeError:
            raise decode_error("body is not valid UTF-8") from None
        except json.JSONDecodeError as exc:
            raise decode_error(f"body is not valid JSON ({exc.msg} at {exc.pos})") from None
        except (ValueError, RecursionError) as exc:
            raise decode_error(f"body is not valid JSON ({type(exc).__name__})") from None
        if not isinstance(body, dict):
            raise decode_error(f"expected a JSON object, got {type(body).__name__}")

        if "error" in body and "code" not in body:  # OAuth error body
            error = str(body["error"])
            raise AuthenticationError(
                str(body.get("error_description") or error),
                code=error,
                status_code=status,
                method=method,
                path=path,
                operation_id=op_id,
            )
        if "errorWsid" in body:  # platform error body
            cls = _api_error_class(status) if status >= 400 else APIError
            raise cls(
                str(body.get("userMessage") or body.get("developerMessage") or ""),
                code=_str_or_none(body.get("code")),
                status_code=status,
                method=method,
                path=path,
                operation_id=op_id,
                error_wsid=_str_or_none(body.get("errorWsid")),
                developer_message=_str_or_none(body.get("developerMessage")),
            )
        code = body.get("code")
        if not isinstance(code, str):
            raise decode_error(f"envelope `code` is {type(code).__name__}, not a string")
        message = body.get("message")
        message = message if isinstance(message, str) else ""
        if not is_success_code(code) or status >= 400:
            cls = _api_error_class(status) if status >= 400 else APIError
            raise cls(message, code=code, status_code=status, method=method, path=path, operation_id=op_id)
        if status != 200:
            raise UnexpectedResponseError(
                f"status {status} is not documented",
                status_code=status,
                method=method,
                path=path,
                snippet=snippet(content),
            )
        model = operation.success_model() if operation is not None else None
        if model is not None:
            try:
                model.from_dict(body)  # the body decoded above, read by the generated parser
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                raise decode_error(f"`data` does not match the spec of {op_id}: {type(exc).__name__}") from None
        return code

    def should_skip(self, response: httpx.Response) -> bool:
        """Answers the auth flow deals with itself: the token call, a first invalid_token."""
        extensions = response.request.extensions
        if extensions.get(TOKEN_REQUEST):
            return True
        return bool(extensions.get(MAY_REFRESH)) and is_invalid_token(response)

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


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)
