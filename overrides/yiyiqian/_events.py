"""Webhook events, typed end to end: one class per event of the spec, `data` in the API's models.

`parse()` (in `webhooks`) validates a delivery against the spec's schema of its event (pydantic,
internal: untrusted input is checked field by field), then hands back one of these classes with
`data` built as the same attrs model the API uses for that schema (snake_case, like every answer):
the record of webhook 7.1 and the answer of 2.2 are one class. Callers `match` on the class:

    match event:
        case FileSignatureCompleted(data=data) if data is not None:
            save_document(data.signed_document, "signed.pdf")
        case PlatformEvent():
            ...
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, TypeVar

from yiyiqian_client.models import (
    CaLoginCompletedData,
    DataSignatureV1Result,
    DataSignatureV2CompletedData,
    EmrDocumentStatusChange,
    EmrQualityControlChange,
    FileSignatureCompletedData,
    FileSignatureFailedData,
    SignitPlatformEventData,
    WebhookTarget,
)

from . import _lenient

D = TypeVar("D")


@dataclass(frozen=True)
class Event(Generic[D]):
    """What every delivery carries; `data` is its decoded rawData, typed by the event's class."""

    name: str
    data: D | None
    description: str | None = None
    target: WebhookTarget | None = None
    need_callback: bool | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)  # the body as received (may hold patient data)

    event_name: ClassVar[str] = ""
    data_model: ClassVar[type[Any]] = dict

    @property
    def known(self) -> bool:
        """Is this one of the events the spec describes (not a general platform event)?"""
        return not isinstance(self, PlatformEvent)


@dataclass(frozen=True)
class CaLoginCompleted(Event[CaLoginCompletedData]):
    """1.3: a doctor completed the CA QR login."""

    event_name: ClassVar[str] = "caLoginCompleted"
    data_model: ClassVar[type[Any]] = CaLoginCompletedData


@dataclass(frozen=True)
class DataSignatureCompleted(Event[DataSignatureV1Result]):
    """7.1: a data signature (v1) is done."""

    event_name: ClassVar[str] = "dataSignatureCompleted"
    data_model: ClassVar[type[Any]] = DataSignatureV1Result


@dataclass(frozen=True)
class FileSignatureCompleted(Event[FileSignatureCompletedData]):
    """7.2: a PDF is signed; `data.signed_document` holds it."""

    event_name: ClassVar[str] = "fileSignatureCompleted"
    data_model: ClassVar[type[Any]] = FileSignatureCompletedData


@dataclass(frozen=True)
class FileSignatureFailed(Event[FileSignatureFailedData]):
    """A PDF signing job failed (the sandbox's own event, inferred)."""

    event_name: ClassVar[str] = "fileSignatureFailed"
    data_model: ClassVar[type[Any]] = FileSignatureFailedData


@dataclass(frozen=True)
class DataSignatureV2Completed(Event[DataSignatureV2CompletedData]):
    """7.3: a v2 data signature task is done."""

    event_name: ClassVar[str] = "dataSignatureV2Completed"
    data_model: ClassVar[type[Any]] = DataSignatureV2CompletedData


@dataclass(frozen=True)
class EmrDocumentStatusChanged(Event[EmrDocumentStatusChange]):
    """二.5: a medical-record document changed status."""

    event_name: ClassVar[str] = "emrDocumentStatusChanged"
    data_model: ClassVar[type[Any]] = EmrDocumentStatusChange


@dataclass(frozen=True)
class EmrQualityControlChanged(Event[EmrQualityControlChange]):
    """二.5: a quality-control result changed."""

    event_name: ClassVar[str] = "emrQualityControlChanged"
    data_model: ClassVar[type[Any]] = EmrQualityControlChange


@dataclass(frozen=True)
class PlatformEvent(Event[SignitPlatformEventData]):
    """Any other event of the Signit platform (the general events of the vendor's captures)."""

    event_name: ClassVar[str] = "signitPlatformEvent"
    data_model: ClassVar[type[Any]] = SignitPlatformEventData


WebhookEvent = (
    CaLoginCompleted
    | DataSignatureCompleted
    | FileSignatureCompleted
    | FileSignatureFailed
    | DataSignatureV2Completed
    | EmrDocumentStatusChanged
    | EmrQualityControlChanged
    | PlatformEvent
)
"""Every class `parse()` returns: `match` on it."""

EVENT_CLASSES: dict[str, type[Event[Any]]] = {
    cls.event_name: cls
    for cls in (
        CaLoginCompleted,
        DataSignatureCompleted,
        FileSignatureCompleted,
        FileSignatureFailed,
        DataSignatureV2Completed,
        EmrDocumentStatusChanged,
        EmrQualityControlChanged,
    )
}


def build(name: str, payload: Mapping[str, Any], decoded: Any) -> WebhookEvent:
    """The typed event of a validated delivery (`decoded`: its rawData, decoded)."""
    cls = EVENT_CLASSES.get(name, PlatformEvent)
    data_model = cls.data_model
    _lenient.install(data_model)
    data = None if decoded is None else data_model.from_dict(decoded) if isinstance(decoded, Mapping) else decoded
    target = payload.get("target")
    description = payload.get("eventDescription")
    need_callback = payload.get("needCallBack")
    event = cls(
        name=name,
        data=data,
        description=description if isinstance(description, str) else None,
        target=WebhookTarget.from_dict(target) if isinstance(target, Mapping) else None,
        need_callback=need_callback if isinstance(need_callback, bool) else None,
        raw=payload,
    )
    return event  # type: ignore[return-value]  # cls is one of the union's members
