"""Signed webhook deliveries, as the platform makes them.

Every event is POSTed to each subscriber with the X-Signit-* headers and an HMAC-SHA512
signature (yiyiqian.webhooks.sign, the algorithm checked against the vendor's captures).
Sandbox policy (the vendor's is not public): a 2xx answer is a delivery; anything else, or no
answer within 10 s, is retried up to `webhook_attempts` times with backoff 0.5 s, 1 s, 2 s, ...
Every attempt is logged in SQLite (GET /_sandbox/webhooks/deliveries).

Deliveries are rows of an outbox written with the state change that caused them
(`outbox_rows`, then Store.commit); `pump` sends every row still due, at start-up too, so a
crash loses none. Each row keeps one X-Signit-Nonce for all its attempts: a receiver can drop
the rare second copy of a delivery whose answer was lost in a crash.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import time
from typing import Any

import httpx

from yiyiqian.webhooks import sign

from ._config import SandboxConfig
from ._ids import nonce
from ._store import OutboxRow, Store

log = logging.getLogger("yiyiqian_sandbox.webhooks")
_CST = dt.timezone(dt.timedelta(hours=8))


def java_date(moment: dt.datetime | None = None) -> str:
    """Java's Date.toString() in China Standard Time: `Thu Apr 25 19:47:33 CST 2019`."""
    return (moment or dt.datetime.now(_CST)).astimezone(_CST).strftime("%a %b %d %H:%M:%S CST %Y")


class WebhookDispatcher:
    def __init__(self, store: Store, config: SandboxConfig) -> None:
        self.store = store
        self.config = config
        self._tasks: set[asyncio.Task[None]] = set()
        self._client: httpx.AsyncClient | None = None
        self._in_flight: set[int] = set()
        for url in config.webhook_urls:
            store.add_subscriber(url)

    def body(self, event: str, description: str, raw_data: Any, url: str) -> bytes:
        """The JSON body of one delivery of `event` to `url` (strict JSON: no NaN or Infinity)."""
        return json.dumps(
            {
                "event": event,
                "eventDescription": description,
                "target": {"destination": url},
                "rawData": raw_data,
                "needCallBack": False,
            },
            ensure_ascii=True,
            separators=(",", ":"),
            allow_nan=False,
        ).encode()

    def outbox_rows(self, events: list[tuple[str, str, Any]]) -> list[OutboxRow]:
        """One delivery per event and subscriber, to commit with the state change."""
        urls = self.store.subscribers()
        return [
            OutboxRow(event, url, self.body(event, description, raw, url), nonce())
            for event, description, raw in events
            for url in urls
        ]

    def headers(self, event: str, url: str, body: bytes, delivery_nonce: str | None) -> dict[str, str]:
        """The signed X-Signit-* headers of one attempt."""
        target = httpx.URL(url)
        default_port = {"http": 80, "https": 443}.get(target.scheme)
        host = target.host if target.port in (None, default_port) else f"{target.host}:{target.port}"
        headers = {
            "Content-Type": "application/json",
            "X-Signit-Date": java_date(),
            "X-Signit-Host": host,
            "X-Signit-Scheme": target.scheme,
            "X-Signit-Resource": "",
            "X-Signit-Nonce": delivery_nonce or nonce(),
            "X-Signit-Event": event,
            "X-Signit-User_Agent": "Signit HTTP",
        }
        headers["X-Signit-Signature"] = sign(
            headers, body, app_id=self.config.app_id, app_secret=self.config.app_secret
        )
        return headers

    def pump(self) -> None:
        """Start sending every due delivery not already on its way (from the event loop)."""
        for delivery_id in self.store.due_deliveries(skip=self._in_flight):
            self._in_flight.add(delivery_id)
            task = asyncio.get_running_loop().create_task(self._deliver(delivery_id))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _deliver(self, delivery_id: int) -> None:
        try:
            row = self.store.delivery(delivery_id)
            if row is not None:
                await self._attempts(row)
        finally:
            self._in_flight.discard(delivery_id)

    async def _attempts(self, row: dict[str, Any]) -> None:
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=10.0)
        delivery_id, url, body = row["id"], row["url"], row["body"]
        wait = row["next_at"] - time.time()
        if wait > 0:
            await asyncio.sleep(wait)
        last_status: int | None = None
        error: str | None = None
        limit = self.config.webhook_attempts
        for attempt in range(row["attempts"] + 1, limit + 1):
            try:
                headers = self.headers(row["event"], url, body, row["nonce"])
                response = await self._client.post(url, content=body, headers=headers)
                last_status, error = response.status_code, None
                if response.is_success:
                    self.store.update_delivery(
                        delivery_id, status="delivered", attempts=attempt, last_status=last_status, last_error=None
                    )
                    return
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"[:200]
            if attempt < limit:
                pause = self.config.webhook_backoff * 2 ** (attempt - 1)
                self.store.update_delivery(
                    delivery_id,
                    status="retrying",
                    attempts=attempt,
                    last_status=last_status,
                    last_error=error,
                    next_at=time.time() + pause,
                )
                await asyncio.sleep(pause)
        log.warning("delivery %s failed after %s attempts", delivery_id, limit)
        self.store.update_delivery(
            delivery_id, status="failed", attempts=limit, last_status=last_status, last_error=error
        )

    async def drain(self, timeout: float = 10.0) -> None:
        """Wait for the deliveries in flight (tests, shutdown)."""
        deadline = time.monotonic() + timeout
        while self._tasks and time.monotonic() < deadline:
            await asyncio.wait(set(self._tasks), timeout=max(0.0, deadline - time.monotonic()))

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._client is not None:
            await self._client.aclose()
