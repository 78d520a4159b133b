from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import yiyiqian
import yiyiqian_client
from tests.client.platform import APP_ID, APP_SECRET, BASE_URL, ScriptedPlatform


@pytest.fixture
def platform() -> ScriptedPlatform:
    return ScriptedPlatform()


@pytest.fixture
def connect(platform: ScriptedPlatform) -> Callable[..., yiyiqian_client.Client]:
    """connect() to the scripted platform, with instant retries unless told otherwise."""

    def make(**options: Any) -> yiyiqian_client.Client:
        options.setdefault(
            "retry_policy", yiyiqian.RetryPolicy(max_retries=options.pop("max_retries", 2), backoff_base=0.0)
        )
        httpx_args = {
            "transport": platform.transport(),
            "async_transport": platform.async_transport(),
            **options.pop("httpx_args", {}),
        }
        credentials = {"app_id": APP_ID}
        if "access_token" not in options:
            credentials["app_secret"] = APP_SECRET
        return yiyiqian.connect(BASE_URL, **credentials, httpx_args=httpx_args, **options)

    return make
