"""The editor's incremental checker says what the whole engine says, after any sequence of edits.

It checks again only the sections a change can affect; should it miss one (a rule, a relevance
or a row count that reads an answer of another section), the editor would show a stale message.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.db.models import Audit, Company
from auditor.forms.checker import AuditChecker, _item_names
from auditor.forms.completeness import audit_completeness
from auditor.forms.engine import Issue, validate_audit
from auditor.forms.fields import Field, FieldType, Repeat
from auditor.forms.questionnaire import FORM
from auditor.forms.rows import new_row_values, plan_removal, rows_of
from auditor.forms.rules import RULES
from tests.helpers.records import filled, full_audit

# Answers that can be typed (not computed, not kept by the application).
TYPED = [f for f in FORM.all_fields()
         if f.column is not None and not f.read_only and f.calculate is None
         and f.type not in (FieldType.ATTACHMENT, FieldType.ROW_REF)]
SINGLE = [f for f in TYPED if f.repeat is None]
IN_ROWS = [f for f in TYPED if f.repeat is not None]
REPEATS = [r for r in FORM.repeats() if r.name != "attachments"]
# Answers that another section's rules, relevance or row counts read: the edits a checker that
# looked only at the answer's own section would get wrong, so drawn as often as all the others.
READ_ELSEWHERE = [f for f in SINGLE if any(
    f.name in _item_names(s) for s in FORM.sections if s is not f.section)]


def _values(field: Field) -> st.SearchStrategy[Any]:
    """Empty, a plausible answer, or one the engine refuses."""
    plain: dict[FieldType, st.SearchStrategy[Any]] = {
        FieldType.INTEGER: st.integers(-5, 3000),
        FieldType.MONEY: st.integers(-5, 10**13),
        FieldType.YEAR: st.integers(1850, 2200),
        FieldType.DECIMAL: st.floats(-10, 1e10, allow_nan=False),
        FieldType.PERCENTAGE: st.floats(-10, 150, allow_nan=False),
        FieldType.DATE: st.dates(date(1890, 1, 1), date(2110, 1, 1)),
        FieldType.BOOLEAN: st.booleans(),
    }
    choices = field.choice_list
    if field.type == FieldType.SELECT_ONE and choices is not None:
        answer = st.sampled_from([c.code for c in choices.choices] + ["no such code"])
    elif field.type == FieldType.SELECT_MULTIPLE and choices is not None:
        answer = st.lists(st.sampled_from([c.code for c in choices.choices]), max_size=3,
                          unique=True)
    else:
        answer = plain.get(field.type, st.text(max_size=12))
    return st.one_of(st.none(), answer)


@st.composite
def _edit(draw: st.DrawFn) -> tuple[str, Any]:
    kind = draw(st.sampled_from(["answer", "cell", "add row", "remove row"]))
    if kind == "answer":
        field = draw(st.one_of(st.sampled_from(READ_ELSEWHERE), st.sampled_from(SINGLE)))
        return kind, (field, draw(_values(field)))
    if kind == "cell":
        field = draw(st.sampled_from(IN_ROWS))
        return kind, (field, draw(st.integers(0, 3)), draw(_values(field)))
    return kind, (draw(st.sampled_from(REPEATS)), draw(st.integers(0, 3)))


def _apply(audit: Audit, checker: AuditChecker, edit: tuple[str, Any]) -> None:
    kind, what = edit
    if kind == "answer":
        field, value = what
        owner = audit.company if field.is_company_field else audit
        setattr(owner, field.name, value)
        checker.field_changed(field)
    elif kind == "cell":
        field, row, value = what
        assert field.repeat is not None
        rows = rows_of(audit, field.repeat)
        if rows:
            setattr(rows[row % len(rows)], field.name, value)
            checker.field_changed(field)
    elif kind == "add row":
        repeat, _ = what
        _add_row(audit, checker, repeat)
    else:
        repeat, row = what
        rows = rows_of(audit, repeat)
        if rows:
            removal, taken = plan_removal(FORM, audit, repeat, rows[row % len(rows)].id)
            for snapshot, record in zip(removal.rows, taken, strict=True):
                rows_of(audit, snapshot.repeat).remove(record)
                checker.rows_changed(snapshot.repeat)
            for link in removal.links:
                assert link.field.repeat is not None
                for other in rows_of(audit, link.field.repeat):
                    if other.id == link.record_id:
                        setattr(other, link.field.name, None)
                checker.rows_changed(link.field.repeat)


def _add_row(audit: Audit, checker: AuditChecker, repeat: Repeat) -> None:
    try:
        values = new_row_values(FORM, audit, repeat)
    except Exception:  # a line needs a site first: nothing added, as in the editor
        return
    values.pop("audit_id")
    rows_of(audit, repeat).append(repeat.model(**values))
    checker.rows_changed(repeat)


def _seen(issues: list[Issue]) -> list[tuple[Any, ...]]:
    return [(i.section, i.field, i.repeat, i.row, i.rule, i.severity, i.text("en"))
            for i in issues]


def _audit() -> Audit:
    audit = full_audit(filled(Company, bin="940140000385", region_code="75"))
    for record in [audit, *(r for repeat in REPEATS for r in rows_of(audit, repeat))]:
        if getattr(record, "id", None) is None:
            record.id = uuid.uuid4()
    return audit


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_edit(), min_size=1, max_size=12))
def test_after_any_edits_the_checker_says_what_the_whole_engine_says(
    edits: list[tuple[str, Any]],
) -> None:
    audit = _audit()
    checker = AuditChecker(FORM, lambda: audit)
    checker.check()  # the first verdict, before the edits: later ones are incremental
    for edit in edits:
        _apply(audit, checker, edit)
        verdict = checker.check()
        assert _seen(verdict.issues) == _seen(validate_audit(FORM, audit, RULES)), edit
    assert verdict.completeness == audit_completeness(FORM, audit)
