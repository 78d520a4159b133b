"""The vendor-signed webhook captures of ../shared/reference, as request headers and body."""

from __future__ import annotations

from typing import Any


def headers_of(vector: dict[str, Any]) -> dict[str, str]:
    """The X-Signit-* headers (and Content-Type) the platform sent with a captured delivery."""
    return {
        "Content-Type": vector["content_type"],
        "X-Signit-Date": vector["date"],
        "X-Signit-Host": vector["host"],
        "X-Signit-Nonce": vector["nonce"],
        "X-Signit-Resource": vector["resource"],
        "X-Signit-Scheme": vector["scheme"],
        "X-Signit-Event": vector["event"],
        "X-Signit-Signature": vector["signature_header"],
    }
