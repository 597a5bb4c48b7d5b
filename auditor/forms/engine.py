"""The validation engine: every issue of an audit, from the form definition and the rules.

One engine serves typing in the editor, imported packages and the command line. It reads an
audit as ORM objects (saved or not) and never writes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any

from auditor.db.models import Audit, Company
from auditor.domain.text import Text
from auditor.forms.expr import compile_expression
from auditor.forms.fields import Field, FieldType, Form, Repeat, Section, Severity
from auditor.forms.values import StoredFile, answer_check, is_empty

MSG_REQUIRED = Text(
    "Міндетті сұрақ: жауап беріңіз.",
    "Обязательный вопрос: заполните.",
    "Required: please answer.",
)
MSG_MIN_ROWS = Text(  # worded so that the number needs no plural form in any language
    "Қажетті жазбалар саны: кемінде {n}. Жазба қосыңыз.",
    "Нужно записей: не менее {n}. Добавьте запись.",
    "Records needed: at least {n}. Add one.",
)
MSG_INTERNAL = Text(
    "Ережені тексеру мүмкін болмады: {rule}.",
    "Правило не удалось проверить: {rule}.",
    "The rule could not be checked: {rule}.",
)


@dataclass(frozen=True)
class Issue:
    """One thing wrong (error) or worth a look (warning), and exactly where it is."""

    severity: Severity
    section: str
    field: str  # field key, e.g. "product.atc_code"
    rule: str  # "required", "type", a constraint's or a cross-field rule's id
    message: Text
    repeat: str | None = None
    row: int | None = None  # 0-based row of the repeat
    record_id: uuid.UUID | None = None
    row_label: str | None = None  # what names the row for a person: a trade name, a site

    @property
    def is_error(self) -> bool:
        return self.severity == Severity.ERROR

    @property
    def path(self) -> str:
        name = self.field.split(".", 1)[-1]
        if self.repeat is None:
            return name
        return f"{self.repeat}[{self.row}].{name}"

    def text(self, lang: str) -> str:
        return self.message(lang)


class Scope:
    """Answers visible from one record: the record, then its audit, then the company."""

    def __init__(self, form: Form, audit: Audit, record: Any = None, repeat: Repeat | None = None,
                 *, company: Company | None = None):
        self.form = form
        self.audit = audit
        self.record = record
        self.repeat = repeat
        self.value: Any = None  # the answer a constraint is about
        self.index = index = form_index(form)
        self._own = index.scope_fields(repeat) if repeat is not None else None
        self._once = index.scope_fields(None)
        self._company = company  # a company judged on its own, before any audit of it

    @property
    def company(self) -> Company | None:
        return self._company if self._company is not None else self.audit.company

    def field_value(self, field: Field) -> Any:
        return self.index.plan(field).read(self)

    def lookup(self, name: str) -> Any:
        if name == "value":
            return self.value
        if self._own is not None:
            field = self._own.get(name)
            if field is not None:
                return self.field_value(field)
        field = self._once.get(name)
        if field is not None:
            if field.calculate is not None:
                return Scope(self.form, self.audit).field_value(field)
            # An answer given once per audit, whichever record is asking.
            if field.is_company_field:
                company = self.company
                return getattr(company, field.name, None) if company else None
            return getattr(self.audit, field.name, None)
        raise KeyError(name)

    def evaluate(self, source: str) -> Any:
        return compile_expression(source).evaluate(self.lookup)

    def is_relevant(self, field: Field) -> bool:
        return field.relevant is None or bool(self.evaluate(field.relevant))

    def is_required(self, field: Field) -> bool:
        if isinstance(field.required, str):
            return bool(self.evaluate(field.required))
        return field.required


def field_expression_value(field: Field, scope: Scope) -> Any:
    assert field.calculate is not None
    return scope.evaluate(field.calculate)


def _answer(record: Any, name: str) -> Any:
    """``getattr(record, name, None)``, straight from the record's values when loaded."""
    if record is None:
        return None
    values = getattr(record, "__dict__", None)
    if values is not None and name in values:
        return values[name]
    return getattr(record, name, None)


def _file(record: Any, name: str) -> Any:
    """A file's bytes when they were read, else the file as stored (its size)."""
    if record is None:
        return None
    values = getattr(record, "__dict__", {})
    if name in values or record.id is None:
        return values.get(name)
    return StoredFile(int(getattr(record, "size_bytes", 0) or 0))


class _FieldPlan:
    """What checking one field takes, worked out once: where its answer is read from, which
    type check applies, whether it is required."""

    __slots__ = ("check", "plain", "read", "relevant", "required")

    def __init__(self, field: Field) -> None:
        name = field.name
        self.read: Callable[[Scope], Any]
        if field.calculate is not None:
            self.read = partial(_calculated, field)
        elif field.is_company_field:
            self.read = lambda scope: _answer(scope.company, name)
        elif field.type == FieldType.ATTACHMENT:
            self.read = lambda scope: _file(scope.record, name)
        elif field.repeat is not None:
            self.read = lambda scope: _answer(scope.record, name)
        else:
            self.read = lambda scope: _answer(scope.audit, name)
        check = answer_check(field.type)
        self.check: Callable[[Any], Text | None] | None = (
            partial(check, field) if check is not None else None
        )
        self.required = field.required
        # Judged by its answer alone: then an answer that passes its type check, or an empty
        # answer that is not required, has nothing more to it.
        self.plain = (
            field.calculate is None and not field.constraints
            and field.type != FieldType.ROW_REF and not isinstance(field.required, str)
        )
        self.relevant = field.relevant

    def passes(self, scope: Scope, relevance: dict[str, bool]) -> bool:
        """Whether the field certainly has no issue (``False``: it has to be checked)."""
        if not self.plain:
            return False
        if self.relevant is not None and not _relevant(self.relevant, scope, relevance):
            return True  # not asked
        value = self.read(scope)
        if value is None or is_empty(value):
            return not self.required
        return self.check is None or self.check(value) is None


def _calculated(field: Field, scope: Scope) -> Any:
    return field_expression_value(field, scope)


class FormIndex:
    """What checking answers of one form takes, worked out once and kept with the form
    (:attr:`Form.engine_index`): the fields a record sees by name, each field's plan, which
    conditions read answers only. Two forms never share one, and it goes when its form goes."""

    def __init__(self, form: Form) -> None:
        self._form = form
        self._scopes: dict[str | None, dict[str, Field]] = {}
        self._plans: dict[Field, _FieldPlan] = {}
        self._answers_only: dict[tuple[str | None, str], bool] = {}

    def plan(self, field: Field) -> _FieldPlan:
        plan = self._plans.get(field)
        if plan is None:
            plan = self._plans[field] = _FieldPlan(field)
        return plan

    def scope_fields(self, repeat: Repeat | None) -> dict[str, Field]:
        """Fields by plain name: one repeat's, or those answered once per audit."""
        name = repeat.name if repeat is not None else None
        fields = self._scopes.get(name)
        if fields is None:
            if repeat is not None:
                fields = {f.name: f for f in repeat.fields}
            else:
                fields = {f.name: f for s in self._form.sections for f in s.fields}
            self._scopes[name] = fields
        return fields

    def reads_answers_only(self, repeat: Repeat | None, source: str) -> bool:
        """Whether ``source`` comes to the same for every field of a record: it reads answers
        only, neither ``value`` (which changes from field to field) nor a calculation (which
        might)."""
        key = (repeat.name if repeat is not None else None, source)
        known = self._answers_only.get(key)
        if known is None:
            names = compile_expression(source).names()
            own = self.scope_fields(repeat) if repeat is not None else {}
            once = self.scope_fields(None)
            fields = [own.get(name) or once.get(name) for name in names]
            known = "value" not in names and all(
                field is None or field.calculate is None for field in fields
            )
            self._answers_only[key] = known
        return known


def form_index(form: Form) -> FormIndex:
    """The engine's index of ``form``, made on first use and kept on the form."""
    index = form.engine_index
    if index is None:
        index = form.engine_index = FormIndex(form)
    return index


def scope_names(form: Form, repeat: Repeat | None) -> set[str]:
    index = form_index(form)
    names = set(index.scope_fields(None))
    if repeat is not None:
        names |= set(index.scope_fields(repeat))
    return names | {"value"}


# --- one field ------------------------------------------------------------------------------


def field_issues(
    field: Field, scope: Scope, relevance: dict[str, bool] | None = None
) -> Iterator[tuple[str, Severity, Text]]:
    """(rule, severity, message) for one answer in its scope.

    ``relevance`` keeps, for the fields of one record checked one after another, what their
    relevance conditions came to: many fields of a record share one condition (a product's
    fields that apply to medicines only).
    """
    relevant = field.relevant
    if relevant is not None and not _relevant(relevant, scope, relevance):
        return
    if field.calculate is not None:
        return
    plan = scope.index.plan(field)
    value = plan.read(scope)
    if value is None or is_empty(value):
        required = plan.required
        if required if type(required) is bool else scope.is_required(field):
            yield "required", Severity.ERROR, field.required_message or MSG_REQUIRED
        return
    problem = plan.check(value) if plan.check is not None else None
    if problem is not None:
        yield "type", Severity.ERROR, problem
        return
    if field.type == FieldType.ROW_REF and field.ref is not None:
        rows = getattr(scope.audit, field.ref, [])
        if all(getattr(row, "id", None) != value for row in rows):
            from auditor.forms.values import MSG_ROW

            yield "type", Severity.ERROR, MSG_ROW
            return
    scope.value = value
    for number, constraint in enumerate(field.constraints, start=1):
        if not constraint.compiled.evaluate(scope.lookup):
            yield f"constraint{number}", constraint.severity, constraint.message


def _relevant(source: str, scope: Scope, relevance: dict[str, bool] | None) -> bool:
    if relevance is None:
        return bool(scope.evaluate(source))
    known = relevance.get(source)
    if known is None:
        known = bool(scope.evaluate(source))
        if scope.index.reads_answers_only(scope.repeat, source):
            relevance[source] = known
    return known


# --- rules across fields --------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """What a cross-field rule found: the field to point at and the row it is in."""

    field: str
    record: Any = None
    params: dict[str, Any] | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    message: Text
    check: Callable[[Audit], Iterable[Finding]]
    description: Text | None = None


# --- the whole audit ------------------------------------------------------------------------


def validate_audit(form: Form, audit: Audit, rules: Iterable[Rule] = ()) -> list[Issue]:
    """Every issue of ``audit``, in the order of the questionnaire."""
    issues: list[Issue] = []
    for section in form.sections:
        issues.extend(section_issues(form, section, audit))
    issues.extend(rule_issues(form, audit, rules))
    order = {s.key: n for n, s in enumerate(form.sections)}
    issues.sort(key=lambda i: (order.get(i.section, 99), i.repeat or "", i.row or 0))
    return issues


def section_issues(form: Form, section: Section, audit: Audit) -> Iterator[Issue]:
    """The issues of one section's fields and repeats (rules across fields not included)."""
    audit_scope = Scope(form, audit)
    plan = audit_scope.index.plan
    audit_relevance: dict[str, bool] = {}
    for item in section.items:
        if isinstance(item, Field):
            if plan(item).passes(audit_scope, audit_relevance):
                continue
            for rule, severity, message in field_issues(item, audit_scope, audit_relevance):
                yield Issue(severity, section.key, item.key, rule, message)
            continue
        rows = item.rows(audit)
        minimum = minimum_rows(form, item, audit)
        if len(rows) < minimum:
            yield Issue(
                Severity.ERROR,
                section.key,
                item.fields[0].key,
                "min_rows",
                MSG_MIN_ROWS.format(n=minimum),
                repeat=item.name,
            )
        for index, record in enumerate(rows):
            scope = Scope(form, audit, record, item)
            relevance: dict[str, bool] = {}
            for field in item.fields:
                if plan(field).passes(scope, relevance):
                    continue  # most answers of most rows
                for rule, severity, message in field_issues(field, scope, relevance):
                    yield Issue(
                        severity,
                        section.key,
                        field.key,
                        rule,
                        message,
                        repeat=item.name,
                        row=index,
                        record_id=getattr(record, "id", None),
                        row_label=row_label(item, record),
                    )


def company_issues(form: Form, answers: Mapping[str, Any]) -> list[Issue]:
    """The issues of a company's own answers (BIN, names, region, ...), given by field name,
    as every audit of the company would show them: what the new-company dialog checks before
    the company exists."""
    scope = Scope(form, Audit(), company=Company(**answers))
    issues = []
    for section in form.sections:
        for field in section.fields:
            if field.is_company_field:
                for rule, severity, message in field_issues(field, scope):
                    issues.append(Issue(severity, section.key, field.key, rule, message))
    return issues


def minimum_rows(form: Form, repeat: Repeat, audit: Audit) -> int:
    if isinstance(repeat.min_rows, int):
        return repeat.min_rows
    value = Scope(form, audit).evaluate(repeat.min_rows)
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0


def row_label(repeat: Repeat, record: Any) -> str | None:
    value = getattr(record, repeat.row_label, None)
    return str(value) if value not in (None, "") else None


def rule_issues(form: Form, audit: Audit, rules: Iterable[Rule]) -> Iterator[Issue]:
    for rule in rules:
        try:
            findings = list(rule.check(audit))
        except Exception:  # a broken rule must never hide the audit's other issues
            field = next(iter(form.all_fields()))
            yield Issue(
                Severity.ERROR,
                form.sections[0].key,
                field.key,
                rule.id,
                MSG_INTERNAL.format(rule=rule.id),
            )
            continue
        for finding in findings:
            field = form.field(finding.field)
            repeat = field.repeat
            row = None
            if repeat is not None and finding.record is not None:
                rows = repeat.rows(audit)
                row = next((n for n, r in enumerate(rows) if r is finding.record), None)
            message = rule.message.format(**finding.params) if finding.params else rule.message
            yield Issue(
                rule.severity,
                field.section.key if field.section else form.sections[0].key,
                field.key,
                rule.id,
                message,
                repeat=repeat.name if repeat else None,
                row=row,
                record_id=getattr(finding.record, "id", None) if finding.record else None,
                row_label=row_label(repeat, finding.record) if repeat and finding.record else None,
            )
