from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HandwrittenSignature")


@_attrs_define
class HandwrittenSignature:
    user_job_id: str
    image_base_64: str
    image_format: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_job_id = self.user_job_id

        image_base_64 = self.image_base_64

        image_format = self.image_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userJobId": user_job_id,
                "imageBase64": image_base_64,
            }
        )
        if image_format is not UNSET:
            field_dict["imageFormat"] = image_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_job_id = d.pop("userJobId")

        image_base_64 = d.pop("imageBase64")

        image_format = d.pop("imageFormat", UNSET)

        handwritten_signature = cls(
            user_job_id=user_job_id,
            image_base_64=image_base_64,
            image_format=image_format,
        )

        handwritten_signature.additional_properties = d
        return handwritten_signature

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
