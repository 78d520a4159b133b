"""`yiyiqian webhook serve` against real loopback HTTP: one test per way a client can misbehave.

The receiver runs in-process on 127.0.0.1:0 (a thread) for the failure modes, and as the real
command in a subprocess for the end-to-end check. Deliveries are signed with the module's own
sign() and fresh keys, or are the vendor's 2019 captures.
"""

from __future__ import annotations

import json
import os
import secrets
import select
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.vectors import headers_of
from yiyiqian import webhooks
from yiyiqian._cli._webhook_server import DEFAULT_MAX_BODY_BYTES, ReceiverSettings, WebhookReceiver, make_server

APP_ID = secrets.token_hex(14)[:27]
SECRET = "sk" + secrets.token_hex(16)
EVENT = json.dumps(
    {
        "event": "emrQualityControlChanged",
        "eventDescription": "QC",
        "target": {"destination": "http://127.0.0.1/hook"},
        "rawData": json.dumps({"patientID": "P1", "admissionNumber": "Z1", "score": 90}),
        "needCallBack": False,
    }
).encode()


@contextmanager
def receiver(**options) -> Iterator[tuple[WebhookReceiver, list[str]]]:
    lines: list[str] = []
    settings = ReceiverSettings(**{"app_id": APP_ID, "app_secret": SECRET, **options})
    server = make_server("127.0.0.1", 0, settings, lines.append)
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        yield server, lines
    finally:
        server.done.set()
        thread.join(timeout=10)
        server.server_close()


def signed(body: bytes = EVENT, *, nonce: str | None = None, sent: float | None = None, **extra: str) -> dict:
    headers = {
        "Content-Type": "application/json",
        "X-Signit-Date": webhooks.format_java_date(time.time() if sent is None else sent),
        "X-Signit-Host": "127.0.0.1",
        "X-Signit-Resource": "",
        "X-Signit-Scheme": "http",
        **extra,
    }
    nonce = secrets.token_urlsafe(18) if nonce is None else nonce
    if nonce:
        headers["X-Signit-Nonce"] = nonce
    headers["X-Signit-Signature"] = webhooks.sign(headers, body, app_id=APP_ID, app_secret=SECRET)
    return headers


def post(server: WebhookReceiver, headers: dict, body: bytes = EVENT, path: str = "/hook") -> int:
    url = f"http://127.0.0.1:{server.server_address[1]}{path}"
    return httpx.post(url, content=body, headers=headers, timeout=10).status_code


def raw_exchange(server: WebhookReceiver, head: bytes, body: bytes = b"") -> bytes:
    """Send raw bytes, then read until the server closes; the whole answer."""
    with socket.create_connection(server.server_address, timeout=10) as conn:
        conn.sendall(head + body)
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
        return answer


def status_of(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


def request_head(length: str | None = None, *more: str, path: str = "/hook") -> bytes:
    lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1"]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    lines.extend(more)
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def test_an_authentic_fresh_delivery_is_200_and_printed():
    with receiver() as (server, lines):
        assert post(server, signed()) == 200
    assert lines[0].startswith("emrQualityControlChanged (QC) verified") and '"patientID": "P1"' in lines[0]


def test_a_replayed_delivery_is_refused():
    headers = signed()
    with receiver() as (server, lines):
        assert [post(server, headers) for _ in range(5)] == [200, 401, 401, 401, 401]
    assert sum("replayed_nonce" in line for line in lines) == 4


def test_a_stale_vendor_capture_is_refused(reference_dir: Path):
    vector = json.loads((reference_dir / "webhook-vectors-sample.json").read_text(encoding="utf-8"))[0]
    options = {"app_id": vector["app_id"], "app_secret": vector["app_secret"]}
    with receiver(**options) as (server, lines):
        assert post(server, headers_of(vector), vector["body"].encode()) == 401
    assert "date_out_of_tolerance" in lines[0]


def test_a_delivery_without_a_nonce_is_refused():
    with receiver() as (server, lines):
        assert post(server, signed(nonce="")) == 401
        assert post(server, signed(nonce="")) == 401
    assert all("missing_nonce" in line for line in lines)


def test_a_forged_delivery_is_refused():
    headers = signed()
    with receiver() as (server, lines):
        assert post(server, headers, EVENT.replace(b"P1", b"P2")) == 401
        assert post(server, headers) == 200  # the forgery did not use up the nonce
    assert "signature_mismatch" in lines[0]


def test_an_authentic_body_that_is_not_an_event_is_400():
    with receiver() as (server, lines):
        assert post(server, signed(b"[]"), b"[]") == 400
    assert "not a JSON object" in lines[0]


@pytest.mark.parametrize("length", ["abc", "-1", "+5", "1_0", "0x10", "１０", "5 5", "9" * 20])
def test_an_invalid_content_length_is_400(length):
    with receiver() as (server, lines):
        assert status_of(raw_exchange(server, request_head(length), b"{}")) == 400
        assert post(server, signed()) == 200  # and the receiver carries on
    assert "invalid Content-Length" in lines[0]


def test_two_different_content_lengths_are_400():
    with receiver() as (server, _):
        assert status_of(raw_exchange(server, request_head("2", "Content-Length: 3"), b"{}")) == 400


@pytest.mark.parametrize(
    ("more", "status"), [((), 411), (("Transfer-Encoding: chunked",), 411), (("Transfer-Encoding: chunked",), 400)]
)
def test_no_content_length_is_411_and_chunked_is_not_accepted(more, status):
    length = "2" if status == 400 else None
    with receiver() as (server, _):
        assert status_of(raw_exchange(server, request_head(length, *more), b"2\r\n{}\r\n0\r\n\r\n")) == status


def test_a_body_past_the_cap_is_413_unread():
    with receiver(max_body_bytes=1024) as (server, lines):
        assert status_of(raw_exchange(server, request_head("1025"))) == 413  # the body is never sent
        assert status_of(raw_exchange(server, request_head(str(10**12)))) == 413
        assert status_of(raw_exchange(server, request_head("1024"), b" " * 1024)) == 401  # read, then verified
    assert "over the 1024 byte cap" in lines[0]
    assert DEFAULT_MAX_BODY_BYTES == 32 * 1024 * 1024  # the README's documented default


def test_a_client_that_stops_sending_is_cut_off_at_the_read_timeout():
    with receiver(read_timeout=0.5) as (server, lines):
        with socket.create_connection(server.server_address, timeout=10) as conn:
            conn.sendall(request_head("100") + b"{" * 10)
            assert conn.recv(65536) == b""  # closed by the server, not by our 10 s timeout
        assert post(server, signed()) == 200
    assert "body ended after 10 of 100 bytes" in lines[0]


def test_a_drip_fed_body_is_cut_off_at_the_connection_deadline():
    """The per-read timeout alone would never fire: each byte comes before it. The deadline does."""
    with receiver(read_timeout=1.0) as (server, _):
        with socket.create_connection(server.server_address, timeout=10) as conn:
            conn.sendall(request_head("1000"))
            sent, closed = 0, False
            for _ in range(1000):  # would take 100 s to finish
                readable, _, _ = select.select([conn], [], [], 0.1)
                if readable and conn.recv(1) == b"":
                    closed = True
                    break
                try:
                    conn.sendall(b" ")
                except OSError:  # reset by the server
                    closed = True
                    break
                sent += 1
        assert closed and sent < 100, sent  # cut about 1 s in: about 10 bytes, never the whole body
        assert post(server, signed()) == 200


def test_connections_past_the_limit_get_503_and_threads_stay_bounded():
    with receiver(max_connections=2, read_timeout=5.0) as (server, _):
        baseline = threading.active_count()
        idle = [socket.create_connection(server.server_address, timeout=10) for _ in range(2)]
        try:
            time.sleep(0.3)  # let the server accept both
            answers = [raw_exchange(server, request_head("2"), b"{}") for _ in range(20)]
            assert [status_of(a) for a in answers] == [503] * 20
            assert threading.active_count() <= baseline + 2
        finally:
            for conn in idle:
                conn.close()
        statuses = []
        for _ in range(50):  # the closed connections free their slots
            statuses.append(post(server, signed()))
            if statuses[-1] == 200:
                break
            time.sleep(0.1)
        assert statuses[-1] == 200


def test_what_is_printed_from_a_request_is_escaped():
    hostile = "\x1b]0;owned\x07\x1b[2J\u202e\x9b31m"
    body = json.dumps(
        {
            "event": f"x{hostile}",
            "eventDescription": hostile,
            "target": {"destination": hostile},
            "rawData": json.dumps({"note": hostile}),
        }
    ).encode()
    with receiver() as (server, lines):
        assert post(server, signed(body), body) == 200
        raw = request_head("abc", path="/\x1b]0;owned\x07")
        assert status_of(raw_exchange(server, raw, b"")) in (400, 404)
    printed = "\n".join(lines)
    assert all(c.isprintable() or c == "\n" for c in printed), repr(printed)
    assert "\\x1b]0;owned\\x07" in printed and "\\u202e" in printed


def test_the_command_serves_refuses_replays_and_escapes(tmp_path: Path):
    env = {**os.environ, "YIYIQIAN_APP_ID": APP_ID, "YIYIQIAN_APP_SECRET": SECRET}
    env["YIYIQIAN_CONFIG"] = str(tmp_path / "none.toml")
    command = [sys.executable, "-c", "from yiyiqian._cli import main; main()", "webhook", "serve", "--port", "0"]
    process = subprocess.Popen(
        [*command, "--max-events", "2", "--read-timeout", "2"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("listening on http://127.0.0.1:"), first
        url = first.split()[2].rstrip("/")
        headers = signed()
        assert httpx.post(f"{url}/hook", content=EVENT, headers=headers, timeout=10).status_code == 200
        assert httpx.post(f"{url}/hook", content=EVENT, headers=headers, timeout=10).status_code == 401
        bad = {"Content-Length": "-1", "X-Signit-Nonce": "x"}
        with socket.create_connection(("127.0.0.1", int(url.rsplit(":", 1)[1])), timeout=10) as conn:
            conn.sendall(
                b"POST /\x1b]0;owned\x07 HTTP/1.1\r\n"
                + "".join(f"{k}: {v}\r\n" for k, v in bad.items()).encode()
                + b"\r\n"
            )
            assert conn.recv(65536).startswith(b"HTTP/1.0 400")
        assert httpx.post(f"{url}/hook", content=EVENT, headers=signed(), timeout=10).status_code == 200
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "Traceback" not in err and err == ""
    printed = first + out
    assert "\x1b" not in printed and "\x07" not in printed
    assert printed.count("verified") == 2 and "replayed_nonce" in printed and "invalid Content-Length" in printed
