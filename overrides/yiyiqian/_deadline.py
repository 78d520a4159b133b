"""One deadline per call: token fetch, every attempt, backoff and reading the body.

The deadline travels in a context variable. Sync calls enforce it below httpx, in the network
stream (`_network`): every socket read, write and connect waits at most until the deadline, so a
peer that drip-feeds bytes cannot stretch a call (httpcore's own read timeout is per read).
Async calls are additionally wrapped in `anyio.fail_after`, which cancels wherever they wait.
"""

from __future__ import annotations

import contextvars
import math
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpcore

_DEADLINE: contextvars.ContextVar[float] = contextvars.ContextVar("yiyiqian_deadline", default=math.inf)


@contextmanager
def call_deadline(seconds: float) -> Iterator[float]:
    """Set the deadline `seconds` from now, unless an enclosing call ends sooner."""
    deadline = min(_DEADLINE.get(), time.monotonic() + seconds)
    token = _DEADLINE.set(deadline)
    try:
        yield deadline
    finally:
        _DEADLINE.reset(token)


def remaining() -> float:
    """Seconds left before the current call's deadline (inf outside a call)."""
    return _DEADLINE.get() - time.monotonic()


def capped(timeout: float | None, *, phase: type[Exception] = httpcore.ReadTimeout) -> float | None:
    """`timeout` shortened to the time left; raises `phase` when none is left."""
    left = remaining()
    if left == math.inf:
        return timeout
    if left <= 0:
        raise phase("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)
