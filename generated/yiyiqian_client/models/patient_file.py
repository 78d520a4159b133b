from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatientFile")


@_attrs_define
class PatientFile:
    """A stored document, without its content."""

    document_wsid: str
    document_no: str
    document_type: str | Unset = UNSET
    title: str | Unset = UNSET
    patient_id: str | Unset = UNSET
    admission_number: None | str | Unset = UNSET
    kind: str | Unset = UNSET
    """ FILE, RECORD (二.2.2) or PHOTOS (二.2.4) """
    page_count: int | Unset = UNSET
    create_datetime: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_wsid = self.document_wsid

        document_no = self.document_no

        document_type = self.document_type

        title = self.title

        patient_id = self.patient_id

        admission_number: None | str | Unset
        if isinstance(self.admission_number, Unset):
            admission_number = UNSET
        else:
            admission_number = self.admission_number

        kind = self.kind

        page_count = self.page_count

        create_datetime = self.create_datetime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documentWsid": document_wsid,
                "documentNo": document_no,
            }
        )
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if title is not UNSET:
            field_dict["title"] = title
        if patient_id is not UNSET:
            field_dict["patientID"] = patient_id
        if admission_number is not UNSET:
            field_dict["admissionNumber"] = admission_number
        if kind is not UNSET:
            field_dict["kind"] = kind
        if page_count is not UNSET:
            field_dict["pageCount"] = page_count
        if create_datetime is not UNSET:
            field_dict["createDatetime"] = create_datetime

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        document_wsid = d.pop("documentWsid")

        document_no = d.pop("documentNo")

        document_type = d.pop("documentType", UNSET)

        title = d.pop("title", UNSET)

        patient_id = d.pop("patientID", UNSET)

        def _parse_admission_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        admission_number = _parse_admission_number(d.pop("admissionNumber", UNSET))

        kind = d.pop("kind", UNSET)

        page_count = d.pop("pageCount", UNSET)

        create_datetime = d.pop("createDatetime", UNSET)

        patient_file = cls(
            document_wsid=document_wsid,
            document_no=document_no,
            document_type=document_type,
            title=title,
            patient_id=patient_id,
            admission_number=admission_number,
            kind=kind,
            page_count=page_count,
            create_datetime=create_datetime,
        )

        patient_file.additional_properties = d
        return patient_file

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
