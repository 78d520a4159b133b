"""二、无纸化病案系统接口: pushed records and documents kept in SQLite, queried back, with 二.5 messages.

Each push upserts by the record's natural key. A patient's record bag (病案袋) gets a status:
COLLECTING while documents arrive, CATALOGUED once a cataloguing result is pushed; status
changes and quality-control results go out as 二.5.1 / 二.5.2 messages to the subscribers.
A push is stored all or nothing, with its messages, in one transaction.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from typing import Any

from .._core import Event, SandboxError
from .._ids import now_ms, wsid
from .._state import Call, Sandbox
from .._store import Obj
from ._registry import operation

_BAGS = ("bag", "*")  # the lock every record-bag change holds (pushes are rare and quick)

# operationId -> (stored kind, natural key of one item)
PUSHES: dict[str, tuple[str, Callable[[dict[str, Any]], str]]] = {
    "pushDepartments": ("department", lambda i: i["departmentID"]),
    "pushMedicalStaff": ("staff", lambda i: i["userJobId"]),
    "pushHomePages": ("home_page", lambda i: f"{i['patientID']}|{i['admissionNumber']}"),
    "pushPatients": ("patient", lambda i: i["patientID"]),
    "pushIcdMappings": ("icd_mapping", lambda i: i["hospitalIcdCode"]),
    "pushSettlementLists": ("settlement", lambda i: i["settlementNo"]),
    "pushMedicalOrders": ("order", lambda i: i["orderNo"]),
    "pushOrderItemMappings": ("order_item", lambda i: f"{i['category']}|{i['itemCode']}"),
    "pushChargeItems": ("charge_item", lambda i: i["chargeNo"]),
    "pushQualityControlResults": ("qc_result", lambda i: f"{i['patientID']}|{i['admissionNumber']}"),
    "pushCatalogueResults": ("catalogue", lambda i: f"{i['patientID']}|{i['admissionNumber']}"),
}


def _bag_key(patient_id: str, admission: str | None) -> str:
    return f"{patient_id}|{admission or ''}"


def _set_bag_status(
    sandbox: Sandbox,
    patient_id: str,
    admission: str | None,
    status: str,
    document_no: str | None = None,
    *,
    batch: dict[str, Obj] | None = None,
) -> tuple[Obj, list[Event]]:
    """The bag with its new status and the 二.5.1 message (to commit); `batch`: bags changed so far."""
    key = _bag_key(patient_id, admission)
    bag = (batch or {}).get(key) or sandbox.store.get("bag", key)
    previous = bag.status if bag else None
    new = Obj("bag", key, {}, parent=patient_id, status=status)
    if batch is not None:
        batch[key] = new
    change = {
        "patientID": patient_id,
        "admissionNumber": admission,
        "documentNo": document_no,
        "status": status,
        "previousStatus": previous,
        "changedDatetime": now_ms(),
    }
    return new, [("emrDocumentStatusChanged", "病案状态变化", json.dumps(change, ensure_ascii=False))]


def _push(call: Call) -> dict[str, int]:
    """A batch push: every item stored, or (on any problem) none."""
    kind, key_of = PUSHES[call.operation_id]
    items = call.field("items")
    with call.sandbox.lock(*_BAGS):
        return _push_locked(call, kind, key_of, items)


def _push_locked(
    call: Call, kind: str, key_of: Callable[[dict[str, Any]], str], items: list[dict[str, Any]]
) -> dict[str, int]:
    objs: list[Obj] = []
    events: list[Event] = []
    bags: dict[str, Obj] = {}
    for item in items:
        objs.append(Obj(kind, key_of(item), item, parent=item.get("patientID")))
        if kind == "qc_result":
            change = {
                k: item.get(k)
                for k in ("patientID", "admissionNumber", "score", "level", "issues")
                if item.get(k) is not None
            }
            events.append(
                (
                    "emrQualityControlChanged",
                    "病案质控结果变化",
                    json.dumps({**change, "changedDatetime": now_ms()}, ensure_ascii=False),
                )
            )
        elif kind == "catalogue":
            _, bag_events = _set_bag_status(
                call.sandbox, item["patientID"], item["admissionNumber"], "CATALOGUED", batch=bags
            )
            events += bag_events
    created = sum(call.sandbox.commit([*objs, *bags.values()], events)[: len(objs)])  # a repeated key: created once
    return {"received": len(items), "created": created, "updated": len(items) - created}


for _operation_id in PUSHES:
    operation(_operation_id)(_push)


def _decode(value: str, where: str) -> bytes:
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise SandboxError(f"参数不正确: {where}: 不是有效的Base64") from None


def _store_document(
    call: Call, fields: dict[str, Any], kind: str, content: bytes | None, page_count: int
) -> dict[str, Any]:
    sandbox = call.sandbox
    key = f"{fields['patientID']}|{fields['documentNo']}"
    previous = sandbox.store.get("document", key)
    document = {
        "documentWsid": previous.data["documentWsid"] if previous else wsid("EDOC"),
        "documentNo": fields["documentNo"],
        "documentType": fields.get("documentType") or "其他",
        "title": fields.get("title") or fields.get("documentType") or fields["documentNo"],
        "patientID": fields["patientID"],
        "admissionNumber": fields.get("admissionNumber"),
        "kind": kind,
        "pageCount": page_count,
        "createDatetime": now_ms(),
    }
    stored = Obj("document", key, document, parent=fields["patientID"], tag=fields.get("admissionNumber"), blob=content)
    with sandbox.lock(*_BAGS):
        bag, events = _set_bag_status(
            sandbox, fields["patientID"], fields.get("admissionNumber"), "COLLECTING", fields["documentNo"]
        )
        sandbox.commit([stored, bag], events)
    return {"documentWsid": document["documentWsid"], "documentNo": document["documentNo"]}


@operation("appendDocument")
def append_document(call: Call) -> dict[str, Any]:
    content = _decode(call.field("file")["base64"], "file.base64")
    return _store_document(call, call.body, "FILE", content, 1)


@operation("pushDocumentRecord")
def push_record(call: Call) -> dict[str, Any]:
    return _store_document(call, dict(call.query), "RECORD", None, 0)


@operation("pushRephotographedFiles")
def push_photos(call: Call) -> dict[str, Any]:
    images = [_decode(image, f"images[{i}]") for i, image in enumerate(call.field("images"))]
    return _store_document(call, call.body, "PHOTOS", b"".join(images), len(images))


@operation("deleteDocumentFile")
def delete_document(call: Call) -> dict[str, int]:
    patient_id, document_no = call.field("patientID"), call.field("documentNo")
    document = call.sandbox.store.get("document", f"{patient_id}|{document_no}")
    if document is None:
        return {"deleted": 0}
    with call.sandbox.lock(*_BAGS):
        bag, events = _set_bag_status(
            call.sandbox, patient_id, document.data.get("admissionNumber"), "DELETED", document_no
        )
        call.sandbox.commit([bag], events, delete=[("document", document.id)])
    return {"deleted": 1}


def _files(call: Call, patient_id: str, admission: str | None) -> list[dict[str, Any]]:
    documents = call.sandbox.store.find("document", parent=patient_id, **({"tag": admission} if admission else {}))
    return [d.data for d in documents]


@operation("queryPatientFiles")
def patient_files(call: Call) -> list[dict[str, Any]]:
    return _files(call, call.field("patientID"), call.field("admissionNumber"))


@operation("queryPatientFileGroups")
def patient_file_groups(call: Call) -> list[dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for document in _files(call, call.field("patientID"), call.field("admissionNumber")):
        groups.setdefault(document["documentType"], []).append(document)
    return [{"documentType": kind, "files": files} for kind, files in groups.items()]


@operation("getRecordBagDetail")
def record_bag(call: Call) -> dict[str, Any]:
    patient_id, admission = call.query["patientID"], call.query.get("admissionNumber")
    bag = call.sandbox.store.get("bag", _bag_key(patient_id, admission))
    answer: dict[str, Any] = {
        "patientID": patient_id,
        "admissionNumber": admission,
        "status": bag.status if bag else "EMPTY",
        "files": _files(call, patient_id, admission),
    }
    patient = call.sandbox.store.get("patient", patient_id)
    if patient is not None:
        answer["patient"] = patient.data
    if admission:
        home_page = call.sandbox.store.get("home_page", f"{patient_id}|{admission}")
        if home_page is not None:
            answer["homePage"] = home_page.data
    return answer
