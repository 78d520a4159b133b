"""PDF signing (4.1 文件异步签署): submit a PDF, receive the signed PDF on the webhook (7.2), save it."""

import tempfile
from pathlib import Path

from _receiver import Receiver
from _settings import APP_ID, APP_SECRET, BASE_URL

import yiyiqian
from yiyiqian_client.models import InHospitalSigner, OutHospitalSigner, TemplateApplyRequest, TemplateRef

MINIMAL_PDF = (
    b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] "
    b"/Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
    b"xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n0000000115 00000 n \n"
    b"trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n186\n%%EOF\n"
)

receiver = Receiver()
client = yiyiqian.Yiyiqian(BASE_URL, app_id=APP_ID, app_secret=APP_SECRET)
work = Path(tempfile.mkdtemp())
(work / "consent.pdf").write_bytes(MINIMAL_PDF)

body = TemplateApplyRequest(
    custom_tag_id="CONSENT-42",
    patient_id="A00034616",
    patient_name="刘波",
    template=TemplateRef(name="知情同意书", wsid="WSID_TEMP_0000018a02112bba72e10ebc53a40001"),
    in_hospital_user_signer_infomation=[
        InHospitalSigner(signer_key_name="主治医师签名", signer_user_job_id="job_wutao")
    ],
    out_hospital_user_signer_infomation=[
        OutHospitalSigner(signer_key_name="患者签名", signer_user_phone="13900000000")
    ],
)
accepted = yiyiqian.files.post_with_pdf(client.pdf_signing.apply_template_signing, body=body, path=work / "consent.pdf")
print("submitted", accepted.file_wsid)  # streamed from disk; typed as the method returns it

event = receiver.wait_for("fileSignatureCompleted", accepted.file_wsid)
saved = yiyiqian.files.save_document(event.data.signed_document, work / "consent-signed.pdf")
print("signed PDF saved:", saved, saved.stat().st_size, "bytes")
for record in client.pdf_signing.list_file_signature_records(file_wsid=accepted.file_wsid):
    print(" ", record.signer_key_name, record.signer_name, record.status)
