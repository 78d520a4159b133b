"""Data signatures v1 and v2: real ECDSA, RFC 3161 timestamps, webhooks 7.1 and 7.3, verification."""

from __future__ import annotations

import base64
import hashlib
import time

import pytest
from asn1crypto import cms, tsp
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

import yiyiqian
from tests.sandbox.conftest import verify_delivery
from yiyiqian_client.api.data_signature import (
    create_data_signature,
    get_data_signature,
    quick_sign_data,
    verify_data_signature,
)
from yiyiqian_client.api.data_signature_v2 import (
    execute_data_signature_v2,
    get_data_signature_v2_result,
    start_async_data_signature_v2,
    start_sync_data_signature_v2,
)
from yiyiqian_client.models import (
    DataSignatureBusiness,
    DataSignatureRequest,
    DataSignatureV2ExecuteRequest,
    DataSignatureV2Request,
    DataSignatureVerifyRequest,
    ParticipantRequest,
    SigningData,
)
from yiyiqian_sandbox._pki import Pki
from yiyiqian_sandbox._signing import Signer

TEXT = "处方: 缩宫素注射液 10U"


def _v1(service_id: str) -> DataSignatureRequest:
    return DataSignatureRequest(
        business=DataSignatureBusiness(
            patient_id="AA12345678",
            patient_name="李某某",
            doctor_id="lidd",
            service_id=service_id,
            service_type="D_西药处方",
        ),
        signing_data=TEXT,
    )


def _cert_of(server, job_id: str, name: str) -> x509.Certificate:
    return server.sandbox.pki.user(job_id, name).cert


def test_v1_async_signature_completes_queries_and_calls_back(server, client, receiver):
    accepted = create_data_signature.sync(client=client, body=_v1("L-async-1")).data
    assert accepted.sign_status == "SIGNING"
    (delivery,) = receiver.wait_for("dataSignatureCompleted", accepted.sign_wsid)
    verify_delivery(delivery)
    event = yiyiqian.webhooks.parse(delivery.body)
    assert event.data.signature.sign_status == "SIGNED"
    record = get_data_signature.sync(client=client, sign_wsid=accepted.sign_wsid).data
    assert record.signature.sign_value == event.data.signature.sign_value
    # checked with `cryptography`, independently of the sandbox's own verification
    cert = _cert_of(server, "lidd", "李东东")
    cert.public_key().verify(base64.b64decode(record.signature.sign_value), TEXT.encode(), ec.ECDSA(hashes.SHA256()))
    with pytest.raises(InvalidSignature):
        cert.public_key().verify(base64.b64decode(record.signature.sign_value), b"tampered", ec.ECDSA(hashes.SHA256()))


def test_v1_quick_signature_is_signed_in_the_answer(client):
    record = quick_sign_data.sync(client=client, body=_v1("L-quick-1")).data
    assert record.signature.sign_status == "SIGNED" and record.signature.sign_value.startswith("ME")


def test_v1_unknown_doctor_is_a_bad_request(client):
    body = _v1("L-x")
    body.business.doctor_id = "nobody"
    with pytest.raises(yiyiqian.errors.BadRequestError, match="nobody"):
        create_data_signature.sync(client=client, body=body)


def _verify(client, data: str, sign_value: str, cert: str):
    return verify_data_signature.sync(
        client=client, body=DataSignatureVerifyRequest(signing_data=data, sign_value=sign_value, sign_cert=cert)
    ).data


def test_verification_valid_tampered_and_untrusted(server, client, tmp_path):
    record = quick_sign_data.sync(client=client, body=_v1("L-verify-1")).data
    cert = base64.b64encode(_cert_of(server, "lidd", "李东东").public_bytes(serialization.Encoding.DER)).decode()
    good = _verify(client, TEXT, record.signature.sign_value, cert)
    assert (good.valid, good.trusted) == (True, True)
    signature = bytearray(base64.b64decode(record.signature.sign_value))
    signature[-1] ^= 0x01
    flipped = _verify(client, TEXT, base64.b64encode(signature).decode(), cert)
    assert flipped.valid is False
    assert _verify(client, TEXT + "!", record.signature.sign_value, cert).valid is False
    # a certificate from another PKI: valid maths, not trusted
    other = Pki(tmp_path / "other-pki")
    foreign = Signer(other).sign(other.user("x", "外部医生"), TEXT.encode(), timestamp=False)
    outside = _verify(client, TEXT, foreign["signValue"], foreign["certInfo"]["signCert"])
    assert (outside.valid, outside.trusted) == (True, False)


def _v2(tag: str, *participants: tuple[str, str]) -> DataSignatureV2Request:
    return DataSignatureV2Request(
        custom_tag=tag,
        signing_data=SigningData(data_type="TEXT", data=TEXT),
        participants=[ParticipantRequest(user_job_id=j, handle_mode=m) for j, m in participants],
    )


def test_v2_sync_signatures_carry_certificate_and_a_real_timestamp(client):
    record = start_sync_data_signature_v2.sync(
        client=client, body=_v2("V2-sync-1", ("job_wutao", "AUTO"), ("nurse_zhangli", "AUTO"))
    ).data
    assert record.status == "COMPLETED" and len(record.participants) == 2
    for participant in record.participants:
        signed = participant.signed_data
        cert = x509.load_der_x509_certificate(base64.b64decode(signed.cert_info.sign_cert))
        signature = base64.b64decode(signed.sign_value)
        cert.public_key().verify(signature, TEXT.encode(), ec.ECDSA(hashes.SHA256()))
        token = cms.ContentInfo.load(base64.b64decode(signed.timestamp_info.time_stamp_token))
        info: tsp.TSTInfo = token["content"]["encap_content_info"]["content"].parsed
        assert info["message_imprint"]["hashed_message"].native == hashlib.sha256(signature).digest()
        assert abs(int(info["gen_time"].native.timestamp() * 1000) - signed.timestamp_info.timestamp) < 1000


def test_v2_async_waits_for_the_manual_participant_then_calls_back(client, receiver):
    accepted = start_async_data_signature_v2.sync(
        client=client, body=_v2("V2-async-1", ("job_wutao", "AUTO"), ("nurse_zhangli", "MANUAL"))
    ).data
    deadline = time.monotonic() + 10
    while True:
        record = get_data_signature_v2_result.sync(client=client, sign_wsid=accepted.sign_wsid).data
        if record.participants[0].status == "SIGNED" or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert [p.status for p in record.participants] == ["SIGNED", "WAITING"] and record.status == "SIGNING"
    done = execute_data_signature_v2.sync(
        client=client, body=DataSignatureV2ExecuteRequest(sign_wsid=accepted.sign_wsid, user_job_id="nurse_zhangli")
    ).data
    assert done.status == "COMPLETED"
    (delivery,) = receiver.wait_for("dataSignatureV2Completed", accepted.sign_wsid)
    verify_delivery(delivery)
    assert yiyiqian.webhooks.parse(delivery.body).data.data.custom_tag == "V2-async-1"
    with pytest.raises(yiyiqian.errors.BadRequestError, match="已签名"):
        execute_data_signature_v2.sync(
            client=client, body=DataSignatureV2ExecuteRequest(sign_wsid=accepted.sign_wsid, user_job_id="nurse_zhangli")
        )


def test_the_timestamp_token_is_a_valid_cms_signature_of_the_tsa(client):
    """The TSA's signed attributes name its certificate and verify with its key (signing cert cached)."""
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15

    for tag in ("TSA-1", "TSA-2"):  # the cached attribute serves every token, not only the first
        record = start_sync_data_signature_v2.sync(client=client, body=_v2(tag, ("job_wutao", "AUTO"))).data
        token = cms.ContentInfo.load(
            base64.b64decode(record.participants[0].signed_data.timestamp_info.time_stamp_token)
        )
        signed_data = token["content"]
        (signer,) = signed_data["signer_infos"]
        serial = signer["sid"].chosen["serial_number"].native
        tsa_cert = next(c.chosen for c in signed_data["certificates"] if c.chosen.serial_number == serial)
        attrs = {a["type"].native: a["values"][0] for a in signer["signed_attrs"]}
        content = signed_data["encap_content_info"]["content"].contents
        assert attrs["message_digest"].native == hashlib.sha256(content).digest()
        ess = attrs["signing_certificate_v2"]["certs"][0] if "signing_certificate_v2" in attrs else None
        ess = ess or attrs["signing_certificate"]["certs"][0]
        assert ess["cert_hash"].native in (
            hashlib.sha256(tsa_cert.dump()).digest(),
            hashlib.sha1(tsa_cert.dump()).digest(),
        )
        public = x509.load_der_x509_certificate(tsa_cert.dump()).public_key()
        signed = b"\x31" + signer["signed_attrs"].dump()[1:]  # signed as a SET OF, sent [0] IMPLICIT
        public.verify(signer["signature"].native, signed, PKCS1v15(), hashes.SHA256())
