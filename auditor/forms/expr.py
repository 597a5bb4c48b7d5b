"""A small, safe expression language for relevance, constraints and calculations.

Expressions use Python syntax, as XLSForm uses XPath: ``ownership_type in ('foreign', 'mixed')``,
``value >= 0``, ``100 * capacity_utilization(design_capacity, actual_output)``. Names are looked
up in the record being checked, then in the audit, then in its company. Nothing is ever passed
to ``eval``: the parsed tree is walked here, and only the nodes and functions below are allowed.

Missing answers are ``None``. A comparison with ``None`` is false and arithmetic with ``None``
gives ``None``, so a rule about an unanswered question neither fires nor crashes.
"""

from __future__ import annotations

import ast
import operator
import re
from collections.abc import Callable, Mapping
from datetime import date
from functools import lru_cache
from typing import Any

from auditor.domain.capacity import capacity_utilization


class ExpressionError(ValueError):
    """An expression that does not parse or uses something not allowed."""


Lookup = Callable[[str], Any]


def _year(value: Any) -> int | None:
    return value.year if isinstance(value, date) else None


def _selected(values: Any, code: str) -> bool:
    return isinstance(values, list | tuple) and code in values


def _matches(value: Any, pattern: str) -> bool:
    return isinstance(value, str) and re.fullmatch(pattern, value) is not None


def _count(values: Any) -> int:
    return len(values) if isinstance(values, list | tuple | str) else 0


def _coalesce(*values: Any) -> Any:
    return next((v for v in values if v is not None), None)


FUNCTIONS: Mapping[str, Callable[..., Any]] = {
    "today": date.today,
    "year": _year,
    "selected": _selected,
    "matches": _matches,
    "count": _count,
    "coalesce": _coalesce,
    "abs": lambda v: abs(v) if isinstance(v, int | float) else None,
    # The one definition of utilization, so that the form shows what the rules judge.
    "capacity_utilization": capacity_utilization,
}

_COMPARE: Mapping[type[ast.cmpop], Callable[[Any, Any], bool]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.In: lambda a, b: b is not None and a in b,
    ast.NotIn: lambda a, b: b is None or a not in b,
}
_ARITHMETIC: Mapping[type[ast.operator], Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}


class Expression:
    """A parsed expression; :meth:`names` tells which answers it depends on."""

    def __init__(self, source: str) -> None:
        self.source = source
        try:
            self._tree = ast.parse(source.strip(), mode="eval").body
        except SyntaxError as exc:
            raise ExpressionError(f"cannot parse {source!r}: {exc.msg}") from exc
        self._check(self._tree)
        self._evaluator = self._compile(self._tree)

    def __repr__(self) -> str:
        return f"Expression({self.source!r})"

    def names(self) -> set[str]:
        called = {
            node.func.id
            for node in ast.walk(self._tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        }
        return {
            node.id
            for node in ast.walk(self._tree)
            if isinstance(node, ast.Name) and node.id not in called
        }

    def evaluate(self, lookup: Lookup) -> Any:
        return self._evaluator(lookup)

    # --- checking ---

    def _check(self, node: ast.AST) -> None:
        allowed = (
            ast.Expression, ast.BoolOp, ast.And, ast.Or, ast.UnaryOp, ast.Not, ast.USub,
            ast.Compare, ast.BinOp, ast.Constant, ast.Name, ast.Load, ast.Tuple, ast.List,
            ast.Call, ast.IfExp, *_COMPARE, *_ARITHMETIC,
        )
        for child in ast.walk(node):
            if not isinstance(child, allowed):
                raise ExpressionError(
                    f"{type(child).__name__} is not allowed in {self.source!r}"
                )
            if isinstance(child, ast.Call):
                if not isinstance(child.func, ast.Name) or child.func.id not in FUNCTIONS:
                    raise ExpressionError(f"unknown function in {self.source!r}")
                if child.keywords:
                    raise ExpressionError(f"keyword arguments in {self.source!r}")

    # --- evaluating ---

    def _compile(self, node: ast.AST) -> Evaluator:
        """The checked tree as nested functions, so that evaluating it walks no tree."""
        if isinstance(node, ast.Constant):
            return _constant(node.value)
        if isinstance(node, ast.Name):
            if node.id in _NAMED_CONSTANTS:
                return _constant(_NAMED_CONSTANTS[node.id])
            return _name(node.id)
        if isinstance(node, ast.Tuple | ast.List):
            return _sequence([self._compile(element) for element in node.elts])
        if isinstance(node, ast.BoolOp):
            return _boolean(isinstance(node.op, ast.And),
                            [self._compile(value) for value in node.values])
        if isinstance(node, ast.UnaryOp):
            return _unary(isinstance(node.op, ast.Not), self._compile(node.operand))
        if isinstance(node, ast.IfExp):
            return _choice(self._compile(node.test), self._compile(node.body),
                           self._compile(node.orelse))
        if isinstance(node, ast.Compare):
            return _comparison(self._compile(node.left), list(node.ops),
                               [self._compile(c) for c in node.comparators])
        if isinstance(node, ast.BinOp):
            return _arithmetic(_ARITHMETIC[type(node.op)], self._compile(node.left),
                               self._compile(node.right))
        if isinstance(node, ast.Call):
            assert isinstance(node.func, ast.Name)
            return _call(node.func.id, [self._compile(argument) for argument in node.args])
        return _unevaluable(f"cannot evaluate {ast.dump(node)}")  # excluded by _check


Evaluator = Callable[[Lookup], Any]

_NAMED_CONSTANTS: Mapping[str, Any] = {"True": True, "False": False, "None": None}


def _constant(value: Any) -> Evaluator:
    return lambda lookup: value


def _name(name: str) -> Evaluator:
    return lambda lookup: lookup(name)


def _sequence(elements: list[Evaluator]) -> Evaluator:
    return lambda lookup: tuple(element(lookup) for element in elements)


def _boolean(is_and: bool, values: list[Evaluator]) -> Evaluator:
    """``and`` / ``or`` of the operands' truth, always a bool, stopping as soon as known."""
    if len(values) == 2:
        first, second = values
        if is_and:
            return lambda lookup: bool(first(lookup)) and bool(second(lookup))
        return lambda lookup: bool(first(lookup)) or bool(second(lookup))
    if is_and:
        return lambda lookup: all(bool(value(lookup)) for value in values)
    return lambda lookup: any(bool(value(lookup)) for value in values)


def _unary(is_not: bool, operand: Evaluator) -> Evaluator:
    if is_not:
        return lambda lookup: not operand(lookup)

    def negative(lookup: Lookup) -> Any:
        value = operand(lookup)
        return -value if isinstance(value, int | float) else None

    return negative


def _choice(test: Evaluator, body: Evaluator, orelse: Evaluator) -> Evaluator:
    return lambda lookup: body(lookup) if test(lookup) else orelse(lookup)


def _comparison(left: Evaluator, ops: list[ast.cmpop], comparators: list[Evaluator]
                ) -> Evaluator:
    """A comparison chain; one with a missing side is false, except (not) in and (not) equal."""
    steps = [
        (_COMPARE[type(op)], isinstance(op, ast.In | ast.NotIn | ast.Eq | ast.NotEq), right)
        for op, right in zip(ops, comparators, strict=True)
    ]
    if len(steps) == 1:
        ((compare, takes_none, right),) = steps

        def single(lookup: Lookup) -> bool:
            a, b = left(lookup), right(lookup)
            if (a is None or b is None) and not takes_none:
                return False
            try:
                return bool(compare(a, b))
            except TypeError:
                return False

        return single

    def chain(lookup: Lookup) -> bool:
        a = left(lookup)
        for compare, takes_none, right in steps:
            b = right(lookup)
            if (a is None or b is None) and not takes_none:
                return False
            try:
                if not compare(a, b):
                    return False
            except TypeError:
                return False
            a = b
        return True

    return chain


def _arithmetic(operation: Callable[[Any, Any], Any], left: Evaluator, right: Evaluator
                ) -> Evaluator:
    def arithmetic(lookup: Lookup) -> Any:
        a, b = left(lookup), right(lookup)
        if a is None or b is None:
            return None
        try:
            return operation(a, b)
        except (ZeroDivisionError, TypeError, OverflowError):
            return None

    return arithmetic


def _call(name: str, arguments: list[Evaluator]) -> Evaluator:
    def call(lookup: Lookup) -> Any:
        values = [argument(lookup) for argument in arguments]
        try:
            return FUNCTIONS[name](*values)
        except (TypeError, ValueError, re.error):
            return None

    return call


def _unevaluable(message: str) -> Evaluator:
    def fail(lookup: Lookup) -> Any:
        raise ExpressionError(message)

    return fail


@lru_cache(maxsize=2048)
def compile_expression(source: str) -> Expression:
    return Expression(source)
