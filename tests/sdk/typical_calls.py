"""Typical calls through the SDK surface, type-checked by tests/sdk/test_typing.py (never run)."""

from __future__ import annotations

from typing import reveal_type

import yiyiqian
from yiyiqian_client.models import (
    ArchiveSignatureRequest,
    CaLoginTaskRequest,
    DataSignatureRequest,
    DataSignatureV2ExecuteRequest,
    EmrDocument,
    HandwrittenSignaturesRequest,
    HospitalUsersRequest,
    InHospitalSigner,
    Patient,
    PatientFilesQuery,
    PatientsPushRequest,
    SignedFilesSearch,
    SigningFlowCompleteRequest,
    TemplateApplyRequest,
)


def sync_calls(client: yiyiqian.Yiyiqian) -> None:
    task = client.ca_login.create_ca_login_task(body=CaLoginTaskRequest())
    reveal_type(task)  # E: CaLoginTask
    result = client.ca_login.check_ca_login_task(login_id=task.login_id)
    reveal_type(result)  # E: CaLoginResult | None
    if result is not None:
        print(result.user_info.name)
    accepted = client.pdf_signing.apply_template_signing(
        body=TemplateApplyRequest(
            custom_tag_id="order-42",
            in_hospital_user_signer_infomation=[InHospitalSigner(signer_key_name="医生签名", signer_user_job_id="w")],
        )
    )
    reveal_type(accepted)  # E: FileSigningAccepted
    print(accepted.file_wsid)
    signature = client.data_signature.create_data_signature(body=DataSignatureRequest.from_dict({}))
    reveal_type(signature)  # E: DataSignatureAccepted
    pushed = client.emr_basic.push_patients(
        body=PatientsPushRequest(items=[Patient(patient_id="A1", patient_name="测")])
    )
    reveal_type(pushed)  # E: PushResult
    files = client.emr_sharing.query_patient_files(body=PatientFilesQuery.from_dict({}))
    reveal_type(files)  # E: list[PatientFile]
    raw = client.with_raw_response.ca_login.create_ca_login_task(body=CaLoginTaskRequest())
    reveal_type(raw)  # E: APIResponse[CaLoginTask]
    reveal_type(raw.parse())  # E: CaLoginTask
    quick = client.with_options(timeout=5.0, max_retries=0)
    reveal_type(quick)  # E: Yiyiqian
    streamed = yiyiqian.files.post_with_pdf(
        client.pdf_signing.apply_template_signing_sync, body=TemplateApplyRequest(), path="scan.pdf"
    )
    reveal_type(streamed)  # E: FileSigningResult
    # one call of every other tag
    v2 = client.data_signature_v2.execute_data_signature_v2(body=DataSignatureV2ExecuteRequest.from_dict({}))
    reveal_type(v2)  # E: DataSignatureV2Record
    flow = client.pdf_step_signing.complete_signing_flow(body=SigningFlowCompleteRequest.from_dict({}))
    reveal_type(flow)  # E: SigningFlow
    handwritten = client.user_info.batch_get_user_handwritten_signatures(
        body=HandwrittenSignaturesRequest.from_dict({})
    )
    reveal_type(handwritten)  # E: list[HandwrittenSignature]
    images = client.patient_info.get_patient_signature_image(file_wsid="WSID_FILE_1")
    reveal_type(images)  # E: list[SignatureImage]
    users = client.data_sync.upsert_hospital_users(body=HospitalUsersRequest.from_dict({}))
    reveal_type(users)  # E: PushResult
    archived = client.archive_signature.archive_signature(body=ArchiveSignatureRequest.from_dict({}))
    reveal_type(archived)  # E: FileSigningResult
    stored = client.emr_archive.append_document(body=EmrDocument.from_dict({}))
    reveal_type(stored)  # E: EmrDocumentStored
    found = client.test_api.search_signed_files(body=SignedFilesSearch.from_dict({}))
    reveal_type(found)  # E: list[FileSignatureRecord]


async def async_calls(client: yiyiqian.AsyncYiyiqian) -> None:
    task = await client.ca_login.create_ca_login_task(body=CaLoginTaskRequest())
    reveal_type(task)  # E: CaLoginTask
    raw = await client.with_raw_response.ca_login.check_ca_login_task(login_id=task.login_id)
    reveal_type(raw)  # E: APIResponse[CaLoginResult | None]
    reveal_type(client.with_options(max_retries=1))  # E: AsyncYiyiqian
    accepted = await yiyiqian.files.apost_with_pdf(
        client.pdf_signing.apply_template_signing, body=TemplateApplyRequest(), path="scan.pdf"
    )
    reveal_type(accepted)  # E: FileSigningAccepted
