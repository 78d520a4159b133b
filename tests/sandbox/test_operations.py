"""Every operation of the spec answers, from its path, with an answer the spec allows."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from contract_tests.examples import example_of as example_in
from yiyiqian import _spec, is_success_code
from yiyiqian_sandbox import DEFAULT_APP_ID, DEFAULT_APP_SECRET

SPEC = _spec.load_spec()


def example_of(schema: dict[str, Any]) -> Any:
    return example_in(SPEC, schema)


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, op)
        for (method, path), op in ((k, SPEC["paths"][k[1]][k[0].lower()]) for k in _spec.operations())
        if op["operationId"] != "getAccessToken"
    ]


@pytest.fixture(scope="module")
def token(server) -> str:
    answer = httpx.get(
        f"{server.url}/v1/oauth/oauth/token",
        params={"client_id": DEFAULT_APP_ID, "client_secret": DEFAULT_APP_SECRET, "grant_type": "client_credentials"},
    )
    assert answer.status_code == 200
    return str(answer.json()["access_token"])


@pytest.mark.parametrize(("method", "path", "op"), _operations(), ids=[op["operationId"] for _, _, op in _operations()])
def test_every_operation_answers_at_its_path(server, token, method, path, op):
    params = {p["name"]: example_of(p["schema"]) for p in op.get("parameters", []) if p.get("required")}
    kwargs: dict[str, Any] = {
        "params": {"access_token": token, **params},
        "headers": {"X-Signit-App-Id": DEFAULT_APP_ID},
    }
    content = op.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        kwargs["json"] = example_of(content["application/json"]["schema"])
    elif "multipart/form-data" in content:
        kwargs["files"] = {"file": ("a.pdf", b"%PDF-1.7\n%%EOF\n", "application/pdf")}
    answer = httpx.request(method, server.url + path, **kwargs)
    assert answer.status_code in (200, 400), answer.text
    body = answer.json()
    assert isinstance(body["code"], str) and isinstance(body["message"], str)
    assert is_success_code(body["code"]) is (answer.status_code == 200)


def test_all_operations_were_covered():
    assert len(_operations()) == 47
