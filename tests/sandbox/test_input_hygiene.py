"""Untrusted input: strict JSON, objects only, all-or-nothing batches, a body limit, short messages, no 500."""

from __future__ import annotations

import base64
import json
import statistics
import threading
import time
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from contract_tests.examples import resolve
from tests.sandbox.raw import APPLY, Raw
from tests.sandbox.server import running_sandbox
from yiyiqian_sandbox import DEFAULT_APP_ID, SandboxConfig
from yiyiqian_sandbox._config import DEFAULT_MAX_BODY_BYTES
from yiyiqian_sandbox._control import CONTROL_HEADER
from yiyiqian_sandbox._pdf import template_pdf
from yiyiqian_sandbox._routes import load_spec, routes

PUSH_PATIENTS = "/collect/third/push-patients"
STATUS = "/v1/open/users/sso/check-ca-login-task"
SPEC = load_spec()


@pytest.fixture(scope="module")
def raw(server) -> Raw:
    return Raw.of(server.url)


def send(raw: Raw, path: str, text: str, method: str = "POST", **params: str) -> httpx.Response:
    kwargs = raw.kwargs(None, **params)
    kwargs["headers"] = {**kwargs["headers"], "Content-Type": "application/json"}
    return httpx.request(method, raw.url + path, content=text.encode(), timeout=60, **kwargs)


@pytest.mark.parametrize(
    "text",
    [
        '{"items": [{"patientID": "\\ud800", "patientName": "x"}]}',
        '{"items": [{"patientID": "P", "patientName": "x", "\\udfff": 1}]}',
        '{"items": [{"patientID": "P", "patientName": "x", "age": NaN}]}',
        '{"items": [{"patientID": "P", "patientName": "x", "age": Infinity}]}',
        '{"items": [{"patientID": "P", "patientName": "x", "age": -Infinity}]}',
        '{"items": [{"patientID": "P", "patientName": "x", "age": 1e400}]}',
        "[]",
        '"items"',
        "42",
        "null",
        '{"items": ' + "[" * 100_000 + "]" * 100_000 + "}",
    ],
    ids=["surrogate", "surrogate-key", "nan", "inf", "-inf", "1e400", "array", "string", "number", "null", "deep"],
)
def test_bodies_that_are_not_strict_json_objects_are_400(server, raw, text):
    before = len(server.sandbox.store.find("patient"))
    answer = send(raw, PUSH_PATIENTS, text)
    assert answer.status_code == 400, answer.text
    assert answer.json()["code"] == "100400400"
    assert len(server.sandbox.store.find("patient")) == before


def test_a_batch_push_is_stored_all_or_nothing(server, raw):
    items = [{"patientID": f"BATCH-{i}", "patientName": "x"} for i in range(5)]
    text = json.dumps({"items": items}, ensure_ascii=True)[:-2] + ', {"patientID": "\\ud800", "patientName": "y"}]}'
    assert send(raw, PUSH_PATIENTS, text).status_code == 400
    assert [p for p in server.sandbox.store.find("patient") if p.id.startswith("BATCH-")] == []
    ok = send(raw, PUSH_PATIENTS, json.dumps({"items": items}))
    assert ok.status_code == 200 and ok.json()["data"]["created"] == 5


def test_error_messages_are_short_and_do_not_echo_the_input(server, raw):
    huge = "秘" * 100_000
    answer = send(raw, APPLY, json.dumps({"template": {"wsid": huge}, "patientSex": huge}))
    assert answer.status_code == 400
    assert len(answer.json()["message"]) <= 400 and huge[:1000] not in answer.json()["message"]


def test_the_default_body_limit_fits_a_20_mb_pdf_as_base64():
    pdf_b64 = 4 * -(-20 * 1024 * 1024 // 3)
    assert pdf_b64 + 64 * 1024 <= DEFAULT_MAX_BODY_BYTES


def test_a_body_over_the_limit_is_413_on_every_route(tmp_path):
    config = SandboxConfig(state_dir=tmp_path, auto_login_after=None, max_body_bytes=256 * 1024)
    with running_sandbox(config) as server:
        raw = Raw.of(server.url)
        big = json.dumps({"items": [{"patientID": "P", "patientName": "x" * 300 * 1024}]})
        assert send(raw, PUSH_PATIENTS, big).status_code == 413
        control = httpx.post(
            server.url + "/_sandbox/webhooks",
            content=big.encode(),
            headers={CONTROL_HEADER: server.control_token, "Content-Type": "application/json"},
        )
        assert control.status_code == 413

        def chunks():  # no Content-Length: counted as it arrives
            for _ in range(40):
                yield b" " * 8192

        streamed = httpx.post(
            server.url + PUSH_PATIENTS, content=chunks(), **{k: v for k, v in raw.kwargs().items() if k != "json"}
        )
        assert streamed.status_code == 413
        assert send(raw, PUSH_PATIENTS, json.dumps({"items": [{"patientID": "P", "patientName": "x"}]})).is_success


def test_a_20_mb_pdf_fits_and_an_18_mb_body_does_not_stall_other_clients(server, raw):
    """While one large body is read and checked, 1.2 calls keep answering (their p99 is printed)."""
    pdf = template_pdf("Large", ["20 MB"], padding=18 * 1024 * 1024)
    body = json.dumps({"patientID": "BIG", "document": {"base64": base64.b64encode(pdf).decode()}})
    done = threading.Event()
    result: dict[str, Any] = {}

    def large() -> None:
        result["answer"] = send(raw, APPLY, body)
        done.set()

    worker = threading.Thread(target=large)
    latencies = []
    with httpx.Client(base_url=raw.url, timeout=60) as http:
        worker.start()
        while not done.is_set() and len(latencies) < 2000:
            started = time.perf_counter()
            answer = http.get(STATUS, **raw.kwargs(None, loginId="none"))
            latencies.append(time.perf_counter() - started)
            assert answer.status_code == 400
    worker.join(timeout=120)
    assert result["answer"].status_code == 200, result["answer"].text[:300]
    assert len(latencies) >= 5  # other clients were served while the large body was in the works
    p99 = statistics.quantiles(latencies, n=100)[98] if len(latencies) >= 100 else max(latencies)
    print(f"\n{len(body) / 1e6:.1f} MB body; {len(latencies)} 1.2 calls meanwhile, p99 {p99 * 1000:.1f} ms")


# -- field fuzz over every operation --------------------------------------------------------------
BAD_VALUES: list[Any] = ["\ud800", float("nan"), float("inf"), "x" * 100_000, 12345, -1.5, [], {}, None, True, "字"]


def _full_example(schema: dict[str, Any], depth: int = 0) -> Any:
    """A value for every property (optional ones included), from the schema's examples."""
    schema = resolve(SPEC, schema)
    if "examples" in schema:
        return schema["examples"][0]
    if "enum" in schema:
        return schema["enum"][0]
    if "anyOf" in schema or "oneOf" in schema:
        return _full_example((schema.get("anyOf") or schema["oneOf"])[0], depth)
    kind = schema.get("type")
    kind = kind[0] if isinstance(kind, list) else kind
    if (kind == "object" or "properties" in schema) and depth < 4:
        return {k: _full_example(v, depth + 1) for k, v in schema.get("properties", {}).items()}
    if kind == "array" and depth < 4:
        return [_full_example(schema.get("items", {}), depth + 1)]
    return {"string": "x", "integer": 1, "number": 1, "boolean": True}.get(kind or "", "x")


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths to every field (two levels into objects and first array items)."""
    found = [prefix] if prefix else []
    if len(prefix) < 3:
        if isinstance(value, dict):
            for key, child in value.items():
                found += _paths(child, (*prefix, key))
        elif isinstance(value, list) and value:
            found += _paths(value[0], (*prefix, 0))
    return found


def _replaced(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = _replaced(copy[path[0]], path[1:], new)
    return copy


def _fuzz_cases() -> list[tuple[str, str, str, list[tuple[str, str]]]]:
    """(operationId, method, path, [(query string, body text)]) for every operation but the token one."""
    cases = []
    for route in routes(SPEC):
        if route.operation_id == "getAccessToken":
            continue
        params = {p["name"]: _full_example(p["schema"]) for p in route.operation.get("parameters", [])}
        content = route.operation.get("requestBody", {}).get("content", {})
        body = _full_example(content["application/json"]["schema"]) if "application/json" in content else None
        variants: list[tuple[str, str]] = []
        for name in params:
            for bad in ("%ED%A0%80", "x" * 8_000, "%00", "1e400"):  # h11 takes request lines up to 16 KB
                query = "&".join(f"{k}={bad if k == name else quote(str(v))}" for k, v in params.items())
                variants.append((query, json.dumps(body) if body is not None else ""))
        for path in _paths(body) if body is not None else []:
            for bad in BAD_VALUES:
                variants.append(("", json.dumps(_replaced(body, path, bad), ensure_ascii=True)))
        cases.append((route.operation_id, route.method, route.path, variants[:150]))
    return cases


def test_a_field_fuzz_of_every_operation_never_gets_a_500(server, raw):
    statuses: dict[int, int] = {}
    sent = 0
    with httpx.Client(base_url=raw.url, timeout=60) as http:
        for operation_id, method, path, variants in _fuzz_cases():
            for query, text in variants:
                url = f"{path}?access_token={raw.token}" + (f"&{query}" if query else "")
                answer = http.request(
                    method,
                    url,
                    content=text.encode(),
                    headers={"X-Signit-App-Id": DEFAULT_APP_ID, "Content-Type": "application/json"},
                )
                sent += 1
                statuses[answer.status_code] = statuses.get(answer.status_code, 0) + 1
                assert answer.status_code < 500, (operation_id, query[:80], text[:200], answer.text[:300])
                body = answer.json()
                assert isinstance(body.get("code"), str) and len(body["message"]) <= 400
    print(f"\nfield fuzz: {sent} calls over {len(_fuzz_cases())} operations, statuses {statuses}")
    assert sent > 1000 and 500 not in statuses


@pytest.mark.parametrize(("data_type", "status"), [("TEXT", 200), ("base64", 200), ("XML", 400), ("", 400)])
def test_v2_data_types_are_text_or_base64(raw, data_type, status):
    body = {
        "customTag": "DATA-TYPE",
        "signingData": {"dataType": data_type, "data": "5Yy75piT562+"},
        "participants": [{"userJobId": "job_wutao"}],
    }
    answer = raw.post("/v1/open/hospital/hospitals/data-signatures/v2/sync-sign", body)
    assert answer.status_code == status, answer.text
    if status == 400:
        assert "dataType" in answer.json()["message"]


def test_a_broken_multipart_body_is_answered_in_the_envelope(raw):
    """Starlette answers a broken multipart body with a text/plain 400 of its own; the sandbox does not."""
    boundary = "05a2a2ac1a4769c9f954808324d730aa"
    kwargs = raw.kwargs()
    kwargs["headers"] = {**kwargs["headers"], "Content-Type": f"multipart/form-data; boundary={boundary}"}
    answer = httpx.post(
        raw.url + "/v1/open/hospital/hospitals/files/verify-upload",
        content=f"--{boundary}\r\n9695--{boundary}--\r\n".encode(),
        **kwargs,
    )
    assert answer.status_code == 400 and answer.headers["content-type"] == "application/json"
    assert answer.json()["code"] == "100400400"
