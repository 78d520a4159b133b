"""Webhook verification (real vendor captures, one test per failure mode) and event parsing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.vectors import headers_of
from yiyiqian import webhooks
from yiyiqian.errors import WebhookPayloadError, WebhookVerificationError

APP_ID = "1840e3e1b03ba689b193fa5acc2"
APP_SECRET = "sk0123456789abcdef0123456789abcdef"


@pytest.fixture(scope="module")
def vectors(reference_dir: Path) -> list[dict]:
    return json.loads((reference_dir / "webhook-vectors-sample.json").read_text(encoding="utf-8"))


def verify_vector(vector: dict, headers: dict[str, str], body: bytes, **overrides) -> None:
    options = {"app_id": vector["app_id"], "app_secret": vector["app_secret"], "method": vector["method"]}
    webhooks.verify(headers, body, **{**options, **overrides})


def test_the_vendor_captures_verify_byte_for_byte(vectors):
    assert len(vectors) == 2
    for vector in vectors:
        verify_vector(vector, headers_of(vector), vector["body"].encode())


def test_sign_reproduces_the_vendor_signature(vectors):
    for vector in vectors:
        headers = headers_of(vector)
        assert (
            webhooks.sign(headers, vector["body"].encode(), app_id=vector["app_id"], app_secret=vector["app_secret"])
            == vector["signature_header"]
        )


def test_header_names_are_case_insensitive(vectors):
    vector = vectors[0]
    lowered = {k.lower(): v for k, v in headers_of(vector).items()}
    verify_vector(vector, lowered, vector["body"].encode())
    verify_vector(vector, list(headers_of(vector).items()), vector["body"].encode())  # pairs work too


def _mismatch(vector: dict, headers: dict[str, str], body: bytes, **overrides) -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        verify_vector(vector, headers, body, **overrides)
    assert caught.value.reason == "signature_mismatch"


def test_a_changed_body_byte_fails(vectors):
    vector = vectors[1]
    body = bytearray(vector["body"].encode())
    body[len(body) // 2] ^= 0x01
    _mismatch(vector, headers_of(vector), bytes(body))


def test_a_reserialised_body_fails(vectors):
    vector = vectors[0]
    reserialised = json.dumps(json.loads(vector["body"]), ensure_ascii=False).encode()
    _mismatch(vector, headers_of(vector), reserialised)


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("X-Signit-Date", "Thu Apr 25 19:47:34 CST 2019"),
        ("X-Signit-Nonce", "KrjkI11Dhh8Ht7l65YPBkm07"),
        ("X-Signit-Host", "webhook.site:443"),
        ("X-Signit-Scheme", "http"),
        ("X-Signit-Resource", "/hook"),
        ("Content-Type", "application/json;charset=UTF-8"),
    ],
)
def test_a_changed_signed_header_fails(vectors, header, value):
    vector = vectors[0]
    _mismatch(vector, {**headers_of(vector), header: value}, vector["body"].encode())


def test_a_dropped_signed_header_fails(vectors):
    vector = vectors[0]
    headers = headers_of(vector)
    del headers["X-Signit-Nonce"]
    _mismatch(vector, headers, vector["body"].encode())


def test_a_different_method_fails(vectors):
    vector = vectors[0]
    _mismatch(vector, headers_of(vector), vector["body"].encode(), method="PUT")


def test_a_wrong_secret_fails(vectors):
    vector = vectors[0]
    _mismatch(vector, headers_of(vector), vector["body"].encode(), app_secret="sk" + "0" * 32)


def test_a_changed_signature_fails(vectors):
    vector = vectors[0]
    scheme, _, rest = vector["signature_header"].partition(" ")
    app, _, sig = rest.partition(":")
    flipped = ("A" if sig[0] != "A" else "B") + sig[1:]
    _mismatch(
        vector, {**headers_of(vector), "X-Signit-Signature": f"{scheme} {app}:{flipped}"}, vector["body"].encode()
    )


def test_a_wrong_app_id_fails(vectors):
    vector = vectors[0]
    with pytest.raises(WebhookVerificationError) as caught:
        verify_vector(vector, headers_of(vector), vector["body"].encode(), app_id=APP_ID)
    assert caught.value.reason == "app_id_mismatch"


def test_a_missing_signature_fails(vectors):
    vector = vectors[0]
    headers = headers_of(vector)
    del headers["X-Signit-Signature"]
    with pytest.raises(WebhookVerificationError) as caught:
        verify_vector(vector, headers, vector["body"].encode())
    assert caught.value.reason == "missing_signature"


@pytest.mark.parametrize(
    "value",
    [
        "HmacSHA256 16a543b48463eebbcfde3dd32d1:abc",
        "HmacSHA512 no-colon",
        "HmacSHA512 16a543b48463eebbcfde3dd32d1:not base64!",
    ],
)
def test_a_malformed_signature_fails(vectors, value):
    vector = vectors[0]
    with pytest.raises(WebhookVerificationError) as caught:
        verify_vector(vector, {**headers_of(vector), "X-Signit-Signature": value}, vector["body"].encode())
    assert caught.value.reason == "malformed_signature"


def test_missing_optional_headers_count_as_empty():
    body = b'{"event":"dataSignatureCompleted"}'
    headers = {"Content-Type": "application/json", "X-Signit-Nonce": "n" * 24}
    headers["X-Signit-Signature"] = webhooks.sign(headers, body, app_id=APP_ID, app_secret=APP_SECRET)
    webhooks.verify(headers, body, app_id=APP_ID, app_secret=APP_SECRET)


def test_an_empty_body_is_signed_without_its_line():
    headers = {"Content-Type": "application/json", "X-Signit-Date": "Tue Jan 22 09:14:31 CST 2019"}
    headers["X-Signit-Signature"] = webhooks.sign(headers, b"", app_id=APP_ID, app_secret=APP_SECRET)
    webhooks.verify(headers, b"", app_id=APP_ID, app_secret=APP_SECRET)
    with pytest.raises(WebhookVerificationError):
        webhooks.verify(headers, b"\n", app_id=APP_ID, app_secret=APP_SECRET)


def test_a_decoded_str_body_is_refused_outright(vectors):
    vector = vectors[0]
    with pytest.raises(TypeError, match="raw body bytes"):
        verify_vector(vector, headers_of(vector), vector["body"])


def test_date_tolerance_refuses_old_and_future_deliveries(vectors):
    vector = vectors[0]  # Thu Apr 25 19:47:33 CST 2019 = 11:47:33 UTC
    sent = 1556192853.0
    verify_vector(vector, headers_of(vector), vector["body"].encode(), tolerance=300, now=lambda: sent + 299)
    for offset in (-301, 301):
        with pytest.raises(WebhookVerificationError) as caught:
            verify_vector(
                vector,
                headers_of(vector),
                vector["body"].encode(),
                tolerance=300,
                now=lambda offset=offset: sent + offset,
            )
        assert caught.value.reason == "date_out_of_tolerance"


def test_an_unparseable_date_fails_only_when_tolerance_is_on():
    headers = {"Content-Type": "application/json", "X-Signit-Date": "2019-04-25T19:47:33+08:00"}
    body = b"{}"
    headers["X-Signit-Signature"] = webhooks.sign(headers, body, app_id=APP_ID, app_secret=APP_SECRET)
    webhooks.verify(headers, body, app_id=APP_ID, app_secret=APP_SECRET)
    with pytest.raises(WebhookVerificationError) as caught:
        webhooks.verify(headers, body, app_id=APP_ID, app_secret=APP_SECRET, tolerance=300)
    assert caught.value.reason == "date_unparseable"


def test_a_replayed_nonce_fails_when_the_cache_is_on(vectors):
    vector = vectors[1]
    now = [0.0]
    cache = webhooks.NonceCache(ttl=60, clock=lambda: now[0])
    verify_vector(vector, headers_of(vector), vector["body"].encode(), nonce_cache=cache)
    with pytest.raises(WebhookVerificationError) as caught:
        verify_vector(vector, headers_of(vector), vector["body"].encode(), nonce_cache=cache)
    assert caught.value.reason == "replayed_nonce"
    now[0] = 61.0  # past the TTL the nonce is forgotten
    verify_vector(vector, headers_of(vector), vector["body"].encode(), nonce_cache=cache)


def test_a_forged_delivery_does_not_burn_its_nonce(vectors):
    vector = vectors[1]
    cache = webhooks.NonceCache()
    with pytest.raises(WebhookVerificationError):
        verify_vector(vector, headers_of(vector), b"{}", nonce_cache=cache)
    verify_vector(vector, headers_of(vector), vector["body"].encode(), nonce_cache=cache)


# -- parse ---------------------------------------------------------------------------------
V1_RAW = {
    "business": {
        "patientId": "AA12345678",
        "patientName": "李某某",
        "admissionNumber": None,
        "serviceType": "D_西药处方",
        "doctorId": "lidd",
    },
    "signature": {
        "signWsid": "WSID_SIGN_0000018f6cca445c0242196331aa0001",
        "signStatus": "SIGNED",
        "signValue": "MEUCIBZSKnAuf9GLt29xCXvxbxG2C4O4GEy1xuRyp+CZTeapAiEAtcLiiYg80gxhiovIl5JjMwL8FTB3qsqIljGcqgSJmQY=",
        "signDatetime": 1715517253000,
        "signStatusReason": None,
        "appendTimestamp": 1,
    },
    "appInfo": {"appId": APP_ID, "appName": "标准签署应用"},
}


def _body(event: str, raw_data, **extra) -> bytes:
    return json.dumps(
        {
            "event": event,
            "eventDescription": "d",
            "target": {"destination": "https://h.test/"},
            "rawData": raw_data,
            "needCallBack": False,
            **extra,
        },
        ensure_ascii=False,
    ).encode()


def test_parse_data_signature_completed_decodes_the_string_raw_data():
    event = webhooks.parse(_body("dataSignatureCompleted", json.dumps(V1_RAW, ensure_ascii=False)))
    assert event.known and event.name == "dataSignatureCompleted"
    assert event.data.signature.signStatus == "SIGNED"
    assert event.data.business.patientName == "李某某"
    assert event.target.destination == "https://h.test/"
    assert event.need_callback is False


def test_parse_data_signature_v2_completed_takes_the_object_raw_data():
    raw = {
        "data": {
            "signWsid": "WSID_SIGN_0000018f6cca445c0242196331aa0001",
            "customTag": "t",
            "status": "COMPLETED",
            "participants": [
                {
                    "name": "吴涛",
                    "isFaceToFace": False,
                    "signedData": {"signValue": "MEUC", "timestampInfo": {"verified": True}},
                }
            ],
        },
        "appInfo": {"appId": APP_ID},
    }
    event = webhooks.parse(_body("dataSignatureV2Completed", raw))
    assert event.data.data.participants[0].signedData.timestampInfo.verified is True


@pytest.mark.parametrize(
    ("name", "raw", "check"),
    [
        (
            "fileSignatureCompleted",
            {
                "fileWsid": "WSID_FILE_0000018f6cca445c0242196331aa0001",
                "status": "SIGNED",
                "signedDocument": {"base64": "JVBERi0="},
            },
            lambda d: d.signedDocument.base64,
        ),
        (
            "caLoginCompleted",
            {"loginId": "L1", "session": {}, "userInfo": {"name": "吴涛"}, "certificate": {}},
            lambda d: d.userInfo.name,
        ),
        ("emrDocumentStatusChanged", {"patientID": "A1", "status": "ARCHIVED"}, lambda d: d.status),
        ("emrQualityControlChanged", {"patientID": "A1", "admissionNumber": "Z1", "score": 92.5}, lambda d: d.score),
    ],
)
def test_parse_each_documented_event(name, raw, check):
    event = webhooks.parse(_body(name, json.dumps(raw, ensure_ascii=False)))
    assert event.known and check(event.data)


def test_parse_the_vendor_platform_events(vectors):
    for vector in vectors:
        event = webhooks.parse(vector["body"].encode())
        assert event.name == vector["event"] and not event.known
        assert event.data.code == "100550000"
        assert event.target.webhookWsid.startswith("WSID_HOOK_")


def test_parse_an_unknown_event_gives_a_generic_event():
    event = webhooks.parse(_body("somethingNew", json.dumps({"anything": [1, 2]})))
    assert not event.known and event.data.model_extra == {"anything": [1, 2]}


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b"[]",
        b'{"no": "event"}',
        b'{"event": 5}',
        b"\xff\xfe",
        _body("dataSignatureCompleted", "{not json"),
        _body("dataSignatureCompleted", {"an": "object"}),
        _body("dataSignatureCompleted", json.dumps({"signature": "text"})),
        b"[" * 100_000,
    ],
)
def test_parse_refuses_what_is_not_an_event(body):
    with pytest.raises(WebhookPayloadError):
        webhooks.parse(body)
