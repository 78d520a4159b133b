from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginUserInfo")


@_attrs_define
class LoginUserInfo:
    """userInfo. Inner fields are not documented; those listed are inferred."""

    user_job_id: str | Unset = UNSET
    name: str | Unset = UNSET
    id_card: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_job_id = self.user_job_id

        name = self.name

        id_card = self.id_card

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_job_id is not UNSET:
            field_dict["userJobId"] = user_job_id
        if name is not UNSET:
            field_dict["name"] = name
        if id_card is not UNSET:
            field_dict["idCard"] = id_card
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_job_id = d.pop("userJobId", UNSET)

        name = d.pop("name", UNSET)

        id_card = d.pop("idCard", UNSET)

        phone = d.pop("phone", UNSET)

        login_user_info = cls(
            user_job_id=user_job_id,
            name=name,
            id_card=id_card,
            phone=phone,
        )

        login_user_info.additional_properties = d
        return login_user_info

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
