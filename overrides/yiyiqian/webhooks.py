"""Verify and parse the webhooks the Signit platform sends (section 7, 1.3, 二.5).

    replays = yiyiqian.webhooks.NonceCache()
    event = yiyiqian.webhooks.construct_event(request_headers, raw_body, app_id=..., app_secret=...,
                                              nonce_cache=replays)

Verify the raw bytes exactly as received, before any JSON parsing: a body that was decoded and
re-serialised no longer matches its signature.

The signature (X-Signit-Signature: `HmacSHA512 <appId>:<base64>`) is an HMAC-SHA512 keyed with
the app secret over these lines, each followed by a newline:
appId, Content-Type, X-Signit-Date, X-Signit-Host, method, X-Signit-Nonce, [body,]
X-Signit-Resource, X-Signit-Scheme. The body line is left out when the body is empty, and a
missing header counts as an empty string, as the vendor's SDK does.

Safe by default: a delivery whose X-Signit-Date is more than `DEFAULT_TOLERANCE` (300 s) from
now is refused unless the caller passes `tolerance=None`. A signature alone does not stop a
replay inside that window: pass a `NonceCache` (it must remember nonces for at least twice the
tolerance, so that a replay is either still in the cache or already out of the date window).

`WebhookVerificationError.reason` is one of: "missing_signature", "malformed_signature",
"app_id_mismatch", "signature_mismatch", "date_unparseable", "date_out_of_tolerance",
"missing_nonce", "replayed_nonce", "nonce_cache_full".
"""

from __future__ import annotations

import base64
import binascii
import functools
import hmac
import json
import math
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime, timedelta, timezone
from hashlib import sha512
from typing import Protocol

import pydantic

import yiyiqian_models as models

from . import _events
from ._events import (
    CaLoginCompleted,
    DataSignatureCompleted,
    DataSignatureV2Completed,
    EmrDocumentStatusChanged,
    EmrQualityControlChanged,
    Event,
    FileSignatureCompleted,
    FileSignatureFailed,
    PlatformEvent,
    WebhookEvent,
)
from .errors import ConfigurationError, WebhookPayloadError, WebhookVerificationError

__all__ = [
    "DEFAULT_TOLERANCE",
    "CaLoginCompleted",
    "DataSignatureCompleted",
    "DataSignatureV2Completed",
    "EmrDocumentStatusChanged",
    "EmrQualityControlChanged",
    "Event",
    "FileSignatureCompleted",
    "FileSignatureFailed",
    "NonceCache",
    "NonceStore",
    "PlatformEvent",
    "WebhookEvent",
    "construct_event",
    "format_java_date",
    "parse",
    "parse_java_date",
    "sign",
    "verify",
]

DEFAULT_TOLERANCE = 300.0
"""Seconds an X-Signit-Date may be away from now, either way, unless the caller says otherwise."""

_PREFIX = "HmacSHA512 "
_ONE_SHOT_BYTES = 256 * 1024
Headers = Mapping[str, str] | Iterable[tuple[str, str]]
Clock = float | Callable[[], float] | None


class _Headers:
    """Case-insensitive header lookup over a mapping or a list of pairs.

    The usual spellings are tried first, directly: a framework's case-insensitive headers and a
    dict with the platform's own spelling need no copy. Anything else is lower-cased once.
    """

    __slots__ = ("_lower", "_mapping")

    def __init__(self, headers: Headers) -> None:
        self._mapping: Mapping[str, str] | None
        self._lower: dict[str, str] | None
        if type(headers) is dict or isinstance(headers, Mapping):  # the common case without the ABC check
            self._mapping, self._lower = headers, None
        else:  # pairs, or an object with .items() such as http.server's headers
            items = headers.items() if hasattr(headers, "items") else headers
            self._mapping, self._lower = None, {str(k).lower(): str(v) for k, v in items}

    def get(self, canonical: str) -> str:
        if self._mapping is not None:
            value = self._mapping.get(canonical)
            if value is not None:
                return value if type(value) is str else str(value)
            if self._lower is None:
                self._lower = {str(k).lower(): str(v) for k, v in self._mapping.items()}
        assert self._lower is not None
        return self._lower.get(canonical.lower(), "")


def _digest(app_id: str, app_secret: str, method: str, h: _Headers, body: bytes) -> bytes:
    head = "\n".join(
        (
            app_id,
            h.get("Content-Type"),
            h.get("X-Signit-Date"),
            h.get("X-Signit-Host"),
            method.upper(),
            h.get("X-Signit-Nonce"),
            "",
        )
    )
    tail = "\n".join((h.get("X-Signit-Resource"), h.get("X-Signit-Scheme"), "")).encode()
    if len(body) <= _ONE_SHOT_BYTES:  # one C call; a large body is fed in place instead of copied
        message = b"".join((head.encode(), body, b"\n", tail)) if body else head.encode() + tail
        return hmac.digest(app_secret.encode(), message, "sha512")
    mac = hmac.new(app_secret.encode(), head.encode(), sha512)
    mac.update(body)
    mac.update(b"\n")
    mac.update(tail)
    return mac.digest()


def sign(
    headers: Headers,
    body: bytes,
    *,
    app_id: str,
    app_secret: str,
    method: str = "POST",
) -> str:
    """The X-Signit-Signature value for a delivery (used by the sandbox and by tests)."""
    digest = _digest(app_id, app_secret, method, _Headers(headers), bytes(body))
    return f"{_PREFIX}{app_id}:{base64.b64encode(digest).decode()}"


# -- dates: Java's Date.toString(), always in English whatever the locale --------------------------
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Zone names seen from the platform (CST is China Standard Time there), as offsets.
_ZONES = {"CST": timezone(timedelta(hours=8)), "GMT": UTC, "UTC": UTC}
_JAVA_DATE = re.compile(r"(\w{3}) (\w{3}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) (\S+) (\d{4})", re.ASCII)
_GMT_OFFSET = re.compile(r"GMT([+-])(\d{2}):?(\d{2})", re.ASCII)


def _zone(name: str) -> timezone | None:
    if name in _ZONES:
        return _ZONES[name]
    offset = _GMT_OFFSET.fullmatch(name)  # Java's spelling for a zone without a short name
    if offset is None or int(offset[2]) > 14 or int(offset[3]) > 59:
        return None
    sign = 1 if offset[1] == "+" else -1
    return timezone(sign * timedelta(hours=int(offset[2]), minutes=int(offset[3])))


def parse_java_date(value: str) -> datetime:
    """`Thu Apr 25 19:47:33 CST 2019` (Java Date.toString) as an aware datetime.

    Parsed by hand, not with strptime's %a/%b, which follow the process locale.
    """
    match = _JAVA_DATE.fullmatch(" ".join(value.split()))
    zone = _zone(match[7]) if match else None
    if match is None or zone is None or match[1] not in _WEEKDAYS or match[2] not in _MONTHS:
        raise ValueError("not a Java Date.toString() value")
    month = _MONTHS.index(match[2]) + 1
    day, hour, minute, second, year = (int(match[i]) for i in (3, 4, 5, 6, 8))
    return datetime(year, month, day, hour, minute, second, tzinfo=zone)  # ValueError on 31 Feb


@functools.lru_cache(maxsize=64)
def _sent_at(value: str) -> float | None:
    """parse_java_date(value) as a POSIX timestamp, None when unparseable.

    Cached: deliveries sent in the same second share their date string, and this is most of what
    verify() adds to the HMAC. Only values whose signature checked out get here.
    """
    try:
        return parse_java_date(value).timestamp()
    except ValueError:
        return None


def format_java_date(moment: datetime | float | None = None, zone: str = "CST") -> str:
    """The X-Signit-Date spelling of `moment` (default now), in English whatever the locale."""
    tz = _ZONES[zone]
    if moment is None:
        moment = time.time()
    when = datetime.fromtimestamp(moment, tz) if isinstance(moment, int | float) else moment.astimezone(tz)
    return (
        f"{_WEEKDAYS[when.weekday()]} {_MONTHS[when.month - 1]} {when.day:02d} "
        f"{when.hour:02d}:{when.minute:02d}:{when.second:02d} {zone} {when.year:04d}"
    )


# -- replays ---------------------------------------------------------------------------------------
class NonceStore(Protocol):
    """What verify() needs from a nonce cache (NonceCache, or one shared by several workers)."""

    @property
    def ttl(self) -> float: ...

    def check_and_add(self, nonce: str) -> bool: ...


class NonceCache:
    """Remembers the nonces of accepted deliveries for `ttl` seconds, to refuse replays. Thread-safe.

    verify() checks that `ttl` is at least twice its tolerance: a replayed delivery is then either
    still remembered or already outside the date window. When `max_size` nonces are all still
    live, a new delivery is refused ("nonce_cache_full", the platform retries later) rather than
    forgetting a live nonce early, which would let its replay through.
    """

    def __init__(
        self,
        ttl: float = 2 * DEFAULT_TOLERANCE,
        max_size: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not _positive_number(ttl):
            raise ConfigurationError(f"NonceCache ttl must be a positive number of seconds, not {ttl!r}")
        if isinstance(max_size, bool) or not isinstance(max_size, int) or max_size < 1:
            raise ConfigurationError(f"NonceCache max_size must be a positive integer, not {max_size!r}")
        self._ttl, self.max_size, self._clock = float(ttl), max_size, clock
        self._seen: OrderedDict[str, float] = OrderedDict()  # nonce -> expiry, oldest first
        self._lock = threading.Lock()

    @property
    def ttl(self) -> float:
        return self._ttl

    def __len__(self) -> int:
        with self._lock:
            self._forget_expired(self._clock())
            return len(self._seen)

    def _forget_expired(self, now: float) -> None:
        while self._seen and next(iter(self._seen.values())) <= now:
            self._seen.popitem(last=False)

    def check_and_add(self, nonce: str) -> bool:
        """True when the nonce is new (and is now remembered); False for a replay."""
        now = self._clock()
        with self._lock:
            self._forget_expired(now)
            if nonce in self._seen:
                return False
            if len(self._seen) >= self.max_size:
                raise WebhookVerificationError("nonce_cache_full", "too many recent deliveries to remember")
            self._seen[nonce] = now + self._ttl
            return True


def _positive_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and value > 0


def _check_options(tolerance: float | None, nonce_cache: NonceStore | None) -> None:
    """Refuse settings under which a replay or an old delivery could pass (ConfigurationError)."""
    if tolerance is not None and not _positive_number(tolerance):
        raise ConfigurationError(f"tolerance must be a positive number of seconds or None, not {tolerance!r}")
    if nonce_cache is None:
        return
    if tolerance is None:
        raise ConfigurationError(
            "a nonce cache needs a date tolerance: without one, a replay passes once its nonce is forgotten"
        )
    ttl = getattr(nonce_cache, "ttl", None)
    if not isinstance(ttl, int | float) or not _positive_number(ttl) or ttl < 2 * tolerance:
        raise ConfigurationError(
            f"the nonce cache keeps nonces {ttl!r} s, less than twice the tolerance ({tolerance:g} s): "
            f"a replay would pass once its nonce is forgotten; use a ttl of at least {2 * tolerance:g} s"
        )


def _clock_value(now: Clock) -> float:
    value = time.time() if now is None else now() if callable(now) else now
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ConfigurationError(f"now must give a finite POSIX timestamp, not {value!r}")
    return float(value)


def verify(
    headers: Headers,
    body: bytes,
    *,
    app_id: str,
    app_secret: str,
    method: str = "POST",
    tolerance: float | None = DEFAULT_TOLERANCE,
    nonce_cache: NonceStore | None = None,
    now: Clock = None,
) -> None:
    """Return None for an authentic, fresh delivery; raise WebhookVerificationError otherwise.

    `tolerance` (seconds, default 300) refuses an X-Signit-Date further than that from now; only
    an explicit `tolerance=None` turns the check off. `nonce_cache` refuses a nonce seen before and
    a delivery without one. `now` (a POSIX timestamp, or a function giving one) replaces the
    clock, to check a saved delivery. Bad settings raise ConfigurationError.
    """
    if tolerance is not DEFAULT_TOLERANCE or nonce_cache is not None:  # the defaults need no check
        _check_options(tolerance, nonce_cache)
    if type(body) is not bytes and not isinstance(body, bytes | bytearray | memoryview):
        raise TypeError("verify the raw body bytes as received, not a decoded or re-serialised str")
    h = _Headers(headers)
    header = h.get("X-Signit-Signature")
    if not header:
        raise WebhookVerificationError("missing_signature", "no X-Signit-Signature header")
    if not header.startswith(_PREFIX) or ":" not in header:
        raise WebhookVerificationError("malformed_signature", "expected 'HmacSHA512 <appId>:<base64>'")
    claimed_app, _, encoded = header[len(_PREFIX) :].partition(":")
    if not hmac.compare_digest(claimed_app.encode(), app_id.encode()):
        raise WebhookVerificationError("app_id_mismatch", "the delivery is signed for another app id")
    try:
        given = binascii.a2b_base64(encoded, strict_mode=True)
    except (binascii.Error, ValueError):
        raise WebhookVerificationError("malformed_signature", "the signature is not base64") from None
    expected = _digest(app_id, app_secret, method, h, body if isinstance(body, bytes) else bytes(body))
    if not hmac.compare_digest(given, expected):
        raise WebhookVerificationError("signature_mismatch", "the signature does not match the delivery")
    if tolerance is not None:
        sent = _sent_at(h.get("X-Signit-Date"))
        if sent is None:
            raise WebhookVerificationError("date_unparseable", "X-Signit-Date is not a Java date")
        skew = (time.time() if now is None else _clock_value(now)) - sent
        if abs(skew) > tolerance:
            when = "old" if skew > 0 else "ahead"
            raise WebhookVerificationError(
                "date_out_of_tolerance", f"X-Signit-Date is {abs(skew):.0f} s {when} (tolerance {tolerance:g} s)"
            )
    if nonce_cache is not None:
        nonce = h.get("X-Signit-Nonce")
        if not nonce.strip():  # refused before the cache: an empty nonce must not block the next one
            raise WebhookVerificationError("missing_nonce", "no X-Signit-Nonce to check replays with")
        if not nonce_cache.check_and_add(nonce):
            raise WebhookVerificationError("replayed_nonce", "this X-Signit-Nonce was seen before")


def construct_event(
    headers: Headers,
    body: bytes,
    *,
    app_id: str,
    app_secret: str,
    method: str = "POST",
    tolerance: float | None = DEFAULT_TOLERANCE,
    nonce_cache: NonceStore | None = None,
    now: Clock = None,
) -> WebhookEvent:
    """verify() the delivery, then parse() it: the one call a receiver needs."""
    verify(
        headers,
        body,
        app_id=app_id,
        app_secret=app_secret,
        method=method,
        tolerance=tolerance,
        nonce_cache=nonce_cache,
        now=now,
    )
    return parse(bytes(body))


# event name -> the spec's schemas of the whole body and of the decoded rawData, for validation
_VALIDATORS: dict[str, tuple[type[pydantic.BaseModel], type[pydantic.BaseModel]]] = {
    "caLoginCompleted": (models.CaLoginCompletedEvent, models.CaLoginCompletedData),
    "dataSignatureCompleted": (models.DataSignatureCompletedEvent, models.DataSignatureV1Result),
    "fileSignatureCompleted": (models.FileSignatureCompletedEvent, models.FileSignatureCompletedData),
    "fileSignatureFailed": (models.FileSignatureFailedEvent, models.FileSignatureFailedData),
    "dataSignatureV2Completed": (models.DataSignatureV2CompletedEvent, models.DataSignatureV2CompletedData),
    "emrDocumentStatusChanged": (models.EmrDocumentStatusChangedEvent, models.EmrDocumentStatusChange),
    "emrQualityControlChanged": (models.EmrQualityControlChangedEvent, models.EmrQualityControlChange),
}


def parse(body: bytes | str) -> WebhookEvent:
    """The typed event of a delivery body (one class per event; unknown names give a PlatformEvent).

    The body is validated against the spec's schema of its event first: a field of the wrong
    type is a WebhookPayloadError, not a surprise later.
    """
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        raise WebhookPayloadError(f"body is not JSON: {type(exc).__name__}") from None
    if not isinstance(payload, dict) or not isinstance(payload.get("event"), str):
        raise WebhookPayloadError("body is not a JSON object with a string `event`")
    name: str = payload["event"]
    envelope_model, data_model = _VALIDATORS.get(name, (models.SignitPlatformEvent, models.SignitPlatformEventData))
    try:
        envelope_model.model_validate(payload)
        raw = payload.get("rawData")
        decoded = json.loads(raw) if isinstance(raw, str) else raw
        if decoded is not None:
            data_model.model_validate(decoded)
    except (ValueError, RecursionError) as exc:  # ValidationError and JSONDecodeError are ValueErrors
        raise WebhookPayloadError(f"{name}: {_short(exc)}") from None
    return _events.build(name, payload, decoded)


def _short(exc: Exception) -> str:
    if isinstance(exc, pydantic.ValidationError):
        first = exc.errors()[0]
        return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
    return type(exc).__name__
