from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InHospitalSigner")


@_attrs_define
class InHospitalSigner:
    """院内用户签名 (a doctor or nurse)"""

    signer_key_name: str | Unset = UNSET
    """ 签名处名称 (signature spot in the template) """
    signer_user_job_id: str | Unset = UNSET
    """ 签名医生ID (the ID-card number may be given instead) """
    signer_user_sequence: str | Unset = UNSET
    """ 签名医生顺序 """
    append_content: str | Unset = UNSET
    """ 附加内容 """
    disable_auto_sign: bool | Unset = False
    """ 禁用自动签名 """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signer_key_name = self.signer_key_name

        signer_user_job_id = self.signer_user_job_id

        signer_user_sequence = self.signer_user_sequence

        append_content = self.append_content

        disable_auto_sign = self.disable_auto_sign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if signer_key_name is not UNSET:
            field_dict["signerKeyName"] = signer_key_name
        if signer_user_job_id is not UNSET:
            field_dict["signerUserJobId"] = signer_user_job_id
        if signer_user_sequence is not UNSET:
            field_dict["signerUserSequence"] = signer_user_sequence
        if append_content is not UNSET:
            field_dict["appendContent"] = append_content
        if disable_auto_sign is not UNSET:
            field_dict["disableAutoSign"] = disable_auto_sign

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        signer_key_name = d.pop("signerKeyName", UNSET)

        signer_user_job_id = d.pop("signerUserJobId", UNSET)

        signer_user_sequence = d.pop("signerUserSequence", UNSET)

        append_content = d.pop("appendContent", UNSET)

        disable_auto_sign = d.pop("disableAutoSign", UNSET)

        in_hospital_signer = cls(
            signer_key_name=signer_key_name,
            signer_user_job_id=signer_user_job_id,
            signer_user_sequence=signer_user_sequence,
            append_content=append_content,
            disable_auto_sign=disable_auto_sign,
        )

        in_hospital_signer.additional_properties = d
        return in_hospital_signer

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
