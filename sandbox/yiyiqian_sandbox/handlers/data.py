"""2. 数据签名 (v1) and 3. 数据签名v2: real ECDSA signatures with RFC 3161 timestamps.

v1: 2.1 and 2.4 answer an id and complete after `async_delay` (webhook 7.1); 2.3 signs at once.
v2: 3.1 signs its AUTO participants after `async_delay`, MANUAL ones wait for 3.4; 3.2 signs
everyone at once. A finished v2 task sends webhook 7.3.

Every change of a signature holds that signature's lock and commits with a compare-and-set
on its status, so a participant signs once (a second 3.4 for them is a conflict) and a
task's completion webhook is written once, in the same transaction as its COMPLETED status.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from .._core import CONFLICT, NOT_FOUND, Event, SandboxError
from .._ids import now_ms, wsid
from .._signing import SIGN_ALGORITHM, verify_data
from .._state import Call, Sandbox
from .._store import Obj
from ._registry import operation
from .users import identity, require_user

DATA_TYPES = ("TEXT", "BASE64")  # signingData.dataType: the text itself, or base64 of the bytes to sign


def _app_info(sandbox: Sandbox) -> dict[str, str]:
    return {"appId": sandbox.config.app_id, "appName": "医易签沙箱应用"}


# -- v1 -------------------------------------------------------------------------------------
def _new_v1(call: Call, status: str) -> Obj:
    business = call.field("business")
    if not business.get("doctorId"):
        raise SandboxError("参数不正确: body.business.doctorId: 缺少签名医生的工号")
    doctor = require_user(call.sandbox, business["doctorId"])
    record = {
        "business": {"admissionNumber": None, "idCard": None, "departmentId": None, **business},
        "signature": {
            "signWsid": wsid("SIGN"),
            "businessWsid": wsid("BUSI"),
            "signingData": call.field("signingData"),
            "authorWsid": doctor["userWsid"],
            "signStatus": status,
            "signValue": None,
            "signDatetime": None,
            "signStatusReason": None,
            "appendTimestamp": call.field("appendTimestamp", 1),
        },
        "appInfo": _app_info(call.sandbox),
    }
    return Obj("dsig", record["signature"]["signWsid"], record, tag=business.get("serviceId"), status=status)


def _sign_v1(sandbox: Sandbox, obj: Obj) -> list[Event]:
    """Sign a v1 record in place; the completion webhook to commit with it."""
    record = obj.data
    doctor = require_user(sandbox, record["business"]["doctorId"])
    signature = record["signature"]
    signed = sandbox.signer.sign(
        identity(sandbox, doctor), signature["signingData"].encode(), timestamp=bool(signature["appendTimestamp"])
    )
    signature.update(signStatus="SIGNED", signValue=signed["signValue"], signDatetime=signed["signDatetime"])
    obj.status = "SIGNED"
    return [("dataSignatureCompleted", "数据签名完成", json.dumps(record, ensure_ascii=False))]


def _complete_v1(sandbox: Sandbox, sign_wsid: str) -> None:
    with sandbox.lock("dsig", sign_wsid):
        obj = sandbox.store.get("dsig", sign_wsid)
        if obj is None or obj.status not in ("SIGNING", "WAITING"):
            return
        before = obj.status
        events = _sign_v1(sandbox, obj)
        sandbox.commit([obj], events, expect={("dsig", sign_wsid): before})


def _accepted(obj: Obj) -> dict[str, Any]:
    signature = obj.data["signature"]
    return {k: signature[k] for k in ("signWsid", "businessWsid", "signStatus")}


@operation("createDataSignature")
def create_v1(call: Call) -> dict[str, Any]:
    obj = _new_v1(call, "SIGNING")
    call.sandbox.commit([obj])
    call.sandbox.later(call.sandbox.config.async_delay, lambda: _complete_v1(call.sandbox, obj.id))
    return _accepted(obj)


@operation("manualSignData")
def manual_v1(call: Call) -> dict[str, Any]:
    """Waits for the doctor to confirm on the phone shield: the sandbox confirms after the delay."""
    obj = _new_v1(call, "WAITING")
    call.sandbox.commit([obj])
    call.sandbox.later(call.sandbox.config.async_delay * 2, lambda: _complete_v1(call.sandbox, obj.id))
    return _accepted(obj)


@operation("quickSignData", heavy=True)
def quick_v1(call: Call) -> dict[str, Any]:
    obj = _new_v1(call, "SIGNING")
    events = _sign_v1(call.sandbox, obj)  # signed before it is stored: one write, nothing half-done
    call.sandbox.commit([obj], events, expect={("dsig", obj.id): None})
    return obj.data


@operation("getDataSignature")
def get_v1(call: Call) -> dict[str, Any]:
    obj = call.sandbox.store.get("dsig", call.query["signWsid"])
    if obj is None:
        raise SandboxError(f"签名记录不存在: {call.query['signWsid']}", NOT_FOUND)
    return obj.data


@operation("verifyDataSignature", heavy=True)
def verify(call: Call) -> dict[str, Any]:
    result = verify_data(
        call.sandbox.pki, call.field("signingData").encode(), call.field("signValue"), call.field("signCert")
    )
    answer: dict[str, Any] = {"valid": result.valid, "trusted": result.trusted, "reason": result.reason}
    if result.signer_name:
        answer["signerName"] = result.signer_name
    return answer


# -- v2 -------------------------------------------------------------------------------------
def _payload(signing_data: dict[str, Any]) -> bytes:
    data = signing_data.get("data", "")
    data_type = str(signing_data.get("dataType", "TEXT")).upper()
    if data_type not in DATA_TYPES:
        raise SandboxError(f"参数不正确: body.signingData.dataType: 只能是 {' / '.join(DATA_TYPES)}")
    if data_type == "BASE64":
        try:
            return base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError):
            raise SandboxError("参数不正确: body.signingData.data: dataType 为 BASE64 但内容不是Base64") from None
    return str(data).encode()


def _new_v2(call: Call) -> Obj:
    sandbox = call.sandbox
    participants, job_ids = [], []
    for position, spec in enumerate(call.field("participants"), start=1):
        user = require_user(sandbox, spec["userJobId"])
        job_ids.append(user["userJobId"])
        participants.append(
            {
                "wsid": wsid("PART"),
                "authorWsid": user["userWsid"],
                "name": user["name"],
                "status": "WAITING",
                "assignedSequence": spec.get("assignedSequence", str(position)),
                "handleMode": spec.get("handleMode", "AUTO"),
                "isFaceToFace": False,
            }
        )
    signing_data = {"dataType": "TEXT", **(call.field("signingData") or {}), "signAlgorithm": SIGN_ALGORITHM}
    _payload(signing_data)  # refuse bad BASE64 now, not in the background
    record = {
        "signWsid": wsid("SIGN"),
        "customTag": call.field("customTag"),
        "status": "SIGNING",
        "createDatetime": now_ms(),
        "signingOrder": call.field("signingOrder", "SEQUENTIAL"),
        "signingData": signing_data,
        "participants": participants,
        **{
            k: call.field(k)
            for k in ("serviceType", "serviceTypeZhName", "departmentName", "sender", "patientInfo")
            if call.field(k) is not None
        },
    }
    return Obj(
        "dsig2", record["signWsid"], {"record": record, "jobIds": job_ids}, tag=record["customTag"], status="SIGNING"
    )


def _sign_participants(sandbox: Sandbox, obj: Obj, *, which: str) -> list[Event]:
    """Sign the waiting participants (`auto`: AUTO ones, `all`, or one job number) in place.

    The task becomes COMPLETED when everyone has signed; its completion webhook is returned
    to be committed with it.
    """
    record = obj.data["record"]
    payload = _payload(record["signingData"])
    for participant, job_id in zip(record["participants"], obj.data["jobIds"], strict=True):
        wanted = which == "all" or (which == "auto" and participant["handleMode"] != "MANUAL") or which == job_id
        if participant["status"] == "WAITING" and wanted:
            signed = sandbox.signer.sign(identity(sandbox, require_user(sandbox, job_id)), payload)
            participant.update(
                status="SIGNED", handleDatetime=signed["signDatetime"], handleReason="", signedData=signed
            )
    events: list[Event] = []
    if all(p["status"] == "SIGNED" for p in record["participants"]):
        record.update(status="COMPLETED", finishedDatetime=now_ms())
        obj.status = "COMPLETED"
        events.append(("dataSignatureV2Completed", "数据签名v2完成", {"data": record, "appInfo": _app_info(sandbox)}))
    return events


def _sign_auto(sandbox: Sandbox, sign_wsid: str) -> None:
    with sandbox.lock("dsig2", sign_wsid):
        obj = sandbox.store.get("dsig2", sign_wsid)
        if obj is None or obj.status != "SIGNING":
            return
        events = _sign_participants(sandbox, obj, which="auto")
        sandbox.commit([obj], events, expect={("dsig2", sign_wsid): "SIGNING"})


@operation("startAsyncDataSignatureV2")
def start_async_v2(call: Call) -> dict[str, Any]:
    obj = _new_v2(call)
    call.sandbox.commit([obj], expect={("dsig2", obj.id): None})
    call.sandbox.later(call.sandbox.config.async_delay, lambda: _sign_auto(call.sandbox, obj.id))
    return {"signWsid": obj.id, "signStatus": "SIGNING"}


@operation("startSyncDataSignatureV2", heavy=True)
def start_sync_v2(call: Call) -> dict[str, Any]:
    obj = _new_v2(call)
    events = _sign_participants(call.sandbox, obj, which="all")
    call.sandbox.commit([obj], events, expect={("dsig2", obj.id): None})
    record: dict[str, Any] = obj.data["record"]
    return record


def _v2(sandbox: Sandbox, sign_wsid: str) -> dict[str, Any]:
    obj = sandbox.store.get("dsig2", sign_wsid)
    if obj is None:
        raise SandboxError(f"签名记录不存在: {sign_wsid}", NOT_FOUND)
    record: dict[str, Any] = obj.data["record"]
    return record


@operation("getDataSignatureV2Result")
def get_v2(call: Call) -> dict[str, Any]:
    return _v2(call.sandbox, call.query["signWsid"])


@operation("executeDataSignatureV2", heavy=True)
def execute_v2(call: Call) -> dict[str, Any]:
    """3.4: one participant signs. Signing twice, or after the task completed, is a conflict."""
    sandbox, sign_wsid, job_id = call.sandbox, call.field("signWsid"), call.field("userJobId")
    with sandbox.lock("dsig2", sign_wsid):
        obj = sandbox.store.get("dsig2", sign_wsid)
        if obj is None:
            raise SandboxError(f"签名记录不存在: {sign_wsid}", NOT_FOUND)
        if job_id not in obj.data["jobIds"]:
            raise SandboxError(f"参数不正确: {job_id} 不是该签名任务的参与人", NOT_FOUND)
        waiting = [
            j
            for p, j in zip(obj.data["record"]["participants"], obj.data["jobIds"], strict=True)
            if p["status"] == "WAITING"
        ]
        if obj.status != "SIGNING" or job_id not in waiting:
            raise SandboxError(f"{job_id} 已签名", CONFLICT)
        events = _sign_participants(sandbox, obj, which=job_id)
        sandbox.commit([obj], events, expect={("dsig2", sign_wsid): "SIGNING"})
    record: dict[str, Any] = obj.data["record"]
    return record


def resume(sandbox: Sandbox) -> None:
    for obj in sandbox.store.find("dsig", status="SIGNING") + sandbox.store.find("dsig", status="WAITING"):
        sandbox.later(sandbox.config.async_delay, lambda i=obj.id: _complete_v1(sandbox, i))
    for obj in sandbox.store.find("dsig2", status="SIGNING"):
        sandbox.later(sandbox.config.async_delay, lambda i=obj.id: _sign_auto(sandbox, i))
