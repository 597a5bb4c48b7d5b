"""A workbook file checked, part by part, before anything of it is parsed.

The parser (calamine) trusts the file: it keeps every sheet as a dense grid from its first to
its last cell with a value, so one cell in the far corner of a sheet (XFD1048576) asks for
hundreds of gigabytes, and a process that cannot have them is aborted, not refused. It also
reserves room for as many shared strings as the file declares, and copies a shared string into
every cell that points at it. So before calamine opens a file, this module reads it once
itself — the zip directory, then every part unpacked as a stream, never more than a few
megabytes at a time — and refuses it, with one line naming the file and what is wrong, when:

* it is not a zip workbook, is truncated or damaged (a deflate stream that does not inflate, a
  part whose size or checksum is not what the directory says), is encrypted or uses a
  compression method other than stored and deflate, or holds the parts of an OpenDocument or
  binary Excel file (calamine would read those with readers whose cells this module cannot
  see — a file's name does not decide which reader it gets);
* it is larger than the limits of its kind (:mod:`auditor.exchange.limits`), packed or unpacked,
  or a part of it unpacks more than ``ratio`` times its packed size (counted as it is unpacked,
  so a directory that understates sizes gains nothing);
* a cell that holds a value lies beyond the rows or columns a sheet may have, or a sheet
  declares (``<dimension>``) a size beyond them;
* its shared-string table declares or holds more entries than allowed, or the cells that take
  text from it add up to more text than allowed;
* cells or shared strings are written in a form real workbooks never use and that would hide
  them from these checks: a cell without its reference as first attribute (``<c r="A1"``), a
  cell element with a namespace prefix, a shared string that is not a plain ``<si>`` element.

Every part is checked, whatever its name or place: the workbook's relationships may point a
sheet at any part. Cells that hold nothing (``<c r="XFD1" s="3"/>``, left by formatting) are
never counted: calamine keeps no room for them.

:func:`open_workbook` is the one way the application opens a workbook to read it: the check,
then calamine. Nothing else imports calamine (an import-linter contract in pyproject.toml).
"""

from __future__ import annotations

import hashlib
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import BinaryIO

from python_calamine import CalamineWorkbook

from auditor.domain.text import Text
from auditor.exchange.limits import WorkbookLimits

_ZIP_MAGIC = b"PK\x03\x04"
_LOCAL_HEADER = 30
_READ = 1 << 20  # packed bytes read at a time
_UNPACK = 4 << 20  # unpacked bytes produced at a time
# What is kept of one buffer for the next: longer than any cell tag a real workbook writes, so a
# tag cut by the end of a buffer is looked at whole in the next one.
_OVERLAP = 4096
_HEAD = 64 * 1024  # the <dimension> and the <sst> tag are in a part's first bytes


class UnsafeWorkbook(Exception):
    """The file is refused before it is parsed; ``reason`` is one line naming the file."""

    def __init__(self, reason: Text) -> None:
        self.reason = reason
        super().__init__(reason.en)


def _refuse(path: Path, kk: str, ru: str, en: str) -> UnsafeWorkbook:
    return UnsafeWorkbook(Text(f"{path.name}: {kk}", f"{path.name}: {ru}", f"{path.name}: {en}"))


def _corrupt(path: Path, part: str | None = None) -> UnsafeWorkbook:
    if part is None:
        return _refuse(path, "файл бүлінген немесе толық емес", "файл повреждён или обрезан",
                       "corrupt or truncated file")
    return _refuse(path, f"файл бүлінген ({part} бөлігі)", f"файл повреждён (часть {part})",
                   f"damaged or truncated file: part {part} does not unpack to the size and "
                   "checksum its directory gives")


def _size(n: int) -> str:
    return f"{n / 2**20:.0f} MB" if n >= 2**20 else f"{n} bytes"


# --- references -------------------------------------------------------------------------------


def column_letters(number: int) -> str:
    """Excel's letters of a column number (1 → A, 27 → AA)."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _split_reference(reference: str) -> tuple[int, int] | None:
    """(row, column), both from 1, of ``B7``; None when it is not a cell reference."""
    match = re.fullmatch(r"([A-Za-z]{1,7})([0-9]{1,12})", reference)
    if match is None:
        return None
    column = 0
    for letter in match.group(1).upper():
        column = column * 26 + ord(letter) - ord("A") + 1
    return int(match.group(2)), column


def _letters_up_to(limit: int) -> str:
    """A regular expression for the (capital) letters of columns 1 to ``limit``."""
    letters = column_letters(limit)
    options = [f"[A-Z]{{1,{len(letters) - 1}}}"] if len(letters) > 1 else []
    for at, letter in enumerate(letters):
        if letter != "A":
            options.append(f"{letters[:at]}[A-{chr(ord(letter) - 1)}]"
                           f"[A-Z]{{{len(letters) - at - 1}}}")
    options.append(letters)
    return "(?:" + "|".join(options) + ")"


@cache
def _cell_check(rows: int, columns: int) -> re.Pattern[bytes]:
    """One search over a part for the cells that need a closer look.

    Every cell element starts with the literal ``<c``. Passed over at the speed of a plain
    search are the cells written as every writer writes them, ``<c r="B7"``, with a column up
    to ``columns`` and a row of fewer digits than ``rows`` (so certainly within it); and
    ``<col`` elements. Everything else that starts with ``<c`` is looked at one by one.
    """
    fewer = len(str(rows)) - 1
    row = f"[1-9][0-9]{{0,{fewer - 1}}}" if fewer > 0 else "(?!)"
    return re.compile(f'<c(?! r="{_letters_up_to(columns)}{row}"|ol)'.encode())


# A cell's start tag: its reference, then its other attributes, then ``>`` or ``/>``.
_ATTRIBUTES = rb"""((?:\s+[^\s=/<>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(/?)>"""
_CELL_TAG = re.compile(rb'<c r="([^"<>]*)"' + _ATTRIBUTES)
_TYPE = re.compile(rb"""\st\s*=\s*(["'])(.*?)\1""", re.DOTALL)
_SHARED_VALUE = re.compile(rb"<v>([0-9]{1,10})</v>")
# An element called c (or si, or sst) with a namespace prefix.
_PREFIXED_CELL = re.compile(rb"""<[^\s<>/!?:="']+:c[\s/>]""")
_DIMENSION = re.compile(rb"""<(?:[^\s<>/!?:="']+:)?dimension\s[^>]*?\bref\s*=\s*["']([^"']*)""")
_SST_TAG = re.compile(rb"<(?:[^\s<>/!?:=\"']+:)?sst(?=[\s/>])" + _ATTRIBUTES)
_UNIQUE_COUNT = re.compile(rb"""\suniqueCount\s*=\s*(["'])(.*?)\1""", re.DOTALL)
_SI_UNUSUAL = re.compile(rb"""<si[\s/]|<[^\s<>/!?:="']+:si[\s/>]|</si\s""")
_SI_TOKEN = re.compile(rb"</?si>")
_ANY_CELL = re.compile(rb"""<(?:[^\s<>/!?:="']+:)?c[\s/>]""")


# --- the parts --------------------------------------------------------------------------------


@dataclass
class _Totals:
    unpacked: int = 0
    shared_text: int = 0
    shared_lengths: list[int] | None = None  # bytes of each shared string, when there are any


@dataclass
class _SheetScan:
    """The checks of one part, fed its unpacked bytes in order."""

    guard: _Guard
    part: str
    tail: bytes = b""
    offset: int = 0  # of ``tail`` in the part
    head_seen: bool = False
    counts_shared: bool = False

    def feed(self, data: bytes, final: bool) -> None:
        buffer = self.tail + data if self.tail else data
        limit = len(buffer) if final else max(0, len(buffer) - _OVERLAP)
        if not self.head_seen:
            self._head(buffer[:_HEAD])
        self._cells(buffer, limit)
        if self.counts_shared:
            self._shared_cells(buffer, limit)
        self.offset += limit
        self.tail = buffer[limit:]

    def _head(self, head: bytes) -> None:
        self.head_seen = True
        guard = self.guard
        at = head.find(b"dimension")
        match = _DIMENSION.search(head, max(0, at - 64)) if at >= 0 else None
        if match is None:
            return
        declared = [_split_reference(ref.decode("ascii", "replace"))
                    for ref in match.group(1).split(b":")]
        limits = guard.limits
        for ref in declared:
            if ref is not None and (ref[0] > limits.declared_rows
                                    or ref[1] > limits.declared_columns):
                raise guard.refuse(
                    f"{self.part} парағы {ref[0]:,} жол × {ref[1]:,} бағанға дейін жариялайды "
                    f"(ең көбі {limits.declared_rows:,} × {limits.declared_columns:,})",
                    f"лист {self.part} объявляет размер до {ref[0]:,} строк × {ref[1]:,} "
                    f"столбцов (не более {limits.declared_rows:,} × "
                    f"{limits.declared_columns:,})",
                    f"sheet {self.part} declares a size of up to {ref[0]:,} rows × {ref[1]:,} "
                    f"columns (at most {limits.declared_rows:,} × "
                    f"{limits.declared_columns:,})",
                )

    def _cells(self, buffer: bytes, limit: int) -> None:
        guard = self.guard
        limits = guard.limits
        check = _cell_check(limits.sheet_rows, limits.sheet_columns)
        position = 0
        while True:
            match = check.search(buffer, position)
            if match is None or match.start() >= limit:
                break
            start = match.start()
            position = start + 2
            following = buffer[position:position + 1]
            if following.isalnum() or following in (b"_", b".", b":", b"-"):
                continue  # another element whose name starts with c
            tag = _CELL_TAG.match(buffer, start)
            reference = _split_reference(tag.group(1).decode("ascii", "replace")) if tag else None
            if tag is None or reference is None:
                raise guard.unusual(self.part, "cell")
            row, column = reference
            if (row > limits.sheet_rows or column > limits.sheet_columns) and not tag.group(3):
                # A cell that holds something, beyond the limits (an empty one takes no room).
                raise guard.beyond(self.part, tag.group(1).decode("ascii", "replace"))
            position = tag.end()
        if b":c" in buffer:
            prefixed = _PREFIXED_CELL.search(buffer)
            if prefixed is not None and prefixed.start() < limit:
                raise guard.unusual(self.part, "cell")

    def _shared_cells(self, buffer: bytes, limit: int) -> None:
        """Add up the text the cells of this part take from the shared-string table."""
        guard = self.guard
        lengths = guard.totals.shared_lengths or []
        opened = buffer.count(b'<c r="', 0, min(len(buffer), limit + 5))
        seen = 0
        total = 0
        for tag in _CELL_TAG.finditer(buffer):
            if tag.start() >= limit:
                break
            seen += 1
            if tag.group(3):
                continue
            kind = _TYPE.search(tag.group(2))
            if kind is None or kind.group(2) != b"s":
                continue
            value = _SHARED_VALUE.match(buffer, tag.end())
            if value is None:
                raise guard.unusual(self.part, "cell")
            index = int(value.group(1))
            if index < len(lengths):
                total += lengths[index]
        if seen != opened:
            raise guard.unusual(self.part, "cell")
        guard.add_shared_text(total)


@dataclass
class _SharedStringsScan:
    """The shared-string table: how many entries, and how long each one is at most."""

    guard: _Guard
    part: str
    tail: bytes = b""
    offset: int = 0
    head_seen: bool = False
    opened_at: int | None = None
    lengths: list[int] = field(default_factory=list)

    def feed(self, data: bytes, final: bool) -> None:
        buffer = self.tail + data if self.tail else data
        limit = len(buffer) if final else max(0, len(buffer) - _OVERLAP)
        guard = self.guard
        if not self.head_seen:
            self.head_seen = True
            self._head(buffer[:_HEAD])
        unusual = _SI_UNUSUAL.search(buffer)
        if unusual is not None and unusual.start() < limit:
            raise guard.unusual(self.part, "shared string")
        cell = _ANY_CELL.search(buffer) if b"<c" in buffer or b":c" in buffer else None
        if cell is not None and cell.start() < limit:  # a shared-string table holds no cells
            raise guard.unusual(self.part, "cell")
        for token in _SI_TOKEN.finditer(buffer, 0, min(len(buffer), limit + 4)):
            if token.start() >= limit:
                break
            at = self.offset + token.start()
            if token.group() == b"<si>":
                if self.opened_at is not None:
                    raise guard.unusual(self.part, "shared string")
                self.opened_at = at
                if len(self.lengths) >= guard.limits.shared_strings:
                    raise guard.too_many_strings(len(self.lengths) + 1)
            else:
                if self.opened_at is None:
                    raise guard.unusual(self.part, "shared string")
                self.lengths.append(at - self.opened_at)
                self.opened_at = None
        self.offset += limit
        self.tail = buffer[limit:]
        if final:
            if self.opened_at is not None:
                raise guard.unusual(self.part, "shared string")
            guard.totals.shared_lengths = self.lengths

    def _head(self, head: bytes) -> None:
        guard = self.guard
        tag = _SST_TAG.search(head)
        if tag is None:
            raise guard.unusual(self.part, "shared string")
        declared = _UNIQUE_COUNT.search(tag.group(1))
        if declared is not None:
            text = declared.group(2)
            if not text.isdigit() or len(text) > 18:
                raise guard.unusual(self.part, "shared string")
            if int(text) > guard.limits.shared_strings:
                raise guard.too_many_strings(int(text))


_Scan = _SheetScan | _SharedStringsScan


# Parts without which calamine's OpenDocument and binary-Excel readers cannot open a file.
_OTHER_FORMATS = frozenset({"mimetype", "xl/workbook.bin"})


def _normalised(name: str) -> str:
    """A part's name as calamine looks it up (case and slashes do not matter to it)."""
    return name.replace("\\", "/").lower()


def _is_shared_strings(name: str) -> bool:
    return _normalised(name).endswith("sharedstrings.xml")


class _Guard:
    def __init__(self, path: Path, limits: WorkbookLimits) -> None:
        self.path = path
        self.limits = limits
        self.totals = _Totals()

    def refuse(self, kk: str, ru: str, en: str) -> UnsafeWorkbook:
        return _refuse(self.path, kk, ru, en)

    def unusual(self, part: str, what: str) -> UnsafeWorkbook:
        kk = {"cell": "ұяшық", "shared string": "ортақ жол"}[what]
        ru = {"cell": "ячейка", "shared string": "общая строка"}[what]
        return self.refuse(
            f"{part} бөлігінде әдеттен тыс жазылған {kk} бар (нақты жұмыс кітаптары бұлай "
            "жазбайды)",
            f"в части {part} {ru} записана необычным образом (настоящие книги так не пишут)",
            f"part {part} holds a {what} written in a form real workbooks never use",
        )

    def beyond(self, part: str, reference: str) -> UnsafeWorkbook:
        limits = self.limits
        shown = reference[:24]
        return self.refuse(
            f"{part} бөлігінде {shown} ұяшығы шектен тыс (парақта ең көбі "
            f"{limits.sheet_rows:,} жол және {limits.sheet_columns} баған, "
            f"{column_letters(limits.sheet_columns)} дейін)",
            f"в части {part} ячейка {shown} за пределами листа (не более "
            f"{limits.sheet_rows:,} строк и {limits.sheet_columns} столбцов, до "
            f"{column_letters(limits.sheet_columns)})",
            f"part {part} has a cell at {shown}, beyond the limits of a sheet ({limits.kind}: "
            f"{limits.sheet_rows:,} rows, {limits.sheet_columns} columns up to "
            f"{column_letters(limits.sheet_columns)})",
        )

    def too_many_strings(self, count: int) -> UnsafeWorkbook:
        most = self.limits.shared_strings
        return self.refuse(
            f"ортақ жолдар кестесі тым үлкен ({count:,}; ең көбі {most:,})",
            f"слишком большая таблица общих строк ({count:,}; не более {most:,})",
            f"too many shared strings ({count:,}; at most {most:,})",
        )

    def add_shared_text(self, count: int) -> None:
        self.totals.shared_text += count
        most = self.limits.shared_text_bytes
        if self.totals.shared_text > most:
            raise self.refuse(
                f"ұяшықтар ортақ жолдардан тым көп мәтін алады (ең көбі {_size(most)})",
                f"ячейки берут из общих строк слишком много текста (не более {_size(most)})",
                f"its cells take more text from the shared strings than allowed "
                f"(at most {_size(most)})",
            )

    # --- the container ---

    def directory(self, archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
        limits = self.limits
        members = archive.infolist()
        if len(members) > limits.parts:
            raise self.refuse(
                f"бөліктері тым көп ({len(members)})", f"слишком много частей ({len(members)})",
                f"too many parts in the workbook ({len(members)}; at most {limits.parts})",
            )
        names: set[str] = set()
        total = 0
        for member in members:
            name = _normalised(member.filename)
            if name in names:
                raise self.refuse(
                    f"{member.filename} бөлігі екі рет кездеседі",
                    f"часть {member.filename} встречается дважды",
                    f"part {member.filename} appears twice",
                )
            names.add(name)
            if name in _OTHER_FORMATS:
                # calamine picks its reader by the file's extension, or by trying each in turn:
                # a file with these parts could be read as OpenDocument or binary Excel,
                # whose cells this check cannot see.
                raise self.refuse(
                    f"{member.filename} бөлігі басқа кесте форматынікі (xlsx емес)",
                    f"часть {member.filename} относится к другому формату таблиц (не xlsx)",
                    f"not an xlsx workbook: part {member.filename} belongs to another "
                    "spreadsheet format",
                )
            if member.flag_bits & 0x1:
                raise self.refuse("файл шифрланған", "файл зашифрован",
                                  "encrypted content (not a package workbook)")
            if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise self.refuse(
                    f"қолдау көрсетілмейтін сығу әдісі ({member.compress_type})",
                    f"неподдерживаемый метод сжатия ({member.compress_type})",
                    f"unsupported compression method {member.compress_type} in part "
                    f"{member.filename}",
                )
            self.check_size(member.filename, member.file_size, member.compress_size)
            total += member.file_size
            if total > limits.unpacked_bytes:
                raise self.too_large_unpacked()
        # The shared strings first: the cells of every sheet are measured against them.
        return sorted(members, key=lambda m: not _is_shared_strings(m.filename))

    def too_large_unpacked(self) -> UnsafeWorkbook:
        return self.refuse(
            "ашылған көлемі тым үлкен", "слишком велик в распакованном виде",
            f"too large when unpacked (at most {_size(self.limits.unpacked_bytes)})",
        )

    def check_size(self, part: str, unpacked: int, packed: int) -> None:
        limits = self.limits
        if unpacked > limits.part_bytes:
            raise self.too_large_unpacked()
        if unpacked > 1024 and unpacked > limits.ratio * max(packed, 1):
            raise self.refuse(
                "күдікті қысылған файл (zip-бомба)", "подозрительно сжатый файл (zip-бомба)",
                f"suspiciously compressed content (zip bomb): part {part} unpacks more than "
                f"{limits.ratio} times its size",
            )

    def unpack(self, handle: BinaryIO, member: zipfile.ZipInfo) -> Iterator[bytes]:
        """The unpacked bytes of ``member``, a few megabytes at a time, checked as they come."""
        handle.seek(member.header_offset)
        header = handle.read(_LOCAL_HEADER)
        if len(header) < _LOCAL_HEADER or header[:4] != _ZIP_MAGIC:
            raise _corrupt(self.path, member.filename)
        name_length, extra_length = struct.unpack("<HH", header[26:30])
        handle.seek(member.header_offset + _LOCAL_HEADER + name_length + extra_length)
        left = member.compress_size
        produced = 0
        crc = 0
        inflater = (zlib.decompressobj(-15) if member.compress_type == zipfile.ZIP_DEFLATED
                    else None)
        pending = b""
        while True:
            if inflater is not None and pending:
                data = pending
            elif left > 0:
                data = handle.read(min(left, _READ))
                if not data:
                    raise _corrupt(self.path, member.filename)
                left -= len(data)
            else:
                break
            if inflater is None:
                out = data
            else:
                try:
                    out = inflater.decompress(data, _UNPACK)
                except zlib.error as exc:
                    raise self.refuse(
                        f"{member.filename} бөлігінің сығылған деректері бүлінген",
                        f"повреждены сжатые данные части {member.filename}",
                        f"damaged compressed data in part {member.filename} ({exc})",
                    ) from exc
                pending = inflater.unconsumed_tail
            produced += len(out)
            self.totals.unpacked += len(out)
            if produced > member.file_size:
                # More than the directory says: a bomb that understates its size.
                self.check_size(member.filename, produced, member.compress_size)
                raise self.refuse(
                    "күдікті қысылған файл (zip-бомба)", "подозрительно сжатый файл (zip-бомба)",
                    f"suspiciously compressed content (zip bomb): part {member.filename} "
                    f"unpacks to more than the {member.file_size:,} bytes its directory gives",
                )
            if self.totals.unpacked > self.limits.unpacked_bytes:
                raise self.too_large_unpacked()
            crc = zlib.crc32(out, crc)
            if out:
                yield out
            if inflater is not None and inflater.eof:
                break
        if inflater is not None and not inflater.eof:
            raise _corrupt(self.path, member.filename)
        if produced != member.file_size or crc != member.CRC:
            raise _corrupt(self.path, member.filename)


def check_workbook(path: Path, limits: WorkbookLimits) -> str:
    """Refuse ``path`` unless it is a workbook within ``limits`` (see the module's text);
    otherwise return the SHA-256 of the file."""
    path = Path(path)
    guard = _Guard(path, limits)
    if not path.is_file():
        raise _refuse(path, "файл табылмады", "файл не найден", "file not found")
    size = path.stat().st_size
    if size > limits.file_bytes:
        raise _refuse(path, f"файл тым үлкен ({_size(size)})",
                      f"файл слишком велик ({_size(size)})",
                      f"too large ({_size(size)}; the limit is {_size(limits.file_bytes)})")
    try:
        return _check(path, limits, guard)
    except OSError as exc:  # the file cannot be read (permission, a failing disk)
        detail = exc.strerror or type(exc).__name__
        raise _refuse(path, f"файлды оқу мүмкін емес ({detail})",
                      f"файл невозможно прочитать ({detail})",
                      f"the file cannot be read ({detail})") from exc


def _check(path: Path, limits: WorkbookLimits, guard: _Guard) -> str:
    with path.open("rb") as handle:
        if handle.read(4) != _ZIP_MAGIC:
            hint = limits.workbook_hint
            raise _refuse(path, f"Excel жұмыс кітабы{hint} емес", f"это не книга Excel{hint}",
                          f"not an Excel workbook{hint}")
        handle.seek(0)
        digest = hashlib.file_digest(handle, "sha256").hexdigest()
        try:
            archive = zipfile.ZipFile(handle)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, struct.error,
                OverflowError, NotImplementedError) as exc:
            raise _corrupt(path) from exc
        with archive:
            members = guard.directory(archive)
            shared = [m for m in members if _is_shared_strings(m.filename)]
            if len(shared) > 1:
                raise _refuse(path, "ортақ жолдар кестесі екеу", "две таблицы общих строк",
                              "two shared-string tables")
            for member in members:
                scan: _Scan
                if _is_shared_strings(member.filename):
                    scan = _SharedStringsScan(guard, member.filename)
                else:
                    scan = _SheetScan(guard, member.filename,
                                      counts_shared=bool(shared))
                previous: bytes | None = None
                for chunk in guard.unpack(handle, member):
                    if previous is not None:
                        scan.feed(previous, final=False)
                    previous = chunk
                scan.feed(previous or b"", final=True)
    return digest


@dataclass(frozen=True)
class CheckedWorkbook:
    """A workbook that passed :func:`check_workbook`, open for reading."""

    sha256: str  # of the file that was checked
    workbook: CalamineWorkbook


def open_workbook(path: Path, limits: WorkbookLimits) -> CheckedWorkbook:
    """Open ``path`` for reading once it passed the checks of its kind (:func:`check_workbook`,
    which raises :class:`UnsafeWorkbook`). What calamine raises opening a file it cannot read
    is left to the caller, which says so in its own words."""
    sha256 = check_workbook(path, limits)
    return CheckedWorkbook(sha256, CalamineWorkbook.from_path(str(path)))


__all__ = ["CheckedWorkbook", "UnsafeWorkbook", "check_workbook", "column_letters",
           "open_workbook"]
