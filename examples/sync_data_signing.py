"""Synchronous data signing (2.3 数据快捷签名), then verification of the signature (2.5)."""

import base64

from _settings import APP_ID, APP_SECRET, BASE_URL

import yiyiqian
from yiyiqian_client.models import (
    DataSignatureBusiness,
    DataSignatureRequest,
    DataSignatureV2Request,
    DataSignatureVerifyRequest,
    ParticipantRequest,
    SigningData,
)

client = yiyiqian.Yiyiqian(BASE_URL, app_id=APP_ID, app_secret=APP_SECRET)
prescription = "处方: 缩宫素注射液 10U 肌注"

# v1: the doctor's certificate signs at once
record = client.data_signature.quick_sign_data(
    body=DataSignatureRequest(
        business=DataSignatureBusiness(
            patient_id="A00034616",
            patient_name="刘波",
            doctor_id="job_wutao",
            service_type="D_西药处方",
            service_id="RX-20261128-001",
        ),
        signing_data=prescription,
    ),
)
print("v1", record.signature.sign_status, record.signature.sign_value[:24], "...")

# v2: the signed record carries the certificate and an RFC 3161 timestamp for each participant
v2 = client.data_signature_v2.start_sync_data_signature_v2(
    body=DataSignatureV2Request(
        custom_tag="RX-20261128-002",
        signing_data=SigningData(data_type="TEXT", data=prescription),
        participants=[ParticipantRequest(user_job_id="job_wutao")],
    ),
)
signed = v2.participants[0].signed_data
print("v2", v2.status, "timestamped at", signed.timestamp_info.timestamp)

check = client.data_signature.verify_data_signature(
    body=DataSignatureVerifyRequest(
        signing_data=prescription, sign_value=signed.sign_value, sign_cert=signed.cert_info.sign_cert
    ),
)
print("verification: valid", check.valid, "trusted", check.trusted)
assert check.valid and check.trusted
tampered = client.data_signature.verify_data_signature(
    body=DataSignatureVerifyRequest(
        signing_data=prescription + "!", sign_value=signed.sign_value, sign_cert=signed.cert_info.sign_cert
    ),
)
assert not tampered.valid
print("a changed prescription does not verify:", base64.b64decode(signed.sign_value)[:2].hex(), "...")
