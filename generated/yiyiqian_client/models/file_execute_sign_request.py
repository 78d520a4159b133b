from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FileExecuteSignRequest")


@_attrs_define
class FileExecuteSignRequest:
    """Inferred."""

    file_wsid: str
    """ 文件ID (WSID_FILE_ + 32 hex) """
    signer_key_name: str
    signer_user_job_id: str
    """ 医生工号 (staff job number); the docs allow the ID-card number instead. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_wsid = self.file_wsid

        signer_key_name = self.signer_key_name

        signer_user_job_id = self.signer_user_job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileWsid": file_wsid,
                "signerKeyName": signer_key_name,
                "signerUserJobId": signer_user_job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_wsid = d.pop("fileWsid")

        signer_key_name = d.pop("signerKeyName")

        signer_user_job_id = d.pop("signerUserJobId")

        file_execute_sign_request = cls(
            file_wsid=file_wsid,
            signer_key_name=signer_key_name,
            signer_user_job_id=signer_user_job_id,
        )

        file_execute_sign_request.additional_properties = d
        return file_execute_sign_request

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
