"""State survives a restart; faults behave as set; webhook deliveries are retried; the CLI starts."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx
import pytest

import yiyiqian
from tests.sandbox.receiver import webhook_receiver
from tests.sandbox.server import running_sandbox
from yiyiqian.errors import ResponseDecodeError, ServerError, TransportError
from yiyiqian_client.api.ca_login import check_ca_login_task
from yiyiqian_client.api.data_signature import get_data_signature, quick_sign_data
from yiyiqian_client.api.emr_basic import push_patients
from yiyiqian_client.models import DataSignatureBusiness, DataSignatureRequest, Patient, PatientsPushRequest
from yiyiqian_sandbox import DEFAULT_APP_ID, DEFAULT_APP_SECRET, SandboxConfig, free_port


def _connect(url: str, **options) -> yiyiqian.connect:  # type: ignore[valid-type]
    return yiyiqian.connect(url, app_id=DEFAULT_APP_ID, app_secret=DEFAULT_APP_SECRET, **options)


def test_restarting_on_the_same_state_dir_keeps_everything(tmp_path):
    config = SandboxConfig(state_dir=tmp_path, auto_login_after=None)
    with running_sandbox(config) as first:
        client = _connect(first.url)
        record = quick_sign_data.sync(
            client=client,
            body=DataSignatureRequest(
                business=DataSignatureBusiness(doctor_id="job_wutao", service_id="KEEP-1"), signing_data="保留"
            ),
        ).data
        root = (tmp_path / "pki" / "root.pem").read_bytes()
    with running_sandbox(SandboxConfig(state_dir=tmp_path, auto_login_after=None)) as second:
        client = _connect(second.url)  # the old token would work too: tokens are state as well
        again = get_data_signature.sync(client=client, sign_wsid=record.signature.sign_wsid).data
        assert again.signature.sign_value == record.signature.sign_value
        assert (tmp_path / "pki" / "root.pem").read_bytes() == root


def test_faults_behave_as_set(tmp_path):
    with running_sandbox(SandboxConfig(state_dir=tmp_path, auto_login_after=None)) as server:
        client = _connect(server.url, retry_policy=yiyiqian.RetryPolicy(max_retries=0), refresh_cooldown=0.0)
        push = PatientsPushRequest(items=[Patient(patient_id="F-1", patient_name="测")])
        push_patients.sync(client=client, body=push)  # a token while faults are off

        def set_faults(**faults) -> None:
            server.control.set_faults(**faults)

        set_faults(error_rate=1.0)
        with pytest.raises((ServerError, ResponseDecodeError)):  # a 500/503 envelope or a 502 HTML page
            push_patients.sync(client=client, body=push)
        set_faults(malformed_rate=1.0)
        with pytest.raises(ResponseDecodeError):
            push_patients.sync(client=client, body=push)
        set_faults(drop_rate=1.0)
        with pytest.raises(TransportError):
            push_patients.sync(client=client, body=push)
        set_faults(token_expiry_every=2)
        tokens_before = yiyiqian.auth_of(client).token_requests
        push_patients.sync(client=client, body=push)
        push_patients.sync(client=client, body=push)  # every token expired -> refused -> refreshed -> retried
        assert yiyiqian.auth_of(client).token_requests == tokens_before + 1
        set_faults(latency_rate=1.0, latency_ms=400)
        slow = _connect(server.url, timeout=0.1, retry_policy=yiyiqian.RetryPolicy(max_retries=0))
        with pytest.raises(yiyiqian.errors.RequestTimeout):
            check_ca_login_task.sync(client=slow, login_id="x")
        set_faults()
        counters = server.control.stats()["counters"]
        assert counters["faults_error"] == counters["faults_malformed"] == counters["faults_drop"] == 1


def test_failed_deliveries_are_retried_and_logged(tmp_path):
    with webhook_receiver() as receiver:
        receiver.fail_first = 2
        config = SandboxConfig(
            state_dir=tmp_path, auto_login_after=None, webhook_urls=[receiver.url], webhook_backoff=0.01
        )
        with running_sandbox(config) as server:
            client = _connect(server.url)
            quick_sign_data.sync(
                client=client,
                body=DataSignatureRequest(
                    business=DataSignatureBusiness(doctor_id="job_wutao", service_id="RETRY-1"), signing_data="x"
                ),
            )
            receiver.wait_for("dataSignatureCompleted", "RETRY-1")
            server.settle()
            (log,) = server.control.deliveries()
            assert (log["status"], log["attempts"], log["event"]) == ("delivered", 3, "dataSignatureCompleted")


def test_the_command_line_starts_a_server(tmp_path):
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "yiyiqian_sandbox",
            "--port",
            str(port),
            "--state-dir",
            str(tmp_path),
            "--log-level",
            "warning",
        ],
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                answer = httpx.get(
                    f"http://127.0.0.1:{port}/v1/oauth/oauth/token",
                    params={
                        "client_id": DEFAULT_APP_ID,
                        "client_secret": DEFAULT_APP_SECRET,
                        "grant_type": "client_credentials",
                    },
                )
                break
            except httpx.ConnectError:
                assert process.poll() is None and time.monotonic() < deadline
                time.sleep(0.1)
        assert answer.status_code == 200 and answer.json()["expires_in"] == 7200
        assert (tmp_path / "sandbox.sqlite3").exists()
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_help_lists_the_documented_options():
    out = subprocess.run(
        [sys.executable, "-m", "yiyiqian_sandbox", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for option in ("--host", "--port", "--app-id", "--app-secret", "--state-dir", "--webhook-url"):
        assert option in out
