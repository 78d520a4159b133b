from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmrDocumentStored")


@_attrs_define
class EmrDocumentStored:
    document_wsid: str
    document_no: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_wsid = self.document_wsid

        document_no = self.document_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documentWsid": document_wsid,
            }
        )
        if document_no is not UNSET:
            field_dict["documentNo"] = document_no

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        document_wsid = d.pop("documentWsid")

        document_no = d.pop("documentNo", UNSET)

        emr_document_stored = cls(
            document_wsid=document_wsid,
            document_no=document_no,
        )

        emr_document_stored.additional_properties = d
        return emr_document_stored

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
