from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hospital_department import HospitalDepartment
    from ..models.template_ref import TemplateRef


T = TypeVar("T", bound="TemplateSigningCommon")


@_attrs_define
class TemplateSigningCommon:
    """The patient, department, doctor and template fields that 4.1 and 5.1 share (vendor spellings kept; no field is
    marked required in the docs).

    """

    custom_tag_id: str | Unset = UNSET
    """ 业务自定义ID (the caller's own id) """
    doctor_id: str | Unset = UNSET
    """ 医生工号 / 医生id """
    doctor_name: str | Unset = UNSET
    """ 医生姓名 """
    template: TemplateRef | Unset = UNSET
    """ 模板信息 / 业务模板 (built in advance by the vendor's staff) """
    hospital_department: HospitalDepartment | Unset = UNSET
    """ 科室信息 """
    patient_id: str | Unset = UNSET
    """ 患者就诊卡号 / 患者id """
    patient_name: str | Unset = UNSET
    """ 患者名称 """
    patient_age: str | Unset = UNSET
    """ 患者年龄 (typed string; the vendor's 5.1 example sends the number 28) """
    patient_sex: int | Unset = UNSET
    """ 患者性别 (values not documented) """
    admission_number: str | Unset = UNSET
    """ 住院号 """
    id_card: str | Unset = UNSET
    """ 患者身份证号码 """
    bed_number: str | Unset = UNSET
    """ 床位号 """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_tag_id = self.custom_tag_id

        doctor_id = self.doctor_id

        doctor_name = self.doctor_name

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        hospital_department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hospital_department, Unset):
            hospital_department = self.hospital_department.to_dict()

        patient_id = self.patient_id

        patient_name = self.patient_name

        patient_age = self.patient_age

        patient_sex = self.patient_sex

        admission_number = self.admission_number

        id_card = self.id_card

        bed_number = self.bed_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_tag_id is not UNSET:
            field_dict["customTagID"] = custom_tag_id
        if doctor_id is not UNSET:
            field_dict["doctorID"] = doctor_id
        if doctor_name is not UNSET:
            field_dict["doctorName"] = doctor_name
        if template is not UNSET:
            field_dict["template"] = template
        if hospital_department is not UNSET:
            field_dict["hospitalDepartment"] = hospital_department
        if patient_id is not UNSET:
            field_dict["patientID"] = patient_id
        if patient_name is not UNSET:
            field_dict["patientName"] = patient_name
        if patient_age is not UNSET:
            field_dict["patientAge"] = patient_age
        if patient_sex is not UNSET:
            field_dict["patientSex"] = patient_sex
        if admission_number is not UNSET:
            field_dict["admissionNumber"] = admission_number
        if id_card is not UNSET:
            field_dict["idCard"] = id_card
        if bed_number is not UNSET:
            field_dict["bedNumber"] = bed_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.hospital_department import HospitalDepartment
        from ..models.template_ref import TemplateRef

        d = dict(src_dict)
        custom_tag_id = d.pop("customTagID", UNSET)

        doctor_id = d.pop("doctorID", UNSET)

        doctor_name = d.pop("doctorName", UNSET)

        _template = d.pop("template", UNSET)
        template: TemplateRef | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = TemplateRef.from_dict(_template)

        _hospital_department = d.pop("hospitalDepartment", UNSET)
        hospital_department: HospitalDepartment | Unset
        if isinstance(_hospital_department, Unset):
            hospital_department = UNSET
        else:
            hospital_department = HospitalDepartment.from_dict(_hospital_department)

        patient_id = d.pop("patientID", UNSET)

        patient_name = d.pop("patientName", UNSET)

        patient_age = d.pop("patientAge", UNSET)

        patient_sex = d.pop("patientSex", UNSET)

        admission_number = d.pop("admissionNumber", UNSET)

        id_card = d.pop("idCard", UNSET)

        bed_number = d.pop("bedNumber", UNSET)

        template_signing_common = cls(
            custom_tag_id=custom_tag_id,
            doctor_id=doctor_id,
            doctor_name=doctor_name,
            template=template,
            hospital_department=hospital_department,
            patient_id=patient_id,
            patient_name=patient_name,
            patient_age=patient_age,
            patient_sex=patient_sex,
            admission_number=admission_number,
            id_card=id_card,
            bed_number=bed_number,
        )

        template_signing_common.additional_properties = d
        return template_signing_common

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
