"""How much of an audit is answered: per section and overall.

Counted are the questions that must be answered (required) and apply (relevant), once per audit
or once per row; a repeat with fewer rows than it needs counts each missing row as one
unanswered question, so an empty product list is not mistaken for a finished one.
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.db.models import Audit
from auditor.forms.engine import Scope, minimum_rows
from auditor.forms.fields import Field, Form, Section
from auditor.forms.values import is_empty


@dataclass(frozen=True)
class Completeness:
    answered: int
    expected: int

    @property
    def ratio(self) -> float:
        return 1.0 if self.expected == 0 else self.answered / self.expected

    @property
    def percent(self) -> int:
        return int(self.ratio * 100)  # floor: 99.6% answered is not "100%"

    def __add__(self, other: Completeness) -> Completeness:
        return Completeness(self.answered + other.answered, self.expected + other.expected)


def _count(field: Field, scope: Scope) -> Completeness:
    if field.calculate is not None or not scope.is_relevant(field):
        return Completeness(0, 0)
    if not scope.is_required(field):
        return Completeness(0, 0)
    return Completeness(0 if is_empty(scope.field_value(field)) else 1, 1)


def section_completeness(form: Form, section: Section, audit: Audit) -> Completeness:
    total = Completeness(0, 0)
    audit_scope = Scope(form, audit)
    for field in section.fields:
        total += _count(field, audit_scope)
    for repeat in section.repeats:
        rows = repeat.rows(audit)
        missing = max(0, minimum_rows(form, repeat, audit) - len(rows))
        total += Completeness(0, missing)
        for record in rows:
            scope = Scope(form, audit, record, repeat)
            for field in repeat.fields:
                total += _count(field, scope)
    return total


def audit_completeness(form: Form, audit: Audit) -> dict[str, Completeness]:
    """Completeness of each section by key, plus ``"overall"``."""
    result = {s.key: section_completeness(form, s, audit) for s in form.sections}
    overall = Completeness(0, 0)
    for value in result.values():
        overall += value
    result["overall"] = overall
    return result
