"""A small typed client for the /_sandbox control calls, shared by tests, examples and users.

with serve_in_background() as server:
    control = server.control            # or SandboxControl(url, token)
    control.confirm_login(login_id, user_job_id="lidd")
    with control.subscribed("http://127.0.0.1:9000/hook"):
        ...                             # deliveries go to the hook inside the block
    control.deliveries(status="delivered")
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

CONTROL_HEADER = "X-Sandbox-Control-Token"


class ControlCallError(Exception):
    """A control call was refused; `status` is its HTTP status, the message the sandbox's."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status


class SandboxControl:
    """The control calls of one sandbox (its URL and control token)."""

    def __init__(self, url: str, token: str, *, timeout: float = 30.0) -> None:
        self.url = url.rstrip("/")
        self._token = token
        self._timeout = timeout

    def __repr__(self) -> str:
        return f"SandboxControl({self.url!r})"  # never the token

    def _call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        answer = httpx.request(
            method,
            f"{self.url}/_sandbox{path}",
            headers={CONTROL_HEADER: self._token},
            timeout=self._timeout,
            **kwargs,
        )
        if answer.status_code >= 400:
            try:
                message = str(answer.json().get("message", ""))
            except ValueError:
                message = answer.text[:200]
            raise ControlCallError(answer.status_code, message)
        return answer

    # -- QR login ---------------------------------------------------------------------------------
    def scan_login(self, login_id: str) -> str:
        """The user scans the QR code of a login task; its state after it."""
        return str(self._call("POST", f"/ca-login/{login_id}/scan").json()["state"])

    def confirm_login(self, login_id: str, user_job_id: str | None = None) -> str:
        """The user confirms on the phone (default: the first seed doctor); 409 if someone else did."""
        body = {"userJobId": user_job_id} if user_job_id else {}
        return str(self._call("POST", f"/ca-login/{login_id}/confirm", json=body).json()["state"])

    # -- webhooks ---------------------------------------------------------------------------------
    def subscribers(self) -> list[str]:
        return list(self._call("GET", "/webhooks").json()["subscribers"])

    def subscribe(self, url: str) -> list[str]:
        return list(self._call("POST", "/webhooks", json={"url": url}).json()["subscribers"])

    def unsubscribe(self, url: str) -> list[str]:
        return list(self._call("DELETE", "/webhooks", params={"url": url}).json()["subscribers"])

    @contextmanager
    def subscribed(self, url: str) -> Iterator[None]:
        """Deliveries go to `url` inside the block only."""
        self.subscribe(url)
        try:
            yield
        finally:
            self.unsubscribe(url)

    def deliveries(self, status: str | None = None) -> list[dict[str, Any]]:
        """The delivery log, oldest first (pending | retrying | delivered | failed)."""
        params = {"status": status} if status else {}
        return list(self._call("GET", "/webhooks/deliveries", params=params).json())

    # -- the rest ---------------------------------------------------------------------------------
    def faults(self) -> dict[str, Any]:
        return dict(self._call("GET", "/faults").json())

    def set_faults(self, **faults: Any) -> dict[str, Any]:
        """Replace the fault settings (fields of yiyiqian_sandbox.Faults; none given: all off)."""
        return dict(self._call("PUT", "/faults", json=faults).json())

    def expire_tokens(self) -> int:
        return int(self._call("POST", "/tokens/expire").json()["expired"])

    def stats(self) -> dict[str, Any]:
        return dict(self._call("GET", "/stats").json())

    def root_pem(self) -> bytes:
        return self._call("GET", "/pki/root.pem").content
