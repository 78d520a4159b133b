"""Retries below httpx: idempotent calls are retried, signing calls never after they may have landed.

GET (and the other idempotent methods) are retried on connection errors, on 429 (honouring
Retry-After up to a cap) and on 502/503/504, with exponential backoff and full jitter.
POST is retried only when the request certainly never reached the server (the connection
could not be opened, or no pooled connection was free): a duplicate signature is worse than an
error. The body is read here too, so that a connection lost halfway through an answer is
handled like any other network error. Once the retries are spent, httpx's network errors
become yiyiqian TransportError / RequestTimeout, so callers handle one exception tree.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

import anyio
import httpx

from ._logging import logger, scrub
from .errors import RequestTimeout, TransportError

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
# Failures that happen before a byte of the request is sent: safe to retry for any method.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    backoff_base: float = 0.25  # seconds; the n-th retry waits up to base * 2**n
    backoff_max: float = 8.0
    retry_after_max: float = 30.0  # a longer Retry-After is not waited for
    jitter: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def should_retry_error(self, request: httpx.Request, exc: httpx.TransportError) -> bool:
        return isinstance(exc, NOT_SENT) or (
            request.method in IDEMPOTENT_METHODS and not isinstance(exc, httpx.UnsupportedProtocol)
        )

    def should_retry_response(self, request: httpx.Request, response: httpx.Response) -> bool:
        return request.method in IDEMPOTENT_METHODS and response.status_code in RETRY_STATUSES

    def delay(self, retry: int, retry_after: str | None = None) -> float | None:
        """Seconds to wait before retry number `retry` (0-based); None: do not retry."""
        if retry_after:
            wait = _parse_retry_after(retry_after)
            if wait is not None:
                return wait if wait <= self.retry_after_max else None
        return self.jitter.uniform(0, min(self.backoff_max, self.backoff_base * 2**retry))


def _parse_retry_after(value: str) -> float | None:
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def translate(exc: httpx.TransportError, request: httpx.Request) -> TransportError:
    cls = RequestTimeout if isinstance(exc, httpx.TimeoutException) else TransportError
    message = scrub(str(exc)) or type(exc).__name__
    return cls(f"{type(exc).__name__}: {message}", method=request.method, path=request.url.path)


class RetryTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy) -> None:
        self.inner = inner
        self.policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        for retry in range(self.policy.max_retries + 1):
            last = retry == self.policy.max_retries
            try:
                response = self.inner.handle_request(request)
                response.read()
            except httpx.TransportError as exc:
                wait = None if last or not self.policy.should_retry_error(request, exc) else self.policy.delay(retry)
                if wait is None:
                    raise translate(exc, request) from exc
                _log_retry(request, type(exc).__name__, wait)
                time.sleep(wait)
                continue
            if last or not self.policy.should_retry_response(request, response):
                return response
            wait = self.policy.delay(retry, response.headers.get("retry-after"))
            if wait is None:
                return response
            response.close()
            _log_retry(request, f"HTTP {response.status_code}", wait)
            time.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self.inner = inner
        self.policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        for retry in range(self.policy.max_retries + 1):
            last = retry == self.policy.max_retries
            try:
                response = await self.inner.handle_async_request(request)
                await response.aread()
            except httpx.TransportError as exc:
                wait = None if last or not self.policy.should_retry_error(request, exc) else self.policy.delay(retry)
                if wait is None:
                    raise translate(exc, request) from exc
                _log_retry(request, type(exc).__name__, wait)
                await anyio.sleep(wait)
                continue
            if last or not self.policy.should_retry_response(request, response):
                return response
            wait = self.policy.delay(retry, response.headers.get("retry-after"))
            if wait is None:
                return response
            await response.aclose()
            _log_retry(request, f"HTTP {response.status_code}", wait)
            await anyio.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    async def aclose(self) -> None:
        await self.inner.aclose()


def _log_retry(request: httpx.Request, why: str, wait: float) -> None:
    logger.warning("%s %s: %s, retrying in %.2f s", request.method, request.url.path, why, wait)
