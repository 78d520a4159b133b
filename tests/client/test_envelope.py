"""Every answer that is not a success becomes the right typed error; a success the typed result."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.client.platform import envelope
from yiyiqian import is_success_code
from yiyiqian.errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
    UnexpectedResponseError,
    YiyiqianError,
)
from yiyiqian_client.api.ca_login import check_ca_login_task
from yiyiqian_client.api.pdf_signing import apply_template_signing
from yiyiqian_client.models import CaLoginResult, CheckCaLoginTaskResponse200, TemplateApplyRequest

STATUS = "/v1/open/users/sso/check-ca-login-task"
APPLY = "/v1/open/hospital/hospitals/templates/apply"
HTML_502 = "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>"
PLATFORM_ERROR = {
    "code": "100400400",
    "errorWsid": "WSID_ERRO_0000016a543d37463eebbcfde3dd0001",
    "userMessage": "参数不正确",
    "developerMessage": "loginId: must not be blank",
    "moreInfo": "",
}


def raw(
    status: int, content: bytes | str, content_type: str | None = "application/json", **headers: str
) -> httpx.Response:
    if content_type:
        headers["content-type"] = content_type
    return httpx.Response(status, content=content.encode() if isinstance(content, str) else content, headers=headers)


# (id, answer, expected error, attributes the error must carry)
CASES: list[tuple[str, httpx.Response, type[YiyiqianError], dict[str, Any]]] = [
    ("html-502-page", raw(502, HTML_502, "text/html"), ResponseDecodeError, {"status_code": 502}),
    ("html-200-page", raw(200, HTML_502, "text/html; charset=utf-8"), ResponseDecodeError, {"status_code": 200}),
    ("empty-body", raw(200, b""), ResponseDecodeError, {}),
    ("whitespace-body", raw(200, b" \r\n"), ResponseDecodeError, {}),
    ("truncated-json", raw(200, '{"code": "100100000", "mess'), ResponseDecodeError, {}),
    ("json-array", raw(200, '[{"code": "100100000"}]'), ResponseDecodeError, {}),
    ("json-null", raw(200, "null"), ResponseDecodeError, {}),
    ("json-string", raw(200, '"100100000"'), ResponseDecodeError, {}),
    ("deeply-nested-json", raw(200, "[" * 200_000), ResponseDecodeError, {}),
    ("code-missing", raw(200, '{"message": "操作成功"}'), ResponseDecodeError, {}),
    ("code-numeric", raw(200, '{"code": 100100000, "message": "ok"}'), ResponseDecodeError, {}),
    ("code-null", raw(200, '{"code": null, "message": "ok"}'), ResponseDecodeError, {}),
    ("message-missing", raw(200, '{"code": "100100000"}'), ResponseDecodeError, {}),
    ("data-is-a-list", raw(200, '{"code": "100100000", "message": "ok", "data": []}'), ResponseDecodeError, {}),
    ("data-is-a-string", raw(200, '{"code": "100100000", "message": "ok", "data": "x"}'), ResponseDecodeError, {}),
    ("data-is-null", raw(200, '{"code": "100100000", "message": "ok", "data": null}'), ResponseDecodeError, {}),
    (
        "data-lacks-required",
        raw(200, '{"code": "100100000", "message": "ok", "data": {"session": {}}}'),
        ResponseDecodeError,
        {},
    ),
    ("two-megabyte-garbage", raw(200, b"x" * 2_000_000), ResponseDecodeError, {}),
    ("invalid-utf8", raw(200, b'{"code": "100100000", "message": "\xff\xfe"}'), ResponseDecodeError, {}),
    ("json-as-text-plain", raw(200, '{"code": "100100000", "message": "ok"}', "text/plain"), ResponseDecodeError, {}),
    ("no-content-204", raw(204, b"", None), ResponseDecodeError, {"status_code": 204}),
    (
        "redirect-302",
        raw(302, b"", None, location="https://elsewhere.test/login?access_token=leak"),
        UnexpectedResponseError,
        {"status_code": 302},
    ),
    (
        "success-code-with-201",
        raw(201, '{"code": "100100000", "message": "ok"}'),
        UnexpectedResponseError,
        {"status_code": 201},
    ),
    (
        "envelope-400",
        raw(400, '{"code": "100400400", "message": "参数不正确"}'),
        BadRequestError,
        {"code": "100400400", "message": "参数不正确", "status_code": 400},
    ),
    (
        "platform-error-400",
        httpx.Response(400, json=PLATFORM_ERROR),
        BadRequestError,
        {
            "code": "100400400",
            "error_wsid": PLATFORM_ERROR["errorWsid"],
            "developer_message": "loginId: must not be blank",
            "message": "参数不正确",
        },
    ),
    (
        "error-code-with-200",
        raw(200, '{"code": "100400123", "message": "患者不存在"}'),
        APIError,
        {"code": "100400123", "message": "患者不存在", "status_code": 200},
    ),
    (
        "oauth-access-denied-200",
        httpx.Response(200, json={"error": "access_denied"}),
        AuthenticationError,
        {"code": "access_denied"},
    ),
    (
        "rate-limited-429",
        envelope(code="100429000", message="too many", status=429),
        RateLimitError,
        {"status_code": 429},
    ),
    (
        "server-error-500",
        envelope(code="100500500", message="系统异常", status=500),
        ServerError,
        {"status_code": 500, "code": "100500500"},
    ),
    ("success-code-with-500", envelope(status=500), ServerError, {"status_code": 500}),
    (
        "html-503-page",
        raw(503, "<html>Service Unavailable</html>", "text/html"),
        ResponseDecodeError,
        {"status_code": 503},
    ),
]


@pytest.mark.parametrize(("answer", "expected", "attributes"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_failure_shape_raises_its_typed_error(platform, connect, answer, expected, attributes):
    platform.script("GET", STATUS, answer)
    client = connect(max_retries=0)
    with pytest.raises(expected) as caught:
        check_ca_login_task.sync(client=client, login_id="L1")
    error = caught.value
    assert type(error) is expected
    for name, value in attributes.items():
        assert getattr(error, name) == value, name
    assert error.method == "GET" and error.path == STATUS
    text = f"{error} {error!r}"
    assert "access_token" not in text and platform.tokens[0] not in text
    if isinstance(error, ResponseDecodeError):
        assert len(error.snippet) <= 120


def test_api_errors_name_the_operation(platform, connect):
    platform.script("POST", APPLY, envelope(code="100400400", message="模板不存在", status=400))
    with pytest.raises(BadRequestError) as caught:
        apply_template_signing.sync(client=connect(), body=TemplateApplyRequest())
    assert caught.value.operation_id == "applyTemplateSigning"
    assert "applyTemplateSigning" in str(caught.value) and "模板不存在" in str(caught.value)


def test_a_success_returns_the_generated_typed_result(platform, connect):
    data = {"session": {"sessionId": "s1"}, "userInfo": {"name": "吴涛"}, "certificate": {"serialNumber": "4f"}}
    platform.script("GET", STATUS, envelope(data))
    answer = check_ca_login_task.sync(client=connect(), login_id="L1")
    assert isinstance(answer, CheckCaLoginTaskResponse200)
    assert isinstance(answer.data, CaLoginResult)
    assert answer.data.user_info.name == "吴涛"


def test_a_success_without_data_is_not_an_error(platform, connect):
    platform.script("GET", STATUS, envelope())  # the seed page's "not scanned yet" answer
    answer = check_ca_login_task.sync(client=connect())
    assert isinstance(answer, CheckCaLoginTaskResponse200)
    assert answer.message == "操作成功"


def test_errors_come_from_the_async_calls_too(platform, connect):
    import asyncio

    platform.script("GET", STATUS, raw(200, "[]"))
    with pytest.raises(ResponseDecodeError):
        asyncio.run(check_ca_login_task.asyncio(client=connect()))


@pytest.mark.parametrize(
    ("code", "success"),
    [
        ("100100000", True),
        ("100550000", True),
        ("100600000", True),
        ("100100099", True),
        ("100100100", False),
        ("100400400", False),
        ("100400001", True),
        ("0000", True),
        ("000", False),
        ("", False),
        ("1001000x0", False),
        ("１００１０００００", False),
        (" 100100000", False),
    ],
)
def test_success_rule_last_four_digits_0000_to_0099(code, success):
    assert is_success_code(code) is success
