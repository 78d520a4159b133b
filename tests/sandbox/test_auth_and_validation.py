"""The sandbox checks a call as the platform would: token, app id header, then the spec."""

from __future__ import annotations

import httpx
import pytest

from yiyiqian_sandbox import DEFAULT_APP_ID, DEFAULT_APP_SECRET

STATUS = "/v1/open/users/sso/check-ca-login-task"
APPLY = "/v1/open/hospital/hospitals/templates/apply"
TOKEN = "/v1/oauth/oauth/token"


def token(server, **overrides) -> httpx.Response:
    params = {"client_id": DEFAULT_APP_ID, "client_secret": DEFAULT_APP_SECRET, "grant_type": "client_credentials"}
    return httpx.get(server.url + TOKEN, params={**params, **overrides})


def test_the_token_endpoint_issues_expiring_tokens(server):
    answer = token(server)
    assert answer.status_code == 200
    body = answer.json()
    assert set(body) == {"access_token", "token_type", "expires_in", "scope"}
    assert body["expires_in"] == server.sandbox.config.token_ttl


@pytest.mark.parametrize(
    ("overrides", "status", "error"),
    [
        ({"client_secret": "sk" + "0" * 32}, 401, "invalid_client"),
        ({"client_id": "0" * 27}, 401, "invalid_client"),
        ({"grant_type": "password"}, 400, "unsupported_grant_type"),
    ],
)
def test_bad_token_requests_get_oauth_errors(server, overrides, status, error):
    answer = token(server, **overrides)
    assert answer.status_code == status
    assert answer.json()["error"] == error


@pytest.mark.parametrize("access_token", [None, "3e9dec5f-4a9d-4af8-8abc-23e4675a1eb6"])
def test_a_missing_or_unknown_token_is_refused_with_invalid_token(server, access_token):
    params = {"loginId": "x"} | ({"access_token": access_token} if access_token else {})
    answer = httpx.get(server.url + STATUS, params=params, headers={"X-Signit-App-Id": DEFAULT_APP_ID})
    assert answer.status_code == 401
    assert answer.json()["error"] == "invalid_token"


def test_an_expired_token_is_refused_with_invalid_token(server):
    access = token(server).json()["access_token"]
    server.control.expire_tokens()
    answer = httpx.get(
        server.url + STATUS,
        params={"access_token": access, "loginId": "x"},
        headers={"X-Signit-App-Id": DEFAULT_APP_ID},
    )
    assert answer.status_code == 401
    assert answer.json() == {"error": "invalid_token", "error_description": "Access token expired"}


@pytest.mark.parametrize(("headers", "fragment"), [({}, "缺少请求头"), ({"X-Signit-App-Id": "1" * 27}, "不符")])
def test_a_missing_or_foreign_app_id_header_is_refused(server, headers, fragment):
    access = token(server).json()["access_token"]
    answer = httpx.get(server.url + STATUS, params={"access_token": access, "loginId": "x"}, headers=headers)
    assert answer.status_code == 400
    assert fragment in answer.json()["message"]
    assert "data" not in answer.json()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"template": {"wsid": 5}}, "template.wsid"),
        (
            {"inHospitalUserSignerInfomation": [{"disableAutoSign": "no"}]},
            "inHospitalUserSignerInfomation.0.disableAutoSign",
        ),
        ({"patientSex": "女"}, "patientSex"),
        ({"document": {}}, "base64"),
    ],
)
def test_bad_input_is_refused_naming_the_field(server, body, field):
    access = token(server).json()["access_token"]
    answer = httpx.post(
        server.url + APPLY, params={"access_token": access}, json=body, headers={"X-Signit-App-Id": DEFAULT_APP_ID}
    )
    assert answer.status_code == 400
    assert answer.json()["code"] == "100400400"
    assert field in answer.json()["message"]


def test_a_body_that_is_not_json_is_refused(server):
    access = token(server).json()["access_token"]
    answer = httpx.post(
        server.url + APPLY,
        params={"access_token": access},
        content=b"{not json",
        headers={"X-Signit-App-Id": DEFAULT_APP_ID, "Content-Type": "application/json"},
    )
    assert answer.status_code == 400
    assert answer.json()["message"].startswith("参数不正确")


def test_a_query_parameter_breaking_its_pattern_is_refused(server):
    access = token(server).json()["access_token"]
    answer = httpx.get(
        server.url + "/v1/open/hospital/hospitals/data-signatures/query",
        params={"access_token": access, "signWsid": "not-a-wsid"},
        headers={"X-Signit-App-Id": DEFAULT_APP_ID},
    )
    assert answer.status_code == 400
    assert "signWsid" in answer.json()["message"]
