from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogueResult")


@_attrs_define
class CatalogueResult:
    patient_id: str
    """ 患者ID / 就诊卡号 """
    admission_number: str
    main_diagnosis_code: str | Unset = UNSET
    operation_codes: list[str] | Unset = UNSET
    cataloguer: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patient_id = self.patient_id

        admission_number = self.admission_number

        main_diagnosis_code = self.main_diagnosis_code

        operation_codes: list[str] | Unset = UNSET
        if not isinstance(self.operation_codes, Unset):
            operation_codes = self.operation_codes

        cataloguer = self.cataloguer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patientID": patient_id,
                "admissionNumber": admission_number,
            }
        )
        if main_diagnosis_code is not UNSET:
            field_dict["mainDiagnosisCode"] = main_diagnosis_code
        if operation_codes is not UNSET:
            field_dict["operationCodes"] = operation_codes
        if cataloguer is not UNSET:
            field_dict["cataloguer"] = cataloguer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        patient_id = d.pop("patientID")

        admission_number = d.pop("admissionNumber")

        main_diagnosis_code = d.pop("mainDiagnosisCode", UNSET)

        operation_codes = cast(list[str], d.pop("operationCodes", UNSET))

        cataloguer = d.pop("cataloguer", UNSET)

        catalogue_result = cls(
            patient_id=patient_id,
            admission_number=admission_number,
            main_diagnosis_code=main_diagnosis_code,
            operation_codes=operation_codes,
            cataloguer=cataloguer,
        )

        catalogue_result.additional_properties = d
        return catalogue_result

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
