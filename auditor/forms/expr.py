"""A small, safe expression language for relevance, constraints and calculations.

Expressions use Python syntax, as XLSForm uses XPath: ``ownership_type in ('foreign', 'mixed')``,
``value >= 0``, ``actual_output / design_capacity``. Names are looked up in the record being
checked, then in the audit, then in its company. Nothing is ever passed to ``eval``: the parsed
tree is walked here, and only the nodes and functions below are allowed.

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
        return self._eval(self._tree, lookup)

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

    def _eval(self, node: ast.AST, lookup: Lookup) -> Any:
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name):
            if node.id in ("True", "False", "None"):
                return {"True": True, "False": False, "None": None}[node.id]
            return lookup(node.id)
        if isinstance(node, ast.Tuple | ast.List):
            return tuple(self._eval(element, lookup) for element in node.elts)
        if isinstance(node, ast.BoolOp):
            results = (bool(self._eval(value, lookup)) for value in node.values)
            return all(results) if isinstance(node.op, ast.And) else any(results)
        if isinstance(node, ast.UnaryOp):
            operand = self._eval(node.operand, lookup)
            if isinstance(node.op, ast.Not):
                return not operand
            return -operand if isinstance(operand, int | float) else None
        if isinstance(node, ast.IfExp):
            branch = node.body if self._eval(node.test, lookup) else node.orelse
            return self._eval(branch, lookup)
        if isinstance(node, ast.Compare):
            return self._compare(node, lookup)
        if isinstance(node, ast.BinOp):
            left = self._eval(node.left, lookup)
            right = self._eval(node.right, lookup)
            if left is None or right is None:
                return None
            try:
                return _ARITHMETIC[type(node.op)](left, right)
            except (ZeroDivisionError, TypeError, OverflowError):
                return None
        if isinstance(node, ast.Call):
            assert isinstance(node.func, ast.Name)
            arguments = [self._eval(argument, lookup) for argument in node.args]
            try:
                return FUNCTIONS[node.func.id](*arguments)
            except (TypeError, ValueError, re.error):
                return None
        raise ExpressionError(f"cannot evaluate {ast.dump(node)}")  # excluded by _check

    def _compare(self, node: ast.Compare, lookup: Lookup) -> bool:
        left = self._eval(node.left, lookup)
        for op, comparator in zip(node.ops, node.comparators, strict=True):
            right = self._eval(comparator, lookup)
            is_membership = isinstance(op, ast.In | ast.NotIn)
            is_equality = isinstance(op, ast.Eq | ast.NotEq)
            if (left is None or right is None) and not (is_membership or is_equality):
                return False
            try:
                if not _COMPARE[type(op)](left, right):
                    return False
            except TypeError:
                return False
            left = right
        return True


@lru_cache(maxsize=2048)
def compile_expression(source: str) -> Expression:
    return Expression(source)
