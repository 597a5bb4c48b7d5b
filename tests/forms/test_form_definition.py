"""A walk over every field of the shipped questionnaire."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from sqlalchemy import inspect as sa_inspect

from auditor.db.models import TRACKED_MODELS, Audit, AuditorProfile, Company, Tracked
from auditor.domain.lists import CHOICE_LISTS
from auditor.domain.text import LANGUAGES, Text
from auditor.forms.engine import Scope, scope_names
from auditor.forms.expr import compile_expression
from auditor.forms.fields import Field, FieldType
from auditor.forms.questionnaire import FORM

FIELDS = list(FORM.all_fields())
KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def _texts(field: Field) -> list[tuple[str, Text]]:
    texts = [("label", field.label), ("hint", field.hint)]
    if field.unit is not None:
        texts.append(("unit", field.unit))
    texts += [(f"constraint {c.expression}", c.message) for c in field.constraints]
    return texts


def test_sections_follow_the_audit_in_order() -> None:
    assert [s.key for s in FORM.sections] == [
        "company", "gmp", "capacity", "products", "market", "workforce", "development",
        "barriers", "findings",
    ]
    for section in FORM.sections:
        for lang in LANGUAGES:
            assert section.label(lang).strip() and section.hint(lang).strip()


def test_keys_are_unique_and_stable_in_form() -> None:
    keys = [f.key for f in FIELDS]
    assert len(keys) == len(set(keys))
    assert all(re.fullmatch(r"[a-z_]+\.[a-z_0-9]+", key) for key in keys)


@pytest.mark.parametrize("field", FIELDS, ids=[f.key for f in FIELDS])
def test_every_text_exists_in_three_languages(field: Field) -> None:
    for what, text in _texts(field):
        for lang in LANGUAGES:
            assert text(lang).strip(), f"{field.key}: {what} is empty in {lang}"


def test_kazakh_texts_are_kazakh_not_russian_copies() -> None:
    labels = [f.label for f in FIELDS]
    hints = [f.hint for f in FIELDS]
    same_labels = [t.ru for t in labels if t.kk == t.ru]
    assert len(same_labels) <= 0.05 * len(labels), same_labels
    assert all(t.kk != t.ru for t in hints), [t.ru for t in hints if t.kk == t.ru]
    with_letters = sum(1 for t in hints if KAZAKH_LETTERS.search(t.kk))
    assert with_letters >= 0.8 * len(hints)
    assert not any(KAZAKH_LETTERS.search(t.ru) for t in labels + hints)


@pytest.mark.parametrize("field", FIELDS, ids=[f.key for f in FIELDS])
def test_choices_bindings_and_expressions_are_sound(field: Field) -> None:
    if field.type in (FieldType.SELECT_ONE, FieldType.SELECT_MULTIPLE):
        assert field.choices in CHOICE_LISTS, field.key
    else:
        assert field.choices is None
    if field.bind is not None:
        assert field.model is not None
        assert field.name in sa_inspect(field.model).columns, field.key
    if field.type == FieldType.ROW_REF:
        assert field.ref is not None and FORM.repeat(field.ref)
    allowed = scope_names(FORM, field.repeat)
    for expression in field.expressions():
        unknown = expression.names() - allowed
        assert not unknown, f"{field.key}: {expression.source} uses unknown {unknown}"


def _sample_audit() -> Audit:
    from tests.helpers.records import full_audit

    audit = full_audit(Company(bin="940140000385", name_ru="ТОО", region_code="75"))
    audit.production_lines.extend(site.production_lines[0] for site in audit.sites)
    audit.deficiencies.extend(i.deficiencies[0] for i in audit.inspections)
    audit.visit_start = date(2026, 5, 1)
    return audit


def _every_condition_met(audit: Audit) -> Audit:
    """The answers on which the form's relevance and requirement conditions turn, all given."""
    audit.ownership_type = "foreign"
    for deficiency in audit.deficiencies:
        deficiency.capa_status = "closed"
    for product in audit.products:
        product.api_origin = "imported"
        product.origin_evidence = "other"
    for project in audit.investments:
        project.status = "completed"
    for barrier in audit.barriers:
        barrier.barrier_code = "other"
    for request in audit.support_requests:
        request.measure_code = "other"
    return audit


Outcome = tuple[bool, bool, Any]  # shown, required, calculated value


def _outcomes(audit: Audit) -> dict[str, list[Outcome]]:
    """For each field, on each record it is asked about: is it shown, is it required, and the
    value it calculates (every relevance, requirement and calculation of the form evaluated)."""
    outcomes: dict[str, list[Outcome]] = {}
    for field in FIELDS:
        repeat = field.repeat
        records: list[Any] = list(repeat.rows(audit)) if repeat is not None else [None]
        for record in records:
            scope = Scope(FORM, audit, record, repeat if record is not None else None)
            value = scope.field_value(field) if field.calculate else None
            outcomes.setdefault(field.key, []).append(
                (scope.is_relevant(field), scope.is_required(field), value)
            )
    return outcomes


CONDITIONALLY_REQUIRED = {f.key for f in FIELDS if isinstance(f.required, str)}
# Required only while another answer is missing (a company's name in Kazakh or in Russian):
# with every answer given, these no longer apply.
REQUIRED_IN_ITS_ABSENCE = {f.key for f in FIELDS
                           if isinstance(f.required, str) and f.required.startswith("not ")}


@pytest.mark.parametrize("empty", [True, False], ids=["empty audit", "filled audit"])
def test_relevance_requirement_and_calculation_evaluate(empty: bool) -> None:
    audit = Audit(company=Company(bin="940140000385", name_ru="Т", region_code="75"))
    if not empty:
        audit = _every_condition_met(_sample_audit())
    outcomes = _outcomes(audit)
    flags = [flag for rows in outcomes.values() for shown, required, _ in rows
             for flag in (shown, required)]
    assert all(isinstance(flag, bool) for flag in flags)  # shown or hidden, never undecided
    hidden = {key for key, rows in outcomes.items() if not all(shown for shown, _, _ in rows)}
    required = {key for key, rows in outcomes.items() if all(req for _, req, _ in rows)}
    if empty:
        # A new audit does not ask what depends on answers not given yet, and shows no figure.
        assert hidden == {
            "audit.foreign_share_pct", "audit.foreign_partner_country", "audit.export_countries",
        }
        assert all(value is None for rows in outcomes.values() for _, _, value in rows)
        assert all(FORM.field(key).repeat is None for key in outcomes)  # no rows yet
    else:
        # Every answer a question waits for is given: every question is asked, every
        # "required when" applies, and each line's utilization is shown from its figures.
        assert hidden == set()
        assert {"company.name_kk", "company.name_ru"} == REQUIRED_IN_ITS_ABSENCE
        applies = CONDITIONALLY_REQUIRED - REQUIRED_IN_ITS_ABSENCE
        assert applies and required >= applies
        lines = FORM.repeat("production_lines").rows(audit)
        assert lines
        assert [value for _, _, value in outcomes["production_line.utilization"]] == [
            pytest.approx(100 * line.actual_output / line.design_capacity) for line in lines
        ]


def test_utilization_is_computed_never_typed() -> None:
    utilization = FORM.field("production_line.utilization")
    assert utilization.type == FieldType.CALCULATE and utilization.read_only
    audit = Audit(company=Company(bin="940140000385", name_ru="Т", region_code="75"))
    from auditor.db.models import ProductionLine

    line = ProductionLine(name="L", design_capacity=2_000_000, actual_output=1_500_000)
    audit.production_lines.append(line)
    scope = Scope(FORM, audit, line, FORM.repeat("production_lines"))
    assert scope.field_value(utilization) == pytest.approx(75.0)


def test_every_column_of_audit_data_can_be_entered() -> None:
    bound = {(f.model, f.name) for f in FIELDS if f.model is not None}
    missing = []
    for model in TRACKED_MODELS:
        if model is AuditorProfile:  # the auditor's own profile, asked at first start
            continue
        for column in sa_inspect(model).columns:
            if column.info.get("system") or column.primary_key:
                continue
            if column.key in ("created_at", "updated_at"):
                continue
            if (model, column.key) not in bound:
                missing.append(f"{model.__tablename__}.{column.key}")
    assert missing == []


def test_nothing_is_entered_that_cannot_be_stored() -> None:
    for field in FIELDS:
        if field.bind is None:
            assert field.type == FieldType.CALCULATE, field.key
            continue
        assert issubclass(field.model or object, Tracked)
        assert field.model in (Company, Audit) or field.repeat is not None, field.key


def test_compiled_expressions_are_reused() -> None:
    assert compile_expression("value >= 0") is compile_expression("value >= 0")
