"""Large sheets written straight as worksheet XML: values read back exactly, the workbook opens."""

from __future__ import annotations

import csv
import math
import shutil
import subprocess
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import openpyxl
import pytest
from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from auditor.exchange.package import canonical
from auditor.exchange.sheetxml import cell_xml, fill_sheets, rows_xml
from auditor.exchange.workbook import DataRows, cells, data_sheet, save_atomically

MARKUP = "a & b < c > d; \"quoted\" 'single' ]]> &amp;"
KAZAKH = "Қазақстан Республикасы: әғқңөұүһі ӘҒҚҢӨҰҮҺІ — «Дәрі-дәрмек» ЖШС"
FORMULAS = ("=SUM(A1:A2)", "+7 701 000 00 00", "-5", "@risk",
            '=HYPERLINK("http://example.invalid","x")')

# (written, as it reads back)
TEXTS: list[tuple[str, str | None]] = [
    ("plain", "plain"),
    (KAZAKH, KAZAKH),
    (MARKUP, MARKUP),
    ("two\nlines\tand a tab", "two\nlines\tand a tab"),
    ("windows\r\nline end", "windows\r\nline end"),
    ("  spaces kept  ", "  spaces kept  "),
    ("\ttab first", "\ttab first"),
    ("bell\x07 null\x00 escape\x1b vt\x0b ff\x0c", "bell null escape vt ff"),
    ("lone \ud800 surrogate and \ufffe\uffff non-characters",
     "lone  surrogate and  non-characters"),
    ("\x00\x01\x02", None),
    ("", None),
    *((text, text) for text in FORMULAS),
]
NUMBERS: list[Any] = [0, 7, -5, 12_345_678_901, 0.1, 1 / 3, -2.5e-7, 123456789.125, 1e300]
DATES = [date(2024, 2, 29), date(1999, 12, 31), date(2100, 1, 1), date(1900, 1, 15)]


def _rows() -> list[list[Any]]:
    rows: list[list[Any]] = []
    for number, (text, _) in enumerate(TEXTS):
        rows.append([f"t{number}", text, None, True])
    for number, value in enumerate(NUMBERS):
        rows.append([f"n{number}", None, value, False])
    for number, day in enumerate(DATES):
        rows.append([f"d{number}", None, day, None])
    rows.append(["empty", None, math.nan, None])
    rows.append(["infinite", None, math.inf, None])
    return rows


def _expected() -> list[list[Any]]:
    """The rows as they read back: illegal characters gone, empty values as empty cells."""
    expected: list[list[Any]] = []
    for number, (_, text) in enumerate(TEXTS):
        expected.append([f"t{number}", text, None, True])
    for number, value in enumerate(NUMBERS):
        expected.append([f"n{number}", None, value, False])
    for number, day in enumerate(DATES):
        expected.append([f"d{number}", None, day, None])
    expected += [["empty", None, None, None], ["infinite", None, None, None]]
    return expected


KEYS = ["id", "text", "value", "flag"]
LABELS = ["Идентификатор", "Мәтін", "Value", "Flag"]


@pytest.fixture(scope="module")
def workbook_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Streamed sheets around a sheet openpyxl writes whole, as in a national workbook."""
    workbook = Workbook(write_only=True)
    first = data_sheet(workbook, "First", KEYS, LABELS, [38, 40, 14, 8])
    first.auto_filter.ref = f"A2:D{2 + len(_rows())}"  # type: ignore[attr-defined]
    small = data_sheet(workbook, "Small", ["key", "value"], ["key", "value"], [10, 10])
    small.append(cells(small, ["kept", 1]))
    wide = data_sheet(workbook, "Wide", [f"c{n}" for n in range(30)],
                      [f"C{n}" for n in range(30)], [8] * 30)
    empty = data_sheet(workbook, "Empty", ["id"], ["id"], [10])
    path = tmp_path_factory.mktemp("sheetxml") / "streamed.xlsx"
    save_atomically(workbook, path, [
        DataRows(first, 3, _rows()),
        DataRows(wide, 3, ([f"r{row}c{col}" for col in range(30)] for row in range(3))),
        DataRows(empty, 3, []),
    ])
    return path


def _data(rows: list[list[Any]] | list[tuple[Any, ...]]) -> list[list[Any]]:
    return [[None if v == "" else v for v in row] for row in rows[2:]]


def test_values_read_back_with_openpyxl(workbook_path: Path) -> None:
    sheet = openpyxl.load_workbook(workbook_path)["First"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == KEYS and rows[1] == LABELS
    got = _data(rows)
    expected = _expected()
    assert len(got) == len(expected)
    for row, want in zip(got, expected, strict=True):
        if isinstance(want[2], date):
            # openpyxl reads an Excel date as midnight of that day
            assert row[2] == datetime.combine(want[2], datetime.min.time()), row
            assert row[:2] + row[3:] == want[:2] + want[3:]
        else:
            assert row == want, row
        if isinstance(want[2], int | float):
            assert type(row[2]) is type(want[2])


def test_cells_are_typed_and_text_is_never_a_formula(workbook_path: Path) -> None:
    sheet = openpyxl.load_workbook(workbook_path)["First"]
    by_value = {c.value: c for row in sheet.iter_rows(min_row=3) for c in row if c.value}
    for text in (*FORMULAS, KAZAKH):
        assert by_value[text].data_type == "s", text
    day = next(c for row in sheet.iter_rows(min_row=3) for c in row
               if isinstance(c.value, datetime))
    assert day.is_date and day.number_format == "yyyy-mm-dd"
    assert sheet["D3"].data_type == "b" and sheet["D3"].value is True


def test_values_read_back_with_calamine(workbook_path: Path) -> None:
    workbook = CalamineWorkbook.from_path(str(workbook_path))
    assert workbook.sheet_names == ["First", "Small", "Wide", "Empty"]
    rows = workbook.get_sheet_by_name("First").to_python(skip_empty_area=False)
    got = _data(rows)
    expected = _expected()
    assert len(got) == len(expected)
    for row, want in zip(got, expected, strict=True):
        # Every cell in the one form it has when written and when read (as the manifest sees it).
        assert [canonical(v) for v in row] == [canonical(v) for v in want], row
    assert [r[1] for r in got[:len(TEXTS)]] == [t if t else None for _, t in TEXTS]


def test_sheet_settings_and_neighbours_are_kept(workbook_path: Path) -> None:
    workbook = openpyxl.load_workbook(workbook_path)
    first = workbook["First"]
    assert first.freeze_panes == "B3"
    assert first.column_dimensions["A"].width == 38
    assert first.column_dimensions["B"].width == 40
    assert first.auto_filter.ref == f"A2:D{2 + len(_rows())}"
    assert first["A1"].font.b and first["A2"].font.i
    assert [list(r) for r in workbook["Small"].iter_rows(values_only=True)] == [
        ["key", "value"], ["key", "value"], ["kept", 1]]
    wide = [list(r) for r in workbook["Wide"].iter_rows(values_only=True)]
    assert wide[2][26:] == ["r0c26", "r0c27", "r0c28", "r0c29"]
    assert workbook["Wide"]["AD5"].value == "r2c29"
    assert workbook["Empty"].max_row == 2


def test_every_part_is_well_formed_xml(workbook_path: Path) -> None:
    with zipfile.ZipFile(workbook_path) as archive:
        assert archive.testzip() is None
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                ElementTree.fromstring(archive.read(name))


@pytest.mark.skipif(not (shutil.which("libreoffice") or shutil.which("soffice")),
                    reason="LibreOffice is not installed")
def test_libreoffice_reads_the_workbook(workbook_path: Path, tmp_path: Path) -> None:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    assert office is not None
    # Every sheet, UTF-8, as CSV (the last token: all sheets, one file each).
    target = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    subprocess.run(
        [office, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", target, "--outdir", str(tmp_path), str(workbook_path)],
        check=True, capture_output=True, timeout=180,
    )
    with (tmp_path / "streamed-First.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == KEYS
    texts = {row[1] for row in rows[2:]}
    assert KAZAKH in texts and all(text in texts for text in FORMULAS)
    assert "2024-02-29" in {row[2] for row in rows[2:]}
    assert (tmp_path / "streamed-Wide.csv").read_text(encoding="utf-8").count("r2c29") == 1


def test_cell_xml_escapes_and_refuses_what_a_cell_cannot_hold() -> None:
    assert cell_xml("A1", "<&>", 0) == '<c r="A1" t="inlineStr"><is><t>&lt;&amp;&gt;</t></is></c>'
    assert cell_xml("B2", " x", 0) == (
        '<c r="B2" t="inlineStr"><is><t xml:space="preserve"> x</t></is></c>')
    assert cell_xml("C3", date(2024, 1, 1), 5) == '<c r="C3" s="5" t="n"><v>45292</v></c>'
    assert cell_xml("D4", 0.1, 0) == '<c r="D4" t="n"><v>0.1</v></c>'
    assert cell_xml("E5", None, 0) is None
    with pytest.raises(TypeError):
        cell_xml("F6", object(), 0)


def test_rows_come_in_order_from_the_first_row_number() -> None:
    xml = b"".join(rows_xml(([n] for n in range(1200)), 3, 0)).decode()
    assert xml.startswith('<row r="3"><c r="A3" t="n"><v>0</v></c></row>')
    assert xml.endswith('<row r="1202"><c r="A1202" t="n"><v>1199</v></c></row>')
    assert xml.count("<row ") == 1200


def test_filling_a_sheet_the_workbook_does_not_have_is_refused(tmp_path: Path) -> None:
    workbook = Workbook(write_only=True)
    data_sheet(workbook, "Only", ["id"], ["id"], [10])
    source = tmp_path / "source.xlsx"
    workbook.save(source)
    with source.open("rb") as handle, pytest.raises(ValueError, match="sheet9"):
        fill_sheets(handle, tmp_path / "target.xlsx",
                    {"xl/worksheets/sheet9.xml": lambda: iter([b""])})
