"""What the engine works out for a form is kept with that form: two forms never judge an audit
by each other's questions, and a form that is let go takes what was worked out for it along."""

from __future__ import annotations

import gc
import weakref

from auditor.db.models import Audit, Company
from auditor.domain.text import Text
from auditor.forms.engine import validate_audit
from auditor.forms.fields import Field, Form, Section

LABEL = Text("Сұрақ", "Вопрос", "Question")


def _form(version: str, *fields: Field) -> Form:
    return Form(version, [Section("only", LABEL, LABEL, fields)])


def _staff_form() -> Form:
    """Asks the staff count, and the QA/QC staff only where there is a staff."""
    return _form(
        "staff",
        Field(Audit.staff_total, LABEL, LABEL, required=True),
        Field(Audit.staff_qa_qc, LABEL, LABEL, required=True, relevant="staff_total > 0"),
    )


def _findings_form() -> Form:
    """Asks the findings, and the recommendations only once there are findings."""
    return _form(
        "findings",
        Field(Audit.findings, LABEL, LABEL, required=True),
        Field(Audit.recommendations, LABEL, LABEL, required=True,
              relevant="findings != ''"),
    )


def _audit() -> Audit:
    return Audit(company=Company(bin="940140000385", name_ru="ТОО «Тест»", region_code="75"),
                 staff_total=12, findings="Нет записей о калибровке")


def _missing(form: Form, audit: Audit) -> list[str]:
    return [issue.field for issue in validate_audit(form, audit) if issue.rule == "required"]


def test_forms_made_one_after_another_each_ask_their_own_questions() -> None:
    audit = _audit()
    # A form made where an earlier one was (the same address, once the earlier one is gone)
    # still asks its own questions.
    for _ in range(30):
        staff = _staff_form()
        assert _missing(staff, audit) == ["audit.staff_qa_qc"]
        del staff
        gc.collect()
        findings = _findings_form()
        assert _missing(findings, audit) == ["audit.recommendations"]
        del findings
        gc.collect()


def test_two_forms_at_once_each_ask_their_own_questions() -> None:
    audit, staff, findings = _audit(), _staff_form(), _findings_form()
    for _ in range(3):
        assert _missing(staff, audit) == ["audit.staff_qa_qc"]
        assert _missing(findings, audit) == ["audit.recommendations"]


def test_a_form_let_go_leaves_nothing_behind() -> None:
    form = _staff_form()
    assert _missing(form, _audit()) == ["audit.staff_qa_qc"]
    questions = [weakref.ref(field) for field in form.all_fields()]
    del form
    gc.collect()
    # A process that makes forms (a test run, a server checking packages) does not grow.
    assert [question() for question in questions] == [None, None]
