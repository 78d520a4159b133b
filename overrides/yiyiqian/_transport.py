"""Retries below httpx: idempotent calls are retried, signing calls never after they may have landed.

GET (and the other idempotent methods) are retried on connection errors, on 429 (honouring
Retry-After up to a cap) and on 502/503/504, with exponential backoff and full jitter.
POST is retried only when the request certainly never reached the server (the connection
could not be opened, or no pooled connection was free): a duplicate signature is worse than an
error. A request whose body is a one-shot stream is never sent twice.

Every attempt and every pause fits in the call's deadline (`_deadline`): no retry starts, and no
backoff is slept, that the deadline would cut short. The body is read here, within the size cap
(`_body`), so that a connection lost halfway through an answer is retried like any other network
error. Once the retries are spent, httpx's network errors become TransportError / RequestTimeout.
"""

from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

import anyio
import httpx

from ._body import DEFAULT_MAX_RESPONSE_BYTES, aread_bounded, read_bounded
from ._deadline import remaining
from ._logging import logger, scrub
from .errors import ConfigurationError, RequestTimeout, TransportError

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
# Failures that happen before a byte of the request is sent: safe to retry for any method.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def replayable(request: httpx.Request) -> bool:
    """Can this request's body be sent again (bytes, or a stream that says it replays)?"""
    stream = request.stream
    return isinstance(stream, httpx.ByteStream) or bool(getattr(stream, "replayable", False))


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    backoff_base: float = 0.25  # seconds; the n-th retry waits up to base * 2**n
    backoff_max: float = 8.0
    retry_after_max: float = 30.0  # a longer Retry-After is not waited for
    jitter: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ConfigurationError("max_retries must be an integer >= 0")
        for name in ("backoff_base", "backoff_max", "retry_after_max"):
            value = getattr(self, name)
            if not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
                raise ConfigurationError(f"{name} must be a finite number >= 0")

    def should_retry_error(self, request: httpx.Request, exc: httpx.TransportError) -> bool:
        if isinstance(exc, NOT_SENT):
            return True
        return (
            request.method in IDEMPOTENT_METHODS
            and replayable(request)
            and not isinstance(exc, httpx.UnsupportedProtocol | httpx.ProxyError)
        )

    def should_retry_response(self, request: httpx.Request, response: httpx.Response) -> bool:
        return request.method in IDEMPOTENT_METHODS and response.status_code in RETRY_STATUSES and replayable(request)

    def delay(self, retry: int, retry_after: str | None = None) -> float | None:
        """Seconds to wait before retry number `retry` (0-based); None: do not retry."""
        if retry_after:
            wait = parse_retry_after(retry_after)
            if wait is not None:
                return wait if wait <= self.retry_after_max else None
        return self.jitter.uniform(0, min(self.backoff_max, self.backoff_base * 2**retry))


def parse_retry_after(value: str) -> float | None:
    """Seconds from a Retry-After value (delta-seconds or an HTTP date); None when unreadable."""
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value) if len(value) < 10 else math.inf
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    try:
        return max(0.0, when.timestamp() - time.time())
    except (OverflowError, ValueError, OSError):
        return None


def translate(exc: httpx.TransportError, request: httpx.Request) -> TransportError:
    cls = RequestTimeout if isinstance(exc, httpx.TimeoutException) else TransportError
    message = scrub(str(exc)) or type(exc).__name__
    return cls(f"{type(exc).__name__}: {message}", method=request.method, path=request.url.path)


def _deadline_passed(request: httpx.Request) -> RequestTimeout:
    return RequestTimeout("the call's deadline has passed", method=request.method, path=request.url.path)


def _fits(wait: float | None) -> float | None:
    """The pause, if the deadline leaves room for it and for an attempt after it."""
    return wait if wait is not None and wait < remaining() else None


class RetryTransport(httpx.BaseTransport):
    def __init__(
        self, inner: httpx.BaseTransport, policy: RetryPolicy, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    ) -> None:
        self.inner = inner
        self.policy = policy
        self.max_response_bytes = max_response_bytes

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        for retry in range(self.policy.max_retries + 1):
            if remaining() <= 0:
                raise _deadline_passed(request)
            last = retry == self.policy.max_retries
            try:
                response = self.inner.handle_request(request)
                read_bounded(response, self.max_response_bytes)
            except httpx.TransportError as exc:
                wait = None if last or not self.policy.should_retry_error(request, exc) else self.policy.delay(retry)
                if _fits(wait) is None:
                    raise translate(exc, request) from exc
                _log_retry(request, type(exc).__name__, wait)
                time.sleep(wait or 0)
                continue
            if last or not self.policy.should_retry_response(request, response):
                return response
            wait = _fits(self.policy.delay(retry, response.headers.get("retry-after")))
            if wait is None:
                return response
            _log_retry(request, f"HTTP {response.status_code}", wait)
            time.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self.inner = inner
        self.policy = policy
        self.max_response_bytes = max_response_bytes

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        for retry in range(self.policy.max_retries + 1):
            if remaining() <= 0:
                raise _deadline_passed(request)
            last = retry == self.policy.max_retries
            try:
                response = await self.inner.handle_async_request(request)
                await aread_bounded(response, self.max_response_bytes)
            except httpx.TransportError as exc:
                wait = None if last or not self.policy.should_retry_error(request, exc) else self.policy.delay(retry)
                if _fits(wait) is None:
                    raise translate(exc, request) from exc
                _log_retry(request, type(exc).__name__, wait)
                await anyio.sleep(wait or 0)
                continue
            if last or not self.policy.should_retry_response(request, response):
                return response
            wait = _fits(self.policy.delay(retry, response.headers.get("retry-after")))
            if wait is None:
                return response
            _log_retry(request, f"HTTP {response.status_code}", wait)
            await anyio.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    async def aclose(self) -> None:
        await self.inner.aclose()


def _log_retry(request: httpx.Request, why: str, wait: float | None) -> None:
    logger.warning("%s %s: %s, retrying in %.2f s", request.method, request.url.path, why, wait or 0)
