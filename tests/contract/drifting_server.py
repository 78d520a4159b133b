"""A staging-like server: a loopback proxy in front of the sandbox that differs from the spec.

`plain=True` forwards everything unchanged (a staging server that agrees with the spec). Otherwise
the proxy plants one drift per operation below, plus two harmless differences (an extra `traceId`
in every envelope with an `X-Trace-Id` header, and an extra field in 2.5's data) that must not be
reported. Run by hand for the README's figures:

    python -m tests.contract.drifting_server [--plain] [--port 8790]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import uvicorn
import yaml
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from yiyiqian_sandbox._background import free_port

ROOT = Path(__file__).resolve().parents[2]

# operationId -> (kind the report must show, what the proxy does)
PLANTED = {
    "getUserHandwrittenSignature": "schema mismatch",  # renamed field userJobId -> userJobID
    "upsertHospitalUsers": "schema mismatch",  # changed type: received integer -> string
    "deleteDocumentFile": "schema mismatch",  # missing field: deleted
    "pushDepartments": "undocumented status 201",  # success answered 201 Created
    "pushSettlementLists": "undocumented status 302 → /cas/login",  # SSO gateway redirect
    "pushOrderItemMappings": "path missing",  # 404 from the gateway
    "pushChargeItems": "auth rejected",  # 401 to a valid token
    "pushQualityControlResults": "server error 502",  # nginx bad gateway page
    "pushCatalogueResults": "not JSON (text/html)",  # maintenance page with 200
    "pushMedicalOrders": "2xx without a success code",  # 200 carrying an error code, no data
}
HARMLESS = ("verifyDataSignature",)  # + traceId/X-Trace-Id on every answer
FIXABLE = (
    "getUserHandwrittenSignature",
    "upsertHospitalUsers",
    "deleteDocumentFile",
    "pushDepartments",
    "pushOrderItemMappings",
)

NGINX_502 = (
    b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
    b"<hr><center>nginx</center></body></html>"
)
MAINTENANCE = "<!DOCTYPE html><html><body><h1>系统维护中</h1></body></html>".encode()


def _routes(spec_path: Path) -> dict[str, str]:
    """path -> operationId of the spec the proxy drifts from."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    return {path: op["operationId"] for path, item in spec["paths"].items() for op in item.values()}


def _json(status: int, body: Any, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(body, ensure_ascii=False).encode(), status, headers, media_type="application/json")


def _edit_data(body: dict[str, Any], edit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    if isinstance(body.get("data"), dict):
        edit(body["data"])
    return body


def _rename(data: dict[str, Any]) -> None:
    if "userJobId" in data:
        data["userJobID"] = data.pop("userJobId")


def _stringify(data: dict[str, Any]) -> None:
    if isinstance(data.get("received"), int):
        data["received"] = str(data["received"])


def _drop(data: dict[str, Any]) -> None:
    data.pop("deleted", None)


def _extra(data: dict[str, Any]) -> None:
    data["algorithm"] = "SM2"


class DriftingProxy:
    def __init__(self, upstream: str, *, plain: bool, spec_path: Path = ROOT / "openapi" / "yiyiqian.yaml") -> None:
        self.upstream, self.plain, self.routes = upstream, plain, _routes(spec_path)
        self.client = httpx.AsyncClient(base_url=upstream, timeout=60)

    async def handle(self, request: Request) -> Response:
        operation = self.routes.get(request.url.path)
        if not self.plain:
            early = self._before(operation, request)
            if early is not None:
                return early
        answer = await self.client.request(
            request.method,
            request.url.path,
            params=list(request.query_params.multi_items()),
            content=await request.body(),
            headers={k: v for k, v in request.headers.items() if k.lower() not in ("host", "content-length")},
        )
        headers = {k: v for k, v in answer.headers.items() if k.lower() in ("content-type", "location", "allow")}
        if self.plain or "json" not in answer.headers.get("content-type", ""):
            return Response(answer.content, answer.status_code, headers)
        return self._after(operation, request.method, answer.status_code, answer.json(), headers)

    def _before(self, operation: str | None, request: Request) -> Response | None:
        """Drifts that never reach the sandbox: the gateway answers for it."""
        if operation == "pushSettlementLists":
            return Response(b"", 302, {"Location": "https://sso.example.invalid/cas/login?service=x"})
        if operation == "pushOrderItemMappings":
            return _json(404, {"timestamp": int(time.time() * 1000), "status": 404, "error": "Not Found"})
        if operation == "pushChargeItems" and request.method == "POST":
            return _json(401, {"error": "invalid_token", "error_description": "Invalid access token"})
        if operation == "pushQualityControlResults":
            return Response(NGINX_502, 502, media_type="text/html")
        if operation == "pushCatalogueResults" and request.method == "POST":
            return Response(MAINTENANCE, 200, media_type="text/html; charset=utf-8")
        return None

    def _after(self, operation: str | None, method: str, status: int, body: Any, headers: dict[str, str]) -> Response:
        success = status == 200 and isinstance(body, dict) and str(body.get("code", "")).endswith("0000")
        if isinstance(body, dict) and "code" in body:
            body["traceId"] = f"t{time.time_ns()}"  # harmless: an extra envelope field
            headers["X-Trace-Id"] = body["traceId"]
        if success and operation == "getUserHandwrittenSignature":
            body = _edit_data(body, _rename)
        elif success and operation == "upsertHospitalUsers":
            body = _edit_data(body, _stringify)
        elif success and operation == "deleteDocumentFile":
            body = _edit_data(body, _drop)
        elif success and operation == "verifyDataSignature":
            body = _edit_data(body, _extra)  # harmless: an extra data field
        elif success and operation == "pushDepartments" and method == "POST":
            status = 201
        elif success and operation == "pushMedicalOrders":
            body = {"code": "100500500", "message": "系统繁忙", "traceId": body.get("traceId")}
        headers.pop("content-type", None)
        return _json(status, body, headers)


@contextlib.contextmanager
def drifting_server(*, plain: bool = False, port: int | None = None) -> Iterator[str]:
    """The sandbox (with its test staff provisioned) behind the proxy; yields the proxy's URL."""
    from yiyiqian_sandbox import SandboxConfig, serve_in_background

    with tempfile.TemporaryDirectory(prefix="yiyiqian-drift-") as state:
        config = SandboxConfig.from_env(
            state_dir=Path(state), async_delay=0.05, auto_login_after=0.2, auto_provision_staff=True
        )
        with serve_in_background(config) as sandbox:
            app = Starlette(
                routes=[Route("/{path:path}", DriftingProxy(sandbox.url, plain=plain).handle, methods=_METHODS)]
            )
            port = port or free_port()
            server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
            thread = threading.Thread(target=server.run, daemon=True)
            thread.start()
            deadline = time.monotonic() + 20
            while not server.started and time.monotonic() < deadline:
                time.sleep(0.05)
            try:
                yield f"http://127.0.0.1:{port}"
            finally:
                server.should_exit = True
                thread.join(timeout=10)


_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plain", action="store_true", help="forward without drift")
    parser.add_argument("--port", type=int, default=8790)
    args = parser.parse_args()
    with drifting_server(plain=args.plain, port=args.port) as url:
        print(f"{'plain' if args.plain else 'drifting'} proxy on {url} (Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
