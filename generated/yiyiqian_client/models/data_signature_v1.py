from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataSignatureV1")


@_attrs_define
class DataSignatureV1:
    """签名信息 (the signature block of webhook 7.1)."""

    sign_wsid: str | Unset = UNSET
    """ 签名ID (WSID_SIGN_ + 32 hex) """
    business_wsid: str | Unset = UNSET
    signing_data: str | Unset = UNSET
    author_wsid: str | Unset = UNSET
    sign_status: str | Unset = UNSET
    sign_value: None | str | Unset = UNSET
    """ Base64 DER signature """
    sign_datetime: int | None | Unset = UNSET
    """ Epoch milliseconds """
    sign_status_reason: None | str | Unset = UNSET
    append_timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sign_wsid = self.sign_wsid

        business_wsid = self.business_wsid

        signing_data = self.signing_data

        author_wsid = self.author_wsid

        sign_status = self.sign_status

        sign_value: None | str | Unset
        if isinstance(self.sign_value, Unset):
            sign_value = UNSET
        else:
            sign_value = self.sign_value

        sign_datetime: int | None | Unset
        if isinstance(self.sign_datetime, Unset):
            sign_datetime = UNSET
        else:
            sign_datetime = self.sign_datetime

        sign_status_reason: None | str | Unset
        if isinstance(self.sign_status_reason, Unset):
            sign_status_reason = UNSET
        else:
            sign_status_reason = self.sign_status_reason

        append_timestamp = self.append_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sign_wsid is not UNSET:
            field_dict["signWsid"] = sign_wsid
        if business_wsid is not UNSET:
            field_dict["businessWsid"] = business_wsid
        if signing_data is not UNSET:
            field_dict["signingData"] = signing_data
        if author_wsid is not UNSET:
            field_dict["authorWsid"] = author_wsid
        if sign_status is not UNSET:
            field_dict["signStatus"] = sign_status
        if sign_value is not UNSET:
            field_dict["signValue"] = sign_value
        if sign_datetime is not UNSET:
            field_dict["signDatetime"] = sign_datetime
        if sign_status_reason is not UNSET:
            field_dict["signStatusReason"] = sign_status_reason
        if append_timestamp is not UNSET:
            field_dict["appendTimestamp"] = append_timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sign_wsid = d.pop("signWsid", UNSET)

        business_wsid = d.pop("businessWsid", UNSET)

        signing_data = d.pop("signingData", UNSET)

        author_wsid = d.pop("authorWsid", UNSET)

        sign_status = d.pop("signStatus", UNSET)

        def _parse_sign_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sign_value = _parse_sign_value(d.pop("signValue", UNSET))

        def _parse_sign_datetime(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sign_datetime = _parse_sign_datetime(d.pop("signDatetime", UNSET))

        def _parse_sign_status_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sign_status_reason = _parse_sign_status_reason(d.pop("signStatusReason", UNSET))

        append_timestamp = d.pop("appendTimestamp", UNSET)

        data_signature_v1 = cls(
            sign_wsid=sign_wsid,
            business_wsid=business_wsid,
            signing_data=signing_data,
            author_wsid=author_wsid,
            sign_status=sign_status,
            sign_value=sign_value,
            sign_datetime=sign_datetime,
            sign_status_reason=sign_status_reason,
            append_timestamp=append_timestamp,
        )

        data_signature_v1.additional_properties = d
        return data_signature_v1

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
