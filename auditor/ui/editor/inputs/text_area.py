"""Longer text (addresses, findings) on several lines."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

from auditor.forms.fields import Field
from auditor.ui.editor.formatting import Parsed, read_typed, reads_as
from auditor.ui.editor.inputs.interface import refuse_own_undo
from auditor.ui.editor.inputs.wheel import hold_focus_against_the_wheel, left_to_the_page


class TextAreaInput(QPlainTextEdit):
    """Longer text (addresses, findings): several lines, Tab moves on to the next answer."""

    edited = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._showing = False
        self.setTabChangesFocus(True)
        lines = 4
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.textChanged.connect(self._on_text_changed)
        hold_focus_against_the_wheel(self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not left_to_the_page(self, event):
            super().wheelEvent(event)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumHeight())

    def event(self, event: QEvent) -> bool:
        if refuse_own_undo(event):
            return False
        return super().event(event)

    def _on_text_changed(self) -> None:
        if not self._showing:
            self.edited.emit()

    def show_value(self, value: Any, *, force: bool = False) -> None:
        if not force and reads_as(self.read_value(), value):
            return
        self._showing = True
        try:
            self.setPlainText("" if value is None else str(value))
        finally:
            self._showing = False

    def read_value(self) -> Parsed:
        return read_typed(self.field, self.toPlainText())

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)

    def retranslate(self) -> None:
        """Nothing of its own to translate: the text is the auditor's."""
