"""Retry policy: GET is retried, signing POSTs never after they may have reached the server."""

from __future__ import annotations

import asyncio

import httpx
import pytest

import yiyiqian
from tests.client.loopback import refused_url, tcp_server
from tests.client.platform import APP_ID, envelope
from yiyiqian.errors import RateLimitError, RequestTimeout, ServerError, TransportError
from yiyiqian_client.api.ca_login import check_ca_login_task
from yiyiqian_client.api.pdf_signing import apply_template_signing
from yiyiqian_client.models import TemplateApplyRequest

STATUS = "/v1/open/users/sso/check-ca-login-task"
APPLY = "/v1/open/hospital/hospitals/templates/apply"


def _calls(platform, method: str) -> int:
    return sum(r.method == method for r in platform.requests)


@pytest.mark.parametrize("status", [502, 503, 504])
def test_get_is_retried_on_gateway_errors(platform, connect, status):
    platform.script("GET", STATUS, envelope(status=status, code="100500500"), envelope())
    assert check_ca_login_task.sync(client=connect()).code == "100100000"
    assert _calls(platform, "GET") == 2


def test_get_gives_up_after_max_retries(platform, connect):
    platform.script("GET", STATUS, envelope(status=503, code="100500500"))
    with pytest.raises(ServerError):
        check_ca_login_task.sync(client=connect(max_retries=2))
    assert _calls(platform, "GET") == 3


def test_get_is_retried_on_connection_errors(platform, connect):
    platform.script("GET", STATUS, httpx.ReadError("connection reset"), envelope())
    assert check_ca_login_task.sync(client=connect()).code == "100100000"
    assert _calls(platform, "GET") == 2


def test_429_honours_retry_after_up_to_the_cap(platform, connect):
    limited = httpx.Response(429, json={"code": "100429429", "message": "慢一点"}, headers={"Retry-After": "0"})
    platform.script("GET", STATUS, limited, envelope())
    assert check_ca_login_task.sync(client=connect()).code == "100100000"
    too_long = httpx.Response(429, json={"code": "100429429", "message": "慢一点"}, headers={"Retry-After": "3600"})
    platform.script("GET", STATUS, too_long)
    with pytest.raises(RateLimitError):
        check_ca_login_task.sync(client=connect())
    assert _calls(platform, "GET") == 3  # 2 for the first call, 1 for the second


def test_retry_after_is_used_as_the_delay():
    policy = yiyiqian.RetryPolicy(backoff_base=1.0, retry_after_max=30)
    assert policy.delay(0, "7") == 7.0
    assert policy.delay(0, "31") is None
    assert 0 <= policy.delay(3) <= 8.0  # full jitter within the exponential bound
    assert policy.delay(0, "Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # a date in the past


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_a_signing_post_is_never_retried_on_a_status(platform, connect, status):
    platform.script("POST", APPLY, envelope(status=status, code="100500500"), envelope({"fileWsid": "x"}))
    with pytest.raises((ServerError, RateLimitError)):
        apply_template_signing.sync(client=connect(), body=TemplateApplyRequest(custom_tag_id="T1"))
    assert _calls(platform, "POST") == 1


@pytest.mark.parametrize(
    "error",
    [
        httpx.ReadError("reset"),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("server disconnected"),
        httpx.WriteError("broken"),
    ],
)
def test_a_signing_post_is_never_retried_once_it_may_have_been_sent(platform, connect, error):
    platform.script("POST", APPLY, error, envelope())
    with pytest.raises(TransportError) as caught:
        apply_template_signing.sync(client=connect(), body=TemplateApplyRequest(custom_tag_id="T1"))
    assert caught.value.method == "POST" and caught.value.path == APPLY
    assert _calls(platform, "POST") == 1


@pytest.mark.parametrize(
    "error",
    [httpx.ConnectError("refused"), httpx.ConnectTimeout("no syn-ack"), httpx.PoolTimeout("no free connection")],
)
def test_a_signing_post_is_retried_when_it_was_certainly_not_sent(platform, connect, error):
    valid = {"fileWsid": "WSID_FILE_0000018f6cca445c0242196331aa0001"}
    platform.script("POST", APPLY, error, envelope(valid))
    apply_template_signing.sync(client=connect(), body=TemplateApplyRequest(custom_tag_id="T1"))
    assert _calls(platform, "POST") == 2


def test_async_calls_follow_the_same_policy(platform, connect):
    platform.script("GET", STATUS, envelope(status=503, code="100500500"), envelope())
    platform.script("POST", APPLY, envelope(status=503, code="100500500"))
    client = connect()

    async def main() -> None:
        await check_ca_login_task.asyncio(client=client)
        with pytest.raises(ServerError):
            await apply_template_signing.asyncio(client=client, body=TemplateApplyRequest())

    asyncio.run(main())
    assert _calls(platform, "GET") == 2 and _calls(platform, "POST") == 1


def test_a_silent_server_raises_request_timeout_not_a_hang():
    with tcp_server("silent") as (url, received):
        client = yiyiqian.connect(
            url,
            app_id=APP_ID,
            access_token="fixed-3e9dec5f",
            timeout=0.3,
            retry_policy=yiyiqian.RetryPolicy(max_retries=1, backoff_base=0.0),
        )
        with pytest.raises(RequestTimeout) as caught:
            check_ca_login_task.sync(client=client)
        assert isinstance(caught.value, TimeoutError)  # the built-in one too
        assert len(received) == 1  # the deadline covers every attempt: no time was left for a retry


def test_a_silent_server_is_not_sent_a_signing_post_twice():
    with tcp_server("silent") as (url, received):
        client = yiyiqian.connect(url, app_id=APP_ID, access_token="fixed-3e9dec5f", timeout=0.3)
        with pytest.raises(RequestTimeout):
            apply_template_signing.sync(client=client, body=TemplateApplyRequest(custom_tag_id="T1"))
        assert len(received) == 1


def test_a_reset_connection_raises_transport_error():
    with tcp_server("reset") as (url, _):
        client = yiyiqian.connect(
            url, app_id=APP_ID, access_token="fixed-3e9dec5f", retry_policy=yiyiqian.RetryPolicy(max_retries=0)
        )
        with pytest.raises(TransportError):
            check_ca_login_task.sync(client=client)


def test_a_refused_connection_raises_transport_error_after_the_retries():
    client = yiyiqian.connect(
        refused_url(),
        app_id=APP_ID,
        access_token="fixed-3e9dec5f",
        retry_policy=yiyiqian.RetryPolicy(max_retries=2, backoff_base=0.0),
    )
    with pytest.raises(TransportError) as caught:
        check_ca_login_task.sync(client=client)
    assert "ConnectError" in str(caught.value)
