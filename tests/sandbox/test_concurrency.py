"""Real parallel loopback traffic: one signature per signer, every signature kept, one completion webhook.

Each scenario runs for 5 rounds, as a load test of an integration would repeat it.
"""

from __future__ import annotations

import base64
import io

import pytest
from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

import yiyiqian
from tests.sandbox.raw import CONFLICT, EXECUTE_FILE, V2_ASYNC, V2_EXECUTE, Raw, file_job

ROUNDS = range(5)
OK = "100100000"


@pytest.fixture(scope="module")
def raw(server) -> Raw:
    return Raw.of(server.url)


@pytest.fixture(scope="module")
def trust(server) -> ValidationContext:
    _, _, der = pem.unarmor(server.control.root_pem())
    return ValidationContext(trust_roots=[asn1_x509.Certificate.load(der)], allow_fetching=False)


def _codes(answers) -> list[tuple[int, str]]:
    return sorted((a.status_code, a.json()["code"]) for a in answers)


def _completions(receiver, event: str, wsid: str) -> list:
    return [d for d in receiver.deliveries if d.headers.get("X-Signit-Event") == event and wsid.encode() in d.body]


@pytest.mark.parametrize("round_", ROUNDS)
def test_fifty_parallel_signatures_of_one_signer_give_one_success_and_49_conflicts(server, raw, receiver, round_):
    file_wsid = file_job(raw, f"CONC-ONE-{round_}", ("job_wutao", "医生签名"))
    body = {"fileWsid": file_wsid, "signerKeyName": "医生签名", "signerUserJobId": "job_wutao"}
    answers = raw.parallel(EXECUTE_FILE, [body] * 50)
    assert _codes(answers) == [(200, OK)] + [(400, CONFLICT)] * 49
    server.settle()
    assert len(_completions(receiver, "fileSignatureCompleted", file_wsid)) == 1
    assert server.sandbox.store.get("file", file_wsid).status == "SIGNED"
    assert len(server.sandbox.store.find("record", parent=file_wsid)) == 1


@pytest.mark.parametrize("round_", ROUNDS)
def test_two_signers_of_one_file_at_once_both_land_in_the_pdf(server, raw, receiver, trust, round_):
    file_wsid = file_job(raw, f"CONC-TWO-{round_}", ("job_wutao", "医生签名"), ("lidd", "主任签名"))
    bodies = [
        {"fileWsid": file_wsid, "signerKeyName": "医生签名", "signerUserJobId": "job_wutao"},
        {"fileWsid": file_wsid, "signerKeyName": "主任签名", "signerUserJobId": "lidd"},
    ]
    answers = raw.parallel(EXECUTE_FILE, bodies)
    assert _codes(answers) == [(200, OK), (200, OK)]
    server.settle()
    (delivery,) = _completions(receiver, "fileSignatureCompleted", file_wsid)
    event = yiyiqian.webhooks.parse(delivery.body)
    assert event.data.status == "SIGNED"
    pdf = base64.b64decode(event.data.signed_document.base64)
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    statuses = [validate_pdf_signature(s, trust) for s in reader.embedded_signatures]
    assert [(s.intact, s.valid, s.trusted) for s in statuses] == [(True, True, True)] * 2
    names = sorted(s.signing_cert.subject.native["common_name"] for s in statuses)
    assert names == sorted(["吴涛", "李东东"])
    assert server.sandbox.store.get("file", file_wsid).status == "SIGNED"


@pytest.mark.parametrize("round_", ROUNDS)
def test_fifty_parallel_v2_signatures_give_one_per_participant_and_one_completion(server, raw, receiver, round_):
    started = raw.post(
        V2_ASYNC,
        {
            "customTag": f"CONC-V2-{round_}",
            "signingData": {"dataType": "TEXT", "data": "并发签名"},
            "participants": [
                {"userJobId": "job_wutao", "handleMode": "MANUAL"},
                {"userJobId": "lidd", "handleMode": "MANUAL"},
            ],
        },
    )
    assert started.status_code == 200, started.text
    sign_wsid = started.json()["data"]["signWsid"]
    bodies = [{"signWsid": sign_wsid, "userJobId": ("job_wutao", "lidd")[i % 2]} for i in range(50)]
    answers = raw.parallel(V2_EXECUTE, bodies)
    assert _codes(answers) == [(200, OK)] * 2 + [(400, CONFLICT)] * 48
    server.settle()
    assert len(_completions(receiver, "dataSignatureV2Completed", sign_wsid)) == 1
    record = server.sandbox.store.get("dsig2", sign_wsid).data["record"]
    assert record["status"] == "COMPLETED"
    assert [p["status"] for p in record["participants"]] == ["SIGNED", "SIGNED"]
