"""`yiyiqian webhook serve`: a small receiver that verifies and prints deliveries.

Anyone who can reach the port can send it anything, so it is bounded before it verifies:
- at most `max_connections` requests are handled at once; one more gets 503 straight away;
- each connection has `read_timeout` seconds in all to send its request: a silent client, a
  drip-fed body or a `Content-Length` larger than what is sent is cut off there;
- a `Content-Length` that is not one plain decimal number gets 400, none gets 411, one past
  `max_body_bytes` gets 413 without the body being read;
- deliveries are checked with verify()'s defaults (X-Signit-Date within the tolerance) and a
  nonce cache: a replay gets 401, like a forgery.
Everything printed from the request (path, event fields) is escaped for the terminal.
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .. import webhooks
from ..errors import WebhookPayloadError, WebhookVerificationError
from ._safe import printable, safe_json

# A 20 MB signed PDF comes back inside fileSignatureCompleted as base64: about 27 MB of JSON.
DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024
DEFAULT_MAX_CONNECTIONS = 8
DEFAULT_READ_TIMEOUT = 10.0
_DECIMAL = re.compile(r"[0-9]{1,15}", re.ASCII)
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class ReceiverSettings:
    app_id: str
    app_secret: str
    tolerance: float = webhooks.DEFAULT_TOLERANCE
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    max_connections: int = DEFAULT_MAX_CONNECTIONS
    read_timeout: float = DEFAULT_READ_TIMEOUT
    max_events: int | None = None

    def __repr__(self) -> str:  # the secret never shows
        return f"ReceiverSettings(app_id={self.app_id!r}, app_secret=***, tolerance={self.tolerance!r}, ...)"


class WebhookReceiver(ThreadingHTTPServer):
    """A threading HTTP server with a bounded number of handler threads and a deadline per connection."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], settings: ReceiverSettings, report: Callable[[str], None]) -> None:
        self.settings = settings
        self.report = report
        self.nonces = webhooks.NonceCache(ttl=2 * settings.tolerance)  # the shortest safe memory
        self.verified = 0
        self.done = threading.Event()  # set once max_events deliveries were verified
        self._slots = threading.BoundedSemaphore(settings.max_connections)
        self._deadlines: dict[socket.socket, float] = {}
        self._lock = threading.Lock()
        super().__init__(address, _Receiver)
        self.timeout = 0.25  # handle_request() returns now and then: deadlines, Ctrl-C and max_events are seen

    def serve(self) -> None:
        """Handle requests until max_events deliveries were verified (or forever)."""
        while not self.done.is_set():
            self.handle_request()
            self.cut_overdue()

    def cut_overdue(self) -> int:
        """Shut the connections past their deadline (their handler's read then ends); how many."""
        now = time.monotonic()
        with self._lock:
            overdue = [conn for conn, deadline in self._deadlines.items() if deadline <= now]
            for conn in overdue:
                del self._deadlines[conn]
        for conn in overdue:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        return len(overdue)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            _answer_busy(request)
            self.shutdown_request(request)
            return
        with self._lock:
            self._deadlines[request] = time.monotonic() + self.settings.read_timeout
        try:
            super().process_request(request, client_address)  # starts the handler thread
        except BaseException:
            self._release(request)
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._release(request)

    def _release(self, request: Any) -> None:
        with self._lock:
            self._deadlines.pop(request, None)
        self._slots.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hung up or was cut off: nothing to print, no traceback

    def count_verified(self) -> None:
        with self._lock:
            self.verified += 1
            if self.settings.max_events is not None and self.verified >= self.settings.max_events:
                self.done.set()


def _answer_busy(request: Any) -> None:
    try:
        request.settimeout(1.0)
        request.sendall(b"HTTP/1.0 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\n\r\n")
    except OSError:
        pass


class _Receiver(BaseHTTPRequestHandler):
    server: WebhookReceiver

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.settings.read_timeout)  # per read; the server cuts the total

    def do_POST(self) -> None:
        settings = self.server.settings
        length = self._content_length()
        if length is None:
            return
        body = self._read_body(length)
        if body is None:
            return
        try:
            event = webhooks.construct_event(
                self.headers.items(),
                body,
                app_id=settings.app_id,
                app_secret=settings.app_secret,
                tolerance=settings.tolerance,
                nonce_cache=self.server.nonces,
            )
        except WebhookVerificationError as error:
            self._refuse(401, str(error))
            return
        except WebhookPayloadError as error:
            self._refuse(400, str(error))
            return
        data = event.data.to_dict() if event.data is not None and hasattr(event.data, "to_dict") else event.data
        shown = safe_json(data)
        self.server.report(
            f"{printable(event.name, 100)} ({printable(event.description or '-', 200)}) verified\n"
            + (shown if len(shown) <= 2000 else shown[:2000] + "\n...")
        )
        self._answer(200)
        self.server.count_verified()

    def _content_length(self) -> int | None:
        """The declared body size, or None once a 400/411/413 has been answered."""
        lengths = [value.strip() for value in self.headers.get_all("Content-Length") or []]
        if self.headers.get("Transfer-Encoding") is not None:
            self._refuse(400 if lengths else 411, "Transfer-Encoding is not accepted: send a Content-Length")
            return None
        if not lengths:
            self._refuse(411, "no Content-Length")
            return None
        if len(set(lengths)) != 1 or not _DECIMAL.fullmatch(lengths[0]):
            self._refuse(400, f"invalid Content-Length {printable(', '.join(lengths), 60)}")
            return None
        length = int(lengths[0])
        if length > self.server.settings.max_body_bytes:
            self._refuse(413, f"Content-Length {length} is over the {self.server.settings.max_body_bytes} byte cap")
            return None
        return length

    def _read_body(self, length: int) -> bytes | None:
        """The body, or None when the client stopped sending (hung up, timed out or was cut off)."""
        body = bytearray()
        try:
            while len(body) < length:
                chunk = self.rfile.read1(min(_CHUNK, length - len(body)))  # what has come, at most one recv
                if not chunk:
                    break
                body += chunk
        except OSError:  # TimeoutError included
            pass
        if len(body) < length:
            self.close_connection = True
            self.server.report(f"DROPPED {printable(self.path, 200)}: body ended after {len(body)} of {length} bytes")
            return None
        return bytes(body)

    def _refuse(self, status: int, why: str) -> None:
        self.server.report(f"REFUSED {printable(self.path, 200)}: HTTP {status}: {why}")
        self._answer(status)

    def _answer(self, status: int) -> None:
        self.close_connection = True
        try:
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.send_header("Connection", "close")
            self.end_headers()
        except OSError:
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


def make_server(host: str, port: int, settings: ReceiverSettings, report: Callable[[str], None]) -> WebhookReceiver:
    """Bind (OSError when the address is taken or unknown); serve with `.serve()`."""
    return WebhookReceiver((host, port), settings, report)
