from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.login_certificate import LoginCertificate
    from ..models.login_session import LoginSession
    from ..models.login_user_info import LoginUserInfo


T = TypeVar("T", bound="CaLoginCompletedData")


@_attrs_define
class CaLoginCompletedData:
    session: LoginSession
    """ session. Inner fields are not documented; those listed are inferred. """
    user_info: LoginUserInfo
    """ userInfo. Inner fields are not documented; those listed are inferred. """
    certificate: LoginCertificate
    """ 扫码证书信息. Inner fields are not documented; those listed are inferred. """
    login_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session = self.session.to_dict()

        user_info = self.user_info.to_dict()

        certificate = self.certificate.to_dict()

        login_id = self.login_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session": session,
                "userInfo": user_info,
                "certificate": certificate,
                "loginId": login_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.login_certificate import LoginCertificate
        from ..models.login_session import LoginSession
        from ..models.login_user_info import LoginUserInfo

        d = dict(src_dict)
        session = LoginSession.from_dict(d.pop("session"))

        user_info = LoginUserInfo.from_dict(d.pop("userInfo"))

        certificate = LoginCertificate.from_dict(d.pop("certificate"))

        login_id = d.pop("loginId")

        ca_login_completed_data = cls(
            session=session,
            user_info=user_info,
            certificate=certificate,
            login_id=login_id,
        )

        ca_login_completed_data.additional_properties = d
        return ca_login_completed_data

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
