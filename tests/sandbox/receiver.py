"""A webhook receiver on 127.0.0.1 that records every delivery, as an integrator's endpoint would."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Delivery:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    url: str
    deliveries: list[Delivery] = field(default_factory=list)
    fail_first: int = 0  # answer 503 to this many deliveries first
    _arrived: threading.Condition = field(default_factory=threading.Condition)

    def wait_for(self, event: str, containing: str = "", count: int = 1, timeout: float = 15.0) -> list[Delivery]:
        """The deliveries of `event` whose body contains `containing`, once `count` have arrived."""

        def matching() -> list[Delivery]:
            return [
                d for d in self.deliveries if d.headers.get("X-Signit-Event") == event and containing.encode() in d.body
            ]

        with self._arrived:
            self._arrived.wait_for(lambda: len(matching()) >= count, timeout)
        found = matching()
        assert len(found) >= count, f"{event}: {len(found)} of {count} deliveries arrived"
        return found


@contextmanager
def webhook_receiver() -> Iterator[Receiver]:
    receiver = Receiver(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            expected = int(self.headers.get("Content-Length", 0))
            body = self.rfile.read(expected)
            with receiver._arrived:
                if len(body) != expected:  # the sender died mid-request: not a delivery
                    status = 400
                elif receiver.fail_first > 0:
                    receiver.fail_first -= 1
                    status = 503
                else:
                    receiver.deliveries.append(Delivery(self.path, dict(self.headers.items()), body))
                    status = 200
                receiver._arrived.notify_all()
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    receiver.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/yiyiqian"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
