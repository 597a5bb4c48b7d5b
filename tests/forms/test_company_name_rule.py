"""A company's names: one in Kazakh or one in Russian is required, either will do.

The same rule speaks in the editor (every audit of the company), in the new-company dialog
(``company_issues``, before the company exists) and in the database (the ``has_name`` check).
"""

from __future__ import annotations

import pytest

from auditor.db.models import Audit, Company
from auditor.forms.engine import company_issues
from auditor.forms.fields import Severity
from auditor.forms.questionnaire import FORM, validate

NAME_FIELDS = ("company.name_kk", "company.name_ru")
KK = "«Тест Фарм» ЖШС"
RU = "ТОО «Тест Фарм»"


def _name_issues(name_kk: str | None, name_ru: str | None) -> list[tuple[str, str, str]]:
    """(field, severity, English message) of the name issues an audit of the company shows."""
    audit = Audit(company=Company(bin="940140000385", name_kk=name_kk, name_ru=name_ru,
                                  region_code="75"))
    return [(i.field, i.severity, i.text("en")) for i in validate(audit) if i.field in NAME_FIELDS]


@pytest.mark.parametrize(("name_kk", "name_ru"), [(KK, RU), (KK, None), (None, RU)])
def test_a_company_named_in_one_language_has_no_name_issue(
    name_kk: str | None, name_ru: str | None
) -> None:
    assert _name_issues(name_kk, name_ru) == []


def test_a_company_without_a_name_is_told_to_give_one_in_either_language() -> None:
    issues = _name_issues(None, None)
    assert [field for field, _, _ in issues] == list(NAME_FIELDS)
    for _, severity, text in issues:
        assert severity == Severity.ERROR  # the audit cannot be finalized
        assert text == "Enter the name in Kazakh, in Russian, or both."
    audit = Audit(company=Company(bin="940140000385", region_code="75"))
    (first, *_) = [i for i in validate(audit) if i.field in NAME_FIELDS]
    assert "қазақша, орысша" in first.text("kk")
    assert "на казахском, на русском" in first.text("ru")


@pytest.mark.parametrize(
    ("name_kk", "name_ru"), [(KK, RU), (KK, None), (None, RU), (None, None), ("x" * 301, None)]
)
def test_the_new_company_check_says_what_the_editor_says(
    name_kk: str | None, name_ru: str | None
) -> None:
    before = [(i.field, i.severity, i.text("en"))
              for i in company_issues(FORM, {"name_kk": name_kk, "name_ru": name_ru})
              if i.field in NAME_FIELDS]
    assert before == _name_issues(name_kk, name_ru)


def test_a_name_too_long_for_its_column_is_refused_before_the_company_exists() -> None:
    (issue,) = [i for i in company_issues(FORM, {"name_kk": "x" * 301}) if i.field in NAME_FIELDS]
    assert issue.field == "company.name_kk" and issue.is_error
    assert "300" in issue.text("en")
