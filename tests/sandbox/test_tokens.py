"""A token opens only the app it was issued to; expired tokens are pruned."""

from __future__ import annotations

import time

import httpx

from tests.sandbox.raw import access_token
from tests.sandbox.server import running_sandbox
from yiyiqian_sandbox import DEFAULT_APP_ID, SandboxConfig
from yiyiqian_sandbox._routes import routes
from yiyiqian_sandbox._store import TOKEN_GRACE

OTHER_APP = ("0123456789abcdef0123456789a", "sk0123456789abcdef0123456789abcdef")


def test_a_token_of_another_app_on_the_same_state_dir_is_invalid_on_every_operation(tmp_path):
    with running_sandbox(SandboxConfig(state_dir=tmp_path, auto_login_after=None)) as first:
        old_token = access_token(first.url)
    config = SandboxConfig(state_dir=tmp_path, auto_login_after=None, app_id=OTHER_APP[0], app_secret=OTHER_APP[1])
    with running_sandbox(config) as second:
        refused = 0
        operations = [r for r in routes() if r.operation_id != "getAccessToken"]
        for route in operations:
            for app_header in (DEFAULT_APP_ID, OTHER_APP[0]):
                answer = httpx.request(
                    route.method,
                    second.url + route.path,
                    params={"access_token": old_token},
                    headers={"X-Signit-App-Id": app_header},
                    json={},
                )
                assert answer.status_code == 401, (route.operation_id, answer.text)
                assert answer.json()["error"] == "invalid_token"
                refused += 1
        assert refused == 2 * len(operations) == 94


def test_expired_tokens_are_pruned_when_new_ones_are_issued(tmp_path):
    with running_sandbox(SandboxConfig(state_dir=tmp_path, auto_login_after=None)) as server:
        store = server.sandbox.store
        long_ago = time.time() - TOKEN_GRACE - 60
        for n in range(100):
            store.add_token(f"stale-{n}", DEFAULT_APP_ID, long_ago)
        recent = access_token(server.url)
        server.control.expire_tokens()  # expired just now: kept for a while, answered "expired"
        access_token(server.url)
        assert store.token_count() == 2
        assert store.token_app(recent, time.time()) == (DEFAULT_APP_ID, False)
