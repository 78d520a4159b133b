"""PDF helpers: base64 in, signed PDF out, nothing half-written."""

from __future__ import annotations

import base64

import pytest

from yiyiqian import files
from yiyiqian.errors import ConfigurationError

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 5000 + b"\n%%EOF\n"


def test_document_from_path_matches_base64_of_the_whole_file(tmp_path):
    path = tmp_path / "consent.pdf"
    path.write_bytes(PDF)
    assert files.document_from_path(path).base64 == base64.b64encode(PDF).decode()
    assert files.document_from_bytes(PDF).base64 == base64.b64encode(PDF).decode()


def test_a_file_that_is_not_a_pdf_is_refused(tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes(b"hello")
    with pytest.raises(ConfigurationError, match="not a PDF"):
        files.document_from_path(path)
    with pytest.raises(ConfigurationError):
        files.document_from_bytes(b"GIF89a")


def test_save_document_round_trips(tmp_path):
    target = files.save_document(files.document_from_bytes(PDF), tmp_path / "signed.pdf")
    assert target.read_bytes() == PDF
    files.save_document(base64.b64encode(PDF).decode(), tmp_path / "again.pdf")
    assert (tmp_path / "again.pdf").read_bytes() == PDF


def test_invalid_base64_leaves_no_file_behind(tmp_path):
    (tmp_path / "signed.pdf").write_bytes(b"previous")
    with pytest.raises(ConfigurationError):
        files.save_document("JVBERi0x$$$$", tmp_path / "signed.pdf")
    assert (tmp_path / "signed.pdf").read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["signed.pdf"]
