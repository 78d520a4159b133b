"""OAuth token handling as an `httpx.Auth`: every call gets `access_token` and `X-Signit-App-Id`.

The token comes from `GET /v1/oauth/oauth/token` (client_credentials) and is cached until
`expires_in` minus a safety margin. Refreshing is single-flight: however many threads or asyncio
tasks find the cache cold or expired at once, one token request is made. An answer saying the
token is invalid (HTTP 401 or an OAuth `invalid_token` body) triggers one refresh and one retry;
the retried answer is final (the response hooks turn a second refusal into AuthenticationError).
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator

import httpx

from ._envelope import MAY_REFRESH, TOKEN_REQUEST, is_invalid_token, snippet
from .errors import AuthenticationError, ConfigurationError, ResponseDecodeError

TOKEN_PATH = "/v1/oauth/oauth/token"
# When the token answer has no expires_in: the fallback of the third-party PHP SDK (the vendor's
# own Java SDK keeps a token until the server refuses it). A refusal refreshes it anyway.
DEFAULT_TOKEN_LIFETIME = 7200.0
DEFAULT_TOKEN_MARGIN = 60.0


class SignitAuth(httpx.Auth):
    # A refused call is sent again with the same request: bodies from the generated code are
    # bytes, and the streams of yiyiqian.files replay themselves, so nothing is read up front.
    requires_request_body = False
    requires_response_body = True  # an invalid_token body is recognised by its content

    def __init__(
        self,
        *,
        app_id: str,
        app_secret: str | None = None,
        access_token: str | None = None,
        token_path: str = TOKEN_PATH,
        margin: float = DEFAULT_TOKEN_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not app_id:
            raise ConfigurationError("app_id is required")
        if access_token is None and not app_secret:
            raise ConfigurationError("give app_secret (OAuth) or a fixed access_token")
        self.app_id = app_id
        self._app_secret = app_secret
        self._fixed = access_token is not None
        self._token = access_token
        self._expires_at = math.inf if self._fixed else 0.0
        self._token_path = token_path
        self._margin = margin
        self._clock = clock
        self._thread_lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self.token_requests = 0  # how many token requests were sent (observability, tests)
        # Called with each new token; connect() puts it in the clients' default query parameters,
        # so that a request is built with it and needs no URL rewrite here (the hot path).
        self.on_token: list[Callable[[str], None]] = []

    def __repr__(self) -> str:
        state = "fixed" if self._fixed else ("cached" if self._token else "none")
        return f"SignitAuth(app_id={self.app_id!r}, token=<{state}>)"

    # -- token cache ------------------------------------------------------------------------
    def _needs_token(self) -> bool:
        return not self._fixed and (self._token is None or self._clock() >= self._expires_at)

    def invalidate(self) -> None:
        if not self._fixed:
            self._token = None

    def _token_request(self, request: httpx.Request) -> httpx.Request:
        url = request.url.copy_with(path=self._token_path, query=None).copy_merge_params(
            {"client_id": self.app_id, "client_secret": self._app_secret or "", "grant_type": "client_credentials"}
        )
        extensions = {TOKEN_REQUEST: True}
        if "timeout" in request.extensions:
            extensions["timeout"] = request.extensions["timeout"]
        self.token_requests += 1
        return httpx.Request("GET", url, headers={"Accept": "application/json"}, extensions=extensions)

    def _store(self, response: httpx.Response) -> None:
        method, path = "GET", response.request.url.path
        try:
            body = response.json()
        except ValueError:
            raise ResponseDecodeError(
                "token answer is not JSON",
                status_code=response.status_code,
                method=method,
                path=path,
                snippet=snippet(response.content),
            ) from None
        token = body.get("access_token") if isinstance(body, dict) else None
        if response.status_code != 200 or not isinstance(token, str) or not token:
            error = body.get("error") if isinstance(body, dict) else None
            detail = body.get("error_description") if isinstance(body, dict) else None
            raise AuthenticationError(
                str(detail or error or "no access_token in the token answer"),
                code=str(error) if error else None,
                status_code=response.status_code,
                method=method,
                path=path,
                operation_id="getAccessToken",
            )
        expires_in = body.get("expires_in")
        lifetime = (
            float(expires_in) if isinstance(expires_in, int | float) and expires_in > 0 else (DEFAULT_TOKEN_LIFETIME)
        )
        # The margin never eats more than a tenth of a short lifetime.
        self._expires_at = self._clock() + lifetime - min(self._margin, lifetime / 10)
        self._token = token
        for listener in self.on_token:
            listener(token)

    def _authorise(self, request: httpx.Request, token: str, *, may_refresh: bool) -> None:
        if b"access_token=" + token.encode() not in request.url.query:
            request.url = request.url.copy_merge_params({"access_token": token})
        request.headers["X-Signit-App-Id"] = self.app_id
        request.extensions[MAY_REFRESH] = may_refresh

    # -- flows --------------------------------------------------------------------------------
    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._needs_token():
            with self._thread_lock:
                if self._needs_token():
                    token_response = yield self._token_request(request)
                    token_response.read()
                    self._store(token_response)
        used = self._token
        assert used is not None
        self._authorise(request, used, may_refresh=not self._fixed)
        response = yield request
        response.read()
        if self._fixed or not is_invalid_token(response):
            return
        with self._thread_lock:
            if self._token == used:  # nobody refreshed it meanwhile
                token_response = yield self._token_request(request)
                token_response.read()
                self._store(token_response)
        assert self._token is not None
        self._authorise(request, self._token, may_refresh=False)
        yield request

    def _async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        lock = self._async_locks.get(loop)
        if lock is None:
            lock = self._async_locks[loop] = asyncio.Lock()
        return lock

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._needs_token():
            async with self._async_lock():
                if self._needs_token():
                    token_response = yield self._token_request(request)
                    await token_response.aread()
                    self._store(token_response)
        used = self._token
        assert used is not None
        self._authorise(request, used, may_refresh=not self._fixed)
        response = yield request
        await response.aread()
        if self._fixed or not is_invalid_token(response):
            return
        async with self._async_lock():
            if self._token == used:
                token_response = yield self._token_request(request)
                await token_response.aread()
                self._store(token_response)
        assert self._token is not None
        self._authorise(request, self._token, may_refresh=False)
        yield request
