"""The consolidated national workbook: summaries with charts, flat sheets, conflicts, import log.

National figures use only the latest finalized audit of each company
(:func:`auditor.exchange.consolidate.latest_finalized_audits`), and demo data only in a demo
database (one without real companies); the meta sheet says which it is. The workbook opens
with summary sheets (labels in the chosen language, native Excel charts over their cells),
followed by one flat sheet per entity with the sheet names and machine keys of the package format
plus the company's BIN and name on every row, then the conflict list, the import log, the data
dictionary and a meta sheet.

Everything but the data rows of the big sheets is written in openpyxl's write-only mode, which
takes charts as well. The flat sheets of a few hundred companies hold hundreds of thousands of
cells: their data rows, and those of the long product lists, are written straight as worksheet
XML when the workbook is saved (:mod:`auditor.exchange.sheetxml`).
"""

from __future__ import annotations

import math
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.chart._chart import ChartBase
from openpyxl.chart.data_source import AxDataSource, MultiLevelStrRef, StrRef
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import instance_dict

from auditor import __version__
from auditor.db.database import Database
from auditor.db.demo_data import demo_company, demo_counts_in_figures
from auditor.db.models import (
    Audit,
    AuditorProfile,
    AuditPart,
    Company,
    Conflict,
    ImportLogEntry,
    Product,
    ProductionLine,
    Tracked,
)
from auditor.db.schema import head_revision
from auditor.domain.capacity import capacity_utilization
from auditor.domain.choices import ChoiceList
from auditor.domain.lists import (
    DOSAGE_FORMS,
    GMP_STATUSES,
    LOCALIZATION_STAGES,
    REGIONS,
    UNITS,
)
from auditor.domain.text import LANGUAGES, Lang, Text
from auditor.exchange.celltext import cell_text
from auditor.exchange.consolidate import latest_finalized_audits
from auditor.exchange.export import column_label
from auditor.exchange.outputs import check_output
from auditor.exchange.package import (
    META_SHEET,
    PART_SHEETS,
    SHEET_BY_NAME,
    SHEETS,
    SheetSpec,
    cell_value,
)
from auditor.exchange.workbook import (
    DataRows,
    cells,
    column_width,
    data_sheet,
    save_atomically,
    write_dictionary,
    write_only_workbook,
)
from auditor.forms.questionnaire import FORM
from auditor.forms.version import FORM_VERSION

Progress = Callable[[int, int], None]

FORMAT_NAME = "pharma-capacity-auditor/national"
FORMAT_VERSION = 1

SUMMARY_REGION = "Summary by region"
SUMMARY_DOSAGE_FORM = "Summary by dosage form"
SUMMARY_GMP = "Summary by GMP status"
SUMMARY_LOCALIZATION = "Summary by localization"
NATIONAL_FORMULARY = "National formulary"
ONCOLOGY_CARDIOVASCULAR = "Oncology and cardiovascular"
SUMMARY_SHEETS = (
    SUMMARY_REGION,
    SUMMARY_DOSAGE_FORM,
    SUMMARY_GMP,
    SUMMARY_LOCALIZATION,
    NATIONAL_FORMULARY,
    ONCOLOGY_CARDIOVASCULAR,
)
CONFLICTS_SHEET = "Conflicts"
IMPORT_LOG_SHEET = "Import log"

COMPANY_NAME_KEY = "company_name"
# IN lists are cut into pieces: SQLite and PostgreSQL both limit bound parameters.
_CHUNK = 500

# --- labels ------------------------------------------------------------------------------------


def field_heading(key: str) -> Text:
    """The heading of a column of a field's answers: the questionnaire's label of the field,
    with its unit after a comma ("Revenue, KZT")."""
    field = FORM.field(key)
    unit = field.unit

    def heading(lang: Lang) -> str:
        label = field.label(lang)
        return f"{label}, {unit(lang)}" if unit is not None and unit(lang) else label

    return Text(*(heading(lang) for lang in LANGUAGES))


# Columns of the answers to questions: headed as the questionnaire names them.
L_REGION = field_heading("company.region_code")
L_BIN = field_heading("company.bin")
L_STAFF = field_heading("audit.staff_total")
L_REVENUE = field_heading("audit.revenue_kzt")
L_EXPORT = field_heading("audit.export_revenue_kzt")
L_GMP = field_heading("audit.gmp_status")
L_DOSAGE_FORM = field_heading("production_line.dosage_form")
L_UNIT = field_heading("production_line.unit")
L_DESIGN = field_heading("production_line.design_capacity")
L_ACTUAL = field_heading("production_line.actual_output")
L_UTILIZATION = field_heading("production_line.utilization")
L_OUTPUT_VALUE = field_heading("production_line.output_value_kzt")
L_STAGE = field_heading("product.localization_stage")
L_ONCOLOGY = field_heading("product.is_oncology")
L_CARDIO = field_heading("product.is_cardiovascular")
# Counts of an audit's records: headed as the questionnaire names the records.
L_LINES = FORM.repeat("production_lines").label
L_PRODUCTS = FORM.repeat("products").label

# What the questionnaire does not ask: counts, shares, totals, the company's name shown.
_T = Text
L_COMPANY_NAME = _T("Компания атауы", "Наименование компании", "Company name")
L_COMPANIES = _T("Компаниялар", "Компании", "Companies")
L_SHARE = _T("Үлесі, %", "Доля, %", "Share, %")
L_COMPANY = _T("Компания", "Компания", "Company")
L_TOTAL = _T("Барлығы", "Итого", "Total")
L_NOT_STATED = _T("Көрсетілмеген", "Не указано", "Not stated")

CHART_REGION = _T("Өңірлер бойынша компаниялар мен өндірістік желілер",
                  "Компании и производственные линии по регионам",
                  "Companies and production lines by region")
CHART_DOSAGE_FORM = _T("Дәрілік түрлер бойынша қуатты пайдалану",
                       "Загрузка мощностей по лекарственным формам",
                       "Capacity utilization by dosage form")
CHART_GMP = _T("GMP мәртебесі бойынша компаниялар", "Компании по статусу GMP",
               "Companies by GMP status")
CHART_LOCALIZATION = _T("Локализация деңгейі бойынша препараттар",
                        "Препараты по стадии локализации", "Products by localization stage")

_LOG_LABELS: dict[str, Text] = {
    "at": _T("Уақыты (UTC)", "Время (UTC)", "Time (UTC)"),
    "file_name": _T("Файл", "Файл", "File"),
    "auditor": _T("Аудитор", "Аудитор", "Auditor"),
    "result": _T("Нәтиже", "Результат", "Result"),
    "reason": _T("Себебі", "Причина", "Reason"),
    "audits": _T("Аудиттер саны", "Аудитов", "Audits"),
    "package_id": _T("Пакет идентификаторы", "Идентификатор пакета", "Package id"),
    "file_sha256": _T("Файлдың SHA-256", "SHA-256 файла", "File SHA-256"),
    "installation_id": _T("Орнату идентификаторы", "Идентификатор установки",
                          "Installation id"),
    "kind": _T("Түрі", "Вид", "Kind"),
    "company_bin": _T("Компанияның БСН", "БИН компании", "Company BIN"),
    "company_name": L_COMPANY_NAME,
    "audit_id": _T("Аудит идентификаторы", "Идентификатор аудита", "Audit id"),
    "other_audit_id": _T("Басқа аудит", "Другой аудит", "Other audit id"),
    "details": _T("Толығырақ", "Подробности", "Details"),
}
LOG_KEYS = ("at", "file_name", "auditor", "result", "reason", "audits", "package_id",
            "file_sha256", "installation_id")
CONFLICT_KEYS = ("at", "kind", "company_bin", "company_name", "audit_id", "other_audit_id",
                 "file_name", "package_id", "details")

# Number formats of summary cells.
_INT = "#,##0"
_PCT = "0.0%"


# --- what goes in ------------------------------------------------------------------------------


@dataclass
class _Data:
    audits: list[Audit]
    companies: dict[uuid.UUID, Company]  # by company id
    company_of_audit: dict[uuid.UUID, Company]
    records: dict[str, list[Tracked]]  # sheet name -> rows, in output order
    conflicts: list[Conflict]
    log: list[ImportLogEntry]
    demo: bool = False  # the figures are of demo data: a demo database's
    demo_left_out: int = 0  # demo companies left out of the figures of a real database


def _chunks(items: Sequence[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(items), _CHUNK):
        yield list(items[start:start + _CHUNK])


def _load(session: Session, lang: str) -> _Data:
    audits = latest_finalized_audits(session)
    company_ids = list({a.company_id for a in audits})
    companies: dict[uuid.UUID, Company] = {}
    for chunk in _chunks(company_ids):
        companies.update({c.id: c for c in session.scalars(
            select(Company).where(Company.id.in_(chunk)))})

    def order(company: Company) -> tuple[str, str]:
        return (company.name_in(lang).casefold(), company.bin)

    audits.sort(key=lambda a: order(companies[a.company_id]))
    company_of_audit = {a.id: companies[a.company_id] for a in audits}
    rank = {a.id: number for number, a in enumerate(audits)}
    audit_ids = list(rank)

    records: dict[str, list[Tracked]] = {spec.name: [] for spec in SHEETS}
    records["Companies"] = [companies[a.company_id] for a in audits]
    records["Audits"] = list(audits)
    auditor_ids = list(dict.fromkeys(a.auditor_id for a in audits if a.auditor_id is not None))
    for chunk in _chunks(auditor_ids):
        records["Auditors"].extend(session.scalars(
            select(AuditorProfile).where(AuditorProfile.id.in_(chunk))))
    records["Auditors"].sort(key=lambda p: getattr(p, "full_name", "") or "")
    for spec in PART_SHEETS:
        model: Any = spec.model
        rows: list[AuditPart] = []
        for chunk in _chunks(audit_ids):
            rows.extend(session.scalars(select(model).where(model.audit_id.in_(chunk))))
        rows.sort(key=lambda r: (rank[r.audit_id], r.created_at, str(r.id)))
        records[spec.name] = list(rows)

    # The conflicts still to decide; those decided are in the audit trail.
    conflicts = list(session.scalars(
        select(Conflict).where(Conflict.resolution.is_(None)).order_by(Conflict.id)))
    log = list(session.scalars(select(ImportLogEntry).order_by(ImportLogEntry.id)))
    demo = demo_counts_in_figures(session) and bool(audits)
    left_out = 0 if demo_counts_in_figures(session) else session.scalar(
        select(func.count()).select_from(Company).where(demo_company())) or 0
    return _Data(audits, companies, company_of_audit, records, conflicts, log, demo, left_out)


# --- cells -------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A value as a cell takes it: a number that is not finite is an empty cell."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _cell(sheet: WriteOnlyWorksheet, value: Any, number_format: str | None = None,
          font: Font | None = None, wrap: bool = False) -> Cell:
    value = _plain(value)
    if isinstance(value, str):
        value = cell_text(value)
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the text starts with
    elif number_format is not None and isinstance(value, int | float) and not isinstance(
            value, bool):
        cell.number_format = number_format
    if font is not None:
        cell.font = font
    if wrap:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    return cell


@dataclass(frozen=True)
class _Column:
    label: Text | str
    width: int
    number_format: str | None = None

    def text(self, lang: str) -> str:
        return self.label if isinstance(self.label, str) else self.label(lang)


def _summary_sheet(workbook: Workbook, name: str, columns: Sequence[_Column],
                   rows: Sequence[Sequence[Any]], lang: str,
                   total: Sequence[Any] | None = None,
                   deferred: list[DataRows] | None = None) -> WriteOnlyWorksheet:
    """A sheet with one header row of labels, data from row 2 and an optional total row.

    With ``deferred``, the data rows (plain values, no number formats, no total) are written
    when the workbook is saved: the long product lists.
    """
    sheet: WriteOnlyWorksheet = workbook.create_sheet(name)
    sheet.freeze_panes = "B2"
    for number, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = column.width  # type: ignore[attr-defined]
    # Printed (and converted to PDF) one landscape page wide, table and chart together. The
    # sheet properties go out with the first row, so everything is set before it.
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[attr-defined]
    sheet.page_setup.orientation = "landscape"  # type: ignore[attr-defined]
    sheet.page_setup.fitToWidth = 1  # type: ignore[attr-defined]
    sheet.page_setup.fitToHeight = 0  # type: ignore[attr-defined]
    header_lines = max(math.ceil(len(c.text(lang)) * 1.1 / c.width) for c in columns)
    sheet.row_dimensions[1].height = 15 * header_lines  # type: ignore[attr-defined]
    bold = Font(bold=True)
    sheet.append([_cell(sheet, c.text(lang), font=bold, wrap=True) for c in columns])
    if deferred is None:
        for row in rows:
            sheet.append([_cell(sheet, v, c.number_format)
                          for v, c in zip(row, columns, strict=True)])
    else:
        assert total is None and all(c.number_format is None for c in columns)
        deferred.append(DataRows(sheet, 2, ([_plain(v) for v in row] for row in rows)))
    if total is not None:
        sheet.append([_cell(sheet, v, c.number_format, font=bold)
                      for v, c in zip(total, columns, strict=True)])
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A1:{last}{1 + len(rows)}"  # type: ignore[attr-defined]
    return sheet


def _ref(sheet: str, first_col: int, last_col: int, first_row: int, last_row: int) -> str:
    return (f"{quote_sheetname(sheet)}!${get_column_letter(first_col)}${first_row}"
            f":${get_column_letter(last_col)}${last_row}")


def _add_chart(sheet: WriteOnlyWorksheet, chart: ChartBase, *, name: str, rows: int,
               data_cols: Sequence[int], category_cols: tuple[int, int] = (1, 1),
               anchor: str) -> None:
    """A chart over the data rows 2..rows+1 of ``sheet``; series titles from the header row."""
    if rows == 0:
        return
    for col in data_cols:
        chart.add_data(Reference(sheet, min_col=col, min_row=1, max_row=rows + 1),
                       titles_from_data=True)
    first, last = category_cols
    ref = _ref(name, first, last, 2, rows + 1)
    for series in chart.series:
        # Text categories; two columns make two levels (dosage form, then unit).
        series.cat = (AxDataSource(multiLvlStrRef=MultiLevelStrRef(f=ref)) if last > first
                      else AxDataSource(strRef=StrRef(f=ref)))
    chart.width = 24
    chart.height = max(12.0, 4 + 0.8 * rows * len(data_cols))  # room for every category label
    sheet.add_chart(chart, anchor)  # type: ignore[misc]  # the stubs bind it to Worksheet



def _bar(title: str, y_title: str | None = None, *, horizontal: bool = True) -> BarChart:
    chart = BarChart()
    chart.type = "bar" if horizontal else "col"
    chart.style = 10
    chart.title = title
    chart.y_axis.title = y_title
    # openpyxl hides axes by default (delete=True); a reader needs them.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    if horizontal:
        chart.x_axis.scaling.orientation = "maxMin"  # first row on top, as in the table
    return chart


def _pie(title: str) -> PieChart:
    chart = PieChart()
    chart.title = title
    chart.dataLabels = DataLabelList()
    chart.dataLabels.showPercent = True
    return chart


def _label(choices: ChoiceList, code: Any, lang: str) -> str:
    if code is None or code == "":
        return L_NOT_STATED(lang)
    return choices.label(str(code), lang)


def _order(choices: ChoiceList, code: Any) -> int:
    codes = choices.codes()
    return codes.index(code) if isinstance(code, str) and code in codes else len(codes)


def _in_list_order(choices: ChoiceList, codes: Iterable[str | None]) -> list[str | None]:
    """Codes in the order of their list; codes not in it after those, alphabetically, and
    the missing code last."""
    return sorted(codes, key=lambda code: (_order(choices, code), code is None, code or ""))


def _sum(values: Iterable[Any]) -> Any:
    """The sum of the values given; None when none is (a total of nothing stated is not 0)."""
    given = [v for v in values if _plain(v) is not None]
    return sum(given) if given else None


# --- the summaries -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Summed:
    """What the summaries count and add up, one record of each kind per row."""

    companies: list[dict[str, Any]]
    lines: list[dict[str, Any]]
    products: list[dict[str, Any]]


def _rows_to_sum(data: _Data, lang: str) -> _Summed:
    companies = [
        {
            "audit_id": a.id,
            "bin": data.company_of_audit[a.id].bin,
            "company": data.company_of_audit[a.id].name_in(lang),
            "region_code": data.company_of_audit[a.id].region_code,
            "gmp_status": a.gmp_status,
            "staff_total": a.staff_total,
            "revenue_kzt": a.revenue_kzt,
            "export_revenue_kzt": a.export_revenue_kzt,
        }
        for a in data.audits
    ]
    lines = [
        {
            "audit_id": line.audit_id,
            "dosage_form": line.dosage_form or "",
            "unit": line.unit or "",
            "design_capacity": line.design_capacity,
            "actual_output": line.actual_output,
            "output_value_kzt": line.output_value_kzt,
        }
        for line in data.records["ProductionLines"]
        if isinstance(line, ProductionLine)
    ]
    products = [
        {
            "audit_id": p.audit_id,
            "bin": data.company_of_audit[p.audit_id].bin,
            "company": data.company_of_audit[p.audit_id].name_in(lang),
            "inn": p.inn,
            "trade_name": p.trade_name,
            "atc_code": p.atc_code,
            "dosage_form": p.dosage_form,
            "localization_stage": p.localization_stage,
            "on_national_formulary": bool(p.on_national_formulary),
            "is_oncology": bool(p.is_oncology),
            "is_cardiovascular": bool(p.is_cardiovascular),
        }
        for p in data.records["Products"]
        if isinstance(p, Product)
    ]
    return _Summed(companies, lines, products)


def _grouped(rows: Iterable[dict[str, Any]], *keys: str) -> dict[Any, list[dict[str, Any]]]:
    groups: dict[Any, list[dict[str, Any]]] = {}
    for row in rows:
        key = row[keys[0]] if len(keys) == 1 else tuple(row[k] for k in keys)
        groups.setdefault(key, []).append(row)
    return groups


def _by_region(workbook: Workbook, summed: _Summed, lang: str) -> None:
    lines_of = _grouped(summed.lines, "audit_id")
    products_of = _grouped(summed.products, "audit_id")
    companies = [
        {
            **company,
            "lines": len(lines_of.get(company["audit_id"], ())),
            "products": len(products_of.get(company["audit_id"], ())),
            "output_value": _sum(line["output_value_kzt"]
                                 for line in lines_of.get(company["audit_id"], ())),
        }
        for company in summed.companies
    ]
    sums = ["lines", "products", "staff_total", "revenue_kzt", "export_revenue_kzt",
            "output_value"]
    columns = [
        _Column(L_REGION, 34), _Column(L_COMPANIES, 14, _INT), _Column(L_LINES, 14, _INT),
        _Column(L_PRODUCTS, 14, _INT), _Column(L_STAFF, 14, _INT),
        _Column(L_REVENUE, 20, _INT), _Column(L_EXPORT, 20, _INT),
        _Column(L_OUTPUT_VALUE, 20, _INT),
    ]
    by_region = _grouped(companies, "region_code")
    rows = [
        [_label(REGIONS, code, lang), len(by_region[code]),
         *(_sum(c[k] for c in by_region[code]) for k in sums)]
        for code in _in_list_order(REGIONS, by_region)
    ]
    total = [L_TOTAL(lang), len(companies), *(_sum(c[k] for c in companies) for k in sums)]
    sheet = _summary_sheet(workbook, SUMMARY_REGION, columns, rows, lang, total)
    _add_chart(sheet, _bar(CHART_REGION(lang)), name=SUMMARY_REGION, rows=len(rows),
               data_cols=[2, 3], anchor="J2")


def _by_dosage_form(workbook: Workbook, lines: list[dict[str, Any]], lang: str) -> None:
    grouped = _grouped(lines, "dosage_form", "unit")
    columns = [
        _Column(L_DOSAGE_FORM, 40), _Column(L_UNIT, 18), _Column(L_LINES, 14, _INT),
        _Column(L_COMPANIES, 14, _INT), _Column(L_DESIGN, 22, _INT),
        _Column(L_ACTUAL, 22, _INT), _Column(L_UTILIZATION, 16, _PCT),
    ]
    rows = []
    keys = sorted(grouped, key=lambda k: (_order(DOSAGE_FORMS, k[0]), _order(UNITS, k[1]), k))
    for form, unit in keys:
        group = grouped[(form, unit)]
        design = _sum(line["design_capacity"] for line in group)
        actual = _sum(line["actual_output"] for line in group)
        rows.append([_label(DOSAGE_FORMS, form, lang), _label(UNITS, unit, lang), len(group),
                     len({line["audit_id"] for line in group}), design, actual,
                     capacity_utilization(design, actual)])
    sheet = _summary_sheet(workbook, SUMMARY_DOSAGE_FORM, columns, rows, lang)
    chart = _bar(CHART_DOSAGE_FORM(lang))
    chart.legend = None
    chart.y_axis.number_format = "0%"
    _add_chart(sheet, chart, name=SUMMARY_DOSAGE_FORM, rows=len(rows), data_cols=[7],
               category_cols=(1, 2), anchor="I2")


def _shares(workbook: Workbook, name: str, values: list[Any], choices: ChoiceList,
            first: Text, count: Text, chart_title: Text, lang: str) -> None:
    counts = Counter("" if value is None else value for value in values)
    codes = [c for c in choices.codes()]
    if "" in counts or any(c not in choices for c in counts if c != ""):
        codes += [*sorted(c for c in counts if c not in choices and c != ""), ""]
    total = len(values)
    rows = []
    for code in codes:
        n = counts.get(code, 0)
        if code == "" and n == 0:
            continue
        rows.append([_label(choices, code, lang), n, n / total if total else None])
    columns = [_Column(first, 44), _Column(count, 14, _INT), _Column(L_SHARE, 12, _PCT)]
    sheet = _summary_sheet(workbook, name, columns, rows, lang,
                           [L_TOTAL(lang), total, 1.0 if total else None])
    # A pie of nothing but zeros shows nothing: no chart until something is counted.
    _add_chart(sheet, _pie(chart_title(lang)), name=name, rows=len(rows) if total else 0,
               data_cols=[2], anchor="E2")


def _product_list(workbook: Workbook, name: str, products: Iterable[dict[str, Any]],
                  lang: str, flags: bool, deferred: list[DataRows]) -> None:
    spec = SHEET_BY_NAME["Products"]
    columns = [
        _Column(L_BIN, 15), _Column(L_COMPANY, 40),
        _Column(column_label(spec, "inn", lang), 28),
        _Column(column_label(spec, "trade_name", lang), 32),
        _Column(column_label(spec, "atc_code", lang), 10),
        _Column(L_DOSAGE_FORM, 36), _Column(L_STAGE, 44),
    ]
    if flags:
        columns += [_Column(L_ONCOLOGY, 12), _Column(L_CARDIO, 16)]

    def by_name(p: dict[str, Any]) -> tuple[Any, ...]:
        # Company, BIN, trade name; a product without a trade name after those with one.
        return (p["company"], p["bin"], p["trade_name"] is None, p["trade_name"] or "")

    rows = []
    for p in sorted(products, key=by_name):
        row = [p["bin"], p["company"], p["inn"], p["trade_name"], p["atc_code"],
               _label(DOSAGE_FORMS, p["dosage_form"], lang),
               _label(LOCALIZATION_STAGES, p["localization_stage"], lang)]
        if flags:
            row += [p["is_oncology"], p["is_cardiovascular"]]
        rows.append(row)
    _summary_sheet(workbook, name, columns, rows, lang, deferred=deferred)


def _write_summaries(workbook: Workbook, data: _Data, lang: str,
                     deferred: list[DataRows]) -> None:
    summed = _rows_to_sum(data, lang)
    products = summed.products
    _by_region(workbook, summed, lang)
    _by_dosage_form(workbook, summed.lines, lang)
    _shares(workbook, SUMMARY_GMP, [c["gmp_status"] for c in summed.companies], GMP_STATUSES,
            L_GMP, L_COMPANIES, CHART_GMP, lang)
    _shares(workbook, SUMMARY_LOCALIZATION, [p["localization_stage"] for p in products],
            LOCALIZATION_STAGES, L_STAGE, L_PRODUCTS, CHART_LOCALIZATION, lang)
    _product_list(workbook, NATIONAL_FORMULARY,
                  (p for p in products if p["on_national_formulary"]),
                  lang, flags=False, deferred=deferred)
    _product_list(workbook, ONCOLOGY_CARDIOVASCULAR,
                  (p for p in products if p["is_oncology"] or p["is_cardiovascular"]),
                  lang, flags=True, deferred=deferred)


# --- flat sheets -------------------------------------------------------------------------------


def flat_columns(spec: SheetSpec) -> tuple[str, ...]:
    """The package's machine keys of a sheet with ``company_name`` right after ``bin``."""
    if "bin" not in spec.columns:
        return spec.columns
    at = spec.columns.index("bin") + 1
    return (*spec.columns[:at], COMPANY_NAME_KEY, *spec.columns[at:])


def _flat_label(spec: SheetSpec, key: str, lang: str) -> str:
    return L_COMPANY_NAME(lang) if key == COMPANY_NAME_KEY else column_label(spec, key, lang)


def _write_flat(workbook: Workbook, spec: SheetSpec, data: _Data, lang: str) -> DataRows:
    """The sheet with its header rows and filter; its data rows follow when it is saved."""
    keys = flat_columns(spec)
    labels = [_flat_label(spec, key, lang) for key in keys]
    widths = [40 if k == COMPANY_NAME_KEY else column_width(k, lbl)
              for k, lbl in zip(keys, labels, strict=True)]
    sheet = data_sheet(workbook, spec.name, keys, labels, widths)
    records = data.records[spec.name]
    # Filters on the label row, over every data row.
    sheet.auto_filter.ref = (  # type: ignore[attr-defined]
        f"A2:{get_column_letter(len(keys))}{2 + len(records)}"
    )
    return DataRows(sheet, 3, _flat_rows(spec, records, data, lang))


# Kinds of columns whose values a cell does not take as they are (see ``cell_value``).
_CONVERTED_KINDS = frozenset({"uuid", "timestamp", "list"})


def _flat_rows(spec: SheetSpec, records: Sequence[Tracked], data: _Data,
               lang: str) -> Iterator[list[Any]]:
    """Each record's cell values in the order of :func:`flat_columns`.

    Text, numbers, dates and booleans go into cells as they are (the sheet writer drops what
    XML cannot carry); ids, timestamps and code lists are written as ``cell_value`` writes them.
    """
    own = [key for key in spec.columns if key != "bin"]
    # Loaded records hold every column's value; one not loaded is read through the ORM.
    take = itemgetter(*own)
    read = attrgetter(*own)
    kinds = [spec.column_kind(key) for key in own]
    converted = [(n, kind) for n, kind in enumerate(kinds) if kind in _CONVERTED_KINDS]
    at = spec.columns.index("bin") if "bin" in spec.columns else None
    names: dict[uuid.UUID, str] = {}
    for record in records:
        try:
            got = take(instance_dict(record))
        except KeyError:
            got = read(record)
        values = list(got) if len(own) > 1 else [got]
        for n, kind in converted:
            value = values[n]
            if value is not None:
                values[n] = cell_value(kind, value)
        if at is not None:
            company = _company_of(record, data)
            if company is None:
                values[at:at] = [None, None]
            else:
                name = names.get(company.id)
                if name is None:
                    name = names[company.id] = company.name_in(lang)
                values[at:at] = [company.bin, name]
        yield values


def _company_of(record: Tracked, data: _Data) -> Company | None:
    if isinstance(record, Company):
        return record
    if isinstance(record, Audit):
        return data.company_of_audit.get(record.id)
    audit_id = getattr(record, "audit_id", None)
    return data.company_of_audit.get(audit_id) if audit_id is not None else None


# --- conflicts, import log, meta ---------------------------------------------------------------


def _stamp(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None


def _write_log_sheet(workbook: Workbook, name: str, keys: Sequence[str],
                     rows: Iterable[Sequence[Any]], lang: str) -> None:
    labels = [_LOG_LABELS[k](lang) for k in keys]
    widths = [{"reason": 70, "details": 60, "file_name": 30, "company_name": 40,
               "auditor": 30, "at": 22, "file_sha256": 66}.get(k, column_width(k, lbl))
              for k, lbl in zip(keys, labels, strict=True)]
    sheet = data_sheet(workbook, name, keys, labels, widths)
    count = 0
    for row in rows:
        sheet.append(cells(sheet, [v if v != "" else None for v in row]))
        count += 1
    sheet.auto_filter.ref = (  # type: ignore[attr-defined]
        f"A2:{get_column_letter(len(keys))}{2 + count}"
    )


def _write_conflicts(workbook: Workbook, session: Session, data: _Data, lang: str) -> None:
    bins = {c.company_bin for c in data.conflicts}
    names = {c.bin: c.name_in(lang)
             for c in session.scalars(select(Company).where(Company.bin.in_(bins)))} if bins else {}
    _write_log_sheet(workbook, CONFLICTS_SHEET, CONFLICT_KEYS, (
        [_stamp(c.at), c.kind, c.company_bin, names.get(c.company_bin), c.audit_id,
         c.other_audit_id, c.file_name, c.package_id, c.details]
        for c in data.conflicts
    ), lang)


def _write_import_log(workbook: Workbook, data: _Data, lang: str) -> None:
    _write_log_sheet(workbook, IMPORT_LOG_SHEET, LOG_KEYS, (
        [_stamp(e.at), e.file_name, e.auditor, e.result, e.reason, e.audits, e.package_id,
         e.file_sha256, e.installation_id]
        for e in data.log
    ), lang)


def _write_meta(workbook: Workbook, data: _Data, lang: str) -> None:
    sheet: WriteOnlyWorksheet = workbook.create_sheet(META_SHEET)
    sheet.column_dimensions["A"].width = 26  # type: ignore[attr-defined]
    sheet.column_dimensions["B"].width = 70  # type: ignore[attr-defined]
    meta: list[tuple[str, Any]] = [
        ("format", FORMAT_NAME),
        ("format_version", FORMAT_VERSION),
        ("schema_version", head_revision()),
        ("form_version", FORM_VERSION),
        ("app_version", __version__),
        ("exported_at", datetime.now(UTC).isoformat()),
        ("language", lang),
        ("basis", "latest finalized audit of each company"),
        # "yes": the figures are of demo data (a demo database); a database that holds real
        # companies leaves its demo companies out, and says how many.
        ("demo", "yes" if data.demo else "no"),
        ("demo_companies_left_out", data.demo_left_out),
        ("companies", len(data.audits)),
        *((f"count:{name}", len(rows)) for name, rows in data.records.items()),
        ("conflicts", len(data.conflicts)),
        ("import_log_entries", len(data.log)),
    ]
    for key, value in meta:
        sheet.append(cells(sheet, [key, value]))


# --- the workbook ------------------------------------------------------------------------------


def write_national_workbook(database: Database, out: Path, *, lang: str = "ru",
                            progress: Progress | None = None) -> Path:
    """Write the consolidated national workbook of ``database`` into ``out``.

    The workbook is written beside ``out`` and renamed into place, so a crash never leaves a
    half-written workbook under the final name. An output that would replace the database, a
    folder or something that is not a workbook is refused first
    (:func:`~auditor.exchange.outputs.check_output`); a full disk while writing is an
    :class:`~auditor.exchange.outputs.OutputError` in plain words.
    """
    check_output(out, database=database.path)
    steps = 1 + len(SHEETS) + 3
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, steps)

    deferred: list[DataRows] = []
    with database.session() as session, write_only_workbook() as workbook:
        data = _load(session, lang)
        _write_summaries(workbook, data, lang, deferred)
        step()
        for spec in SHEETS:
            deferred.append(_write_flat(workbook, spec, data, lang))
            step()
        _write_conflicts(workbook, session, data, lang)
        _write_import_log(workbook, data, lang)
        step()
        write_dictionary(workbook)
        _write_meta(workbook, data, lang)
        step()
        # The deferred rows read the loaded records while the workbook is saved.
        out = save_atomically(workbook, out, deferred)
    step()
    return out


__all__ = [
    "COMPANY_NAME_KEY",
    "CONFLICTS_SHEET",
    "IMPORT_LOG_SHEET",
    "SUMMARY_SHEETS",
    "field_heading",
    "flat_columns",
    "write_national_workbook",
]
