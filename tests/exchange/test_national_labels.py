"""The national workbook heads the answers to questions as the questionnaire names them, in the
workbook's language: a label corrected in the form is corrected in the workbook too."""

from __future__ import annotations

from collections.abc import Iterator

import openpyxl
import pytest

from auditor.db.database import open_database
from auditor.exchange.national import write_national_workbook
from auditor.forms.questionnaire import FORM

LANGS = ("kk", "ru", "en")


def _heading(key: str, lang: str) -> str:
    """A field's label in ``lang``, and its unit after a comma when it has one."""
    field = FORM.field(key)
    label = field.label(lang)
    return f"{label}, {field.unit(lang)}" if field.unit is not None else label


@pytest.fixture(scope="module")
def headers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, dict[str, list]]]:
    """Row 1 of each summary sheet of an (empty) national workbook, by language."""
    folder = tmp_path_factory.mktemp("national")
    database = open_database(folder / "ministry.sqlite")
    result: dict[str, dict[str, list]] = {}
    try:
        for lang in LANGS:
            path = write_national_workbook(database, folder / f"{lang}.xlsx", lang=lang)
            workbook = openpyxl.load_workbook(path, read_only=True)
            result[lang] = {
                name: list(next(workbook[name].iter_rows(max_row=1, values_only=True)))
                for name in ("Summary by region", "Summary by dosage form",
                             "Summary by GMP status", "Summary by localization",
                             "Oncology and cardiovascular")
            }
            workbook.close()
    finally:
        database.close()
    yield result


@pytest.mark.parametrize("lang", LANGS)
def test_summary_columns_of_answers_carry_the_form_s_labels(
    headers: dict[str, dict[str, list]], lang: str
) -> None:
    region = headers[lang]["Summary by region"]
    assert region[0] == _heading("company.region_code", lang)
    assert region[2] == FORM.repeat("production_lines").label(lang)
    assert region[3] == FORM.repeat("products").label(lang)
    assert region[4:] == [_heading(key, lang) for key in (
        "audit.staff_total", "audit.revenue_kzt", "audit.export_revenue_kzt",
        "production_line.output_value_kzt")]

    dosage = headers[lang]["Summary by dosage form"]
    assert dosage[:3] == [_heading("production_line.dosage_form", lang),
                          _heading("production_line.unit", lang),
                          FORM.repeat("production_lines").label(lang)]
    assert dosage[4:] == [_heading(key, lang) for key in (
        "production_line.design_capacity", "production_line.actual_output",
        "production_line.utilization")]

    assert headers[lang]["Summary by GMP status"][0] == _heading("audit.gmp_status", lang)
    assert headers[lang]["Summary by localization"][:2] == [
        _heading("product.localization_stage", lang), FORM.repeat("products").label(lang)]

    flagged = headers[lang]["Oncology and cardiovascular"]
    assert flagged[0] == _heading("company.bin", lang)
    assert flagged[2:] == [_heading(key, lang) for key in (
        "product.inn", "product.trade_name", "product.atc_code", "product.dosage_form",
        "product.localization_stage", "product.is_oncology", "product.is_cardiovascular")]


def test_headings_follow_the_workbook_s_language(headers: dict[str, dict[str, list]]) -> None:
    firsts = {lang: headers[lang]["Summary by region"][0] for lang in LANGS}
    assert len(set(firsts.values())) == 3, firsts
    assert firsts["ru"] == "Регион регистрации"
