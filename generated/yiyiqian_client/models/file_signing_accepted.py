from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileSigningAccepted")


@_attrs_define
class FileSigningAccepted:
    """Inferred. The file id of an accepted signing job."""

    file_wsid: str
    """ 文件ID (WSID_FILE_ + 32 hex) """
    custom_tag_id: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_wsid = self.file_wsid

        custom_tag_id = self.custom_tag_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileWsid": file_wsid,
            }
        )
        if custom_tag_id is not UNSET:
            field_dict["customTagID"] = custom_tag_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_wsid = d.pop("fileWsid")

        custom_tag_id = d.pop("customTagID", UNSET)

        status = d.pop("status", UNSET)

        file_signing_accepted = cls(
            file_wsid=file_wsid,
            custom_tag_id=custom_tag_id,
            status=status,
        )

        file_signing_accepted.additional_properties = d
        return file_signing_accepted

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
