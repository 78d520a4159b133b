from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_info import AppInfo
    from ..models.data_signature_business import DataSignatureBusiness
    from ..models.data_signature_v1 import DataSignatureV1


T = TypeVar("T", bound="DataSignatureV1Result")


@_attrs_define
class DataSignatureV1Result:
    """A v1 data signature (rawData of webhook 7.1)."""

    business: DataSignatureBusiness | Unset = UNSET
    """ 业务信息 (the business block of webhook 7.1). """
    signature: DataSignatureV1 | Unset = UNSET
    """ 签名信息 (the signature block of webhook 7.1). """
    app_info: AppInfo | Unset = UNSET
    """ 回调应用 (the calling app). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business, Unset):
            business = self.business.to_dict()

        signature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signature, Unset):
            signature = self.signature.to_dict()

        app_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_info, Unset):
            app_info = self.app_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business is not UNSET:
            field_dict["business"] = business
        if signature is not UNSET:
            field_dict["signature"] = signature
        if app_info is not UNSET:
            field_dict["appInfo"] = app_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_info import AppInfo
        from ..models.data_signature_business import DataSignatureBusiness
        from ..models.data_signature_v1 import DataSignatureV1

        d = dict(src_dict)
        _business = d.pop("business", UNSET)
        business: DataSignatureBusiness | Unset
        if isinstance(_business, Unset):
            business = UNSET
        else:
            business = DataSignatureBusiness.from_dict(_business)

        _signature = d.pop("signature", UNSET)
        signature: DataSignatureV1 | Unset
        if isinstance(_signature, Unset):
            signature = UNSET
        else:
            signature = DataSignatureV1.from_dict(_signature)

        _app_info = d.pop("appInfo", UNSET)
        app_info: AppInfo | Unset
        if isinstance(_app_info, Unset):
            app_info = UNSET
        else:
            app_info = AppInfo.from_dict(_app_info)

        data_signature_v1_result = cls(
            business=business,
            signature=signature,
            app_info=app_info,
        )

        data_signature_v1_result.additional_properties = d
        return data_signature_v1_result

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
