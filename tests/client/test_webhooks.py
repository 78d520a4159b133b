"""Webhook verification (real vendor captures and fresh keys, one test per failure mode) and parsing."""

from __future__ import annotations

import json
import math
import os
import secrets
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.vectors import headers_of
from yiyiqian import webhooks
from yiyiqian.errors import ConfigurationError, WebhookPayloadError, WebhookVerificationError

APP_ID = "1840e3e1b03ba689b193fa5acc2"
APP_SECRET = "sk0123456789abcdef0123456789abcdef"


@pytest.fixture(scope="module")
def vectors(reference_dir: Path) -> list[dict]:
    return json.loads((reference_dir / "webhook-vectors-sample.json").read_text(encoding="utf-8"))


def sent_at(vector: dict) -> float:
    """When the platform signed a capture (its X-Signit-Date), as a POSIX timestamp."""
    return webhooks.parse_java_date(vector["date"]).timestamp()


def verify_vector(vector: dict, headers: dict[str, str], body: bytes, **overrides) -> None:
    """verify() a capture as if it arrived when it was sent (the captures are from 2019)."""
    options = {
        "app_id": vector["app_id"],
        "app_secret": vector["app_secret"],
        "method": vector["method"],
        "now": sent_at(vector),
    }
    webhooks.verify(headers, body, **{**options, **overrides})


def test_the_vendor_captures_verify_byte_for_byte(vectors):
    assert len(vectors) == 2
    for vector in vectors:
        verify_vector(vector, headers_of(vector), vector["body"].encode())
        verify_vector(vector, headers_of(vector), vector["body"].encode(), tolerance=None, now=None)


def test_the_vendor_capture_dates_are_the_instants_they_name(vectors):
    assert sent_at(vectors[0]) == 1556192853.0  # Thu Apr 25 19:47:33 CST 2019 = 11:47:33 UTC
    assert sent_at(vectors[1]) == 1568881942.0  # Thu Sep 19 16:32:22 CST 2019 = 08:32:22 UTC


def test_with_the_defaults_a_2019_delivery_is_refused(vectors):
    for vector in vectors:
        with pytest.raises(WebhookVerificationError) as caught:
            webhooks.verify(
                headers_of(vector), vector["body"].encode(), app_id=vector["app_id"], app_secret=vector["app_secret"]
            )
        assert caught.value.reason == "date_out_of_tolerance"


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
    webhooks.verify(headers, body, app_id=APP_ID, app_secret=APP_SECRET, tolerance=None)  # no date to check


def test_an_empty_body_is_signed_without_its_line():
    headers = {"Content-Type": "application/json", "X-Signit-Date": "Tue Jan 22 09:14:31 CST 2019"}
    headers["X-Signit-Signature"] = webhooks.sign(headers, b"", app_id=APP_ID, app_secret=APP_SECRET)
    webhooks.verify(headers, b"", app_id=APP_ID, app_secret=APP_SECRET, tolerance=None)
    with pytest.raises(WebhookVerificationError):
        webhooks.verify(headers, b"\n", app_id=APP_ID, app_secret=APP_SECRET, tolerance=None)


def test_a_decoded_str_body_is_refused_outright(vectors):
    vector = vectors[0]
    with pytest.raises(TypeError, match="raw body bytes"):
        verify_vector(vector, headers_of(vector), vector["body"])


# -- safe by default: dates, nonces, settings -------------------------------------------------------
T0 = 1_790_000_000.0  # a fixed "now" for the fresh deliveries below (2026-09-21)


def fresh_keys() -> tuple[str, str]:
    return secrets.token_hex(14)[:27], "sk" + secrets.token_hex(16)


def delivery(
    app_id: str, app_secret: str, *, sent: float = T0, nonce: str | None = None, body: bytes | None = None
) -> tuple[dict[str, str], bytes]:
    """A delivery signed as the platform signs one, sent at `sent` (random nonce unless given)."""
    body = body if body is not None else b'{"event":"caLoginCompleted","rawData":null}'
    headers = {
        "Content-Type": "application/json",
        "X-Signit-Date": webhooks.format_java_date(sent),
        "X-Signit-Host": "his.example:8443",
        "X-Signit-Resource": "",
        "X-Signit-Scheme": "https",
    }
    if nonce is None:
        nonce = secrets.token_urlsafe(18)
    if nonce:
        headers["X-Signit-Nonce"] = nonce
    headers["X-Signit-Signature"] = webhooks.sign(headers, body, app_id=app_id, app_secret=app_secret)
    return headers, body


def refused(reason: str, headers, body, **options) -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        webhooks.verify(headers, body, **options)
    assert caught.value.reason == reason, caught.value


def test_a_fresh_delivery_verifies_with_the_defaults():
    app_id, secret = fresh_keys()
    headers, body = delivery(app_id, secret, sent=time.time())
    webhooks.verify(headers, body, app_id=app_id, app_secret=secret)
    assert webhooks.DEFAULT_TOLERANCE == 300


@pytest.mark.parametrize(("age", "accepted"), [(0, True), (299, True), (-299, True), (301, False), (-301, False)])
def test_the_default_window_is_300_seconds_either_way(age, accepted):
    app_id, secret = fresh_keys()
    headers, body = delivery(app_id, secret, sent=T0 - age)
    if accepted:
        webhooks.verify(headers, body, app_id=app_id, app_secret=secret, now=T0)
    else:
        refused("date_out_of_tolerance", headers, body, app_id=app_id, app_secret=secret, now=lambda: T0)


def test_only_an_explicit_none_turns_the_date_check_off():
    app_id, secret = fresh_keys()
    headers, body = delivery(app_id, secret, sent=T0 - 10 * 365 * 86400)
    refused("date_out_of_tolerance", headers, body, app_id=app_id, app_secret=secret, now=T0)
    webhooks.verify(headers, body, app_id=app_id, app_secret=secret, now=T0, tolerance=None)


@pytest.mark.parametrize("date", ["", "2026-09-21T12:00:00+08:00", "Mon Sep 21 12:00:00 PST 2026", "yesterday"])
def test_an_unparseable_date_is_refused_by_default(date):
    app_id, secret = fresh_keys()
    headers, body = delivery(app_id, secret)
    headers["X-Signit-Date"] = date
    headers["X-Signit-Signature"] = webhooks.sign(headers, body, app_id=app_id, app_secret=secret)
    refused("date_unparseable", headers, body, app_id=app_id, app_secret=secret, now=T0)
    webhooks.verify(headers, body, app_id=app_id, app_secret=secret, tolerance=None)


@pytest.mark.parametrize("tolerance", [0, -1, math.nan, math.inf, True, "300"])
def test_a_tolerance_that_is_not_a_positive_number_is_a_configuration_error(tolerance):
    app_id, secret = fresh_keys()
    headers, body = delivery(app_id, secret)
    with pytest.raises(ConfigurationError):
        webhooks.verify(headers, body, app_id=app_id, app_secret=secret, now=T0, tolerance=tolerance)


def test_a_nonce_cache_shorter_than_twice_the_tolerance_is_a_configuration_error():
    app_id, secret = fresh_keys()
    headers, body = delivery(app_id, secret)
    for ttl, tolerance in ((599, None), (599, 300), (100, 60)):
        with pytest.raises(ConfigurationError, match=r"twice the tolerance|needs a date tolerance"):
            options = {} if tolerance is None else {"tolerance": tolerance}
            webhooks.verify(
                headers, body, app_id=app_id, app_secret=secret, now=T0, nonce_cache=webhooks.NonceCache(ttl), **options
            )
    webhooks.verify(headers, body, app_id=app_id, app_secret=secret, now=T0, nonce_cache=webhooks.NonceCache(600))
    assert webhooks.NonceCache().ttl == 2 * webhooks.DEFAULT_TOLERANCE


def test_a_nonce_cache_without_a_date_window_is_a_configuration_error():
    app_id, secret = fresh_keys()
    headers, body = delivery(app_id, secret)
    with pytest.raises(ConfigurationError, match="needs a date tolerance"):
        webhooks.verify(
            headers, body, app_id=app_id, app_secret=secret, tolerance=None, nonce_cache=webhooks.NonceCache()
        )


@pytest.mark.parametrize(("ttl", "max_size"), [(0, 10), (-5, 10), (math.nan, 10), (math.inf, 10), (600, 0), (600, 1.5)])
def test_a_nonce_cache_with_bad_limits_is_a_configuration_error(ttl, max_size):
    with pytest.raises(ConfigurationError):
        webhooks.NonceCache(ttl=ttl, max_size=max_size)


def test_a_replay_is_refused_as_long_as_the_date_window_would_let_it_in():
    """The issue's case: a replay after 601 s (past a 600 s cache) must not pass, nor at any time."""
    app_id, secret = fresh_keys()
    clock = [0.0]
    cache = webhooks.NonceCache(clock=lambda: clock[0])
    headers, body = delivery(app_id, secret, sent=T0)
    options = {"app_id": app_id, "app_secret": secret, "nonce_cache": cache}
    webhooks.verify(headers, body, now=T0, **options)
    reasons = {}
    for later in range(1, 3001, 25):  # replay the same bytes, 1 s to 50 min later
        clock[0] = float(later)
        with pytest.raises(WebhookVerificationError) as caught:
            webhooks.verify(headers, body, now=T0 + later, **options)
        reasons[later] = caught.value.reason
    assert reasons[1] == reasons[276] == "replayed_nonce"
    assert reasons[601] == reasons[2976] == "date_out_of_tolerance"
    assert set(reasons.values()) == {"replayed_nonce", "date_out_of_tolerance"}


def test_a_replay_signed_ahead_of_time_is_refused_too():
    app_id, secret = fresh_keys()
    clock = [0.0]
    cache = webhooks.NonceCache(clock=lambda: clock[0])
    headers, body = delivery(app_id, secret, sent=T0 + 299)  # the sender's clock runs 299 s fast
    options = {"app_id": app_id, "app_secret": secret, "nonce_cache": cache}
    webhooks.verify(headers, body, now=T0, **options)
    clock[0] = 598.0  # the last moment the date still fits: the cache still remembers
    refused("replayed_nonce", headers, body, now=T0 + 598, **options)


def test_with_a_nonce_cache_a_delivery_without_a_nonce_is_refused_and_leaves_no_trace():
    app_id, secret = fresh_keys()
    cache = webhooks.NonceCache()
    options = {"app_id": app_id, "app_secret": secret, "nonce_cache": cache, "now": T0}
    for nonce in ("", " "):
        headers, body = delivery(app_id, secret, nonce=nonce)
        refused("missing_nonce", headers, body, **options)
        refused("missing_nonce", headers, body, **options)  # again: still missing, not a "replay"
    assert len(cache) == 0
    webhooks.verify(*delivery(app_id, secret), **options)
    assert len(cache) == 1


def test_a_forged_or_stale_delivery_does_not_burn_its_nonce():
    app_id, secret = fresh_keys()
    cache = webhooks.NonceCache()
    headers, body = delivery(app_id, secret, nonce="n-forged-then-real")
    options = {"app_id": app_id, "app_secret": secret, "nonce_cache": cache}
    refused("signature_mismatch", headers, body + b" ", now=T0, **options)
    refused("date_out_of_tolerance", headers, body, now=T0 + 301, **options)
    assert len(cache) == 0
    webhooks.verify(headers, body, now=T0, **options)


def test_a_full_nonce_cache_refuses_rather_than_forgets():
    app_id, secret = fresh_keys()
    clock = [0.0]
    cache = webhooks.NonceCache(max_size=3, clock=lambda: clock[0])
    options = {"app_id": app_id, "app_secret": secret, "nonce_cache": cache, "now": T0}
    first = delivery(app_id, secret)
    webhooks.verify(*first, **options)
    for _ in range(2):
        webhooks.verify(*delivery(app_id, secret), **options)
    refused("nonce_cache_full", *delivery(app_id, secret), **options)
    refused("replayed_nonce", *first, **options)  # the oldest nonce was not dropped to make room
    clock[0] = 600.0
    webhooks.verify(*delivery(app_id, secret), **options)


def test_the_vendor_captures_refuse_a_replay_inside_their_window(vectors):
    vector = vectors[1]
    clock = [0.0]
    cache = webhooks.NonceCache(clock=lambda: clock[0])
    verify_vector(vector, headers_of(vector), vector["body"].encode(), nonce_cache=cache)
    clock[0] = 120.0
    with pytest.raises(WebhookVerificationError) as caught:
        verify_vector(vector, headers_of(vector), vector["body"].encode(), nonce_cache=cache, now=sent_at(vector) + 120)
    assert caught.value.reason == "replayed_nonce"


# -- dates -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "value",
    [
        "Thu Apr 25 19:47:33 CST 2019",
        "Thu Apr 25 11:47:33 GMT 2019",
        "Thu Apr 25 11:47:33 UTC 2019",
        "Thu Apr 25 19:47:33 GMT+08:00 2019",
        "Thu Apr 25 06:47:33 GMT-05:00 2019",
        " Thu  Apr 25 19:47:33 CST 2019 ",
    ],
)
def test_java_dates_in_every_spelling_seen_are_the_same_instant(value):
    assert webhooks.parse_java_date(value).timestamp() == 1556192853.0


@pytest.mark.parametrize(
    "value",
    [
        "Do Apr 25 19:47:33 CST 2019",
        "thu apr 25 19:47:33 CST 2019",
        "Thu Apr 31 19:47:33 CST 2019",
        "Thu Apr 25 24:47:33 CST 2019",
        "Thu Apr 25 19:47:33 GMT+25:00 2019",
        "Thu Apr 25 19:47:33 CST",
        "Thu Apr ２５ 19:47:33 CST 2019",
    ],
)
def test_what_is_not_a_java_date_is_refused(value):
    with pytest.raises(ValueError):
        webhooks.parse_java_date(value)


def test_format_and_parse_are_inverse():
    for moment in (0.0, 1556192853.0, T0, 4102444799.0):
        assert webhooks.parse_java_date(webhooks.format_java_date(moment)).timestamp() == moment


LOCALE_CHECK = """
import json, locale, sys
from datetime import datetime
from yiyiqian import webhooks
locale.setlocale(locale.LC_TIME, "de_DE.UTF-8")
vector = json.loads(sys.stdin.read())
try:
    datetime.strptime("Thu Apr 25 19:47:33 2019", "%a %b %d %H:%M:%S %Y")
    strptime = "parses"
except ValueError:
    strptime = "fails"
headers = {"Content-Type": vector["content_type"], "X-Signit-Date": vector["date"], "X-Signit-Host": vector["host"],
           "X-Signit-Nonce": vector["nonce"], "X-Signit-Resource": vector["resource"],
           "X-Signit-Scheme": vector["scheme"], "X-Signit-Signature": vector["signature_header"]}
webhooks.verify(headers, vector["body"].encode(), app_id=vector["app_id"], app_secret=vector["app_secret"],
                now=1556192853.0 + 60)
print(strptime, webhooks.format_java_date(1556192853.0))
"""


def test_dates_do_not_depend_on_the_locale(vectors, tmp_path):
    """Under a German LC_TIME, strptime's %a/%b no longer read 'Thu Apr'; verify() still does."""
    if shutil.which("localedef") is None or not Path("/usr/share/i18n/locales/de_DE").exists():
        pytest.skip("localedef and the de_DE locale source are needed to build a German locale")
    built = subprocess.run(
        ["localedef", "-i", "de_DE", "-f", "UTF-8", str(tmp_path / "de_DE.UTF-8")], capture_output=True, timeout=120
    )
    assert built.returncode in (0, 1), built.stderr  # 1: built, with warnings
    done = subprocess.run(
        [sys.executable, "-c", LOCALE_CHECK],
        input=json.dumps(vectors[0]),
        capture_output=True,
        text=True,
        env={**os.environ, "LOCPATH": str(tmp_path)},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["fails", "Thu", "Apr", "25", "19:47:33", "CST", "2019"]


# -- construct_event -----------------------------------------------------------------------------------
def test_construct_event_verifies_then_parses():
    app_id, secret = fresh_keys()
    raw = json.dumps({"loginId": "L1", "session": {}, "userInfo": {"name": "吴涛"}, "certificate": {}})
    headers, body = delivery(app_id, secret, body=_body("caLoginCompleted", raw))
    cache = webhooks.NonceCache()
    event = webhooks.construct_event(headers, body, app_id=app_id, app_secret=secret, nonce_cache=cache, now=T0)
    assert event.name == "caLoginCompleted" and event.data.user_info.name == "吴涛"
    with pytest.raises(WebhookVerificationError, match="replayed_nonce"):
        webhooks.construct_event(headers, body, app_id=app_id, app_secret=secret, nonce_cache=cache, now=T0)


def test_construct_event_refuses_before_parsing():
    app_id, secret = fresh_keys()
    headers, _ = delivery(app_id, secret)
    with pytest.raises(WebhookVerificationError, match="signature_mismatch"):  # not a payload error
        webhooks.construct_event(headers, b"not json", app_id=app_id, app_secret=secret, now=T0)
    stale_headers, stale_body = delivery(app_id, secret, sent=T0 - 3600)
    with pytest.raises(WebhookVerificationError, match="date_out_of_tolerance"):
        webhooks.construct_event(stale_headers, stale_body, app_id=app_id, app_secret=secret, now=T0)


def test_construct_event_refuses_an_authentic_body_that_is_not_an_event():
    app_id, secret = fresh_keys()
    headers, body = delivery(app_id, secret, body=b"[1, 2]")
    with pytest.raises(WebhookPayloadError):
        webhooks.construct_event(headers, body, app_id=app_id, app_secret=secret, now=T0)


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
    assert event.data.signature.sign_status == "SIGNED"
    assert event.data.business.patient_name == "李某某"
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
    assert event.data.data.participants[0].signed_data.timestamp_info.verified is True


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
            lambda d: d.signed_document.base64,
        ),
        (
            "caLoginCompleted",
            {"loginId": "L1", "session": {}, "userInfo": {"name": "吴涛"}, "certificate": {}},
            lambda d: d.user_info.name,
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
        assert event.target.webhook_wsid.startswith("WSID_HOOK_")


def test_parse_an_unknown_event_gives_a_generic_event():
    event = webhooks.parse(_body("somethingNew", json.dumps({"anything": [1, 2]})))
    assert not event.known and event.data.additional_properties == {"anything": [1, 2]}


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


def test_every_webhook_of_the_spec_has_its_event_class():
    from yiyiqian import _events, _spec

    names = set(_spec.load_spec()["webhooks"]) - {"signitPlatformEvent"}
    assert names == set(_events.EVENT_CLASSES)


def test_events_are_the_api_models_and_can_be_matched():
    from yiyiqian_client.models import FileSignatureCompletedData

    body = {
        "fileWsid": "WSID_FILE_0000018f6cca445c0242196331aa0001",
        "customTagID": "T-1",
        "status": "SIGNED",
        "signedDocument": {"base64": "JVBERi0="},
    }
    event = webhooks.parse(_body("fileSignatureCompleted", json.dumps(body)))
    match event:
        case webhooks.FileSignatureCompleted(data=FileSignatureCompletedData() as data):
            assert data.custom_tag_id == "T-1" and data.signed_document.base64 == "JVBERi0="
        case _:
            raise AssertionError(f"not matched: {type(event).__name__}")
    assert "JVBERi0" not in repr(event.raw.keys()) and event.raw["event"] == "fileSignatureCompleted"
