"""The validation engine's verdict on an audit being edited, kept current as it changes.

The editor asks the engine again after every change (debounced), so messages, cell marks and the
navigator's badges follow the typing. With 500 products, checking the whole audit takes tens of
milliseconds, nearly all of it in the product portfolio; so issues and completeness are kept per
section and only the sections a change can affect are checked again: the section of the answer,
and the sections whose rules, relevance or row counts name it. Cross-section rules are always
run again (they are cheap). Finalizing never relies on this: it runs the whole engine.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from auditor.db.models import Audit
from auditor.forms.completeness import Completeness, section_completeness
from auditor.forms.engine import Issue, rule_issues, section_issues
from auditor.forms.expr import compile_expression
from auditor.forms.fields import Field, FieldType, Form, Repeat, Section, Severity
from auditor.forms.potential import PotentialIndex, development_potential
from auditor.forms.rules import RULES


@dataclass
class Verdict:
    """Every issue of the audit, and the same issues sorted by where the editor shows them."""

    issues: list[Issue]
    completeness: dict[str, Completeness]
    potential: PotentialIndex
    by_field: dict[str, list[Issue]] = dataclass_field(default_factory=dict)
    by_cell: dict[tuple[uuid.UUID, str], list[Issue]] = dataclass_field(default_factory=dict)
    by_repeat: dict[str, list[Issue]] = dataclass_field(default_factory=dict)
    counts: dict[str, tuple[int, int]] = dataclass_field(default_factory=dict)

    def __post_init__(self) -> None:
        by_field: dict[str, list[Issue]] = defaultdict(list)
        by_cell: dict[tuple[uuid.UUID, str], list[Issue]] = defaultdict(list)
        by_repeat: dict[str, list[Issue]] = defaultdict(list)
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for issue in self.issues:
            counts[issue.section][0 if issue.is_error else 1] += 1
            if issue.repeat is None:
                by_field[issue.field].append(issue)
            elif issue.record_id is not None:
                by_cell[(issue.record_id, issue.field)].append(issue)
            else:
                by_repeat[issue.repeat].append(issue)
        self.by_field = dict(by_field)
        self.by_cell = dict(by_cell)
        self.by_repeat = dict(by_repeat)
        self.counts = {key: (value[0], value[1]) for key, value in counts.items()}

    @property
    def errors(self) -> int:
        return sum(1 for issue in self.issues if issue.is_error)

    @property
    def warnings(self) -> int:
        return sum(1 for issue in self.issues if issue.severity == Severity.WARNING)


def _item_names(section: Section) -> set[str]:
    """Names of answers that the section's rules, relevance and calculations read."""
    names: set[str] = set()
    for field in section.all_fields():
        for expression in field.expressions():
            names |= expression.names()
    for repeat in section.repeats:
        if isinstance(repeat.min_rows, str):
            names |= compile_expression(repeat.min_rows).names()
    return names


class AuditChecker:
    """Runs the engine over the audit, again only where a change can have an effect."""

    def __init__(self, form: Form, audit: Callable[[], Audit]) -> None:
        self.form = form
        self._audit = audit
        self._reads = {section.key: _item_names(section) for section in form.sections}
        self._issues: dict[str, list[Issue]] = {}
        self._completeness: dict[str, Completeness] = {}
        self._dirty: set[str] = {section.key for section in form.sections}

    def field_changed(self, field: Field) -> None:
        section = field.section
        if section is not None:
            self._dirty.add(section.key)
        if field.repeat is None:
            self._dirty |= {key for key, names in self._reads.items() if field.name in names}

    def rows_changed(self, repeat: Repeat) -> None:
        if repeat.section is not None:
            self._dirty.add(repeat.section.key)
        for field in self.form.all_fields():
            if field.type == FieldType.ROW_REF and field.ref == repeat.name:
                assert field.section is not None
                self._dirty.add(field.section.key)

    def everything_changed(self) -> None:
        self._dirty = {section.key for section in self.form.sections}

    def check(self) -> Verdict:
        audit = self._audit()
        for section in self.form.sections:
            if section.key in self._dirty or section.key not in self._issues:
                self._issues[section.key] = list(section_issues(self.form, section, audit))
                self._completeness[section.key] = section_completeness(self.form, section, audit)
        self._dirty.clear()
        issues = [issue for s in self.form.sections for issue in self._issues[s.key]]
        issues.extend(rule_issues(self.form, audit, RULES))
        # The order the engine reports in, so that lists read the same everywhere.
        order = {s.key: n for n, s in enumerate(self.form.sections)}
        issues.sort(key=lambda i: (order.get(i.section, 99), i.repeat or "", i.row or 0))
        completeness = dict(self._completeness)
        overall = Completeness(0, 0)
        for value in self._completeness.values():
            overall += value
        completeness["overall"] = overall
        return Verdict(issues, completeness, development_potential(audit))
