"""二 无纸化病案: push a patient and a document, query them back (二.1.4, 二.2.1, 二.3.1, 二.3.3)."""

import base64

from _settings import APP_ID, APP_SECRET, BASE_URL

import yiyiqian
from yiyiqian_client.models import Document, EmrDocument, Patient, PatientFilesQuery, PatientsPushRequest

client = yiyiqian.Yiyiqian(BASE_URL, app_id=APP_ID, app_secret=APP_SECRET)
patient, admission = "EX-P-001", "ZY-2026-0042"

pushed = client.emr_basic.push_patients(
    body=PatientsPushRequest(items=[Patient(patient_id=patient, patient_name="王芳", admission_number=admission)]),
)
print("patients received", pushed.received, "created", pushed.created)

stored = client.emr_archive.append_document(
    body=EmrDocument(
        patient_id=patient,
        admission_number=admission,
        document_no="RYJL-1",
        document_type="入院记录",
        file=Document(base64=base64.b64encode(b"%PDF-1.7 admission record").decode()),
    ),
)
print("document stored", stored.document_wsid)

for f in client.emr_sharing.query_patient_files(body=PatientFilesQuery(patient_id=patient)):
    print(" file", f.document_no, f.document_type, f.kind)
bag = client.emr_sharing.get_record_bag_detail(patient_id=patient, admission_number=admission)
print("record bag", bag.status, "files", len(bag.files), "patient", bag.patient.patient_name)
