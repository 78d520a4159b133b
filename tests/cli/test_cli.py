"""The `yiyiqian` command against a sandbox: every command, its output, its errors, its exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time

import pytest
from typer.testing import CliRunner

from tests.sandbox.server import running_sandbox
from tests.vectors import headers_of
from yiyiqian._cli._app import app
from yiyiqian_sandbox import DEFAULT_APP_ID, DEFAULT_APP_SECRET, SandboxConfig, free_port

runner = CliRunner()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    config = SandboxConfig(state_dir=tmp_path_factory.mktemp("cli-sandbox"), auto_login_after=0.3, async_delay=0.05)
    with running_sandbox(config) as running:
        yield running


@pytest.fixture(autouse=True)
def settings(server, monkeypatch):
    monkeypatch.setenv("YIYIQIAN_BASE_URL", server.url)
    monkeypatch.setenv("YIYIQIAN_APP_ID", DEFAULT_APP_ID)
    monkeypatch.setenv("YIYIQIAN_APP_SECRET", DEFAULT_APP_SECRET)
    monkeypatch.setenv("YIYIQIAN_CONFIG", "/nonexistent/yiyiqian.toml")


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


def test_ops_lists_every_operation_with_toc_and_evidence():
    result = run("ops")
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 48
    assert any("1.2" in line and "checkCaLoginTask" in line and "documented" in line for line in lines)
    only = run("ops", "--evidence", "documented").output.strip().splitlines()
    assert len(only) == 4 and all(line.rstrip().endswith("documented") for line in only)


def test_call_prints_the_data_as_json():
    result = run("call", "pushPatients", "--data", '{"items": [{"patientID": "CLI-1", "patientName": "王芳"}]}')
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {"received": 1, "created": 1, "updated": 0}


def test_call_reads_the_body_from_a_file_and_query_parameters(tmp_path):
    body = tmp_path / "body.json"
    body.write_text(json.dumps({"userJobIds": ["job_wutao"]}), encoding="utf-8")
    result = run("call", "batchGetUserHandwrittenSignatures", "--data", f"@{body}")
    assert result.exit_code == 0 and json.loads(result.output)[0]["userJobId"] == "job_wutao"
    shield = run("call", "getUserPhoneShieldSettings", "--param", "userJobId=job_wutao")
    assert json.loads(shield.output)["enabled"] is True


def test_call_uploads_a_file(tmp_path):
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%%EOF\n")
    result = run("call", "verifyUploadedFile", "--file", str(pdf))
    assert result.exit_code == 1 and "cannot read this PDF" in result.output


@pytest.mark.parametrize(
    ("args", "code", "text"),
    [
        (("call", "checkCaLoginTask", "--param", "loginId=nope"), 1, "BadRequestError: code 100400404"),
        (("call", "noSuchOperation"), 2, "no operation 'noSuchOperation'"),
        (("call", "checkCaLoginTask", "--param", "foo=1"), 2, "has no parameter 'foo'"),
        (("call", "checkCaLoginTask", "--param", "loginId"), 2, "name=value"),
        (("call", "pushPatients", "--data", "{not json"), 2, "--data is not JSON"),
        (("call", "pushPatients"), 2, "needs a body"),
        (("call", "pushPatients", "--data", '{"items": "x"}'), 2, "does not fit"),
        (("--base-url", "http://127.0.0.1:9", "call", "checkCaLoginTask"), 3, "TransportError"),
        (("--config", "/nonexistent.toml", "call", "checkCaLoginTask"), 2, "config file not found"),
    ],
)
def test_errors_give_a_message_and_an_exit_code(args, code, text):
    result = run(*args)
    assert result.exit_code == code, result.output
    assert text in result.output


def test_secrets_are_never_echoed():
    outputs = [
        run(*args).output
        for args in (
            ("ops",),
            ("call", "checkCaLoginTask", "--param", "loginId=x"),
            ("--app-secret", "sk" + "9" * 32, "call", "checkCaLoginTask"),
        )
    ]
    assert not any(DEFAULT_APP_SECRET in o or "sk" + "9" * 32 in o for o in outputs)


def test_settings_come_from_a_config_file(tmp_path, monkeypatch, server):
    config = tmp_path / "config.toml"
    config.write_text(f'base_url = "{server.url}"\napp_id = "{DEFAULT_APP_ID}"\napp_secret = "{DEFAULT_APP_SECRET}"\n')
    for name in ("YIYIQIAN_BASE_URL", "YIYIQIAN_APP_ID", "YIYIQIAN_APP_SECRET"):
        monkeypatch.delenv(name)
    result = run("--config", str(config), "call", "getUserPhoneShieldSettings", "--param", "userJobId=lidd")
    assert result.exit_code == 0, result.output


def test_login_draws_the_qr_code_and_prints_who_logged_in():
    result = run("login", "--interval", "0.1", "--timeout", "20")
    assert result.exit_code == 0, result.output
    assert "scan this QR code" in result.output and "█" in result.output
    assert "logged in after" in result.output and "吴涛 (job_wutao)" in result.output
    assert "certificate: CN=吴涛" in result.output


def test_login_times_out_with_exit_code_3(server):
    server.sandbox.config.auto_login_after = None
    try:
        result = run("login", "--interval", "0.05", "--timeout", "0.3")
    finally:
        server.sandbox.config.auto_login_after = 0.3
    assert result.exit_code == 3 and "not completed" in result.output


def test_login_is_cancelled_cleanly_by_ctrl_c(server):
    server.sandbox.config.auto_login_after = None
    env = {
        "YIYIQIAN_BASE_URL": server.url,
        "YIYIQIAN_APP_ID": DEFAULT_APP_ID,
        "YIYIQIAN_APP_SECRET": DEFAULT_APP_SECRET,
    }
    try:
        process = subprocess.Popen(
            [sys.executable, "-c", "from yiyiqian._cli import main; main()", "login", "--interval", "0.1"],
            env={**__import__("os").environ, **env},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(2.0)
        process.send_signal(__import__("signal").SIGINT)
        _, stderr = process.communicate(timeout=30)
    finally:
        server.sandbox.config.auto_login_after = 0.3
    assert process.returncode == 130 and "cancelled" in stderr
    assert "Traceback" not in stderr


def test_webhook_verify_accepts_the_vendor_captures_and_refuses_a_forgery(tmp_path, reference_dir, monkeypatch):
    vector = json.loads((reference_dir / "webhook-vectors-sample.json").read_text(encoding="utf-8"))[0]
    (tmp_path / "headers.json").write_text(json.dumps(headers_of(vector)))
    (tmp_path / "body.bin").write_bytes(vector["body"].encode())
    monkeypatch.setenv("YIYIQIAN_APP_ID", vector["app_id"])
    monkeypatch.setenv("YIYIQIAN_APP_SECRET", vector["app_secret"])
    args = (
        "webhook",
        "verify",
        "--headers",
        str(tmp_path / "headers.json"),
        "--body",
        str(tmp_path / "body.bin"),
        "--ignore-date",  # a 2019 capture: only its signature is checked
    )
    result = run(*args)
    assert result.exit_code == 0 and "verified: personVerificationSubmitted" in result.output
    (tmp_path / "body.bin").write_bytes(vector["body"].encode().replace(b"INCOMPLETE", b"COMPLETE!!"))
    forged = run(*args)
    assert forged.exit_code == 4 and "signature_mismatch" in forged.output


def test_webhook_serve_verifies_and_prints_sandbox_deliveries(server):
    port = free_port()
    results = {}
    thread = threading.Thread(
        target=lambda: results.setdefault("r", run("webhook", "serve", "--port", str(port), "--max-events", "1")),
        daemon=True,
    )
    thread.start()
    time.sleep(0.5)
    server.control.subscribe(f"http://127.0.0.1:{port}/hook")
    assert (
        run(
            "call",
            "pushQualityControlResults",
            "--data",
            json.dumps({"items": [{"patientID": "CLI-QC", "admissionNumber": "Z1", "score": 90}]}),
        ).exit_code
        == 0
    )
    thread.join(timeout=30)
    assert not thread.is_alive(), "the receiver did not get the delivery"
    output = results["r"].output
    assert "emrQualityControlChanged" in output and "verified" in output and "CLI-QC" in output


def test_every_command_has_help_with_an_example():
    for args in (("ops",), ("call",), ("login",), ("webhook", "verify"), ("webhook", "serve"), ("sandbox",)):
        result = run(*args, "--help")
        assert result.exit_code == 0 and "Example:" in result.output, args


def test_the_sandbox_command_starts_the_sandbox():
    result = subprocess.run(
        [sys.executable, "-c", "from yiyiqian._cli import main; main()", "sandbox", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and "--state-dir" in result.stdout
