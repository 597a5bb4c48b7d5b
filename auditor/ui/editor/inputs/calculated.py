"""CALCULATE: an answer worked out from others, shown and never typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from auditor.forms.fields import Field
from auditor.ui.editor.formatting import Parsed, display_text
from auditor.ui.i18n import current_language


class CalculatedLabel(QLabel):
    """CALCULATE: derived, never typed; shows the value as the audit stands."""

    edited = Signal()  # never emitted: nobody types here

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._value: Any = None
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def show_value(self, value: Any, *, force: bool = False) -> None:
        self._value = value
        self.setText(display_text(self.field, value, current_language()) or "—")

    def read_value(self) -> Parsed:
        return Parsed(self._value)

    def set_read_only(self, read_only: bool) -> None:
        """Always read-only."""

    def retranslate(self) -> None:
        self.show_value(self._value)
