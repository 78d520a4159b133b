"""Derived clients keep their armour; one client serves consecutive event loops, and trio.

Against the sandbox over loopback: real connections are what tie an async pool to its loop.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

import yiyiqian
import yiyiqian_client
from tests.sandbox.server import RunningSandbox
from yiyiqian.errors import ConfigurationError, RequestTimeout
from yiyiqian_client.api.ca_login import check_ca_login_task, create_ca_login_task
from yiyiqian_client.models import CaLoginTaskRequest
from yiyiqian_sandbox import DEFAULT_APP_ID, DEFAULT_APP_SECRET


@pytest.fixture
def client(sandbox_server: RunningSandbox) -> yiyiqian_client.Client:
    return yiyiqian.connect(sandbox_server.url, app_id=DEFAULT_APP_ID, app_secret=DEFAULT_APP_SECRET, timeout=10)


def _status(client: yiyiqian_client.Client) -> str:
    return create_ca_login_task.sync(client=client, body=CaLoginTaskRequest()).code


@pytest.mark.parametrize(
    "derive",
    [
        lambda c: c.with_headers({"X-Trace": "t1"}),
        lambda c: c.with_cookies({"c": "1"}),
        lambda c: c.with_timeout(httpx.Timeout(5.0)),
    ],
    ids=["with_headers", "with_cookies", "with_timeout"],
)
def test_a_derived_client_keeps_auth_and_errors_and_shares_the_token(client, derive):
    _status(client)
    derived = derive(client)
    assert _status(derived) == "100100000"  # the token went along: the sandbox accepted the call
    assert yiyiqian.auth_of(derived) is yiyiqian.auth_of(client)
    assert yiyiqian.auth_of(client).token_requests == 1
    with pytest.raises(yiyiqian.errors.BadRequestError):  # typed errors too (a 400 from the sandbox)
        check_ca_login_task.sync(client=derived, login_id="")


def test_deriving_leaves_the_original_untouched_and_closing_a_copy_keeps_it_working(client):
    before = client.get_httpx_client().timeout
    with client.with_timeout(httpx.Timeout(1.5)).with_headers({"X-Trace": "t2"}) as derived:
        assert derived.get_httpx_client().timeout == httpx.Timeout(1.5)
        _status(derived)
    assert client.get_httpx_client().timeout == before
    assert "X-Trace" not in client.get_httpx_client().headers
    assert _status(client) == "100100000"  # the shared pool was not closed with the copy


def test_a_derived_timeout_is_the_whole_call_deadline(sandbox_server):
    client = yiyiqian.connect(sandbox_server.url, app_id=DEFAULT_APP_ID, app_secret=DEFAULT_APP_SECRET)
    _status(client)
    sandbox_server.control.set_faults(latency_rate=1.0, latency_ms=1500)
    try:
        with pytest.raises(RequestTimeout):
            _status(client.with_timeout(httpx.Timeout(0.3)))
    finally:
        sandbox_server.control.set_faults()


def test_one_client_serves_consecutive_asyncio_runs(client):
    async def call() -> str:
        answer = await create_ca_login_task.asyncio(client=client, body=CaLoginTaskRequest())
        return answer.code

    assert [asyncio.run(call()) for _ in range(3)] == ["100100000"] * 3
    assert yiyiqian.auth_of(client).token_requests == 1


def test_two_live_event_loops_on_one_client_get_a_clear_error(client):
    async def call() -> None:
        await create_ca_login_task.asyncio(client=client, body=CaLoginTaskRequest())

    first = asyncio.new_event_loop()
    try:
        first.run_until_complete(call())
        with pytest.raises(ConfigurationError, match="event loop"):
            asyncio.run(call())
    finally:
        first.close()
    asyncio.run(call())  # the first loop is closed now: the client moves to the new one


def test_calls_work_under_trio(client):
    trio = pytest.importorskip("trio")

    async def main() -> list[str]:
        results: list[str] = []

        async def one() -> None:
            answer = await create_ca_login_task.asyncio(client=client, body=CaLoginTaskRequest())
            results.append(answer.code)

        async with trio.open_nursery() as nursery:
            for _ in range(4):
                nursery.start_soon(one)
        return results

    assert trio.run(main) == ["100100000"] * 4
    assert yiyiqian.auth_of(client).token_requests == 1


def test_a_copy_with_other_retries_follows_the_client_to_a_new_event_loop(client):
    quick = client.with_options(max_retries=0)

    async def call(target: yiyiqian_client.Client) -> str:
        return (await create_ca_login_task.asyncio(client=target, body=CaLoginTaskRequest())).code

    assert asyncio.run(call(client)) == "100100000"
    assert asyncio.run(call(quick)) == "100100000"  # the first loop is closed: the pool was renewed
    assert asyncio.run(call(client)) == "100100000"
