"""Which files an audit may keep: documents and images, told by their content and their name.

An attachment travels from a manufacturer's USB stick into the auditor's database, into
packages and to the ministry, where someone opens it. Only the kinds of file an audit needs
are kept — photos, scans, PDFs, office documents and plain text — and each must be what both
its first bytes and its name say it is: an executable renamed ``certificate.pdf`` is refused,
and so is a PDF named ``photo.jpg``. Names are cleaned of control characters and of the
invisible direction marks that make ``invoice‮fdp.exe`` read as ``invoiceexe.pdf``.

Pure functions over bytes and names; nothing here reads or writes a file.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath

from auditor.domain.text import Text

# Every attachment is inside the audit's database and inside each package exported from it;
# a phone photo or a scanned certificate is well below this, a video is not.
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
MAX_NAME_LENGTH = 200


def _starts(*prefixes: bytes) -> Callable[[bytes], bool]:
    return lambda content: content.startswith(prefixes)


def _iso_media(*brands: bytes) -> Callable[[bytes], bool]:
    # ISO base media files (HEIC/HEIF photos): a box 'ftyp' at byte 4, then the brand.
    return lambda content: content[4:8] == b"ftyp" and content[8:12] in brands


def _webp(content: bytes) -> bool:
    return content[:4] == b"RIFF" and content[8:12] == b"WEBP"


def _zip_with(*names: str) -> Callable[[bytes], bool]:
    """An Office Open XML or OpenDocument file: a zip whose parts say which kind."""

    def check(content: bytes) -> bool:
        if not content.startswith(b"PK\x03\x04"):
            return False
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                parts = set(archive.namelist())
                if "mimetype" in parts and names and names[0].startswith("application/"):
                    if archive.getinfo("mimetype").file_size > 200:
                        return False
                    return archive.read("mimetype").decode("ascii", "replace").strip() in names
                return any(part.startswith(names) for part in parts)
        except (zipfile.BadZipFile, OSError, ValueError, KeyError, RuntimeError,
                NotImplementedError, EOFError):
            return False

    return check


_OLE2 = _starts(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")  # .doc and .xls of older Office


def _plain_text(content: bytes) -> bool:
    if b"\x00" in content[:65536]:
        return False
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        try:
            content.decode("cp1251")  # Russian text saved by older Windows programs
        except UnicodeDecodeError:
            return False
    return True


@dataclass(frozen=True)
class FileType:
    media_type: str
    extensions: tuple[str, ...]  # the first is the one a copy is opened with
    matches: Callable[[bytes], bool]

    @property
    def extension(self) -> str:
        return self.extensions[0]


ALLOWED_TYPES: tuple[FileType, ...] = (
    FileType("image/jpeg", (".jpg", ".jpeg"), _starts(b"\xff\xd8\xff")),
    FileType("image/png", (".png",), _starts(b"\x89PNG\r\n\x1a\n")),
    FileType("image/heic", (".heic", ".heif"),
             _iso_media(b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1")),
    FileType("image/tiff", (".tif", ".tiff"), _starts(b"II*\x00", b"MM\x00*")),
    FileType("image/webp", (".webp",), _webp),
    FileType("application/pdf", (".pdf",), _starts(b"%PDF-")),
    FileType("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             (".docx",), _zip_with("word/")),
    FileType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             (".xlsx",), _zip_with("xl/")),
    FileType("application/vnd.oasis.opendocument.text", (".odt",),
             _zip_with("application/vnd.oasis.opendocument.text")),
    FileType("application/vnd.oasis.opendocument.spreadsheet", (".ods",),
             _zip_with("application/vnd.oasis.opendocument.spreadsheet")),
    FileType("application/msword", (".doc",), _OLE2),
    FileType("application/vnd.ms-excel", (".xls",), _OLE2),
    FileType("application/rtf", (".rtf",), _starts(b"{\\rtf")),
    FileType("text/plain", (".txt",), _plain_text),
    FileType("text/csv", (".csv",), _plain_text),
)

ALLOWED_EXTENSIONS: tuple[str, ...] = tuple(
    extension for file_type in ALLOWED_TYPES for extension in file_type.extensions
)

MSG_NOT_ALLOWED = Text(
    "«{name}»: бұл түрдегі файл аудитке тіркелмейді (тек фотосуреттер, PDF, Office құжаттары "
    "мен мәтін).",
    "«{name}»: файлы такого типа к аудиту не прикладываются (только фотографии, PDF, "
    "документы Office и текст).",
    "“{name}”: files of this type are not kept with an audit (only photos, PDF, office "
    "documents and text).",
)
MSG_CONTENT_DIFFERS = Text(
    "«{name}»: файлдың мазмұны оның атауына сәйкес келмейді (атауы {extension} дейді).",
    "«{name}»: содержимое файла не соответствует его имени (имя говорит {extension}).",
    "“{name}”: the file's content is not what its name says ({extension}).",
)
MSG_EMPTY = Text("«{name}»: файл бос.", "«{name}»: файл пуст.", "“{name}”: the file is empty.")
MSG_TOO_LARGE = Text(
    "«{name}»: файл тым үлкен (ең көбі {limit} МБ).",
    "«{name}»: файл слишком велик (не больше {limit} МБ).",
    "“{name}”: the file is too large (at most {limit} MB).",
)


def clean_file_name(name: str) -> str:
    """A file name that shows what it is: its last path part, without control characters,
    invisible format characters (direction overrides, zero-width marks) or path separators,
    in Unicode's composed form, at most :data:`MAX_NAME_LENGTH` characters with its extension
    kept."""
    name = unicodedata.normalize("NFC", str(name)).replace("\\", "/")
    name = PurePosixPath(name).name
    kept = "".join(
        " " if unicodedata.category(ch) in ("Zl", "Zp") or ch in "\t\r\n" else ch
        for ch in name
        if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn") or ch in "\t\r\n"
    )
    kept = "".join(ch for ch in kept if ch not in ':*?"<>|').strip(" .")
    if len(kept) > MAX_NAME_LENGTH:
        stem, dot, extension = kept.rpartition(".")
        if dot and len(extension) <= 10:
            kept = stem[: MAX_NAME_LENGTH - len(extension) - 1] + "." + extension
        else:
            kept = kept[:MAX_NAME_LENGTH]
    return kept or "attachment"


def extension_of(name: str) -> str:
    return PurePosixPath(name).suffix.lower()


def identify(content: bytes, name: str) -> FileType | None:
    """The allowed type that both the content and the (clean) name say the file is."""
    extension = extension_of(name)
    for file_type in ALLOWED_TYPES:
        if extension in file_type.extensions and file_type.matches(content):
            return file_type
    return None


def refusal(content: bytes, name: str) -> Text | None:
    """Why a file may not be attached (under its clean name), or None when it may."""
    if not content:
        return MSG_EMPTY.format(name=name)
    if len(content) > MAX_ATTACHMENT_BYTES:
        return MSG_TOO_LARGE.format(name=name, limit=MAX_ATTACHMENT_BYTES // 2**20)
    if identify(content, name) is not None:
        return None
    if extension_of(name) in ALLOWED_EXTENSIONS:
        return MSG_CONTENT_DIFFERS.format(name=name, extension=extension_of(name))
    return MSG_NOT_ALLOWED.format(name=name)
