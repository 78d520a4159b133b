from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cert_info import CertInfo
    from ..models.timestamp_info import TimestampInfo


T = TypeVar("T", bound="SignedData")


@_attrs_define
class SignedData:
    sign_value: str | Unset = UNSET
    sign_datetime: int | Unset = UNSET
    append_timestamp: str | Unset = UNSET
    timestamp_info: TimestampInfo | Unset = UNSET
    cert_info: CertInfo | Unset = UNSET
    """ Signer certificate. The docs were cut after signCert; the other fields are inferred. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sign_value = self.sign_value

        sign_datetime = self.sign_datetime

        append_timestamp = self.append_timestamp

        timestamp_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timestamp_info, Unset):
            timestamp_info = self.timestamp_info.to_dict()

        cert_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cert_info, Unset):
            cert_info = self.cert_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sign_value is not UNSET:
            field_dict["signValue"] = sign_value
        if sign_datetime is not UNSET:
            field_dict["signDatetime"] = sign_datetime
        if append_timestamp is not UNSET:
            field_dict["appendTimestamp"] = append_timestamp
        if timestamp_info is not UNSET:
            field_dict["timestampInfo"] = timestamp_info
        if cert_info is not UNSET:
            field_dict["certInfo"] = cert_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cert_info import CertInfo
        from ..models.timestamp_info import TimestampInfo

        d = dict(src_dict)
        sign_value = d.pop("signValue", UNSET)

        sign_datetime = d.pop("signDatetime", UNSET)

        append_timestamp = d.pop("appendTimestamp", UNSET)

        _timestamp_info = d.pop("timestampInfo", UNSET)
        timestamp_info: TimestampInfo | Unset
        if isinstance(_timestamp_info, Unset):
            timestamp_info = UNSET
        else:
            timestamp_info = TimestampInfo.from_dict(_timestamp_info)

        _cert_info = d.pop("certInfo", UNSET)
        cert_info: CertInfo | Unset
        if isinstance(_cert_info, Unset):
            cert_info = UNSET
        else:
            cert_info = CertInfo.from_dict(_cert_info)

        signed_data = cls(
            sign_value=sign_value,
            sign_datetime=sign_datetime,
            append_timestamp=append_timestamp,
            timestamp_info=timestamp_info,
            cert_info=cert_info,
        )

        signed_data.additional_properties = d
        return signed_data

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
