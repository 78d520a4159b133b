from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.participant_request import ParticipantRequest
    from ..models.patient_info import PatientInfo
    from ..models.sender import Sender
    from ..models.signing_data import SigningData


T = TypeVar("T", bound="DataSignatureV2Request")


@_attrs_define
class DataSignatureV2Request:
    """Inferred from the v2 record of webhook 7.3."""

    custom_tag: str
    signing_data: SigningData
    """ 待签数据 """
    participants: list[ParticipantRequest]
    service_type: str | Unset = UNSET
    service_type_zh_name: str | Unset = UNSET
    department_name: str | Unset = UNSET
    signing_order: str | Unset = UNSET
    sender: Sender | Unset = UNSET
    patient_info: PatientInfo | Unset = UNSET
    """ 患者信息 (v2, webhook 7.3). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_tag = self.custom_tag

        signing_data = self.signing_data.to_dict()

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        service_type = self.service_type

        service_type_zh_name = self.service_type_zh_name

        department_name = self.department_name

        signing_order = self.signing_order

        sender: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sender, Unset):
            sender = self.sender.to_dict()

        patient_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.patient_info, Unset):
            patient_info = self.patient_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customTag": custom_tag,
                "signingData": signing_data,
                "participants": participants,
            }
        )
        if service_type is not UNSET:
            field_dict["serviceType"] = service_type
        if service_type_zh_name is not UNSET:
            field_dict["serviceTypeZhName"] = service_type_zh_name
        if department_name is not UNSET:
            field_dict["departmentName"] = department_name
        if signing_order is not UNSET:
            field_dict["signingOrder"] = signing_order
        if sender is not UNSET:
            field_dict["sender"] = sender
        if patient_info is not UNSET:
            field_dict["patientInfo"] = patient_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.participant_request import ParticipantRequest
        from ..models.patient_info import PatientInfo
        from ..models.sender import Sender
        from ..models.signing_data import SigningData

        d = dict(src_dict)
        custom_tag = d.pop("customTag")

        signing_data = SigningData.from_dict(d.pop("signingData"))

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in _participants:
            participants_item = ParticipantRequest.from_dict(participants_item_data)

            participants.append(participants_item)

        service_type = d.pop("serviceType", UNSET)

        service_type_zh_name = d.pop("serviceTypeZhName", UNSET)

        department_name = d.pop("departmentName", UNSET)

        signing_order = d.pop("signingOrder", UNSET)

        _sender = d.pop("sender", UNSET)
        sender: Sender | Unset
        if isinstance(_sender, Unset):
            sender = UNSET
        else:
            sender = Sender.from_dict(_sender)

        _patient_info = d.pop("patientInfo", UNSET)
        patient_info: PatientInfo | Unset
        if isinstance(_patient_info, Unset):
            patient_info = UNSET
        else:
            patient_info = PatientInfo.from_dict(_patient_info)

        data_signature_v2_request = cls(
            custom_tag=custom_tag,
            signing_data=signing_data,
            participants=participants,
            service_type=service_type,
            service_type_zh_name=service_type_zh_name,
            department_name=department_name,
            signing_order=signing_order,
            sender=sender,
            patient_info=patient_info,
        )

        data_signature_v2_request.additional_properties = d
        return data_signature_v2_request

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
