"""The sandbox PKI: root CA -> intermediate CA -> one certificate per user, a TSA, an archive seal.

Made with `cryptography` on first start and kept in `<state dir>/pki`, so a restarted sandbox
signs with the same keys. Trust the root (`GET /_sandbox/pki/root.pem`) to validate what the
sandbox signs; nothing else chains to it.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

ORGANISATION = "Yiyiqian Sandbox Hospital"
_VALIDITY = dt.timedelta(days=3650)


@dataclass(frozen=True)
class Identity:
    """A certificate and its private key, in both cryptography's and asn1crypto's forms."""

    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey

    @functools.cached_property
    def cert_der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    @functools.cached_property
    def asn1_cert(self) -> asn1_x509.Certificate:
        return asn1_x509.Certificate.load(self.cert_der)

    @functools.cached_property
    def asn1_key(self) -> asn1_keys.PrivateKeyInfo:
        return asn1_keys.PrivateKeyInfo.load(
            self.key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )


def _name(common_name: str, unit: str | None = None) -> x509.Name:
    attributes = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANISATION),
    ]
    if unit:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit))
    attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, common_name))
    return x509.Name(attributes)


def _issue(
    subject: x509.Name,
    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey,
    issuer: Identity | None,
    *,
    ca: bool,
    path_length: int | None = None,
    usage: str = "sign",
) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    issuer_key = issuer.key if issuer else key
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + _VALIDITY)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=path_length), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False)
    )
    if ca:
        usage_ext = x509.KeyUsage(False, False, False, False, False, True, True, False, False)
    else:
        usage_ext = x509.KeyUsage(True, usage == "sign", False, False, False, False, False, False, False)
    builder = builder.add_extension(usage_ext, critical=True)
    if usage == "tsa":
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
    return builder.sign(issuer_key, hashes.SHA256())


class Pki:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        (directory / "users").mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self.root = self._load_or_make(
            "root", lambda key: _issue(_name("Yiyiqian Sandbox Root CA"), key, None, ca=True, path_length=1)
        )
        self.intermediate = self._load_or_make(
            "intermediate",
            lambda key: _issue(_name("Yiyiqian Sandbox Intermediate CA"), key, self.root, ca=True, path_length=0),
        )
        # RSA for the TSA: pyHanko's local timestamper signs with RSA only.
        self.tsa = self._load_or_make(
            "tsa",
            lambda key: _issue(_name("Yiyiqian Sandbox TSA"), key, self.intermediate, ca=False, usage="tsa"),
            rsa_key=True,
        )
        self.archive = self._load_or_make(
            "archive",
            lambda key: _issue(_name(f"{ORGANISATION} 归档签章", "Archive"), key, self.intermediate, ca=False),
        )
        self._users: dict[str, Identity] = {}

    def _load_or_make(
        self,
        stem: str,
        make: Callable[[ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey], x509.Certificate],
        *,
        rsa_key: bool = False,
    ) -> Identity:
        cert_path, key_path = self.directory / f"{stem}.pem", self.directory / f"{stem}.key"
        key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
        if cert_path.exists() and key_path.exists():
            loaded = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
            if not isinstance(loaded, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
                raise ValueError(f"unexpected key type in {key_path}")
            return Identity(x509.load_pem_x509_certificate(cert_path.read_bytes()), loaded)
        if rsa_key:
            key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        else:
            key = ec.generate_private_key(ec.SECP256R1())
        cert = make(key)
        key_path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
        cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        return Identity(cert, key)

    def user(self, user_key: str, name: str, unit: str | None = None) -> Identity:
        """The certificate of a signer (staff job number, or a patient's phone), made on first use."""
        with self._lock:
            if user_key not in self._users:
                stem = "users/" + hashlib.sha256(user_key.encode()).hexdigest()[:32]
                self._users[user_key] = self._load_or_make(
                    stem, lambda key: _issue(_name(name, unit), key, self.intermediate, ca=False)
                )
            return self._users[user_key]

    @property
    def chain(self) -> list[x509.Certificate]:
        return [self.intermediate.cert, self.root.cert]

    def is_trusted(self, cert: x509.Certificate, at: dt.datetime | None = None) -> bool:
        """The certificate was issued by the sandbox intermediate, itself issued by the root."""
        when = at or dt.datetime.now(dt.UTC)
        try:
            cert.verify_directly_issued_by(self.intermediate.cert)
            self.intermediate.cert.verify_directly_issued_by(self.root.cert)
        except (InvalidSignature, ValueError, TypeError):
            return False
        return cert.not_valid_before_utc <= when <= cert.not_valid_after_utc


def cert_summary(cert: x509.Certificate) -> dict[str, object]:
    """The certificate fields the API reports (certInfo, certificate)."""
    return {
        "serialNumber": format(cert.serial_number, "x"),
        "subject": cert.subject.rfc4514_string(),
        "issuer": cert.issuer.rfc4514_string(),
        "notBefore": int(cert.not_valid_before_utc.timestamp() * 1000),
        "notAfter": int(cert.not_valid_after_utc.timestamp() * 1000),
        "certBase64": base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode(),
    }
