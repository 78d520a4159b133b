"""Fault injection for reliability tests: latency, 5xx, dropped connections, malformed bodies, token expiry.

Faults apply to the vendor API paths only (not to the token endpoint or /_sandbox control
calls), each picked at random with its configured rate from a seeded generator, so a run can be
repeated. Change them at run time with PUT /_sandbox/faults.
"""

from __future__ import annotations

import asyncio
import json
import random
import threading
from dataclasses import asdict
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._config import Faults
from ._store import Store

HTML_PAGE = (
    b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
    b"</center><hr><center>nginx</center></body></html>"
)


class ConnectionDropped(Exception):
    """Raised after a partial answer so that the server closes the connection mid-response."""


class FaultInjector:
    def __init__(self, faults: Faults, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self.configure(faults)

    def configure(self, faults: Faults) -> None:
        with self._lock:
            self.faults = faults
            self._random = random.Random(faults.seed)
            self._calls = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self.faults)

    def pick(self) -> tuple[float, str | None]:
        """(added latency in seconds, failure or None) for the next API call."""
        with self._lock:
            f, r = self.faults, self._random
            self._calls += 1
            if f.token_expiry_every and self._calls % f.token_expiry_every == 0:
                self.store.expire_tokens()
                self.store.bump("forced_token_expiries")
            latency = f.latency_ms / 1000 if f.latency_rate and r.random() < f.latency_rate else 0.0
            roll = r.random()
            for name, rate in (("drop", f.drop_rate), ("error", f.error_rate), ("malformed", f.malformed_rate)):
                if roll < rate:
                    self.store.bump(f"faults_{name}")
                    return latency, name
                roll -= rate
            return latency, None

    def variant(self, n: int) -> int:
        with self._lock:
            return self._random.randrange(n)


class FaultMiddleware:
    """Pure ASGI, so that it can break a connection the way a real network does."""

    def __init__(self, app: ASGIApp, injector: FaultInjector) -> None:
        self.app = app
        self.injector = injector

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if (
            scope["type"] != "http"
            or path.startswith("/_sandbox")
            or path.endswith("/oauth/token")
            or not self.injector.faults.any()
        ):
            await self.app(scope, receive, send)
            return
        latency, failure = self.injector.pick()
        if latency:
            await asyncio.sleep(latency)
        if failure is None:
            await self.app(scope, receive, send)
        elif failure == "drop":
            await _start(send, 200, b"application/json", 1000)
            await send({"type": "http.response.body", "body": b'{"code": "1001', "more_body": True})
            raise ConnectionDropped("fault injection: connection dropped")
        elif failure == "error":
            await self._error(send)
        else:
            await self._malformed(send)

    async def _error(self, send: Send) -> None:
        status = (500, 502, 503)[self.injector.variant(3)]
        if status == 502:
            await _answer(send, status, b"text/html", HTML_PAGE)
        else:
            body = json.dumps({"code": "100500500", "message": "系统繁忙 (sandbox fault)"}).encode()
            await _answer(send, status, b"application/json", body)

    async def _malformed(self, send: Send) -> None:
        if self.injector.variant(2):
            await _answer(send, 200, b"text/html", HTML_PAGE)
        else:
            await _answer(send, 200, b"application/json", b'{"code": "100100000", "message": "\xe6\x93')


async def _start(send: Send, status: int, content_type: bytes, length: int) -> None:
    message: Message = {
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", content_type), (b"content-length", str(length).encode())],
    }
    await send(message)


async def _answer(send: Send, status: int, content_type: bytes, body: bytes) -> None:
    await _start(send, status, content_type, len(body))
    await send({"type": "http.response.body", "body": body})
