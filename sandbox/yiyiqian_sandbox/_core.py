"""What every handler shares: result codes, the error it raises, the answer envelope, events.

This module depends on nothing else in the sandbox, so that handlers, the request pipeline
and the control plane can all import it without an import circle.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse

OK = "100100000"
OK_MESSAGE = "操作成功"
# Sandbox error codes. The vendor's table is not public; these follow the platform's rule
# (success = last four digits 0000-0099), so a client treats every one of them as an error.
BAD_REQUEST = "100400400"
APP_ID_PROBLEM = "100400401"
NOT_FOUND = "100400404"
CONFLICT = "100400409"
TOO_LARGE = "100400413"
MESSAGE_LIMIT = 300  # characters of an error message: never the caller's whole input echoed back

Event = tuple[str, str, Any]  # webhook event name, description, rawData


def short(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """`text` cut to `limit` characters (with an ellipsis when cut)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class SandboxError(Exception):
    """An error answer in the envelope (HTTP 400 unless said otherwise)."""

    def __init__(self, message: str, code: str = BAD_REQUEST, status: int = 400) -> None:
        super().__init__(message)
        self.message, self.code, self.status = short(message), code, status


class NoData:
    """Returned by a handler whose success answer has no `data` (1.2 before login)."""


NO_DATA = NoData()


def envelope(data: Any = NO_DATA, *, code: str = OK, message: str = OK_MESSAGE, status: int = 200) -> JSONResponse:
    body: dict[str, Any] = {"code": code, "message": short(message)}
    if not isinstance(data, NoData):
        body["data"] = data
    return JSONResponse(body, status_code=status)


def oauth_error(error: str, description: str, status: int = 401) -> JSONResponse:
    return JSONResponse({"error": error, "error_description": description}, status_code=status)
