"""Input widgets generated from the questionnaire: one factory maps a field's type to a widget.

The same widgets serve the form pages (one answer per audit) and the cells of repeat tables
(through the repeat delegate), so an answer is typed, shown and checked the same way wherever it
is. Every input offers the small interface of :class:`FieldInput`: show a stored value, read what
was typed as a value (or say why it cannot be read yet), tell when the user changed it.

Values are shown the way people here type them: thousands separated by spaces, a decimal comma
in Kazakh and Russian, dates as DD.MM.YYYY.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QPalette,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from auditor.domain.text import Text
from auditor.forms.fields import Field, Severity
from auditor.ui.editor.formatting import (
    unit_text,
)
from auditor.ui.editor.inputs.registry import as_input
from auditor.ui.editor.mnemonics import with_mnemonic
from auditor.ui.editor.style import (
    BANNER_BACKGROUND,
    ERROR_COLOR,
    ERROR_MARK,
    HINT_COLOR,
    WARNING_COLOR,
    WARNING_MARK,
)
from auditor.ui.i18n import current_language

Index = QModelIndex | QPersistentModelIndex
LABEL_WRAP_WIDTH = 480

# --- messages beside a field --------------------------------------------------------------------

Message = tuple[Severity, Text]


def messages_html(messages: Sequence[Message], lang: str) -> str:
    lines = []
    for severity, text in messages:
        is_error = severity == Severity.ERROR
        color = (ERROR_COLOR if is_error else WARNING_COLOR).name()
        mark = ERROR_MARK if is_error else WARNING_MARK
        lines.append(f'<span style="color:{color}">{mark} {html.escape(text(lang))}</span>')
    return "<br>".join(lines)


def messages_plain(messages: Sequence[Message], lang: str) -> str:
    return "\n".join(
        f"{ERROR_MARK if s == Severity.ERROR else WARNING_MARK} {t(lang)}" for s, t in messages
    )


class MessageLabel(QLabel):
    """Errors (red, ✖) and warnings (amber, ⚠) under an answer; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messages: tuple[Message, ...] = ()
        self.hide()

    def set_messages(self, messages: Sequence[Message]) -> None:
        self.messages = tuple(messages)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(messages_html(self.messages, current_language()))
        self.setVisible(bool(self.messages))

    def plain_text(self) -> str:
        return messages_plain(self.messages, current_language())


# --- one answer on a form page ------------------------------------------------------------------


class FieldRow(QObject):
    """One answer of a form page: label, hint, the input with its unit, the messages.

    The label goes into the label column of the page's form layout (shown above the answer);
    the hint, the input and the messages, one under the other, into the field column.
    """

    def __init__(self, field: Field, input_widget: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.field = field
        self.widget = input_widget
        self.input = as_input(input_widget)
        # A problem of the text being typed, shown until the text reads as a value.
        self.typing_problem: Text | None = None
        self.issues: tuple[Message, ...] = ()

        self.label = QLabel(parent)
        self.label.setWordWrap(True)
        self.label.setBuddy(input_widget)
        self.label.setContentsMargins(0, 8, 0, 0)
        bold = QFont(self.label.font())
        bold.setBold(True)
        self.label.setFont(bold)

        self.field_cell = QWidget(parent)
        self.hint = QLabel(self.field_cell)
        self.hint.setWordWrap(True)
        small = QFont(self.hint.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.9, 7.0))
        self.hint.setFont(small)
        self.hint.setStyleSheet(f"color: {HINT_COLOR};")
        self.unit = QLabel(self.field_cell)
        self.message = MessageLabel(self.field_cell)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(input_widget, 1)
        line.addWidget(self.unit, 0, Qt.AlignmentFlag.AlignVCenter)
        cell_layout = QVBoxLayout(self.field_cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(self.hint)
        cell_layout.addLayout(line)
        cell_layout.addWidget(self.message)
        self.field_cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def retranslate(self, mnemonics_taken: set[str] | None = None) -> None:
        """Texts in the current language; the label gets a mnemonic (Alt+letter) no other
        label of the page or menu uses, when ``mnemonics_taken`` is given."""
        lang = current_language()
        label = self.field.label(lang)
        if self.field.required is True:
            label += " *"
        if mnemonics_taken is None or not self.widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            self.label.setText(label.replace("&", "&&"))
        else:
            self.label.setText(with_mnemonic(label, mnemonics_taken))
        # Wrap only labels that are really long: a word-wrapped label would otherwise break
        # a short label in two just to look square.
        width = self.label.fontMetrics().horizontalAdvance(label) + 8
        self.label.setMinimumWidth(min(width, LABEL_WRAP_WIDTH))
        self.hint.setText(self.field.hint(lang))
        self.hint.setVisible(bool(self.hint.text()))
        self.widget.setToolTip(self.field.hint(lang))
        self.widget.setAccessibleName(self.field.label(lang))
        self.unit.setText(unit_text(self.field, lang))
        self.unit.setVisible(bool(self.unit.text()))
        self.input.retranslate()
        self._show_messages()

    def set_typing_problem(self, problem: Text | None) -> None:
        self.typing_problem = problem
        self._show_messages()

    def set_issues(self, issues: Sequence[Message]) -> None:
        self.issues = tuple(issues)
        self._show_messages()

    def _show_messages(self) -> None:
        if self.typing_problem is not None:
            self.message.set_messages([(Severity.ERROR, self.typing_problem)])
        else:
            self.message.set_messages(self.issues)


class Banner(QFrame):
    """A coloured strip across the top of a window with a message and room for buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, BANNER_BACKGROUND)
        self.setPalette(palette)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.text, 1)


def editor_geometry(cell: QRect, wanted: QSize, area: QRect) -> QRect:
    """Where a cell editor taller or wider than its cell goes: from the cell, kept in view."""
    width = max(cell.width(), wanted.width())
    height = max(cell.height(), wanted.height())
    left = min(cell.left(), max(area.right() - width, area.left()))
    if cell.top() + height <= area.bottom():
        top = cell.top()
    else:
        top = max(area.top(), cell.bottom() - height)
    return QRect(left, top, width, height)
