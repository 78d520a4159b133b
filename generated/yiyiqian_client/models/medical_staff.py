from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MedicalStaff")


@_attrs_define
class MedicalStaff:
    user_job_id: str
    """ 医生工号 (staff job number); the docs allow the ID-card number instead. """
    name: str
    role: str | Unset = UNSET
    """ DOCTOR or NURSE """
    department_id: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_job_id = self.user_job_id

        name = self.name

        role = self.role

        department_id = self.department_id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userJobId": user_job_id,
                "name": name,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if department_id is not UNSET:
            field_dict["departmentID"] = department_id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_job_id = d.pop("userJobId")

        name = d.pop("name")

        role = d.pop("role", UNSET)

        department_id = d.pop("departmentID", UNSET)

        title = d.pop("title", UNSET)

        medical_staff = cls(
            user_job_id=user_job_id,
            name=name,
            role=role,
            department_id=department_id,
            title=title,
        )

        medical_staff.additional_properties = d
        return medical_staff

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
