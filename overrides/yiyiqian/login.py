"""CA QR-code login (1.1 / 1.2): create the task, show the QR code, poll until the doctor logs in.

    task = yiyiqian.login.start(client)              # task.qr_content -> render as a QR code
    result = yiyiqian.login.wait(client, task.login_id, timeout=300)
    result.user_info, result.certificate, result.session

The vendor recommends polling 1.2 every 5 s; 1.2 answers without `data` until the user has
scanned and logged in. Async twins: `start_async`, `wait_async` (cancel the task to stop).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Protocol

import anyio

import yiyiqian_client
from yiyiqian_client.api.ca_login import check_ca_login_task, create_ca_login_task
from yiyiqian_client.models import (
    CaLoginResult,
    CaLoginTaskRequest,
    CheckCaLoginTaskResponse200,
    CreateCaLoginTaskResponse200,
)
from yiyiqian_client.types import UNSET, Unset

from .errors import LoginCancelled, LoginTimeout, UnexpectedResponseError

__all__ = ["DEFAULT_INTERVAL", "LoginTask", "start", "start_async", "wait", "wait_async"]

DEFAULT_INTERVAL = 5.0  # the vendor's recommended polling period
DEFAULT_TIMEOUT = 300.0


@dataclass(frozen=True)
class LoginTask:
    login_id: str
    qr_content: str
    expires_in: int | None


def _task_of(answer: object) -> LoginTask:
    if not isinstance(answer, CreateCaLoginTaskResponse200) or isinstance(answer.data, Unset):
        raise UnexpectedResponseError(
            "the login task answer carries no data",
            status_code=200,
            method="POST",
            path=create_ca_login_task._get_kwargs()["url"],
        )
    data = answer.data
    return LoginTask(
        data.login_id, data.qr_code_content, None if isinstance(data.expires_in, Unset) else data.expires_in
    )


def _result_of(answer: object) -> CaLoginResult | None:
    """The login result once there is one; None while the user has not logged in.

    A `data` of another shape than the spec's (null, a string...) is read as "not yet": the
    platform answered with success, and the next poll may bring the result.
    """
    if not isinstance(answer, CheckCaLoginTaskResponse200):
        raise UnexpectedResponseError(
            "unexpected answer to the login status query",
            status_code=200,
            method="GET",
            path=check_ca_login_task._get_kwargs()["url"],
        )
    return answer.data if isinstance(answer.data, CaLoginResult) else None


class _Connected(Protocol):
    """A yiyiqian.Yiyiqian (or AsyncYiyiqian): the helpers use its low-level client."""

    @property
    def low_level(self) -> yiyiqian_client.Client: ...


AnyClient = yiyiqian_client.Client | _Connected


def _low(client: AnyClient) -> yiyiqian_client.Client:
    return client if isinstance(client, yiyiqian_client.Client) else client.low_level


def _request(app_id: str | None) -> CaLoginTaskRequest:
    return CaLoginTaskRequest(app_id=UNSET if app_id is None else app_id)


def start(client: AnyClient, *, app_id: str | None = None) -> LoginTask:
    """Create a login task (1.1)."""
    return _task_of(create_ca_login_task.sync(client=_low(client), body=_request(app_id)))


async def start_async(client: AnyClient, *, app_id: str | None = None) -> LoginTask:
    return _task_of(await create_ca_login_task.asyncio(client=_low(client), body=_request(app_id)))


def wait(
    client: AnyClient,
    login_id: str,
    *,
    interval: float = DEFAULT_INTERVAL,
    timeout: float = DEFAULT_TIMEOUT,
    cancel: threading.Event | None = None,
) -> CaLoginResult:
    """Poll 1.2 until the user has logged in; LoginTimeout after `timeout` seconds.

    Setting `cancel` (from another thread) stops the wait with LoginCancelled.
    """
    started = time.monotonic()
    while True:
        result = _result_of(check_ca_login_task.sync(client=_low(client), login_id=login_id))
        if result is not None:
            return result
        remaining = timeout - (time.monotonic() - started)
        if remaining <= 0:
            raise LoginTimeout(login_id, time.monotonic() - started)
        pause = min(interval, remaining)
        if cancel is not None:
            if cancel.wait(pause):
                raise LoginCancelled(f"waiting for CA QR login {login_id} was cancelled")
        else:
            time.sleep(pause)


async def wait_async(
    client: AnyClient,
    login_id: str,
    *,
    interval: float = DEFAULT_INTERVAL,
    timeout: float = DEFAULT_TIMEOUT,
) -> CaLoginResult:
    """Async twin of wait(); cancelling the awaiting task stops it."""
    started = time.monotonic()
    while True:
        result = _result_of(await check_ca_login_task.asyncio(client=_low(client), login_id=login_id))
        if result is not None:
            return result
        remaining = timeout - (time.monotonic() - started)
        if remaining <= 0:
            raise LoginTimeout(login_id, time.monotonic() - started)
        await anyio.sleep(min(interval, remaining))
