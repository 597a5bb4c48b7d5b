"""Writing workbook sheets the way every workbook of the application is written.

Header rows of machine keys and labels, frozen panes, column widths, and cells whose text is
always text (never a formula) and whose numbers read back exactly.
"""

from __future__ import annotations

import contextlib
import io
import math
import os
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from auditor.domain.text import LANGUAGES
from auditor.exchange.celltext import cell_text
from auditor.exchange.outputs import writing_failed
from auditor.exchange.package import DICTIONARY_SHEET
from auditor.exchange.sheetxml import DATE_FORMAT, RowWriter, fill_sheets, rows_xml
from auditor.forms.dictionary import data_dictionary
from auditor.forms.questionnaire import FORM


def cells(sheet: WriteOnlyWorksheet, values: Sequence[Any], font: Font | None = None) -> list[Any]:
    """Write-only cells of ``values``; text made safe (``cell_text``), and never a formula."""
    cells = []
    for value in values:
        if isinstance(value, str):
            value = cell_text(value)
        cell = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # never a formula, whatever the text starts with
        elif isinstance(value, float) and math.isfinite(value):
            # openpyxl writes 16 significant digits, which can change a double's last bit; the
            # shortest repr reads back as exactly the same number (Excel shows 15 digits).
            cell._value = repr(value)  # type: ignore[attr-defined]
        elif hasattr(value, "isoformat"):
            cell.number_format = DATE_FORMAT
        if font is not None:
            cell.font = font
        cells.append(cell)
    return cells

def data_sheet(workbook: Workbook, name: str, keys: Sequence[str], labels: Sequence[str],
           widths: Sequence[int]) -> WriteOnlyWorksheet:
    sheet: WriteOnlyWorksheet = workbook.create_sheet(name)
    sheet.freeze_panes = "B3" if keys and keys[0] == "id" else "A3"
    for number, width in enumerate(widths, start=1):
        # Write-only sheets take column widths before the first row (the stubs omit it).
        sheet.column_dimensions[get_column_letter(number)].width = width  # type: ignore[attr-defined]
    bold = Font(bold=True)
    sheet.append(cells(sheet, keys, bold))
    sheet.append(cells(sheet, labels, Font(italic=True)))
    return sheet

def column_width(key: str, label: str) -> int:
    if key in ("id", "audit_id") or key.endswith("_id"):
        return 38
    return max(10, min(48, len(label) + 2))

def write_dictionary(workbook: Workbook) -> None:
    keys = ["key", "section", "repeat", "type", "required", "relevant", "calculation"]
    for lang in LANGUAGES:
        keys += [f"label_{lang}", f"hint_{lang}", f"unit_{lang}", f"allowed_{lang}"]
    sheet = data_sheet(workbook, DICTIONARY_SHEET, keys, keys, [30 if "label" in k or "hint" in k
                                                            else 16 for k in keys])
    for entry in data_dictionary(FORM):
        values: list[Any] = [entry.key, entry.section, entry.repeat, entry.type, entry.required,
                             entry.relevant, entry.calculation]
        for lang in LANGUAGES:
            values += [entry.labels[lang], entry.hints[lang], entry.units[lang],
                       entry.allowed[lang]]
        sheet.append(cells(sheet, [v if v != "" else None for v in values]))


@dataclass(frozen=True)
class DataRows:
    """The data rows of a large sheet, written below its header rows when the workbook is
    saved (see :mod:`auditor.exchange.sheetxml`). ``first_row`` is the row number of the
    first of them; ``rows`` is read once, while the workbook is saved."""

    sheet: WriteOnlyWorksheet
    first_row: int
    rows: Iterable[Sequence[Any]]


@contextlib.contextmanager
def write_only_workbook() -> Iterator[Workbook]:
    """A write-only workbook; when what writes it fails or is cancelled, the temporary files
    that hold its sheets' rows until it is saved are removed."""
    workbook = Workbook(write_only=True)
    try:
        yield workbook
    except BaseException:
        _discard(workbook)
        raise


def _discard(workbook: Workbook) -> None:
    for sheet in workbook.worksheets:
        if not isinstance(sheet, WriteOnlyWorksheet):
            continue
        with contextlib.suppress(Exception):  # the error that got us here is the one to report
            if not sheet.closed:
                sheet.close()
        writer = getattr(sheet, "_writer", None)  # openpyxl keeps the rows' file there
        if writer is not None and os.path.exists(writer.out):
            with contextlib.suppress(OSError):
                writer.cleanup()


def _date_style(sheet: WriteOnlyWorksheet) -> int:
    """The workbook's cell style of dates, registered so that it is saved with the workbook."""
    cell = WriteOnlyCell(sheet)
    cell.number_format = DATE_FORMAT
    return int(cell.style_id)


def _save(workbook: Workbook, partial: Path, data_rows: Sequence[DataRows]) -> None:
    if not data_rows:
        workbook.save(partial)
        return
    date_style = _date_style(data_rows[0].sheet)
    # openpyxl writes every part, the big sheets with their header rows only; their data
    # rows are added while the parts are copied into the final file.
    skeleton = io.BytesIO()
    workbook.save(skeleton)

    def writer(data: DataRows) -> RowWriter:
        return lambda: rows_xml(data.rows, data.first_row, date_style)

    fill_sheets(skeleton, partial, {data.sheet.path.lstrip("/"): writer(data)
                                    for data in data_rows})


def save_atomically(workbook: Workbook, out: Path, data_rows: Sequence[DataRows] = ()) -> Path:
    """Save beside ``out`` and rename into place: a crash never leaves half a workbook under
    the final name, and a reader never sees one being written. A failure of the disk is an
    :class:`~auditor.exchange.outputs.OutputError` in plain words, with nothing left behind."""
    out = Path(out)
    partial = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        _save(workbook, partial, data_rows)
        os.replace(partial, out)
    except OSError as exc:  # a full disk, a read-only folder: in plain words
        raise writing_failed(out, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    return out
