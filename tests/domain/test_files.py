"""Only documents and images are attached, each what both its content and its name say."""

from __future__ import annotations

import io
import zipfile

import pytest

from auditor.domain import files

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 100
PDF = b"%PDF-1.7\n1 0 obj\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 100


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


GOOD = {
    "site.jpg": JPEG,
    "site.JPEG": JPEG,
    "scan.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 50,
    "phone.heic": b"\x00\x00\x00\x18ftypheic" + b"\x00" * 50,
    "scan.tif": b"II*\x00" + b"\x00" * 50,
    "photo.webp": b"RIFF\x00\x00\x00\x00WEBPVP8 ",
    "certificate.pdf": PDF,
    "report.docx": _zip({"[Content_Types].xml": b"<x/>", "word/document.xml": b"<w/>"}),
    "capacity.xlsx": _zip({"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<w/>"}),
    "notes.odt": _zip({"mimetype": b"application/vnd.oasis.opendocument.text"}),
    "old.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 50,
    "letter.rtf": b"{\\rtf1\\ansi Hello}",
    "protocol.txt": "Протокол аудита — Қарағанды".encode(),
    "lines.csv": "линия;мощность\n1;1500000\n".encode("cp1251"),
}


@pytest.mark.parametrize("name", list(GOOD))
def test_documents_and_images_are_kept(name: str) -> None:
    assert files.refusal(GOOD[name], name) is None
    assert files.identify(GOOD[name], name) is not None


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("setup.exe", EXE, "files of this type are not kept"),
    ("certificate.pdf", EXE, "content is not what its name says (.pdf)"),
    ("photo.jpg", PDF, "content is not what its name says (.jpg)"),
    ("report.docx", _zip({"evil.js": b"alert(1)"}), "content is not what its name says"),
    ("macro.docm", _zip({"word/document.xml": b"<w/>"}), "files of this type are not kept"),
    ("page.html", b"<html><script>", "files of this type are not kept"),
    ("notes.txt", b"\x00\x01binary\x00", "content is not what its name says (.txt)"),
    ("empty.pdf", b"", "the file is empty"),
], ids=["executable", "executable as pdf", "pdf as photo", "zip as docx", "macro document",
        "web page", "binary as text", "empty"])
def test_anything_else_is_refused_with_its_reason(name: str, content: bytes,
                                                  expected: str) -> None:
    reason = files.refusal(content, name)
    assert reason is not None and expected in reason.en
    assert name in reason.en and name in reason.ru and name in reason.kk


def test_too_large_a_file_is_refused() -> None:
    reason = files.refusal(JPEG + b"\x00" * files.MAX_ATTACHMENT_BYTES, "huge.jpg")
    assert reason is not None and "too large (at most 50 MB)" in reason.en


@pytest.mark.parametrize(("given", "clean"), [
    ("invoice\u202efdp.exe", "invoicefdp.exe"),  # reads as "invoiceexe.pdf" on screen
    ("scan\u200b.pdf", "scan.pdf"),
    ("a\x00b\x07c.pdf", "abc.pdf"),
    ("line\none.pdf", "line one.pdf"),
    ("../../etc/passwd", "passwd"),
    ("C:\\Users\\auditor\\photo.jpg", "photo.jpg"),
    ('what?"<>|.pdf', "what.pdf"),
    ("  . ", "attachment"),
    ("Қазақша\u0301.pdf", "Қазақша\u0301.pdf"),  # combining marks are letters, kept
], ids=["right-to-left override", "zero width", "control", "line break", "path", "windows path",
        "reserved", "nothing left", "combining"])
def test_names_are_cleaned(given: str, clean: str) -> None:
    assert files.clean_file_name(given) == clean


def test_a_long_name_keeps_its_extension() -> None:
    clean = files.clean_file_name("х" * 500 + ".pdf")
    assert len(clean) == files.MAX_NAME_LENGTH and clean.endswith(".pdf")
