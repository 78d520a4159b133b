"""OAuth token handling: one token for every thread and event loop, sent only to the platform.

`TokenSource` holds the token from `GET /v1/oauth/oauth/token` (client_credentials) until
`expires_in` (clamped to a sane range) minus a safety margin. Fetching is single-flight across
threads and event loops alike: the first caller that finds the cache cold fetches, every other
caller waits for that one fetch and gets its token, or its error (no queue of fetches). Async
callers wait in a worker thread, so the event loop never blocks and asyncio and trio both work.

`SignitAuth` is the `httpx.Auth` that adds `access_token` and `X-Signit-App-Id` to requests for
the base URL's origin, and to nothing else. An answer saying the token is invalid (HTTP 401, or
an OAuth `invalid_token` body on 400/401/403) refreshes the token once and sends the request
once more, unless the refused token is younger than `refresh_cooldown` seconds: a fresh token
that is refused is not an expiry, and refreshing it again would only multiply requests.
"""

from __future__ import annotations

import copy
import math
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from urllib.parse import quote

import anyio
import httpx

from ._deadline import remaining
from ._envelope import MAY_REFRESH, error_for, is_invalid_token, json_object, message_text, oauth_error_of
from ._logging import Secrets
from ._origin import Origin
from ._transport import replayable
from .errors import (
    AuthenticationError,
    ConfigurationError,
    RequestTimeout,
    ResponseDecodeError,
    TransportError,
    YiyiqianError,
)

TOKEN_PATH = "/v1/oauth/oauth/token"
# When the token answer has no usable expires_in: the fallback of the third-party PHP SDK (the
# vendor's own Java SDK keeps a token until the server refuses it). A refusal refreshes it anyway.
DEFAULT_TOKEN_LIFETIME = 7200.0
DEFAULT_TOKEN_MARGIN = 60.0
DEFAULT_REFRESH_COOLDOWN = 2.0
TOKEN_LIFETIME_RANGE = (1.0, 30 * 86400.0)  # an expires_in outside it is clamped into it


def token_lifetime(expires_in: object) -> float:
    """Seconds a token lives, from the answer's `expires_in` (clamped, never inf or NaN)."""
    if isinstance(expires_in, bool) or not isinstance(expires_in, int | float | str):
        return DEFAULT_TOKEN_LIFETIME
    try:
        seconds = float(expires_in)
    except (ValueError, OverflowError):
        return DEFAULT_TOKEN_LIFETIME
    if not math.isfinite(seconds) or seconds <= 0:
        return DEFAULT_TOKEN_LIFETIME
    low, high = TOKEN_LIFETIME_RANGE
    return min(max(seconds, low), high)


class _Flight:
    """One token fetch under way, which later callers wait for."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.token: str | None = None
        self.error: YiyiqianError | None = None


class TokenSource:
    """The app's current access token, fetched once for all callers."""

    def __init__(
        self,
        *,
        app_id: str,
        app_secret: str | None,
        access_token: str | None,
        token_url: httpx.URL,
        http: httpx.Client | None,
        margin: float = DEFAULT_TOKEN_MARGIN,
        refresh_cooldown: float = DEFAULT_REFRESH_COOLDOWN,
        clock: Callable[[], float] = time.monotonic,
        secrets: Secrets | None = None,
    ) -> None:
        self.app_id = app_id
        self._app_secret = app_secret
        self._fixed = access_token is not None
        self._token = access_token
        self._expires_at = math.inf if self._fixed else 0.0
        self._fetched_at = -math.inf
        self._token_url = token_url
        self._http = http
        self._margin = margin
        self._cooldown = refresh_cooldown
        self._clock = clock
        self._lock = threading.Lock()
        self._flight: _Flight | None = None
        self.secrets = secrets or Secrets(app_secret)
        if access_token:
            self.secrets.add_token(access_token)
        self.requests = 0  # token requests sent (observability, tests)

    def __repr__(self) -> str:
        state = "fixed" if self._fixed else ("cached" if self._token else "none")
        return f"TokenSource(app_id={self.app_id!r}, token=<{state}>)"

    @property
    def fixed(self) -> bool:
        return self._fixed

    def _valid(self) -> bool:
        return self._token is not None and self._clock() < self._expires_at

    def invalidate(self) -> None:
        if not self._fixed:
            with self._lock:
                self._token = None

    def may_refresh(self, used: str) -> bool:
        """Would a refusal of `used` be answered with a new token?"""
        return not self._fixed and (used != self._token or self._clock() - self._fetched_at >= self._cooldown)

    # -- getting a token ----------------------------------------------------------------------
    def token(self) -> str:
        """The current token, fetched (once for all waiting callers) when there is none."""
        with self._lock:
            if self._valid():
                assert self._token is not None
                return self._token
            flight, mine = self._flight, False
            if flight is None:
                flight, mine = _Flight(), True
                self._flight = flight
        return self._fetch_for(flight) if mine else self._wait_for(flight)

    async def atoken(self) -> str:
        if self._valid() and self._token is not None:
            return self._token
        return await anyio.to_thread.run_sync(self.token, abandon_on_cancel=True)

    def refresh(self, used: str) -> str | None:
        """A new token after `used` was refused, or None when it should not be refreshed."""
        with self._lock:
            if self._fixed:
                return None
            if self._token != used and self._valid():
                return self._token  # somebody refreshed it meanwhile
            if self._clock() - self._fetched_at < self._cooldown:
                return None
            self._token = None
        return self.token()

    async def arefresh(self, used: str) -> str | None:
        return await anyio.to_thread.run_sync(self.refresh, used, abandon_on_cancel=True)

    def _wait_for(self, flight: _Flight) -> str:
        left = remaining()
        if not flight.done.wait(None if left == math.inf else max(left, 0.0)):
            raise RequestTimeout("waiting for the access token", method="GET", path=self._token_url.path)
        if flight.error is not None:
            raise copy.copy(flight.error)
        assert flight.token is not None
        return flight.token

    def _fetch_for(self, flight: _Flight) -> str:
        try:
            token, lifetime = self._fetch()
            flight.token = token
        except YiyiqianError as exc:
            flight.error = exc
            raise
        except Exception as exc:  # handed to the waiters as a typed error
            flight.error = TransportError(f"token fetch failed ({type(exc).__name__})", method="GET", path="")
            raise flight.error from None
        finally:
            with self._lock:
                if flight.token is not None:
                    now = self._clock()
                    self._token, self._fetched_at = flight.token, now
                    # The margin never eats more than a tenth of a short lifetime.
                    self._expires_at = now + lifetime - min(self._margin, lifetime / 10)
                elif flight.error is None:  # interrupted (cancelled, KeyboardInterrupt): waiters still get an answer
                    flight.error = TransportError("the token fetch was interrupted", method="GET", path="")
                self._flight = None
            flight.done.set()
        return token

    def _fetch(self) -> tuple[str, float]:
        if self._http is None:
            raise ConfigurationError("this token source has no HTTP client to fetch tokens with")
        params = {"client_id": self.app_id, "client_secret": self._app_secret or "", "grant_type": "client_credentials"}
        self.requests += 1
        response = self._http.get(self._token_url, params=params, headers={"Accept": "application/json"})
        token, lifetime = self._read(response)
        self.secrets.add_token(token)
        return token, lifetime

    def _read(self, response: httpx.Response) -> tuple[str, float]:
        if response.status_code != 200:
            raise error_for(response, self.secrets, "getAccessToken")
        body = json_object(response.content)
        token = body.get("access_token") if body is not None else None
        if isinstance(token, str) and token.strip() and token.isascii() and token.isprintable():
            return token, token_lifetime(body.get("expires_in") if body else None)
        refusal = oauth_error_of(400, response.content) if body is not None else None
        if refusal is not None and body is not None:  # an OAuth refusal sent with a 200
            raise AuthenticationError(
                message_text(body.get("error_description"), self.secrets) or refusal,
                code=refusal,
                status_code=response.status_code,
                method="GET",
                path=response.request.url.path,
                operation_id="getAccessToken",
                body=self.secrets.bytes(response.content),
            )
        raise ResponseDecodeError(
            "the token answer has no usable access_token",
            status_code=response.status_code,
            method="GET",
            path=response.request.url.path,
            body=self.secrets.bytes(response.content),
        )


class SignitAuth(httpx.Auth):
    """Adds the token and the app id to requests for the platform's origin, and only to them."""

    # A refused call is sent again with the same request: bodies from the generated code are
    # bytes, and the streams of yiyiqian.files replay themselves; a one-shot body is not resent.
    requires_request_body = False
    requires_response_body = True  # an invalid_token body is recognised by its content

    def __init__(
        self,
        *,
        app_id: str,
        app_secret: str | None = None,
        access_token: str | None = None,
        base_url: str | httpx.URL,
        margin: float = DEFAULT_TOKEN_MARGIN,
        refresh_cooldown: float = DEFAULT_REFRESH_COOLDOWN,
        clock: Callable[[], float] = time.monotonic,
        http: httpx.Client | None = None,
        secrets: Secrets | None = None,
    ) -> None:
        if not app_id or not isinstance(app_id, str):
            raise ConfigurationError("app_id is required")
        if not app_id.isascii() or not app_id.isprintable():
            raise ConfigurationError("app_id must be printable ASCII")
        if access_token is None and not app_secret:
            raise ConfigurationError("give app_secret (OAuth) or a fixed access_token")
        for name, value in (("token_margin", margin), ("refresh_cooldown", refresh_cooldown)):
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < math.inf:
                raise ConfigurationError(f"{name} must be a finite number >= 0")
        base = httpx.URL(base_url)
        self.app_id = app_id
        self.origin = Origin(base)
        self.tokens = TokenSource(
            app_id=app_id,
            app_secret=app_secret,
            access_token=access_token,
            token_url=base.copy_with(path=base.path.rstrip("/") + TOKEN_PATH, query=None, fragment=None),
            http=http or httpx.Client(follow_redirects=False),
            margin=margin,
            refresh_cooldown=refresh_cooldown,
            clock=clock,
            secrets=secrets,
        )

    def __repr__(self) -> str:
        return f"SignitAuth(app_id={self.app_id!r}, tokens={self.tokens!r})"

    @property
    def token_requests(self) -> int:
        """How many token requests were sent."""
        return self.tokens.requests

    def invalidate(self) -> None:
        """Forget the cached token: the next call fetches a new one."""
        self.tokens.invalidate()

    def _authorise(self, request: httpx.Request, token: str) -> None:
        query = request.url.query
        if b"access_token=" in query:  # a request sent again after a refresh: replace the old token
            request.url = request.url.copy_merge_params({"access_token": token})
        else:  # the hot path: one URL rebuild (httpx's merge would parse the URL twice)
            pair = b"access_token=" + quote(token, safe="").encode("ascii")
            request.url = request.url.copy_with(query=query + b"&" + pair if query else pair)
        request.headers["X-Signit-App-Id"] = self.app_id
        request.extensions[MAY_REFRESH] = self.tokens.may_refresh(token) and replayable(request)

    def _refusal(self, request: httpx.Request, response: httpx.Response) -> bool:
        return bool(request.extensions.get(MAY_REFRESH)) and is_invalid_token(response)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if not self.origin.owns(request.url):
            yield request  # credentials never leave the platform's origin
            return
        used = self.tokens.token()
        self._authorise(request, used)
        response = yield request
        if not self._refusal(request, response):
            return
        fresh = self.tokens.refresh(used)
        if fresh is None:
            raise error_for(response, self.tokens.secrets)
        self._authorise(request, fresh)
        request.extensions[MAY_REFRESH] = False
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if not self.origin.owns(request.url):
            yield request
            return
        used = await self.tokens.atoken()
        self._authorise(request, used)
        response = yield request
        if not self._refusal(request, response):
            return
        fresh = await self.tokens.arefresh(used)
        if fresh is None:
            raise error_for(response, self.tokens.secrets)
        self._authorise(request, fresh)
        request.extensions[MAY_REFRESH] = False
        yield request
