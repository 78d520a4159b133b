from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CaLoginTask")


@_attrs_define
class CaLoginTask:
    """Inferred. The login task; loginId is what 1.2 takes."""

    login_id: str
    qr_code_content: str
    """ Text to render as the QR code """
    expires_in: int | Unset = UNSET
    """ Seconds until the task expires """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login_id = self.login_id

        qr_code_content = self.qr_code_content

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loginId": login_id,
                "qrCodeContent": qr_code_content,
            }
        )
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        login_id = d.pop("loginId")

        qr_code_content = d.pop("qrCodeContent")

        expires_in = d.pop("expiresIn", UNSET)

        ca_login_task = cls(
            login_id=login_id,
            qr_code_content=qr_code_content,
            expires_in=expires_in,
        )

        ca_login_task.additional_properties = d
        return ca_login_task

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
