from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CertInfo")


@_attrs_define
class CertInfo:
    """Signer certificate. The docs were cut after signCert; the other fields are inferred."""

    sign_cert: str | Unset = UNSET
    """ Base64 DER certificate """
    serial_number: str | Unset = UNSET
    subject: str | Unset = UNSET
    issuer: str | Unset = UNSET
    not_before: int | Unset = UNSET
    not_after: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sign_cert = self.sign_cert

        serial_number = self.serial_number

        subject = self.subject

        issuer = self.issuer

        not_before = self.not_before

        not_after = self.not_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sign_cert is not UNSET:
            field_dict["signCert"] = sign_cert
        if serial_number is not UNSET:
            field_dict["serialNumber"] = serial_number
        if subject is not UNSET:
            field_dict["subject"] = subject
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if not_before is not UNSET:
            field_dict["notBefore"] = not_before
        if not_after is not UNSET:
            field_dict["notAfter"] = not_after

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sign_cert = d.pop("signCert", UNSET)

        serial_number = d.pop("serialNumber", UNSET)

        subject = d.pop("subject", UNSET)

        issuer = d.pop("issuer", UNSET)

        not_before = d.pop("notBefore", UNSET)

        not_after = d.pop("notAfter", UNSET)

        cert_info = cls(
            sign_cert=sign_cert,
            serial_number=serial_number,
            subject=subject,
            issuer=issuer,
            not_before=not_before,
            not_after=not_after,
        )

        cert_info.additional_properties = d
        return cert_info

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
