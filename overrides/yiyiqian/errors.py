"""Every exception yiyiqian raises, in one tree.

    YiyiqianError
    ├── ConfigurationError          bad options given to connect() or a helper
    ├── TransportError              the request failed on the network (after the retries)
    │   └── RequestTimeout          ... because a timeout elapsed        (also a TimeoutError)
    ├── APIError                    the server answered with an error code
    │   ├── BadRequestError         HTTP 400 / 参数不正确
    │   ├── AuthenticationError     OAuth error body or HTTP 401 (token refused after one refresh)
    │   ├── RateLimitError          HTTP 429
    │   └── ServerError             HTTP 5xx
    ├── UnexpectedResponseError     an answer the spec does not describe (204, 3xx, ...)
    │   └── ResponseDecodeError     a body that is not the JSON the spec promises
    ├── LoginTimeout                the CA QR login was not completed in time (also a TimeoutError)
    ├── LoginCancelled              waiting for the CA QR login was cancelled by the caller
    └── WebhookError
        ├── WebhookVerificationError    a delivery failed verification (see `.reason`)
        └── WebhookPayloadError         a delivery body that is not a webhook event

`TimeoutError` here is the common base of RequestTimeout and LoginTimeout, and is itself a
subclass of the built-in TimeoutError, so `except TimeoutError` works either way.

No message, attribute or repr of these exceptions contains an access token, an app secret or
a signature: URLs are kept as method + path, never with their query string.
"""

from __future__ import annotations

import builtins

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "LoginCancelled",
    "LoginTimeout",
    "RateLimitError",
    "RequestTimeout",
    "ResponseDecodeError",
    "ServerError",
    "TimeoutError",
    "TransportError",
    "UnexpectedResponseError",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "YiyiqianError",
]


class YiyiqianError(Exception):
    """Root of every error raised by yiyiqian."""


class ConfigurationError(YiyiqianError, ValueError):
    """An option given to connect() or to a helper is invalid."""


class TimeoutError(YiyiqianError, builtins.TimeoutError):
    """Something did not finish in time."""


class TransportError(YiyiqianError):
    """The request could not be completed on the network (connection refused, reset, ...)."""

    def __init__(self, message: str, *, method: str, path: str) -> None:
        super().__init__(f"{method} {path}: {message}")
        self.method = method
        self.path = path


class RequestTimeout(TransportError, TimeoutError):
    """A connect, read, write or pool timeout elapsed."""


class APIError(YiyiqianError):
    """The platform answered with an error (a non-success `code`, or an OAuth/platform error body)."""

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
    ) -> None:
        where = f"{method} {path}" + (f" ({operation_id})" if operation_id else "")
        super().__init__(f"{where}: HTTP {status_code}, code {code}: {message}")
        self.message = message
        self.code = code
        self.status_code = status_code
        self.method = method
        self.path = path
        self.operation_id = operation_id
        self.error_wsid = error_wsid
        self.developer_message = developer_message


class BadRequestError(APIError):
    """HTTP 400 (参数不正确): the request does not match what the server expects."""


class AuthenticationError(APIError):
    """The credentials or the access token were refused (after one token refresh)."""


class RateLimitError(APIError):
    """HTTP 429: too many requests."""


class ServerError(APIError):
    """HTTP 5xx from the platform, after the retries allowed for the call."""


class UnexpectedResponseError(YiyiqianError):
    """The answer is not one the spec describes for this call."""

    def __init__(self, message: str, *, status_code: int, method: str, path: str, snippet: str = "") -> None:
        detail = f"{method} {path}: HTTP {status_code}: {message}"
        if snippet:
            detail += f" (body starts: {snippet!r})"
        super().__init__(detail)
        self.status_code = status_code
        self.method = method
        self.path = path
        self.snippet = snippet


class ResponseDecodeError(UnexpectedResponseError):
    """The body is not the JSON the spec promises (HTML error page, truncated JSON, empty, ...)."""


class LoginTimeout(TimeoutError):
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
    "signature_mismatch", "date_unparseable", "date_out_of_tolerance", "replayed_nonce".
    """

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(f"{reason}: {message}")
        self.reason = reason
