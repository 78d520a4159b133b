from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataSignatureBusiness")


@_attrs_define
class DataSignatureBusiness:
    """业务信息 (the business block of webhook 7.1)."""

    patient_id: str | Unset = UNSET
    patient_name: str | Unset = UNSET
    admission_number: None | str | Unset = UNSET
    id_card: None | str | Unset = UNSET
    service_type: str | Unset = UNSET
    department_name: str | Unset = UNSET
    department_id: None | str | Unset = UNSET
    doctor_name: str | Unset = UNSET
    doctor_id: str | Unset = UNSET
    service_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patient_id = self.patient_id

        patient_name = self.patient_name

        admission_number: None | str | Unset
        if isinstance(self.admission_number, Unset):
            admission_number = UNSET
        else:
            admission_number = self.admission_number

        id_card: None | str | Unset
        if isinstance(self.id_card, Unset):
            id_card = UNSET
        else:
            id_card = self.id_card

        service_type = self.service_type

        department_name = self.department_name

        department_id: None | str | Unset
        if isinstance(self.department_id, Unset):
            department_id = UNSET
        else:
            department_id = self.department_id

        doctor_name = self.doctor_name

        doctor_id = self.doctor_id

        service_id = self.service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if patient_id is not UNSET:
            field_dict["patientId"] = patient_id
        if patient_name is not UNSET:
            field_dict["patientName"] = patient_name
        if admission_number is not UNSET:
            field_dict["admissionNumber"] = admission_number
        if id_card is not UNSET:
            field_dict["idCard"] = id_card
        if service_type is not UNSET:
            field_dict["serviceType"] = service_type
        if department_name is not UNSET:
            field_dict["departmentName"] = department_name
        if department_id is not UNSET:
            field_dict["departmentId"] = department_id
        if doctor_name is not UNSET:
            field_dict["doctorName"] = doctor_name
        if doctor_id is not UNSET:
            field_dict["doctorId"] = doctor_id
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        patient_id = d.pop("patientId", UNSET)

        patient_name = d.pop("patientName", UNSET)

        def _parse_admission_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        admission_number = _parse_admission_number(d.pop("admissionNumber", UNSET))

        def _parse_id_card(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_card = _parse_id_card(d.pop("idCard", UNSET))

        service_type = d.pop("serviceType", UNSET)

        department_name = d.pop("departmentName", UNSET)

        def _parse_department_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department_id = _parse_department_id(d.pop("departmentId", UNSET))

        doctor_name = d.pop("doctorName", UNSET)

        doctor_id = d.pop("doctorId", UNSET)

        service_id = d.pop("serviceId", UNSET)

        data_signature_business = cls(
            patient_id=patient_id,
            patient_name=patient_name,
            admission_number=admission_number,
            id_card=id_card,
            service_type=service_type,
            department_name=department_name,
            department_id=department_id,
            doctor_name=doctor_name,
            doctor_id=doctor_id,
            service_id=service_id,
        )

        data_signature_business.additional_properties = d
        return data_signature_business

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
