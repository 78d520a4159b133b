from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signing_flow_mode import SigningFlowMode, check_signing_flow_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="SigningFlow")


@_attrs_define
class SigningFlow:
    """Inferred. A step-by-step signing flow."""

    flow_wsid: str
    status: str
    file_wsid: str | Unset = UNSET
    """ 文件ID (WSID_FILE_ + 32 hex) """
    custom_tag_id: str | Unset = UNSET
    mode: SigningFlowMode | Unset = UNSET
    """ 签署流程模式. AUTO (seen) completes the flow once every template signature is done; MANUAL (inferred name) waits
    for 5.3. """
    signed_keys: list[str] | Unset = UNSET
    """ Signature spots already signed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow_wsid = self.flow_wsid

        status = self.status

        file_wsid = self.file_wsid

        custom_tag_id = self.custom_tag_id

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        signed_keys: list[str] | Unset = UNSET
        if not isinstance(self.signed_keys, Unset):
            signed_keys = self.signed_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flowWsid": flow_wsid,
                "status": status,
            }
        )
        if file_wsid is not UNSET:
            field_dict["fileWsid"] = file_wsid
        if custom_tag_id is not UNSET:
            field_dict["customTagID"] = custom_tag_id
        if mode is not UNSET:
            field_dict["mode"] = mode
        if signed_keys is not UNSET:
            field_dict["signedKeys"] = signed_keys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        flow_wsid = d.pop("flowWsid")

        status = d.pop("status")

        file_wsid = d.pop("fileWsid", UNSET)

        custom_tag_id = d.pop("customTagID", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: SigningFlowMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_signing_flow_mode(_mode)

        signed_keys = cast(list[str], d.pop("signedKeys", UNSET))

        signing_flow = cls(
            flow_wsid=flow_wsid,
            status=status,
            file_wsid=file_wsid,
            custom_tag_id=custom_tag_id,
            mode=mode,
            signed_keys=signed_keys,
        )

        signing_flow.additional_properties = d
        return signing_flow

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
