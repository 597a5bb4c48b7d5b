"""What the inputs that offer a list to choose from (a combo box) have in common."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from auditor.forms.fields import Field
from auditor.ui.editor.formatting import Parsed
from auditor.ui.editor.inputs.wheel import hold_focus_against_the_wheel, left_to_the_page


class ComboInput(QComboBox):
    """A choice among items whose data is the stored value; ``None`` is the empty answer."""

    edited = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        hold_focus_against_the_wheel(self)
        self.activated.connect(self._on_activated)
        self.rebuild(None)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not left_to_the_page(self, event):
            super().wheelEvent(event)

    def _on_activated(self, _row: int) -> None:
        self.edited.emit()

    def items(self, keep: Any) -> Iterable[tuple[Any, str, str]]:
        """(value, label, tooltip) of every item, in the current language."""
        raise NotImplementedError

    def _nullable(self) -> bool:
        column = self.field.column
        return column is None or bool(column.nullable)

    def rebuild(self, keep: Any) -> None:
        self.blockSignals(True)
        try:
            self.clear()
            known = False
            for value, label, tooltip in self.items(keep):
                self.addItem(label, value)
                if tooltip:
                    self.setItemData(self.count() - 1, tooltip, Qt.ItemDataRole.ToolTipRole)
                known = known or value == keep
            if keep is not None and not known:
                # A value the list no longer knows is kept visible rather than lost.
                self.addItem(str(keep), keep)
            self.setCurrentIndex(self._index_of(keep))
        finally:
            self.blockSignals(False)

    def _index_of(self, value: Any) -> int:
        for row in range(self.count()):
            if self.itemData(row) == value:
                return row
        return -1

    def show_value(self, value: Any, *, force: bool = False) -> None:
        if self.count() == 0 or self._index_of(value) < 0:
            self.rebuild(value)
        else:
            self.blockSignals(True)
            self.setCurrentIndex(self._index_of(value))
            self.blockSignals(False)

    def read_value(self) -> Parsed:
        return Parsed(self.currentData())

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def retranslate(self) -> None:
        self.rebuild(self.currentData())
