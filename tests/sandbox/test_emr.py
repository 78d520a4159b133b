"""二: pushed records and documents are stored, queried back, deleted; 二.5 messages go out."""

from __future__ import annotations

import base64

import yiyiqian
from tests.sandbox.conftest import verify_delivery
from yiyiqian_client.api.emr_archive import append_document, delete_document_file, push_document_record
from yiyiqian_client.api.emr_basic import (
    push_catalogue_results,
    push_home_pages,
    push_patients,
    push_quality_control_results,
)
from yiyiqian_client.api.emr_sharing import get_record_bag_detail, query_patient_file_groups, query_patient_files
from yiyiqian_client.models import (
    CatalogueResult,
    CatalogueResultsPushRequest,
    DeleteDocumentFileRequest,
    Document,
    EmrDocument,
    HomePage,
    HomePagesPushRequest,
    Patient,
    PatientFilesQuery,
    PatientsPushRequest,
    QualityControlResult,
    QualityControlResultsPushRequest,
)

PATIENT, ADMISSION = "P-EMR-1", "Z-2024-0001"


def test_push_query_and_delete_round_trip(client, receiver):
    pushed = push_patients.sync(
        client=client,
        body=PatientsPushRequest(items=[Patient(patient_id=PATIENT, patient_name="王芳", admission_number=ADMISSION)]),
    ).data
    assert (pushed.received, pushed.created, pushed.updated) == (1, 1, 0)
    again = push_patients.sync(
        client=client,
        body=PatientsPushRequest(items=[Patient(patient_id=PATIENT, patient_name="王芳", admission_number=ADMISSION)]),
    ).data
    assert (again.created, again.updated) == (0, 1)
    push_home_pages.sync(
        client=client, body=HomePagesPushRequest(items=[HomePage(patient_id=PATIENT, admission_number=ADMISSION)])
    )
    content = b"%PDF-1.7 admission record"
    stored = append_document.sync(
        client=client,
        body=EmrDocument(
            patient_id=PATIENT,
            admission_number=ADMISSION,
            document_no="DOC-1",
            document_type="入院记录",
            file=Document(base64=base64.b64encode(content).decode()),
        ),
    ).data
    push_document_record.sync(
        client=client, patient_id=PATIENT, admission_number=ADMISSION, document_no="DOC-2", document_type="病程记录"
    )
    files = query_patient_files.sync(client=client, body=PatientFilesQuery(patient_id=PATIENT)).data
    assert [(f.document_no, f.kind) for f in files] == [("DOC-1", "FILE"), ("DOC-2", "RECORD")]
    assert files[0].document_wsid == stored.document_wsid
    groups = query_patient_file_groups.sync(client=client, body=PatientFilesQuery(patient_id=PATIENT)).data
    assert sorted(g.document_type for g in groups) == ["入院记录", "病程记录"]
    bag = get_record_bag_detail.sync(client=client, patient_id=PATIENT, admission_number=ADMISSION).data
    assert bag.patient.patient_name == "王芳" and bag.home_page.admission_number == ADMISSION
    assert bag.status == "COLLECTING" and len(bag.files) == 2

    deleted = delete_document_file.sync(
        client=client, body=DeleteDocumentFileRequest(patient_id=PATIENT, document_no="DOC-1")
    ).data
    assert deleted.deleted == 1
    assert [
        f.document_no for f in query_patient_files.sync(client=client, body=PatientFilesQuery(patient_id=PATIENT)).data
    ] == ["DOC-2"]
    assert (
        delete_document_file.sync(
            client=client, body=DeleteDocumentFileRequest(patient_id=PATIENT, document_no="DOC-1")
        ).data.deleted
        == 0
    )
    statuses = [
        yiyiqian.webhooks.parse(d.body).data.status
        for d in receiver.wait_for("emrDocumentStatusChanged", PATIENT, count=3)
    ]
    assert statuses[:3] == ["COLLECTING", "COLLECTING", "DELETED"]


def test_quality_control_and_cataloguing_send_messages(client, receiver):
    push_quality_control_results.sync(
        client=client,
        body=QualityControlResultsPushRequest(
            items=[QualityControlResult(patient_id="P-QC-1", admission_number="Z-QC-1", score=92.5, level="甲")]
        ),
    )
    (qc,) = receiver.wait_for("emrQualityControlChanged", "P-QC-1")
    verify_delivery(qc)
    assert yiyiqian.webhooks.parse(qc.body).data.score == 92.5
    push_catalogue_results.sync(
        client=client,
        body=CatalogueResultsPushRequest(
            items=[CatalogueResult(patient_id="P-QC-1", admission_number="Z-QC-1", main_diagnosis_code="O80.0")]
        ),
    )
    (change,) = receiver.wait_for("emrDocumentStatusChanged", "P-QC-1")
    verify_delivery(change)
    assert yiyiqian.webhooks.parse(change.body).data.status == "CATALOGUED"
