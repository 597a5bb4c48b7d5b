"""The data rows of large worksheets, written straight as SpreadsheetML.

A national workbook holds hundreds of thousands of cells in its flat sheets. openpyxl writes
every part of the workbook — charts, styles, and each big sheet's header rows, frozen panes,
column widths and filter — while the data rows of the big sheets are written here as XML, into
the place openpyxl leaves for them in the sheet, several times faster than one cell object each.

Values follow the conventions of every workbook of the application:

* text is always text (an inline string, never a formula, whatever it starts with); characters
  XML 1.0 cannot carry are dropped, a text longer than a cell holds is cut with the cut shown
  (both as :func:`auditor.exchange.celltext.cell_text` does), and a carriage return is kept as
  a character reference, so text reads back as it was written;
* whole numbers are numbers, and every double is written in its shortest exact form;
* dates are serial numbers in a ``yyyy-mm-dd`` date style;
* booleans are TRUE/FALSE;
* empty values (``None``, empty text, numbers that are not finite) are empty cells.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from auditor.exchange.celltext import ILLEGAL_XML, cell_text
from auditor.exchange.limits import CELL_MAX_CHARS

# Anything that needs more than writing the text as it is.
_SPECIAL = re.compile(f"[&<>\r{ILLEGAL_XML}]")

DATE_FORMAT = "yyyy-mm-dd"
_ROWS_PER_CHUNK = 500

RowWriter = Callable[[], Iterable[bytes]]


def _inline_string(ref: str, value: str) -> str | None:
    if len(value) > CELL_MAX_CHARS or _SPECIAL.search(value) is not None:
        value = cell_text(value)
        if not value:
            return None
        text = (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\r", "&#13;"))
    else:
        text = value
    if value != value.strip():
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _number(value: float) -> str | None:
    if not math.isfinite(value):
        return None
    return repr(value)


_EPOCH = date(1899, 12, 30)


def _serial(value: date) -> str:
    """Excel's serial number of a day (or moment), as openpyxl writes it."""
    if isinstance(value, datetime):
        serial = float(to_excel(value))  # type: ignore[no-untyped-call]
        return str(int(serial)) if serial.is_integer() else repr(serial)
    days = (value - _EPOCH).days
    if 0 < days <= 60:
        days -= 1  # Excel counts a 29 February 1900 that never was
    return str(days)


def cell_xml(ref: str, value: Any, date_style: int) -> str | None:
    """One cell at ``ref`` (``"B7"``), or ``None`` when it is empty."""
    if value is None:
        return None
    if isinstance(value, str):
        return _inline_string(ref, value) if value else None
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int):
        return f'<c r="{ref}" t="n"><v>{value}</v></c>'
    if isinstance(value, float):
        number = _number(value)
        return None if number is None else f'<c r="{ref}" t="n"><v>{number}</v></c>'
    if isinstance(value, date):
        return f'<c r="{ref}" s="{date_style}" t="n"><v>{_serial(value)}</v></c>'
    raise TypeError(f"no worksheet cell for a value of type {type(value).__name__}")


def rows_xml(rows: Iterable[Sequence[Any]], first_row: int, date_style: int) -> Iterator[bytes]:
    """``<row>`` elements for ``rows`` from row number ``first_row`` on, in UTF-8 chunks."""
    letters: list[str] = []
    parts: list[str] = []
    append = parts.append
    special = _SPECIAL.search
    pending = 0
    for number, values in enumerate(rows, start=first_row):
        while len(letters) < len(values):
            letters.append(get_column_letter(len(letters) + 1))
        append(f'<row r="{number}">')
        for letter, value in zip(letters, values, strict=False):
            # Plain text and whole numbers, most of any sheet, are written here directly;
            # everything else by cell_xml.
            kind = type(value)
            if kind is str:
                if not value:
                    continue
                if (special(value) is None and value == value.strip()
                        and len(value) <= CELL_MAX_CHARS):
                    append(f'<c r="{letter}{number}" t="inlineStr"><is><t>{value}</t></is></c>')
                    continue
            elif kind is int:
                append(f'<c r="{letter}{number}" t="n"><v>{value}</v></c>')
                continue
            elif value is None:
                continue
            cell = cell_xml(f"{letter}{number}", value, date_style)
            if cell is not None:
                append(cell)
        append("</row>")
        pending += 1
        if pending == _ROWS_PER_CHUNK:
            yield "".join(parts).encode("utf-8")
            parts.clear()
            pending = 0
    if parts:
        yield "".join(parts).encode("utf-8")


def _split(part: bytes, name: str) -> tuple[bytes, bytes]:
    """The sheet XML before and after the point where data rows belong (end of sheetData)."""
    head, marker, tail = part.rpartition(b"</sheetData>")
    if marker:
        return head, marker + tail
    for empty in (b"<sheetData />", b"<sheetData/>"):
        head, marker, tail = part.partition(empty)
        if marker:
            return head + b"<sheetData>", b"</sheetData>" + tail
    raise ValueError(f"{name}: no sheetData to fill")


def fill_sheets(source: IO[bytes], target: Path, rows: Mapping[str, RowWriter],
                compresslevel: int = 1) -> None:
    """Copy the workbook ``source`` into ``target``, adding the data rows of some sheets.

    ``rows`` maps a sheet's part name (``xl/worksheets/sheet7.xml``) to what writes its rows;
    they go after the rows the sheet already has. Every other part is copied as it is.
    """
    missing = set(rows)
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(
        target, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel
    ) as result:
        for info in original.infolist():
            content = original.read(info)
            writer = rows.get(info.filename)
            if writer is None:
                result.writestr(info.filename, content)
                continue
            missing.discard(info.filename)
            head, tail = _split(content, info.filename)
            with result.open(info.filename, "w") as stream:
                stream.write(head)
                for chunk in writer():
                    stream.write(chunk)
                stream.write(tail)
    if missing:
        raise ValueError(f"no such sheets in the workbook: {', '.join(sorted(missing))}")


__all__ = ["DATE_FORMAT", "cell_xml", "fill_sheets", "rows_xml"]
