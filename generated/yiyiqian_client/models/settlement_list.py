from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SettlementList")


@_attrs_define
class SettlementList:
    settlement_no: str
    patient_id: str
    """ 患者ID / 就诊卡号 """
    admission_number: str | Unset = UNSET
    total_amount: str | Unset = UNSET
    """ Decimal amount in yuan """
    settlement_datetime: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settlement_no = self.settlement_no

        patient_id = self.patient_id

        admission_number = self.admission_number

        total_amount = self.total_amount

        settlement_datetime = self.settlement_datetime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "settlementNo": settlement_no,
                "patientID": patient_id,
            }
        )
        if admission_number is not UNSET:
            field_dict["admissionNumber"] = admission_number
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if settlement_datetime is not UNSET:
            field_dict["settlementDatetime"] = settlement_datetime

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        settlement_no = d.pop("settlementNo")

        patient_id = d.pop("patientID")

        admission_number = d.pop("admissionNumber", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        settlement_datetime = d.pop("settlementDatetime", UNSET)

        settlement_list = cls(
            settlement_no=settlement_no,
            patient_id=patient_id,
            admission_number=admission_number,
            total_amount=total_amount,
            settlement_datetime=settlement_datetime,
        )

        settlement_list.additional_properties = d
        return settlement_list

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
