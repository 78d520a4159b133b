from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.file_signature_record import FileSignatureRecord


T = TypeVar("T", bound="SearchSignedFilesResponse200")


@_attrs_define
class SearchSignedFilesResponse200:
    code: str
    """ 接口响应状态码 """
    message: str
    """ 接口响应描述 """
    data: list[FileSignatureRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.file_signature_record import FileSignatureRecord

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = FileSignatureRecord.from_dict(data_item_data)

            data.append(data_item)

        search_signed_files_response_200 = cls(
            code=code,
            message=message,
            data=data,
        )

        search_signed_files_response_200.additional_properties = d
        return search_signed_files_response_200

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
