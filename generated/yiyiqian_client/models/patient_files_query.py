from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatientFilesQuery")


@_attrs_define
class PatientFilesQuery:
    patient_id: str
    """ 患者ID / 就诊卡号 """
    admission_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patient_id = self.patient_id

        admission_number = self.admission_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patientID": patient_id,
            }
        )
        if admission_number is not UNSET:
            field_dict["admissionNumber"] = admission_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        patient_id = d.pop("patientID")

        admission_number = d.pop("admissionNumber", UNSET)

        patient_files_query = cls(
            patient_id=patient_id,
            admission_number=admission_number,
        )

        patient_files_query.additional_properties = d
        return patient_files_query

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
