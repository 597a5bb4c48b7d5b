"""Each cross-field rule: a case that breaks it and a case that keeps it."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from auditor.db.models import (
    Attachment,
    Audit,
    Company,
    Deficiency,
    GmpCertificate,
    Inspection,
    InvestmentProject,
    Product,
    ProductionLine,
)
from auditor.forms.engine import Issue, Rule, rule_issues
from auditor.forms.questionnaire import FORM
from auditor.forms.rules import RULES


def _audit(**values: object) -> Audit:
    audit = Audit(company=Company(bin="940140000385", name_ru="ТОО «Тест»", region_code="75"))
    audit.visit_start = date(2026, 5, 10)
    audit.visit_end = date(2026, 5, 12)
    for key, value in values.items():
        setattr(audit, key, value)
    return audit


def _rule(rule_id: str) -> Rule:
    return next(r for r in RULES if r.id == rule_id)


def _issues(rule_id: str, audit: Audit) -> list[Issue]:
    return list(rule_issues(FORM, audit, [_rule(rule_id)]))


def _certificate(**values: object) -> GmpCertificate:
    defaults: dict[str, object] = {"number": "KZ-GMP-001", "doc_type": "certificate",
                                   "standard": "eaeu"}
    return GmpCertificate(**{**defaults, **values})


def _with_certificate(**values: object) -> Audit:
    audit = _audit(gmp_status="valid")
    audit.certificates.append(_certificate(**values))
    return audit


def _with_line(design: float, actual: float) -> Audit:
    audit = _audit()
    audit.production_lines.append(
        ProductionLine(name="Таблетки 1", design_capacity=design, actual_output=actual)
    )
    return audit


def _with_deficiency(conclusion: str, klass: str, capa: str) -> Audit:
    audit = _audit()
    inspection = Inspection(conclusion=conclusion, inspection_type="routine")
    inspection.deficiencies.append(Deficiency(deficiency_class=klass, capa_status=capa))
    audit.inspections.append(inspection)
    return audit


def _with_product(**values: object) -> Audit:
    audit = _audit()
    audit.products.append(Product(trade_name="Тест", **values))
    return audit


def _with_investment(start: int, finish: int) -> Audit:
    audit = _audit()
    audit.investments.append(InvestmentProject(name="Цех", start_year=start, finish_year=finish))
    return audit


CASES: list[tuple[str, Callable[[], Audit], Callable[[], Audit], str]] = [
    (
        "certificate_after_inspection",
        lambda: _with_certificate(inspection_date=date(2025, 3, 1), issued_on=date(2025, 2, 1)),
        lambda: _with_certificate(inspection_date=date(2025, 3, 1), issued_on=date(2025, 3, 1)),
        "gmp_certificate.issued_on",
    ),
    (
        "certificate_expiry_after_issue",
        lambda: _with_certificate(issued_on=date(2025, 3, 1), valid_until=date(2025, 3, 1)),
        lambda: _with_certificate(issued_on=date(2025, 3, 1), valid_until=date(2028, 3, 1)),
        "gmp_certificate.valid_until",
    ),
    (
        "valid_status_expired_certificate",
        lambda: _with_certificate(issued_on=date(2022, 1, 1), valid_until=date(2025, 1, 1)),
        lambda: _with_certificate(issued_on=date(2025, 1, 1), valid_until=date(2028, 1, 1)),
        "audit.gmp_status",
    ),
    (
        "output_above_capacity",
        lambda: _with_line(1_000_000, 1_150_000),
        lambda: _with_line(1_000_000, 1_090_000),
        "production_line.actual_output",
    ),
    (
        "open_critical_with_compliant",
        lambda: _with_deficiency("compliant", "critical", "in_progress"),
        lambda: _with_deficiency("compliant", "critical", "closed"),
        "inspection.conclusion",
    ),
    (
        "oncology_outside_l",
        lambda: _with_product(is_oncology=True, atc_code="C09AA02"),
        lambda: _with_product(is_oncology=True, atc_code="L01BC02"),
        "product.atc_code",
    ),
    (
        "cardiovascular_outside_c",
        lambda: _with_product(is_cardiovascular=True, atc_code="J01CA04"),
        lambda: _with_product(is_cardiovascular=True, atc_code="C07AB07"),
        "product.atc_code",
    ),
    (
        "atc_not_in_index",
        lambda: _with_product(atc_code="C09AA99"),
        lambda: _with_product(atc_code="C09AA02"),
        "product.atc_code",
    ),
    (
        "investment_finish_before_start",
        lambda: _with_investment(2027, 2026),
        lambda: _with_investment(2026, 2026),
        "investment_project.finish_year",
    ),
    (
        "staff_above_total",
        lambda: _audit(staff_total=100, staff_qa_qc=120),
        lambda: _audit(staff_total=100, staff_qa_qc=100),
        "audit.staff_qa_qc",
    ),
    (
        "visit_end_before_start",
        lambda: _audit(visit_start=date(2026, 5, 12), visit_end=date(2026, 5, 10)),
        lambda: _audit(visit_start=date(2026, 5, 12), visit_end=date(2026, 5, 12)),
        "audit.visit_end",
    ),
    (
        "visit_in_the_future",
        lambda: _audit(visit_start=date.today() + timedelta(days=30), visit_end=None),
        lambda: _audit(visit_start=date.today(), visit_end=date.today()),
        "audit.visit_start",
    ),
    (
        "same_product_twice",
        lambda: _audit(products=[
            Product(trade_name="Парацетамол-КФ", dosage_form="tablet", strength="500 мг"),
            Product(trade_name="парацетамол-кф ", dosage_form="tablet", strength="500  мг"),
        ]),
        lambda: _audit(products=[
            Product(trade_name="Парацетамол-КФ", dosage_form="tablet", strength="500 мг"),
            Product(trade_name="Парацетамол-КФ", dosage_form="tablet", strength="200 мг"),
        ]),
        "product.trade_name",
    ),
    (
        "same_certificate_twice",
        lambda: _audit(certificates=[_certificate(), _certificate(number="kz-gmp-001")]),
        lambda: _audit(certificates=[_certificate(), _certificate(number="KZ-GMP-002")]),
        "gmp_certificate.number",
    ),
    (
        "inspection_end_before_start",
        lambda: _audit(inspections=[Inspection(date_start=date(2025, 4, 3),
                                               date_end=date(2025, 4, 1))]),
        lambda: _audit(inspections=[Inspection(date_start=date(2025, 4, 1),
                                               date_end=date(2025, 4, 3))]),
        "inspection.date_end",
    ),
    (
        "sales_above_revenue",
        lambda: _audit(revenue_kzt=1_000, domestic_sales_kzt=900, export_revenue_kzt=200),
        lambda: _audit(revenue_kzt=1_000, domestic_sales_kzt=800, export_revenue_kzt=200),
        "audit.revenue_kzt",
    ),
    (
        "sales_out_of_scale",
        lambda: _audit(revenue_kzt=3_000_000_000, domestic_sales_kzt=12),
        lambda: _audit(revenue_kzt=3_000_000_000, domestic_sales_kzt=2_500_000_000),
        "audit.domestic_sales_kzt",
    ),
    (
        "attachment_not_as_declared",
        lambda: _with_file("certificate.pdf", b"MZ\x90\x00 an executable"),
        lambda: _with_file("certificate.pdf", b"%PDF-1.7\n%%EOF\n"),
        "attachment.file_name",
    ),
]


def _with_file(name: str, content: bytes, **declared: object) -> Audit:
    audit = _audit()
    values: dict[str, object] = {
        "media_type": "application/pdf", "size_bytes": len(content),
        "sha256": hashlib.sha256(content).hexdigest(), **declared}
    audit.attachments.append(Attachment(file_name=name, content=content, **values))
    return audit


@pytest.mark.parametrize("declared", [
    {"file_name": "certificate\u202efdp.pdf"},  # a direction mark makes the name lie
    {"size_bytes": 3},
    {"sha256": "0" * 64},
    {"media_type": "image/jpeg"},
    {"file_name": "certificate.jpg"},  # a PDF under a photo's name
], ids=["hidden characters", "size", "sha256", "media type", "extension"])
def test_a_file_that_is_not_what_its_record_says_is_an_error(declared: dict[str, object]) -> None:
    content = b"%PDF-1.7\n%%EOF\n"
    name = str(declared.pop("file_name", "certificate.pdf"))
    (issue,) = _issues("attachment_not_as_declared", _with_file(name, content, **declared))
    assert issue.is_error and name in issue.text("en")


def test_every_rule_has_a_case() -> None:
    assert {case[0] for case in CASES} == {rule.id for rule in RULES}


# Rules about a row listed twice point at the second one.
SECOND_ROW = {"same_product_twice": 1, "same_certificate_twice": 1}


@pytest.mark.parametrize(("rule_id", "broken", "kept", "field"), CASES, ids=[c[0] for c in CASES])
def test_rule_fires_on_the_broken_case_only(
    rule_id: str, broken: Callable[[], Audit], kept: Callable[[], Audit], field: str
) -> None:
    found = _issues(rule_id, broken())
    assert len(found) == 1
    (issue,) = found
    assert issue.field == field
    for lang in ("kk", "ru", "en"):
        text = issue.text(lang)
        assert text and "{" not in text
    if FORM.field(field).repeat is not None:
        assert issue.row == SECOND_ROW.get(rule_id, 0)  # points at the row concerned
    assert _issues(rule_id, kept()) == []


def test_severities_follow_the_audit_rules() -> None:
    warnings = {r.id for r in RULES if r.severity != "error"}
    assert warnings == {"output_above_capacity", "oncology_outside_l",
                        "cardiovascular_outside_c", "atc_not_in_index", "sales_above_revenue",
                        "same_product_twice", "same_certificate_twice", "sales_out_of_scale"}


def test_rules_say_nothing_about_unanswered_questions() -> None:
    audit = Audit(company=Company(bin="940140000385", name_ru="Т", region_code="75"))
    audit.certificates.append(GmpCertificate(number="1"))
    audit.production_lines.append(ProductionLine(name="L"))
    audit.products.append(Product(trade_name="P", is_oncology=True))
    audit.investments.append(InvestmentProject(name="I"))
    assert list(rule_issues(FORM, audit, RULES)) == []


def test_the_expired_certificate_message_names_it() -> None:
    audit = _with_certificate(number="KZ-77", issued_on=date(2022, 1, 1),
                              valid_until=date(2025, 1, 1))
    (issue,) = _issues("valid_status_expired_certificate", audit)
    assert "KZ-77" in issue.text("ru") and "01.01.2025" in issue.text("kk")


@pytest.mark.parametrize(("stage", "origin", "warned"), [
    ("fdf_from_imported_api", "domestic", True),
    ("fdf_from_imported_api", "imported", False),
    ("full_cycle", "domestic", False),
])
def test_a_product_made_from_imported_substance_with_a_domestic_one_is_questioned(
    stage: str, origin: str, warned: bool
) -> None:
    from auditor.forms.engine import validate_audit

    audit = _audit(producer_type="medicines")
    audit.products.append(Product(trade_name="Парацетамол-КФ", localization_stage=stage,
                                  api_origin=origin))
    found = [issue.text("en") for issue in validate_audit(FORM, audit, RULES)
             if issue.field == "product.api_origin"]
    assert (found == ["The stage says “from imported substance” but the substance is "
                      "domestic: check one of them."]) is warned
    assert warned or found == []


def test_sales_typed_in_millions_are_questioned_with_the_numbers() -> None:
    audit = _audit(revenue_kzt=3_000_000_000, domestic_sales_kzt=12)
    (issue,) = _issues("sales_out_of_scale", audit)
    assert issue.text("en").startswith(
        "12 KZT is a thousandth of the revenue (3\u00a0000\u00a0000\u00a0000 KZT) or less")
    assert "12 тенге" in issue.text("ru") and "12 теңге" in issue.text("kk")


def test_an_unknown_atc_code_is_questioned_in_every_language_with_its_nearest_group() -> None:
    (issue,) = _issues("atc_not_in_index", _with_product(atc_code="c09aa99"))
    assert not issue.is_error  # the index may lack a right code: never blocks finalizing
    assert issue.text("en") == (
        "ATC code C09AA99 is not in the application's ATC index; its nearest group there is "
        "C09AA (ACE inhibitors, plain). Check the code against the leaflet or the State "
        "Register; if it is right, leave it as it is.")
    assert issue.text("ru").startswith(
        "Кода АТХ C09AA99 нет в справочнике АТХ приложения; ближайшая группа в нём: "
        "C09AA (Ингибиторы АПФ).")
    assert issue.text("kk").startswith(
        "C09AA99 АТХ коды қосымшаның АТХ анықтамалығында жоқ; ондағы ең жақын топ: C09AA ")


@pytest.mark.parametrize("code", ["L01XC02", "C09AA02", "С09АА02", "L01-XC", "Z01AA01", ""])
def test_only_well_formed_codes_missing_from_the_index_are_questioned(code: str) -> None:
    found = _issues("atc_not_in_index", _with_product(atc_code=code))
    assert len(found) == (1 if code == "L01XC02" else 0)  # withdrawn in 2022


def test_an_unknown_atc_code_is_a_warning_beside_the_format_error_of_a_malformed_one() -> None:
    from auditor.forms.engine import validate_audit

    audit = _audit(producer_type="medicines")
    audit.products.append(Product(trade_name="Мабтера", atc_code="L01XC02"))
    audit.products.append(Product(trade_name="Эналаприл-КФ", atc_code="C09-AA"))
    found = [(i.row, i.rule, i.severity) for i in validate_audit(FORM, audit, RULES)
             if i.field == "product.atc_code"]
    assert (0, "atc_not_in_index", "warning") in found
    assert (1, "type", "error") in found
    assert all(row == 0 or rule == "type" for row, rule, _ in found)


def test_the_group_rules_name_the_medicine_beside_its_code() -> None:
    (issue,) = _issues("oncology_outside_l", _with_product(is_oncology=True, atc_code="C09AA02"))
    assert issue.text("en") == (
        "Marked as oncology, but ATC code C09AA02 (enalapril) is not in group L.")
    assert "код АТХ C09AA02 (эналаприл) не из группы L" in issue.text("ru")
    assert "АТХ коды C09AA02 (эналаприл) L тобында емес" in issue.text("kk")
