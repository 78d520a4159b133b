from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataSignatureAccepted")


@_attrs_define
class DataSignatureAccepted:
    """Inferred. The id to query the result with."""

    sign_wsid: str
    """ 签名ID (WSID_SIGN_ + 32 hex) """
    business_wsid: str | Unset = UNSET
    sign_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sign_wsid = self.sign_wsid

        business_wsid = self.business_wsid

        sign_status = self.sign_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "signWsid": sign_wsid,
            }
        )
        if business_wsid is not UNSET:
            field_dict["businessWsid"] = business_wsid
        if sign_status is not UNSET:
            field_dict["signStatus"] = sign_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sign_wsid = d.pop("signWsid")

        business_wsid = d.pop("businessWsid", UNSET)

        sign_status = d.pop("signStatus", UNSET)

        data_signature_accepted = cls(
            sign_wsid=sign_wsid,
            business_wsid=business_wsid,
            sign_status=sign_status,
        )

        data_signature_accepted.additional_properties = d
        return data_signature_accepted

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
