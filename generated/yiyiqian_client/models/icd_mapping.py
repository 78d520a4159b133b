from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IcdMapping")


@_attrs_define
class IcdMapping:
    hospital_icd_code: str
    insurance_icd_code: str
    hospital_icd_name: str | Unset = UNSET
    insurance_icd_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hospital_icd_code = self.hospital_icd_code

        insurance_icd_code = self.insurance_icd_code

        hospital_icd_name = self.hospital_icd_name

        insurance_icd_name = self.insurance_icd_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hospitalIcdCode": hospital_icd_code,
                "insuranceIcdCode": insurance_icd_code,
            }
        )
        if hospital_icd_name is not UNSET:
            field_dict["hospitalIcdName"] = hospital_icd_name
        if insurance_icd_name is not UNSET:
            field_dict["insuranceIcdName"] = insurance_icd_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        hospital_icd_code = d.pop("hospitalIcdCode")

        insurance_icd_code = d.pop("insuranceIcdCode")

        hospital_icd_name = d.pop("hospitalIcdName", UNSET)

        insurance_icd_name = d.pop("insuranceIcdName", UNSET)

        icd_mapping = cls(
            hospital_icd_code=hospital_icd_code,
            insurance_icd_code=insurance_icd_code,
            hospital_icd_name=hospital_icd_name,
            insurance_icd_name=insurance_icd_name,
        )

        icd_mapping.additional_properties = d
        return icd_mapping

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
