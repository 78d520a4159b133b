"""Every exception yiyiqian raises, in one tree.

    YiyiqianError
    ├── ConfigurationError          bad options given to connect() or a helper     (also a ValueError)
    ├── YiyiqianTimeoutError        something did not finish in time     (also the built-in TimeoutError)
    │   ├── RequestTimeout          a call ran past its deadline (also a TransportError)
    │   └── LoginTimeout            the CA QR login was not completed in time
    ├── TransportError              the request failed on the network (after the retries)
    ├── APIError                    the server answered with an error
    │   ├── BadRequestError         HTTP 400 (参数不正确)
    │   ├── AuthenticationError     HTTP 401 / 403, or an OAuth error body (after one token refresh)
    │   ├── NotFoundError           HTTP 404
    │   ├── ConflictError           HTTP 409
    │   ├── RateLimitError          HTTP 429
    │   └── ServerError             HTTP 5xx
    ├── UnexpectedResponseError     an answer the spec does not describe (3xx, 1xx, ...)
    │   └── ResponseDecodeError     a body that cannot be read: not JSON, too large, bad encoding
    ├── LoginCancelled              waiting for the CA QR login was cancelled by the caller
    └── WebhookError
        ├── WebhookVerificationError    a delivery failed verification (see `.reason`)
        └── WebhookPayloadError         a delivery body that is not a webhook event

The HTTP status decides the class of an error answer, whatever its body; the body's details
(`code`, `error_wsid`, `developer_message`) are attached when it has them. A success answer (HTTP
2xx and a success `code`) is never raised, even when its `data` differs from the spec.

What these exceptions carry is safe to log and to hand to an error tracker: messages hold the
method, the path (never the query string), the status and the server's own message scrubbed of
the current access token and the app secret. The raw body, which may hold patient data, is never
part of a message: it is on `.body` (bytes, scrubbed the same way) for code that needs it.
Every class survives `pickle` (process pools, Celery), attributes included.
"""

from __future__ import annotations

import builtins
from typing import Any

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "LoginCancelled",
    "LoginTimeout",
    "NotFoundError",
    "RateLimitError",
    "RequestTimeout",
    "ResponseDecodeError",
    "ServerError",
    "TransportError",
    "UnexpectedResponseError",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "YiyiqianError",
    "YiyiqianTimeoutError",
]


def _restore(cls: type[YiyiqianError], args: tuple[Any, ...], state: dict[str, Any]) -> YiyiqianError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class YiyiqianError(Exception):
    """Root of every error raised by yiyiqian."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructors do not survive the default Exception pickling.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class ConfigurationError(YiyiqianError, ValueError):
    """An option given to connect() or to a helper is invalid, or the client is misused."""


class YiyiqianTimeoutError(YiyiqianError, builtins.TimeoutError):
    """Something did not finish in time (`except TimeoutError` catches it too)."""


class TransportError(YiyiqianError):
    """The request could not be completed on the network (connection refused, reset, ...)."""

    def __init__(self, message: str, *, method: str, path: str) -> None:
        super().__init__(f"{method} {path}: {message}")
        self.method = method
        self.path = path


class RequestTimeout(TransportError, YiyiqianTimeoutError):
    """The call ran past its deadline (see `connect(timeout=...)`), or a phase limit elapsed."""


class APIError(YiyiqianError):
    """The platform answered with an error status, or with a non-success `code`."""

    def __init__(
        self,
        message: str,
        *,
        code: str | None,
        status_code: int,
        method: str,
        path: str,
        operation_id: str | None = None,
        error_wsid: str | None = None,
        developer_message: str | None = None,
        body: bytes = b"",
    ) -> None:
        where = f"{method} {path}" + (f" ({operation_id})" if operation_id else "")
        text = f"{where}: HTTP {status_code}" + (f", code {code}" if code else "") + (f": {message}" if message else "")
        super().__init__(text)
        self.message = message
        self.code = code
        self.status_code = status_code
        self.method = method
        self.path = path
        self.operation_id = operation_id
        self.error_wsid = error_wsid
        self.developer_message = developer_message
        self.body = body


class BadRequestError(APIError):
    """HTTP 400 (参数不正确): the request does not match what the server expects."""


class AuthenticationError(APIError):
    """HTTP 401/403 or an OAuth error: the credentials or the token were refused (after one refresh)."""


class NotFoundError(APIError):
    """HTTP 404: the path or the object does not exist (on an inferred path: the spec guessed wrong)."""


class ConflictError(APIError):
    """HTTP 409: the request conflicts with the object's state (for example a second signature)."""


class RateLimitError(APIError):
    """HTTP 429: too many requests (after the retries allowed for the call)."""


class ServerError(APIError):
    """HTTP 5xx from the platform or a gateway in front of it, after the retries allowed for the call."""


class UnexpectedResponseError(YiyiqianError):
    """The answer is not one the spec describes for this call."""

    def __init__(self, message: str, *, status_code: int, method: str, path: str, body: bytes = b"") -> None:
        super().__init__(f"{method} {path}: HTTP {status_code}: {message}")
        self.message = message
        self.status_code = status_code
        self.method = method
        self.path = path
        self.body = body


class ResponseDecodeError(UnexpectedResponseError):
    """The body cannot be read: HTML instead of JSON, truncated, too large, a broken gzip stream, ..."""


class LoginTimeout(YiyiqianTimeoutError):
    """The user did not scan and log in before the deadline."""

    def __init__(self, login_id: str, waited: float) -> None:
        super().__init__(f"CA QR login {login_id} not completed after {waited:.1f} s")
        self.login_id = login_id
        self.waited = waited


class LoginCancelled(YiyiqianError):
    """The caller cancelled waiting for a CA QR login."""


class WebhookError(YiyiqianError):
    """A webhook delivery could not be accepted."""


class WebhookPayloadError(WebhookError, ValueError):
    """The body is not a webhook event (not JSON, not an object, no `event`, bad rawData)."""


class WebhookVerificationError(WebhookError):
    """A webhook delivery is not authentic or not acceptable.

    `reason` is one of: "missing_signature", "malformed_signature", "app_id_mismatch",
    "signature_mismatch", "date_unparseable", "date_out_of_tolerance", "missing_nonce",
    "replayed_nonce", "nonce_cache_full".
    """

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(f"{reason}: {message}")
        self.reason = reason
