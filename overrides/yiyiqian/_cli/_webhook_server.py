"""`yiyiqian webhook serve`: a small receiver that verifies and prints deliveries."""

from __future__ import annotations

import json
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .. import webhooks
from ..errors import WebhookError


def make_server(
    host: str, port: int, *, app_id: str, app_secret: str, report: Callable[[str], None], max_events: int | None = None
) -> ThreadingHTTPServer:
    seen = 0

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            nonlocal seen
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            try:
                webhooks.verify(self.headers.items(), body, app_id=app_id, app_secret=app_secret)
                event = webhooks.parse(body)
            except WebhookError as error:
                report(f"REFUSED {self.path}: {error}")
                self._answer(401)
                return
            data = (
                event.data.model_dump(mode="json", exclude_none=True)
                if hasattr(event.data, "model_dump")
                else (event.data)
            )
            report(
                f"{event.name} ({event.description or '-'}) verified\n"
                + json.dumps(data, ensure_ascii=False, indent=2)[:2000]
            )
            self._answer(200)
            seen += 1
            if max_events is not None and seen >= max_events:
                self.server.shutdown_requested = True  # type: ignore[attr-defined]

        def _answer(self, status: int) -> None:
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer((host, port), Receiver)
    server.timeout = 0.5  # handle_request() returns now and then, so that Ctrl-C and max_events are seen
    server.shutdown_requested = False  # type: ignore[attr-defined]
    return server
