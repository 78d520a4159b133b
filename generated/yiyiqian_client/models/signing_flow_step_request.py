from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signing_flow_step_request_form_fields import SigningFlowStepRequestFormFields


T = TypeVar("T", bound="SigningFlowStepRequest")


@_attrs_define
class SigningFlowStepRequest:
    flow_wsid: str
    signer_key_name: str | Unset = UNSET
    signer_user_job_id: str | Unset = UNSET
    form_fields: SigningFlowStepRequestFormFields | Unset = UNSET
    """ Template form fields to fill (name -> value) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow_wsid = self.flow_wsid

        signer_key_name = self.signer_key_name

        signer_user_job_id = self.signer_user_job_id

        form_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.form_fields, Unset):
            form_fields = self.form_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flowWsid": flow_wsid,
            }
        )
        if signer_key_name is not UNSET:
            field_dict["signerKeyName"] = signer_key_name
        if signer_user_job_id is not UNSET:
            field_dict["signerUserJobId"] = signer_user_job_id
        if form_fields is not UNSET:
            field_dict["formFields"] = form_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.signing_flow_step_request_form_fields import SigningFlowStepRequestFormFields

        d = dict(src_dict)
        flow_wsid = d.pop("flowWsid")

        signer_key_name = d.pop("signerKeyName", UNSET)

        signer_user_job_id = d.pop("signerUserJobId", UNSET)

        _form_fields = d.pop("formFields", UNSET)
        form_fields: SigningFlowStepRequestFormFields | Unset
        if isinstance(_form_fields, Unset):
            form_fields = UNSET
        else:
            form_fields = SigningFlowStepRequestFormFields.from_dict(_form_fields)

        signing_flow_step_request = cls(
            flow_wsid=flow_wsid,
            signer_key_name=signer_key_name,
            signer_user_job_id=signer_user_job_id,
            form_fields=form_fields,
        )

        signing_flow_step_request.additional_properties = d
        return signing_flow_step_request

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
