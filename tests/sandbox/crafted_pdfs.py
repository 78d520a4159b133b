"""Hostile PDFs: each is malformed in one way a parser can trip on (for the failure-state tests)."""

from __future__ import annotations

import random


def _pdf(
    objects: list[bytes], *, root: bytes = b"1 0 R", prev: int | None = None, offsets: list[int] | None = None
) -> bytes:
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    real = []
    for number, body in enumerate(objects, start=1):
        real.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets if offsets is not None else real:
        out += b"%010d 00000 n \n" % offset
    trailer = b"<< /Size %d /Root %s" % (len(objects) + 1, root)
    if prev is not None:
        trailer += b" /Prev %d" % (xref if prev < 0 else prev)
    out += trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"


def xref_loop() -> bytes:
    """The trailer's /Prev points back at its own cross-reference table."""
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE], prev=-1)


def deep_array() -> bytes:
    """An array nested 50,000 deep in the catalogue."""
    depth = 50_000
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /Deep " + b"[" * depth + b"]" * depth + b" >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            PAGE,
        ]
    )


def root_not_a_dict() -> bytes:
    return _pdf([b"42", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE])


def page_tree_cycle() -> bytes:
    """The page tree's only kid is the page tree itself."""
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"])


def bad_offsets() -> bytes:
    """Every cross-reference entry points into the middle of nowhere."""
    return _pdf(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE],
        offsets=[7, 99_999, 3],
    )


def random_bytes(seed: int) -> bytes:
    rng = random.Random(seed)
    return b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(rng.randrange(10, 4000)))


CRAFTED = {
    "xref-loop": xref_loop,
    "deep-array": deep_array,
    "root-not-a-dict": root_not_a_dict,
    "page-tree-cycle": page_tree_cycle,
    "bad-offsets": bad_offsets,
}


def encrypted(user_password: str = "") -> bytes:
    """A readable but encrypted PDF: it opens, and cannot be signed without the owner's password."""
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.pdf_utils.writer import copy_into_new_writer

    from yiyiqian_sandbox._pdf import template_pdf

    writer = copy_into_new_writer(PdfFileReader(io.BytesIO(template_pdf("Encrypted", ["locked"]))))
    writer.encrypt("owner-password", user_password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
