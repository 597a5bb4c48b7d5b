"""SELECT_MULTIPLE: several choices ticked in a compact list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from auditor.forms.fields import Field
from auditor.ui.editor.formatting import Parsed
from auditor.ui.editor.inputs.wheel import hold_focus_against_the_wheel, left_to_the_page
from auditor.ui.i18n import current_language

Index = QModelIndex | QPersistentModelIndex


class ChoiceCheckModel(QAbstractListModel):
    """The choices of a list, each with a check box; the answer is the codes checked."""

    toggled = Signal()

    def __init__(self, field: Field, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.field = field
        choices = field.choice_list
        self._choices = tuple(choices) if choices is not None else ()
        self._checked: set[str] = set()
        self._unknown: list[str] = []
        self.editable = True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        choice = self._choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return choice.label(current_language())
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = choice.code in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and choice.note is not None:
            return choice.note(current_language())
        if role == Qt.ItemDataRole.UserRole:
            return choice.code
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not self.editable:
            return False
        code = self._choices[index.row()].code
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        if state == Qt.CheckState.Checked:
            self._checked.add(code)
        else:
            self._checked.discard(code)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit()
        return True

    def value(self) -> list[str] | None:
        codes = [c.code for c in self._choices if c.code in self._checked] + self._unknown
        return codes or None

    def set_value(self, value: Sequence[str] | None) -> None:
        codes = list(value or ())
        known = {c.code for c in self._choices}
        self._checked = {code for code in codes if code in known}
        self._unknown = [code for code in codes if code not in known]
        self.refresh()

    def refresh(self) -> None:
        if self._choices:
            self.dataChanged.emit(self.index(0), self.index(len(self._choices) - 1))


class MultiChoiceInput(QListView):
    """SELECT_MULTIPLE: a compact list with a check box per choice (Space ticks)."""

    edited = Signal()

    VISIBLE_ROWS = 7

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.choices = ChoiceCheckModel(field, self)
        self.setModel(self.choices)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = max(1, min(self.VISIBLE_ROWS, self.choices.rowCount()))
        height = rows * (self.fontMetrics().height() + 6) + 2 * self.frameWidth() + 4
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)
        self.choices.toggled.connect(self.edited)
        hold_focus_against_the_wheel(self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not left_to_the_page(self, event):
            super().wheelEvent(event)

    def show_value(self, value: Any, *, force: bool = False) -> None:
        if not force and self.choices.value() == (list(value) if value else None):
            return
        self.choices.set_value(value if isinstance(value, list | tuple) else None)

    def read_value(self) -> Parsed:
        return Parsed(self.choices.value())

    def set_read_only(self, read_only: bool) -> None:
        self.choices.editable = not read_only
        self.choices.refresh()

    def retranslate(self) -> None:
        self.choices.refresh()
