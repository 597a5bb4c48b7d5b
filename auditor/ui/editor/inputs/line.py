"""One line of typed text: text, numbers, years, dates (with a calendar), BIN and ATC codes."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QWidget, QWidgetAction

from auditor.forms.fields import Field, FieldType
from auditor.ui.editor.formatting import Parsed, edit_text, read_typed, reads_as
from auditor.ui.editor.inputs.interface import refuse_own_undo
from auditor.ui.i18n import current_language


def _calendar_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#555555"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(2, 3, 12, 3, QColor("#555555"))
    for row in range(2):
        for column in range(3):
            painter.fillRect(3 + column * 4, 8 + row * 3, 2, 2, QColor("#555555"))
    painter.end()
    return QIcon(pixmap)


class LineInput(QLineEdit):
    """Typed answers: text, numbers, years, dates, BIN and ATC codes."""

    edited = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._calendar: QAction | None = None
        limit = self._length_limit()
        if limit is not None:
            self.setMaxLength(limit)
        if field.type == FieldType.DATE:
            self._calendar = self.addAction(
                _calendar_icon(), QLineEdit.ActionPosition.TrailingPosition
            )
            self._calendar.triggered.connect(self.choose_date)
        self.textEdited.connect(self._on_text_edited)
        self.retranslate()

    def _length_limit(self) -> int | None:
        kind = self.field.type
        if kind == FieldType.TEXT:
            return self.field.max_length
        if kind == FieldType.BIN:
            return 16  # room for the spaces people put between groups of digits
        if kind == FieldType.ATC:
            return 10
        if kind == FieldType.YEAR:
            return 6
        if kind == FieldType.DATE:
            return 10
        return None

    def event(self, event: QEvent) -> bool:
        if refuse_own_undo(event):
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (
            event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if self._calendar is not None and alt_down:
            self.choose_date()
            return
        super().keyPressEvent(event)

    def _on_text_edited(self, text: str) -> None:
        if self.field.type == FieldType.ATC and text != text.upper():
            position = self.cursorPosition()
            self.setText(text.upper())
            self.setCursorPosition(position)
        self.edited.emit()

    def show_value(self, value: Any, *, force: bool = False) -> None:
        if not force and reads_as(self.read_value(), value):
            return
        self.setText(edit_text(self.field, value, current_language()))

    def read_value(self) -> Parsed:
        return read_typed(self.field, self.text())

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)
        if self._calendar is not None:
            self._calendar.setEnabled(not read_only)

    def retranslate(self) -> None:
        if self.field.type == FieldType.DATE:
            self.setPlaceholderText(QCoreApplication.translate("FieldInput", "DD.MM.YYYY"))
        if self._calendar is not None:
            self._calendar.setToolTip(
                QCoreApplication.translate("FieldInput", "Choose from a calendar (Alt+Down)")
            )

    def choose_date(self) -> None:
        if self.isReadOnly():
            return
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        current = self.read_value().value
        if isinstance(current, date):
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)

        def chosen(day: QDate) -> None:
            self.setText(f"{day.day():02d}.{day.month():02d}.{day.year():04d}")
            menu.close()
            self.edited.emit()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        calendar.setFocus()
        menu.exec(self.mapToGlobal(QPoint(0, self.height())))
        menu.deleteLater()
