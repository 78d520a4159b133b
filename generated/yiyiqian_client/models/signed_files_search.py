from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignedFilesSearch")


@_attrs_define
class SignedFilesSearch:
    patient_id: str | Unset = UNSET
    custom_tag_id: str | Unset = UNSET
    signer_user_job_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patient_id = self.patient_id

        custom_tag_id = self.custom_tag_id

        signer_user_job_id = self.signer_user_job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if patient_id is not UNSET:
            field_dict["patientID"] = patient_id
        if custom_tag_id is not UNSET:
            field_dict["customTagID"] = custom_tag_id
        if signer_user_job_id is not UNSET:
            field_dict["signerUserJobId"] = signer_user_job_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        patient_id = d.pop("patientID", UNSET)

        custom_tag_id = d.pop("customTagID", UNSET)

        signer_user_job_id = d.pop("signerUserJobId", UNSET)

        signed_files_search = cls(
            patient_id=patient_id,
            custom_tag_id=custom_tag_id,
            signer_user_job_id=signer_user_job_id,
        )

        signed_files_search.additional_properties = d
        return signed_files_search

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
