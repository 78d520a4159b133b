from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignatureImage")


@_attrs_define
class SignatureImage:
    """Inferred. The image of one signature on a file."""

    image_base_64: str
    signer_key_name: str | Unset = UNSET
    signer_name: str | Unset = UNSET
    image_format: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_base_64 = self.image_base_64

        signer_key_name = self.signer_key_name

        signer_name = self.signer_name

        image_format = self.image_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageBase64": image_base_64,
            }
        )
        if signer_key_name is not UNSET:
            field_dict["signerKeyName"] = signer_key_name
        if signer_name is not UNSET:
            field_dict["signerName"] = signer_name
        if image_format is not UNSET:
            field_dict["imageFormat"] = image_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_base_64 = d.pop("imageBase64")

        signer_key_name = d.pop("signerKeyName", UNSET)

        signer_name = d.pop("signerName", UNSET)

        image_format = d.pop("imageFormat", UNSET)

        signature_image = cls(
            image_base_64=image_base_64,
            signer_key_name=signer_key_name,
            signer_name=signer_name,
            image_format=image_format,
        )

        signature_image.additional_properties = d
        return signature_image

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
