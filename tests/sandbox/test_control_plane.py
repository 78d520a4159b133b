"""/_sandbox: a token, a loopback Host and JSON bodies, or nothing happens; typed bodies.

Bodies are type-checked, and a confirm that conflicts with the task answers 409.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
import pytest

import yiyiqian
from yiyiqian_sandbox import ControlCallError, SandboxControl, free_port
from yiyiqian_sandbox._control import CONTROL_HEADER


def _calls() -> list[tuple[str, str, dict]]:
    return [
        ("POST", "/_sandbox/webhooks", {"json": {"url": "http://127.0.0.1:1/evil"}}),
        ("PUT", "/_sandbox/faults", {"json": {"error_rate": 1.0}}),
        ("POST", "/_sandbox/tokens/expire", {}),
        ("GET", "/_sandbox/webhooks/deliveries", {}),
        ("GET", "/_sandbox/stats", {}),
        ("GET", "/_sandbox/pki/root.pem", {}),
        ("POST", "/_sandbox/ca-login/x/confirm", {"json": {"userJobId": "lidd"}}),
    ]


def _snapshot(server) -> tuple:
    store = server.sandbox.store
    return (store.subscribers(), server.control.faults(), store.token_count(), server.sandbox.store.deliveries())


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({CONTROL_HEADER: "wrong"}, 401),
        ({"Host": "evil.example"}, 403),
        ({"Host": "evil.example:8765"}, 403),
    ],
    ids=["no-token", "wrong-token", "foreign-host", "foreign-host-port"],
)
def test_refused_control_calls_change_nothing(server, client, headers, status):
    yiyiqian.auth_of(client)  # a token exists, so "expire" would have something to change
    before = _snapshot(server)
    token = {CONTROL_HEADER: server.control_token} if status == 403 else {}
    for method, path, kwargs in _calls():
        answer = httpx.request(method, server.url + path, headers={**token, **headers}, **kwargs)
        assert answer.status_code == status, (path, answer.text)
    assert _snapshot(server) == before


def test_a_text_plain_body_is_refused_with_415(server):
    before = _snapshot(server)
    answer = httpx.post(
        server.url + "/_sandbox/webhooks",
        content=b'{"url": "http://127.0.0.1:1/evil"}',
        headers={CONTROL_HEADER: server.control_token, "Content-Type": "text/plain"},
    )
    assert answer.status_code == 415
    assert _snapshot(server) == before


@pytest.mark.parametrize(
    "faults",
    [
        {"error_rate": "abc"},
        {"error_rate": 2},
        {"seed": 1.5},
        {"latency_ms": -1},
        {"nonsense": 1},
        {"error_rate": True},
    ],
)
def test_fault_settings_are_type_checked(server, client, faults):
    before = server.control.faults()
    with pytest.raises(ControlCallError) as refused:
        server.control.set_faults(**faults)
    assert refused.value.status == 400
    assert server.control.faults() == before
    assert yiyiqian.auth_of(client) is not None


def test_unknown_keys_are_refused_and_a_conflicting_confirm_is_409(server, client):
    task = yiyiqian.login.start(client)
    unknown = httpx.post(
        f"{server.url}/_sandbox/ca-login/{task.login_id}/confirm",
        json={"user_job_id": "lidd"},
        headers={CONTROL_HEADER: server.control_token},
    )
    assert unknown.status_code == 400 and "user_job_id" in unknown.json()["message"]
    assert server.sandbox.store.get("login", task.login_id).status == "pending"
    assert server.control.confirm_login(task.login_id) == "logged_in"  # the first seed doctor
    assert server.control.confirm_login(task.login_id, "job_wutao") == "logged_in"  # the same user again: fine
    with pytest.raises(ControlCallError) as conflict:
        server.control.confirm_login(task.login_id, "lidd")
    assert conflict.value.status == 409
    with pytest.raises(ControlCallError) as missing:
        server.control.confirm_login("no-such-task")
    assert missing.value.status == 404


def test_subscriptions_can_be_listed_and_removed(server):
    control = server.control
    hook = "http://127.0.0.1:9/temporary"
    with control.subscribed(hook):
        assert hook in control.subscribers()
    assert hook not in control.subscribers()
    with pytest.raises(ControlCallError) as gone:
        control.unsubscribe(hook)
    assert gone.value.status == 404


def test_the_delivery_log_filter_is_checked(server):
    with pytest.raises(ControlCallError) as bad:
        server.control.deliveries(status="everything")
    assert bad.value.status == 400


def test_the_command_line_prints_a_random_control_token_or_takes_one(tmp_path):
    for given in (None, "my-own-token"):
        port = free_port()
        command = [sys.executable, "-m", "yiyiqian_sandbox", "--port", str(port), "--log-level", "warning"]
        command += ["--state-dir", str(tmp_path / (given or "random"))]
        env = {"YIYIQIAN_SANDBOX_CONTROL_TOKEN": given} if given else {}
        process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env={**os.environ, **env})
        try:
            lines = [process.stderr.readline(), process.stderr.readline() if not given else ""]
            printed = [line.rsplit(" ", 1)[-1].strip() for line in lines if "control token" in line]
            token = given or printed[0]
            assert (printed == []) is bool(given)  # a chosen token is not printed
            control = SandboxControl(f"http://127.0.0.1:{port}", token)
            deadline = time.monotonic() + 30
            while True:
                try:
                    assert "counters" in control.stats()
                    break
                except httpx.ConnectError:
                    assert time.monotonic() < deadline
                    time.sleep(0.1)
            with pytest.raises(ControlCallError):
                SandboxControl(f"http://127.0.0.1:{port}", token + "x").stats()
        finally:
            process.terminate()
            process.wait(timeout=30)
