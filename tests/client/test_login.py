"""CA QR login: start (1.1), then poll 1.2 until data appears; timeout and cancellation."""

from __future__ import annotations

import asyncio
import threading

import pytest

from tests.client.platform import envelope
from yiyiqian import login
from yiyiqian.errors import LoginCancelled, LoginTimeout, UnexpectedResponseError, YiyiqianError

CREATE = "/v1/open/users/sso/create-ca-login-task"
STATUS = "/v1/open/users/sso/check-ca-login-task"
LOGIN_ID = "4d5750e4-798e-40f8-ab84-b8efd48ed101-764341"
LOGGED_IN = {
    "session": {"sessionId": "s-1"},
    "userInfo": {"userJobId": "job_wutao", "name": "吴涛"},
    "certificate": {"serialNumber": "4f1a2b", "subject": "CN=吴涛"},
}


def test_start_returns_the_login_id_and_qr_content(platform, connect):
    task = {"loginId": LOGIN_ID, "qrCodeContent": "yyq://ca-login?x", "expiresIn": 300}
    platform.script("POST", CREATE, envelope(task))
    task = login.start(connect())
    assert task == login.LoginTask(LOGIN_ID, "yyq://ca-login?x", 300)


def test_start_without_data_is_a_typed_error(platform, connect):
    platform.script("POST", CREATE, envelope())
    with pytest.raises(UnexpectedResponseError):
        login.start(connect())


def test_wait_polls_until_the_user_has_scanned_and_logged_in(platform, connect):
    platform.script("GET", STATUS, envelope(), envelope(), envelope(), envelope(LOGGED_IN))
    result = login.wait(connect(), LOGIN_ID, interval=0.001, timeout=30)
    assert result.user_info.name == "吴涛"
    assert result.certificate.serial_number == "4f1a2b"
    polls = [r for r in platform.requests if r.url.path == STATUS]
    assert len(polls) == 4
    assert {r.url.params["loginId"] for r in polls} == {LOGIN_ID}


def test_wait_times_out_with_a_typed_timeout(platform, connect):
    platform.script("GET", STATUS, envelope())
    with pytest.raises(LoginTimeout) as caught:
        login.wait(connect(), LOGIN_ID, interval=0.01, timeout=0.05)
    assert isinstance(caught.value, YiyiqianError) and isinstance(caught.value, TimeoutError)
    assert caught.value.login_id == LOGIN_ID


def test_wait_stops_when_cancelled(platform, connect):
    platform.script("GET", STATUS, envelope())
    cancel = threading.Event()
    threading.Timer(0.05, cancel.set).start()
    with pytest.raises(LoginCancelled):
        login.wait(connect(), LOGIN_ID, interval=10, timeout=60, cancel=cancel)


def test_async_start_and_wait(platform, connect):
    platform.script("POST", CREATE, envelope({"loginId": LOGIN_ID, "qrCodeContent": "q"}))
    platform.script("GET", STATUS, envelope(), envelope(LOGGED_IN))
    client = connect()

    async def main():
        task = await login.start_async(client)
        return await login.wait_async(client, task.login_id, interval=0.001, timeout=30)

    assert asyncio.run(main()).session.session_id == "s-1"


def test_async_wait_is_cancellable_and_times_out(platform, connect):
    platform.script("GET", STATUS, envelope())
    client = connect()

    async def cancelled():
        task = asyncio.create_task(login.wait_async(client, LOGIN_ID, interval=10, timeout=60))
        await asyncio.sleep(0.05)
        task.cancel()
        await task

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(cancelled())
    with pytest.raises(LoginTimeout):
        asyncio.run(login.wait_async(client, LOGIN_ID, interval=0.01, timeout=0.05))
