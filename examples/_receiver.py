"""A webhook endpoint for the examples: verifies every delivery on its raw bytes, then parses it.

In production the vendor's staff configure your callback URL; against the sandbox the examples
subscribe it themselves with the sandbox's control call POST /_sandbox/webhooks.
"""

import json
import queue
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from _settings import APP_ID, APP_SECRET, BASE_URL, CONTROL_TOKEN

import yiyiqian
from yiyiqian_sandbox import SandboxControl


class Receiver:
    def __init__(self) -> None:
        self.events: queue.Queue = queue.Queue()
        events = self.events

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                try:
                    event = yiyiqian.webhooks.construct_event(
                        self.headers.items(), body, app_id=APP_ID, app_secret=APP_SECRET
                    )
                except yiyiqian.errors.WebhookError as error:
                    print("refused a delivery:", error)
                    self.send_response(401)
                else:
                    events.put(event)
                    self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/yiyiqian"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        SandboxControl(BASE_URL, CONTROL_TOKEN).subscribe(self.url)

    def wait_for(self, name: str, matching: str, timeout: float = 30.0) -> "yiyiqian.webhooks.WebhookEvent":
        """The next verified event called `name` whose payload mentions `matching`."""
        while True:
            event = self.events.get(timeout=timeout)
            if event.name == name and matching in json.dumps(event.raw, ensure_ascii=False):
                return event
