from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformError")


@_attrs_define
class PlatformError:
    """Signit platform error body (recognised by its errorWsid key)."""

    code: str
    error_wsid: str
    user_message: str | Unset = UNSET
    developer_message: str | Unset = UNSET
    more_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        error_wsid = self.error_wsid

        user_message = self.user_message

        developer_message = self.developer_message

        more_info = self.more_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "errorWsid": error_wsid,
            }
        )
        if user_message is not UNSET:
            field_dict["userMessage"] = user_message
        if developer_message is not UNSET:
            field_dict["developerMessage"] = developer_message
        if more_info is not UNSET:
            field_dict["moreInfo"] = more_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        error_wsid = d.pop("errorWsid")

        user_message = d.pop("userMessage", UNSET)

        developer_message = d.pop("developerMessage", UNSET)

        more_info = d.pop("moreInfo", UNSET)

        platform_error = cls(
            code=code,
            error_wsid=error_wsid,
            user_message=user_message,
            developer_message=developer_message,
            more_info=more_info,
        )

        platform_error.additional_properties = d
        return platform_error

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
