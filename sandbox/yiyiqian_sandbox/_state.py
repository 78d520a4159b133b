"""One sandbox's state and background work, and the call object handlers receive.

Handlers change state only through `Sandbox.commit` (objects, the compare-and-set on their
status, and the webhook deliveries they cause, in one SQLite transaction) while holding
`Sandbox.lock` for the object they read, so that two calls never sign from the same stale copy.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import secrets
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool

from ._config import SandboxConfig
from ._core import CONFLICT, Event, SandboxError
from ._faults import FaultInjector
from ._pki import Pki
from ._signing import Signer
from ._store import Obj, StaleState, Store
from ._webhooks import WebhookDispatcher

log = logging.getLogger("yiyiqian_sandbox")
_LOCK_STRIPES = 256


@dataclass
class Call:
    """What a handler gets: the checked request and the sandbox."""

    sandbox: Sandbox
    operation_id: str
    query: Mapping[str, str]
    body: Any
    files: dict[str, bytes] = field(default_factory=dict)

    def field(self, name: str, default: Any = None) -> Any:
        return self.body.get(name, default) if isinstance(self.body, dict) else default


class Sandbox:
    """All the state of one sandbox: store, PKI, signer, webhooks, faults, background work."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.control_token = config.control_token or secrets.token_urlsafe(24)
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if config.state_dir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="yiyiqian-sandbox-")
            config.state_dir = Path(self._tmp.name)
        self.state_dir = Path(config.state_dir)
        self.state_dir.mkdir(parents=True, exist_ok=True)
        self.store = Store(self.state_dir / "sandbox.sqlite3")
        self.pki = Pki(self.state_dir / "pki")
        self.signer = Signer(self.pki)
        self.webhooks = WebhookDispatcher(self.store, config)
        self.faults = FaultInjector(config.faults, self.store)
        self.response_violations: list[str] = []
        self.loop: asyncio.AbstractEventLoop | None = None  # the server's loop, seen at start-up
        self._pending: set[asyncio.Task[None]] = set()
        self._locks = [threading.RLock() for _ in range(_LOCK_STRIPES)]

    # -- state changes ------------------------------------------------------------------------
    @contextlib.contextmanager
    def lock(self, kind: str, id: str) -> Iterator[None]:
        """Hold the lock of one object (striped: a few objects share one) for a read-modify-write."""
        stripe = int.from_bytes(hashlib.blake2b(f"{kind}\0{id}".encode(), digest_size=4).digest(), "big")
        with self._locks[stripe % _LOCK_STRIPES]:
            yield

    def commit(
        self,
        objs: Iterable[Obj] = (),
        events: list[Event] | None = None,
        *,
        expect: Mapping[tuple[str, str], str | None] | None = None,
        delete: Iterable[tuple[str, str]] = (),
    ) -> list[bool]:
        """Write objects and their webhook deliveries in one transaction, then start sending them."""
        rows = self.webhooks.outbox_rows(events or [])
        try:
            new = self.store.commit(objs, expect=expect, outbox=rows, delete=delete)
        except StaleState as exc:
            raise SandboxError(f"状态已变化: {exc.kind} 不再是 {exc.expected}", CONFLICT) from None
        if rows:
            self.kick_webhooks()
        return new

    def emit(self, events: list[Event]) -> None:
        """Queue webhook events that go with no state change."""
        self.commit((), events)

    def kick_webhooks(self) -> None:
        if self.loop is not None and not self.loop.is_closed():
            self._in_loop(self.webhooks.pump)

    # -- background work (callable from the event loop or from a handler's worker thread) ------
    def _in_loop(self, action: Callable[[], None]) -> None:
        if self.loop is None:
            raise RuntimeError("the sandbox has not started")
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is self.loop:
            action()
        else:
            self.loop.call_soon_threadsafe(action)

    def later(self, delay: float, work: Callable[[], object]) -> None:
        """Run `work` in a worker thread after `delay` s (it commits what it changes)."""

        async def run() -> None:
            await asyncio.sleep(delay)
            try:
                await run_in_threadpool(work)
            except SandboxError as exc:  # the state changed meanwhile (a user disabled, a signature done...)
                log.info("background work gave up: %s", exc.message)
            except Exception as exc:  # never let a background task die silently with a traceback
                log.error("background work failed: %s", type(exc).__name__)

        def start() -> None:
            task = asyncio.get_running_loop().create_task(run())
            self._pending.add(task)
            task.add_done_callback(self._pending.discard)

        self._in_loop(start)

    def attach_loop(self) -> None:
        """Remember the server's event loop (called from it) for work handed over from threads."""
        if self.loop is None:
            self.loop = asyncio.get_running_loop()

    async def settle(self, timeout: float = 30.0) -> None:
        """Wait until background work and webhook deliveries are done (tests)."""
        deadline = time.monotonic() + timeout
        while self._pending and time.monotonic() < deadline:
            await asyncio.wait(set(self._pending), timeout=deadline - time.monotonic())
        await self.webhooks.drain(max(0.0, deadline - time.monotonic()))

    async def aclose(self) -> None:
        for task in list(self._pending):
            task.cancel()
        await self.webhooks.aclose()
        self.store.close()
        if self._tmp is not None:
            self._tmp.cleanup()
