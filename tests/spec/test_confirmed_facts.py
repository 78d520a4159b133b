"""Where the vendor reference states a fact, the spec matches it to the letter.

Fields are read from ../shared/reference/endpoints.yaml, not restated here, so a correction
of the reference shows up as a failing test.
"""

from __future__ import annotations

from typing import Any

import pytest
from spec_index import operations

from tests.spec.schema_view import resolve, types_of


def _operation(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"][path][method.lower()]
    return op


def _reference_type(raw: str) -> str:
    """'array [object {5}]' -> 'array', 'string (JSON-encoded)' -> 'string'."""
    return raw.split("[")[0].split("(")[0].strip()


def assert_fields_match(spec: dict[str, Any], schema: dict[str, Any], fields: list[dict[str, Any]], where: str) -> int:
    """Every reference field exists with the reference type; returns how many were compared."""
    node = resolve(spec, schema)
    compared = 0
    for field in fields:
        name = field["name"]
        if name.endswith("..."):  # a key the stored doc copy cut off
            continue
        assert name in node.get("properties", {}), f"{where}: field {name!r} missing"
        prop = resolve(spec, node["properties"][name])
        if "type" in field:
            expected = _reference_type(str(field["type"]))
            assert expected in types_of(prop), f"{where}.{name}: {types_of(prop)} is not {expected}"
        if "default" in field:
            assert prop.get("default") == field["default"], f"{where}.{name}: default"
        compared += 1
        nested = field.get("fields")
        if isinstance(nested, list):
            target = resolve(spec, prop["items"]) if "array" in types_of(prop) else prop
            if "contentSchema" in prop:  # a JSON string holding an object
                target = prop["contentSchema"]
            compared += assert_fields_match(spec, target, nested, f"{where}.{name}")
    return compared


def _json_body_schema(op: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = op["requestBody"]["content"]["application/json"]["schema"]
    return schema


def test_servers(spec):
    urls = [s["url"] for s in spec["servers"]]
    assert "https://open.signit.cn" in urls
    templated = [s for s in spec["servers"] if s["url"] == "{baseUrl}"]
    assert templated and "baseUrl" in templated[0]["variables"]


def test_security_schemes_carry_token_in_query_and_app_id_in_header(spec):
    schemes = spec["components"]["securitySchemes"]
    assert schemes["accessToken"] == {**schemes["accessToken"], "type": "apiKey", "in": "query", "name": "access_token"}
    assert schemes["appId"] == {**schemes["appId"], "type": "apiKey", "in": "header", "name": "X-Signit-App-Id"}
    assert spec["security"] == [{"accessToken": [], "appId": []}]


def test_every_business_operation_is_secured_and_answers_200_400_401(spec):
    for path, method, op in operations(spec):
        if path == "/v1/oauth/oauth/token":
            continue
        assert "security" not in op, f"{method} {path} overrides the global security"
        assert {"200", "400", "401"} <= set(op["responses"]), f"{method} {path}"


def test_token_endpoint(spec):
    op = _operation(spec, "GET", "/v1/oauth/oauth/token")
    assert op["security"] == []
    params = {p["name"]: p for p in op["parameters"]}
    assert set(params) == {"client_id", "client_secret", "grant_type"}
    assert all(p["in"] == "query" and p["required"] for p in params.values())
    assert resolve(spec, params["grant_type"]["schema"])["enum"] == ["client_credentials"]
    token = resolve(spec, op["responses"]["200"]["content"]["application/json"]["schema"])
    assert set(token["properties"]) == {"access_token", "token_type", "expires_in", "scope"}
    assert types_of(token["properties"]["expires_in"]) == {"integer"}
    assert "allOf" not in op["responses"]["200"]["content"]["application/json"]["schema"]  # not enveloped


def test_shared_error_and_envelope_shapes(spec):
    schemas = spec["components"]["schemas"]
    assert set(schemas["Envelope"]["properties"]) == {"code", "message"}  # data is per operation
    assert types_of(schemas["Envelope"]["properties"]["code"]) == {"string"}
    assert set(schemas["OAuthError"]["properties"]) == {"error", "error_description"}
    assert set(schemas["PlatformError"]["properties"]) == {
        "code",
        "errorWsid",
        "userMessage",
        "developerMessage",
        "moreInfo",
    }


def test_data_is_required_on_every_success_but_the_login_status(spec):
    """The Envelope's rule: `data` is absent on errors and before a QR login (1.2, seed page).

    Error envelopes never reach the generated parsers (the client raises first), and a success
    without `data` is read leniently (yiyiqian._lenient), so `required` can say what a success holds.
    """
    for path, method, op in operations(spec):
        if "200" not in op["responses"] or op.get("tags") == ["oauth"]:
            continue
        schema = op["responses"]["200"]["content"]["application/json"]["schema"]
        required = "data" in resolve(spec, schema).get("required", [])
        assert required is (op["operationId"] != "checkCaLoginTask"), f"{method} {path}"


def test_1_2_check_ca_login_task(spec, reference_by_toc):
    ref = reference_by_toc["1.2"]
    op = _operation(spec, ref["method"], ref["path"])
    assert op["x-toc"] == "1.2"
    params = {p["name"]: p for p in op.get("parameters", [])}
    for q in ref["query"]:
        if q["name"] == "access_token":  # carried by the accessToken security scheme
            assert spec["components"]["securitySchemes"]["accessToken"]["name"] == "access_token"
            continue
        assert params[q["name"]]["in"] == "query"
        assert params[q["name"]].get("required", False) == q["required"]
        assert types_of(resolve(spec, params[q["name"]]["schema"])) == {q["type"]}
    assert [h["name"] for h in ref["headers"]] == [spec["components"]["securitySchemes"]["appId"]["name"]]
    ok = next(r for r in ref["responses"] if r["status"] == 200)
    body = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert assert_fields_match(spec, body, ok["fields"], "1.2 response") == 6
    flat = resolve(spec, body)
    assert set(flat["required"]) == {"code", "message"}  # data absent until the user has logged in
    data = resolve(spec, flat["properties"]["data"])
    assert set(data["required"]) == {"session", "userInfo", "certificate"}
    assert "400" in op["responses"]


@pytest.mark.parametrize("toc", ["4.1", "5.1"])
def test_template_signing_bodies_have_every_documented_field(spec, reference_by_toc, toc):
    ref = reference_by_toc[toc]
    op = _operation(spec, ref["method"], ref["path"])
    assert op["x-toc"] == toc
    compared = assert_fields_match(spec, _json_body_schema(op), ref["body"]["fields"], toc)
    expected = sum(1 + len(f.get("fields", [])) for f in ref["body"]["fields"])
    assert compared == expected
    assert not resolve(spec, _json_body_schema(op)).get("required"), "the docs mark no body field required"


def test_5_1_mode_keeps_the_documented_value_and_default(spec, reference_by_toc):
    ref = reference_by_toc["5.1"]
    body = resolve(spec, _json_body_schema(_operation(spec, ref["method"], ref["path"])))
    mode = resolve(spec, body["properties"]["mode"])
    mode_ref = next(f for f in ref["body"]["fields"] if f["name"] == "mode")
    assert set(mode_ref["enum_seen"]) <= set(mode["enum"])
    assert mode["default"] == mode_ref["default"]


@pytest.mark.parametrize("toc", ["8.1", "10"])
def test_fully_known_paths(spec, reference_by_toc, toc):
    ref = reference_by_toc[toc]
    assert _operation(spec, ref["method"], ref["path"])["x-toc"] == toc


def _webhook(spec: dict[str, Any], toc: str) -> dict[str, Any]:
    for item in spec["webhooks"].values():
        if item["post"]["x-toc"] == toc:
            op: dict[str, Any] = item["post"]
            return op
    raise AssertionError(toc)


def test_7_1_body_with_rawdata_as_a_json_string(spec, reference_by_toc):
    ref = reference_by_toc["7.1"]
    op = _webhook(spec, "7.1")
    body = _json_body_schema(op)
    assert assert_fields_match(spec, body, ref["body"]["fields"], "7.1") >= 30
    raw = resolve(spec, body)["properties"]["rawData"]
    assert types_of(raw) == {"string"} and raw["contentMediaType"] == "application/json"
    event = resolve(spec, body)["properties"]["event"]
    assert ref["event"] in event.get("examples", [])


def test_7_3_body_with_rawdata_as_an_object(spec, reference_by_toc):
    ref = reference_by_toc["7.3"]
    op = _webhook(spec, "7.3")
    assert op["x-path"] == ref["path"]
    body = _json_body_schema(op)
    assert assert_fields_match(spec, body, ref["body"]["fields"], "7.3") >= 50
    flat = resolve(spec, body)
    assert types_of(resolve(spec, flat["properties"]["rawData"])) == {"object"}
    assert "target" in flat["required"]
    assert "destination" in resolve(spec, flat["properties"]["target"])["required"]
