from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DataSignatureVerifyRequest")


@_attrs_define
class DataSignatureVerifyRequest:
    """Inferred. The signed data, its signature and the signer's certificate."""

    signing_data: str
    sign_value: str
    """ Base64 DER signature """
    sign_cert: str
    """ Signer certificate, base64 DER """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signing_data = self.signing_data

        sign_value = self.sign_value

        sign_cert = self.sign_cert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "signingData": signing_data,
                "signValue": sign_value,
                "signCert": sign_cert,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        signing_data = d.pop("signingData")

        sign_value = d.pop("signValue")

        sign_cert = d.pop("signCert")

        data_signature_verify_request = cls(
            signing_data=signing_data,
            sign_value=sign_value,
            sign_cert=sign_cert,
        )

        data_signature_verify_request.additional_properties = d
        return data_signature_verify_request

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
