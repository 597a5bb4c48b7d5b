"""Reading a package workbook safely, and verifying it against its manifest.

Sizes are checked before anything is decompressed: a package is refused when the file, any part
of it, or all of it unpacked, is larger than a real package could be, or when it compresses
suspiciously well (a zip bomb).
"""

from __future__ import annotations

import base64
import hashlib
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook

from auditor.domain.text import Text
from auditor.exchange.package import (
    ATTACHMENT_DATA_SHEET,
    FORMAT_NAME,
    FORMAT_VERSION,
    HEADER_ROWS,
    MANIFEST_SHEET,
    META_SHEET,
    SHEETS,
    manifest_digest,
    row_digest,
)

MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024
MAX_RATIO = 200  # unpacked / packed, per member; real workbooks stay well below 100


class PackageError(Exception):
    """A file that cannot be taken as a package; ``reason`` is one line naming the file."""

    def __init__(self, reason: Text) -> None:
        self.reason = reason
        super().__init__(reason.en)


def _refuse(path: Path, kk: str, ru: str, en: str) -> PackageError:
    return PackageError(Text(f"{path.name}: {kk}", f"{path.name}: {ru}", f"{path.name}: {en}"))


@dataclass
class Package:
    path: Path
    meta: dict[str, Any]
    sheets: dict[str, list[dict[str, Any]]]  # sheet -> rows as {column key: cell value}
    row_numbers: dict[str, list[int]]  # sheet -> the Excel row number of each row
    attachments: dict[str, bytes]
    manifest: dict[tuple[str, str], str]
    file_sha256: str = ""


@dataclass
class SheetChanges:
    sheet: str
    changed: list[int] = field(default_factory=list)  # Excel row numbers
    added: list[int] = field(default_factory=list)
    removed: int = 0

    def describe(self) -> str:
        parts = []
        if self.changed:
            parts.append("rows " + ", ".join(map(str, self.changed[:20])) + " changed"
                         + (" …" if len(self.changed) > 20 else ""))
        if self.added:
            parts.append(f"{len(self.added)} rows added (rows "
                         + ", ".join(map(str, self.added[:10])) + ")")
        if self.removed:
            parts.append(f"{self.removed} rows removed")
        return f"{self.sheet}: " + "; ".join(parts)


@dataclass
class Verification:
    path: Path
    changes: list[SheetChanges]
    manifest_intact: bool
    # (sheet, record id) -> digest of the row as read now, for whoever needs them next
    digests: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.changes and self.manifest_intact

    def describe(self) -> str:
        if self.ok:
            return f"{self.path.name}: OK"
        lines = [f"{self.path.name}: MODIFIED after export"]
        if not self.manifest_intact:
            lines.append("  Manifest: the manifest itself was changed")
        lines += [f"  {change.describe()}" for change in self.changes]
        return "\n".join(lines)


def _check_container(path: Path) -> None:
    if not path.is_file():
        raise _refuse(path, "файл табылмады", "файл не найден", "file not found")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise _refuse(path, "файл пакет үшін тым үлкен", "файл слишком велик для пакета",
                      f"too large for a package ({size // 2**20} MB)")
    with path.open("rb") as handle:
        magic = handle.read(4)
    if magic != b"PK\x03\x04":
        raise _refuse(path, "Excel жұмыс кітабы емес", "это не книга Excel",
                      "not an Excel workbook")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            total = 0
            for member in members:
                total += member.file_size
                if member.compress_size and member.file_size / member.compress_size > MAX_RATIO:
                    raise _refuse(path, "күдікті қысылған файл (zip-бомба)",
                                  "подозрительно сжатый файл (zip-бомба)",
                                  "suspiciously compressed content (zip bomb)")
            if total > MAX_UNPACKED_BYTES:
                raise _refuse(path, "ашылған көлемі тым үлкен",
                              "слишком велик в распакованном виде", "too large when unpacked")
            broken = archive.testzip()
    except zipfile.BadZipFile as exc:
        raise _refuse(path, "файл бүлінген немесе толық емес", "файл повреждён или обрезан",
                      "corrupt or truncated file") from exc
    if broken is not None:
        raise _refuse(path, "файл бүлінген", "файл повреждён", f"corrupt file (part {broken})")


def _whole(value: Any) -> Any:
    """Workbooks store every number as a float; counts and versions are whole."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _rows(workbook: CalamineWorkbook, name: str) -> list[list[Any]]:
    return workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)


@dataclass
class PackageSheets:
    """A package's sheets as read from the file, before they are made into rows by key.

    Reading (decompressing and parsing the workbook) happens mostly outside Python, so it can
    go on in another thread while Python is busy with the package before.
    """

    path: Path
    meta: dict[str, Any]
    sheets: dict[str, list[list[Any]]]  # entity sheet -> its rows below the header rows
    attachment_rows: list[list[Any]]
    manifest_rows: list[list[Any]]
    file_sha256: str


def _corrupt(path: Path, exc: Exception) -> PackageError:
    return _refuse(path, "файл бүлінген немесе толық емес", "файл повреждён или обрезан",
                   f"corrupt or truncated workbook ({type(exc).__name__})")


def check_package_file(path: Path) -> str:
    """Refuse, before anything is decompressed, a file that cannot be a package (not a zip
    workbook, corrupt, too large, a zip bomb); otherwise the SHA-256 of the file."""
    path = Path(path)
    _check_container(path)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_package_sheets(path: Path, file_sha256: str | None = None) -> PackageSheets:
    """Read every sheet a package needs; refuse, with one line, anything that is not one.

    ``file_sha256`` is given when :func:`check_package_file` has already passed the file.
    """
    path = Path(path)
    if file_sha256 is None:
        file_sha256 = check_package_file(path)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = set(workbook.sheet_names)
        if META_SHEET not in names or MANIFEST_SHEET not in names:
            raise _refuse(path, "аудит пакеті емес (Meta парағы жоқ)",
                          "это не пакет аудита (нет листа Meta)",
                          "not an audit package (no Meta sheet)")
        meta = {
            str(row[0]): _whole(row[1]) for row in _rows(workbook, META_SHEET) if row and row[0]
        }
        if meta.get("format") != FORMAT_NAME:
            raise _refuse(path, "аудит пакеті емес", "это не пакет аудита",
                          "not an audit package")
        version = meta.get("format_version")
        if not isinstance(version, int | float) or int(version) > FORMAT_VERSION:
            raise _refuse(
                path,
                f"пакет форматының жаңа нұсқасы ({version}); бағдарламаны жаңартыңыз",
                f"пакет более новой версии формата ({version}); обновите программу",
                f"package format version {version} is newer than this application's "
                f"{FORMAT_VERSION}; update the application",
            )
        sheets: dict[str, list[list[Any]]] = {}
        for spec in SHEETS:
            if spec.name not in names:
                raise _refuse(path, f"{spec.name} парағы жоқ", f"нет листа {spec.name}",
                              f"sheet {spec.name} is missing")
            rows = _rows(workbook, spec.name)
            header = [str(v) for v in rows[0]] if rows else []
            if tuple(header[: len(spec.columns)]) != spec.columns:
                raise _refuse(path, f"{spec.name} парағының бағандары өзгертілген",
                              f"изменены столбцы листа {spec.name}",
                              f"the columns of sheet {spec.name} were changed")
            sheets[spec.name] = rows[HEADER_ROWS:]
        attachment_rows = (_rows(workbook, ATTACHMENT_DATA_SHEET)[HEADER_ROWS:]
                           if ATTACHMENT_DATA_SHEET in names else [])
        manifest_rows = _rows(workbook, MANIFEST_SHEET)[HEADER_ROWS:]
    except PackageError:
        raise
    except (CalamineError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise _corrupt(path, exc) from exc
    return PackageSheets(path, meta, sheets, attachment_rows, manifest_rows, file_sha256)


def package_from_sheets(read: PackageSheets) -> Package:
    """The package's rows by column key, its attachments and its manifest."""
    try:
        sheets: dict[str, list[dict[str, Any]]] = {}
        row_numbers: dict[str, list[int]] = {}
        for spec in SHEETS:
            data = []
            numbers = []
            width = len(spec.columns)
            for number, row in enumerate(read.sheets[spec.name], start=HEADER_ROWS + 1):
                if not any(v not in (None, "") for v in row):
                    continue
                padded = row if len(row) >= width else list(row) + [None] * (width - len(row))
                data.append(dict(zip(spec.columns, padded, strict=False)))
                numbers.append(number)
            sheets[spec.name] = data
            row_numbers[spec.name] = numbers
        pieces: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for row in read.attachment_rows:
            if row and row[0]:
                part = int(row[1]) if isinstance(row[1], int | float) else 0
                pieces[str(row[0])].append((part, str(row[2] or "")))
        attachments = {
            key: base64.b64decode("".join(p for _, p in sorted(parts)), validate=True)
            for key, parts in pieces.items()
        }
        manifest = {
            (str(row[0]), str(row[1])): str(row[2]) for row in read.manifest_rows if row and row[0]
        }
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise _corrupt(read.path, exc) from exc
    return Package(read.path, read.meta, sheets, row_numbers, attachments, manifest,
                   read.file_sha256)


def read_package(path: Path) -> Package:
    """Read every sheet of a package; refuse, with one line, anything that is not one."""
    return package_from_sheets(read_package_sheets(path))


def verify(package: Package) -> Verification:
    """Compare every row and attachment with the manifest written at export."""
    changes = []
    seen: set[tuple[str, str]] = set()
    digests: dict[tuple[str, str], str] = {}
    for spec in SHEETS:
        sheet = SheetChanges(spec.name)
        for row, number in zip(package.sheets[spec.name], package.row_numbers[spec.name],
                               strict=True):
            key = (spec.name, str(row.get("id")))
            digest = row_digest(spec.name, spec.columns, [row[k] for k in spec.columns])
            digests[key] = digest
            expected = package.manifest.get(key)
            if expected is None or key in seen:
                sheet.added.append(number)
            elif expected != digest:
                sheet.changed.append(number)
            seen.add(key)
        sheet.removed = sum(
            1 for (name, record) in package.manifest if name == spec.name
            and (name, record) not in seen
        )
        if sheet.changed or sheet.added or sheet.removed:
            changes.append(sheet)
    files = SheetChanges(ATTACHMENT_DATA_SHEET)
    for (name, record), expected in package.manifest.items():
        if name != ATTACHMENT_DATA_SHEET:
            continue
        content = package.attachments.get(record)
        if content is None:
            files.removed += 1
        elif hashlib.sha256(content).hexdigest() != expected:
            files.changed.append(0)
    if files.changed or files.removed:
        changes.append(files)
    intact = manifest_digest(
        (sheet, record, digest) for (sheet, record), digest in package.manifest.items()
    ) == package.meta.get("data_sha256")
    return Verification(package.path, changes, intact, digests)
