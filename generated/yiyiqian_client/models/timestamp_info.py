from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimestampInfo")


@_attrs_define
class TimestampInfo:
    timestamp: int | Unset = UNSET
    """ Epoch milliseconds """
    verified: bool | Unset = UNSET
    verified_reason: str | Unset = UNSET
    time_stamp_token: str | Unset = UNSET
    """ RFC 3161 TimeStampToken, base64 DER """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        verified = self.verified

        verified_reason = self.verified_reason

        time_stamp_token = self.time_stamp_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if verified is not UNSET:
            field_dict["verified"] = verified
        if verified_reason is not UNSET:
            field_dict["verifiedReason"] = verified_reason
        if time_stamp_token is not UNSET:
            field_dict["timeStampToken"] = time_stamp_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        timestamp = d.pop("timestamp", UNSET)

        verified = d.pop("verified", UNSET)

        verified_reason = d.pop("verifiedReason", UNSET)

        time_stamp_token = d.pop("timeStampToken", UNSET)

        timestamp_info = cls(
            timestamp=timestamp,
            verified=verified,
            verified_reason=verified_reason,
            time_stamp_token=time_stamp_token,
        )

        timestamp_info.additional_properties = d
        return timestamp_info

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
