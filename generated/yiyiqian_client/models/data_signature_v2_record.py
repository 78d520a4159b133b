from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.participant import Participant
    from ..models.patient_info import PatientInfo
    from ..models.sender import Sender
    from ..models.signing_data import SigningData


T = TypeVar("T", bound="DataSignatureV2Record")


@_attrs_define
class DataSignatureV2Record:
    """数据记录详情 (v2 record, webhook 7.3)."""

    sign_wsid: str | Unset = UNSET
    """ 签名ID (WSID_SIGN_ + 32 hex) """
    custom_tag: str | Unset = UNSET
    service_type: str | Unset = UNSET
    service_type_zh_name: str | Unset = UNSET
    department_name: str | Unset = UNSET
    status: str | Unset = UNSET
    create_datetime: int | Unset = UNSET
    finished_datetime: int | Unset = UNSET
    signing_order: str | Unset = UNSET
    sender: Sender | Unset = UNSET
    patient_info: PatientInfo | Unset = UNSET
    """ 患者信息 (v2, webhook 7.3). """
    signing_data: SigningData | Unset = UNSET
    """ 待签数据 """
    participants: list[Participant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sign_wsid = self.sign_wsid

        custom_tag = self.custom_tag

        service_type = self.service_type

        service_type_zh_name = self.service_type_zh_name

        department_name = self.department_name

        status = self.status

        create_datetime = self.create_datetime

        finished_datetime = self.finished_datetime

        signing_order = self.signing_order

        sender: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sender, Unset):
            sender = self.sender.to_dict()

        patient_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.patient_info, Unset):
            patient_info = self.patient_info.to_dict()

        signing_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signing_data, Unset):
            signing_data = self.signing_data.to_dict()

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sign_wsid is not UNSET:
            field_dict["signWsid"] = sign_wsid
        if custom_tag is not UNSET:
            field_dict["customTag"] = custom_tag
        if service_type is not UNSET:
            field_dict["serviceType"] = service_type
        if service_type_zh_name is not UNSET:
            field_dict["serviceTypeZhName"] = service_type_zh_name
        if department_name is not UNSET:
            field_dict["departmentName"] = department_name
        if status is not UNSET:
            field_dict["status"] = status
        if create_datetime is not UNSET:
            field_dict["createDatetime"] = create_datetime
        if finished_datetime is not UNSET:
            field_dict["finishedDatetime"] = finished_datetime
        if signing_order is not UNSET:
            field_dict["signingOrder"] = signing_order
        if sender is not UNSET:
            field_dict["sender"] = sender
        if patient_info is not UNSET:
            field_dict["patientInfo"] = patient_info
        if signing_data is not UNSET:
            field_dict["signingData"] = signing_data
        if participants is not UNSET:
            field_dict["participants"] = participants

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.participant import Participant
        from ..models.patient_info import PatientInfo
        from ..models.sender import Sender
        from ..models.signing_data import SigningData

        d = dict(src_dict)
        sign_wsid = d.pop("signWsid", UNSET)

        custom_tag = d.pop("customTag", UNSET)

        service_type = d.pop("serviceType", UNSET)

        service_type_zh_name = d.pop("serviceTypeZhName", UNSET)

        department_name = d.pop("departmentName", UNSET)

        status = d.pop("status", UNSET)

        create_datetime = d.pop("createDatetime", UNSET)

        finished_datetime = d.pop("finishedDatetime", UNSET)

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

        _signing_data = d.pop("signingData", UNSET)
        signing_data: SigningData | Unset
        if isinstance(_signing_data, Unset):
            signing_data = UNSET
        else:
            signing_data = SigningData.from_dict(_signing_data)

        _participants = d.pop("participants", UNSET)
        participants: list[Participant] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = Participant.from_dict(participants_item_data)

                participants.append(participants_item)

        data_signature_v2_record = cls(
            sign_wsid=sign_wsid,
            custom_tag=custom_tag,
            service_type=service_type,
            service_type_zh_name=service_type_zh_name,
            department_name=department_name,
            status=status,
            create_datetime=create_datetime,
            finished_datetime=finished_datetime,
            signing_order=signing_order,
            sender=sender,
            patient_info=patient_info,
            signing_data=signing_data,
            participants=participants,
        )

        data_signature_v2_record.additional_properties = d
        return data_signature_v2_record

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
