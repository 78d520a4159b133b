"""1. CA扫码登录: login tasks move pending -> scanned -> logged_in; 1.3 fires on login.

A task is scanned and confirmed by control calls (POST /_sandbox/ca-login/{loginId}/scan and
/confirm), or by itself `auto_login_after` seconds after it was created. Confirming a task
that is already logged in as someone else is a conflict (the control call answers 409).
"""

from __future__ import annotations

import json
import time
from typing import Any

from .._core import CONFLICT, NO_DATA, NOT_FOUND, NoData, SandboxError
from .._ids import login_id, now_ms
from .._pki import cert_summary
from .._state import Call, Sandbox
from .._store import Obj
from ._registry import operation
from .users import SEED_USERS, identity, require_user

TASK_LIFETIME = 300  # seconds a QR code stays usable


@operation("createCaLoginTask")
def create_task(call: Call) -> dict[str, Any]:
    sandbox = call.sandbox
    task_id = login_id()
    task = {
        "loginId": task_id,
        "qrCodeContent": f"yyq://ca-login?loginId={task_id}&appId={sandbox.config.app_id}",
        "expiresIn": TASK_LIFETIME,
    }
    sandbox.commit([Obj("login", task_id, {**task, "createdAt": time.time()}, status="pending")])
    if sandbox.config.auto_login_after is not None:
        sandbox.later(sandbox.config.auto_login_after, lambda: confirm(sandbox, task_id, None, automatic=True))
    return task


@operation("checkCaLoginTask")
def check_task(call: Call) -> dict[str, Any] | NoData:
    task_id = call.query.get("loginId")
    if not task_id:
        raise SandboxError("参数不正确: query.loginId: 缺少登录任务ID")
    task = call.sandbox.store.get("login", task_id)
    if task is None:
        raise SandboxError(f"参数不正确: 登录任务不存在: {task_id}", NOT_FOUND)
    if task.status != "logged_in":
        if time.time() - task.data["createdAt"] > TASK_LIFETIME:
            raise SandboxError("登录任务已过期, 请重新生成二维码", CONFLICT)
        return NO_DATA
    return task.data["result"]


def scan(sandbox: Sandbox, task_id: str) -> str:
    """The user scans the QR code; the task's state after it."""
    with sandbox.lock("login", task_id):
        task = _task(sandbox, task_id)
        if task.status == "pending":
            task.status = "scanned"
            sandbox.commit([task], expect={("login", task_id): "pending"})
        return str(task.status)


def confirm(sandbox: Sandbox, task_id: str, user_job_id: str | None, *, automatic: bool = False) -> str:
    """The user confirms on the phone shield: the task is logged in and 1.3 is sent.

    Confirming again as the same user changes nothing; as another user it is a conflict.
    The automatic confirmation of a task already logged in does nothing.
    """
    with sandbox.lock("login", task_id):
        task = _task(sandbox, task_id)
        if task.status == "logged_in":
            who = task.data["result"]["userInfo"]["userJobId"]
            if automatic or user_job_id in (None, who):
                return "logged_in"
            raise SandboxError(f"登录任务已由 {who} 确认", CONFLICT)
        user = require_user(sandbox, user_job_id or SEED_USERS[0]["userJobId"])
        result = {
            "session": {"sessionId": task_id.replace("-", "")[:32], "expireDatetime": now_ms() + 8 * 3600 * 1000},
            "userInfo": {k: user[k] for k in ("userJobId", "name", "idCard", "phone") if k in user},
            "certificate": cert_summary(identity(sandbox, user).cert),
        }
        before = task.status
        task.status = "logged_in"
        task.data["result"] = result
        raw = json.dumps({"loginId": task_id, **result}, ensure_ascii=False)
        sandbox.commit([task], [("caLoginCompleted", "扫码登录完成", raw)], expect={("login", task_id): before})
        return "logged_in"


def _task(sandbox: Sandbox, task_id: str) -> Obj:
    task = sandbox.store.get("login", task_id)
    if task is None:
        raise SandboxError(f"登录任务不存在: {task_id}", NOT_FOUND)
    return task


def resume(sandbox: Sandbox) -> None:
    if sandbox.config.auto_login_after is None:
        return
    for status in ("pending", "scanned"):
        for task in sandbox.store.find("login", status=status):
            if time.time() - task.data["createdAt"] < TASK_LIFETIME:
                sandbox.later(
                    sandbox.config.auto_login_after, lambda t=task.id: confirm(sandbox, t, None, automatic=True)
                )
