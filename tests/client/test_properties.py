"""Property tests: for any answer or delivery, only the documented exceptions come out."""

from __future__ import annotations

import json

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yiyiqian import webhooks
from yiyiqian._envelope import ResponseChecker
from yiyiqian.errors import WebhookError, YiyiqianError

STATUS = "https://platform.test/v1/open/users/sso/check-ca-login-task"
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
ENVELOPE_LIKE = st.fixed_dictionaries(
    {"code": st.one_of(st.sampled_from(["100100000", "100400400", "100550000"]), st.text(max_size=12), st.integers())},
    optional={
        "message": st.one_of(st.text(max_size=20), st.none()),
        "data": JSON,
        "error": st.text(max_size=12),
        "errorWsid": st.text(max_size=12),
    },
)
BODIES = st.one_of(
    st.binary(max_size=300),
    JSON.map(lambda v: json.dumps(v).encode()),
    ENVELOPE_LIKE.map(lambda v: json.dumps(v).encode()),
)
CHECKER = ResponseChecker()


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    status=st.sampled_from([200, 201, 204, 302, 400, 401, 404, 429, 500, 502, 503]),
    body=BODIES,
    content_type=st.sampled_from(
        ["application/json", "application/json;charset=UTF-8", "text/html", "text/plain", None]
    ),
)
def test_the_envelope_decoder_raises_only_yiyiqian_errors(status, body, content_type):
    headers = {"content-type": content_type} if content_type else {}
    response = httpx.Response(status, content=body, headers=headers, request=httpx.Request("GET", STATUS))
    try:
        code = CHECKER.check(response)
    except YiyiqianError:
        return
    assert 200 <= status < 300 and isinstance(code, str)  # a success is the envelope's word


@settings(max_examples=3000, deadline=None)
@given(
    body=st.one_of(
        BODIES,
        st.fixed_dictionaries(
            {"event": st.text(max_size=30)},
            optional={
                "rawData": st.one_of(JSON, JSON.map(json.dumps)),
                "target": JSON,
                "eventDescription": JSON,
                "needCallBack": JSON,
            },
        ).map(lambda v: json.dumps(v).encode()),
    )
)
def test_the_webhook_parser_raises_only_payload_errors(body):
    try:
        event = webhooks.parse(body)
    except WebhookError:
        return
    assert isinstance(event.name, str)


@settings(max_examples=2000, deadline=None)
@given(
    headers=st.dictionaries(
        st.sampled_from(
            ["X-Signit-Signature", "x-signit-date", "X-SIGNIT-NONCE", "Content-Type", "X-Signit-Host", "X-Other"]
        ),
        st.text(max_size=60),
        max_size=6,
    ),
    body=st.binary(max_size=200),
)
def test_verify_returns_or_raises_a_verification_error(headers, body):
    try:
        webhooks.verify(
            headers,
            body,
            app_id="16a543b48463eebbcfde3dd32d1",
            app_secret="sk" + "0" * 32,
            tolerance=300,
            nonce_cache=webhooks.NonceCache(),
        )
    except WebhookError:
        return
    raise AssertionError("a random delivery verified")
