from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QualityControlResult")


@_attrs_define
class QualityControlResult:
    patient_id: str
    """ 患者ID / 就诊卡号 """
    admission_number: str
    score: float | Unset = UNSET
    level: str | Unset = UNSET
    """ 甲 / 乙 / 丙 """
    issues: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patient_id = self.patient_id

        admission_number = self.admission_number

        score = self.score

        level = self.level

        issues: list[str] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = self.issues

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patientID": patient_id,
                "admissionNumber": admission_number,
            }
        )
        if score is not UNSET:
            field_dict["score"] = score
        if level is not UNSET:
            field_dict["level"] = level
        if issues is not UNSET:
            field_dict["issues"] = issues

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        patient_id = d.pop("patientID")

        admission_number = d.pop("admissionNumber")

        score = d.pop("score", UNSET)

        level = d.pop("level", UNSET)

        issues = cast(list[str], d.pop("issues", UNSET))

        quality_control_result = cls(
            patient_id=patient_id,
            admission_number=admission_number,
            score=score,
            level=level,
            issues=issues,
        )

        quality_control_result.additional_properties = d
        return quality_control_result

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
