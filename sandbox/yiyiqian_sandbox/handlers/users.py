"""6. 用户信息查询 and 9. 数据同步: hospital staff, their signature images and phone shields."""

from __future__ import annotations

import base64
from typing import Any

from .._core import NOT_FOUND, SandboxError
from .._ids import wsid
from .._images import signature_png
from .._pki import Identity
from .._state import Call, Sandbox
from .._store import Obj
from ._registry import operation

# Staff the sandbox knows from its first start (the docs' example ids included).
SEED_USERS: list[dict[str, Any]] = [
    {
        "userJobId": "job_wutao",
        "name": "吴涛",
        "departmentID": "产科代码",
        "departmentName": "产科",
        "title": "主治医师",
        "phone": "13800000001",
        "idCard": "510723199001011234",
    },
    {
        "userJobId": "lidd",
        "name": "李东东",
        "departmentID": "ceshike",
        "departmentName": "ceshike",
        "title": "副主任医师",
        "phone": "13800000002",
        "idCard": "510723198502021234",
    },
    {
        "userJobId": "nurse_zhangli",
        "name": "张丽",
        "departmentID": "产科代码",
        "departmentName": "产科",
        "title": "护士",
        "phone": "13800000003",
        "idCard": "510723199203031234",
    },
]


def seed(sandbox: Sandbox) -> None:
    for user in SEED_USERS:
        if sandbox.store.get("user", user["userJobId"]) is None:
            silent = user["title"] != "护士"
            _save(sandbox, {**user, "enabled": True, "phoneShield": {"enabled": True, "silentSignEnabled": silent}})


def _user_obj(user: dict[str, Any]) -> Obj:
    user.setdefault("userWsid", wsid("EUSR"))
    return Obj(
        "user",
        user["userJobId"],
        user,
        tag=user.get("idCard"),
        status="enabled" if user.get("enabled", True) else "disabled",
    )


def _save(sandbox: Sandbox, user: dict[str, Any]) -> bool:
    return sandbox.commit([_user_obj(user)])[0]


def require_user(sandbox: Sandbox, job_id: str) -> dict[str, Any]:
    """A known, enabled staff member by job number (or, as the docs allow, by ID-card number)."""
    obj = sandbox.store.get("user", job_id)
    if obj is None:
        by_card = sandbox.store.find("user", tag=job_id)
        obj = by_card[0] if by_card else None
    if obj is None and job_id and sandbox.config.auto_provision_staff:
        user = {
            "userJobId": job_id,
            "name": f"员工{job_id[:16]}",
            "enabled": True,
            "phoneShield": {"enabled": True, "silentSignEnabled": True},
        }
        _save(sandbox, user)
        return user
    if obj is None or obj.status != "enabled":
        raise SandboxError(f"参数不正确: 用户不存在或已停用: {job_id}", NOT_FOUND)
    return obj.data


def identity(sandbox: Sandbox, user: dict[str, Any]) -> Identity:
    return sandbox.pki.user(user["userJobId"], user["name"], user.get("departmentName"))


def _handwritten(user: dict[str, Any]) -> dict[str, Any]:
    return {
        "userJobId": user["userJobId"],
        "imageFormat": "png",
        "imageBase64": base64.b64encode(signature_png(user["name"])).decode(),
    }


@operation("getUserHandwrittenSignature")
def get_handwritten(call: Call) -> dict[str, Any]:
    return _handwritten(require_user(call.sandbox, call.query["userJobId"]))


@operation("batchGetUserHandwrittenSignatures")
def batch_handwritten(call: Call) -> list[dict[str, Any]]:
    return [_handwritten(require_user(call.sandbox, job_id)) for job_id in call.field("userJobIds")]


@operation("getUserPhoneShieldSettings")
def phone_shield(call: Call) -> dict[str, Any]:
    user = require_user(call.sandbox, call.query["userJobId"])
    shield = user.get("phoneShield", {})
    return {
        "userJobId": user["userJobId"],
        "enabled": bool(shield.get("enabled")),
        "silentSignEnabled": bool(shield.get("silentSignEnabled")),
        "silentSignExpireDatetime": None,
    }


@operation("upsertHospitalUsers")
def upsert_users(call: Call) -> dict[str, int]:
    users = call.field("users")
    merged: dict[str, dict[str, Any]] = {}
    for user in users:  # all or nothing: one transaction
        job_id = user["userJobId"]
        stored = call.sandbox.store.get("user", job_id)
        previous = merged.get(job_id) or (stored.data if stored else None)
        merged[job_id] = {**(previous or {"phoneShield": {"enabled": True, "silentSignEnabled": False}}), **user}
    new = call.sandbox.commit([_user_obj(u) for u in merged.values()])
    created = sum(new)
    return {"received": len(users), "created": created, "updated": len(users) - created}
