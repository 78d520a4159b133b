"""4. PDF版式文书签署, 5. 分步签署, 8.1, 10 归档签 and 三 搜索: PAdES signatures made with pyHanko.

A file job (kind "file") holds the current PDF in its blob and the signers still to come; each
signature leaves a record (kind "record"). 4.1 signs in the background after `async_delay`:
in-hospital signers with disableAutoSign wait for 4.4, out-of-hospital signers (patients) are
taken to sign on their phones at once. A file whose signatures are all done is SIGNED and goes
out with webhook 7.2 (fileSignatureCompleted) carrying the signed PDF.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from .._app import CONFLICT, NOT_FOUND, Call, Sandbox, SandboxError
from .._ids import now_ms, wsid
from .._images import signature_png
from .._pdf import PdfProblem, sign_pdf, template_pdf, validate_pdf
from .._pki import Identity
from .._store import Obj
from . import operation
from .users import identity, require_user

Event = tuple[str, str, Any]
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
    return pdf


def _signer_identity(sandbox: Sandbox, signer: dict[str, Any]) -> Identity:
    if signer["kind"] == "staff":
        return identity(sandbox, require_user(sandbox, signer["userJobId"]))
    if signer["kind"] == "patient":
        return sandbox.pki.user("phone:" + signer["phone"], signer["name"], "Patient")
    return sandbox.pki.archive


def _sign_into(sandbox: Sandbox, job: Obj, signer: dict[str, Any]) -> None:
    """One more signature on the job's PDF, and its record."""
    try:
        job.blob = sign_pdf(
            job.blob or b"",
            _signer_identity(sandbox, signer),
            sandbox.pki,
            sandbox.signer,
            label=signer["keyName"],
            reason="医易签沙箱签署",
        )
    except PdfProblem as exc:
        raise SandboxError(f"参数不正确: document.base64: {exc}") from None
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
    sandbox.store.put(
        Obj(
            "record",
            record["recordWsid"],
            {**record, "signerKind": signer["kind"], "patientID": job.data.get("patientID")},
            parent=job.id,
            tag=job.tag,
            status="SIGNED",
        )
    )
    signer["signed"] = True


def _finish(sandbox: Sandbox, job: Obj) -> list[Event]:
    job.status = "SIGNED"
    sandbox.store.put(job)
    raw = {
        "fileWsid": job.id,
        "status": "SIGNED",
        "signedDocument": {"base64": base64.b64encode(job.blob or b"").decode()},
        "appInfo": {"appId": sandbox.config.app_id, "appName": "医易签沙箱应用"},
    }
    if job.tag:
        raw["customTagID"] = job.tag
    if job.data.get("patientID"):
        raw["patientID"] = job.data["patientID"]
    return [("fileSignatureCompleted", "文件签署完成", json.dumps(raw, ensure_ascii=False))]


def _run_auto_signers(sandbox: Sandbox, file_wsid: str) -> list[Event]:
    job = sandbox.store.get("file", file_wsid)
    if job is None or job.status != "SIGNING":
        return []
    for signer in job.data["signers"]:
        if not signer.get("signed") and not signer.get("manual"):
            _sign_into(sandbox, job, signer)
    if all(s.get("signed") for s in job.data["signers"]):
        return _finish(sandbox, job)
    sandbox.store.put(job)
    return []


def _new_job(call: Call, pdf: bytes, *, signers: list[dict[str, Any]], extra: dict[str, Any] | None = None) -> Obj:
    data = {
        k: call.field(k)
        for k in ("patientID", "patientName", "admissionNumber", "bedNumber", "doctorID", "doctorName")
        if call.field(k) is not None
    }
    data.update(signers=signers, template=call.field("template"), **(extra or {}))
    job = Obj("file", wsid("FILE"), data, tag=call.field("customTagID"), status="SIGNING", blob=pdf)
    call.sandbox.store.put(job)
    return job


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


@operation("applyTemplateSigning")
def apply_async(call: Call) -> dict[str, Any]:
    pdf = _decode_pdf((call.field("document") or {}).get("base64"), "document.base64")
    job = _new_job(call, pdf, signers=_signers_of(call))
    call.sandbox.later(call.sandbox.config.async_delay, lambda: _run_auto_signers(call.sandbox, job.id))
    return {key: value for key, value in _file_result(job).items() if key != "signedDocument"}


@operation("applyTemplateSigningSync", heavy=True)
def apply_sync(call: Call) -> dict[str, Any]:
    pdf = _decode_pdf((call.field("document") or {}).get("base64"), "document.base64")
    job = _new_job(call, pdf, signers=_signers_of(call))
    call.sandbox.emit_soon(_run_auto_signers(call.sandbox, job.id))
    return _file_result(_job(call.sandbox, job.id))


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
    sandbox, job = call.sandbox, _job(call.sandbox, call.field("fileWsid"))
    key, job_id = call.field("signerKeyName"), call.field("signerUserJobId")
    signer = next((s for s in job.data["signers"] if s["keyName"] == key and s.get("userJobId") == job_id), None)
    if signer is None:
        raise SandboxError(f"参数不正确: {job_id} 不是签名处 {key} 的签署人", NOT_FOUND)
    if signer.get("signed") or job.status != "SIGNING":
        raise SandboxError(f"签名处 {key} 已签署", CONFLICT)
    _sign_into(sandbox, job, signer)
    if all(s.get("signed") for s in job.data["signers"]):
        sandbox.emit_soon(_finish(sandbox, job))
    else:
        sandbox.store.put(job)
    return _records(sandbox, parent=job.id)[-1]


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
    if record.status == "REVOKED":
        raise SandboxError("签名记录已撤销", CONFLICT)
    record.status = record.data["status"] = "REVOKED"
    record.data["revokeReason"] = call.field("reason")
    call.sandbox.store.put(record)
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
    call.sandbox.store.put(flow)
    return _flow_answer(call.sandbox, flow)


def _flow(sandbox: Sandbox, flow_wsid: str) -> tuple[Obj, Obj]:
    flow = sandbox.store.get("flow", flow_wsid)
    if flow is None:
        raise SandboxError(f"签署流程不存在: {flow_wsid}", NOT_FOUND)
    job = _job(sandbox, flow.parent or "")
    if job.status != "SIGNING":
        raise SandboxError("签署流程已完成", CONFLICT)
    return flow, job


@operation("signOrFillForm", heavy=True)
def flow_step(call: Call) -> dict[str, Any]:
    sandbox = call.sandbox
    flow, job = _flow(sandbox, call.field("flowWsid"))
    flow.data["formFields"].update(call.field("formFields") or {})
    key = call.field("signerKeyName")
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
                kind="patient", phone=job.data.get("patientID") or "patient", name=job.data.get("patientName") or "患者"
            )
        _sign_into(sandbox, job, spot)
    sandbox.store.put(flow)
    if flow.data["mode"] == "AUTO" and all(s.get("signed") for s in job.data["signers"]):
        sandbox.emit_soon(_finish(sandbox, job))
    else:
        sandbox.store.put(job)
    return _flow_answer(sandbox, flow)


@operation("completeSigningFlow", heavy=True)
def complete_flow(call: Call) -> dict[str, Any]:
    sandbox = call.sandbox
    flow, job = _flow(sandbox, call.field("flowWsid"))
    if not any(s.get("signed") for s in job.data["signers"]):
        seal = {"kind": "archive", "keyName": "归档签章", "name": "归档签章", "sequence": "0"}
        job.data["signers"].append(seal)
        _sign_into(sandbox, job, seal)
    sandbox.emit_soon(_finish(sandbox, job))
    return _flow_answer(sandbox, flow)


# -- 10. archive signature ----------------------------------------------------------------------
@operation("archiveSignature", heavy=True)
def archive(call: Call) -> dict[str, Any]:
    pdf = _decode_pdf((call.field("document") or {}).get("base64"), "document.base64")
    job = _new_job(call, pdf, signers=[{"kind": "archive", "keyName": "归档签章", "name": "归档签章", "sequence": "1"}])
    call.sandbox.emit_soon(_run_auto_signers(call.sandbox, job.id))
    return _file_result(_job(call.sandbox, job.id))


def resume(sandbox: Sandbox) -> None:
    for job in sandbox.store.find("file", status="SIGNING"):
        if not sandbox.store.find("flow", parent=job.id):
            sandbox.later(sandbox.config.async_delay, lambda i=job.id: _run_auto_signers(sandbox, i))
