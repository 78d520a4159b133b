"""4. PDF版式文书签署, 5. 分步签署, 8.1, 10 归档签 and 三 搜索: PAdES signatures made with pyHanko.

A file job (kind "file") holds the current PDF in its blob and the signers still to come; each
signature leaves a record (kind "record"). 4.1 signs in the background after `async_delay`:
in-hospital signers with disableAutoSign wait for 4.4, out-of-hospital signers (patients) are
taken to sign on their phones at once. A file whose signatures are all done is SIGNED and goes
out with webhook 7.2 (fileSignatureCompleted) carrying the signed PDF.

A PDF that cannot be read is refused with 400 before any job is stored. The synchronous
operations sign in memory and store the job once, signed; a signature of a stored job that
fails (4.1 in the background, 4.4) ends the job FAILED with the sandbox's fileSignatureFailed
webhook, so no job waits in SIGNING for work that cannot succeed. Each change of a job holds
the job's lock and commits with a compare-and-set on SIGNING: two signers of one file both
land in the PDF, one signer signs once, and the completion webhook is written once.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from .._core import CONFLICT, NOT_FOUND, Event, SandboxError
from .._ids import now_ms, wsid
from .._images import signature_png
from .._pdf import PdfProblem, check_pdf, sign_pdf, template_pdf, validate_pdf
from .._pki import Identity
from .._state import Call, Sandbox
from .._store import Obj
from ._registry import operation
from .users import identity, require_user

DEFAULT_TEMPLATE_SPOTS = ["医生签名", "患者签名"]


def _decode_pdf(encoded: Any, where: str) -> bytes:
    if not isinstance(encoded, str) or not encoded:
        raise SandboxError(f"参数不正确: {where}: 缺少PDF的Base64编码")
    try:
        pdf = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise SandboxError(f"参数不正确: {where}: 不是有效的Base64") from None
    if not pdf.startswith(b"%PDF-"):
        raise SandboxError(f"参数不正确: {where}: 内容不是PDF文件")
    try:
        check_pdf(pdf)
    except PdfProblem as exc:
        raise SandboxError(f"参数不正确: {where}: {exc}") from None
    return pdf


def _signer_identity(sandbox: Sandbox, signer: dict[str, Any]) -> Identity:
    if signer["kind"] == "staff":
        return identity(sandbox, require_user(sandbox, signer["userJobId"]))
    if signer["kind"] == "patient":
        return sandbox.pki.user("phone:" + signer["phone"], signer["name"], "Patient")
    return sandbox.pki.archive


def _sign_into(sandbox: Sandbox, job: Obj, signer: dict[str, Any]) -> Obj:
    """One more signature on the job's PDF (in place); its record, to commit with the job.

    Raises PdfProblem when the PDF cannot be signed.
    """
    job.blob = sign_pdf(
        job.blob or b"",
        _signer_identity(sandbox, signer),
        sandbox.pki,
        sandbox.signer,
        label=signer["keyName"],
        reason="医易签沙箱签署",
    )
    record = {
        "recordWsid": wsid("SREC"),
        "fileWsid": job.id,
        "signerKeyName": signer["keyName"],
        "signerName": signer["name"],
        "status": "SIGNED",
        "signDatetime": now_ms(),
    }
    if job.tag:
        record["customTagID"] = job.tag
    if signer.get("userJobId"):
        record["signerUserJobId"] = signer["userJobId"]
    signer["signed"] = True
    return Obj(
        "record",
        record["recordWsid"],
        {**record, "signerKind": signer["kind"], "patientID": job.data.get("patientID")},
        parent=job.id,
        tag=job.tag,
        status="SIGNED",
    )


def _base_raw(sandbox: Sandbox, job: Obj) -> dict[str, Any]:
    raw: dict[str, Any] = {"fileWsid": job.id, "status": job.status}
    if job.tag:
        raw["customTagID"] = job.tag
    if job.data.get("patientID"):
        raw["patientID"] = job.data["patientID"]
    raw["appInfo"] = {"appId": sandbox.config.app_id, "appName": "医易签沙箱应用"}
    return raw


def _finish(sandbox: Sandbox, job: Obj) -> list[Event]:
    """The job is SIGNED (in place); its completion webhook, to commit with it."""
    job.status = "SIGNED"
    raw = {**_base_raw(sandbox, job), "signedDocument": {"base64": base64.b64encode(job.blob or b"").decode()}}
    return [("fileSignatureCompleted", "文件签署完成", json.dumps(raw, ensure_ascii=False))]


def _fail(sandbox: Sandbox, job: Obj, reason: str) -> list[Event]:
    """The job is FAILED (in place); the sandbox's failure webhook, to commit with it."""
    job.status = "FAILED"
    job.data["failureReason"] = reason
    raw = {**_base_raw(sandbox, job), "failureReason": reason}
    return [("fileSignatureFailed", "文件签署失败", json.dumps(raw, ensure_ascii=False))]


def _sign_auto_signers(sandbox: Sandbox, job: Obj) -> tuple[list[Obj], list[Event]]:
    """Sign every waiting automatic signer in place; the records and (when done) the completion."""
    records = [
        _sign_into(sandbox, job, signer)
        for signer in job.data["signers"]
        if not signer.get("signed") and not signer.get("manual")
    ]
    events = _finish(sandbox, job) if all(s.get("signed") for s in job.data["signers"]) else []
    return records, events


def _run_auto_signers(sandbox: Sandbox, file_wsid: str) -> None:
    """4.1's background work: sign, or end the job FAILED when its PDF cannot be signed."""
    with sandbox.lock("file", file_wsid):
        job = sandbox.store.get("file", file_wsid)
        if job is None or job.status != "SIGNING":
            return
        original = job.blob
        try:
            records, events = _sign_auto_signers(sandbox, job)
        except PdfProblem as exc:
            job.blob = original
            sandbox.commit([job], _fail(sandbox, job, str(exc)), expect={("file", file_wsid): "SIGNING"})
            return
        sandbox.commit([job, *records], events, expect={("file", file_wsid): "SIGNING"})


def _new_job(call: Call, pdf: bytes, *, signers: list[dict[str, Any]], extra: dict[str, Any] | None = None) -> Obj:
    data = {
        k: call.field(k)
        for k in ("patientID", "patientName", "admissionNumber", "bedNumber", "doctorID", "doctorName")
        if call.field(k) is not None
    }
    data.update(signers=signers, template=call.field("template"), **(extra or {}))
    return Obj("file", wsid("FILE"), data, tag=call.field("customTagID"), status="SIGNING", blob=pdf)


def _signers_of(call: Call) -> list[dict[str, Any]]:
    signers: list[dict[str, Any]] = []
    for spec in call.field("inHospitalUserSignerInfomation") or []:
        user = require_user(call.sandbox, spec.get("signerUserJobId") or "")
        signers.append(
            {
                "kind": "staff",
                "keyName": spec.get("signerKeyName") or "医生签名",
                "userJobId": user["userJobId"],
                "name": user["name"],
                "sequence": spec.get("signerUserSequence") or "1",
                "manual": bool(spec.get("disableAutoSign")),
            }
        )
    for spec in call.field("outHospitalUserSignerInfomation") or []:
        phone = spec.get("signerUserPhone") or ""
        if not phone:
            raise SandboxError("参数不正确: outHospitalUserSignerInfomation.signerUserPhone: 缺少手机号")
        signers.append(
            {
                "kind": "patient",
                "keyName": spec.get("signerKeyName") or "患者签名",
                "phone": phone,
                "name": call.field("patientName") or f"院外签署人{phone[-4:]}",
                "sequence": spec.get("signerUserSequence") or "9",
            }
        )
    if not signers:
        signers.append({"kind": "archive", "keyName": "归档签章", "name": "归档签章", "sequence": "1"})
    return sorted(signers, key=lambda s: (len(s["sequence"]), s["sequence"]))


def _file_result(job: Obj) -> dict[str, Any]:
    answer: dict[str, Any] = {"fileWsid": job.id, "status": job.status}
    if job.tag:
        answer["customTagID"] = job.tag
    if job.status == "SIGNED":
        answer["signedDocument"] = {"base64": base64.b64encode(job.blob or b"").decode()}
    return answer


@operation("applyTemplateSigning", heavy=True)
def apply_async(call: Call) -> dict[str, Any]:
    pdf = _decode_pdf((call.field("document") or {}).get("base64"), "document.base64")
    job = _new_job(call, pdf, signers=_signers_of(call))
    call.sandbox.commit([job], expect={("file", job.id): None})
    call.sandbox.later(call.sandbox.config.async_delay, lambda: _run_auto_signers(call.sandbox, job.id))
    return {key: value for key, value in _file_result(job).items() if key != "signedDocument"}


def _sign_now(call: Call, job: Obj) -> dict[str, Any]:
    """Sign a new job in memory and store it once, signed: an unsignable PDF stores nothing."""
    try:
        records, events = _sign_auto_signers(call.sandbox, job)
    except PdfProblem as exc:
        raise SandboxError(f"参数不正确: document.base64: {exc}") from None
    call.sandbox.commit([job, *records], events, expect={("file", job.id): None})
    return _file_result(job)


@operation("applyTemplateSigningSync", heavy=True)
def apply_sync(call: Call) -> dict[str, Any]:
    pdf = _decode_pdf((call.field("document") or {}).get("base64"), "document.base64")
    return _sign_now(call, _new_job(call, pdf, signers=_signers_of(call)))


def _job(sandbox: Sandbox, file_wsid: str) -> Obj:
    job = sandbox.store.get("file", file_wsid)
    if job is None:
        raise SandboxError(f"文件不存在: {file_wsid}", NOT_FOUND)
    return job


_PUBLIC_RECORD = (
    "recordWsid",
    "fileWsid",
    "customTagID",
    "signerKeyName",
    "signerName",
    "signerUserJobId",
    "status",
    "signDatetime",
)


def _public(record: Obj) -> dict[str, Any]:
    return {k: record.data[k] for k in _PUBLIC_RECORD if k in record.data}


def _records(sandbox: Sandbox, **where: str) -> list[dict[str, Any]]:
    return [_public(r) for r in sandbox.store.find("record", **where)]


def _images(sandbox: Sandbox, file_wsid: str, kinds: set[str]) -> list[dict[str, Any]]:
    _job(sandbox, file_wsid)
    return [
        {
            "signerKeyName": r.data["signerKeyName"],
            "signerName": r.data["signerName"],
            "imageFormat": "png",
            "imageBase64": base64.b64encode(signature_png(r.data["signerName"])).decode(),
        }
        for r in sandbox.store.find("record", parent=file_wsid, status="SIGNED")
        if r.data.get("signerKind") in kinds
    ]


@operation("getFileSignatureImages")
def file_images(call: Call) -> list[dict[str, Any]]:
    return _images(call.sandbox, call.query["fileWsid"], {"staff", "patient", "archive"})


@operation("getPatientSignatureImage")
def patient_images(call: Call) -> list[dict[str, Any]]:
    return _images(call.sandbox, call.query["fileWsid"], {"patient"})


@operation("executeFileSignature", heavy=True)
def execute(call: Call) -> dict[str, Any]:
    """4.4: one in-hospital signer signs. A second signature for them is a conflict."""
    sandbox, file_wsid = call.sandbox, call.field("fileWsid")
    with sandbox.lock("file", file_wsid):
        job = _job(sandbox, file_wsid)
        key, job_id = call.field("signerKeyName"), call.field("signerUserJobId")
        signer = next((s for s in job.data["signers"] if s["keyName"] == key and s.get("userJobId") == job_id), None)
        if signer is None:
            raise SandboxError(f"参数不正确: {job_id} 不是签名处 {key} 的签署人", NOT_FOUND)
        if signer.get("signed") or job.status != "SIGNING":
            raise SandboxError(f"签名处 {key} 已签署", CONFLICT)
        try:
            record = _sign_into(sandbox, job, signer)
        except PdfProblem as exc:
            sandbox.commit([job], _fail(sandbox, job, str(exc)), expect={("file", job.id): "SIGNING"})
            raise SandboxError(f"参数不正确: 文件无法签署: {exc}") from None
        events = _finish(sandbox, job) if all(s.get("signed") for s in job.data["signers"]) else []
        sandbox.commit([job, record], events, expect={("file", job.id): "SIGNING"})
    return _public(record)


def _verification(sandbox: Sandbox, pdf: bytes) -> dict[str, Any]:
    try:
        checks = validate_pdf(pdf, sandbox.pki)
    except PdfProblem as exc:
        raise SandboxError(f"参数不正确: {exc}") from None
    return {
        "valid": bool(checks) and all(c.intact and c.valid and c.trusted for c in checks),
        "signatures": [c.as_api() for c in checks],
    }


@operation("verifyFileById", heavy=True)
def verify_by_id(call: Call) -> dict[str, Any]:
    return _verification(call.sandbox, _job(call.sandbox, call.field("fileWsid")).blob or b"")


@operation("verifyUploadedFile", heavy=True)
def verify_upload(call: Call) -> dict[str, Any]:
    pdf = call.files.get("file")
    if not pdf:
        raise SandboxError("参数不正确: file: 缺少上传的文件")
    if not pdf.startswith(b"%PDF-"):
        raise SandboxError("参数不正确: file: 内容不是PDF文件")
    return _verification(call.sandbox, pdf)


@operation("listFileSignatureRecords")
def list_records(call: Call) -> list[dict[str, Any]]:
    file_wsid, tag = call.query.get("fileWsid"), call.query.get("customTagID")
    if not file_wsid and not tag:
        raise SandboxError("参数不正确: query.fileWsid 与 query.customTagID 至少给出一个")
    where = {"parent": file_wsid} if file_wsid else {}
    if tag:
        where["tag"] = tag
    return _records(call.sandbox, **where)


@operation("revokeFileSignatureRecord")
def revoke(call: Call) -> dict[str, Any]:
    record = call.sandbox.store.get("record", call.field("recordWsid"))
    if record is None:
        raise SandboxError(f"签名记录不存在: {call.field('recordWsid')}", NOT_FOUND)
    with call.sandbox.lock("record", record.id):
        record = call.sandbox.store.get("record", record.id) or record
        if record.status == "REVOKED":
            raise SandboxError("签名记录已撤销", CONFLICT)
        record.status = record.data["status"] = "REVOKED"
        record.data["revokeReason"] = call.field("reason")
        call.sandbox.commit([record], expect={("record", record.id): "SIGNED"})
    return _public(record)


@operation("searchSignedFiles")
def search(call: Call) -> list[dict[str, Any]]:
    records = _records(call.sandbox, **({"tag": call.field("customTagID")} if call.field("customTagID") else {}))
    if call.field("signerUserJobId"):
        records = [r for r in records if r.get("signerUserJobId") == call.field("signerUserJobId")]
    if call.field("patientID"):
        patient_files = {
            f.id for f in call.sandbox.store.find("file") if f.data.get("patientID") == call.field("patientID")
        }
        records = [r for r in records if r["fileWsid"] in patient_files]
    return records


# -- 5. step-by-step flows --------------------------------------------------------------------
def _flow_answer(sandbox: Sandbox, flow: Obj) -> dict[str, Any]:
    job = _job(sandbox, flow.parent or "")
    answer = {
        "flowWsid": flow.id,
        "fileWsid": job.id,
        "mode": flow.data["mode"],
        "status": job.status,
        "signedKeys": [s["keyName"] for s in job.data["signers"] if s.get("signed")],
    }
    if job.tag:
        answer["customTagID"] = job.tag
    return answer


@operation("startSigningFlow", heavy=True)
def start_flow(call: Call) -> dict[str, Any]:
    template = call.field("template") or {}
    title = f"Yiyiqian sandbox template {template.get('wsid') or template.get('name') or ''}".strip()
    lines = [
        f"patient {call.field('patientID') or '-'}  admission {call.field('admissionNumber') or '-'}",
        f"department {(call.field('hospitalDepartment') or {}).get('departmentID') or '-'}",
    ]
    spots = [
        {"kind": "spot", "keyName": name, "name": name, "sequence": str(i)}
        for i, name in enumerate(DEFAULT_TEMPLATE_SPOTS, start=1)
    ]
    job = _new_job(call, template_pdf(title, lines), signers=spots)
    flow = Obj(
        "flow",
        wsid("FLOW"),
        {"mode": call.field("mode") or "AUTO", "formFields": {}},
        parent=job.id,
        tag=job.tag,
        status="SIGNING",
    )
    call.sandbox.commit([job, flow], expect={("file", job.id): None, ("flow", flow.id): None})
    return _flow_answer(call.sandbox, flow)


def _flow(sandbox: Sandbox, flow_wsid: str) -> tuple[Obj, Obj]:
    flow = sandbox.store.get("flow", flow_wsid)
    if flow is None:
        raise SandboxError(f"签署流程不存在: {flow_wsid}", NOT_FOUND)
    job = _job(sandbox, flow.parent or "")
    if job.status != "SIGNING":
        raise SandboxError("签署流程已完成", CONFLICT)
    return flow, job


def _flow_job_id(sandbox: Sandbox, flow_wsid: str) -> str:
    flow = sandbox.store.get("flow", flow_wsid)
    if flow is None:
        raise SandboxError(f"签署流程不存在: {flow_wsid}", NOT_FOUND)
    return flow.parent or ""


@operation("signOrFillForm", heavy=True)
def flow_step(call: Call) -> dict[str, Any]:
    sandbox = call.sandbox
    with sandbox.lock("file", _flow_job_id(sandbox, call.field("flowWsid"))):
        flow, job = _flow(sandbox, call.field("flowWsid"))
        flow.data["formFields"].update(call.field("formFields") or {})
        key = call.field("signerKeyName")
        records: list[Obj] = []
        if key:
            spot = next((s for s in job.data["signers"] if s["keyName"] == key), None)
            if spot is None:
                raise SandboxError(f"参数不正确: 模板没有签名处 {key}", NOT_FOUND)
            if spot.get("signed"):
                raise SandboxError(f"签名处 {key} 已签署", CONFLICT)
            job_id = call.field("signerUserJobId")
            if job_id:
                user = require_user(sandbox, job_id)
                spot.update(kind="staff", userJobId=user["userJobId"], name=user["name"])
            else:
                spot.update(
                    kind="patient",
                    phone=job.data.get("patientID") or "patient",
                    name=job.data.get("patientName") or "患者",
                )
            records.append(_sign_into(sandbox, job, spot))  # the sandbox's own template PDF: always signable
        events: list[Event] = []
        if flow.data["mode"] == "AUTO" and all(s.get("signed") for s in job.data["signers"]):
            events = _finish(sandbox, job)
        sandbox.commit([flow, job, *records], events, expect={("file", job.id): "SIGNING"})
    return _flow_answer(sandbox, flow)


@operation("completeSigningFlow", heavy=True)
def complete_flow(call: Call) -> dict[str, Any]:
    sandbox = call.sandbox
    with sandbox.lock("file", _flow_job_id(sandbox, call.field("flowWsid"))):
        flow, job = _flow(sandbox, call.field("flowWsid"))
        records: list[Obj] = []
        if not any(s.get("signed") for s in job.data["signers"]):
            seal = {"kind": "archive", "keyName": "归档签章", "name": "归档签章", "sequence": "0"}
            job.data["signers"].append(seal)
            records.append(_sign_into(sandbox, job, seal))
        events = _finish(sandbox, job)
        sandbox.commit([job, *records], events, expect={("file", job.id): "SIGNING"})
    return _flow_answer(sandbox, flow)


# -- 10. archive signature ----------------------------------------------------------------------
@operation("archiveSignature", heavy=True)
def archive(call: Call) -> dict[str, Any]:
    pdf = _decode_pdf((call.field("document") or {}).get("base64"), "document.base64")
    job = _new_job(call, pdf, signers=[{"kind": "archive", "keyName": "归档签章", "name": "归档签章", "sequence": "1"}])
    return _sign_now(call, job)


def resume(sandbox: Sandbox) -> None:
    for job in sandbox.store.find("file", status="SIGNING"):
        if not sandbox.store.find("flow", parent=job.id):
            sandbox.later(sandbox.config.async_delay, lambda i=job.id: _run_auto_signers(sandbox, i))
