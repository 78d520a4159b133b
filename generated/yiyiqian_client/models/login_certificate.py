from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginCertificate")


@_attrs_define
class LoginCertificate:
    """扫码证书信息. Inner fields are not documented; those listed are inferred."""

    serial_number: str | Unset = UNSET
    """ Hex serial number """
    subject: str | Unset = UNSET
    issuer: str | Unset = UNSET
    not_before: int | Unset = UNSET
    """ Epoch milliseconds """
    not_after: int | Unset = UNSET
    """ Epoch milliseconds """
    cert_base_64: str | Unset = UNSET
    """ DER certificate, base64 """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        serial_number = self.serial_number

        subject = self.subject

        issuer = self.issuer

        not_before = self.not_before

        not_after = self.not_after

        cert_base_64 = self.cert_base_64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if cert_base_64 is not UNSET:
            field_dict["certBase64"] = cert_base_64

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        serial_number = d.pop("serialNumber", UNSET)

        subject = d.pop("subject", UNSET)

        issuer = d.pop("issuer", UNSET)

        not_before = d.pop("notBefore", UNSET)

        not_after = d.pop("notAfter", UNSET)

        cert_base_64 = d.pop("certBase64", UNSET)

        login_certificate = cls(
            serial_number=serial_number,
            subject=subject,
            issuer=issuer,
            not_before=not_before,
            not_after=not_after,
            cert_base_64=cert_base_64,
        )

        login_certificate.additional_properties = d
        return login_certificate

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
