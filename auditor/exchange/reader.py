"""Reading a package workbook safely, and verifying it against its manifest.

Before a cell of it is parsed, the file is checked part by part against the limits of a package
(:func:`auditor.exchange.xlsxguard.open_workbook`, limits in :mod:`auditor.exchange.limits`):
a file that is not a package workbook, is damaged, too large, a zip bomb, or has a cell or a
declared size beyond what a package sheet may have is refused with one line naming it. Whatever
goes wrong while it is read after that is refused the same way; nothing of a file escapes as an
exception.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.domain.text import Text
from auditor.exchange.celltext import quoted
from auditor.exchange.limits import PACKAGE_LIMITS
from auditor.exchange.package import (
    ATTACHMENT_DATA_SHEET,
    DATA_SHA256,
    FIRST_FORMAT_WITH_META_IN_MANIFEST,
    FORMAT_NAME,
    FORMAT_VERSION,
    HEADER_ROWS,
    MANIFEST_SHEET,
    META_SHEET,
    SHEETS,
    manifest_digest,
    meta_lines,
    row_digest,
)
from auditor.exchange.xlsxguard import CheckedWorkbook, UnsafeWorkbook, open_workbook


class PackageError(Exception):
    """A file that cannot be taken as a package; ``reason`` is one line naming the file."""

    def __init__(self, reason: Text) -> None:
        self.reason = reason
        super().__init__(reason.en)


def _refuse(path: Path, kk: str, ru: str, en: str) -> PackageError:
    return PackageError(Text(f"{path.name}: {kk}", f"{path.name}: {ru}", f"{path.name}: {en}"))


def refuse_at(path: Path, sheet: str, row: int | None, column: str | None,
              problem: Text) -> PackageError:
    """A refusal naming the file, the sheet, the row and the column of what is wrong."""
    where_kk = [f"{sheet} парағы"]
    where_ru = [f"лист {sheet}"]
    where_en = [f"sheet {sheet}"]
    if row is not None:
        where_kk.append(f"{row}-жол")
        where_ru.append(f"строка {row}")
        where_en.append(f"row {row}")
    if column is not None:
        where_kk.append(f"{column} бағаны")
        where_ru.append(f"столбец {column}")
        where_en.append(f"column {column}")
    return PackageError(Text(
        f"{path.name}: {', '.join(where_kk)}: {problem.kk}",
        f"{path.name}: {', '.join(where_ru)}: {problem.ru}",
        f"{path.name}: {', '.join(where_en)}: {problem.en}",
    ))


@dataclass
class Package:
    path: Path
    meta: dict[str, Any]
    sheets: dict[str, list[dict[str, Any]]]  # sheet -> rows as {column key: cell value}
    row_numbers: dict[str, list[int]]  # sheet -> the Excel row number of each row
    attachments: dict[str, bytes]
    manifest: dict[tuple[str, str], str]
    file_sha256: str = ""
    meta_rows: dict[str, int] = field(default_factory=dict)  # Meta key -> its Excel row

    @property
    def format_version(self) -> int:
        version = self.meta.get("format_version")
        return version if isinstance(version, int) else 0


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
    # The Meta sheet is covered by the manifest (format 2 on) and unchanged: what it says
    # about the package's origin (installation_id) holds as much as the rest does.
    meta_covered: bool = False

    @property
    def ok(self) -> bool:
        return not self.changes and self.manifest_intact

    @property
    def origin_proven(self) -> bool:
        return self.ok and self.meta_covered

    def describe(self) -> str:
        if self.ok:
            note = "" if self.meta_covered else " (format 1: its Meta sheet is not covered)"
            return f"{self.path.name}: OK{note}"
        lines = [f"{self.path.name}: MODIFIED after export"]
        if not self.manifest_intact:
            lines.append("  Manifest: the manifest itself was changed")
        lines += [f"  {change.describe()}" for change in self.changes]
        return "\n".join(lines)


def _whole(value: Any) -> Any:
    """Workbooks store every number as a float; counts and versions are whole."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


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
    meta_rows: dict[str, int] = field(default_factory=dict)


def _open_package(path: Path) -> CheckedWorkbook:
    """The package file opened for reading; refused, before anything is parsed, when it
    cannot be a package (not a zip workbook, damaged, too large, a zip bomb, cells beyond a
    package's sheets)."""
    try:
        return open_workbook(path, PACKAGE_LIMITS)
    except UnsafeWorkbook as exc:
        raise PackageError(exc.reason) from exc


class _Reading:
    """One workbook being read: its sheets, one at a time, within the package's row budget."""

    def __init__(self, path: Path) -> None:
        self.path = path
        opened = _open_package(path)
        self.file_sha256 = opened.sha256
        self.workbook = opened.workbook
        self.names = set(self.workbook.sheet_names)
        self.rows_left = PACKAGE_LIMITS.rows
        self.sheet = "-"  # the sheet being read, for a message about what went wrong

    def rows(self, name: str) -> list[list[Any]]:
        self.sheet = name
        sheet = self.workbook.get_sheet_by_name(name)
        if sheet.start not in (None, (0, 0)):
            raise _refuse(self.path, f"{name} парағы A1 ұяшығынан басталмайды",
                          f"лист {name} не начинается с ячейки A1",
                          f"sheet {name} does not start at cell A1")
        rows: list[list[Any]] = sheet.to_python(skip_empty_area=True)
        del sheet
        self.rows_left -= len(rows)
        if self.rows_left < 0:
            most = PACKAGE_LIMITS.rows
            raise _refuse(self.path, f"жолдары тым көп (барлық парақта ең көбі {most:,})",
                          f"слишком много строк (на всех листах не более {most:,})",
                          f"too many rows (at most {most:,} in all sheets together)")
        return rows


def _meta(path: Path, rows: list[list[Any]]) -> tuple[dict[str, Any], dict[str, int]]:
    meta: dict[str, Any] = {}
    numbers: dict[str, int] = {}
    for number, row in enumerate(rows, start=1):
        if not row or row[0] in (None, ""):
            continue
        key = row[0]
        if not isinstance(key, str):
            raise refuse_at(path, META_SHEET, number, "A", Text(
                "кілт мәтін емес", "ключ не является текстом",
                f"the key {quoted(key)} is not text"))
        if key in meta:
            raise refuse_at(path, META_SHEET, number, "A", Text(
                f"{quoted(key)} кілті екі рет берілген", f"ключ {quoted(key)} повторяется",
                f"the key {quoted(key)} appears twice (first on row {numbers[key]})"))
        meta[key] = _whole(row[1]) if len(row) > 1 else None
        numbers[key] = number
    return meta, numbers


def read_package_sheets(path: Path) -> PackageSheets:
    """Read every sheet a package needs; refuse, with one line, anything that is not one."""
    path = Path(path)
    reading: _Reading | None = None
    try:
        reading = _Reading(path)
        file_sha256 = reading.file_sha256
        names = reading.names
        if META_SHEET not in names or MANIFEST_SHEET not in names:
            raise _refuse(path, "аудит пакеті емес (Meta парағы жоқ)",
                          "это не пакет аудита (нет листа Meta)",
                          "not an audit package (no Meta sheet)")
        meta, meta_rows = _meta(path, reading.rows(META_SHEET))
        if meta.get("format") != FORMAT_NAME:
            raise _refuse(path, "аудит пакеті емес", "это не пакет аудита",
                          "not an audit package")
        version = meta.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise refuse_at(path, META_SHEET, meta_rows.get("format_version"), "B", Text(
                f"формат нұсқасы {quoted(version)} түсініксіз",
                f"непонятная версия формата {quoted(version)}",
                f"format_version {quoted(version)} is not a version number"))
        if version > FORMAT_VERSION:
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
            rows = reading.rows(spec.name)
            header = [str(v) for v in rows[0]] if rows else []
            if tuple(header[: len(spec.columns)]) != spec.columns:
                raise _refuse(path, f"{spec.name} парағының бағандары өзгертілген",
                              f"изменены столбцы листа {spec.name}",
                              f"the columns of sheet {spec.name} were changed")
            sheets[spec.name] = rows[HEADER_ROWS:]
        attachment_rows = (reading.rows(ATTACHMENT_DATA_SHEET)[HEADER_ROWS:]
                           if ATTACHMENT_DATA_SHEET in names else [])
        manifest_rows = reading.rows(MANIFEST_SHEET)[HEADER_ROWS:]
    except PackageError:
        raise
    except Exception as exc:  # whatever a file makes the parser raise: one line, no traceback
        sheet = reading.sheet if reading is not None else "-"
        raise _unreadable(path, sheet, exc) from exc
    return PackageSheets(path, meta, sheets, attachment_rows, manifest_rows, file_sha256,
                         meta_rows)


def _unreadable(path: Path, sheet: str, exc: BaseException) -> PackageError:
    detail = quoted(f"{type(exc).__name__}: {exc}", 160)
    if sheet == "-":
        return _refuse(path, f"жұмыс кітабын оқу мүмкін емес ({detail})",
                       f"книгу невозможно прочитать ({detail})",
                       f"the workbook cannot be read ({detail})")
    return _refuse(path, f"{sheet} парағын оқу мүмкін емес ({detail})",
                   f"лист {sheet} невозможно прочитать ({detail})",
                   f"sheet {sheet} cannot be read ({detail})")


def _attachments(read: PackageSheets) -> dict[str, bytes]:
    pieces: dict[str, list[tuple[int, str, int]]] = defaultdict(list)
    for number, row in enumerate(read.attachment_rows, start=HEADER_ROWS + 1):
        if not row or row[0] in (None, ""):
            continue
        padded = list(row) + [None] * (3 - len(row))
        key, part, text = padded[:3]
        if not isinstance(part, int | float) or isinstance(part, bool) or not float(
                part).is_integer() or not 1 <= part <= PACKAGE_LIMITS.rows:
            raise refuse_at(read.path, ATTACHMENT_DATA_SHEET, number, "part", Text(
                f"бөлік нөмірі {quoted(part)} бүтін сан емес",
                f"номер части {quoted(part)} не целое число",
                f"the part number {quoted(part)} is not a whole number"))
        if text is not None and not isinstance(text, str):
            raise refuse_at(read.path, ATTACHMENT_DATA_SHEET, number, "base64", Text(
                "base64 мәтін емес", "base64 не является текстом", "base64 is not text"))
        pieces[str(key)].append((int(part), text or "", number))
    attachments = {}
    for key, parts in pieces.items():
        parts.sort()
        numbers = [part for part, _, _ in parts]
        if numbers != list(range(1, len(parts) + 1)):
            raise refuse_at(read.path, ATTACHMENT_DATA_SHEET, parts[0][2], "part", Text(
                f"{quoted(key)} файлының бөліктері толық емес немесе қайталанады",
                f"части файла {quoted(key)} неполны или повторяются",
                f"the parts of attachment {quoted(key)} are missing or repeated"))
        try:
            attachments[key] = base64.b64decode("".join(p for _, p, _ in parts), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise refuse_at(read.path, ATTACHMENT_DATA_SHEET, parts[0][2], "base64", Text(
                f"{quoted(key)} файлы дұрыс base64 емес",
                f"файл {quoted(key)} не является правильным base64",
                f"attachment {quoted(key)} is not valid base64")) from exc
    return attachments


def _manifest(read: PackageSheets) -> dict[tuple[str, str], str]:
    manifest: dict[tuple[str, str], str] = {}
    for number, row in enumerate(read.manifest_rows, start=HEADER_ROWS + 1):
        if not row or row[0] in (None, ""):
            continue
        padded = list(row) + [None] * (3 - len(row))
        sheet, record, digest = (str(v) if v is not None else "" for v in padded[:3])
        if (sheet, record) in manifest:
            raise refuse_at(read.path, MANIFEST_SHEET, number, "record_id", Text(
                f"{quoted(record)} жазбасы манифестте екі рет",
                f"запись {quoted(record)} дважды в манифесте",
                f"record {quoted(record)} of sheet {quoted(sheet)} appears twice"))
        manifest[(sheet, record)] = digest
    return manifest


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
        attachments = _attachments(read)
        manifest = _manifest(read)
    except PackageError:
        raise
    except Exception as exc:  # a defect met by a file: one line, no traceback
        raise _unreadable(read.path, "-", exc) from exc
    return Package(read.path, read.meta, sheets, row_numbers, attachments, manifest,
                   read.file_sha256, read.meta_rows)


def read_package(path: Path) -> Package:
    """Read every sheet of a package; refuse, with one line, anything that is not one."""
    return package_from_sheets(read_package_sheets(path))


def verify(package: Package) -> Verification:
    """Compare every row, attachment and (format 2 on) Meta value with the manifest written
    at export."""
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
    meta_covered = package.format_version >= FIRST_FORMAT_WITH_META_IN_MANIFEST
    if meta_covered:
        meta = SheetChanges(META_SHEET)
        for _, meta_key, digest in meta_lines(package.meta.items()):
            expected = package.manifest.get((META_SHEET, meta_key))
            number = package.meta_rows.get(meta_key, 0)
            if expected is None:
                meta.added.append(number)
            elif expected != digest:
                meta.changed.append(number)
        meta.removed = sum(1 for (name, record) in package.manifest
                           if name == META_SHEET and record not in package.meta)
        if meta.changed or meta.added or meta.removed:
            changes.append(meta)
    intact = manifest_digest(
        (sheet, record, digest) for (sheet, record), digest in package.manifest.items()
    ) == package.meta.get(DATA_SHA256)
    return Verification(package.path, changes, intact, digests, meta_covered)
