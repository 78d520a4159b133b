from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HospitalDepartment")


@_attrs_define
class HospitalDepartment:
    """科室信息"""

    department_name: str | Unset = UNSET
    """ 科室名称 """
    department_id: str | Unset = UNSET
    """ 科室ID / 科室代码 """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        department_name = self.department_name

        department_id = self.department_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if department_name is not UNSET:
            field_dict["departmentName"] = department_name
        if department_id is not UNSET:
            field_dict["departmentID"] = department_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        department_name = d.pop("departmentName", UNSET)

        department_id = d.pop("departmentID", UNSET)

        hospital_department = cls(
            department_name=department_name,
            department_id=department_id,
        )

        hospital_department.additional_properties = d
        return hospital_department

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
