from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OutHospitalSigner")


@_attrs_define
class OutHospitalSigner:
    """院外用户签名 (a patient or relative, identified by phone)"""

    signer_key_name: str | Unset = UNSET
    """ 签名处名称 """
    signer_user_phone: str | Unset = UNSET
    """ 签名人手机号 """
    signer_user_sequence: str | Unset = UNSET
    """ 签名人顺序 """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signer_key_name = self.signer_key_name

        signer_user_phone = self.signer_user_phone

        signer_user_sequence = self.signer_user_sequence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if signer_key_name is not UNSET:
            field_dict["signerKeyName"] = signer_key_name
        if signer_user_phone is not UNSET:
            field_dict["signerUserPhone"] = signer_user_phone
        if signer_user_sequence is not UNSET:
            field_dict["signerUserSequence"] = signer_user_sequence

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        signer_key_name = d.pop("signerKeyName", UNSET)

        signer_user_phone = d.pop("signerUserPhone", UNSET)

        signer_user_sequence = d.pop("signerUserSequence", UNSET)

        out_hospital_signer = cls(
            signer_key_name=signer_key_name,
            signer_user_phone=signer_user_phone,
            signer_user_sequence=signer_user_sequence,
        )

        out_hospital_signer.additional_properties = d
        return out_hospital_signer

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
