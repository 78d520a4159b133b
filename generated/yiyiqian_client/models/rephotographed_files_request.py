from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RephotographedFilesRequest")


@_attrs_define
class RephotographedFilesRequest:
    patient_id: str
    """ 患者ID / 就诊卡号 """
    document_no: str
    images: list[str]
    admission_number: str | Unset = UNSET
    document_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patient_id = self.patient_id

        document_no = self.document_no

        images = self.images

        admission_number = self.admission_number

        document_type = self.document_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patientID": patient_id,
                "documentNo": document_no,
                "images": images,
            }
        )
        if admission_number is not UNSET:
            field_dict["admissionNumber"] = admission_number
        if document_type is not UNSET:
            field_dict["documentType"] = document_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        patient_id = d.pop("patientID")

        document_no = d.pop("documentNo")

        images = cast(list[str], d.pop("images"))

        admission_number = d.pop("admissionNumber", UNSET)

        document_type = d.pop("documentType", UNSET)

        rephotographed_files_request = cls(
            patient_id=patient_id,
            document_no=document_no,
            images=images,
            admission_number=admission_number,
            document_type=document_type,
        )

        rephotographed_files_request.additional_properties = d
        return rephotographed_files_request

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
