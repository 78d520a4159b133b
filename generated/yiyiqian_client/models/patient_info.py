from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatientInfo")


@_attrs_define
class PatientInfo:
    """患者信息 (v2, webhook 7.3)."""

    patient_name: str | Unset = UNSET
    medical_card: str | Unset = UNSET
    patient_id_card: str | Unset = UNSET
    patient_phone: str | Unset = UNSET
    patient_age: str | Unset = UNSET
    patient_sex: int | Unset = UNSET
    """ 患者性别 (values not documented) """
    admission_no: str | Unset = UNSET
    bed_no: str | Unset = UNSET
    opd_er_no: str | Unset = UNSET
    """ 门急诊号 """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patient_name = self.patient_name

        medical_card = self.medical_card

        patient_id_card = self.patient_id_card

        patient_phone = self.patient_phone

        patient_age = self.patient_age

        patient_sex = self.patient_sex

        admission_no = self.admission_no

        bed_no = self.bed_no

        opd_er_no = self.opd_er_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if patient_name is not UNSET:
            field_dict["patientName"] = patient_name
        if medical_card is not UNSET:
            field_dict["medicalCard"] = medical_card
        if patient_id_card is not UNSET:
            field_dict["patientIdCard"] = patient_id_card
        if patient_phone is not UNSET:
            field_dict["patientPhone"] = patient_phone
        if patient_age is not UNSET:
            field_dict["patientAge"] = patient_age
        if patient_sex is not UNSET:
            field_dict["patientSex"] = patient_sex
        if admission_no is not UNSET:
            field_dict["admissionNo"] = admission_no
        if bed_no is not UNSET:
            field_dict["bedNo"] = bed_no
        if opd_er_no is not UNSET:
            field_dict["opdErNo"] = opd_er_no

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        patient_name = d.pop("patientName", UNSET)

        medical_card = d.pop("medicalCard", UNSET)

        patient_id_card = d.pop("patientIdCard", UNSET)

        patient_phone = d.pop("patientPhone", UNSET)

        patient_age = d.pop("patientAge", UNSET)

        patient_sex = d.pop("patientSex", UNSET)

        admission_no = d.pop("admissionNo", UNSET)

        bed_no = d.pop("bedNo", UNSET)

        opd_er_no = d.pop("opdErNo", UNSET)

        patient_info = cls(
            patient_name=patient_name,
            medical_card=medical_card,
            patient_id_card=patient_id_card,
            patient_phone=patient_phone,
            patient_age=patient_age,
            patient_sex=patient_sex,
            admission_no=admission_no,
            bed_no=bed_no,
            opd_er_no=opd_er_no,
        )

        patient_info.additional_properties = d
        return patient_info

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
