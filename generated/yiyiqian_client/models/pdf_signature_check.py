from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PdfSignatureCheck")


@_attrs_define
class PdfSignatureCheck:
    """Inferred. One PDF signature and what its verification found."""

    field_name: str | Unset = UNSET
    signer_name: str | Unset = UNSET
    sign_datetime: int | Unset = UNSET
    intact: bool | Unset = UNSET
    """ The signed bytes are unchanged """
    valid: bool | Unset = UNSET
    """ The cryptographic signature is valid """
    trusted: bool | Unset = UNSET
    """ The signer certificate chains to the platform's root """
    covers_whole_document: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_name = self.field_name

        signer_name = self.signer_name

        sign_datetime = self.sign_datetime

        intact = self.intact

        valid = self.valid

        trusted = self.trusted

        covers_whole_document = self.covers_whole_document

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_name is not UNSET:
            field_dict["fieldName"] = field_name
        if signer_name is not UNSET:
            field_dict["signerName"] = signer_name
        if sign_datetime is not UNSET:
            field_dict["signDatetime"] = sign_datetime
        if intact is not UNSET:
            field_dict["intact"] = intact
        if valid is not UNSET:
            field_dict["valid"] = valid
        if trusted is not UNSET:
            field_dict["trusted"] = trusted
        if covers_whole_document is not UNSET:
            field_dict["coversWholeDocument"] = covers_whole_document

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_name = d.pop("fieldName", UNSET)

        signer_name = d.pop("signerName", UNSET)

        sign_datetime = d.pop("signDatetime", UNSET)

        intact = d.pop("intact", UNSET)

        valid = d.pop("valid", UNSET)

        trusted = d.pop("trusted", UNSET)

        covers_whole_document = d.pop("coversWholeDocument", UNSET)

        pdf_signature_check = cls(
            field_name=field_name,
            signer_name=signer_name,
            sign_datetime=sign_datetime,
            intact=intact,
            valid=valid,
            trusted=trusted,
            covers_whole_document=covers_whole_document,
        )

        pdf_signature_check.additional_properties = d
        return pdf_signature_check

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
