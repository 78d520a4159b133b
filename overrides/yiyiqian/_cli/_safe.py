"""Untrusted text made safe for a terminal: nothing that a terminal would act on gets through.

Paths, headers, server messages and event fields can hold escape sequences (ESC [ 2 J, OSC 8
links, a title change), bidi overrides or line breaks. Everything the command prints from them
goes through one of these functions; printable text (Chinese included) is left as is.
"""

from __future__ import annotations

import json
import re
from typing import Any

_ACCESS_TOKEN = re.compile(r"(access_token=)[^&\s\"']+", re.IGNORECASE)


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def printable(text: object, limit: int = 500) -> str:
    """One line: control, format and separator characters shown as escapes, cut at `limit`."""
    value = str(text)
    if len(value) > limit:
        value = value[:limit] + "..."
    if value.isprintable():
        return value
    return "".join(c if c.isprintable() else _escape(c) for c in value)


def _json_escape(char: str) -> str:
    code = ord(char)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # a surrogate pair, as JSON spells characters past the BMP
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def safe_json(value: Any, *, indent: int | None = 2) -> str:
    """JSON text of `value` that is still valid JSON, with every non-printable character escaped."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    lines = text.split("\n")  # the only raw newlines are the indentation's: strings have \n escaped
    return "\n".join(
        line if line.isprintable() else "".join(c if c.isprintable() else _json_escape(c) for c in line)
        for line in lines
    )


def scrub(text: str, secrets: tuple[str, ...] = ()) -> str:
    """`text` without the given secrets or an access_token query value."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return _ACCESS_TOKEN.sub(r"\1***", text)
