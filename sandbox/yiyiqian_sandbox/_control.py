"""Control calls under /_sandbox: outside the vendor API and outside the spec.

POST /_sandbox/ca-login/{loginId}/scan        the user scans the QR code
POST /_sandbox/ca-login/{loginId}/confirm     ... and confirms ({"userJobId": ...} optional)
POST /_sandbox/webhooks                       subscribe {"url": ...}
GET  /_sandbox/webhooks/deliveries            the delivery log (?status=delivered|retrying|failed)
GET  /_sandbox/faults, PUT /_sandbox/faults   read / set fault injection (fields of Faults)
POST /_sandbox/tokens/expire                  every issued token expires now
GET  /_sandbox/stats                          counters, signatures per business tag
GET  /_sandbox/pki/root.pem                   the trust root of everything the sandbox signs
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ._app import Sandbox, SandboxError
from ._config import Faults
from .handlers import login

SIGNING_KINDS = ("dsig", "dsig2", "file")


def control_routes(sandbox: Sandbox) -> list[Route]:
    async def json_body(request: Request) -> dict[str, Any]:
        raw = await request.body()
        try:
            body = json.loads(raw) if raw else {}
        except ValueError:
            return {}
        return body if isinstance(body, dict) else {}

    def problem(exc: SandboxError) -> JSONResponse:
        return JSONResponse({"code": exc.code, "message": exc.message}, status_code=404)

    async def scan(request: Request) -> Response:
        try:
            login.scan(sandbox, request.path_params["login_id"])
        except SandboxError as exc:
            return problem(exc)
        return JSONResponse({"state": "scanned"})

    async def confirm(request: Request) -> Response:
        body = await json_body(request)
        sandbox.attach_loop()
        try:
            sandbox.emit_soon(login.confirm(sandbox, request.path_params["login_id"], body.get("userJobId")))
        except SandboxError as exc:
            return problem(exc)
        return JSONResponse({"state": "logged_in"})

    async def subscribe(request: Request) -> Response:
        url = (await json_body(request)).get("url")
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            return JSONResponse({"message": 'give {"url": "http(s)://..."}'}, status_code=400)
        sandbox.store.add_subscriber(url)
        return JSONResponse({"subscribers": sandbox.store.subscribers()})

    async def deliveries(request: Request) -> Response:
        return JSONResponse(sandbox.store.deliveries(status=request.query_params.get("status")))

    async def faults(request: Request) -> Response:
        if request.method == "PUT":
            try:
                sandbox.faults.configure(Faults(**await json_body(request)))
            except TypeError as exc:
                return JSONResponse({"message": str(exc)}, status_code=400)
        return JSONResponse(sandbox.faults.as_dict())

    async def expire(request: Request) -> Response:
        return JSONResponse({"expired": sandbox.store.expire_tokens()})

    async def stats(request: Request) -> Response:
        by_tag: dict[str, int] = {}
        for kind in SIGNING_KINDS:
            for tag, count in sandbox.store.count_by_tag(kind).items():
                by_tag[tag] = by_tag.get(tag, 0) + count
        return JSONResponse(
            {
                "counters": sandbox.store.counters(),
                "signingJobsByTag": by_tag,
                "responseViolations": sandbox.response_violations,
            }
        )

    async def root_pem(request: Request) -> Response:
        return Response((sandbox.state_dir / "pki" / "root.pem").read_bytes(), media_type="application/x-pem-file")

    return [
        Route("/_sandbox/ca-login/{login_id}/scan", scan, methods=["POST"]),
        Route("/_sandbox/ca-login/{login_id}/confirm", confirm, methods=["POST"]),
        Route("/_sandbox/webhooks", subscribe, methods=["POST"]),
        Route("/_sandbox/webhooks/deliveries", deliveries, methods=["GET"]),
        Route("/_sandbox/faults", faults, methods=["GET", "PUT"]),
        Route("/_sandbox/tokens/expire", expire, methods=["POST"]),
        Route("/_sandbox/stats", stats, methods=["GET"]),
        Route("/_sandbox/pki/root.pem", root_pem, methods=["GET"]),
    ]
