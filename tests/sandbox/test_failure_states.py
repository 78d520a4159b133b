"""Crafted and random PDFs through every PDF operation: never a 500, never a job stuck in SIGNING.

Sync operations refuse an unreadable PDF with 400 and store nothing; an async job whose PDF
cannot be signed ends FAILED with the sandbox's fileSignatureFailed webhook.
"""

from __future__ import annotations

import base64
import json
from collections import Counter

import httpx
import pytest

import yiyiqian_models
from tests.sandbox.crafted_pdfs import CRAFTED, encrypted, random_bytes
from tests.sandbox.raw import APPLY, CONFLICT, EXECUTE_FILE, Raw, file_job
from yiyiqian_sandbox import DEFAULT_APP_ID

SYNC = "/v1/open/hospital/hospitals/templates/apply-sync"
ARCHIVE = "/v1/open/hospital/hospitals/signature/archive"
VERIFY_UPLOAD = "/v1/open/hospital/hospitals/files/upload-verify"
PDFS = {**{name: make() for name, make in CRAFTED.items()}, **{f"random-{i}": random_bytes(i) for i in range(20)}}


@pytest.fixture(scope="module")
def raw(server) -> Raw:
    return Raw.of(server.url)


def _document(pdf: bytes) -> dict[str, str]:
    return {"base64": base64.b64encode(pdf).decode()}


@pytest.mark.parametrize("name", sorted(PDFS))
def test_an_unreadable_pdf_is_refused_before_any_job_is_stored(server, raw, name):
    store = server.sandbox.store
    before = len(store.find("file"))
    statuses = Counter()
    for path in (APPLY, SYNC, ARCHIVE):
        body = {"patientID": "P-X", "customTagID": f"BAD-{name}", "document": _document(PDFS[name])}
        answer = raw.post(path, body)
        statuses[answer.status_code] += 1
        assert answer.status_code == 400, (path, answer.text)
        assert "document.base64" in answer.json()["message"]
    assert len(store.find("file")) == before
    assert statuses == {400: 3}


def test_the_upload_check_of_an_unreadable_pdf_answers_without_a_500(server, raw):
    for name, pdf in PDFS.items():
        answer = httpx.post(
            server.url + _verify_path(server),
            params={"access_token": raw.token},
            headers={"X-Signit-App-Id": DEFAULT_APP_ID},
            files={"file": ("a.pdf", pdf, "application/pdf")},
            timeout=60,
        )
        assert answer.status_code in (200, 400), (name, answer.status_code)


def _verify_path(server) -> str:
    from yiyiqian_sandbox._routes import routes

    return next(r.path for r in routes() if r.operation_id == "verifyUploadedFile")


def test_an_async_job_whose_signing_fails_ends_failed_with_one_failure_webhook(server, raw, receiver):
    """An encrypted PDF opens (4.1 accepts it) but cannot be signed: the job ends FAILED, not SIGNING."""
    answer = raw.post(APPLY, {"customTagID": "FAIL-ASYNC", "patientID": "P-F", "document": _document(encrypted())})
    assert answer.status_code == 200, answer.text
    file_wsid = answer.json()["data"]["fileWsid"]
    (delivery,) = receiver.wait_for("fileSignatureFailed", file_wsid)
    server.settle()
    yiyiqian_models.FileSignatureFailedEvent.model_validate_json(delivery.body)  # the spec's shape
    raw_data = json.loads(json.loads(delivery.body)["rawData"])
    yiyiqian_models.FileSignatureFailedData.model_validate(raw_data)
    assert (raw_data["fileWsid"], raw_data["status"]) == (file_wsid, "FAILED")
    assert raw_data["failureReason"]
    assert server.sandbox.store.get("file", file_wsid).status == "FAILED"
    assert len([d for d in receiver.deliveries if file_wsid.encode() in d.body]) == 1


def test_a_signature_by_4_4_that_fails_ends_the_job_failed(server, raw, receiver):
    file_wsid = file_job(raw, "FAIL-44", ("job_wutao", "医生签名"), pdf=encrypted())
    body = {"fileWsid": file_wsid, "signerKeyName": "医生签名", "signerUserJobId": "job_wutao"}
    answer = raw.post(EXECUTE_FILE, body)
    assert answer.status_code == 400 and "无法签署" in answer.json()["message"]
    receiver.wait_for("fileSignatureFailed", file_wsid)
    assert server.sandbox.store.get("file", file_wsid).status == "FAILED"
    again = raw.post(EXECUTE_FILE, body)
    assert (again.status_code, again.json()["code"]) == (400, CONFLICT)


def test_the_sync_operations_refuse_an_unsignable_pdf_and_store_nothing(server, raw):
    before = len(server.sandbox.store.find("file"))
    for path in (SYNC, ARCHIVE):
        answer = raw.post(path, {"patientID": "P-E", "document": _document(encrypted())})
        assert answer.status_code == 400 and "document.base64" in answer.json()["message"]
    assert len(server.sandbox.store.find("file")) == before


def test_no_job_is_left_signing(server):
    server.settle()
    waiting = [
        job.id
        for job in server.sandbox.store.find("file", status="SIGNING")
        if any(not s.get("signed") and not s.get("manual") for s in job.data["signers"])
    ]
    assert waiting == []
