from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MedicalOrder")


@_attrs_define
class MedicalOrder:
    order_no: str
    patient_id: str
    """ 患者ID / 就诊卡号 """
    admission_number: str | Unset = UNSET
    item_code: str | Unset = UNSET
    item_name: str | Unset = UNSET
    order_type: str | Unset = UNSET
    """ 长期 or 临时 """
    doctor_id: str | Unset = UNSET
    start_datetime: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_no = self.order_no

        patient_id = self.patient_id

        admission_number = self.admission_number

        item_code = self.item_code

        item_name = self.item_name

        order_type = self.order_type

        doctor_id = self.doctor_id

        start_datetime = self.start_datetime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderNo": order_no,
                "patientID": patient_id,
            }
        )
        if admission_number is not UNSET:
            field_dict["admissionNumber"] = admission_number
        if item_code is not UNSET:
            field_dict["itemCode"] = item_code
        if item_name is not UNSET:
            field_dict["itemName"] = item_name
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if doctor_id is not UNSET:
            field_dict["doctorID"] = doctor_id
        if start_datetime is not UNSET:
            field_dict["startDatetime"] = start_datetime

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_no = d.pop("orderNo")

        patient_id = d.pop("patientID")

        admission_number = d.pop("admissionNumber", UNSET)

        item_code = d.pop("itemCode", UNSET)

        item_name = d.pop("itemName", UNSET)

        order_type = d.pop("orderType", UNSET)

        doctor_id = d.pop("doctorID", UNSET)

        start_datetime = d.pop("startDatetime", UNSET)

        medical_order = cls(
            order_no=order_no,
            patient_id=patient_id,
            admission_number=admission_number,
            item_code=item_code,
            item_name=item_name,
            order_type=order_type,
            doctor_id=doctor_id,
            start_datetime=start_datetime,
        )

        medical_order.additional_properties = d
        return medical_order

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
