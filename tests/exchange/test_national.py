"""The national workbook: summaries with charts, flat sheets, conflicts and the import log."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from auditor.db.audits import finalize_audit, reopen_audit
from auditor.db.database import Database, open_database
from auditor.db.models import Audit, Company, Product, ProductionLine
from auditor.demo import build_demo
from auditor.domain.lists import DOSAGE_FORMS, GMP_STATUSES, LOCALIZATION_STAGES, REGIONS, UNITS
from auditor.exchange.consolidate import Consolidator, latest_finalized_audits
from auditor.exchange.export import export_package
from auditor.exchange.national import (
    CONFLICTS_SHEET,
    IMPORT_LOG_SHEET,
    SUMMARY_SHEETS,
    flat_columns,
    write_national_workbook,
)
from auditor.exchange.package import SHEETS

FORMULA_LIKE = "=HYPERLINK(\"http://example.invalid\",\"x\")"
CHARTED = (
    "Summary by region",
    "Summary by dosage form",
    "Summary by GMP status",
    "Summary by localization",
)


@dataclass
class National:
    ministry: Database
    ru: Workbook
    kk: Workbook
    folder: Path
    shared_bin: str
    progress: list[tuple[int, int]]


@pytest.fixture(scope="module")
def national(tmp_path_factory: pytest.TempPathFactory) -> National:
    folder = tmp_path_factory.mktemp("national")
    laptop = open_database(folder / "laptop.sqlite")
    build_demo(laptop, companies=6, seed=11, finalize=True)
    with laptop.transaction() as session:
        audits = sorted(session.scalars(select(Audit)), key=lambda a: len(a.products))
        audit = audits[-1]  # the large producer, whose portfolio the auditor then shortened
        reopen_audit(session, audit, "Уточнение портфеля")
        del audit.products[80:]
        product = audit.products[0]
        product.trade_name = FORMULA_LIKE
        product.on_national_formulary = True
        finalize_audit(session, audit, representative_name="Иванов И.",
                       representative_position="Директор")
        shared_bin, shared_name = audits[0].company.bin, audits[0].company.name_ru
        shared_name_kk = audits[0].company.name_kk
    package_a = export_package(laptop, folder / "almaty.xlsx").path

    # A second auditor visited one of the same producers later: two audits of one company.
    other = open_database(folder / "other.sqlite")
    build_demo(other, companies=1, seed=99)
    with other.transaction() as session:
        audit = session.scalars(select(Audit)).one()
        del audit.products[5:]  # a short portfolio keeps the test fast
        audit.company.bin = shared_bin
        audit.company.name_ru = shared_name
        audit.company.name_kk = shared_name_kk  # the same names: no name conflict
        finalize_audit(session, audit, representative_name="Сидоров",
                       representative_position="Директор")
    package_b = export_package(other, folder / "shymkent.xlsx").path
    (folder / "notes.xlsx").write_text("not a workbook")

    ministry = open_database(folder / "ministry.sqlite")
    results = Consolidator(ministry).run([package_a, package_b, folder / "notes.xlsx"])
    assert [r.result for r in results] == ["accepted", "accepted", "refused"]

    progress: list[tuple[int, int]] = []
    ru = write_national_workbook(ministry, folder / "national-ru.xlsx",
                                 progress=lambda done, total: progress.append((done, total)))
    kk = write_national_workbook(ministry, folder / "out" / "national-kk.xlsx", lang="kk")
    return National(ministry, openpyxl.load_workbook(ru),
                    openpyxl.load_workbook(kk, read_only=True), folder, shared_bin, progress)


def _table(sheet: Worksheet | ReadOnlyWorksheet, header_rows: int = 1) -> list[dict[str, Any]]:
    """Rows under the header as dicts keyed by row 1 (machine keys or labels)."""
    rows = list(sheet.iter_rows(values_only=True))
    keys = rows[0]
    return [dict(zip(keys, row, strict=True)) for row in rows[header_rows:]]


def _latest(database: Database) -> tuple[list[Audit], dict[Any, Company]]:
    with database.session() as session:
        audits = latest_finalized_audits(session)
        companies = {a.id: a.company for a in audits}
        session.expunge_all()
    return audits, companies


def test_sheets_come_in_a_stable_order(national: National) -> None:
    names = national.ru.sheetnames
    assert names[:len(SUMMARY_SHEETS)] == list(SUMMARY_SHEETS)
    assert names[len(SUMMARY_SHEETS):len(SUMMARY_SHEETS) + len(SHEETS)] == [
        spec.name for spec in SHEETS
    ]
    assert names[-4:] == [CONFLICTS_SHEET, IMPORT_LOG_SHEET, "Dictionary", "Meta"]
    assert national.kk.sheetnames == names  # sheet names never depend on the language
    assert national.progress[-1][0] == national.progress[-1][1]
    leftovers = [p.name for p in national.folder.rglob("*.partial")]
    assert leftovers == []


def test_flat_sheets_carry_bin_and_company_name_on_every_row(national: National) -> None:
    audits, companies = _latest(national.ministry)
    latest_ids = {a.id for a in audits}
    names = {c.bin: c.name_ru for c in companies.values()}
    with national.ministry.session() as session:
        for spec in SHEETS:
            sheet = national.ru[spec.name]
            keys = [c.value for c in sheet[1]]
            assert keys == list(flat_columns(spec)), spec.name
            rows = _table(sheet, header_rows=2)
            if spec.name in ("Companies", "Audits"):
                expected = len(audits)
            elif spec.name == "Auditors":
                expected = len({a.auditor_id for a in audits if a.auditor_id})
            else:
                model: Any = spec.model
                expected = len(session.scalars(
                    select(model.id).where(model.audit_id.in_(latest_ids))).all())
            assert len(rows) == expected, spec.name
            if "bin" in keys:
                assert keys.index("company_name") == keys.index("bin") + 1
                for row in rows:
                    assert row["bin"] and row["company_name"] == names[row["bin"]], spec.name
            assert sheet.auto_filter.ref == f"A2:{sheet.cell(1, len(keys)).column_letter}" \
                f"{len(rows) + 2}"
    # Only the latest finalized audit of the company audited twice is in the figures.
    audit_rows = _table(national.ru["Audits"], header_rows=2)
    assert [r["bin"] for r in audit_rows].count(national.shared_bin) == 1
    assert {r["id"] for r in audit_rows} == {str(i) for i in latest_ids}


def test_summary_figures_equal_sums_from_the_database(national: National) -> None:
    audits, companies = _latest(national.ministry)
    latest_ids = [a.id for a in audits]
    with national.ministry.session() as session:
        lines = session.scalars(
            select(ProductionLine).where(ProductionLine.audit_id.in_(latest_ids))).all()
        products = session.scalars(select(Product).where(Product.audit_id.in_(latest_ids))).all()

    tablets = [ln for ln in lines if ln.dosage_form == "tablets" and ln.unit == "tablets"]
    assert tablets
    (row,) = [r for r in _table(national.ru["Summary by dosage form"])
              if r["Лекарственная форма"] == DOSAGE_FORMS.label("tablets", "ru")
              and r["Единица измерения"] == UNITS.label("tablets", "ru")]
    design = sum(ln.design_capacity or 0 for ln in tablets)
    actual = sum(ln.actual_output or 0 for ln in tablets)
    assert row["Проектная мощность, в год"] == pytest.approx(design)
    assert row["Фактический выпуск, в год"] == pytest.approx(actual)
    assert row["Загрузка мощности, %"] == pytest.approx(actual / design)
    assert row["Производственные линии"] == len(tablets)
    dosage_rows = _table(national.ru["Summary by dosage form"])
    assert sum(r["Производственные линии"] for r in dosage_rows) == len(lines)

    gmp = Counter(a.gmp_status for a in audits)
    gmp_rows = {r["Статус GMP"]: r for r in _table(national.ru["Summary by GMP status"])}
    for code in GMP_STATUSES.codes():
        row = gmp_rows[GMP_STATUSES.label(code, "ru")]
        assert row["Компании"] == gmp[code]
        assert row["Доля, %"] == pytest.approx(gmp[code] / len(audits))
    assert gmp_rows["Итого"]["Компании"] == len(audits)

    region_rows = {r["Регион регистрации"]: r for r in _table(national.ru["Summary by region"])}
    by_region = Counter(c.region_code for c in companies.values())
    for code, count in by_region.items():
        assert region_rows[REGIONS.label(code, "ru")]["Компании"] == count
    assert region_rows["Итого"]["Продукты"] == len(products)
    assert region_rows["Итого"]["Общая численность персонала, чел."] == sum(a.staff_total or 0
                                                                for a in audits)

    stages = Counter(p.localization_stage for p in products)
    stage_table = _table(national.ru["Summary by localization"])
    stage_rows = {r["Стадия локализации"]: r for r in stage_table}
    for code in LOCALIZATION_STAGES.codes():
        assert stage_rows[LOCALIZATION_STAGES.label(code, "ru")]["Продукты"] == (
            stages[code]
        )

    formulary = _table(national.ru["National formulary"])
    assert len(formulary) == sum(p.on_national_formulary for p in products)
    flagged = _table(national.ru["Oncology and cardiovascular"])
    assert len(flagged) == sum(p.is_oncology or p.is_cardiovascular for p in products)
    assert all(r["Онкологический препарат"] or r["Сердечно-сосудистый препарат"] for r in flagged)


def test_summary_sheets_have_native_charts_and_typed_cells(national: National) -> None:
    first_number = dict(zip(CHARTED, (2, 3, 2, 2), strict=True))
    for name in CHARTED:
        sheet = national.ru[name]
        assert len(sheet._charts) == 1, name
        assert sheet.freeze_panes == "B2"
        (row,) = sheet.iter_rows(min_row=2, max_row=2, min_col=first_number[name],
                                 values_only=True)
        assert all(isinstance(v, int | float) for v in row), name


def test_text_that_looks_like_a_formula_stays_text(national: National) -> None:
    for name, column in (("Products", "trade_name"), ("National formulary", None)):
        sheet = national.ru[name]
        cells = [c for row in sheet.iter_rows() for c in row if c.value == FORMULA_LIKE]
        assert cells, name
        assert all(c.data_type == "s" for c in cells), name
        if column:
            keys = [c.value for c in sheet[1]]
            assert keys[cells[0].column - 1] == column


def test_conflicts_and_import_log_say_what_happened(national: National) -> None:
    conflicts = _table(national.ru[CONFLICTS_SHEET], header_rows=2)
    assert [(c["kind"], c["company_bin"]) for c in conflicts] == [
        ("same_company_other_audit", national.shared_bin)
    ]
    assert conflicts[0]["company_name"]
    log = _table(national.ru[IMPORT_LOG_SHEET], header_rows=2)
    assert [(e["file_name"], e["result"]) for e in log] == [
        ("almaty.xlsx", "accepted"), ("shymkent.xlsx", "accepted"), ("notes.xlsx", "refused")
    ]
    assert "not an Excel workbook" in log[2]["reason"]
    assert log[0]["auditor"] and log[0]["at"]


def test_kazakh_workbook_has_kazakh_labels_and_names(national: National) -> None:
    workbook = national.kk
    region = list(workbook["Summary by region"].iter_rows(values_only=True))
    assert region[0][:3] == ("Тіркелген өңірі", "Компаниялар", "Өндірістік желілер")
    assert region[-1][0] == "Барлығы"
    assert next(workbook["Summary by GMP status"].iter_rows(values_only=True))[0] == (
        "GMP мәртебесі"
    )
    products = workbook["Products"]
    labels = next(products.iter_rows(min_row=2, max_row=2, values_only=True))
    assert labels[3] == "Компания атауы"
    _, companies = _latest(national.ministry)
    kazakh = {c.bin: c.name_kk or c.name_ru for c in companies.values()}
    rows = _table(products, header_rows=2)
    assert all(r["company_name"] == kazakh[r["bin"]] for r in rows)
    assert any("қ" in (r["company_name"] or "") or "ө" in (r["company_name"] or "")
               for r in rows)
    meta = dict(workbook["Meta"].iter_rows(values_only=True))
    assert meta["language"] == "kk" and meta["format"] == "pharma-capacity-auditor/national"


def test_an_empty_database_gives_a_workbook_without_charts(tmp_path: Path) -> None:
    database = open_database(tmp_path / "empty.sqlite")
    path = write_national_workbook(database, tmp_path / "empty.xlsx", lang="en")
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames[0] == "Summary by region"
    assert workbook["Summary by region"]["A1"].value == "Region of registration"
    assert all(not workbook[name]._charts for name in CHARTED)
    assert workbook["Products"].max_row == 2
