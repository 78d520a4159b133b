"""yiyiqian.Yiyiqian / AsyncYiyiqian against the sandbox: namespaces, typed data, raw answers, options."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

import yiyiqian
from tests.sandbox.server import RunningSandbox
from yiyiqian import _spec
from yiyiqian.errors import BadRequestError, RequestTimeout
from yiyiqian_client.models import CaLoginTask, CaLoginTaskRequest, Patient, PatientsPushRequest, PushResult
from yiyiqian_sandbox import DEFAULT_APP_ID, DEFAULT_APP_SECRET


@pytest.fixture
def client(sandbox_server: RunningSandbox) -> Iterator[yiyiqian.Yiyiqian]:
    with yiyiqian.Yiyiqian(sandbox_server.url, app_id=DEFAULT_APP_ID, app_secret=DEFAULT_APP_SECRET) as sdk:
        yield sdk


def test_every_operation_has_its_method_in_its_tags_namespace(client):
    for operation in _spec.operations().values():
        if operation.tag == "oauth":
            continue
        namespace = getattr(client, _spec.snake(operation.tag))
        method = getattr(namespace, _spec.snake(operation.operation_id))
        assert operation.operation_id in (method.__doc__ or "")
        assert "Evidence: " in method.__doc__
        raw = getattr(
            getattr(client.with_raw_response, _spec.snake(operation.tag)), _spec.snake(operation.operation_id)
        )
        assert callable(raw)


def test_a_call_returns_the_typed_data(client):
    task = client.ca_login.create_ca_login_task(body=CaLoginTaskRequest())
    assert isinstance(task, CaLoginTask) and task.login_id
    assert client.ca_login.check_ca_login_task(login_id=task.login_id) is None  # not scanned yet
    pushed = client.emr_basic.push_patients(
        body=PatientsPushRequest(items=[Patient(patient_id="S-1", patient_name="测")])
    )
    assert isinstance(pushed, PushResult)


def test_errors_are_the_typed_tree(client):
    with pytest.raises(BadRequestError) as caught:
        client.ca_login.check_ca_login_task(login_id="no-such-login")
    assert caught.value.operation_id == "checkCaLoginTask"


def test_the_raw_response_has_status_headers_code_and_bytes(client):
    raw = client.with_raw_response.ca_login.create_ca_login_task(body=CaLoginTaskRequest())
    assert raw.status_code == 200 and raw.code == "100100000" and raw.message
    assert raw.headers["content-type"].startswith("application/json")
    assert b'"loginId"' in raw.content
    assert isinstance(raw.parse(), CaLoginTask)
    assert "loginId" not in repr(raw)


def test_with_options_shares_the_token_and_leaves_the_original_alone(client, sandbox_server):
    client.ca_login.create_ca_login_task(body=CaLoginTaskRequest())
    quick = client.with_options(timeout=0.3, max_retries=0)
    assert isinstance(quick, yiyiqian.Yiyiqian)
    assert yiyiqian.auth_of(quick.low_level) is yiyiqian.auth_of(client.low_level)

    sandbox_server.control.set_faults(latency_rate=1.0, latency_ms=800)
    try:
        with pytest.raises(RequestTimeout):
            quick.ca_login.create_ca_login_task(body=CaLoginTaskRequest())
        assert isinstance(client.ca_login.create_ca_login_task(body=CaLoginTaskRequest()), CaLoginTask)  # 30 s deadline
    finally:
        sandbox_server.control.set_faults()
    assert yiyiqian.auth_of(client.low_level).token_requests == 1


def test_the_async_client(sandbox_server):
    async def main() -> tuple[CaLoginTask, int]:
        async with yiyiqian.AsyncYiyiqian(
            sandbox_server.url, app_id=DEFAULT_APP_ID, app_secret=DEFAULT_APP_SECRET
        ) as sdk:
            task = await sdk.ca_login.create_ca_login_task(body=CaLoginTaskRequest())
            raw = await sdk.with_raw_response.ca_login.check_ca_login_task(login_id=task.login_id)
            return task, raw.status_code

    task, status = asyncio.run(main())
    assert isinstance(task, CaLoginTask) and status == 200


def test_import_yiyiqian_does_not_import_yaml():
    import subprocess
    import sys

    code = "import sys, yiyiqian; yiyiqian.Yiyiqian; print('yaml' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"
