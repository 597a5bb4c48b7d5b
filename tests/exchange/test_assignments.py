"""Assignment lists: companies to visit, read from a workbook someone made in Excel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from auditor.db.database import Database
from auditor.db.models import Company, TrailEntry
from auditor.domain.bin import make_bin, make_demo_bin
from auditor.exchange.assignments import (
    AssignmentError,
    BadRow,
    import_assignments,
    region_code,
)

GOOD = make_bin(2012, 4, 101)
ZERO_LED = make_bin(2007, 11, 202)  # "07…": Excel keeps it as a number and drops the zero
PRESENT = make_bin(2015, 2, 303)
OTHER = make_bin(2019, 6, 404)
NO_NAME = make_bin(2020, 1, 505)
WRONG_CHECK = GOOD[:11] + str((int(GOOD[11]) + 1) % 10)


@pytest.fixture
def database(database: Database) -> Database:
    """A laptop's database that knows one producer."""
    with database.transaction("setup") as session:
        session.add(Company(bin=PRESENT, name_ru="АО «Химфарм»", region_code="79"))
    return database


def _workbook(path: Path, rows: list[list[Any]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    # A second sheet that is not the list must not be read.
    workbook.create_sheet("Notes").append(["BIN", "name", "region"])
    workbook.save(path)
    return path


def _companies(database: Database) -> dict[str, tuple[str | None, str | None, str]]:
    with database.session() as session:
        return {
            c.bin: (c.name_kk, c.name_ru, c.region_code)
            for c in session.scalars(select(Company))
        }


def _a_typical_list(path: Path) -> Path:
    assert ZERO_LED.startswith("0")
    return _workbook(path, [
        ["Список предприятий для аудита, 2025 год"],                  # 1: a title
        [],                                                           # 2
        ["№", "БИН", "Наименование", "Область"],                      # 3: the header
        [1, GOOD, "ТОО «Фарм Лайн»", "г. Алматы"],                    # 4
        [2, int(ZERO_LED), "«Дәрі-Дәрмек» ЖШС", "Алматинская обл."],  # 5
        [3, WRONG_CHECK, "ТОО «Опечатка»", "71"],                     # 6
        [4, OTHER, "ТОО «Марс»", "Марс"],                             # 7
        [5, NO_NAME, None, "Шымкент қаласы"],                         # 8
        [6, GOOD, "ТОО «Фарм Лайн» (повтор)", "Алматы"],              # 9
        [7, None, "Без БИН", "Астана"],                               # 10
        [],                                                           # 11: blank, skipped
        [8, PRESENT, "АО «Химфарм»", "Shymkent (city)"],              # 12
    ])


def test_good_rows_are_imported_and_bad_ones_listed_with_reasons(
    tmp_path: Path, database: Database
) -> None:
    result = import_assignments(database, _a_typical_list(tmp_path / "list.xlsx"), actor="Ә. Б.")

    assert (result.imported, result.already_present) == (2, 1)
    assert [(bad.row, bad.bin, bad.reason.en) for bad in result.bad] == [
        (6, WRONG_CHECK, "The BIN check digit does not match — check the number for a typo"),
        (7, OTHER, "Unknown region “Марс”"),
        (8, NO_NAME, "No company name"),
        (9, GOOD, "The same BIN is already in row 4 of the file"),
        (10, "", "The BIN is empty"),
    ]
    by_row = {bad.row: bad for bad in result.bad}
    assert by_row[7].reason.ru == "Неизвестный регион «Марс»"
    assert by_row[8].reason.kk == "Компания атауы көрсетілмеген"
    assert by_row[9].reason.ru == "Этот БИН уже есть в файле в строке 4"
    assert _companies(database) == {
        GOOD: (None, "ТОО «Фарм Лайн»", "75"),
        ZERO_LED: ("«Дәрі-Дәрмек» ЖШС", None, "19"),  # Kazakh letters: the Kazakh name
        PRESENT: (None, "АО «Химфарм»", "79"),
    }
    with database.session() as session:
        actors = set(session.scalars(
            select(TrailEntry.actor).where(TrailEntry.table_name == "company")
        ))
    assert actors == {"setup", "Ә. Б."}


def test_importing_the_same_list_again_changes_nothing(
    tmp_path: Path, database: Database
) -> None:
    path = _a_typical_list(tmp_path / "list.xlsx")
    import_assignments(database, path, actor="a")
    before = _companies(database)

    again = import_assignments(database, path, actor="a")

    assert (again.imported, again.already_present, len(again.bad)) == (0, 3, 5)
    assert _companies(database) == before


def test_separate_kazakh_and_russian_names_and_english_headers(
    tmp_path: Path, database: Database
) -> None:
    path = _workbook(tmp_path / "en.xlsx", [
        ["Company BIN", "Name (Kazakh)", "Name (Russian)", "Region", "Legal address"],
        [GOOD, "«Фарм» ЖШС", "ТОО «Фарм»", "almaty region", "Қонаев қ., Абай к-сі, 1"],
        [OTHER, None, "ТОО «Второй»", "Region Abai", None],
    ])

    result = import_assignments(database, path, actor="a")

    assert (result.imported, result.bad) == (2, [])
    companies = _companies(database)
    assert companies[GOOD] == ("«Фарм» ЖШС", "ТОО «Фарм»", "19")
    assert companies[OTHER] == (None, "ТОО «Второй»", "10")


def test_kazakh_headers_and_several_problems_in_one_row(
    tmp_path: Path, database: Database
) -> None:
    path = _workbook(tmp_path / "kk.xlsx", [
        ["БСН", "Атауы", "Өңір"],
        ["12345", None, None],
    ])

    result = import_assignments(database, path, actor="a")

    assert result.bad == [BadRow(2, "12345", result.bad[0].reason)]
    assert result.bad[0].reason.kk == (
        "БСН 12 цифрдан тұруы керек, 5 цифр енгізілді; Компания атауы көрсетілмеген; "
        "Өңір көрсетілмеген"
    )
    assert result.imported == 0


@pytest.mark.parametrize(
    ("cell", "code"),
    [("г. Алматы", "75"), ("Алматы облысы", "19"), ("Область Абай", "10"),
     ("Абай облысы", "10"), ("ASTANA", "71"), ("Шымкент қ.", "79"), (71.0, "71"),
     ("Туркестанская область", "61"), ("Карагандинская", None), ("", None)],
)
def test_regions_are_found_by_code_or_label_in_any_language(cell: object, code: str) -> None:
    assert region_code(cell) == code


def test_a_file_that_is_not_a_workbook_is_refused_and_nothing_changes(
    tmp_path: Path, database: Database
) -> None:
    before = _companies(database)
    fake = tmp_path / "list.xlsx"
    fake.write_text("BIN;name;region\n", encoding="utf-8")

    with pytest.raises(AssignmentError) as refused:
        import_assignments(database, fake, actor="a")

    assert refused.value.reason.en == "list.xlsx: not an Excel workbook (.xlsx)"
    assert _companies(database) == before


def test_a_truncated_workbook_and_one_without_a_bin_column_are_refused(
    tmp_path: Path, database: Database
) -> None:
    whole = _a_typical_list(tmp_path / "whole.xlsx")
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    no_bin = _workbook(tmp_path / "no-bin.xlsx", [["Наименование", "Область"], ["X", "71"]])

    with pytest.raises(AssignmentError) as truncated:
        import_assignments(database, cut, actor="a")
    with pytest.raises(AssignmentError) as headless:
        import_assignments(database, no_bin, actor="a")

    assert truncated.value.reason.en.startswith("cut.xlsx: corrupt")
    assert headless.value.reason.ru == (
        "no-bin.xlsx: на первом листе нет строки заголовков со столбцом БИН"
    )
    assert len(_companies(database)) == 1


def test_cancelling_at_the_last_progress_report_writes_nothing(
    tmp_path: Path, database: Database
) -> None:
    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done == total:
            raise Stop

    with pytest.raises(Stop):
        import_assignments(database, _a_typical_list(tmp_path / "l.xlsx"), actor="a",
                           progress=progress)

    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Company)) == 1


def test_a_far_cell_is_refused_before_it_is_parsed_and_an_empty_one_is_harmless(
    tmp_path: Path, database: Database
) -> None:
    import zipfile

    from tests.exchange.hostile.corpus import add_row, parts, write_parts

    whole = _a_typical_list(tmp_path / "whole.xlsx")
    sheet = next(name for name in parts(whole) if name.startswith("xl/worksheets/"))
    made = {}
    for name, row in (("far", '<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row>'),
                      ("formatted", '<row r="1048576"><c r="XFD1048576" s="0"/></row>')):
        contents = parts(whole)
        contents[sheet] = add_row(contents[sheet], row)
        made[name] = tmp_path / f"{name}.xlsx"
        write_parts(made[name], contents)
    assert zipfile.is_zipfile(made["far"])

    with pytest.raises(AssignmentError) as refused:
        import_assignments(database, made["far"], actor="a")
    assert "has a cell at XFD1048576, beyond the limits of a sheet (assignment list: " in (
        refused.value.reason.en)
    result = import_assignments(database, made["formatted"], actor="a")
    assert result.imported > 0 or result.already_present > 0


def test_a_list_that_starts_below_and_right_of_a1_keeps_excel_row_numbers(
    tmp_path: Path, database: Database
) -> None:
    path = _workbook(tmp_path / "offset.xlsx", [[None, None, None]] * 3 + [
        [None, "БИН", "Наименование", "Область"],
        [None, "123", "ТОО Нет", "Алматы"],
    ])
    result = import_assignments(database, path, actor="a")
    assert [bad.row for bad in result.bad] == [5]


def test_a_row_with_a_bin_of_the_demo_range_is_listed_not_imported(
    tmp_path: Path, database: Database
) -> None:
    demo = make_demo_bin(1000)  # the demo's Химфарм
    path = _workbook(tmp_path / "list.xlsx", [
        ["БИН", "Наименование", "Область"],
        [demo, "АО «Химфарм»", "Шымкент"],
        [GOOD, "ТОО «Фарм Лайн»", "Алматы"],
    ])
    result = import_assignments(database, path, actor="a")
    assert result.imported == 1
    [(row, bin_, reason)] = [(bad.row, bad.bin, bad.reason) for bad in result.bad]
    assert (row, bin_) == (2, demo)
    assert "reserved for demo data" in reason.en and "демо-данных" in reason.ru
    assert demo not in _companies(database)
