"""Identifiers in the platform's formats."""

from __future__ import annotations

import secrets
import string
import time
import uuid


def wsid(kind: str) -> str:
    """`WSID_<KIND>_<32 hex>`, e.g. WSID_SIGN_0000018f6cca445c0242196331aa0001."""
    return f"WSID_{kind}_{uuid.uuid4().hex}"


def login_id() -> str:
    """Like the docs' example 4d5750e4-798e-40f8-ab84-b8efd48ed101-764341."""
    return f"{uuid.uuid4()}-{secrets.randbelow(900000) + 100000}"


def access_token() -> str:
    return str(uuid.uuid4())


def nonce() -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(24))


def now_ms() -> int:
    return int(time.time() * 1000)
