"""A real sandbox on 127.0.0.1 (uvicorn in a thread) for tests that need real HTTP."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import uvicorn
from yiyiqian_sandbox import Sandbox, SandboxConfig, create_app


@dataclass
class RunningSandbox:
    url: str
    sandbox: Sandbox
    server: uvicorn.Server

    def settle(self, timeout: float = 30.0) -> None:
        """Wait for the sandbox's background work and webhook deliveries."""
        loop = self.sandbox.loop
        assert loop is not None
        asyncio.run_coroutine_threadsafe(self.sandbox.settle(timeout), loop).result(timeout + 5)


@contextmanager
def running_sandbox(config: SandboxConfig) -> Iterator[RunningSandbox]:
    app = create_app(config)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the sandbox did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield RunningSandbox(f"http://127.0.0.1:{port}", app.state.sandbox, server)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
