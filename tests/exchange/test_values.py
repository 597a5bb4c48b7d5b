"""Values on the way in and out: yes/no words, text a cell cannot hold, Meta in the manifest."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from auditor.cli import main
from auditor.db.audits import finalize_audit, reopen_audit
from auditor.db.database import Database, open_database
from auditor.db.models import Audit, Product
from auditor.demo import build_demo
from auditor.domain.profile_kinds import MINISTRY_ANALYST
from auditor.exchange.celltext import cell_text, one_line
from auditor.exchange.consolidate import Consolidator
from auditor.exchange.convert import BOOLEAN_WORDS, BadCell, to_bool
from auditor.exchange.export import ExportError, export_package
from auditor.exchange.limits import CELL_MAX_CHARS
from auditor.exchange.national import write_national_workbook
from auditor.exchange.reader import read_package, verify
from tests.exchange.hostile.corpus import forge
from tests.helpers.profiles import add_profile


@pytest.fixture(scope="module")
def laptop(tmp_path_factory: pytest.TempPathFactory) -> Database:
    database = open_database(tmp_path_factory.mktemp("values") / "laptop.sqlite")
    build_demo(database, companies=1, seed=5, finalize=True)
    return database


@pytest.mark.parametrize(("cell", "value"), [
    (True, True), (False, False), (1, True), (0.0, False),
    ("TRUE", True), ("FALSE", False), ("false", False), (" False ", False),
    ("yes", True), ("No", False), ("1", True), ("0", False),
    ("да", True), ("НЕТ", False), ("иә", True), ("ЖОҚ", False), ("ложь", False),
])
def test_yes_no_cells_take_booleans_and_the_documented_words(cell: object, value: bool) -> None:
    assert to_bool(cell) is value


@pytest.mark.parametrize("cell", ["FALSEE", "not true", "2", 2, -1, 0.5, "нетт", "", "Y"])
def test_anything_else_in_a_yes_no_cell_is_refused(cell: object) -> None:
    with pytest.raises(BadCell):
        to_bool(cell)


def test_every_documented_word_is_in_the_format_description() -> None:
    text = (Path(__file__).parents[2] / "docs" / "package-format.md").read_text(encoding="utf-8")
    for word in BOOLEAN_WORDS:
        assert f"`{word}`" in text.lower(), word


def test_false_as_text_is_imported_as_no(laptop: Database, tmp_path: Path) -> None:
    package = export_package(laptop, tmp_path / "p.xlsx").path
    forged = tmp_path / "typed.xlsx"
    flagged: list[str] = []

    def typed_by_hand(rows: dict[str, list[dict[str, Any]]]) -> None:
        for row in rows["Products"][:4]:
            row["is_oncology"] = "FALSE"
            row["on_national_formulary"] = "да"
            flagged.append(row["id"])

    forge(package, forged, typed_by_hand)
    ministry = open_database(tmp_path / "ministry.sqlite")

    (result,) = Consolidator(ministry).run([forged])

    assert result.result == "accepted", result.line("en")
    with ministry.session() as session:
        for product_id in flagged:
            product = session.get_one(Product, uuid.UUID(product_id))
            assert (product.is_oncology, product.on_national_formulary) == (False, True)
    ministry.close()


def test_meta_is_covered_by_the_manifest(laptop: Database, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    package = export_package(laptop, tmp_path / "p.xlsx").path
    assert verify(read_package(package)).origin_proven
    workbook = openpyxl.load_workbook(package)
    for cells in workbook["Meta"].iter_rows():
        if cells[0].value == "installation_id":
            cells[1].value = "00000000-0000-4000-8000-000000000000"
            row = cells[0].row
    edited = tmp_path / "edited.xlsx"
    workbook.save(edited)

    assert main(["verify", str(package), str(edited)]) == 1

    out = capsys.readouterr().out
    assert "p.xlsx: OK" in out
    assert "edited.xlsx: MODIFIED after export" in out and f"Meta: rows {row} changed" in out


def test_an_answer_longer_than_a_cell_stops_the_export_and_names_it(
    laptop: Database, tmp_path: Path
) -> None:
    with laptop.transaction() as session:
        audit = session.scalars(select(Audit)).one()
        reopen_audit(session, audit, "Подробные выводы")
        audit.findings = "Выводы. " * 5_000  # 40,000 characters
        finalize_audit(session, audit, representative_name="Иванов И.",
                       representative_position="Директор")
        audit_id = audit.id
    out = tmp_path / "long.xlsx"
    try:
        with pytest.raises(ExportError) as refused:
            export_package(laptop, out)
        assert f"audit {audit_id}" in refused.value.reason.en
        assert "(Audits.findings) has 40,000 characters" in refused.value.reason.en
        assert not out.exists() and not list(tmp_path.glob(".*partial"))
        assert main(["export", "--db", str(laptop.path), "--out", str(out)]) == 1
    finally:
        with laptop.transaction() as session:
            audit = session.get_one(Audit, audit_id)
            reopen_audit(session, audit, "Сокращено")
            audit.findings = "Кратко."
            finalize_audit(session, audit, representative_name="Иванов И.",
                           representative_position="Директор")


def test_text_is_made_safe_for_a_cell_in_one_place() -> None:
    assert cell_text("a\x00b\x1bc\ud800d\ufffe") == "abcd"
    assert cell_text("=SUM(A1)") == "=SUM(A1)"  # stays text; the writers type it as text
    long = cell_text("x" * (CELL_MAX_CHARS + 10))
    assert len(long) == CELL_MAX_CHARS and long.endswith("]") and "…[+" in long
    assert one_line("a\nb\x1b[2J\u202e") == "a\\nb\\x1b[2J\\u202e"


def test_a_national_workbook_cuts_visibly_what_a_cell_cannot_hold(
    laptop: Database, tmp_path: Path
) -> None:
    ministry = open_database(tmp_path / "ministry.sqlite")
    Consolidator(ministry).run([export_package(laptop, tmp_path / "p.xlsx").path])
    add_profile(ministry, "ru", full_name="Айгүл Сейітова", auditor_code="",
                kind=MINISTRY_ANALYST.code)  # who may reopen an imported audit
    with ministry.transaction() as session:  # as an older version could have imported it
        audit = session.scalars(select(Audit)).one()
        reopen_audit(session, audit, "Тест")
        audit.findings = "ы" * 40_000
        finalize_audit(session, audit, representative_name="Иванов И.",
                       representative_position="Директор")
    national = write_national_workbook(ministry, tmp_path / "national.xlsx")
    ministry.close()
    sheet = openpyxl.load_workbook(national, read_only=True)["Audits"]
    keys = [c.value for c in next(sheet.iter_rows(max_row=1))]
    row = next(sheet.iter_rows(min_row=3, max_row=3, values_only=True))
    findings = row[keys.index("findings")]
    assert len(findings) == CELL_MAX_CHARS and findings.endswith("]")


def test_the_documented_limits_are_the_ones_in_the_code() -> None:
    from auditor.exchange.limits import ASSIGNMENT_LIMITS, PACKAGE_LIMITS

    text = (Path(__file__).parents[2] / "docs" / "package-format.md").read_text(encoding="utf-8")
    table = text[text.index("## Limits"):text.index("## Refusals")]

    def shown(limit: int, per_mb: bool) -> str:
        return f"{limit // 2**20:,} MB" if per_mb else f"{limit:,}"

    for field, per_mb in (("file_bytes", True), ("unpacked_bytes", True),
                          ("part_bytes", True), ("ratio", False), ("parts", False),
                          ("sheet_rows", False), ("sheet_columns", False), ("rows", False),
                          ("shared_strings", False), ("shared_text_bytes", True)):
        row = [line for line in table.splitlines() if line.startswith("| ")
               and shown(getattr(PACKAGE_LIMITS, field), per_mb) in line
               and shown(getattr(ASSIGNMENT_LIMITS, field), per_mb) in line]
        assert row, field
    declared = (f"{PACKAGE_LIMITS.declared_rows:,} × {PACKAGE_LIMITS.declared_columns} | "
                f"{ASSIGNMENT_LIMITS.declared_rows:,} × {ASSIGNMENT_LIMITS.declared_columns:,}")
    assert declared in table
