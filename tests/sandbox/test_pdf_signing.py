"""PDF signing: real PAdES signatures (validated here with pyHanko), webhooks 7.2, records, flows."""

from __future__ import annotations

import base64
import io
import time

import pytest
from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

import yiyiqian
from tests.sandbox.conftest import verify_delivery
from yiyiqian_client.api.archive_signature import archive_signature
from yiyiqian_client.api.patient_info import get_patient_signature_image
from yiyiqian_client.api.pdf_signing import (
    apply_template_signing,
    apply_template_signing_sync,
    execute_file_signature,
    get_file_signature_images,
    list_file_signature_records,
    revoke_file_signature_record,
    verify_file_by_id,
    verify_uploaded_file,
)
from yiyiqian_client.api.pdf_step_signing import complete_signing_flow, sign_or_fill_form, start_signing_flow
from yiyiqian_client.models import (
    ArchiveSignatureRequest,
    FileExecuteSignRequest,
    FileUploadVerifyRequest,
    FileVerifyByIdRequest,
    HospitalDepartment,
    InHospitalSigner,
    OutHospitalSigner,
    RevokeSignatureRecordRequest,
    SigningFlowCompleteRequest,
    SigningFlowRequest,
    SigningFlowStepRequest,
    SigningFlowStepRequestFormFields,
    TemplateApplyRequest,
    TemplateRef,
)
from yiyiqian_client.types import File
from yiyiqian_sandbox._pdf import template_pdf

CONSENT = template_pdf("Informed consent", ["patient A00034616", "admission 1429202208086819"])


@pytest.fixture(scope="module")
def trust(server) -> ValidationContext:
    root_pem = server.control.root_pem()
    _, _, der = pem.unarmor(root_pem)
    return ValidationContext(trust_roots=[asn1_x509.Certificate.load(der)], allow_fetching=False)


def pdf_checks(pdf: bytes, trust: ValidationContext) -> list[tuple[bool, bool, bool]]:
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    statuses = [validate_pdf_signature(s, trust) for s in reader.embedded_signatures]
    return [(s.intact, s.valid, s.trusted) for s in statuses]


def _apply(tag: str, *, manual: bool = False) -> TemplateApplyRequest:
    return TemplateApplyRequest(
        custom_tag_id=tag,
        patient_id="A00034616",
        patient_name="刘波",
        admission_number="1429202208086819",
        template=TemplateRef(name="知情同意书", wsid="WSID_TEMP_0000018a02112bba72e10ebc53a40001"),
        hospital_department=HospitalDepartment(department_name="产科", department_id="产科代码"),
        document=yiyiqian.files.document_from_bytes(CONSENT),
        in_hospital_user_signer_infomation=[
            InHospitalSigner(
                signer_key_name="主治医师签名",
                signer_user_job_id="job_wutao",
                signer_user_sequence="1",
                disable_auto_sign=manual,
            )
        ],
        out_hospital_user_signer_infomation=[
            OutHospitalSigner(signer_key_name="患者签名", signer_user_phone="13900000000", signer_user_sequence="2")
        ],
    )


def test_async_file_signing_delivers_a_signed_pdf_that_validates(client, receiver, trust, tmp_path):
    accepted = apply_template_signing.sync(client=client, body=_apply("PDF-async-1")).data
    assert accepted.status == "SIGNING"
    (delivery,) = receiver.wait_for("fileSignatureCompleted", accepted.file_wsid)
    verify_delivery(delivery)
    event = yiyiqian.webhooks.parse(delivery.body)
    assert event.data.custom_tag_id == "PDF-async-1" and event.data.status == "SIGNED"
    saved = yiyiqian.files.save_document(event.data.signed_document, tmp_path / "signed.pdf")
    assert pdf_checks(saved.read_bytes(), trust) == [(True, True, True), (True, True, True)]
    records = list_file_signature_records.sync(client=client, file_wsid=accepted.file_wsid).data
    assert [(r.signer_key_name, r.signer_name) for r in records] == [("主治医师签名", "吴涛"), ("患者签名", "刘波")]
    assert [r.file_wsid for r in list_file_signature_records.sync(client=client, custom_tag_id="PDF-async-1").data] == (
        [accepted.file_wsid] * 2
    )


def test_a_flipped_byte_and_a_foreign_pdf_do_not_verify(client, trust, tmp_path):
    signed = apply_template_signing_sync.sync(client=client, body=_apply("PDF-sync-1")).data
    pdf = base64.b64decode(signed.signed_document.base64)
    by_id = verify_file_by_id.sync(client=client, body=FileVerifyByIdRequest(file_wsid=signed.file_wsid)).data
    assert by_id.valid and [s.intact for s in by_id.signatures] == [True, True]

    def upload(data: bytes):
        return verify_uploaded_file.sync(
            client=client,
            body=FileUploadVerifyRequest(
                file=File(payload=io.BytesIO(data), file_name="x.pdf", mime_type="application/pdf")
            ),
        ).data

    assert upload(pdf).valid is True
    tampered = bytearray(pdf)
    tampered[pdf.index(b"patient A0")] ^= 0x01
    assert upload(bytes(tampered)).valid is False
    assert not any(s.intact for s in upload(bytes(tampered)).signatures)
    from yiyiqian_sandbox._pdf import sign_pdf
    from yiyiqian_sandbox._pki import Pki
    from yiyiqian_sandbox._signing import Signer

    other = Pki(tmp_path / "other-pki")
    foreign = sign_pdf(CONSENT, other.user("x", "外院医生"), other, Signer(other), label="x", reason="x")
    (check,) = upload(foreign).signatures
    assert (check.intact, check.valid, check.trusted) == (True, True, False)
    assert pdf_checks(foreign, trust) == [(True, True, False)]


def test_a_manual_signer_signs_with_4_4_then_the_file_completes(client, receiver):
    accepted = apply_template_signing.sync(client=client, body=_apply("PDF-manual-1", manual=True)).data
    deadline = time.monotonic() + 10
    while len(list_file_signature_records.sync(client=client, file_wsid=accepted.file_wsid).data) < 1:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    record = execute_file_signature.sync(
        client=client,
        body=FileExecuteSignRequest(
            file_wsid=accepted.file_wsid, signer_key_name="主治医师签名", signer_user_job_id="job_wutao"
        ),
    ).data
    assert record.signer_name == "吴涛"
    receiver.wait_for("fileSignatureCompleted", accepted.file_wsid)
    images = get_file_signature_images.sync(client=client, file_wsid=accepted.file_wsid).data
    assert len(images) == 2 and all(base64.b64decode(i.image_base_64).startswith(b"\x89PNG") for i in images)
    (patient,) = get_patient_signature_image.sync(client=client, file_wsid=accepted.file_wsid).data
    assert patient.signer_key_name == "患者签名"
    revoked = revoke_file_signature_record.sync(
        client=client, body=RevokeSignatureRecordRequest(record_wsid=record.record_wsid, reason="签错患者")
    ).data
    assert revoked.status == "REVOKED"
    with pytest.raises(yiyiqian.errors.BadRequestError, match="已撤销"):
        revoke_file_signature_record.sync(
            client=client, body=RevokeSignatureRecordRequest(record_wsid=record.record_wsid)
        )


def test_a_manual_step_by_step_flow(client, receiver, trust):
    flow = start_signing_flow.sync(
        client=client,
        body=SigningFlowRequest(
            custom_tag_id="FLOW-1",
            patient_id="A00034616",
            patient_name="刘波",
            doctor_id="job_wutao",
            mode="MANUAL",
            template=TemplateRef(name="产科病房胎动计数", wsid="WSID_TEMP_0000018a02112bba72e10ebc53a40001"),
        ),
    ).data
    assert flow.status == "SIGNING" and flow.mode == "MANUAL"
    fields = SigningFlowStepRequestFormFields.from_dict({"胎动次数": "12"})
    step = sign_or_fill_form.sync(
        client=client,
        body=SigningFlowStepRequest(
            flow_wsid=flow.flow_wsid, signer_key_name="医生签名", signer_user_job_id="job_wutao", form_fields=fields
        ),
    ).data
    assert step.signed_keys == ["医生签名"]
    step = sign_or_fill_form.sync(
        client=client, body=SigningFlowStepRequest(flow_wsid=flow.flow_wsid, signer_key_name="患者签名")
    ).data
    assert step.status == "SIGNING"  # MANUAL: all spots signed, still waiting for 5.3
    done = complete_signing_flow.sync(client=client, body=SigningFlowCompleteRequest(flow_wsid=flow.flow_wsid)).data
    assert done.status == "SIGNED"
    (delivery,) = receiver.wait_for("fileSignatureCompleted", flow.file_wsid)
    pdf = base64.b64decode(yiyiqian.webhooks.parse(delivery.body).data.signed_document.base64)
    assert pdf_checks(pdf, trust) == [(True, True, True)] * 2
    with pytest.raises(yiyiqian.errors.BadRequestError, match="已完成"):
        complete_signing_flow.sync(client=client, body=SigningFlowCompleteRequest(flow_wsid=flow.flow_wsid))


def test_an_auto_flow_completes_by_itself(client, receiver):
    flow = start_signing_flow.sync(client=client, body=SigningFlowRequest(custom_tag_id="FLOW-2", mode="AUTO")).data
    for key in ("医生签名", "患者签名"):
        step = sign_or_fill_form.sync(
            client=client,
            body=SigningFlowStepRequest(flow_wsid=flow.flow_wsid, signer_key_name=key, signer_user_job_id="job_wutao"),
        ).data
    assert step.status == "SIGNED"
    receiver.wait_for("fileSignatureCompleted", flow.file_wsid)


def test_archive_signature_seals_without_appearance(client, trust):
    result = archive_signature.sync(
        client=client,
        body=ArchiveSignatureRequest(document=yiyiqian.files.document_from_bytes(CONSENT), custom_tag_id="ARCH-1"),
    ).data
    assert result.status == "SIGNED"
    assert pdf_checks(base64.b64decode(result.signed_document.base64), trust) == [(True, True, True)]
