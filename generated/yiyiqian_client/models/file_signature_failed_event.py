from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_target import WebhookTarget


T = TypeVar("T", bound="FileSignatureFailedEvent")


@_attrs_define
class FileSignatureFailedEvent:
    event: str
    target: WebhookTarget
    raw_data: str
    """ JSON string of FileSignatureFailedData (parse twice). """
    event_description: str | Unset = UNSET
    need_call_back: bool | Unset = UNSET
    """ False in every sample; meaning not documented """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        target = self.target.to_dict()

        raw_data = self.raw_data

        event_description = self.event_description

        need_call_back = self.need_call_back

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "target": target,
                "rawData": raw_data,
            }
        )
        if event_description is not UNSET:
            field_dict["eventDescription"] = event_description
        if need_call_back is not UNSET:
            field_dict["needCallBack"] = need_call_back

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_target import WebhookTarget

        d = dict(src_dict)
        event = d.pop("event")

        target = WebhookTarget.from_dict(d.pop("target"))

        raw_data = d.pop("rawData")

        event_description = d.pop("eventDescription", UNSET)

        need_call_back = d.pop("needCallBack", UNSET)

        file_signature_failed_event = cls(
            event=event,
            target=target,
            raw_data=raw_data,
            event_description=event_description,
            need_call_back=need_call_back,
        )

        file_signature_failed_event.additional_properties = d
        return file_signature_failed_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
