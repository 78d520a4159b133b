from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParticipantRequest")


@_attrs_define
class ParticipantRequest:
    """Inferred. One signer of a v2 task, by staff job number."""

    user_job_id: str
    """ 医生工号 (staff job number); the docs allow the ID-card number instead. """
    name: str | Unset = UNSET
    assigned_sequence: str | Unset = UNSET
    handle_mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_job_id = self.user_job_id

        name = self.name

        assigned_sequence = self.assigned_sequence

        handle_mode = self.handle_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userJobId": user_job_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if assigned_sequence is not UNSET:
            field_dict["assignedSequence"] = assigned_sequence
        if handle_mode is not UNSET:
            field_dict["handleMode"] = handle_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_job_id = d.pop("userJobId")

        name = d.pop("name", UNSET)

        assigned_sequence = d.pop("assignedSequence", UNSET)

        handle_mode = d.pop("handleMode", UNSET)

        participant_request = cls(
            user_job_id=user_job_id,
            name=name,
            assigned_sequence=assigned_sequence,
            handle_mode=handle_mode,
        )

        participant_request.additional_properties = d
        return participant_request

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
