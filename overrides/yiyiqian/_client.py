"""connect(): a generated `yiyiqian_client.Client` with auth, retries, typed errors and logging."""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from typing import Any

import httpx

import yiyiqian_client

from . import __version__
from ._auth import DEFAULT_TOKEN_MARGIN, TOKEN_PATH, SignitAuth
from ._envelope import ResponseChecker
from ._logging import configure_from_env, protect_library_logs
from ._transport import AsyncRetryTransport, RetryPolicy, RetryTransport
from .errors import ConfigurationError

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
_RESERVED_HTTPX_ARGS = frozenset({"auth", "base_url", "verify", "timeout", "follow_redirects"})


def _ssl_context(verify: bool | str | ssl.SSLContext) -> ssl.SSLContext:
    if isinstance(verify, ssl.SSLContext):
        return verify
    if verify is False:
        raise ConfigurationError(
            "TLS verification cannot be turned off; pass verify='/path/to/ca-bundle.pem' "
            "for a deployment with its own certificate authority"
        )
    if verify is True:
        return httpx.create_ssl_context()
    if isinstance(verify, str):
        try:
            return ssl.create_default_context(cafile=verify)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigurationError(f"cannot load the CA bundle {verify!r}: {exc}") from None
    raise ConfigurationError(f"verify must be True, a CA bundle path or an ssl.SSLContext, not {verify!r}")


def connect(
    base_url: str,
    *,
    app_id: str,
    app_secret: str | None = None,
    access_token: str | None = None,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    max_retries: int = 2,
    verify: bool | str | ssl.SSLContext = True,
    token_margin: float = DEFAULT_TOKEN_MARGIN,
    retry_policy: RetryPolicy | None = None,
    httpx_args: Mapping[str, Any] | None = None,
) -> yiyiqian_client.Client:
    """A generated client ready for every operation module, sync and async.

    `app_id` / `app_secret` drive the OAuth client_credentials flow; give `access_token` instead
    to use a fixed token. `httpx_args` reach both httpx clients (proxies, limits, headers, event
    hooks...); `transport` / `async_transport` there replace the network layer (for example with
    `httpx.MockTransport`) and are still wrapped by the retry policy.
    """
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"base_url must be an http(s) URL, not {base_url!r}")
    if max_retries < 0:
        raise ConfigurationError("max_retries must be >= 0")
    extra = dict(httpx_args or {})
    reserved = _RESERVED_HTTPX_ARGS & extra.keys()
    if reserved:
        raise ConfigurationError(f"set {sorted(reserved)} through connect()'s own options")
    configure_from_env()
    protect_library_logs()

    base_path = url.path.rstrip("/")
    policy = retry_policy or RetryPolicy(max_retries=max_retries)
    ssl_context = _ssl_context(verify)
    auth = SignitAuth(
        app_id=app_id,
        app_secret=app_secret,
        access_token=access_token,
        token_path=base_path + TOKEN_PATH,
        margin=token_margin,
    )
    # Connection-pool options belong to the transports made here (httpx ignores a client's own
    # `limits` once it is given a transport).
    pool = {k: extra.pop(k) for k in ("limits", "http1", "http2") if k in extra}
    sync_inner = extra.pop("transport", None) or httpx.HTTPTransport(verify=ssl_context, **pool)
    async_inner = extra.pop("async_transport", None)
    if async_inner is None:
        async_inner = (
            sync_inner
            if isinstance(sync_inner, httpx.AsyncBaseTransport)
            else httpx.AsyncHTTPTransport(verify=ssl_context, **pool)
        )
    user_hooks = extra.pop("event_hooks", {})
    headers = {"User-Agent": f"yiyiqian-python/{__version__}", **extra.pop("headers", {})}
    timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)

    client = yiyiqian_client.Client(
        base_url=str(url), timeout=timeout, verify_ssl=ssl_context, raise_on_unexpected_status=True
    )
    checker = ResponseChecker(base_path=base_path)
    common = {"base_url": url, "auth": auth, "timeout": timeout, "headers": headers, **extra}
    client.set_httpx_client(
        httpx.Client(
            transport=RetryTransport(sync_inner, policy),
            event_hooks={
                "request": [checker.on_request, *user_hooks.get("request", [])],
                "response": [checker.on_response, *user_hooks.get("response", [])],
            },
            **common,
        )
    )
    client.set_async_httpx_client(
        httpx.AsyncClient(
            transport=AsyncRetryTransport(async_inner, policy),
            event_hooks={
                "request": [checker.on_request_async, *user_hooks.get("async_request", [])],
                "response": [checker.on_response_async, *user_hooks.get("async_response", [])],
            },
            **common,
        )
    )
    if access_token is not None:
        _set_token_param(client, access_token)
    auth.on_token.append(lambda token: _set_token_param(client, token))
    return client


def _set_token_param(client: yiyiqian_client.Client, token: str) -> None:
    for http in (client.get_httpx_client(), client.get_async_httpx_client()):
        http.params = http.params.set("access_token", token)


def auth_of(client: yiyiqian_client.Client) -> SignitAuth:
    """The SignitAuth of a connected client (to read `token_requests`, or to `invalidate()`)."""
    auth = client.get_httpx_client().auth
    if not isinstance(auth, SignitAuth):
        raise ConfigurationError("this client was not made by yiyiqian.connect()")
    return auth
