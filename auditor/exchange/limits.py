"""Every limit on reading a workbook, in one place (documented in docs/package-format.md).

A workbook is checked against these limits before a single cell of it is parsed
(:mod:`auditor.exchange.xlsxguard`), and its values against the value limits while they are
converted (:mod:`auditor.exchange.values`). The limits are far above anything a real package or
assignment list reaches, and low enough that reading one file never needs more memory than a
laptop has, whatever the file claims about itself:

* the parser (calamine) keeps a sheet as a dense grid from its first to its last cell holding a
  value, 32 bytes a cell, so rows × columns of every sheet read is bounded;
* text is bounded by the unpacked size of the file, and text repeated through the shared-string
  table (one cell pointing at a long string, a million times) by what those cells add up to.
"""

from __future__ import annotations

from dataclasses import dataclass

# Excel's own limits: a cell holds at most 32,767 characters, a sheet 1,048,576 rows and
# 16,384 columns (XFD).
CELL_MAX_CHARS = 32_767
EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_COLUMNS = 16_384

# No figure of a pharmaceutical producer (money in tenge, units, staff) comes near 10^15; the
# questionnaire's own bounds are narrower. An imported number beyond it is refused.
MAX_ABS_NUMBER = 10**15


@dataclass(frozen=True)
class WorkbookLimits:
    """What one workbook of a kind may hold."""

    kind: str  # "package" or "assignment list", for messages
    file_bytes: int  # the file itself
    unpacked_bytes: int  # every part unpacked, together
    part_bytes: int  # any one part unpacked
    ratio: int  # unpacked / packed, per part
    parts: int  # parts in the zip container
    sheet_rows: int  # the last row holding a value, per sheet
    sheet_columns: int  # the last column holding a value, per sheet
    declared_rows: int  # what a sheet's <dimension> may declare
    declared_columns: int
    rows: int  # rows of all sheets read, together
    shared_strings: int  # entries of the shared-string table (and what it declares)
    shared_text_bytes: int  # text that cells take from the shared-string table, together
    # How a file that is not a zip workbook at all is told: "not an Excel workbook…"
    workbook_hint: str = ""


PACKAGE_LIMITS = WorkbookLimits(
    kind="package",
    file_bytes=512 * 1024 * 1024,
    unpacked_bytes=1024 * 1024 * 1024,
    part_bytes=1024 * 1024 * 1024,
    ratio=200,  # real workbooks stay well below 100
    parts=200,  # a package has 27
    sheet_rows=200_000,  # a package of 3,000 audits has ~100,000 product rows
    sheet_columns=64,  # the widest sheet (Audits) has 36
    declared_rows=200_000,
    declared_columns=64,
    rows=500_000,
    shared_strings=2_000_000,
    shared_text_bytes=1024 * 1024 * 1024,
)

# Made by people in Excel: a few thousand rows, any columns they like. Excel may declare a
# sheet's dimension far beyond its last value (formatting), so the declaration is only held to
# Excel's own size; cells that hold nothing are never counted.
ASSIGNMENT_LIMITS = WorkbookLimits(
    kind="assignment list",
    file_bytes=50 * 1024 * 1024,
    unpacked_bytes=500 * 1024 * 1024,
    part_bytes=500 * 1024 * 1024,
    ratio=200,
    parts=500,
    sheet_rows=50_000,
    sheet_columns=256,
    declared_rows=EXCEL_MAX_ROWS,
    declared_columns=EXCEL_MAX_COLUMNS,
    rows=50_000,
    shared_strings=2_000_000,
    shared_text_bytes=256 * 1024 * 1024,
    workbook_hint=" (.xlsx)",
)

__all__ = [
    "ASSIGNMENT_LIMITS",
    "CELL_MAX_CHARS",
    "EXCEL_MAX_COLUMNS",
    "EXCEL_MAX_ROWS",
    "MAX_ABS_NUMBER",
    "PACKAGE_LIMITS",
    "WorkbookLimits",
]
