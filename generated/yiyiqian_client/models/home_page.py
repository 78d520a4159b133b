from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.home_page_items import HomePageItems


T = TypeVar("T", bound="HomePage")


@_attrs_define
class HomePage:
    """病案首页; the front-sheet items go in `items`."""

    patient_id: str
    """ 患者ID / 就诊卡号 """
    admission_number: str
    admission_datetime: int | Unset = UNSET
    discharge_datetime: int | None | Unset = UNSET
    items: HomePageItems | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patient_id = self.patient_id

        admission_number = self.admission_number

        admission_datetime = self.admission_datetime

        discharge_datetime: int | None | Unset
        if isinstance(self.discharge_datetime, Unset):
            discharge_datetime = UNSET
        else:
            discharge_datetime = self.discharge_datetime

        items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patientID": patient_id,
                "admissionNumber": admission_number,
            }
        )
        if admission_datetime is not UNSET:
            field_dict["admissionDatetime"] = admission_datetime
        if discharge_datetime is not UNSET:
            field_dict["dischargeDatetime"] = discharge_datetime
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.home_page_items import HomePageItems

        d = dict(src_dict)
        patient_id = d.pop("patientID")

        admission_number = d.pop("admissionNumber")

        admission_datetime = d.pop("admissionDatetime", UNSET)

        def _parse_discharge_datetime(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        discharge_datetime = _parse_discharge_datetime(d.pop("dischargeDatetime", UNSET))

        _items = d.pop("items", UNSET)
        items: HomePageItems | Unset
        if isinstance(_items, Unset):
            items = UNSET
        else:
            items = HomePageItems.from_dict(_items)

        home_page = cls(
            patient_id=patient_id,
            admission_number=admission_number,
            admission_datetime=admission_datetime,
            discharge_datetime=discharge_datetime,
            items=items,
        )

        home_page.additional_properties = d
        return home_page

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
