from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signed_data import SignedData


T = TypeVar("T", bound="Participant")


@_attrs_define
class Participant:
    """签署参与人 (v2)"""

    wsid: str | Unset = UNSET
    author_wsid: str | Unset = UNSET
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    assigned_sequence: str | Unset = UNSET
    handle_mode: str | Unset = UNSET
    handle_datetime: int | Unset = UNSET
    handle_reason: str | Unset = UNSET
    is_face_to_face: bool | Unset = UNSET
    signed_data: SignedData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wsid = self.wsid

        author_wsid = self.author_wsid

        name = self.name

        status = self.status

        assigned_sequence = self.assigned_sequence

        handle_mode = self.handle_mode

        handle_datetime = self.handle_datetime

        handle_reason = self.handle_reason

        is_face_to_face = self.is_face_to_face

        signed_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signed_data, Unset):
            signed_data = self.signed_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wsid is not UNSET:
            field_dict["wsid"] = wsid
        if author_wsid is not UNSET:
            field_dict["authorWsid"] = author_wsid
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if assigned_sequence is not UNSET:
            field_dict["assignedSequence"] = assigned_sequence
        if handle_mode is not UNSET:
            field_dict["handleMode"] = handle_mode
        if handle_datetime is not UNSET:
            field_dict["handleDatetime"] = handle_datetime
        if handle_reason is not UNSET:
            field_dict["handleReason"] = handle_reason
        if is_face_to_face is not UNSET:
            field_dict["isFaceToFace"] = is_face_to_face
        if signed_data is not UNSET:
            field_dict["signedData"] = signed_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.signed_data import SignedData

        d = dict(src_dict)
        wsid = d.pop("wsid", UNSET)

        author_wsid = d.pop("authorWsid", UNSET)

        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        assigned_sequence = d.pop("assignedSequence", UNSET)

        handle_mode = d.pop("handleMode", UNSET)

        handle_datetime = d.pop("handleDatetime", UNSET)

        handle_reason = d.pop("handleReason", UNSET)

        is_face_to_face = d.pop("isFaceToFace", UNSET)

        _signed_data = d.pop("signedData", UNSET)
        signed_data: SignedData | Unset
        if isinstance(_signed_data, Unset):
            signed_data = UNSET
        else:
            signed_data = SignedData.from_dict(_signed_data)

        participant = cls(
            wsid=wsid,
            author_wsid=author_wsid,
            name=name,
            status=status,
            assigned_sequence=assigned_sequence,
            handle_mode=handle_mode,
            handle_datetime=handle_datetime,
            handle_reason=handle_reason,
            is_face_to_face=is_face_to_face,
            signed_data=signed_data,
        )

        participant.additional_properties = d
        return participant

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
