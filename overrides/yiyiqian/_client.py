"""connect(): a generated `yiyiqian_client.Client` with auth, retries, deadlines and typed errors."""

from __future__ import annotations

import math
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import httpx

import yiyiqian_client

from . import __version__
from ._auth import DEFAULT_REFRESH_COOLDOWN, DEFAULT_TOKEN_MARGIN, SignitAuth
from ._body import ACCEPT_ENCODING, DEFAULT_MAX_RESPONSE_BYTES
from ._envelope import ResponseChecker
from ._http import AsyncHTTPClient, LoopBinding, SyncHTTPClient
from ._logging import Secrets, configure_from_env, protect_library_logs
from ._network import CertTypes, ssl_context, transports
from ._transport import AsyncRetryTransport, RetryPolicy, RetryTransport
from .errors import ConfigurationError

DEFAULT_TIMEOUT = 30.0
"""Seconds one call may take in all: token fetch, every attempt, backoff and reading the body."""
DEFAULT_CONNECT_TIMEOUT = 5.0
"""Within the call's deadline: the most one connection attempt may take."""

_RESERVED_HTTPX_ARGS = frozenset(
    {"auth", "base_url", "verify", "timeout", "follow_redirects", "proxy", "mounts", "cert", "trust_env"}
)


def _limits(timeout: float | httpx.Timeout) -> tuple[httpx.Timeout, float]:
    """Per-phase limits and the whole call's deadline, from the `timeout` option."""
    if isinstance(timeout, httpx.Timeout):
        phases = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t is not None]
        if not phases or not all(isinstance(t, int | float) and 0 < t < math.inf for t in phases):
            raise ConfigurationError("an httpx.Timeout needs finite limits > 0")
        return timeout, float(max(phases))
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout < math.inf:
        raise ConfigurationError("timeout must be a finite number of seconds > 0, or an httpx.Timeout")
    total = float(timeout)
    return httpx.Timeout(total, connect=min(DEFAULT_CONNECT_TIMEOUT, total)), total


class _Borrowed(httpx.BaseTransport):
    """A transport shared with a derived client, which must not close it for the original."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(request)


class _AsyncBorrowed(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(request)


class _AsyncInnerOf(httpx.AsyncBaseTransport):
    """The network layer under another retry transport, whichever pool it holds at the time of a call."""

    def __init__(self, owner: AsyncRetryTransport) -> None:
        self.owner = owner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.owner.inner.handle_async_request(request)


@dataclass
class _Kit:
    """What every httpx client of one connection shares: transports, auth, checks, options."""

    base_url: httpx.URL
    sync_transport: RetryTransport
    async_transport: AsyncRetryTransport
    auth: SignitAuth
    checker: ResponseChecker
    secrets: Secrets
    extra: dict[str, Any]
    user_hooks: Mapping[str, list[Any]]
    binding: LoopBinding
    borrowed: bool = False

    def sync_client(self, timeout: httpx.Timeout, call_timeout: float, headers: Mapping[str, str]) -> SyncHTTPClient:
        transport: httpx.BaseTransport = _Borrowed(self.sync_transport) if self.borrowed else self.sync_transport
        return SyncHTTPClient(
            call_timeout=call_timeout,
            secrets=self.secrets,
            base_url=self.base_url,
            auth=self.auth,
            timeout=timeout,
            headers=dict(headers),
            transport=transport,
            trust_env=False,  # proxies are routed by _network, under the retry transport
            event_hooks={
                "request": [self.checker.on_request, *self.user_hooks.get("request", [])],
                "response": [self.checker.on_response, *self.user_hooks.get("response", [])],
            },
            **self.extra,
        )

    def async_client(self, timeout: httpx.Timeout, call_timeout: float, headers: Mapping[str, str]) -> AsyncHTTPClient:
        transport = _AsyncBorrowed(self.async_transport) if self.borrowed else self.async_transport
        return AsyncHTTPClient(
            call_timeout=call_timeout,
            secrets=self.secrets,
            binding=self.binding,
            base_url=self.base_url,
            auth=self.auth,
            timeout=timeout,
            headers=dict(headers),
            transport=transport,
            trust_env=False,
            event_hooks={
                "request": [self.checker.on_request_async, *self.user_hooks.get("async_request", [])],
                "response": [self.checker.on_response_async, *self.user_hooks.get("async_response", [])],
            },
            **self.extra,
        )


class ConnectedClient(yiyiqian_client.Client):
    """The generated Client as connect() makes it.

    `with_headers`, `with_cookies` and `with_timeout` return a new client that keeps the auth,
    the retries, the deadline and the typed errors, and shares the connection pool and the token;
    the original is left untouched.
    """

    _kit: _Kit
    _call_timeout: float

    def _derive(
        self,
        *,
        headers: Mapping[str, str] | None = None,
        cookies: Mapping[str, str] | None = None,
        timeout: Any = None,
        max_retries: int | None = None,
    ) -> ConnectedClient:
        current = self.get_httpx_client()
        phases, total = _limits(timeout) if timeout is not None else (current.timeout, self._call_timeout)
        merged_headers = {**current.headers, **(headers or {})}
        kit = _Kit(**{**self._kit.__dict__, "borrowed": True})
        if max_retries is not None:
            policy = replace(kit.sync_transport.policy, max_retries=max_retries)
            cap = kit.sync_transport.max_response_bytes
            kit.sync_transport = RetryTransport(kit.sync_transport.inner, policy, cap)
            # The async pool is replaced when the client moves to a new event loop: follow it.
            kit.async_transport = AsyncRetryTransport(_AsyncInnerOf(kit.async_transport), policy, cap)
        derived = _make(kit, phases, total, merged_headers)
        for http in (derived.get_httpx_client(), derived.get_async_httpx_client()):
            http.cookies.update(current.cookies)
            http.cookies.update(dict(cookies or {}))
        return derived

    def with_headers(self, headers: dict[str, str]) -> ConnectedClient:
        return self._derive(headers=headers)

    def with_cookies(self, cookies: dict[str, str]) -> ConnectedClient:
        return self._derive(cookies=cookies)

    def with_timeout(self, timeout: httpx.Timeout) -> ConnectedClient:
        return self._derive(timeout=timeout)

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> ConnectedClient:
        """A copy with another deadline or retry count, sharing the pool and the token."""
        return self._derive(timeout=timeout, max_retries=max_retries)


def _make(kit: _Kit, phases: httpx.Timeout, total: float, headers: Mapping[str, str]) -> ConnectedClient:
    client = ConnectedClient(base_url=str(kit.base_url), timeout=phases, raise_on_unexpected_status=True)
    client._kit = kit
    client._call_timeout = total
    client.set_httpx_client(kit.sync_client(phases, total, headers))
    client.set_async_httpx_client(kit.async_client(phases, total, headers))
    return client


def connect(
    base_url: str,
    *,
    app_id: str,
    app_secret: str | None = None,
    access_token: str | None = None,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    max_retries: int = 2,
    verify: bool | str | ssl.SSLContext = True,
    cert: CertTypes | None = None,
    proxy: str | None = None,
    trust_env: bool = True,
    token_margin: float = DEFAULT_TOKEN_MARGIN,
    refresh_cooldown: float = DEFAULT_REFRESH_COOLDOWN,
    retry_policy: RetryPolicy | None = None,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    strict: bool = False,
    httpx_args: Mapping[str, Any] | None = None,
) -> yiyiqian_client.Client:
    """A generated client ready for every operation module, sync and async.

    `app_id` / `app_secret` drive the OAuth client_credentials flow; give `access_token` instead
    to use a fixed token. The token and the app id header go only to the base URL's origin.

    `timeout` is the deadline of a whole call, token fetch, retries, backoff and body included
    (default 30 s, a connection attempt at most 5 s of it); an `httpx.Timeout` sets the phases
    instead and its largest value is the deadline. `max_response_bytes` caps an answer after
    decompression (default 64 MiB). `strict=True` raises ResponseDecodeError for success answers
    whose `data` differs from the spec, instead of returning them with a warning.

    Proxies come from `proxy=` or, with `trust_env` (default), from HTTPS_PROXY / HTTP_PROXY /
    ALL_PROXY / NO_PROXY; `verify` (a CA bundle path or an SSLContext) and `cert` (a client
    certificate) apply to every connection, proxied or not. `httpx_args` reach both httpx clients
    (limits, headers, event hooks...); `transport` / `async_transport` there replace the network
    layer (for example with `httpx.MockTransport`) and are still wrapped by the retry policy.
    """
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise ConfigurationError("base_url is not a valid URL") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError("base_url must be an http(s) URL with a host")
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError("max_retries must be an integer >= 0")
    if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int) or max_response_bytes < 1024:
        raise ConfigurationError("max_response_bytes must be an integer >= 1024")
    extra = dict(httpx_args or {})
    reserved = _RESERVED_HTTPX_ARGS & extra.keys()
    if reserved:
        raise ConfigurationError(f"set {sorted(reserved)} through connect()'s own options")
    phases, total = _limits(timeout)
    configure_from_env()
    protect_library_logs()

    policy = retry_policy or RetryPolicy(max_retries=max_retries)
    context = ssl_context(verify, cert)
    # Connection-pool options belong to the transports made here (httpx ignores a client's own
    # `limits` once it is given a transport).
    pool: dict[str, Any] = {k: extra.pop(k) for k in ("limits", "http1", "http2") if k in extra}
    sync_inner = extra.pop("transport", None)
    async_inner = extra.pop("async_transport", None)
    if sync_inner is None or async_inner is None:
        own_sync, own_async = transports(context, proxy=proxy, trust_env=trust_env, pool=pool)
        sync_inner = sync_inner or own_sync
        if async_inner is None:
            async_inner = sync_inner if isinstance(sync_inner, httpx.AsyncBaseTransport) else own_async
    user_supplied_async = "async_transport" in (httpx_args or {}) or isinstance(sync_inner, httpx.AsyncBaseTransport)

    secrets = Secrets(app_secret, access_token)
    sync_transport = RetryTransport(sync_inner, policy, max_response_bytes)
    async_transport = AsyncRetryTransport(async_inner, policy, max_response_bytes)
    token_http = SyncHTTPClient(
        call_timeout=total, secrets=secrets, transport=sync_transport, timeout=phases, trust_env=False
    )
    auth = SignitAuth(
        app_id=app_id,
        app_secret=app_secret,
        access_token=access_token,
        base_url=url,
        margin=token_margin,
        refresh_cooldown=refresh_cooldown,
        http=token_http,
        secrets=secrets,
    )
    checker = ResponseChecker(base_path=url.path.rstrip("/"), secrets=secrets, strict=strict, origin=auth.origin)

    def rebuild_async() -> None:
        """A fresh async pool for a new event loop (the old loop's connections died with it)."""
        if not user_supplied_async:
            async_transport.inner = transports(context, proxy=proxy, trust_env=trust_env, pool=pool)[1]

    user_hooks = extra.pop("event_hooks", {})
    headers = {
        "User-Agent": f"yiyiqian-python/{__version__}",
        "Accept-Encoding": ACCEPT_ENCODING,
        **extra.pop("headers", {}),
    }
    kit = _Kit(
        base_url=url,
        sync_transport=sync_transport,
        async_transport=async_transport,
        auth=auth,
        checker=checker,
        secrets=secrets,
        extra=extra,
        user_hooks=user_hooks,
        binding=LoopBinding(rebuild_async),
    )
    return _make(kit, phases, total, headers)


def auth_of(client: yiyiqian_client.Client) -> SignitAuth:
    """The SignitAuth of a connected client (to read `token_requests`, or to `invalidate()`)."""
    auth = client.get_httpx_client().auth
    if not isinstance(auth, SignitAuth):
        raise ConfigurationError("this client was not made by yiyiqian.connect()")
    return auth
