from __future__ import annotations

from collections.abc import Iterator

import pytest

import yiyiqian
import yiyiqian_client
from tests.sandbox.receiver import Receiver, webhook_receiver
from tests.sandbox.server import RunningSandbox, running_sandbox
from yiyiqian_sandbox import DEFAULT_APP_ID, DEFAULT_APP_SECRET, SandboxConfig


@pytest.fixture(scope="module")
def receiver() -> Iterator[Receiver]:
    with webhook_receiver() as r:
        yield r


@pytest.fixture(scope="module")
def server(receiver: Receiver, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    """One sandbox per test module, every answer checked against the spec."""
    config = SandboxConfig(
        state_dir=tmp_path_factory.mktemp("sandbox"),
        auto_login_after=None,
        async_delay=0.05,
        webhook_urls=[receiver.url],
        webhook_backoff=0.05,
        validate_responses=True,
    )
    with running_sandbox(config) as running:
        yield running
        assert running.sandbox.response_violations == []


@pytest.fixture(scope="module")
def client(server: RunningSandbox) -> yiyiqian_client.Client:
    return yiyiqian.connect(server.url, app_id=DEFAULT_APP_ID, app_secret=DEFAULT_APP_SECRET)


def verify_delivery(delivery) -> None:  # type: ignore[no-untyped-def]
    yiyiqian.webhooks.verify(delivery.headers, delivery.body, app_id=DEFAULT_APP_ID, app_secret=DEFAULT_APP_SECRET)
