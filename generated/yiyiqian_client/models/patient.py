from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Patient")


@_attrs_define
class Patient:
    patient_id: str
    """ 患者ID / 就诊卡号 """
    patient_name: str
    patient_sex: int | Unset = UNSET
    patient_age: str | Unset = UNSET
    id_card: str | Unset = UNSET
    phone: str | Unset = UNSET
    admission_number: str | Unset = UNSET
    department_id: str | Unset = UNSET
    bed_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patient_id = self.patient_id

        patient_name = self.patient_name

        patient_sex = self.patient_sex

        patient_age = self.patient_age

        id_card = self.id_card

        phone = self.phone

        admission_number = self.admission_number

        department_id = self.department_id

        bed_number = self.bed_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patientID": patient_id,
                "patientName": patient_name,
            }
        )
        if patient_sex is not UNSET:
            field_dict["patientSex"] = patient_sex
        if patient_age is not UNSET:
            field_dict["patientAge"] = patient_age
        if id_card is not UNSET:
            field_dict["idCard"] = id_card
        if phone is not UNSET:
            field_dict["phone"] = phone
        if admission_number is not UNSET:
            field_dict["admissionNumber"] = admission_number
        if department_id is not UNSET:
            field_dict["departmentID"] = department_id
        if bed_number is not UNSET:
            field_dict["bedNumber"] = bed_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        patient_id = d.pop("patientID")

        patient_name = d.pop("patientName")

        patient_sex = d.pop("patientSex", UNSET)

        patient_age = d.pop("patientAge", UNSET)

        id_card = d.pop("idCard", UNSET)

        phone = d.pop("phone", UNSET)

        admission_number = d.pop("admissionNumber", UNSET)

        department_id = d.pop("departmentID", UNSET)

        bed_number = d.pop("bedNumber", UNSET)

        patient = cls(
            patient_id=patient_id,
            patient_name=patient_name,
            patient_sex=patient_sex,
            patient_age=patient_age,
            id_card=id_card,
            phone=phone,
            admission_number=admission_number,
            department_id=department_id,
            bed_number=bed_number,
        )

        patient.additional_properties = d
        return patient

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
