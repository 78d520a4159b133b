from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.home_page import HomePage
    from ..models.patient import Patient
    from ..models.patient_file import PatientFile


T = TypeVar("T", bound="RecordBag")


@_attrs_define
class RecordBag:
    """病案袋 (a patient's record bag for one visit)."""

    patient_id: str
    files: list[PatientFile]
    admission_number: None | str | Unset = UNSET
    patient: Patient | Unset = UNSET
    home_page: HomePage | Unset = UNSET
    """ 病案首页; the front-sheet items go in `items`. """
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patient_id = self.patient_id

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        admission_number: None | str | Unset
        if isinstance(self.admission_number, Unset):
            admission_number = UNSET
        else:
            admission_number = self.admission_number

        patient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.patient, Unset):
            patient = self.patient.to_dict()

        home_page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.home_page, Unset):
            home_page = self.home_page.to_dict()

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patientID": patient_id,
                "files": files,
            }
        )
        if admission_number is not UNSET:
            field_dict["admissionNumber"] = admission_number
        if patient is not UNSET:
            field_dict["patient"] = patient
        if home_page is not UNSET:
            field_dict["homePage"] = home_page
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.home_page import HomePage
        from ..models.patient import Patient
        from ..models.patient_file import PatientFile

        d = dict(src_dict)
        patient_id = d.pop("patientID")

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = PatientFile.from_dict(files_item_data)

            files.append(files_item)

        def _parse_admission_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        admission_number = _parse_admission_number(d.pop("admissionNumber", UNSET))

        _patient = d.pop("patient", UNSET)
        patient: Patient | Unset
        if isinstance(_patient, Unset):
            patient = UNSET
        else:
            patient = Patient.from_dict(_patient)

        _home_page = d.pop("homePage", UNSET)
        home_page: HomePage | Unset
        if isinstance(_home_page, Unset):
            home_page = UNSET
        else:
            home_page = HomePage.from_dict(_home_page)

        status = d.pop("status", UNSET)

        record_bag = cls(
            patient_id=patient_id,
            files=files,
            admission_number=admission_number,
            patient=patient,
            home_page=home_page,
            status=status,
        )

        record_bag.additional_properties = d
        return record_bag

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
