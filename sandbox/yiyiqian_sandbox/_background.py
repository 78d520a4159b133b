"""A sandbox served by uvicorn on 127.0.0.1 in a background thread, for test suites and tools.

with yiyiqian_sandbox.serve_in_background(SandboxConfig()) as server:
    client = yiyiqian.connect(server.url, app_id=DEFAULT_APP_ID, app_secret=DEFAULT_APP_SECRET)
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import uvicorn

from ._app import create_app
from ._config import SandboxConfig
from ._state import Sandbox
from .control import SandboxControl


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class BackgroundSandbox:
    url: str
    sandbox: Sandbox
    server: uvicorn.Server

    @property
    def control_token(self) -> str:
        """The secret of this sandbox's /_sandbox control calls (header X-Sandbox-Control-Token)."""
        return self.sandbox.control_token

    @property
    def control(self) -> SandboxControl:
        """A typed client for this sandbox's control calls."""
        return SandboxControl(self.url, self.sandbox.control_token)

    def settle(self, timeout: float = 30.0) -> None:
        """Wait for the sandbox's background work and webhook deliveries to finish."""
        loop = self.sandbox.loop
        if loop is not None:
            asyncio.run_coroutine_threadsafe(self.sandbox.settle(timeout), loop).result(timeout + 5)


@contextmanager
def serve_in_background(config: SandboxConfig | None = None, *, port: int = 0) -> Iterator[BackgroundSandbox]:
    """Serve a sandbox until the block ends; port 0 picks a free one."""
    config = config or SandboxConfig.from_env()
    config.host = "127.0.0.1"
    app = create_app(config)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="yiyiqian-sandbox", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the sandbox did not start")
        time.sleep(0.01)
    bound = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield BackgroundSandbox(f"http://127.0.0.1:{bound}", app.state.sandbox, server)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
