"""Data signatures (ECDSA P-256 / SHA-256, DER, base64) with RFC 3161 timestamps, and their checks."""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from asn1crypto import algos, cms, core, tsp
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from pyhanko.sign import general
from pyhanko.sign.general import get_pyca_cryptography_hash, simple_cms_attribute
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
from pyhanko_certvalidator.registry import SimpleCertificateStore

from ._ids import now_ms
from ._pki import Identity, Pki, cert_summary

SIGN_ALGORITHM = "SHA256withECDSA"


class LoadedKeyTimeStamper(DummyTimeStamper):
    """pyHanko's local TSA, signing with a key loaded once.

    The stock one parses its RSA key again for every timestamp (most of the cost of a 2.3
    quick signature); this one keeps the `cryptography` key object. It overrides a private
    method of pyHanko (pinned below 0.39 in pyproject.toml).
    """

    def __init__(self, key: rsa.RSAPrivateKey, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._loaded_key = key
        # The same for every token, and the costliest part to build (a hash and a copy of the TSA
        # certificate's issuer): built once, kept as DER, parsed again per token.
        self._signing_certificate = simple_cms_attribute(
            "signing_certificate", general.as_signing_certificate(self.tsa_cert)
        ).dump()

    def _sign_tst_info(self, tst_info_data: bytes, md_algorithm: str, dt: datetime) -> tuple[bytes, cms.CMSAttributes]:
        digest = hashlib.new(md_algorithm.lower(), tst_info_data).digest()
        signed_attrs = cms.CMSAttributes(
            [
                simple_cms_attribute("content_type", "tst_info"),
                simple_cms_attribute("signing_time", cms.Time({"utc_time": core.UTCTime(dt)})),
                cms.CMSAttribute.load(self._signing_certificate),
                simple_cms_attribute("message_digest", digest),
            ]
        )
        signature = self._loaded_key.sign(
            signed_attrs.dump(), PKCS1v15(), get_pyca_cryptography_hash(md_algorithm.upper())
        )
        return signature, signed_attrs


class Signer:
    def __init__(self, pki: Pki) -> None:
        self.pki = pki
        if not isinstance(pki.tsa.key, rsa.RSAPrivateKey):
            raise TypeError("the sandbox TSA signs with RSA")
        self.timestamper = LoadedKeyTimeStamper(
            pki.tsa.key,
            tsa_cert=pki.tsa.asn1_cert,
            tsa_key=pki.tsa.asn1_key,
            certs_to_embed=SimpleCertificateStore.from_certs([pki.intermediate.asn1_cert, pki.root.asn1_cert]),
        )

    def sign(self, identity: Identity, data: bytes, *, timestamp: bool = True) -> dict[str, Any]:
        """signedData of the API: signValue, signDatetime, certInfo and (optionally) timestampInfo."""
        if not isinstance(identity.key, ec.EllipticCurvePrivateKey):
            raise TypeError("data signatures use the signers' EC keys")
        signature = identity.key.sign(data, ec.ECDSA(hashes.SHA256()))
        signed: dict[str, Any] = {
            "signValue": base64.b64encode(signature).decode(),
            "signDatetime": now_ms(),
            "appendTimestamp": "1" if timestamp else "0",
            "certInfo": {
                "signCert": base64.b64encode(identity.cert_der).decode(),
                **{k: v for k, v in cert_summary(identity.cert).items() if k != "certBase64"},
            },
        }
        if timestamp:
            signed["timestampInfo"] = self.timestamp(signature)
        return signed

    def timestamp(self, signature: bytes) -> dict[str, Any]:
        """An RFC 3161 token over SHA-256(signature), as a CAdES signature timestamp is."""
        request = tsp.TimeStampReq(
            {
                "version": 1,
                "message_imprint": tsp.MessageImprint(
                    {
                        "hash_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
                        "hashed_message": hashlib.sha256(signature).digest(),
                    }
                ),
                "cert_req": True,
            }
        )
        token = self.timestamper.request_tsa_response(request)["time_stamp_token"]
        info = token["content"]["encap_content_info"]["content"].parsed
        return {
            "timestamp": int(info["gen_time"].native.timestamp() * 1000),
            "verified": True,
            "verifiedReason": "时间戳有效",
            "timeStampToken": base64.b64encode(token.dump()).decode(),
        }


@dataclass(frozen=True)
class Verification:
    valid: bool
    trusted: bool
    reason: str
    signer_name: str | None


def verify_data(pki: Pki, data: bytes, sign_value: str, sign_cert: str) -> Verification:
    """Check an ECDSA signature over data against a base64 DER certificate, and its chain."""
    try:
        cert = x509.load_der_x509_certificate(base64.b64decode(sign_cert, validate=True))
        signature = base64.b64decode(sign_value, validate=True)
    except (binascii.Error, ValueError):
        return Verification(False, False, "证书或签名值不是有效的Base64 DER", None)
    names = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    signer = str(names[0].value) if names else None
    public_key = cert.public_key()
    if not isinstance(public_key, ec.EllipticCurvePublicKey):
        return Verification(False, False, "不支持的证书算法", signer)
    try:
        public_key.verify(signature, data, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return Verification(False, pki.is_trusted(cert), "签名无效: 原文或签名值被篡改", signer)
    trusted = pki.is_trusted(cert)
    return Verification(True, trusted, "签名有效" if trusted else "签名有效, 但证书不受信任", signer)


def token_is_valid(token_b64: str) -> bool:
    """The timestamp token parses as CMS SignedData (used by tests and verification)."""
    try:
        info = cms.ContentInfo.load(base64.b64decode(token_b64))
        return info["content_type"].native == "signed_data"
    except (ValueError, binascii.Error):
        return False
