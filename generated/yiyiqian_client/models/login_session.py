from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginSession")


@_attrs_define
class LoginSession:
    """session. Inner fields are not documented; those listed are inferred."""

    session_id: str | Unset = UNSET
    expire_datetime: int | Unset = UNSET
    """ Epoch milliseconds """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        expire_datetime = self.expire_datetime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if expire_datetime is not UNSET:
            field_dict["expireDatetime"] = expire_datetime

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        session_id = d.pop("sessionId", UNSET)

        expire_datetime = d.pop("expireDatetime", UNSET)

        login_session = cls(
            session_id=session_id,
            expire_datetime=expire_datetime,
        )

        login_session.additional_properties = d
        return login_session

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
