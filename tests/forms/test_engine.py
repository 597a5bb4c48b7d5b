"""The engine on single answers: types, requirement only when relevant, where issues point."""

from __future__ import annotations

from datetime import date

import pytest

from auditor.db.models import Audit, Company, Product, Site
from auditor.forms.engine import Issue
from auditor.forms.fields import FieldType
from auditor.forms.questionnaire import FORM, validate
from auditor.forms.values import check_value, parse_text


def _audit(**values: object) -> Audit:
    company = Company(bin="940140000385", name_ru="ТОО «Тест»", name_kk="«Тест» ЖШС",
                      region_code="75")
    audit = Audit(company=company, **values)
    return audit


def _at(issues: list[Issue], key: str) -> list[Issue]:
    return [i for i in issues if i.field == key]


def test_an_empty_audit_lists_what_is_missing_in_every_language() -> None:
    issues = validate(_audit())
    required = _at(issues, "audit.gmp_status")
    assert [i.rule for i in required] == ["required"]
    assert required[0].is_error
    assert {required[0].text(lang) for lang in ("kk", "ru", "en")} == {
        "Міндетті сұрақ: жауап беріңіз.", "Обязательный вопрос: заполните.",
        "Required: please answer.",
    }
    assert any(i.rule == "min_rows" and i.repeat == "sites" for i in issues)


def test_a_wrong_bin_says_why() -> None:
    audit = _audit()
    audit.company.bin = "940140000386"
    (issue,) = _at(validate(audit), "company.bin")
    assert issue.is_error and issue.section == "company"
    assert "контрол" in issue.text("ru").lower() or "check" in issue.text("en").lower()


def test_a_question_is_required_only_when_relevant() -> None:
    audit = _audit(ownership_type="private_domestic")
    assert _at(validate(audit), "audit.foreign_share_pct") == []
    audit.foreign_share_pct = 140.0  # not relevant: not judged
    assert _at(validate(audit), "audit.foreign_share_pct") == []
    audit.ownership_type = "mixed"
    (issue,) = _at(validate(audit), "audit.foreign_share_pct")
    assert issue.rule == "type" and "100" in issue.text("en")
    audit.foreign_share_pct = 49.0
    assert _at(validate(audit), "audit.foreign_share_pct") == []


def test_a_row_issue_names_the_repeat_row_and_its_label() -> None:
    audit = _audit()
    audit.products.append(Product(trade_name="Энап", atc_code="C09AA02"))
    audit.products.append(Product(trade_name="Бисопролол", atc_code="C07AB7"))
    (issue,) = [i for i in _at(validate(audit), "product.atc_code") if i.rule == "type"]
    assert (issue.repeat, issue.row, issue.row_label) == ("products", 1, "Бисопролол")
    assert issue.path == "products[1].atc_code"


def test_a_row_reference_must_point_into_the_same_audit() -> None:
    audit = _audit()
    other_site = Site(name="Чужая площадка")
    import uuid

    other_site.id = uuid.uuid4()
    from auditor.db.models import ProductionLine

    audit.production_lines.append(ProductionLine(name="L", site_id=other_site.id))
    issues = _at(validate(audit), "production_line.site_id")
    assert [i.rule for i in issues] == ["type"]


@pytest.mark.parametrize(
    ("key", "typed", "stored"),
    [
        ("audit.revenue_kzt", "18 500 000 000", 18_500_000_000),
        ("audit.foreign_share_pct", "49,5", 49.5),
        ("audit.visit_start", "12.05.2026", date(2026, 5, 12)),
        ("product.atc_code", " c09aa02 ", "C09AA02"),
        ("company.bin", "9401 4000 0385", "940140000385"),
    ],
)
def test_typed_text_is_read_the_way_people_write_it(key: str, typed: str, stored: object) -> None:
    value, problem = parse_text(FORM.field(key), typed)
    assert problem is None and value == stored


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("audit.revenue_kzt", "много"),
        ("audit.revenue_kzt", "-5"),
        ("audit.foreign_share_pct", "101"),
        ("audit.visit_start", "31.02.2026"),
        ("product.atc_code", "C9AA02"),
        ("company.bin", "12345"),
    ],
)
def test_typed_text_that_cannot_be_stored_is_refused_with_a_reason(key: str, typed: str) -> None:
    _, problem = parse_text(FORM.field(key), typed)
    assert problem is not None and problem("kk") and problem("ru") and problem("en")


def test_choice_fields_refuse_codes_outside_their_list() -> None:
    field = FORM.field("audit.gmp_status")
    assert field.type == FieldType.SELECT_ONE
    assert check_value(field, "valid") is None
    problem = check_value(field, "valid-ish")
    assert problem is not None and "valid-ish" in problem("ru")


@pytest.mark.parametrize(("key", "value", "message"), [
    ("production_line.design_capacity", 1e308, "Too large a number: at most 10 000 000 000 000"),
    ("production_line.design_capacity", -1e14, "Too large a number: at most"),
    ("audit.revenue_kzt", 10**16, "Too large a number: at most 1 000 000 000 000 000"),
    ("audit.revenue_kzt", 2**70, "Too large a number"),  # would not even fit the column
    ("audit.staff_total", 10**10, "Too large a number: at most 1 000 000 000"),
    ("audit.visit_start", date(1, 1, 1), "The date must be between the years 1900 and 2100"),
    ("audit.visit_start", date(9999, 12, 31), "The date must be between the years 1900 and 2100"),
    ("audit.findings", "x" * 32_768, "Too long: at most 32767 characters"),
], ids=["capacity 1e308", "negative capacity", "revenue", "revenue past 64 bits", "staff",
        "year 1", "year 9999", "longer than a cell"])
def test_absurd_answers_are_refused_with_the_bound(key: str, value: object,
                                                   message: str) -> None:
    problem = check_value(FORM.field(key), value)
    assert problem is not None and problem.en.startswith(message)


@pytest.mark.parametrize(("key", "value"), [
    ("production_line.design_capacity", 2_000_000_000.0),  # the largest plant of the notes
    ("audit.revenue_kzt", 500_000_000_000),
    ("audit.staff_total", 1_200),
    ("audit.visit_start", date(2026, 11, 12)),
    ("audit.findings", "x" * 32_767),
])
def test_real_answers_are_within_the_bounds(key: str, value: object) -> None:
    assert check_value(FORM.field(key), value) is None


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("31.02.2029", "There is no such day in the calendar."),
        ("2029-02-30", "There is no such day in the calendar."),
        ("abc", "Enter a date as DD.MM.YYYY."),
        (".03.2029", "Enter a date as DD.MM.YYYY."),
    ],
)
def test_a_date_typed_in_the_right_shape_that_is_no_day_is_told_apart(
    typed: str, reason: str
) -> None:
    value, problem = parse_text(FORM.field("audit.visit_start"), typed)
    assert value is None and problem is not None and problem("en") == reason
