from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document import Document


T = TypeVar("T", bound="EmrDocument")


@_attrs_define
class EmrDocument:
    """One document of a patient's visit (二.2.1)."""

    patient_id: str
    """ 患者ID / 就诊卡号 """
    document_no: str
    document_type: str
    file: Document
    """ 文档 """
    admission_number: str | Unset = UNSET
    title: str | Unset = UNSET
    file_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patient_id = self.patient_id

        document_no = self.document_no

        document_type = self.document_type

        file = self.file.to_dict()

        admission_number = self.admission_number

        title = self.title

        file_name = self.file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patientID": patient_id,
                "documentNo": document_no,
                "documentType": document_type,
                "file": file,
            }
        )
        if admission_number is not UNSET:
            field_dict["admissionNumber"] = admission_number
        if title is not UNSET:
            field_dict["title"] = title
        if file_name is not UNSET:
            field_dict["fileName"] = file_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document import Document

        d = dict(src_dict)
        patient_id = d.pop("patientID")

        document_no = d.pop("documentNo")

        document_type = d.pop("documentType")

        file = Document.from_dict(d.pop("file"))

        admission_number = d.pop("admissionNumber", UNSET)

        title = d.pop("title", UNSET)

        file_name = d.pop("fileName", UNSET)

        emr_document = cls(
            patient_id=patient_id,
            document_no=document_no,
            document_type=document_type,
            file=file,
            admission_number=admission_number,
            title=title,
            file_name=file_name,
        )

        emr_document.additional_properties = d
        return emr_document

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
