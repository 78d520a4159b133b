"""A loopback server that answers the way broken gateways and proxies do, for the command line.

The token endpoint answers a real token; every other path answers by its first segment:
`/html502/...` an nginx-style HTML 502, `/text200/...` a 200 that is not JSON, `/truncated/...`
JSON cut in the middle, `/redirect/...` a 302, `/refused/...` a platform error envelope (400).
Each body echoes the request's query string and carries a terminal escape sequence, so the
tests can see that neither the token nor raw escapes reach the terminal.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOKEN = "tok-8f3a1c5e9b2d4f60a7c1e3b5d9f2a4c6"
ESCAPE = "\x1b]0;owned\x07\x1b[2J"


def _answer(mode: str, query: str) -> tuple[int, dict[str, str], bytes]:
    echo = f"{ESCAPE} you asked: {query}"
    if mode == "html502":
        page = f"<html><head><title>502 Bad Gateway</title></head>\n<body><h1>502</h1><p>{echo}</p></body></html>"
        return 502, {"Content-Type": "text/html"}, page.encode()
    if mode == "text200":
        return 200, {"Content-Type": "text/plain"}, f"OK\n{echo}\n".encode()
    if mode == "truncated":
        return 200, {"Content-Type": "application/json"}, b'{"code": "100100000", "data": {"enabled": tr'
    if mode == "redirect":
        return 302, {"Location": "http://127.0.0.1:9/elsewhere", "Content-Type": "text/plain"}, echo.encode()
    if mode == "refused":
        body = {"code": "100400404", "message": f"没有找到 {echo}", "developerMessage": echo, "errorWsid": "W1"}
        return 400, {"Content-Type": "application/json"}, json.dumps(body).encode()
    return 404, {"Content-Type": "text/plain"}, b"no such mode"


class _Handler(BaseHTTPRequestHandler):
    def _serve(self) -> None:
        path, _, query = self.path.partition("?")
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if path.endswith("/oauth/token"):
            status, headers = 200, {"Content-Type": "application/json"}
            body = json.dumps({"access_token": TOKEN, "token_type": "bearer", "expires_in": 7200}).encode()
        else:
            status, headers, body = _answer(path.strip("/").partition("/")[0], query)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _serve

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def hostile_server() -> Iterator[str]:
    """The base URL of a running hostile server, on 127.0.0.1."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
