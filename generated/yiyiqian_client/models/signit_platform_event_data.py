from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignitPlatformEventData")


@_attrs_define
class SignitPlatformEventData:
    """rawData of the general Signit platform events; they differ by event, so other keys are kept."""

    code: str | Unset = UNSET
    message: str | Unset = UNSET
    custom_tag: str | Unset = UNSET
    invoke_no: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        custom_tag = self.custom_tag

        invoke_no = self.invoke_no

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if custom_tag is not UNSET:
            field_dict["customTag"] = custom_tag
        if invoke_no is not UNSET:
            field_dict["invokeNo"] = invoke_no
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        custom_tag = d.pop("customTag", UNSET)

        invoke_no = d.pop("invokeNo", UNSET)

        status = d.pop("status", UNSET)

        signit_platform_event_data = cls(
            code=code,
            message=message,
            custom_tag=custom_tag,
            invoke_no=invoke_no,
            status=status,
        )

        signit_platform_event_data.additional_properties = d
        return signit_platform_event_data

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
