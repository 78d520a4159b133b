"""Each kind of answer gets its own name, in the report's rows and in the probe column."""

from __future__ import annotations

import json

import pytest

from contract_tests import kinds

OPERATION = {"responses": {"200": {}, "400": {}, "401": {}}}
JSON = {"content-type": ["application/json"]}
OK = json.dumps({"code": "100100000", "message": "操作成功", "data": {}}).encode()


@pytest.mark.parametrize(
    ("status", "headers", "content", "failed", "word"),
    [
        (
            302,
            {"Location": ["https://sso.example/cas/login?ticket=secret"]},
            b"",
            [],
            "undocumented status 302 → /cas/login",
        ),
        (502, {"content-type": ["text/html"]}, b"<html>", [], "server error 502"),
        (404, JSON, b"{}", [], "path missing"),
        (418, JSON, b"{}", [], "undocumented status 418"),
        (200, {"content-type": ["text/html"]}, b"<html>", [], "not JSON (text/html)"),
        (401, JSON, b'{"error": "invalid_token"}', [], "auth rejected"),
        (200, JSON, OK, ["response_schema_conformance"], "schema mismatch"),
        (
            200,
            JSON,
            b'{"code": "100500500", "message": "x"}',
            ["success_carries_a_success_code"],
            "2xx without a success code",
        ),
        (400, JSON, b'{"code": "100400404", "message": "x"}', [], "refused (400 100400404)"),
        (200, JSON, OK, [], "reachable"),
    ],
)
def test_probe_words(status, headers, content, failed, word):
    assert kinds.probe_word(OPERATION, status, headers, content, failed) == word
    assert kinds.is_drift_word(word) == (word not in ("reachable", "refused (400 100400404)"))


def test_an_undescribed_answer_is_one_kind_not_the_checks_it_tripped():
    tripped = ["status_code_conformance", "content_type_conformance", "ignored_auth", "success_carries_a_success_code"]
    headers = {"location": ["/cas/login"]}
    assert kinds.kinds(OPERATION, True, 302, headers, tripped) == ["undocumented status 302 → /cas/login"]
    assert kinds.kinds(OPERATION, True, 200, JSON, ["response_schema_conformance"]) == ["schema mismatch"]
    assert kinds.kinds(OPERATION, True, 200, JSON, []) == []


def test_an_error_envelope_with_a_2xx_status_is_one_drift_not_two():
    tripped = ["success_carries_a_success_code", "response_schema_conformance"]
    error_envelope = b'{"code": "100400400", "message": "bad"}'
    assert kinds.kinds(OPERATION, True, 200, JSON, tripped, error_envelope) == ["2xx without a success code"]
    renamed = b'{"errorCode": "100100000", "message": "ok"}'  # no `code` at all: the shape drifted too
    assert kinds.kinds(OPERATION, True, 200, JSON, tripped, renamed) == [
        "2xx without a success code",
        "schema mismatch",
    ]
