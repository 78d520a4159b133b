from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneShieldSettings")


@_attrs_define
class PhoneShieldSettings:
    user_job_id: str
    enabled: bool
    """ 手机盾已开通 """
    silent_sign_enabled: bool | Unset = UNSET
    """ 静默签署已开启 """
    silent_sign_expire_datetime: int | None | Unset = UNSET
    """ Epoch milliseconds """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_job_id = self.user_job_id

        enabled = self.enabled

        silent_sign_enabled = self.silent_sign_enabled

        silent_sign_expire_datetime: int | None | Unset
        if isinstance(self.silent_sign_expire_datetime, Unset):
            silent_sign_expire_datetime = UNSET
        else:
            silent_sign_expire_datetime = self.silent_sign_expire_datetime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userJobId": user_job_id,
                "enabled": enabled,
            }
        )
        if silent_sign_enabled is not UNSET:
            field_dict["silentSignEnabled"] = silent_sign_enabled
        if silent_sign_expire_datetime is not UNSET:
            field_dict["silentSignExpireDatetime"] = silent_sign_expire_datetime

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_job_id = d.pop("userJobId")

        enabled = d.pop("enabled")

        silent_sign_enabled = d.pop("silentSignEnabled", UNSET)

        def _parse_silent_sign_expire_datetime(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        silent_sign_expire_datetime = _parse_silent_sign_expire_datetime(
            d.pop("silentSignExpireDatetime", UNSET)
        )

        phone_shield_settings = cls(
            user_job_id=user_job_id,
            enabled=enabled,
            silent_sign_enabled=silent_sign_enabled,
            silent_sign_expire_datetime=silent_sign_expire_datetime,
        )

        phone_shield_settings.additional_properties = d
        return phone_shield_settings

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
