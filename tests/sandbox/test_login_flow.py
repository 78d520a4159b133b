"""CA QR login against the sandbox: pending -> scanned -> logged in, with the 1.3 callback."""

from __future__ import annotations

import json

import yiyiqian
from tests.sandbox.conftest import verify_delivery
from yiyiqian_client.api.ca_login import check_ca_login_task
from yiyiqian_client.types import Unset


def test_status_has_no_data_until_login_then_the_user_and_certificate(server, client, receiver):
    task = yiyiqian.login.start(client)
    assert task.qr_content.startswith("yyq://ca-login?loginId=" + task.login_id)
    before = check_ca_login_task.sync(client=client, login_id=task.login_id)
    assert isinstance(before.data, Unset) and before.message == "操作成功"
    assert server.control.scan_login(task.login_id) == "scanned"
    assert isinstance(check_ca_login_task.sync(client=client, login_id=task.login_id).data, Unset)
    assert server.control.confirm_login(task.login_id, user_job_id="lidd") == "logged_in"
    result = yiyiqian.login.wait(client, task.login_id, interval=0.05, timeout=10)
    assert result.user_info.name == "李东东"
    assert result.certificate.subject.startswith("CN=李东东")
    assert result.certificate.issuer.startswith("CN=Yiyiqian Sandbox Intermediate CA")

    (delivery,) = receiver.wait_for("caLoginCompleted", task.login_id)
    verify_delivery(delivery)
    event = yiyiqian.webhooks.parse(delivery.body)
    assert event.data.login_id == task.login_id and event.data.user_info.user_job_id == "lidd"


def test_an_unknown_login_task_is_a_bad_request(client):
    try:
        check_ca_login_task.sync(client=client, login_id="4d5750e4-0000-0000-0000-000000000000-1")
    except yiyiqian.errors.BadRequestError as error:
        assert "不存在" in error.message
    else:
        raise AssertionError("expected BadRequestError")


def test_auto_login_after_a_delay(server, client):
    server.sandbox.config.auto_login_after = 0.1
    try:
        task = yiyiqian.login.start(client)
        result = yiyiqian.login.wait(client, task.login_id, interval=0.05, timeout=10)
    finally:
        server.sandbox.config.auto_login_after = None
    assert result.session.session_id
    assert json.loads(json.dumps(result.to_dict()))["userInfo"]["userJobId"] == "job_wutao"
