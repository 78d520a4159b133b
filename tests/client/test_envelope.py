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
    ConflictError,
    NotFoundError,
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


SPRING_500 = (
    '{"timestamp": "2026-11-28T10:00:00.000+00:00", "status": 500, "error": "Internal Server Error", "path": "/x"}'
)


def html(status: int, title: str) -> httpx.Response:
    return raw(status, f"<html><head><title>{status} {title}</title></head><body>nginx</body></html>", "text/html")


# (id, answer, expected error, attributes the error must carry): the status decides the class.
CASES: list[tuple[str, httpx.Response, type[YiyiqianError], dict[str, Any]]] = [
    ("html-502-page", raw(502, HTML_502, "text/html"), ServerError, {"status_code": 502, "code": None}),
    ("html-503-page", html(503, "Service Unavailable"), ServerError, {"status_code": 503}),
    ("html-429-page", html(429, "Too Many Requests"), RateLimitError, {"status_code": 429}),
    ("html-401-page", html(401, "Authorization Required"), AuthenticationError, {"status_code": 401}),
    ("html-403-page", html(403, "Forbidden"), AuthenticationError, {"status_code": 403}),
    ("html-404-page", html(404, "Not Found"), NotFoundError, {"status_code": 404}),
    ("html-409-page", html(409, "Conflict"), ConflictError, {"status_code": 409}),
    ("html-418-page", html(418, "Teapot"), APIError, {"status_code": 418}),
    ("spring-500-with-error-key", raw(500, SPRING_500), ServerError, {"status_code": 500, "code": None}),
    ("empty-502", raw(502, b"", None), ServerError, {"status_code": 502}),
    ("truncated-json-500", raw(500, '{"code": "100500500", "mess'), ServerError, {"status_code": 500}),
    ("html-200-page", raw(200, HTML_502, "text/html; charset=utf-8"), ResponseDecodeError, {"status_code": 200}),
    ("empty-body", raw(200, b""), ResponseDecodeError, {}),
    ("whitespace-body", raw(200, b" \r\n"), ResponseDecodeError, {}),
    ("truncated-json", raw(200, '{"code": "100100000", "mess'), ResponseDecodeError, {}),
    ("json-array", raw(200, '[{"code": "100100000"}]'), ResponseDecodeError, {}),
    ("json-null", raw(200, "null"), ResponseDecodeError, {}),
    ("json-string", raw(200, '"100100000"'), ResponseDecodeError, {}),
    ("deeply-nested-json", raw(200, "[" * 200_000), ResponseDecodeError, {}),
    ("code-missing", raw(200, '{"message": "操作成功"}'), ResponseDecodeError, {}),
    ("code-null", raw(200, '{"code": null, "message": "ok"}'), ResponseDecodeError, {}),
    ("two-megabyte-garbage", raw(200, b"x" * 2_000_000), ResponseDecodeError, {}),
    ("invalid-utf8", raw(200, b'{"code": "100100000", "message": "\xff\xfe"}'), ResponseDecodeError, {}),
    ("no-content-204", raw(204, b"", None), ResponseDecodeError, {"status_code": 204}),
    ("oauth-body-on-200-is-not-oauth", httpx.Response(200, json={"error": "access_denied"}), ResponseDecodeError, {}),
    (
        "redirect-302",
        raw(302, b"", None, location="https://elsewhere.test/login?access_token=leak"),
        UnexpectedResponseError,
        {"status_code": 302},
    ),
    (
        "redirect-with-bad-location",
        raw(302, b"", None, location="http://[::1"),
        UnexpectedResponseError,
        {"status_code": 302},
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
        "oauth-invalid-client-401",
        httpx.Response(401, json={"error": "invalid_client", "error_description": "Bad client credentials"}),
        AuthenticationError,
        {"code": "invalid_client", "message": "Bad client credentials"},
    ),
    (
        "error-code-with-200",
        raw(200, '{"code": "100400123", "message": "患者不存在"}'),
        APIError,
        {"code": "100400123", "message": "患者不存在", "status_code": 200},
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
    assert isinstance(error.body, bytes)
    if len(answer.content) > 20 and not isinstance(error, APIError):
        assert answer.content.decode("utf-8", "replace")[:20] not in str(error)  # no body excerpt


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
