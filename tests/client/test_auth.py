"""OAuth token handling: query token + app id header, caching, single flight, refresh once."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest

import yiyiqian
from tests.client.platform import APP_ID, APP_SECRET, BASE_URL, ScriptedPlatform, envelope
from yiyiqian.errors import AuthenticationError, ConfigurationError, ResponseDecodeError, ServerError
from yiyiqian_client.api.ca_login import check_ca_login_task
from yiyiqian_client.api.pdf_signing import apply_template_signing
from yiyiqian_client.models import TemplateApplyRequest

STATUS = "/v1/open/users/sso/check-ca-login-task"
APPLY = "/v1/open/hospital/hospitals/templates/apply"


def test_every_call_carries_the_token_in_the_query_and_the_app_id_header(platform, connect):
    platform.script("GET", STATUS, envelope())
    client = connect()
    check_ca_login_task.sync(client=client, login_id="L1")
    sent = platform.requests[0]
    assert sent.url.params["access_token"] == platform.tokens[0]
    assert sent.url.params["loginId"] == "L1"
    assert sent.headers["X-Signit-App-Id"] == APP_ID


def test_the_token_request_is_a_client_credentials_get():
    seen: list[httpx.Request] = []
    platform = ScriptedPlatform()

    def spy(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            seen.append(request)
        return platform.handle(request)

    platform.script("GET", STATUS, envelope())
    client = yiyiqian.connect(
        BASE_URL, app_id=APP_ID, app_secret=APP_SECRET, httpx_args={"transport": httpx.MockTransport(spy)}
    )
    check_ca_login_task.sync(client=client)
    (token_request,) = seen
    assert token_request.method == "GET"
    assert dict(token_request.url.params) == {
        "client_id": APP_ID,
        "client_secret": APP_SECRET,
        "grant_type": "client_credentials",
    }


def test_a_base_url_path_prefix_applies_to_the_token_endpoint_too():
    platform = ScriptedPlatform()
    platform.script("GET", "/signit" + STATUS, envelope())
    client = yiyiqian.connect(
        BASE_URL + "/signit", app_id=APP_ID, app_secret=APP_SECRET, httpx_args={"transport": platform.transport()}
    )
    assert check_ca_login_task.sync(client=client).code == "100100000"
    assert len(platform.tokens) == 1


def test_the_token_is_cached_across_calls(platform, connect):
    platform.script("GET", STATUS, envelope())
    client = connect()
    for _ in range(5):
        check_ca_login_task.sync(client=client)
    assert len(platform.tokens) == 1
    assert yiyiqian.auth_of(client).token_requests == 1


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(("expires_in", "lifetime"), [(600, 600 - 60), (10, 10 - 1), (None, 7200 - 60)])
def test_the_token_is_refreshed_when_it_expires(expires_in, lifetime):
    platform = ScriptedPlatform(expires_in=expires_in)
    platform.script("GET", STATUS, envelope())
    clock = FakeClock()
    tokens_http = httpx.Client(transport=platform.transport())
    auth = yiyiqian.SignitAuth(app_id=APP_ID, app_secret=APP_SECRET, base_url=BASE_URL, clock=clock, http=tokens_http)
    with httpx.Client(base_url=BASE_URL, auth=auth, transport=platform.transport()) as http:
        http.get(STATUS)
        clock.now += lifetime - 0.5
        http.get(STATUS)
        assert len(platform.tokens) == 1
        clock.now += 1.0
        http.get(STATUS)
        assert len(platform.tokens) == 2
    assert platform.requests[-1].url.params["access_token"] == platform.tokens[-1]


def test_threads_on_a_cold_cache_cause_one_token_request(platform, connect):
    platform.token_delay = 0.05  # widen the window in which the threads race
    platform.script("GET", STATUS, envelope())
    client = connect()
    barrier = threading.Barrier(16)
    errors: list[BaseException] = []

    def call() -> None:
        try:
            barrier.wait()
            check_ca_login_task.sync(client=client)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(platform.tokens) == 1
    assert len(platform.requests) == 16


def test_asyncio_tasks_on_a_cold_cache_cause_one_token_request(platform, connect):
    platform.token_delay = 0.05
    platform.script("GET", STATUS, envelope())
    client = connect()

    async def main() -> None:
        await asyncio.gather(*(check_ca_login_task.asyncio(client=client) for _ in range(50)))

    asyncio.run(main())
    assert len(platform.tokens) == 1
    assert len(platform.requests) == 50


def _refuses_stale_tokens(platform: ScriptedPlatform, refusal: httpx.Response):
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("access_token") != platform.tokens[-1]:
            return refusal
        return envelope()

    return answer


@pytest.mark.parametrize(
    "refusal",
    [
        httpx.Response(401, json={"error": "invalid_token", "error_description": "Invalid access token"}),
        httpx.Response(200, json={"error": "invalid_token"}),  # the SDK reads the body, not the status
    ],
    ids=["http-401", "body-only"],
)
def test_invalid_token_refreshes_once_and_retries_once(platform, connect, refusal):
    client = connect(refresh_cooldown=0)
    platform.script("GET", STATUS, envelope())
    check_ca_login_task.sync(client=client)  # token-1 cached
    platform.tokens.append("rotated-by-the-server")  # the platform no longer accepts token-1
    platform.script("GET", STATUS, _refuses_stale_tokens(platform, refusal))
    assert check_ca_login_task.sync(client=client).code == "100100000"
    assert yiyiqian.auth_of(client).token_requests == 2
    assert [r.url.params["access_token"] for r in platform.requests[1:]] == ["token-1-3e9dec5f", platform.tokens[-1]]


def test_a_signing_post_refused_for_its_token_is_sent_again_once(platform, connect):
    client = connect(refresh_cooldown=0)
    platform.script("GET", STATUS, envelope())
    check_ca_login_task.sync(client=client)
    platform.tokens.append("rotated")
    refusal = httpx.Response(401, json={"error": "invalid_token"})
    platform.script("POST", APPLY, _refuses_stale_tokens(platform, refusal))
    apply_template_signing.sync(client=client, body=TemplateApplyRequest(custom_tag_id="T1"))
    posts = [r for r in platform.requests if r.method == "POST"]
    assert len(posts) == 2
    assert posts[0].content == posts[1].content  # the same body, sent again


def test_a_second_refusal_raises_authentication_error(platform, connect):
    platform.script("GET", STATUS, httpx.Response(401, json={"error": "invalid_token", "error_description": "nope"}))
    client = connect(refresh_cooldown=0)
    with pytest.raises(AuthenticationError) as caught:
        check_ca_login_task.sync(client=client)
    assert caught.value.code == "invalid_token"
    assert caught.value.status_code == 401
    assert yiyiqian.auth_of(client).token_requests == 2
    assert len(platform.requests) == 2


def test_a_fresh_token_that_is_refused_is_not_refreshed_again_and_again(platform, connect):
    """A persistent 401 is not an expiry: within the cooldown no call refreshes, none is resent."""
    platform.script("GET", STATUS, httpx.Response(401, json={"error": "invalid_token"}))
    client = connect()
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            check_ca_login_task.sync(client=client)
    assert yiyiqian.auth_of(client).token_requests == 1
    assert len(platform.requests) == 5


def test_a_fixed_access_token_is_used_as_is_and_never_refreshed(platform, connect):
    platform.script("GET", STATUS, envelope(), httpx.Response(401, json={"error": "invalid_token"}))
    client = connect(access_token="fixed-token-3e9dec5f")
    check_ca_login_task.sync(client=client)
    assert platform.requests[0].url.params["access_token"] == "fixed-token-3e9dec5f"
    with pytest.raises(AuthenticationError):
        check_ca_login_task.sync(client=client)
    assert platform.tokens == []
    assert len(platform.requests) == 2


def test_refused_client_credentials_raise_authentication_error(platform):
    client = yiyiqian.connect(
        BASE_URL, app_id=APP_ID, app_secret="sk" + "0" * 32, httpx_args={"transport": platform.transport()}
    )
    with pytest.raises(AuthenticationError) as caught:
        check_ca_login_task.sync(client=client)
    assert caught.value.code == "invalid_client"
    assert platform.requests == []


def test_a_gateway_page_instead_of_a_token_raises_server_error(platform, connect):
    platform.token_answer = lambda: httpx.Response(502, text="<html>Bad Gateway</html>")
    with pytest.raises(ServerError) as caught:
        check_ca_login_task.sync(client=connect(max_retries=0))
    assert caught.value.status_code == 502
    assert b"Bad Gateway" in caught.value.body and "Bad Gateway" not in str(caught.value)


def test_a_token_answer_without_access_token_raises_response_decode_error(platform, connect):
    platform.token_answer = lambda: httpx.Response(200, json={"token_type": "bearer"})
    with pytest.raises(ResponseDecodeError, match="no usable access_token"):
        check_ca_login_task.sync(client=connect())


def test_credentials_are_required():
    with pytest.raises(ConfigurationError):
        yiyiqian.connect(BASE_URL, app_id=APP_ID)
    with pytest.raises(ConfigurationError):
        yiyiqian.connect(BASE_URL, app_id="", app_secret=APP_SECRET)


def test_an_oauth_refusal_sent_with_status_200_is_an_authentication_error(platform, connect):
    platform.token_answer = lambda: httpx.Response(
        200, json={"error": "invalid_client", "error_description": "Bad client credentials"}
    )
    with pytest.raises(AuthenticationError) as caught:
        check_ca_login_task.sync(client=connect())
    assert caught.value.code == "invalid_client" and caught.value.message == "Bad client credentials"
