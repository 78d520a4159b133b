from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HospitalUser")


@_attrs_define
class HospitalUser:
    user_job_id: str
    """ 医生工号 (staff job number); the docs allow the ID-card number instead. """
    name: str
    id_card: str | Unset = UNSET
    phone: str | Unset = UNSET
    department_id: str | Unset = UNSET
    department_name: str | Unset = UNSET
    title: str | Unset = UNSET
    """ 职称 """
    enabled: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_job_id = self.user_job_id

        name = self.name

        id_card = self.id_card

        phone = self.phone

        department_id = self.department_id

        department_name = self.department_name

        title = self.title

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userJobId": user_job_id,
                "name": name,
            }
        )
        if id_card is not UNSET:
            field_dict["idCard"] = id_card
        if phone is not UNSET:
            field_dict["phone"] = phone
        if department_id is not UNSET:
            field_dict["departmentID"] = department_id
        if department_name is not UNSET:
            field_dict["departmentName"] = department_name
        if title is not UNSET:
            field_dict["title"] = title
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_job_id = d.pop("userJobId")

        name = d.pop("name")

        id_card = d.pop("idCard", UNSET)

        phone = d.pop("phone", UNSET)

        department_id = d.pop("departmentID", UNSET)

        department_name = d.pop("departmentName", UNSET)

        title = d.pop("title", UNSET)

        enabled = d.pop("enabled", UNSET)

        hospital_user = cls(
            user_job_id=user_job_id,
            name=name,
            id_card=id_card,
            phone=phone,
            department_id=department_id,
            department_name=department_name,
            title=title,
            enabled=enabled,
        )

        hospital_user.additional_properties = d
        return hospital_user

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
