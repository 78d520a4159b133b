"""Hostile servers on 127.0.0.1: raw-socket HTTP/1.1 that answers the way broken gateways do.

`HostileServer` speaks just enough HTTP to serve a real OAuth token endpoint and, for every other
path, the *behaviours* a test scripts: functions that write whatever bytes they like to the socket
(drip-fed bodies, lying lengths, gzip bombs, resets...). It records every request it receives, so
tests can assert what the client sent and how often. `ConnectProxy` is a forward proxy (HTTP
CONNECT tunnels, loopback targets only) that counts its tunnels. Everything is bounded: daemon
threads, a stop event, accept and socket timeouts, and `abort()` to cut every open connection.

Run as `python -m tests.client.hostile probe ...` (see `probe_main`), it is the fresh process in
which a single hostile call is measured for its peak memory growth.
"""

from __future__ import annotations

import functools
import json
import secrets
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

APP_ID = "1730975c5e7a62a2d7d93b07ae1"
APP_SECRET = "sk34acd7f913696b965288f1aabbcf19ad"
OK = "100100000"
TOKEN_PATH = "/v1/oauth/oauth/token"
STATUS_PATH = "/v1/open/users/sso/check-ca-login-task"  # 1.2 checkCaLoginTask, GET
APPLY_PATH = "/v1/open/hospital/hospitals/templates/apply"  # 4.1 applyTemplateSigning, POST

_READ_TIMEOUT = 5.0  # a client that sends nothing for this long is dropped
_HEAD_LIMIT = 64 * 1024
_BODY_LIMIT = 16 * 1024 * 1024
MISSING: Any = object()


@dataclass(frozen=True)
class Received:
    """One request as it arrived: the raw head too, to search it for secrets."""

    method: str
    target: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names, the last value of a repeated header
    body: bytes
    raw: bytes  # head and body as received

    def param(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[-1] if values else None


class Wire:
    """One accepted connection, as a behaviour sees it."""

    def __init__(self, sock: socket.socket, server: HostileServer) -> None:
        self.sock = sock
        self.server = server

    @property
    def stopping(self) -> bool:
        return self.server.stop_event.is_set() or self.server.aborted.is_set()

    def send(self, data: bytes) -> bool:
        """Write all of `data`; False once the client has gone or the server is stopping."""
        if self.stopping:
            return False
        try:
            self.sock.sendall(data)
        except OSError:
            return False
        return True

    def sleep(self, seconds: float) -> bool:
        """Wait, unless the server stops first (then False)."""
        deadline = time.monotonic() + seconds
        while not self.stopping:
            left = deadline - time.monotonic()
            if left <= 0:
                return True
            self.server.stop_event.wait(min(left, 0.1))
        return False

    def hold(self) -> None:
        """Keep the connection open, saying nothing, until the client closes or the server stops."""
        self.sock.settimeout(0.2)
        while not self.stopping:
            try:
                if not self.sock.recv(65536):
                    return
            except TimeoutError:
                continue
            except OSError:
                return

    def reset(self) -> None:
        """Close with a TCP RST instead of a FIN."""
        with suppress(OSError):
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        with suppress(OSError):
            self.sock.close()


Behaviour = Callable[[Wire, Received], None]


class HostileServer:
    """A threaded HTTP/1.1 server: a real token endpoint plus scripted behaviours per path.

    `script(*behaviours)` sets the answers of every API path (`route(path, ...)` of one path):
    they are used in turn and the last one repeats. Each connection serves one request and is
    then closed (every well-formed answer says `Connection: close`).
    """

    def __init__(
        self,
        *behaviours: Behaviour,
        token: Behaviour | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.stop_event = threading.Event()
        self.aborted = threading.Event()
        self.requests: list[Received] = []
        self.tokens: list[str] = []  # every access_token issued, in order
        self.peer_certs: list[dict[str, Any]] = []  # client certificates seen (TLS only)
        self._ssl_context = ssl_context
        self._lock = threading.Lock()
        self._routes: dict[str | None, list[Behaviour]] = {}
        self._token_script: list[Behaviour] = [token or issue_token()]
        self._open: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.1)
        self.port = self._listener.getsockname()[1]
        scheme = "https" if ssl_context else "http"
        self.url = f"{scheme}://127.0.0.1:{self.port}"
        self.script(*(behaviours or (envelope(),)))
        self._acceptor = threading.Thread(target=self._accept_loop, name=f"hostile-{self.port}", daemon=True)

    # -- scripting ------------------------------------------------------------------------------
    def script(self, *behaviours: Behaviour) -> None:
        with self._lock:
            self._routes = {None: list(behaviours)}

    def route(self, path: str, *behaviours: Behaviour) -> None:
        with self._lock:
            self._routes[path] = list(behaviours)

    def script_token(self, *behaviours: Behaviour) -> None:
        with self._lock:
            self._token_script = list(behaviours)

    def issue(self) -> str:
        token = f"tok-{len(self.tokens) + 1}-{secrets.token_hex(8)}"
        with self._lock:
            self.tokens.append(token)
        return token

    # -- what was received ----------------------------------------------------------------------
    def received(self) -> list[Received]:
        with self._lock:
            return list(self.requests)

    @property
    def token_requests(self) -> list[Received]:
        return [r for r in self.received() if r.path.endswith(TOKEN_PATH)]

    @property
    def api_requests(self) -> list[Received]:
        return [r for r in self.received() if not r.path.endswith(TOKEN_PATH)]

    # -- life cycle -----------------------------------------------------------------------------
    def start(self) -> HostileServer:
        self._acceptor.start()
        return self

    def abort(self) -> None:
        """Cut every open connection and close each new one at once (a watchdog's last resort)."""
        self.aborted.set()
        with self._lock:
            conns = list(self._open)
        for conn in conns:
            with suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        self.stop_event.set()
        self.abort()
        self._acceptor.join(timeout=5)
        for thread in list(self._threads):
            thread.join(timeout=5)
        self._listener.close()

    def __enter__(self) -> HostileServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- serving --------------------------------------------------------------------------------
    def _accept_loop(self) -> None:
        while not self.stop_event.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        with self._lock:
            self._open.add(conn)
        sock: socket.socket = conn
        try:
            if self.aborted.is_set():
                return
            conn.settimeout(_READ_TIMEOUT)
            if self._ssl_context is not None:
                sock = self._ssl_context.wrap_socket(conn, server_side=True)
                cert = sock.getpeercert()  # type: ignore[attr-defined]
                if cert:
                    with self._lock:
                        self.peer_certs.append(cert)
            request = read_request(sock)
            if request is None:
                return
            with self._lock:
                self.requests.append(request)
                behaviour = self._next(request.path)
            behaviour(Wire(sock, self), request)
        except (OSError, ValueError, ssl.SSLError):
            pass  # the client went away, or sent something we do not parse: nothing to answer
        finally:
            with self._lock:
                self._open.discard(conn)
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with suppress(OSError):
                sock.close()

    def _next(self, path: str) -> Behaviour:
        token = path.endswith(TOKEN_PATH)
        answers = self._token_script if token else (self._routes.get(path) or self._routes[None])
        return answers.pop(0) if len(answers) > 1 else answers[0]


def read_request(sock: socket.socket) -> Received | None:
    """Read one request (head, then a Content-Length or chunked body); None if nothing came."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
        if len(data) > _HEAD_LIMIT:
            raise ValueError("request head too long")
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if "content-length" in headers:
        length = int(headers["content-length"])
        while len(rest) < length:
            chunk = sock.recv(65536)
            if not chunk:
                break
            rest += chunk
        body = rest[:length]
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        body, rest = _read_chunked(sock, rest)
    else:
        body = b""
    parts = urlsplit(target)
    return Received(
        method=method,
        target=target,
        path=parts.path,
        query=parse_qs(parts.query, keep_blank_values=True),
        headers=headers,
        body=body,
        raw=head + b"\r\n\r\n" + body,
    )


def _read_chunked(sock: socket.socket, buffered: bytes) -> tuple[bytes, bytes]:
    body = b""
    data = buffered

    def need(n: int) -> None:
        nonlocal data
        while len(data) < n:
            chunk = sock.recv(65536)
            if not chunk:
                raise ValueError("connection closed inside a chunked body")
            data += chunk

    while True:
        while b"\r\n" not in data:
            need(len(data) + 1)
        size_line, _, data = data.partition(b"\r\n")
        size = int(size_line.split(b";")[0], 16)
        need(size + 2)
        body += data[:size]
        data = data[size + 2 :]
        if size == 0:
            return body, data
        if len(body) > _BODY_LIMIT:
            raise ValueError("request body too long")


# -- building answers ---------------------------------------------------------------------------
_REASONS = {
    200: "OK",
    302: "Found",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Temporarily Unavailable",
    504: "Gateway Time-out",
}
JSON = "application/json;charset=UTF-8"
HTML = "text/html"

Headers = Sequence[tuple[str, str | bytes]]


def head(status: int | str, headers: Headers = (), *, version: str = "HTTP/1.1", reason: str | None = None) -> bytes:
    """A status line and headers, exactly as given (values may be raw bytes)."""
    code = int(status) if str(status).isdigit() else 0
    line = f"{version} {status} {reason if reason is not None else _REASONS.get(code, 'Whatever')}\r\n".encode()
    out = [line]
    for name, value in headers:
        out.append(name.encode("latin-1") + b": " + (value if isinstance(value, bytes) else value.encode("latin-1")))
        out.append(b"\r\n")
    out.append(b"\r\n")
    return b"".join(out)


def answer(
    status: int = 200,
    body: bytes = b"",
    *,
    content_type: str | None = JSON,
    headers: Headers = (),
    delay: float = 0.0,
) -> Behaviour:
    """A well-formed answer: the given status, body and headers, Content-Length, Connection: close."""
    fixed: list[tuple[str, str | bytes]] = [("Server", "nginx")]
    if content_type is not None:
        fixed.append(("Content-Type", content_type))
    fixed += [*headers, ("Content-Length", str(len(body))), ("Connection", "close")]
    payload = head(status, fixed) + body

    def behave(wire: Wire, request: Received) -> None:
        if delay and not wire.sleep(delay):
            return
        wire.send(payload)

    return behave


def json_answer(obj: Any, status: int = 200, *, headers: Headers = (), delay: float = 0.0) -> Behaviour:
    return answer(status, json.dumps(obj, ensure_ascii=False).encode(), headers=headers, delay=delay)


def envelope(
    data: Any = MISSING,
    *,
    code: Any = OK,
    message: str = "操作成功",
    status: int = 200,
    headers: Headers = (),
    **extra: Any,
) -> Behaviour:
    """The platform's {code, message, data} envelope (data left out when not given)."""
    body: dict[str, Any] = {"code": code, "message": message}
    if data is not MISSING:
        body["data"] = data
    body.update(extra)
    return json_answer(body, status, headers=headers)


def nginx_page(status: int) -> Behaviour:
    """The HTML error page an nginx gateway serves for `status`."""
    title = f"{status} {_REASONS.get(status, '')}".strip()
    page = (
        f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n"
        "<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n"
    )
    return answer(status, page.encode(), content_type=HTML)


def raw(data: bytes) -> Behaviour:
    """Exactly these bytes, then the connection closes."""

    def behave(wire: Wire, request: Received) -> None:
        wire.send(data)

    return behave


def silent() -> Behaviour:
    """Accept the request and never answer."""

    def behave(wire: Wire, request: Received) -> None:
        wire.hold()

    return behave


def close_before_status() -> Behaviour:
    def behave(wire: Wire, request: Received) -> None:
        pass  # the server closes the connection without writing a byte

    return behave


def drip(body: bytes, *, every: float = 1.0, headers: Headers = ()) -> Behaviour:
    """A correct head, then the body one byte per `every` seconds."""
    payload_head = head(200, [("Content-Type", JSON), *headers, ("Content-Length", str(len(body)))])

    def behave(wire: Wire, request: Received) -> None:
        if not wire.send(payload_head):
            return
        for i in range(len(body)):
            if not wire.sleep(every) or not wire.send(body[i : i + 1]):
                return

    return behave


def drip_head(every: float = 1.0) -> Behaviour:
    """The status line and headers themselves arrive one byte per `every` seconds."""
    payload = head(200, [("Content-Type", JSON), ("Content-Length", "2")]) + b"{}"

    def behave(wire: Wire, request: Received) -> None:
        for i in range(len(payload)):
            if not wire.send(payload[i : i + 1]) or not wire.sleep(every):
                return

    return behave


_ENDLESS_START = b'{"code":"100100000","message":"ok","data":{"fileWsid":"'
_BLOCK = b"A" * 65536


def endless_chunked() -> Behaviour:
    """A chunked body that never ends (JSON that never closes), until the client hangs up."""

    def behave(wire: Wire, request: Received) -> None:
        wire.sock.settimeout(2.0)  # a client that stops reading without closing is let go
        start = head(200, [("Content-Type", JSON), ("Transfer-Encoding", "chunked")])
        if not wire.send(start + b"%x\r\n%s\r\n" % (len(_ENDLESS_START), _ENDLESS_START)):
            return
        block = b"%x\r\n%s\r\n" % (len(_BLOCK), _BLOCK)
        while wire.send(block):
            pass

    return behave


def huge_length(declared: int = 2 * 1024**3) -> Behaviour:
    """Content-Length: 2 GB, and data sent continuously until the client hangs up."""

    def behave(wire: Wire, request: Received) -> None:
        wire.sock.settimeout(2.0)
        if not wire.send(head(200, [("Content-Type", JSON), ("Content-Length", str(declared))]) + _ENDLESS_START):
            return
        sent = len(_ENDLESS_START)
        while sent < declared and wire.send(_BLOCK):
            sent += len(_BLOCK)

    return behave


def gzip_answer(compressed: bytes, *, status: int = 200) -> Behaviour:
    return answer(status, compressed, headers=[("Content-Encoding", "gzip")])


@functools.cache
def gzip_bomb(expanded: int = 1024**3) -> bytes:
    """gzip of `expanded` zero bytes (about 1 MB for 1 GB), made streaming and kept for the session."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1024 * 1024)
    parts = [compressor.compress(block) for _ in range(expanded // len(block))]
    parts.append(compressor.flush())
    return b"".join(parts)


def reset_mid_body() -> Behaviour:
    """Promise 1000 bytes, send 100, then reset the connection."""

    def behave(wire: Wire, request: Received) -> None:
        wire.send(head(200, [("Content-Type", JSON), ("Content-Length", "1000")]) + _ENDLESS_START + b"A" * 44)
        wire.sleep(0.05)
        wire.reset()

    return behave


def delayed(seconds: float, behaviour: Behaviour) -> Behaviour:
    def behave(wire: Wire, request: Received) -> None:
        if wire.sleep(seconds):
            behaviour(wire, request)

    return behave


def echo_secrets(status: int, fields: Iterable[str], *, extra: dict[str, Any] | None = None) -> Behaviour:
    """An error body that echoes the caller's access_token and the app secret in `fields`."""

    def behave(wire: Wire, request: Received) -> None:
        token = request.param("access_token") or (wire.server.tokens[-1] if wire.server.tokens else "")
        leak = f"token {token} rejected for secret {APP_SECRET}"
        body: dict[str, Any] = dict(extra or {})
        for name in fields:
            body[name] = leak
        json_answer(body, status)(wire, request)

    return behave


# -- the token endpoint -------------------------------------------------------------------------
def issue_token(*, expires_in: Any = 7200, raw_expires_in: str | None = None, delay: float = 0.0) -> Behaviour:
    """A real client_credentials endpoint: checks the query, issues a fresh token.

    `raw_expires_in` is written into the JSON verbatim (for 1e400, 10**400...).
    """

    def behave(wire: Wire, request: Received) -> None:
        if delay and not wire.sleep(delay):
            return
        if (
            request.method != "GET"
            or request.param("client_id") != APP_ID
            or request.param("client_secret") != APP_SECRET
            or request.param("grant_type") != "client_credentials"
        ):
            body = {"error": "invalid_client", "error_description": "Bad client credentials"}
            json_answer(body, 401)(wire, request)
            return
        token = wire.server.issue()
        fields = {"access_token": token, "token_type": "bearer", "scope": "read"}
        text = json.dumps(fields)[:-1]
        if raw_expires_in is not None:
            text += f', "expires_in": {raw_expires_in}'
        elif expires_in is not MISSING:
            text += f", {json.dumps('expires_in')}: {json.dumps(expires_in)}"
        answer(200, (text + "}").encode())(wire, request)

    return behave


# -- a forward proxy ----------------------------------------------------------------------------
@dataclass
class ConnectProxy:
    """An HTTP CONNECT proxy on loopback that pipes bytes and records each tunnel's target."""

    tunnels: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    stop_event: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(32)
        self._listener.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)

    def __enter__(self) -> ConnectProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop_event.set()
        with self._lock:
            for sock in self._open:
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
        self._thread.join(timeout=5)
        self._listener.close()

    def _accept_loop(self) -> None:
        while not self.stop_event.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._tunnel, args=(conn,), daemon=True).start()

    def _tunnel(self, client: socket.socket) -> None:
        with ExitStack() as stack:
            stack.callback(client.close)
            client.settimeout(_READ_TIMEOUT)
            data = b""
            while b"\r\n\r\n" not in data and len(data) < _HEAD_LIMIT:
                chunk = client.recv(4096)
                if not chunk:
                    return
                data += chunk
            method, target, _ = data.split(b"\r\n", 1)[0].decode("latin-1").split(" ", 2)
            host, _, port = target.rpartition(":")
            if method != "CONNECT" or host != "127.0.0.1" or not port.isdigit():  # loopback only
                self.refused.append(f"{method} {target}")
                client.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                return
            upstream = socket.create_connection((host, int(port)), timeout=_READ_TIMEOUT)
            stack.callback(upstream.close)
            with self._lock:
                self.tunnels.append(target)
                self._open += [client, upstream]
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            back = threading.Thread(target=_pipe, args=(upstream, client), daemon=True)
            back.start()
            _pipe(client, upstream)
            back.join(timeout=_READ_TIMEOUT)


def _pipe(src: socket.socket, dst: socket.socket) -> None:
    with suppress(OSError):
        while True:
            chunk = src.recv(65536)
            if not chunk:
                break
            dst.sendall(chunk)
    with suppress(OSError):
        dst.shutdown(socket.SHUT_WR)


# -- helpers for tests --------------------------------------------------------------------------
@contextmanager
def servers(*made: HostileServer, watchdog: float = 30.0) -> Iterator[None]:
    """Run servers; after `watchdog` seconds cut their connections so that no test hangs."""
    with ExitStack() as stack:
        for server in made:
            stack.enter_context(server)
        timers = [threading.Timer(watchdog, s.abort) for s in made]
        for timer in timers:
            timer.daemon = True
            timer.start()
            stack.callback(timer.cancel)
        yield


def unused_port_url() -> str:
    """A loopback URL on which nothing listens (connection refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def vm_hwm() -> int:
    """This process's peak resident set size so far, in bytes (VmHWM)."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def _vm_size() -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def probe_main(url: str, mode: str, max_response_bytes: int, timeout: float) -> dict[str, Any]:
    """In a fresh process: one warm-up call, then one hostile call; report its outcome and peak growth.

    The address space is capped (the current size + 3 GB) so that a client that buffers an endless
    answer fails with MemoryError here instead of taking the machine's memory.
    """
    import asyncio
    import resource

    import yiyiqian
    from yiyiqian_client.api.pdf_signing import apply_template_signing
    from yiyiqian_client.models import TemplateApplyRequest

    client = yiyiqian.connect(
        url,
        app_id=APP_ID,
        app_secret=APP_SECRET,
        timeout=timeout,
        max_retries=0,
        max_response_bytes=max_response_bytes,
    )
    body = TemplateApplyRequest(custom_tag_id="probe")

    def call() -> Any:
        if mode == "sync":
            return apply_template_signing.sync(client=client, body=body)
        return asyncio.run(apply_template_signing.asyncio(client=client, body=body))

    call()  # warm-up: a normal answer loads everything a call needs (spec index, models...)
    limit = _vm_size() + 3 * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    before = vm_hwm()
    started = time.monotonic()
    outcome: dict[str, Any] = {"raised": None, "module": None, "yiyiqian_error": False, "message": ""}
    try:
        call()
    except BaseException as exc:  # reported, never swallowed silently: the test reads the outcome
        outcome.update(
            raised=type(exc).__name__,
            module=type(exc).__module__,
            yiyiqian_error=isinstance(exc, yiyiqian.YiyiqianError),
            message=str(exc)[:300],
        )
    outcome.update(elapsed=time.monotonic() - started, growth=vm_hwm() - before, baseline=before)
    return outcome


def _cli(argv: list[str]) -> None:
    if argv[:1] != ["probe"]:
        raise SystemExit("usage: python -m tests.client.hostile probe URL MODE MAX_BYTES TIMEOUT")
    url, mode, max_bytes, timeout = argv[1:5]
    print(json.dumps(probe_main(url, mode, int(max_bytes), float(timeout))))


if __name__ == "__main__":
    import sys

    _cli(sys.argv[1:])
