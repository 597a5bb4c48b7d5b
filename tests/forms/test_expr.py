"""The expression language's allow-list: what a form's relevance, constraint or calculation may
say. Form definitions are data that ministries and translators edit; anything outside the list
must be refused when the expression is compiled (so a broken form fails its definition test, not
an auditor's session), and everything on it must work."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from auditor.forms.expr import FUNCTIONS, ExpressionError, compile_expression

ANSWERS: dict[str, Any] = {
    "value": 7,
    "negative": -2.5,
    "text": "abc",
    "bin": "940140000385",
    "codes": ["tablets", "capsules"],
    "visit_start": date(2024, 5, 17),
    "design_capacity": 200.0,
    "actual_output": 150.0,
    "missing": None,
}


def evaluate(source: str) -> Any:
    return compile_expression(source).evaluate(ANSWERS.__getitem__)


@pytest.mark.parametrize("source", [
    # attribute access, the way out of any sandbox
    "value.real",
    "text.upper()",
    "().__class__.__bases__[0].__subclasses__()",
    "matches.__globals__",
    "year.__code__",
    # subscripts and slices, with dunder keys or without
    "codes[0]",
    "codes['__class__']",
    "text[1:2]",
    # calls to anything not in FUNCTIONS: builtins, eval, the import machinery
    "__import__('os')",
    "__import__('os').system('true')",
    "eval('1')",
    "exec('x = 1')",
    "open('/etc/passwd')",
    "getattr(value, 'real')",
    "len(codes)",
    "print(value)",
    "value(1)",
    "count(codes)(1)",
    "(lambda: 1)()",
    # what calls to allowed functions may not carry
    "coalesce(missing, value=1)",
    "count(*codes)",
    "coalesce(**{'a': 1})",
    # functions and loops written inline
    "lambda: 1",
    "[c for c in codes]",
    "{c for c in codes}",
    "{c: 1 for c in codes}",
    "count(c for c in codes)",
    # assignment
    "(n := 1)",
    # f-strings and literals of containers that are not sequences
    "f'{value}'",
    "f'{value.__class__}'",
    "{'a': 1}",
    "{1, 2}",
    # operators outside the list
    "value ** 2",
    "value // 2",
    "value % 2",
    "value | 1",
    "value & 1",
    "value ^ 1",
    "value << 1",
    "~value",
    "+value",
    "value @ value",
    "value is None",
    "value is not None",
    # statements and generator syntax do not even parse as an expression
    "import os",
    "x = 1",
    "await value",
    "(yield value)",
    "",
    "value >=",
])
def test_a_construct_outside_the_allow_list_is_refused_when_compiled(source: str) -> None:
    with pytest.raises(ExpressionError):
        compile_expression(source)


# Each function of FUNCTIONS, with the answers above.
FUNCTION_CASES: list[tuple[str, Any]] = [
    ("year(visit_start)", 2024),
    ("year(missing)", None),
    ("year(text)", None),
    ("selected(codes, 'tablets')", True),
    ("selected(codes, 'powders')", False),
    ("selected(missing, 'tablets')", False),
    ("matches(bin, '[0-9]{12}')", True),
    ("matches(text, '[0-9]+')", False),
    ("matches(missing, '.*')", False),
    ("matches(text, '(')", None),  # a broken pattern is no answer, not a crash
    ("count(codes)", 2),
    ("count(text)", 3),
    ("count(missing)", 0),
    ("coalesce(missing, value, 3)", 7),
    ("coalesce(missing, missing)", None),
    ("abs(negative)", 2.5),
    ("abs(value)", 7),
    ("abs(text)", None),
    ("capacity_utilization(design_capacity, actual_output)", 0.75),
    ("100 * capacity_utilization(design_capacity, actual_output)", 75.0),
    ("capacity_utilization(0, actual_output)", None),
    ("capacity_utilization(missing, actual_output)", None),
    ("today() >= visit_start", True),
]


@pytest.mark.parametrize(("source", "expected"), FUNCTION_CASES)
def test_every_allowed_function_works(source: str, expected: Any) -> None:
    assert evaluate(source) == expected


def test_today_is_the_date_of_the_day() -> None:
    before = date.today()
    today = evaluate("today()")
    assert before <= today <= date.today()


def test_every_allowed_function_has_a_case() -> None:
    called = {name for source, _ in FUNCTION_CASES for name in FUNCTIONS if f"{name}(" in source}
    assert called == set(FUNCTIONS)


@pytest.mark.parametrize(("source", "expected"), [
    ("ownership_type in ('foreign', 'mixed')", True),
    ("ownership_type not in ['foreign', 'mixed']", False),
    ("0 <= value < 10", True),
    ("value == 7 and not missing", True),
    ("missing or value > 100", False),
    ("-value + 2 * 3 - 1 / 2", -1.5),
    ("'yes' if value > 5 else 'no'", "yes"),
    ("value + missing", None),
    ("missing > 0", False),
    ("None == missing", True),
])
def test_the_allowed_syntax_evaluates(source: str, expected: Any) -> None:
    answers = {**ANSWERS, "ownership_type": "foreign"}
    assert compile_expression(source).evaluate(answers.__getitem__) == expected
