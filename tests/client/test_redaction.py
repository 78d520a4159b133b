"""Secrets never reach log records, exception messages or reprs, over a flow with failures."""

from __future__ import annotations

import logging

import httpx
import pytest

import yiyiqian
from tests.client.loopback import tcp_server
from tests.client.platform import APP_ID, APP_SECRET, envelope
from yiyiqian.errors import YiyiqianError
from yiyiqian_client.api.ca_login import check_ca_login_task
from yiyiqian_client.api.pdf_signing import apply_template_signing
from yiyiqian_client.models import TemplateApplyRequest

STATUS = "/v1/open/users/sso/check-ca-login-task"
APPLY = "/v1/open/hospital/hospitals/templates/apply"


def test_a_whole_flow_with_failures_leaks_no_secret(platform, connect, caplog, monkeypatch):
    monkeypatch.setenv("YIYIQIAN_LOG", "debug")
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx, httpcore
    errors: list[YiyiqianError] = []
    platform.script(
        "GET",
        STATUS,
        envelope(status=503, code="100500500"),
        envelope(),
        httpx.Response(401, json={"error": "invalid_token"}),
        envelope(code="100400400", message="loginId 不存在", status=400),
    )
    platform.script("POST", APPLY, httpx.Response(200, text="<html>oops</html>", headers={"content-type": "text/html"}))
    client = connect(refresh_cooldown=0)
    check_ca_login_task.sync(client=client)  # token, a retry
    for call in (
        lambda: check_ca_login_task.sync(client=client),  # invalid_token: refresh, then 400
        lambda: apply_template_signing.sync(client=client, body=TemplateApplyRequest()),
    ):
        with pytest.raises(YiyiqianError) as caught:
            call()
        errors.append(caught.value)
    with tcp_server("silent") as (url, _):
        slow = yiyiqian.connect(
            url,
            app_id=APP_ID,
            access_token=platform.tokens[-1],
            timeout=0.2,
            retry_policy=yiyiqian.RetryPolicy(max_retries=0),
        )
        with pytest.raises(YiyiqianError) as caught:
            check_ca_login_task.sync(client=slow)
        errors.append(caught.value)

    secrets = [APP_SECRET, *platform.tokens]
    assert len(platform.tokens) == 2
    texts = [r.getMessage() for r in caplog.records]
    texts += [f"{e} {e!r} {e.__dict__}" for e in errors]
    texts += [repr(client), repr(yiyiqian.auth_of(client)), repr(client.get_httpx_client().auth)]
    assert any("HTTP Request" in t for t in texts), "httpx's own request log lines were captured"
    assert any("->" in t and "code=" in t for t in texts), "our request/response lines were captured"
    for text in texts:
        for secret in secrets:
            assert secret not in text, text
