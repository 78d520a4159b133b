from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_signature_failed_data_status import (
    FileSignatureFailedDataStatus,
    check_file_signature_failed_data_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_info import AppInfo


T = TypeVar("T", bound="FileSignatureFailedData")


@_attrs_define
class FileSignatureFailedData:
    """The sandbox's own failure event (not in the vendor's docs)."""

    file_wsid: str
    """ 文件ID (WSID_FILE_ + 32 hex) """
    status: FileSignatureFailedDataStatus
    failure_reason: str
    custom_tag_id: str | Unset = UNSET
    patient_id: str | Unset = UNSET
    app_info: AppInfo | Unset = UNSET
    """ 回调应用 (the calling app). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_wsid = self.file_wsid

        status: str = self.status

        failure_reason = self.failure_reason

        custom_tag_id = self.custom_tag_id

        patient_id = self.patient_id

        app_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_info, Unset):
            app_info = self.app_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileWsid": file_wsid,
                "status": status,
                "failureReason": failure_reason,
            }
        )
        if custom_tag_id is not UNSET:
            field_dict["customTagID"] = custom_tag_id
        if patient_id is not UNSET:
            field_dict["patientID"] = patient_id
        if app_info is not UNSET:
            field_dict["appInfo"] = app_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_info import AppInfo

        d = dict(src_dict)
        file_wsid = d.pop("fileWsid")

        status = check_file_signature_failed_data_status(d.pop("status"))

        failure_reason = d.pop("failureReason")

        custom_tag_id = d.pop("customTagID", UNSET)

        patient_id = d.pop("patientID", UNSET)

        _app_info = d.pop("appInfo", UNSET)
        app_info: AppInfo | Unset
        if isinstance(_app_info, Unset):
            app_info = UNSET
        else:
            app_info = AppInfo.from_dict(_app_info)

        file_signature_failed_data = cls(
            file_wsid=file_wsid,
            status=status,
            failure_reason=failure_reason,
            custom_tag_id=custom_tag_id,
            patient_id=patient_id,
            app_info=app_info,
        )

        file_signature_failed_data.additional_properties = d
        return file_signature_failed_data

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
