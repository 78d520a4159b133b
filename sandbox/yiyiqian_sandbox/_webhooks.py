"""Signed webhook deliveries, as the platform makes them.

Every event is POSTed to each subscriber with the X-Signit-* headers and an HMAC-SHA512
signature (yiyiqian.webhooks.sign, the algorithm checked against the vendor's captures).
Sandbox policy (the vendor's is not public): a 2xx answer is a delivery; anything else, or no
answer within 10 s, is retried up to `webhook_attempts` times with backoff 0.5 s, 1 s, 2 s, ...
Every attempt is logged in SQLite (GET /_sandbox/webhooks/deliveries).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from typing import Any

import httpx

from yiyiqian.webhooks import sign

from ._config import SandboxConfig
from ._ids import nonce
from ._store import Store

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
        for url in config.webhook_urls:
            store.add_subscriber(url)

    def build(self, event: str, description: str, raw_data: Any, url: str) -> tuple[bytes, dict[str, str]]:
        """The body and headers of one delivery of `event` to `url`."""
        body = json.dumps(
            {
                "event": event,
                "eventDescription": description,
                "target": {"destination": url},
                "rawData": raw_data,
                "needCallBack": False,
            },
            ensure_ascii=True,
            separators=(",", ":"),
        ).encode()
        target = httpx.URL(url)
        default_port = {"http": 80, "https": 443}.get(target.scheme)
        host = target.host if target.port in (None, default_port) else f"{target.host}:{target.port}"
        headers = {
            "Content-Type": "application/json",
            "X-Signit-Date": java_date(),
            "X-Signit-Host": host,
            "X-Signit-Scheme": target.scheme,
            "X-Signit-Resource": "",
            "X-Signit-Nonce": nonce(),
            "X-Signit-Event": event,
            "X-Signit-User_Agent": "Signit HTTP",
        }
        headers["X-Signit-Signature"] = sign(
            headers, body, app_id=self.config.app_id, app_secret=self.config.app_secret
        )
        return body, headers

    def emit(self, event: str, description: str, raw_data: Any) -> None:
        """Queue a delivery to every subscriber (from the event loop of the running server)."""
        for url in self.store.subscribers():
            body, headers = self.build(event, description, raw_data, url)
            delivery_id = self.store.new_delivery(event, url, body)
            task = asyncio.get_running_loop().create_task(self._deliver(delivery_id, url, body, headers))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _deliver(self, delivery_id: int, url: str, body: bytes, headers: dict[str, str]) -> None:
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=10.0)
        last_status: int | None = None
        error: str | None = None
        for attempt in range(1, self.config.webhook_attempts + 1):
            try:
                response = await self._client.post(url, content=body, headers=headers)
                last_status, error = response.status_code, None
                if response.is_success:
                    self.store.update_delivery(
                        delivery_id, status="delivered", attempts=attempt, last_status=last_status, last_error=None
                    )
                    return
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"
            if attempt < self.config.webhook_attempts:
                self.store.update_delivery(
                    delivery_id, status="retrying", attempts=attempt, last_status=last_status, last_error=error
                )
                await asyncio.sleep(self.config.webhook_backoff * 2 ** (attempt - 1))
        log.warning("delivery %s to %s failed after %s attempts", delivery_id, url, self.config.webhook_attempts)
        self.store.update_delivery(
            delivery_id,
            status="failed",
            attempts=self.config.webhook_attempts,
            last_status=last_status,
            last_error=error,
        )

    async def drain(self, timeout: float = 10.0) -> None:
        """Wait for the deliveries in flight (tests, shutdown)."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=timeout)

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._client is not None:
            await self._client.aclose()
