from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_signature_request_append_timestamp import (
    DataSignatureRequestAppendTimestamp,
    check_data_signature_request_append_timestamp,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_signature_business import DataSignatureBusiness


T = TypeVar("T", bound="DataSignatureRequest")


@_attrs_define
class DataSignatureRequest:
    """Inferred from webhook 7.1. The doctor (business.doctorId) signs signingData."""

    business: DataSignatureBusiness
    """ 业务信息 (the business block of webhook 7.1). """
    signing_data: str
    """ 待签原文 """
    append_timestamp: DataSignatureRequestAppendTimestamp | Unset = UNSET
    """ 1 = add an RFC 3161 timestamp """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business = self.business.to_dict()

        signing_data = self.signing_data

        append_timestamp: int | Unset = UNSET
        if not isinstance(self.append_timestamp, Unset):
            append_timestamp = self.append_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "business": business,
                "signingData": signing_data,
            }
        )
        if append_timestamp is not UNSET:
            field_dict["appendTimestamp"] = append_timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_signature_business import DataSignatureBusiness

        d = dict(src_dict)
        business = DataSignatureBusiness.from_dict(d.pop("business"))

        signing_data = d.pop("signingData")

        _append_timestamp = d.pop("appendTimestamp", UNSET)
        append_timestamp: DataSignatureRequestAppendTimestamp | Unset
        if isinstance(_append_timestamp, Unset):
            append_timestamp = UNSET
        else:
            append_timestamp = check_data_signature_request_append_timestamp(_append_timestamp)

        data_signature_request = cls(
            business=business,
            signing_data=signing_data,
            append_timestamp=append_timestamp,
        )

        data_signature_request.additional_properties = d
        return data_signature_request

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
