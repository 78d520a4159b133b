"""Control calls under /_sandbox: outside the vendor API and outside the spec.

Every call needs the header X-Sandbox-Control-Token (401 without it), a loopback Host (403
otherwise, unless the sandbox was started on another address on purpose) and, when it has a
body, `Content-Type: application/json` (415): so a web page cannot drive the sandbox. Bodies
are type-checked; an unknown key is a 400. Answers are JSON; errors are {"message": ...}.

POST   /_sandbox/ca-login/{loginId}/scan      the user scans the QR code
POST   /_sandbox/ca-login/{loginId}/confirm   ... and confirms ({"userJobId": ...} optional); 409 if
                                              already logged in as someone else
GET    /_sandbox/webhooks                     the subscribers
POST   /_sandbox/webhooks                     subscribe {"url": "http(s)://..."}
DELETE /_sandbox/webhooks?url=...             unsubscribe (404 when not subscribed)
GET    /_sandbox/webhooks/deliveries          the delivery log (?status=pending|retrying|delivered|failed)
GET    /_sandbox/faults, PUT /_sandbox/faults read / set fault injection (the fields of Faults)
POST   /_sandbox/tokens/expire                every issued token expires now
GET    /_sandbox/stats                        counters, signatures per business tag
GET    /_sandbox/pki/root.pem                 the trust root of everything the sandbox signs
"""

from __future__ import annotations

import dataclasses
import hmac
import json
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ._config import CONTRACT_FAULTS, Faults
from ._core import CONFLICT, NOT_FOUND, SandboxError, short
from ._state import Sandbox
from .handlers import login

CONTROL_HEADER = "X-Sandbox-Control-Token"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
SIGNING_KINDS = ("dsig", "dsig2", "file")
DELIVERY_STATES = ("pending", "retrying", "delivered", "failed")


class ControlError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, short(message)


def _host_name(host_header: str) -> str:
    if host_header.startswith("["):
        return host_header[1 : host_header.find("]")] if "]" in host_header else host_header
    return host_header.rsplit(":", 1)[0] if host_header.count(":") == 1 else host_header


def is_loopback_host(host_header: str) -> bool:
    return _host_name(host_header.strip().lower()) in LOOPBACK_HOSTS


def checked(body: Any, allowed: dict[str, Callable[[Any], bool]], what: dict[str, str]) -> dict[str, Any]:
    """`body` as a dict whose keys are all `allowed` and whose values pass their checks."""
    if not isinstance(body, dict):
        raise ControlError(400, "the body must be a JSON object")
    for key, value in body.items():
        if key not in allowed:
            raise ControlError(400, f"unknown key {key!r}; allowed: {', '.join(sorted(allowed)) or 'none'}")
        if not allowed[key](value):
            raise ControlError(400, f"{key}: must be {what[key]}")
    return body


def _rate(value: Any) -> bool:
    return type(value) in (int, float) and 0.0 <= value <= 1.0


def _non_negative_number(value: Any) -> bool:
    return type(value) in (int, float) and 0.0 <= value < 1e9


def _non_negative_int(value: Any) -> bool:
    return type(value) is int and 0 <= value < 2**31


FAULT_CHECKS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "latency_ms": (_non_negative_number, "a number of milliseconds >= 0"),
    "latency_rate": (_rate, "a number from 0 to 1"),
    "error_rate": (_rate, "a number from 0 to 1"),
    "drop_rate": (_rate, "a number from 0 to 1"),
    "malformed_rate": (_rate, "a number from 0 to 1"),
    "token_expiry_every": (_non_negative_int, "an integer >= 0"),
    "seed": (lambda v: type(v) is int, "an integer"),
    "contract_fault": (lambda v: v in CONTRACT_FAULTS, f"one of {', '.join(repr(f) for f in CONTRACT_FAULTS)}"),
}
if set(FAULT_CHECKS) != {f.name for f in dataclasses.fields(Faults)}:
    raise RuntimeError("every field of Faults needs its check here")


def control_routes(sandbox: Sandbox, *, check_host: bool = True) -> list[Route]:
    async def guarded(request: Request, action: Callable[[Request, Any], Awaitable[Response]]) -> Response:
        try:
            if check_host and not is_loopback_host(request.headers.get("host", "")):
                raise ControlError(403, "control calls are served to loopback hosts only")
            given = request.headers.get(CONTROL_HEADER, "")
            if not hmac.compare_digest(given.encode(), sandbox.control_token.encode()):
                raise ControlError(401, f"missing or wrong {CONTROL_HEADER} header")
            raw = await request.body()
            body: Any = None
            if raw:
                if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
                    raise ControlError(415, "control bodies are application/json")
                try:
                    body = json.loads(raw, parse_constant=lambda name: _refuse(name))
                except (ValueError, RecursionError):
                    raise ControlError(400, "the body is not valid JSON") from None
            return await action(request, body)
        except ControlError as exc:
            return JSONResponse({"message": exc.message}, status_code=exc.status)
        except SandboxError as exc:
            status = {NOT_FOUND: 404, CONFLICT: 409}.get(exc.code, 400)
            return JSONResponse({"message": exc.message}, status_code=status)

    def route(path: str, action: Callable[[Request, Any], Awaitable[Response]], method: str) -> Route:
        async def endpoint(request: Request) -> Response:
            return await guarded(request, action)

        return Route(path, endpoint, methods=[method])

    async def scan(request: Request, body: Any) -> Response:
        checked(body if body is not None else {}, {}, {})
        login_id = request.path_params["login_id"]
        state = await run_in_threadpool(login.scan, sandbox, login_id)
        return JSONResponse({"loginId": login_id, "state": state})

    async def confirm(request: Request, body: Any) -> Response:
        fields = checked(
            body if body is not None else {},
            {"userJobId": lambda v: isinstance(v, str) and 0 < len(v) <= 64},
            {"userJobId": "a staff job number (string)"},
        )
        login_id = request.path_params["login_id"]
        state = await run_in_threadpool(login.confirm, sandbox, login_id, fields.get("userJobId"))
        return JSONResponse({"loginId": login_id, "state": state})

    async def subscribers(request: Request, body: Any) -> Response:
        return JSONResponse({"subscribers": sandbox.store.subscribers()})

    async def subscribe(request: Request, body: Any) -> Response:
        url = _url(body)
        sandbox.store.add_subscriber(url)
        return JSONResponse({"subscribers": sandbox.store.subscribers()})

    async def unsubscribe(request: Request, body: Any) -> Response:
        checked(dict(request.query_params), {"url": lambda v: True}, {"url": "a URL"})
        url = request.query_params.get("url", "")
        if not sandbox.store.remove_subscriber(url):
            raise ControlError(404, "not subscribed")
        return JSONResponse({"subscribers": sandbox.store.subscribers()})

    async def deliveries(request: Request, body: Any) -> Response:
        query = checked(
            dict(request.query_params),
            {"status": lambda v: v in DELIVERY_STATES},
            {"status": " | ".join(DELIVERY_STATES)},
        )
        return JSONResponse(sandbox.store.deliveries(status=query.get("status")))

    async def get_faults(request: Request, body: Any) -> Response:
        return JSONResponse(sandbox.faults.as_dict())

    async def put_faults(request: Request, body: Any) -> Response:
        allowed = {name: check for name, (check, _) in FAULT_CHECKS.items()}
        what = {name: text for name, (_, text) in FAULT_CHECKS.items()}
        sandbox.faults.configure(Faults(**checked(body if body is not None else {}, allowed, what)))
        return JSONResponse(sandbox.faults.as_dict())

    async def expire(request: Request, body: Any) -> Response:
        checked(body if body is not None else {}, {}, {})
        return JSONResponse({"expired": sandbox.store.expire_tokens()})

    async def stats(request: Request, body: Any) -> Response:
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

    async def root_pem(request: Request, body: Any) -> Response:
        return Response((sandbox.state_dir / "pki" / "root.pem").read_bytes(), media_type="application/x-pem-file")

    return [
        route("/_sandbox/ca-login/{login_id}/scan", scan, "POST"),
        route("/_sandbox/ca-login/{login_id}/confirm", confirm, "POST"),
        route("/_sandbox/webhooks", subscribers, "GET"),
        route("/_sandbox/webhooks", subscribe, "POST"),
        route("/_sandbox/webhooks", unsubscribe, "DELETE"),
        route("/_sandbox/webhooks/deliveries", deliveries, "GET"),
        route("/_sandbox/faults", get_faults, "GET"),
        route("/_sandbox/faults", put_faults, "PUT"),
        route("/_sandbox/tokens/expire", expire, "POST"),
        route("/_sandbox/stats", stats, "GET"),
        route("/_sandbox/pki/root.pem", root_pem, "GET"),
    ]


def _refuse(name: str) -> Any:
    raise ValueError(name)


def _url(body: Any) -> str:
    fields = checked(
        body if body is not None else {},
        {"url": lambda v: isinstance(v, str) and v.startswith(("http://", "https://")) and len(v) <= 2048},
        {"url": "an http(s) URL"},
    )
    if "url" not in fields:
        raise ControlError(400, 'give {"url": "http(s)://..."}')
    return str(fields["url"])
