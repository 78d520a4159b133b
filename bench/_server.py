"""The sandbox in its own process on 127.0.0.1, so that it does not share the client's GIL."""

from __future__ import annotations

import secrets
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from yiyiqian_sandbox import DEFAULT_APP_ID, DEFAULT_APP_SECRET, SandboxControl, free_port

# The control token of the sandboxes started here (their /_sandbox calls need it).
CONTROL_TOKEN = secrets.token_urlsafe(16)


def control(url: str) -> SandboxControl:
    return SandboxControl(url, CONTROL_TOKEN)


@contextmanager
def sandbox_process(*extra: str) -> Iterator[str]:
    """Start `python -m yiyiqian_sandbox` and yield its URL once it answers."""
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="yiyiqian-bench-") as state:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "yiyiqian_sandbox",
                "--port",
                str(port),
                "--state-dir",
                state,
                "--log-level",
                "warning",
                "--auto-login-after",
                "0",
                "--control-token",
                CONTROL_TOKEN,
                *extra,
            ],
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    httpx.get(url + "/_sandbox/stats", timeout=1)
                    break
                except httpx.TransportError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("the sandbox did not start") from None
                    time.sleep(0.1)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=30)


def token(url: str) -> str:
    answer = httpx.get(
        url + "/v1/oauth/oauth/token",
        params={"client_id": DEFAULT_APP_ID, "client_secret": DEFAULT_APP_SECRET, "grant_type": "client_credentials"},
    )
    return str(answer.json()["access_token"])


def token_requests(url: str) -> int:
    return int(control(url).stats()["counters"].get("token_requests", 0))
