from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Envelope")


@_attrs_define
class Envelope:
    """Response envelope of every business call. `code` is a string: success when its last four
    digits are 0000-0099 (100100000 操作成功; 100550000 and 100600000 are seen in events).
    `data` is declared by each operation and is absent on errors (and before a QR login).
    The vendor's error table is not public; the sandbox's own codes (inferred) are 100400400
    bad request, 100400401 app id header, 100400404 unknown object, 100400409 conflict (a
    second signature by the same signer, a finished job) and 100400413 body too large.

    """

    code: str
    """ 接口响应状态码 """
    message: str
    """ 接口响应描述 """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        envelope = cls(
            code=code,
            message=message,
        )

        envelope.additional_properties = d
        return envelope

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
