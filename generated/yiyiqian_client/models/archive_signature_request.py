from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document import Document


T = TypeVar("T", bound="ArchiveSignatureRequest")


@_attrs_define
class ArchiveSignatureRequest:
    document: Document
    """ 文档 """
    custom_tag_id: str | Unset = UNSET
    extra_param: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document = self.document.to_dict()

        custom_tag_id = self.custom_tag_id

        extra_param = self.extra_param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document": document,
            }
        )
        if custom_tag_id is not UNSET:
            field_dict["customTagID"] = custom_tag_id
        if extra_param is not UNSET:
            field_dict["extraParam"] = extra_param

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document import Document

        d = dict(src_dict)
        document = Document.from_dict(d.pop("document"))

        custom_tag_id = d.pop("customTagID", UNSET)

        extra_param = d.pop("extraParam", UNSET)

        archive_signature_request = cls(
            document=document,
            custom_tag_id=custom_tag_id,
            extra_param=extra_param,
        )

        archive_signature_request.additional_properties = d
        return archive_signature_request

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
