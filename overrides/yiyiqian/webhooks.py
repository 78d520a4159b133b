"""Verify and parse the webhooks the Signit platform sends (section 7, 1.3, 二.5).

    yiyiqian.webhooks.verify(request_headers, raw_body, app_id=..., app_secret=...)
    event = yiyiqian.webhooks.parse(raw_body)

Verify the raw bytes exactly as received, before any JSON parsing: a body that was decoded and
re-serialised no longer matches its signature.

The signature (X-Signit-Signature: `HmacSHA512 <appId>:<base64>`) is an HMAC-SHA512 keyed with
the app secret over these lines, each followed by a newline:
appId, Content-Type, X-Signit-Date, X-Signit-Host, method, X-Signit-Nonce, [body,]
X-Signit-Resource, X-Signit-Scheme. The body line is left out when the body is empty, and a
missing header counts as an empty string, as the vendor's SDK does.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from hashlib import sha512
from typing import Any

import pydantic

import yiyiqian_models as models

from .errors import WebhookPayloadError, WebhookVerificationError

__all__ = ["NonceCache", "WebhookEvent", "parse", "sign", "verify"]

_PREFIX = "HmacSHA512 "
# Java's Date.toString() zone names seen from the platform, as offsets.
_ZONES = {"CST": timezone(timedelta(hours=8)), "GMT": UTC, "UTC": UTC}


class _Headers:
    """Case-insensitive header lookup over a mapping or a list of pairs.

    The usual spellings are tried first, directly: a framework's case-insensitive headers and a
    dict with the platform's own spelling need no copy. Anything else is lower-cased once.
    """

    __slots__ = ("_lower", "_mapping")

    def __init__(self, headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> None:
        self._mapping: Mapping[str, str] | None
        self._lower: dict[str, str] | None
        if isinstance(headers, Mapping):
            self._mapping, self._lower = headers, None
        else:  # pairs, or an object with .items() such as http.server's headers
            items = headers.items() if hasattr(headers, "items") else headers
            self._mapping, self._lower = None, {str(k).lower(): str(v) for k, v in items}

    def get(self, canonical: str) -> str:
        if self._mapping is not None:
            value = self._mapping.get(canonical)
            if value is not None:
                return str(value)
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
    tail = "\n".join((h.get("X-Signit-Resource"), h.get("X-Signit-Scheme"), ""))
    mac = hmac.new(app_secret.encode(), head.encode(), sha512)
    if body:
        mac.update(body)
        mac.update(b"\n")
    mac.update(tail.encode())
    return mac.digest()


def sign(
    headers: Mapping[str, str] | Iterable[tuple[str, str]],
    body: bytes,
    *,
    app_id: str,
    app_secret: str,
    method: str = "POST",
) -> str:
    """The X-Signit-Signature value for a delivery (used by the sandbox and by tests)."""
    digest = _digest(app_id, app_secret, method, _Headers(headers), bytes(body))
    return f"{_PREFIX}{app_id}:{base64.b64encode(digest).decode()}"


class NonceCache:
    """Remembers nonces for `ttl` seconds to refuse replayed deliveries. Thread-safe."""

    def __init__(
        self, ttl: float = 600.0, max_size: int = 100_000, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.ttl, self.max_size, self._clock = ttl, max_size, clock
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def check_and_add(self, nonce: str) -> bool:
        """True when the nonce is new (and is now remembered); False for a replay."""
        now = self._clock()
        with self._lock:
            while self._seen and (next(iter(self._seen.values())) <= now or len(self._seen) >= self.max_size):
                self._seen.popitem(last=False)
            if nonce in self._seen:
                return False
            self._seen[nonce] = now + self.ttl
            return True


def parse_java_date(value: str) -> datetime:
    """`Thu Apr 25 19:47:33 CST 2019` (Java Date.toString) as an aware datetime."""
    parts = value.split()
    if len(parts) != 6 or parts[4] not in _ZONES:
        raise ValueError(f"not a Java Date.toString() value: {value!r}")
    naive = datetime.strptime(" ".join(parts[:4] + parts[5:]), "%a %b %d %H:%M:%S %Y")
    return naive.replace(tzinfo=_ZONES[parts[4]])


def verify(
    headers: Mapping[str, str] | Iterable[tuple[str, str]],
    body: bytes,
    *,
    app_id: str,
    app_secret: str,
    method: str = "POST",
    tolerance: float | None = None,
    nonce_cache: NonceCache | None = None,
    now: Callable[[], float] = time.time,
) -> None:
    """Return None for an authentic delivery; raise WebhookVerificationError otherwise.

    `tolerance` (seconds) refuses an X-Signit-Date further than that from now; `nonce_cache`
    refuses a nonce seen before. Both are off by default, as the platform's own SDK has neither.
    """
    if not isinstance(body, bytes | bytearray | memoryview):
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
        given = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise WebhookVerificationError("malformed_signature", "the signature is not base64") from None
    expected = _digest(app_id, app_secret, method, h, body if isinstance(body, bytes) else bytes(body))
    if not hmac.compare_digest(given, expected):
        raise WebhookVerificationError("signature_mismatch", "the signature does not match the delivery")
    if tolerance is not None:
        try:
            sent = parse_java_date(h.get("X-Signit-Date")).timestamp()
        except ValueError:
            raise WebhookVerificationError("date_unparseable", "X-Signit-Date is not a Java date") from None
        if abs(now() - sent) > tolerance:
            raise WebhookVerificationError(
                "date_out_of_tolerance", f"X-Signit-Date is more than {tolerance:.0f} s from now"
            )
    if nonce_cache is not None and not nonce_cache.check_and_add(h.get("X-Signit-Nonce")):
        raise WebhookVerificationError("replayed_nonce", "this X-Signit-Nonce was seen before")


@dataclass(frozen=True)
class WebhookEvent:
    """A parsed delivery. `data` is the decoded rawData, typed when the event is known."""

    name: str
    description: str | None
    target: models.WebhookTarget | None
    need_callback: bool | None
    data: Any
    envelope: pydantic.BaseModel

    @property
    def known(self) -> bool:
        return self.name in _EVENTS


# event name -> (model of the whole body, model of the decoded rawData)
_EVENTS: dict[str, tuple[type[pydantic.BaseModel], type[pydantic.BaseModel]]] = {
    "caLoginCompleted": (models.CaLoginCompletedEvent, models.CaLoginCompletedData),
    "dataSignatureCompleted": (models.DataSignatureCompletedEvent, models.DataSignatureV1Result),
    "fileSignatureCompleted": (models.FileSignatureCompletedEvent, models.FileSignatureCompletedData),
    "dataSignatureV2Completed": (models.DataSignatureV2CompletedEvent, models.DataSignatureV2CompletedData),
    "emrDocumentStatusChanged": (models.EmrDocumentStatusChangedEvent, models.EmrDocumentStatusChange),
    "emrQualityControlChanged": (models.EmrQualityControlChangedEvent, models.EmrQualityControlChange),
}


def parse(body: bytes | str) -> WebhookEvent:
    """The typed event of a delivery body; unknown event names give a generic platform event."""
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        raise WebhookPayloadError(f"body is not JSON: {type(exc).__name__}") from None
    if not isinstance(payload, dict) or not isinstance(payload.get("event"), str):
        raise WebhookPayloadError("body is not a JSON object with a string `event`")
    name: str = payload["event"]
    envelope_model, data_model = _EVENTS.get(name, (models.SignitPlatformEvent, models.SignitPlatformEventData))
    try:
        envelope = envelope_model.model_validate(payload)
        raw = payload.get("rawData")
        decoded = json.loads(raw) if isinstance(raw, str) else raw
        data = None if decoded is None else data_model.model_validate(decoded)
    except (ValueError, RecursionError) as exc:  # ValidationError and JSONDecodeError are ValueErrors
        raise WebhookPayloadError(f"{name}: {_short(exc)}") from None
    target = getattr(envelope, "target", None)
    return WebhookEvent(
        name=name,
        description=getattr(envelope, "eventDescription", None),
        target=target,
        need_callback=getattr(envelope, "needCallBack", None),
        data=data,
        envelope=envelope,
    )


def _short(exc: Exception) -> str:
    if isinstance(exc, pydantic.ValidationError):
        first = exc.errors()[0]
        return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
    return type(exc).__name__
