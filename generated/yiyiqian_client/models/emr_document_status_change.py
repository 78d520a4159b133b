from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmrDocumentStatusChange")


@_attrs_define
class EmrDocumentStatusChange:
    patient_id: str
    status: str
    admission_number: None | str | Unset = UNSET
    document_no: None | str | Unset = UNSET
    previous_status: None | str | Unset = UNSET
    changed_datetime: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patient_id = self.patient_id

        status = self.status

        admission_number: None | str | Unset
        if isinstance(self.admission_number, Unset):
            admission_number = UNSET
        else:
            admission_number = self.admission_number

        document_no: None | str | Unset
        if isinstance(self.document_no, Unset):
            document_no = UNSET
        else:
            document_no = self.document_no

        previous_status: None | str | Unset
        if isinstance(self.previous_status, Unset):
            previous_status = UNSET
        else:
            previous_status = self.previous_status

        changed_datetime = self.changed_datetime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patientID": patient_id,
                "status": status,
            }
        )
        if admission_number is not UNSET:
            field_dict["admissionNumber"] = admission_number
        if document_no is not UNSET:
            field_dict["documentNo"] = document_no
        if previous_status is not UNSET:
            field_dict["previousStatus"] = previous_status
        if changed_datetime is not UNSET:
            field_dict["changedDatetime"] = changed_datetime

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        patient_id = d.pop("patientID")

        status = d.pop("status")

        def _parse_admission_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        admission_number = _parse_admission_number(d.pop("admissionNumber", UNSET))

        def _parse_document_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_no = _parse_document_no(d.pop("documentNo", UNSET))

        def _parse_previous_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_status = _parse_previous_status(d.pop("previousStatus", UNSET))

        changed_datetime = d.pop("changedDatetime", UNSET)

        emr_document_status_change = cls(
            patient_id=patient_id,
            status=status,
            admission_number=admission_number,
            document_no=document_no,
            previous_status=previous_status,
            changed_datetime=changed_datetime,
        )

        emr_document_status_change.additional_properties = d
        return emr_document_status_change

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
