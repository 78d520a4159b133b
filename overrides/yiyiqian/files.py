"""PDF helpers for the signing calls: `document: {base64}` in, signed PDFs out.

    body.document = yiyiqian.files.document_from_path("consent.pdf")
    yiyiqian.files.save_document(event.data.signedDocument, "signed.pdf")

Encoding reads the file in blocks and keeps only the base64 text; decoding writes in blocks to
a temporary file beside the target and renames it, so a half-written PDF is never left behind.
"""

from __future__ import annotations

import base64
import binascii
import os
import tempfile
from pathlib import Path
from typing import Protocol

from yiyiqian_client.models import Document

from .errors import ConfigurationError

__all__ = ["document_from_bytes", "document_from_path", "save_document"]

_BLOCK = 3 * 256 * 1024  # a multiple of 3: blocks encode without padding in the middle
_PDF_MAGIC = b"%PDF-"


class _HasBase64(Protocol):
    base64: str


def _check_pdf(head: bytes, what: str) -> None:
    if not head.startswith(_PDF_MAGIC):
        raise ConfigurationError(f"{what} is not a PDF (it does not start with %PDF-)")


def document_from_path(path: str | os.PathLike[str]) -> Document:
    """A `Document` holding the file's base64, read block by block."""
    out = bytearray()
    with open(path, "rb") as f:
        block = f.read(_BLOCK)
        _check_pdf(block, str(path))
        while block:
            out += base64.b64encode(block)
            block = f.read(_BLOCK)
    return Document(base64=out.decode("ascii"))


def document_from_bytes(data: bytes) -> Document:
    _check_pdf(data[:5], "the data")
    return Document(base64=base64.b64encode(data).decode("ascii"))


def save_document(document: _HasBase64 | str, path: str | os.PathLike[str]) -> Path:
    """Write the PDF of a `Document` (or of a base64 string) to `path` atomically."""
    encoded = document if isinstance(document, str) else document.base64
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            step = _BLOCK // 3 * 4
            for start in range(0, len(encoded), step):
                f.write(base64.b64decode(encoded[start : start + step], validate=True))
        os.replace(tmp, target)
    except (binascii.Error, ValueError):
        os.unlink(tmp)
        raise ConfigurationError("the document is not valid base64") from None
    except BaseException:
        os.unlink(tmp)
        raise
    return target
