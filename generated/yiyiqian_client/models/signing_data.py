from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SigningData")


@_attrs_define
class SigningData:
    """待签数据"""

    data_type: str | Unset = UNSET
    data: str | Unset = UNSET
    sign_algorithm: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_type = self.data_type

        data = self.data

        sign_algorithm = self.sign_algorithm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if data is not UNSET:
            field_dict["data"] = data
        if sign_algorithm is not UNSET:
            field_dict["signAlgorithm"] = sign_algorithm

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data_type = d.pop("dataType", UNSET)

        data = d.pop("data", UNSET)

        sign_algorithm = d.pop("signAlgorithm", UNSET)

        signing_data = cls(
            data_type=data_type,
            data=data,
            sign_algorithm=sign_algorithm,
        )

        signing_data.additional_properties = d
        return signing_data

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
