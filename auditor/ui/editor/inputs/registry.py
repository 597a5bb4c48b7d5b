"""Which input each field type gets, and how its answers line up: the one table of it.

The form pages and the repeat tables make their inputs with :func:`create_input` and see them
through :func:`as_input`; the repeat table aligns its cells with :func:`right_aligned`; the tests
walk :data:`INPUTS`. A field type that is neither in :data:`INPUTS` nor in :data:`NOT_TYPED`
has no input: :func:`create_input` refuses it by name, and a test fails.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Protocol, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from auditor.forms.fields import Field, FieldType
from auditor.ui.editor.inputs.boolean import BooleanInput
from auditor.ui.editor.inputs.calculated import CalculatedLabel
from auditor.ui.editor.inputs.choice import ChoiceInput
from auditor.ui.editor.inputs.interface import FieldInput, RowChoices
from auditor.ui.editor.inputs.line import LineInput
from auditor.ui.editor.inputs.multi_choice import MultiChoiceInput
from auditor.ui.editor.inputs.row_ref import RowRefInput
from auditor.ui.editor.inputs.text_area import TextAreaInput


@dataclass(frozen=True)
class InputKind:
    """The input of one field type."""

    input: type[QWidget]
    # Numbers and years line up on the right, in their input and in a table's cells.
    right_aligned: bool = False
    # The input of a field of this type marked ``multiline``, when it differs.
    multiline: type[QWidget] | None = None

    def input_for(self, field: Field) -> type[QWidget]:
        if field.multiline and self.multiline is not None:
            return self.multiline
        return self.input


INPUTS: Mapping[FieldType, InputKind] = MappingProxyType(
    {
        FieldType.TEXT: InputKind(LineInput, multiline=TextAreaInput),
        FieldType.INTEGER: InputKind(LineInput, right_aligned=True),
        FieldType.DECIMAL: InputKind(LineInput, right_aligned=True),
        FieldType.MONEY: InputKind(LineInput, right_aligned=True),
        FieldType.PERCENTAGE: InputKind(LineInput, right_aligned=True),
        FieldType.YEAR: InputKind(LineInput, right_aligned=True),
        FieldType.DATE: InputKind(LineInput),
        FieldType.BIN: InputKind(LineInput),
        FieldType.ATC: InputKind(LineInput),
        FieldType.BOOLEAN: InputKind(BooleanInput),
        FieldType.SELECT_ONE: InputKind(ChoiceInput),
        FieldType.SELECT_MULTIPLE: InputKind(MultiChoiceInput),
        FieldType.ROW_REF: InputKind(RowRefInput),
        FieldType.CALCULATE: InputKind(CalculatedLabel, right_aligned=True),
    }
)

# Types with no input of their own: files are added on the attachments page, not typed.
NOT_TYPED = frozenset({FieldType.ATTACHMENT})

# Inputs an answer is typed into: what is typed is saved once the auditor leaves the answer (or
# the cell) or stops typing this long, as one change with one trail entry; a number is saved as
# it was meant, not as each of its prefixes (3, 30, 300, …).
TYPED_INPUTS: tuple[type[QWidget], ...] = (LineInput, TextAreaInput)
TYPING_PAUSE_MS = 800

# Every class an input may be, for :func:`as_input`.
INPUT_CLASSES: tuple[type[QWidget], ...] = tuple(
    dict.fromkeys(
        cls
        for kind in INPUTS.values()
        for cls in (kind.input, kind.multiline)
        if cls is not None
    )
)

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class _MadeFromField(Protocol):
    """Every input but :class:`RowRefInput` is made from its field and its parent."""

    def __call__(self, field: Field, parent: QWidget | None = None, /) -> QWidget: ...


def input_kind(field: Field) -> InputKind:
    """The registry's entry for ``field``'s type; a type without one is refused by name."""
    kind = INPUTS.get(field.type)
    if kind is not None:
        return kind
    if field.type in NOT_TYPED:
        raise ValueError(f"{field!r}: files are added on the attachments page, not typed")
    raise LookupError(f"{field!r}: the type {field.type} has no input in the registry")


def right_aligned(field: Field) -> bool:
    """Whether ``field``'s answers line up on the right (numbers, years, computed figures)."""
    kind = INPUTS.get(field.type)
    return kind is not None and kind.right_aligned


def create_input(
    field: Field, parent: QWidget | None = None, *, rows: RowChoices | None = None
) -> QWidget:
    """The input for ``field``'s type, as :data:`INPUTS` says; ``rows`` for ROW_REF fields."""
    kind = input_kind(field)
    cls = kind.input_for(field)
    widget: QWidget
    if cls is RowRefInput:
        widget = RowRefInput(field, rows, parent)
    else:
        widget = cast(_MadeFromField, cls)(field, parent)
    if kind.right_aligned and isinstance(widget, QLineEdit):
        widget.setAlignment(_RIGHT)
    if field.read_only:
        as_input(widget).set_read_only(True)
    return widget


def as_input(widget: QWidget) -> FieldInput:
    """The widget made by :func:`create_input`, seen through its common interface."""
    if not isinstance(widget, INPUT_CLASSES) or not isinstance(widget, FieldInput):
        raise TypeError(f"{type(widget).__name__} is not an input of the registry")
    return widget
