"""SIGKILL under signing load, restart on the same --state-dir: every completion delivered once, nothing stuck.

The sandbox runs as its own process (`python -m yiyiqian_sandbox`); the webhook receiver runs
here and outlives both runs of the sandbox.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.sandbox.raw import APPLY, CONSENT, QUICK_SIGN, Raw
from tests.sandbox.receiver import webhook_receiver
from yiyiqian_sandbox import SandboxControl, free_port

CONTROL_TOKEN = "crash-test-control-token"


@contextmanager
def sandbox_process(state: Path, hook: str) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "yiyiqian_sandbox",
            "--port",
            str(port),
            "--state-dir",
            str(state),
            "--log-level",
            "warning",
            "--async-delay",
            "0.05",
            "--webhook-url",
            hook,
            "--control-token",
            CONTROL_TOKEN,
        ],
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(url + "/_sandbox/stats", headers={"X-Sandbox-Control-Token": CONTROL_TOKEN}, timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None and time.monotonic() < deadline, "the sandbox did not start"
                time.sleep(0.1)
        yield process, url
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=30)


def _load(raw: Raw, stop: threading.Event, accepted: list[str]) -> None:
    """4.1 and 2.3 calls, 16 at a time, until stopped (at most 600 calls, 60 s)."""
    apply = {
        "patientID": "P-9",
        "document": {"base64": base64.b64encode(CONSENT).decode()},
        "inHospitalUserSignerInfomation": [{"signerUserJobId": "job_wutao", "signerKeyName": "医生签名"}],
    }
    quick = {"business": {"doctorId": "job_wutao", "patientId": "P-9"}, "signingData": "crash"}

    async def one(http: httpx.AsyncClient, n: int) -> None:
        path, body = (APPLY, apply) if n % 3 else (QUICK_SIGN, quick)
        try:
            answer = await http.post(path, **raw.kwargs(body))
            if answer.status_code == 200:
                accepted.append(path)
        except httpx.HTTPError:
            pass  # the server was killed under this call

    async def run() -> None:
        deadline = time.monotonic() + 60
        async with httpx.AsyncClient(base_url=raw.url, timeout=30) as http:
            for start in range(0, 600, 16):
                if stop.is_set() or time.monotonic() > deadline:
                    return
                await asyncio.gather(*(one(http, n) for n in range(start, start + 16)))

    asyncio.run(run())


def _state(db: Path) -> tuple[dict[str, str], dict[str, str], Counter[str]]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        files = dict(conn.execute("SELECT id, status FROM objects WHERE kind='file'").fetchall())
        dsigs = dict(conn.execute("SELECT id, status FROM objects WHERE kind='dsig'").fetchall())
        deliveries = Counter(s for (s,) in conn.execute("SELECT status FROM deliveries"))
    return files, dsigs, deliveries


def test_sigkill_under_load_then_restart_delivers_every_completion_once(tmp_path):
    state = tmp_path / "state"
    with webhook_receiver() as receiver:
        with sandbox_process(state, receiver.url) as (process, url):
            raw = Raw.of(url)
            stop, accepted = threading.Event(), []
            loader = threading.Thread(target=_load, args=(raw, stop, accepted))
            loader.start()
            deadline = time.monotonic() + 30
            while len(accepted) < 40 and time.monotonic() < deadline:
                time.sleep(0.01)
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
            stop.set()
            loader.join(timeout=60)
        files, dsigs, deliveries = _state(state / "sandbox.sqlite3")
        in_flight_at_kill = sum(1 for s in files.values() if s == "SIGNING") + deliveries["pending"]
        with sandbox_process(state, receiver.url) as (_, url):
            control = SandboxControl(url, CONTROL_TOKEN)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                files, dsigs, deliveries = _state(state / "sandbox.sqlite3")
                waiting = (
                    sum(1 for s in files.values() if s == "SIGNING") + deliveries["pending"] + deliveries["retrying"]
                )
                if waiting == 0:
                    break
                time.sleep(0.1)
            assert control.deliveries(status="failed") == []
        assert len(accepted) >= 40 and files and dsigs
        assert [wsid for wsid, status in files.items() if status != "SIGNED"] == []
        assert [wsid for wsid, status in dsigs.items() if status != "SIGNED"] == []
        for event, ids in (("fileSignatureCompleted", files), ("dataSignatureCompleted", dsigs)):
            nonces: dict[str, set[str]] = {i: set() for i in ids}
            copies = 0
            for delivery in receiver.deliveries:
                if delivery.headers.get("X-Signit-Event") == event:
                    copies += 1
                    raw_data = json.loads(json.loads(delivery.body)["rawData"])
                    wsid = raw_data.get("fileWsid") or raw_data["signature"]["signWsid"]
                    nonces.setdefault(wsid, set()).add(delivery.headers["X-Signit-Nonce"])
            # exactly one delivery per completed job (a copy re-sent after a lost answer keeps its nonce)
            assert {i: len(n) for i, n in nonces.items() if len(n) != 1 or i not in ids} == {}
            print(
                f"{event}: {len(ids)} jobs, {copies} copies received; "
                f"signing or pending at the kill: {in_flight_at_kill}"
            )
