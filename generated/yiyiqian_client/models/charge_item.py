from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargeItem")


@_attrs_define
class ChargeItem:
    charge_no: str
    patient_id: str
    """ 患者ID / 就诊卡号 """
    admission_number: str | Unset = UNSET
    item_code: str | Unset = UNSET
    item_name: str | Unset = UNSET
    quantity: float | Unset = UNSET
    amount: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charge_no = self.charge_no

        patient_id = self.patient_id

        admission_number = self.admission_number

        item_code = self.item_code

        item_name = self.item_name

        quantity = self.quantity

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chargeNo": charge_no,
                "patientID": patient_id,
            }
        )
        if admission_number is not UNSET:
            field_dict["admissionNumber"] = admission_number
        if item_code is not UNSET:
            field_dict["itemCode"] = item_code
        if item_name is not UNSET:
            field_dict["itemName"] = item_name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        charge_no = d.pop("chargeNo")

        patient_id = d.pop("patientID")

        admission_number = d.pop("admissionNumber", UNSET)

        item_code = d.pop("itemCode", UNSET)

        item_name = d.pop("itemName", UNSET)

        quantity = d.pop("quantity", UNSET)

        amount = d.pop("amount", UNSET)

        charge_item = cls(
            charge_no=charge_no,
            patient_id=patient_id,
            admission_number=admission_number,
            item_code=item_code,
            item_name=item_name,
            quantity=quantity,
            amount=amount,
        )

        charge_item.additional_properties = d
        return charge_item

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
