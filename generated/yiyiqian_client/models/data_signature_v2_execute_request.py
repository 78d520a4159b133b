from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataSignatureV2ExecuteRequest")


@_attrs_define
class DataSignatureV2ExecuteRequest:
    """Inferred. The participant (userJobId) signs its part of the task signWsid."""

    sign_wsid: str
    """ 签名ID (WSID_SIGN_ + 32 hex) """
    user_job_id: str
    """ 医生工号 (staff job number); the docs allow the ID-card number instead. """
    is_face_to_face: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sign_wsid = self.sign_wsid

        user_job_id = self.user_job_id

        is_face_to_face = self.is_face_to_face

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "signWsid": sign_wsid,
                "userJobId": user_job_id,
            }
        )
        if is_face_to_face is not UNSET:
            field_dict["isFaceToFace"] = is_face_to_face

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sign_wsid = d.pop("signWsid")

        user_job_id = d.pop("userJobId")

        is_face_to_face = d.pop("isFaceToFace", UNSET)

        data_signature_v2_execute_request = cls(
            sign_wsid=sign_wsid,
            user_job_id=user_job_id,
            is_face_to_face=is_face_to_face,
        )

        data_signature_v2_execute_request.additional_properties = d
        return data_signature_v2_execute_request

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
