from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignatureVerification")


@_attrs_define
class SignatureVerification:
    """Inferred. valid = the signature matches the data; trusted = the certificate chains to the platform's root."""

    valid: bool
    trusted: bool
    reason: str | Unset = UNSET
    signer_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        valid = self.valid

        trusted = self.trusted

        reason = self.reason

        signer_name = self.signer_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "valid": valid,
                "trusted": trusted,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if signer_name is not UNSET:
            field_dict["signerName"] = signer_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        valid = d.pop("valid")

        trusted = d.pop("trusted")

        reason = d.pop("reason", UNSET)

        signer_name = d.pop("signerName", UNSET)

        signature_verification = cls(
            valid=valid,
            trusted=trusted,
            reason=reason,
            signer_name=signer_name,
        )

        signature_verification.additional_properties = d
        return signature_verification

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
