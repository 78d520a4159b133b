from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document import Document


T = TypeVar("T", bound="FileSigningResult")


@_attrs_define
class FileSigningResult:
    """Inferred. A signed file, with the signed PDF."""

    file_wsid: str
    """ 文件ID (WSID_FILE_ + 32 hex) """
    status: str
    custom_tag_id: str | Unset = UNSET
    signed_document: Document | Unset = UNSET
    """ 文档 """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_wsid = self.file_wsid

        status = self.status

        custom_tag_id = self.custom_tag_id

        signed_document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signed_document, Unset):
            signed_document = self.signed_document.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileWsid": file_wsid,
                "status": status,
            }
        )
        if custom_tag_id is not UNSET:
            field_dict["customTagID"] = custom_tag_id
        if signed_document is not UNSET:
            field_dict["signedDocument"] = signed_document

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document import Document

        d = dict(src_dict)
        file_wsid = d.pop("fileWsid")

        status = d.pop("status")

        custom_tag_id = d.pop("customTagID", UNSET)

        _signed_document = d.pop("signedDocument", UNSET)
        signed_document: Document | Unset
        if isinstance(_signed_document, Unset):
            signed_document = UNSET
        else:
            signed_document = Document.from_dict(_signed_document)

        file_signing_result = cls(
            file_wsid=file_wsid,
            status=status,
            custom_tag_id=custom_tag_id,
            signed_document=signed_document,
        )

        file_signing_result.additional_properties = d
        return file_signing_result

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
