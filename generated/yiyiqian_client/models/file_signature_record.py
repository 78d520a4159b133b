from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileSignatureRecord")


@_attrs_define
class FileSignatureRecord:
    """Inferred. One signature on a file."""

    record_wsid: str | Unset = UNSET
    file_wsid: str | Unset = UNSET
    """ 文件ID (WSID_FILE_ + 32 hex) """
    custom_tag_id: str | Unset = UNSET
    signer_key_name: str | Unset = UNSET
    signer_name: str | Unset = UNSET
    signer_user_job_id: str | Unset = UNSET
    status: str | Unset = UNSET
    sign_datetime: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_wsid = self.record_wsid

        file_wsid = self.file_wsid

        custom_tag_id = self.custom_tag_id

        signer_key_name = self.signer_key_name

        signer_name = self.signer_name

        signer_user_job_id = self.signer_user_job_id

        status = self.status

        sign_datetime = self.sign_datetime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if record_wsid is not UNSET:
            field_dict["recordWsid"] = record_wsid
        if file_wsid is not UNSET:
            field_dict["fileWsid"] = file_wsid
        if custom_tag_id is not UNSET:
            field_dict["customTagID"] = custom_tag_id
        if signer_key_name is not UNSET:
            field_dict["signerKeyName"] = signer_key_name
        if signer_name is not UNSET:
            field_dict["signerName"] = signer_name
        if signer_user_job_id is not UNSET:
            field_dict["signerUserJobId"] = signer_user_job_id
        if status is not UNSET:
            field_dict["status"] = status
        if sign_datetime is not UNSET:
            field_dict["signDatetime"] = sign_datetime

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        record_wsid = d.pop("recordWsid", UNSET)

        file_wsid = d.pop("fileWsid", UNSET)

        custom_tag_id = d.pop("customTagID", UNSET)

        signer_key_name = d.pop("signerKeyName", UNSET)

        signer_name = d.pop("signerName", UNSET)

        signer_user_job_id = d.pop("signerUserJobId", UNSET)

        status = d.pop("status", UNSET)

        sign_datetime = d.pop("signDatetime", UNSET)

        file_signature_record = cls(
            record_wsid=record_wsid,
            file_wsid=file_wsid,
            custom_tag_id=custom_tag_id,
            signer_key_name=signer_key_name,
            signer_name=signer_name,
            signer_user_job_id=signer_user_job_id,
            status=status,
            sign_datetime=sign_datetime,
        )

        file_signature_record.additional_properties = d
        return file_signature_record

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
