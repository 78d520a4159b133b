"""PDFs: a template document for 5.x flows, PAdES signatures with pyHanko, and their validation."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from ._pki import Identity, Pki
from ._signing import Signer


class PdfProblem(ValueError):
    """The bytes are not a PDF pyHanko can sign or read."""


# The PDF is untrusted input: any failure of the parser (a loop, a deep nesting, a wrong type
# where a dictionary belongs, a bad offset...) means "cannot be read", never a crash.
_UNREADABLE = (Exception,)  # RecursionError included


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}{': ' + text[:120] if text else ''}"


def check_pdf(pdf: bytes) -> None:
    """Raise PdfProblem unless pyHanko can open the PDF and walk its catalogue and page tree."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        root = reader.root
        if not isinstance(root, generic.DictionaryObject):
            raise PdfProblem("the document catalogue is not a dictionary")
        pages = root.get_object()["/Pages"]
        if not isinstance(pages.get_object(), generic.DictionaryObject):
            raise PdfProblem("the page tree is not a dictionary")
        count = 0
        for _ in _walk_pages(pages.get_object()):
            count += 1
        if count == 0:
            raise PdfProblem("the document has no pages")
        list(fields.enumerate_sig_fields(reader))
    except PdfProblem:
        raise
    except _UNREADABLE as exc:
        raise PdfProblem(f"cannot read this PDF ({_reason(exc)})") from None


def _walk_pages(node: generic.DictionaryObject, limit: int = 100_000) -> list[object]:
    """The leaves of a page tree, refusing cycles and absurd sizes."""
    leaves: list[object] = []
    seen: set[int] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if id(current) in seen or len(seen) > limit:
            raise PdfProblem("the page tree has a cycle or is too large")
        seen.add(id(current))
        kids = current.get("/Kids")
        if kids is None:
            leaves.append(current)
            continue
        for kid in kids.get_object():
            child = kid.get_object()
            if not isinstance(child, generic.DictionaryObject):
                raise PdfProblem("a page tree node is not a dictionary")
            stack.append(child)
    return leaves


def template_pdf(title: str, lines: list[str], *, padding: int = 0) -> bytes:
    """A one-page PDF with a few lines of text (ASCII shown; other characters as '?').

    `padding` adds an unreferenced stream of that many bytes: a large, still valid PDF.
    """

    def text(value: str) -> str:
        ascii_only = value.encode("ascii", "replace").decode()
        return re.sub(r"([\\()])", r"\\\1", ascii_only)

    commands = ["BT", "/F1 16 Tf", "72 770 Td", f"({text(title)}) Tj", "/F1 11 Tf"]
    for line in lines:
        commands += ["0 -20 Td", f"({text(line)}) Tj"]
    commands.append("ET")
    stream = "\n".join(commands).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
        b" /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if padding:
        filler = bytes(range(256)) * (padding // 256) + bytes(padding % 256)
        objects.append(b"<< /Length %d >>\nstream\n" % len(filler) + filler + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _field_name(label: str, taken: set[str]) -> str:
    base = "Sig_" + (re.sub(r"[^A-Za-z0-9]", "", label.encode("unicode_escape").decode())[:40] or "signer")
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}_{n}"
    return name


def sign_pdf(pdf: bytes, identity: Identity, pki: Pki, signer: Signer, *, label: str, reason: str) -> bytes:
    """Add one PAdES signature (invisible field, RFC 3161 timestamp) as an incremental update."""
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        taken = {name for name, _, _ in fields.enumerate_sig_fields(writer.prev)}
        field = _field_name(label, taken)
        cms_signer = signers.SimpleSigner(
            signing_cert=identity.asn1_cert,
            signing_key=identity.asn1_key,
            cert_registry=SimpleCertificateStore.from_certs([pki.intermediate.asn1_cert, pki.root.asn1_cert]),
        )
        meta = signers.PdfSignatureMetadata(
            field_name=field, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES, reason=reason, name=label
        )
        out = signers.sign_pdf(
            writer,
            meta,
            signer=cms_signer,
            timestamper=signer.timestamper,
            new_field_spec=fields.SigFieldSpec(sig_field_name=field),
        )
    except _UNREADABLE as exc:
        raise PdfProblem(f"cannot sign this PDF ({_reason(exc)})") from None
    return out.getvalue()


@dataclass(frozen=True)
class SignatureCheck:
    field_name: str
    signer_name: str | None
    sign_datetime: int | None
    intact: bool
    valid: bool
    trusted: bool
    covers_whole_document: bool

    def as_api(self) -> dict[str, object]:
        return {
            "fieldName": self.field_name,
            "signerName": self.signer_name,
            "signDatetime": self.sign_datetime,
            "intact": self.intact,
            "valid": self.valid,
            "trusted": self.trusted,
            "coversWholeDocument": self.covers_whole_document,
        }


def validate_pdf(pdf: bytes, pki: Pki) -> list[SignatureCheck]:
    """Validate every signature of a PDF against the sandbox root (no network)."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        embedded = list(reader.embedded_signatures)
    except _UNREADABLE as exc:
        raise PdfProblem(f"cannot read this PDF ({_reason(exc)})") from None
    context = ValidationContext(trust_roots=[pki.root.asn1_cert], allow_fetching=False)
    checks = []
    for signature in embedded:
        try:
            status = validate_pdf_signature(signature, context)
            checks.append(
                SignatureCheck(
                    signature.field_name,
                    status.signing_cert.subject.native.get("common_name") if status.signing_cert else None,
                    int(status.signer_reported_dt.timestamp() * 1000) if status.signer_reported_dt else None,
                    bool(status.intact),
                    bool(status.intact and status.valid),
                    bool(status.trusted),
                    status.coverage is not None and status.coverage.name == "ENTIRE_FILE",
                )
            )
        except _UNREADABLE:
            checks.append(SignatureCheck(signature.field_name, None, None, False, False, False, False))
    return checks
