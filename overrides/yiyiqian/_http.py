"""The httpx clients under connect(): one deadline per call, and nothing escapes the error tree.

`send()` is where a call begins and ends for httpx (auth flow, token fetch, hooks, transport,
retries), so it is where the call's deadline is set and where any exception that is not yet a
`YiyiqianError` is given its place in the tree.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import anyio
import httpx

from ._deadline import call_deadline
from ._logging import Secrets
from .errors import (
    ConfigurationError,
    RequestTimeout,
    ResponseDecodeError,
    TransportError,
    UnexpectedResponseError,
    YiyiqianError,
)


def typed(exc: Exception, request: httpx.Request | None, secrets: Secrets) -> YiyiqianError:
    """The YiyiqianError standing for an exception raised while making a call."""
    if isinstance(exc, YiyiqianError):
        return exc
    method = request.method if request is not None else "?"
    path = request.url.path if request is not None else "?"
    detail = secrets.text(str(exc))[:200] or type(exc).__name__
    what = f"{type(exc).__name__}: {detail}"
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeout(what, method=method, path=path)
    if isinstance(exc, httpx.TransportError):
        return TransportError(what, method=method, path=path)
    if isinstance(exc, httpx.DecodingError | UnicodeError | RecursionError | OverflowError):
        return ResponseDecodeError(what, status_code=0, method=method, path=path)
    if isinstance(exc, httpx.TooManyRedirects):
        return UnexpectedResponseError(what, status_code=0, method=method, path=path)
    if isinstance(exc, httpx.StreamError):
        return ConfigurationError(
            f"{method} {path}: the request body is a one-shot stream that was already sent ({type(exc).__name__}); "
            "pass bytes or a replayable stream"
        )
    if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
        return ConfigurationError(f"invalid URL ({type(exc).__name__})")
    return TransportError(what, method=method, path=path)


class SyncHTTPClient(httpx.Client):
    """httpx.Client whose every call has a deadline and raises only YiyiqianError."""

    def __init__(self, *, call_timeout: float, secrets: Secrets, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.call_timeout = call_timeout
        self._secrets = secrets

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        try:
            return super().build_request(*args, **kwargs)
        except (httpx.InvalidURL, httpx.UnsupportedProtocol, TypeError, ValueError) as exc:
            raise ConfigurationError(f"cannot build the request ({type(exc).__name__})") from None

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        with call_deadline(self.call_timeout):
            try:
                return super().send(request, **kwargs)
            except YiyiqianError:
                raise
            except Exception as exc:
                raise typed(exc, request, self._secrets) from None


class LoopBinding:
    """Which event loop an async connection pool belongs to, shared by every client using the pool.

    When that loop is closed (a second `asyncio.run()`), `rebind` gives the pool's owner a fresh
    pool; using it from two live loops at once is refused with ConfigurationError.
    """

    def __init__(self, rebind: Callable[[], None] | None = None) -> None:
        self._rebind = rebind
        self._loop: asyncio.AbstractEventLoop | None = None

    def check(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # trio or another library: anyio handles it
        if self._loop is None or self._loop is loop:
            self._loop = loop
            return
        if not self._loop.is_closed():
            raise ConfigurationError(
                "this client's async connections belong to another running event loop; make one client per event loop"
            )
        if self._rebind is not None:
            self._rebind()
        self._loop = loop


class AsyncHTTPClient(httpx.AsyncClient):
    """httpx.AsyncClient with the same guarantees, its pool bound to one event loop at a time."""

    def __init__(self, *, call_timeout: float, secrets: Secrets, binding: LoopBinding, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.call_timeout = call_timeout
        self._secrets = secrets
        self._binding = binding

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        try:
            return super().build_request(*args, **kwargs)
        except (httpx.InvalidURL, httpx.UnsupportedProtocol, TypeError, ValueError) as exc:
            raise ConfigurationError(f"cannot build the request ({type(exc).__name__})") from None

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        self._binding.check()
        with call_deadline(self.call_timeout) as deadline:
            try:
                with anyio.fail_after(max(deadline - time.monotonic(), 0.0)):
                    return await super().send(request, **kwargs)
            except YiyiqianError:
                raise
            except TimeoutError:
                raise RequestTimeout(
                    "the call's deadline has passed", method=request.method, path=request.url.path
                ) from None
            except Exception as exc:
                raise typed(exc, request, self._secrets) from None
