"""connect(): options, defaults and the refusal to turn TLS verification off."""

from __future__ import annotations

import asyncio
import ssl

import httpx
import pytest

import yiyiqian
import yiyiqian_client
from tests.client.platform import APP_ID, APP_SECRET, BASE_URL, envelope
from yiyiqian.errors import ConfigurationError
from yiyiqian_client.api.ca_login import check_ca_login_task


def test_connect_returns_the_generated_client_with_safe_defaults():
    client = yiyiqian.connect(BASE_URL, app_id=APP_ID, app_secret=APP_SECRET)
    assert isinstance(client, yiyiqian_client.Client)
    http = client.get_httpx_client()
    assert http.timeout.connect == 5.0 and http.timeout.read == 30.0
    assert http.headers["User-Agent"].startswith("yiyiqian-python/")
    assert isinstance(client.get_async_httpx_client(), httpx.AsyncClient)


def test_tls_verification_cannot_be_turned_off():
    with pytest.raises(ConfigurationError, match="cannot be turned off"):
        yiyiqian.connect(BASE_URL, app_id=APP_ID, app_secret=APP_SECRET, verify=False)


def test_a_ca_bundle_path_is_loaded_and_a_bad_one_refused(tmp_path):
    import certifi

    yiyiqian.connect(BASE_URL, app_id=APP_ID, app_secret=APP_SECRET, verify=certifi.where())
    yiyiqian.connect(BASE_URL, app_id=APP_ID, app_secret=APP_SECRET, verify=ssl.create_default_context())
    with pytest.raises(ConfigurationError, match="CA bundle"):
        yiyiqian.connect(BASE_URL, app_id=APP_ID, app_secret=APP_SECRET, verify=str(tmp_path / "missing.pem"))


@pytest.mark.parametrize(
    "options",
    [
        {"base_url": "ftp://x"},
        {"base_url": "not a url"},
        {"max_retries": -1},
        {"httpx_args": {"auth": None}},
        {"httpx_args": {"verify": False}},
    ],
)
def test_bad_options_raise_configuration_error(options):
    base_url = options.pop("base_url", BASE_URL)
    with pytest.raises(ConfigurationError):
        yiyiqian.connect(base_url, app_id=APP_ID, app_secret=APP_SECRET, **options)


def test_user_event_hooks_run_after_ours(platform, connect):
    seen: list[int] = []
    platform.script("GET", "/v1/open/users/sso/check-ca-login-task", envelope())
    client = connect(httpx_args={"event_hooks": {"response": [lambda r: seen.append(r.status_code)]}})
    check_ca_login_task.sync(client=client)
    assert seen == [200]  # the API call (the token is fetched by a client of its own, without user hooks)


def test_the_client_works_as_sync_and_async_context_manager(platform, connect):
    platform.script("GET", "/v1/open/users/sso/check-ca-login-task", envelope())
    with connect() as client:
        check_ca_login_task.sync(client=client)

    async def main():
        async with connect() as client:
            await check_ca_login_task.asyncio(client=client)

    asyncio.run(main())
