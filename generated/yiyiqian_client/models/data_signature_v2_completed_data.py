from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_info import AppInfo
    from ..models.data_signature_v2_record import DataSignatureV2Record


T = TypeVar("T", bound="DataSignatureV2CompletedData")


@_attrs_define
class DataSignatureV2CompletedData:
    """本事件接收的消息内容 (7.3; an object, not a string)."""

    data: DataSignatureV2Record | Unset = UNSET
    """ 数据记录详情 (v2 record, webhook 7.3). """
    app_info: AppInfo | Unset = UNSET
    """ 回调应用 (the calling app). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        app_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_info, Unset):
            app_info = self.app_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if app_info is not UNSET:
            field_dict["appInfo"] = app_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_info import AppInfo
        from ..models.data_signature_v2_record import DataSignatureV2Record

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: DataSignatureV2Record | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = DataSignatureV2Record.from_dict(_data)

        _app_info = d.pop("appInfo", UNSET)
        app_info: AppInfo | Unset
        if isinstance(_app_info, Unset):
            app_info = UNSET
        else:
            app_info = AppInfo.from_dict(_app_info)

        data_signature_v2_completed_data = cls(
            data=data,
            app_info=app_info,
        )

        data_signature_v2_completed_data.additional_properties = d
        return data_signature_v2_completed_data

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
