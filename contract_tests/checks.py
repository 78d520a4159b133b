"""Envelope-aware checks: the platform reports errors inside {code, message, data}, not only by status.

Registered with schemathesis (@schemathesis.check), so every response of the suite goes through
them next to the built-in checks.
"""

from __future__ import annotations

import json
from typing import Any

import schemathesis

from yiyiqian import is_success_code

TOKEN_OPERATION = "getAccessToken"


def _operation_id(case: schemathesis.Case) -> str:
    return str(case.operation.definition.raw.get("operationId", ""))


def _envelope(response: schemathesis.Response) -> dict[str, Any] | None:
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    return body if isinstance(body, dict) and "code" in body else None


@schemathesis.check
def documented_statuses_only(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case
) -> bool | None:
    """An operation answers only the statuses its spec entry lists (200, 400 参数不正确, 401 OAuth...).

    Read from the spec, so a status a reviewed proposal documented stops being drift. Cases that
    call an operation's path with another method (the coverage phase probes 405s)
    are left to schemathesis' unsupported_method check.
    """
    if case.method.upper() != case.operation.method.upper():
        return None
    documented = sorted(int(c) for c in case.operation.definition.raw.get("responses", {}) if str(c).isdigit())
    if response.status_code not in documented:
        raise AssertionError(f"HTTP {response.status_code} is not one of this operation's statuses {documented}")
    return True


@schemathesis.check
def success_carries_a_success_code(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case
) -> bool | None:
    """A 2xx of a business call is an envelope whose code passes the platform's success rule."""
    if not 200 <= response.status_code < 300 or _operation_id(case) == TOKEN_OPERATION:
        return None
    body = _envelope(response)
    if body is None:
        raise AssertionError(f"a {response.status_code} answer is not a {{code, message, data}} envelope")
    if not isinstance(body["code"], str) or not is_success_code(body["code"]):
        raise AssertionError(f"a {response.status_code} answer carries the error code {body['code']!r}")
    return True


@schemathesis.check
def error_code_claims_no_success(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case
) -> bool | None:
    """An error code never comes with `data`, and a 400 never carries a success code."""
    body = _envelope(response)
    if body is None or not isinstance(body["code"], str):
        return None
    success = is_success_code(body["code"])
    if not success and body.get("data") is not None:
        raise AssertionError(f"error code {body['code']} arrived with data claiming success")
    if success and response.status_code >= 400:
        raise AssertionError(f"HTTP {response.status_code} with the success code {body['code']}")
    return True


ENVELOPE_CHECKS = [documented_statuses_only, success_carries_a_success_code, error_code_claims_no_success]
