"""One name per kind of drift, for the report's rows and the probe column.

An answer the spec does not describe at all (a redirect, a 5xx, an undocumented status, a 404 at
the operation's own path, an HTML page) is named for what it is, and that single name replaces
whatever checks it tripped: a 302 to a login page is `undocumented status 302 → /cas/login`, not
also "a 200 without a success code" or "accepts requests without authentication".
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from yiyiqian import is_success_code

# Check names (built-in and contract_tests/checks.py) -> the kind the report shows.
CHECK_KINDS = {
    "response_schema_conformance": "schema mismatch",
    "status_code_conformance": "undocumented status",
    "documented_statuses_only": "undocumented status",
    "content_type_conformance": "not JSON",
    "not_a_server_error": "server error",
    "success_carries_a_success_code": "2xx without a success code",
    "error_code_claims_no_success": "error code with data",
}

# Failure classes of schemathesis -> the check that raises them (the probe reads a FailureGroup).
_CHECK_OF_FAILURE = {
    "JsonSchemaError": "response_schema_conformance",
    "MalformedJson": "response_schema_conformance",
    "UndefinedStatusCode": "status_code_conformance",
    "UndefinedContentType": "content_type_conformance",
    "MissingContentType": "content_type_conformance",
    "MalformedMediaType": "content_type_conformance",
    "ServerError": "not_a_server_error",
}


def check_name(failure: BaseException) -> str:
    """The check a schemathesis failure came from (custom checks: the name in their title)."""
    title = str(getattr(failure, "title", ""))
    if title.startswith("Custom check failed: `"):
        return title.split("`")[1]
    return _CHECK_OF_FAILURE.get(type(failure).__name__, type(failure).__name__)


# Probe words that are drift (the probe fails on them); `reachable` and `refused (...)` are not.
DRIFT_WORDS = (
    "path missing",
    "auth rejected",
    "undocumented status",
    "redirected",
    "server error",
    "not JSON",
    "schema mismatch",
    "error code",
    "2xx without",
)


def documented_statuses(operation: Mapping[str, Any]) -> set[int]:
    return {int(code) for code in operation.get("responses", {}) if str(code).isdigit()}


def location(headers: Mapping[str, Any]) -> str:
    """The path a redirect points at (host and query left out: they may carry tokens)."""
    value = next((v for k, v in headers.items() if k.lower() == "location"), "")
    value = value[0] if isinstance(value, list) and value else value
    return urlsplit(str(value)).path or "?"


def content_type(headers: Mapping[str, Any]) -> str:
    value = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    value = value[0] if isinstance(value, list) and value else value
    return str(value).split(";")[0].strip()


def _is_json(headers: Mapping[str, Any]) -> bool:
    kind = content_type(headers)
    return kind == "application/json" or kind.endswith("+json")


def answer_kind(operation: Mapping[str, Any], same_method: bool, status: int, headers: Mapping[str, Any]) -> str | None:
    """The name of an answer the spec does not describe at all, or None when it is a described one."""
    if 300 <= status < 400:
        verb = "redirected" if status in documented_statuses(operation) else "undocumented status"
        return f"{verb} {status} → {location(headers)}"
    if status >= 500:
        return f"server error {status}"
    if status == 404 or (status == 405 and same_method):
        return "path missing"
    if same_method and status not in documented_statuses(operation):
        return f"undocumented status {status}"
    if same_method and not _is_json(headers):
        return f"not JSON ({content_type(headers) or 'no content type'})"
    return None


def kinds(
    operation: Mapping[str, Any],
    same_method: bool,
    status: int,
    headers: Mapping[str, Any],
    failed: Iterable[str],
    content: bytes = b"",
) -> list[str]:
    """The kinds of drift one answer shows, given the names of the checks it failed."""
    failed = list(failed)
    if not failed:
        return []
    named = answer_kind(operation, same_method, status, headers)
    if named is not None:
        return [named]
    found = {CHECK_KINDS.get(name, name) for name in failed}
    code = envelope_code(content)
    if "2xx without a success code" in found and code is not None and not is_success_code(code):
        # An error envelope sent with a 2xx status has no `data`: the same drift, not a second one.
        found.discard("schema mismatch")
    return sorted(found)


def envelope_code(content: bytes) -> str | None:
    try:
        body = json.loads(content)
    except ValueError:
        return None
    code = body.get("code") if isinstance(body, dict) else None
    return code if isinstance(code, str) else None


def probe_word(
    operation: Mapping[str, Any], status: int, headers: Mapping[str, Any], content: bytes, failed: Iterable[str]
) -> str:
    """What one plain, schema-valid call with the run's credentials says about an operation."""
    named = answer_kind(operation, True, status, headers)
    if named is not None:
        return named
    if status in (401, 403):
        return "auth rejected"
    failed_kinds = kinds(operation, True, status, headers, failed, content)
    if failed_kinds:
        return failed_kinds[0] if "schema mismatch" not in failed_kinds else "schema mismatch"
    code = envelope_code(content)
    if status >= 400 or (code is not None and not is_success_code(code)):
        return f"refused ({status} {code or ''})".replace(" )", ")")
    return "reachable"


def is_drift_word(word: str) -> bool:
    return word.startswith(DRIFT_WORDS)
