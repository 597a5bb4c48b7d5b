"""Random answers of every type: the engine never raises, and every issue has a message."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.db.models import Audit, Company
from auditor.forms.fields import Field
from auditor.forms.questionnaire import FORM, validate
from auditor.forms.values import check_value, parse_text

FIELDS = [f for f in FORM.all_fields() if f.bind is not None]

ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=400),
    st.dates(),
    st.datetimes(),
    st.binary(max_size=64),
    st.uuids(),
    st.lists(st.one_of(st.text(max_size=20), st.integers()), max_size=5),
    st.sampled_from(["valid", "tablets", "L01BC02", "940140000385", "KZ", "75", ""]),
)


@given(field=st.sampled_from(FIELDS), value=ANY_VALUE)
def test_check_value_never_raises(field: Field, value: Any) -> None:
    problem = check_value(field, value)
    if problem is not None:
        assert all(problem(lang).strip() for lang in ("kk", "ru", "en"))


@given(field=st.sampled_from(FIELDS), text=st.text(max_size=60))
def test_parse_text_never_raises(field: Field, text: str) -> None:
    value, problem = parse_text(field, text)
    if problem is None and value is not None:
        assert check_value(field, value) is None


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(answers=st.lists(st.tuples(st.sampled_from(FIELDS), ANY_VALUE), max_size=12))
def test_validating_random_answers_never_raises(answers: list[tuple[Field, Any]]) -> None:
    audit = Audit(company=Company(bin="940140000385", name_ru="Т", region_code="75"))
    for field, value in answers:
        if field.is_company_field:
            target: Any = audit.company
        elif field.repeat is None:
            target = audit
        else:
            rows = getattr(audit, field.repeat.name)
            if not rows:
                rows.append(field.repeat.model())
            target = rows[0]
        setattr(target, field.name, value)
    for issue in validate(audit):
        assert issue.severity in ("error", "warning")
        assert all(issue.text(lang).strip() for lang in ("kk", "ru", "en"))
        assert FORM.field(issue.field)
