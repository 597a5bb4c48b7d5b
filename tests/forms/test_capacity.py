"""Utilization, one fact: the share the rules judge is the figure the form shows and the one
the potential index averages."""

from __future__ import annotations

import pytest

from auditor.db.models import Audit, Company, ProductionLine
from auditor.domain.capacity import capacity_utilization
from auditor.forms.engine import Scope, rule_issues
from auditor.forms.potential import development_potential
from auditor.forms.questionnaire import FORM
from auditor.forms.rules import RULES

UTILIZATION = FORM.field("production_line.utilization")


def _audit_with_line(design: float | None, actual: float | None) -> tuple[Audit, ProductionLine]:
    audit = Audit(company=Company(bin="940140000385", name_ru="ТОО «Тест»", region_code="75"))
    line = ProductionLine(name="Таблетки 1", design_capacity=design, actual_output=actual)
    audit.production_lines.append(line)
    return audit, line


def _shown(audit: Audit, line: ProductionLine) -> object:
    """What the form's calculated field comes to for the line (what the editor shows)."""
    return Scope(FORM, audit, line, FORM.repeat("production_lines")).field_value(UTILIZATION)


def _above_capacity(audit: Audit) -> list[str]:
    rule = next(r for r in RULES if r.id == "output_above_capacity")
    return [issue.text("en") for issue in rule_issues(FORM, audit, [rule])]


def _headroom_text(audit: Audit) -> str:
    index = development_potential(audit)
    return next(c for c in index.criteria if c.key == "capacity_headroom").explanation("en")


def test_utilization_is_a_share_of_design_capacity() -> None:
    assert capacity_utilization(2_000_000, 1_500_000) == pytest.approx(0.75)
    assert capacity_utilization(1_000, 1_200) == pytest.approx(1.2)  # overtime
    assert capacity_utilization(1_000, 0) == 0.0  # the line stood idle
    for design, actual in ((None, 5.0), (5.0, None), (0.0, 5.0), (-10.0, 5.0)):
        assert capacity_utilization(design, actual) is None


def test_the_form_shows_the_share_the_rules_and_the_index_use() -> None:
    audit, line = _audit_with_line(2_000_000, 2_400_000)

    assert line.utilization == pytest.approx(1.2)
    assert _shown(audit, line) == pytest.approx(120.0)  # a share shown as a percentage
    assert _above_capacity(audit) == [
        "Actual output is 120% of design capacity: please check the figures."
    ]
    assert _headroom_text(audit) == "Average utilization 120% (1 line)"


@pytest.mark.parametrize(
    ("design", "actual"),
    [(0.0, 500.0), (-1_000.0, 500.0), (None, 500.0), (1_000.0, None)],
    ids=["no design capacity", "negative design capacity", "design unknown", "output unknown"],
)
def test_without_a_design_capacity_to_measure_against_nobody_reports_a_utilization(
    design: float | None, actual: float | None
) -> None:
    audit, line = _audit_with_line(design, actual)

    assert line.utilization is None
    assert _shown(audit, line) is None
    assert _above_capacity(audit) == []
    assert _headroom_text(audit) == "No data"


def test_the_potential_index_explains_itself_in_each_language_s_numbers() -> None:
    audit = Audit(company=Company(bin="000000000000"), staff_total=1690, staff_qa_qc=262)
    staff = next(c for c in development_potential(audit).criteria if c.key == "workforce")
    assert staff.explanation("ru") == "Всего 1 690, из них QA/QC 262"
    assert staff.explanation("en") == "Total 1,690, QA/QC 262"
