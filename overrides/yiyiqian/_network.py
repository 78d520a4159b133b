"""The network layer under the retry transports: deadline-aware sockets, proxies, TLS.

`transports()` builds the sync and async httpx transports for connect(): direct, or through the
proxy given explicitly or found in the environment (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY),
each with the configured CA bundle and client certificate. Because connect() hands httpx its own
transport (to put the retry policy under it), httpx would no longer look at the environment:
the routing is done here instead.
"""

from __future__ import annotations

import ssl
import urllib.request
from collections.abc import Callable, Mapping
from typing import Any

import httpcore
import httpx

from ._deadline import capped
from .errors import ConfigurationError

CertTypes = str | tuple[str, str] | tuple[str, str, str]


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, capped(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, capped(timeout, phase=httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        tls = self._inner.start_tls(ssl_context, server_hostname, capped(timeout, phase=httpcore.ConnectTimeout))
        return _DeadlineStream(tls)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's socket backend, with every wait cut short at the current call's deadline."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host, port, capped(timeout, phase=httpcore.ConnectTimeout), local_address, socket_options
        )
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_unix_socket(path, capped(timeout, phase=httpcore.ConnectTimeout), socket_options)
        return _DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _with_deadlines(transport: httpx.HTTPTransport) -> httpx.HTTPTransport:
    # httpx 0.28 has no public hook for the network backend; the pool keeps it here (pinned <0.29).
    pool = transport._pool
    pool._network_backend = _DeadlineBackend(pool._network_backend)
    return transport


def ssl_context(verify: bool | str | ssl.SSLContext, cert: CertTypes | None) -> ssl.SSLContext:
    """The TLS context of every connection; verification cannot be turned off."""
    if verify is False:
        raise ConfigurationError(
            "TLS verification cannot be turned off; pass verify='/path/to/ca-bundle.pem' "
            "for a deployment with its own certificate authority"
        )
    try:
        if isinstance(verify, ssl.SSLContext):
            context = verify
        elif verify is True:
            context = httpx.create_ssl_context()
        elif isinstance(verify, str):
            context = ssl.create_default_context(cafile=verify)
        else:
            raise ConfigurationError(f"verify must be True, a CA bundle path or an ssl.SSLContext, not {verify!r}")
        if cert is not None:
            if isinstance(cert, str):
                context.load_cert_chain(cert)
            elif isinstance(cert, tuple) and len(cert) in (2, 3):
                context.load_cert_chain(*cert)
            else:
                raise ConfigurationError("cert must be a path, (cert, key) or (cert, key, password)")
    except (OSError, ssl.SSLError) as exc:
        reason = exc.strerror or type(exc).__name__
        raise ConfigurationError(f"cannot load the CA bundle or the client certificate: {reason}") from None
    return context


def proxy_routes(proxy: str | None, trust_env: bool) -> tuple[dict[str, str], Callable[[str], bool]]:
    """Proxy URL by scheme ("http", "https"), and a test for hosts that bypass it (NO_PROXY)."""
    if proxy is not None:
        url = httpx.URL(proxy)
        if url.scheme not in ("http", "https", "socks5", "socks5h"):
            raise ConfigurationError("proxy must be an http://, https:// or socks5:// URL")
        return {"http": proxy, "https": proxy}, lambda host: False
    if not trust_env:
        return {}, lambda host: True
    found = urllib.request.getproxies_environment()
    routes = {scheme: found.get(scheme) or found.get("all", "") for scheme in ("http", "https")}
    routes = {scheme: url for scheme, url in routes.items() if url}
    bypass = urllib.request.proxy_bypass_environment  # type: ignore[attr-defined]  # public, untyped
    return routes, lambda host: bool(bypass(host, found))


class _Router:
    """Picks the direct or the proxied transport of a request by its scheme and host."""

    def __init__(self, direct: Any, proxied: Mapping[str, Any], bypass: Callable[[str], bool]) -> None:
        self.direct, self.proxied, self.bypass = direct, dict(proxied), bypass

    def pick(self, url: httpx.URL) -> Any:
        proxied = self.proxied.get(url.scheme)
        if proxied is None or self.bypass(url.host):
            return self.direct
        return proxied

    def all(self) -> list[Any]:
        return [self.direct, *self.proxied.values()]


class RoutingTransport(httpx.BaseTransport):
    def __init__(self, router: _Router) -> None:
        self.router = router

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        transport: httpx.BaseTransport = self.router.pick(request.url)
        return transport.handle_request(request)

    def close(self) -> None:
        for transport in self.router.all():
            transport.close()


class AsyncRoutingTransport(httpx.AsyncBaseTransport):
    def __init__(self, router: _Router) -> None:
        self.router = router

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        transport: httpx.AsyncBaseTransport = self.router.pick(request.url)
        return await transport.handle_async_request(request)

    async def aclose(self) -> None:
        for transport in self.router.all():
            await transport.aclose()


def transports(
    context: ssl.SSLContext, *, proxy: str | None, trust_env: bool, pool: Mapping[str, Any]
) -> tuple[httpx.BaseTransport, httpx.AsyncBaseTransport]:
    """The sync and async network transports for connect()."""
    routes, bypass = proxy_routes(proxy, trust_env)
    try:
        sync = _Router(
            _with_deadlines(httpx.HTTPTransport(verify=context, **pool)),
            {s: _with_deadlines(httpx.HTTPTransport(verify=context, proxy=u, **pool)) for s, u in routes.items()},
            bypass,
        )
        async_ = _Router(
            httpx.AsyncHTTPTransport(verify=context, **pool),
            {s: httpx.AsyncHTTPTransport(verify=context, proxy=u, **pool) for s, u in routes.items()},
            bypass,
        )
    except (ValueError, ImportError, httpx.InvalidURL) as exc:
        # The proxy URL may hold a password: name the failure, not the URL.
        raise ConfigurationError(f"cannot use the proxy ({type(exc).__name__})") from None
    return RoutingTransport(sync), AsyncRoutingTransport(async_)
