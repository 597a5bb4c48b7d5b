"""Hostile package workbooks: each is answered with one line, and changes nothing.

Every case is made by code from a good package (``corpus.py``). The ministry database already
holds an imported package. Each hostile file is consolidated alone, and the database compared
before and after, table by table, as SQL (``iterdump`` of every table, taken after the
connection wrote everything into the main file): the only new row is the import-log line that
records the refusal — the log states every decision, so it must change — and nothing else
differs. A comparison of the file's bytes would fail on that one line and on SQLite moving pages
around without changing anything, and say less about which content changed. Then every hostile
file goes into one run together with a good package, which is imported and reported.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from auditor.cli import main
from auditor.db.database import open_database
from auditor.db.models import ImportLogEntry
from auditor.demo import build_demo
from auditor.exchange.consolidate import Consolidator
from auditor.exchange.export import export_package
from auditor.exchange.national import IMPORT_LOG_SHEET, write_national_workbook
from tests.exchange.hostile import corpus
from tests.exchange.hostile.corpus import Maker

REFUSED = "refused"
MODIFIED = "refused_modified"

# name -> (maker, result, what the line says)
CASES: dict[str, tuple[Maker, str, str]] = {
    "far-corner-cell": (corpus.far_corner_cell, REFUSED,
                        "has a cell at XFD1048576, beyond the limits of a sheet (package: "),
    "far-row-without-dimension": (corpus.far_row_no_dimension, REFUSED,
                                  "has a cell at A1048576, beyond"),
    "huge-declared-dimension": (corpus.huge_declared_dimension, REFUSED,
                                "declares a size of up to 1,048,576 rows × 16,384 columns"),
    "too-many-rows": (corpus.too_many_rows, REFUSED, "has a cell at A200001, beyond"),
    "too-many-columns": (corpus.too_many_columns, REFUSED, "has a cell at BM9, beyond"),
    "cell-without-reference-first": (corpus.hidden_cell_syntax, REFUSED,
                                     "holds a cell written in a form real workbooks never use"),
    "cell-with-prefix": (corpus.prefixed_cell, REFUSED,
                         "holds a cell written in a form real workbooks never use"),
    "huge-shared-string-count": (corpus.huge_shared_string_count, REFUSED,
                                 "too many shared strings (1,000,000,000,000"),
    "shared-string-amplification": (corpus.shared_string_amplification, REFUSED,
                                     "its cells take more text from the shared strings than "
                                     "allowed"),
    "zip-bomb": (corpus.zip_bomb, REFUSED, "zip bomb"),
    "zip-bomb-understating-its-size": (corpus.understated_bomb, REFUSED,
                                       "zip bomb"),
    "damaged-deflate-stream": (corpus.damaged_deflate, REFUSED, "damaged"),
    "unsupported-compression": (corpus.unsupported_compression, REFUSED,
                                "unsupported compression method 14"),
    "encrypted": (corpus.encrypted_flag, REFUSED, "encrypted content"),
    "duplicate-part": (corpus.duplicate_part, REFUSED, "appears twice"),
    "truncated": (corpus.truncated, REFUSED, "corrupt or truncated"),
    "opendocument": (corpus.opendocument, REFUSED,
                     "not an xlsx workbook: part mimetype belongs to another spreadsheet format"),
    "binary-excel": (corpus.binary_excel, REFUSED, "not an xlsx workbook: part xl/workbook.bin"),
    "file-too-large": (corpus.too_large_a_file, REFUSED, "too large (513 MB; the limit is 512 MB)"),
    "not-a-zip": (corpus.not_a_zip, REFUSED, "not an Excel workbook"),
    "xml-entities": (corpus.xml_entities, REFUSED, "sheet Barriers cannot be read"),
    "bad-base64": (corpus.bad_base64, REFUSED,
                   "sheet AttachmentData, row 3, column base64: attachment «"),
    "duplicate-record-id": (corpus.duplicate_record_id, REFUSED,
                            "sheet Products, row 900, column id: the id"),
    "future-format-version": (corpus.meta_value("format_version", corpus.number_cell("3")),
                              REFUSED, "package format version 3 is newer than this "
                                       "application's 2"),
    "meta-edited-after-export": (corpus.meta_value("auditor_name",
                                                   corpus.text_cell("Someone Else")),
                                 MODIFIED, "Meta: rows"),
    "control-characters-in-meta": (corpus.meta_value("auditor_name", corpus.text_cell(
        corpus.CONTROL_CHARACTERS)), MODIFIED, "Meta: rows"),
    **{name: (maker, REFUSED, text) for name, (maker, text) in corpus.CELLS.items()},
}


@dataclass
class Corpus:
    folder: Path
    good: Path  # imported into the ministry template
    other: Path  # another laptop's good package, never imported there
    template: Path  # the ministry database with ``good`` imported


def _checkpointed(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    folder = tmp_path_factory.mktemp("hostile")
    laptop = open_database(folder / "laptop.sqlite")
    build_demo(laptop, companies=2, seed=7, finalize=True)
    good = export_package(laptop, folder / "good.xlsx").path
    laptop.close()
    other_laptop = open_database(folder / "other.sqlite")
    build_demo(other_laptop, companies=1, seed=99, finalize=True)
    other = export_package(other_laptop, folder / "other.xlsx").path
    other_laptop.close()
    template = folder / "ministry-template.sqlite"
    ministry = open_database(template)
    (result,) = Consolidator(ministry).run([good])
    assert result.result == "accepted"
    ministry.close()
    _checkpointed(template)
    return Corpus(folder, good, other, template)


@pytest.fixture
def ministry(made: Corpus, tmp_path: Path) -> Path:
    path = tmp_path / "ministry.sqlite"
    shutil.copyfile(made.template, path)
    return path


def dump(path: Path) -> Counter[str]:
    """Every table as SQL statements, after everything was written into the main file."""
    _checkpointed(path)
    with closing(sqlite3.connect(path)) as connection:
        return Counter(connection.iterdump())


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_hostile_file_is_refused_in_one_line_and_changes_nothing_else(
    made: Corpus, ministry: Path, tmp_path: Path, case: str
) -> None:
    maker, expected, text = CASES[case]
    hostile = tmp_path / f"{case}.xlsx"
    maker(made.good, hostile)
    before = dump(ministry)

    database = open_database(ministry)
    lines: list[str] = []
    (result,) = Consolidator(database).run(
        [hostile], on_result=lambda r: lines.append(r.line("en")))
    database.close()

    line = result.line("en")
    assert lines == [line]
    assert line.startswith(f"{case}.xlsx: {expected}: "), line
    assert text in line, line
    assert "\n" not in line and "Traceback" not in line
    if case == "bad-base64":
        assert line.endswith("» is not valid base64")
    after = dump(ministry)
    assert not before - after  # nothing changed or removed
    (added,) = (after - before).elements()  # the one line recording the refusal
    assert added.startswith('INSERT INTO "import_log"') and f"{case}.xlsx" in added


def test_every_hostile_file_and_a_good_one_in_one_run(
    made: Corpus, ministry: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for case, (maker, _, _) in CASES.items():
        maker(made.good, inbox / f"{case}.xlsx")
    shutil.copyfile(made.other, inbox / "zz-good.xlsx")  # read last

    assert main(["consolidate", str(inbox), "--db", str(ministry)]) == 1

    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert captured.err == ""
    assert len(lines) == len(CASES) + 1  # exactly one line per input
    by_file = {line.split(": ", 1)[0]: line for line in lines}
    for case, (_, expected, text) in CASES.items():
        line = by_file[f"{case}.xlsx"]
        assert line.startswith(f"{case}.xlsx: {expected}: ") and text in line, line
    assert by_file["zz-good.xlsx"] == "zz-good.xlsx: accepted: 1 audits imported"
    database = open_database(ministry)
    with database.session() as session:
        log = session.scalars(select(ImportLogEntry.file_name).order_by(ImportLogEntry.id))
        assert list(log)[-len(lines):] == sorted(by_file)
    # The control characters of a refused package's Meta reach the import log, and a national
    # workbook is still written, with them left out.
    national = write_national_workbook(database, tmp_path / "national.xlsx")
    database.close()
    sheet = openpyxl.load_workbook(national, read_only=True)[IMPORT_LOG_SHEET]
    auditors = [row[2] for row in sheet.iter_rows(min_row=3, values_only=True)]
    shown = [a for a in auditors if a and "FDP.exe" in a]
    assert shown and not any(ord(ch) < 0x20 for ch in shown[0])


@pytest.mark.parametrize(("name", "maker"), [("evil.ods", corpus.opendocument),
                                             ("evil.xlsb", corpus.binary_excel),
                                             ("EVIL.XLSX", corpus.opendocument)])
def test_a_file_named_for_another_reader_is_refused_too(
    made: Corpus, ministry: Path, tmp_path: Path, name: str, maker: Maker
) -> None:
    """calamine chooses its reader by the name (or tries each in turn): the check does not."""
    hostile = tmp_path / name
    maker(made.good, hostile)
    database = open_database(ministry)
    (result,) = Consolidator(database).run([hostile])
    database.close()
    assert result.line("en").startswith(f"{name}: refused: not an xlsx workbook: part ")


def test_the_far_corner_file_is_small(made: Corpus, tmp_path: Path) -> None:
    """What makes it dangerous is not its size."""
    hostile = tmp_path / "far.xlsx"
    corpus.far_corner_cell(made.good, hostile)
    assert hostile.stat().st_size < made.good.stat().st_size + 1024
