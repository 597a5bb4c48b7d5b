"""The questionnaire vocabulary: fields, repeats and sections (after XLSForm).

A :class:`Field` points at one model attribute. What the column already says — its Python type,
whether it may be empty, its length — is taken from the column; the field adds what a person
needs: labels and hints in three languages, unit, choice list, rules, relevance, calculation.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import BigInteger, Boolean, Date, Float, Integer, LargeBinary, String
from sqlalchemy import Text as SAText
from sqlalchemy.orm import InstrumentedAttribute

from auditor.db.base import CodeList
from auditor.db.models import Audit, Company, Tracked
from auditor.domain.lists import CHOICE_LISTS
from auditor.domain.text import Text
from auditor.forms.expr import Expression, compile_expression

if TYPE_CHECKING:
    from auditor.forms.engine import FormIndex

# The most characters a spreadsheet cell holds (Excel's limit, and so every package's).
MAX_TEXT_LENGTH = 32_767


class FieldType(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    BOOLEAN = "boolean"
    SELECT_ONE = "select_one"
    SELECT_MULTIPLE = "select_multiple"
    BIN = "bin"
    ATC = "atc"
    PERCENTAGE = "percentage"
    MONEY = "money"  # whole tenge
    YEAR = "year"
    ATTACHMENT = "attachment"
    CALCULATE = "calculate"
    ROW_REF = "row_ref"  # a row of another repeat of the same audit (the site of a line)


class Severity(StrEnum):
    ERROR = "error"  # blocks finalizing
    WARNING = "warning"  # shown, does not block


@dataclass(frozen=True)
class Constraint:
    """A rule on one answer, XLSForm's ``constraint`` with its ``constraint_message``.

    ``value`` in the expression is the answer itself; other names are other answers.
    """

    expression: str
    message: Text
    severity: Severity = Severity.ERROR

    @property
    def compiled(self) -> Expression:
        return compile_expression(self.expression)


def _infer_type(column: Any) -> FieldType:
    column_type = column.type
    if isinstance(column_type, Boolean):
        return FieldType.BOOLEAN
    if isinstance(column_type, BigInteger):
        return FieldType.MONEY
    if isinstance(column_type, Integer):
        return FieldType.INTEGER
    if isinstance(column_type, Float):
        return FieldType.DECIMAL
    if isinstance(column_type, Date):
        return FieldType.DATE
    if isinstance(column_type, LargeBinary):
        return FieldType.ATTACHMENT
    if isinstance(column_type, CodeList):
        return FieldType.SELECT_MULTIPLE
    if isinstance(column_type, String | SAText):
        return FieldType.TEXT
    raise TypeError(f"cannot infer a field type for {column!r}")


class Field:
    """One question, bound to one model attribute (or computed from others)."""

    def __init__(
        self,
        bind: InstrumentedAttribute[Any] | None,
        label: Text,
        hint: Text,
        *,
        type: FieldType | None = None,
        name: str | None = None,
        unit: Text | None = None,
        choices: str | None = None,
        required: bool | str | None = None,
        required_message: Text | None = None,
        constraints: Sequence[Constraint] = (),
        relevant: str | None = None,
        calculate: str | None = None,
        ref: str | None = None,
        read_only: bool = False,
    ) -> None:
        self.bind = bind
        self.label = label
        self.hint = hint
        self.unit = unit
        self.choices = choices
        self.constraints = tuple(constraints)
        self.relevant = relevant
        self.calculate = calculate
        self.ref = ref
        if bind is None:
            if calculate is None or name is None or type is None:
                raise ValueError("a field without a model attribute must be a named calculation")
            self.model: builtins.type[Tracked] | None = None
            self.column = None
            self.name = name
            self.type = type
        else:
            self.model = bind.class_  # type: ignore[assignment]
            self.column = bind.property.columns[0]
            self.name = name or bind.key
            if type is None:
                type = _infer_type(self.column)
                if choices and type != FieldType.SELECT_MULTIPLE:
                    type = FieldType.SELECT_ONE
            self.type = type
        if required is None:
            column = self.column
            required = bool(
                column is not None
                and not column.nullable
                and column.default is None
                and not column.info.get("system")
            )
        self.required = required
        # XLSForm's required_message: what a missing answer is told, when "Required" says
        # too little (a condition under which it is required).
        self.required_message = required_message
        self.read_only = read_only or self.type == FieldType.CALCULATE
        self.repeat: Repeat | None = None  # set when the field is placed in a repeat
        self.section: Section | None = None

    @property
    def key(self) -> str:
        """Stable machine key, ``table.column``: used in exports and the data dictionary."""
        table = str(self.model.__tablename__) if self.model is not None else self._scope_table()
        return f"{table}.{self.name}"

    def _scope_table(self) -> str:
        model = self.repeat.model if self.repeat is not None else Audit
        return str(model.__tablename__)

    @property
    def choice_list(self) -> Any:
        return CHOICE_LISTS[self.choices] if self.choices else None

    @property
    def multiline(self) -> bool:
        return self.column is not None and isinstance(self.column.type, SAText)

    @property
    def max_length(self) -> int | None:
        """The longest answer the column holds; a long text at most what one spreadsheet cell
        holds, so that every answer travels in a package whole."""
        if self.column is not None and isinstance(self.column.type, String):
            return min(self.column.type.length or MAX_TEXT_LENGTH, MAX_TEXT_LENGTH)
        return None

    @property
    def is_company_field(self) -> bool:
        return self.model is Company

    def expressions(self) -> Iterator[Expression]:
        for source in (self.relevant, self.calculate):
            if source:
                yield compile_expression(source)
        if isinstance(self.required, str):
            yield compile_expression(self.required)
        for constraint in self.constraints:
            yield constraint.compiled

    def __repr__(self) -> str:
        return f"Field({self.key})"


class Repeat:
    """A group answered once per row: sites, certificates, products, ..."""

    def __init__(
        self,
        collection: InstrumentedAttribute[Any],
        label: Text,
        hint: Text,
        fields: Sequence[Field],
        *,
        row_label: str,
        item_label: Text,
        min_rows: int | str = 0,
    ) -> None:
        self.collection = collection
        self.name = collection.key
        self.model: builtins.type[Tracked] = collection.property.mapper.class_
        self.label = label
        self.hint = hint
        self.item_label = item_label  # "site", "product": for "add a ..." and messages
        self.fields = tuple(fields)
        self.row_label = row_label  # name of the field that names a row in lists and messages
        # XLSForm's repeat_count as a lower bound: a number, or an expression over the audit's
        # answers (a device maker has no product portfolio of medicines to list, say).
        self.min_rows = min_rows
        self.section: Section | None = None
        for field in self.fields:
            if field.model is not None and field.model is not self.model:
                raise ValueError(f"{field!r} does not belong to repeat {self.name}")
            field.repeat = self

    def rows(self, audit: Audit) -> list[Any]:
        return list(getattr(audit, self.name))

    def __repr__(self) -> str:
        return f"Repeat({self.name})"


Item = Field | Repeat


class Section:
    def __init__(self, key: str, label: Text, hint: Text, items: Sequence[Item]) -> None:
        self.key = key
        self.label = label
        self.hint = hint
        self.items = tuple(items)
        for item in self.items:
            item.section = self
            if isinstance(item, Repeat):
                for field in item.fields:
                    field.section = self

    @property
    def fields(self) -> tuple[Field, ...]:
        """The fields answered once per audit (outside repeats)."""
        return tuple(item for item in self.items if isinstance(item, Field))

    @property
    def repeats(self) -> tuple[Repeat, ...]:
        return tuple(item for item in self.items if isinstance(item, Repeat))

    def all_fields(self) -> Iterator[Field]:
        for item in self.items:
            if isinstance(item, Field):
                yield item
            else:
                yield from item.fields

    def __repr__(self) -> str:
        return f"Section({self.key})"


class Form:
    """The whole questionnaire: sections in order, with look-ups by key."""

    def __init__(self, version: str, sections: Sequence[Section]) -> None:
        self.version = version
        self.sections = tuple(sections)
        self._fields: dict[str, Field] = {}
        for field in self.all_fields():
            if field.key in self._fields:
                raise ValueError(f"duplicate field key {field.key}")
            self._fields[field.key] = field
        self._repeats = {r.name: r for s in self.sections for r in s.repeats}
        # What the validation engine works out once for this form; it makes it on first use
        # (auditor.forms.engine.form_index).
        self.engine_index: FormIndex | None = None

    def all_fields(self) -> Iterator[Field]:
        for section in self.sections:
            yield from section.all_fields()

    def field(self, key: str) -> Field:
        return self._fields[key]

    def repeat(self, name: str) -> Repeat:
        return self._repeats[name]

    def repeats(self) -> tuple[Repeat, ...]:
        return tuple(self._repeats.values())

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)
