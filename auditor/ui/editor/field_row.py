"""One answer on a form page: its label (with a mnemonic), hint, input, unit and messages."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from auditor.domain.text import Text
from auditor.forms.fields import Field, Severity
from auditor.ui.editor.formatting import unit_text
from auditor.ui.editor.inputs.registry import as_input
from auditor.ui.editor.messages import Message, MessageLabel
from auditor.ui.editor.mnemonics import with_mnemonic
from auditor.ui.editor.style import HINT_COLOR
from auditor.ui.i18n import current_language

LABEL_WRAP_WIDTH = 480



class FieldRow(QObject):
    """One answer of a form page: label, hint, the input with its unit, the messages.

    The label goes into the label column of the page's form layout (shown above the answer);
    the hint, the input and the messages, one under the other, into the field column.
    """

    # The text typed started or stopped being readable as an answer (an error not saved).
    typing_problem_changed = Signal()

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
        changed = (problem is None) != (self.typing_problem is None)
        self.typing_problem = problem
        self._show_messages()
        if changed:
            self.typing_problem_changed.emit()

    def set_issues(self, issues: Sequence[Message]) -> None:
        self.issues = tuple(issues)
        self._show_messages()

    def _show_messages(self) -> None:
        if self.typing_problem is not None:
            self.message.set_messages([(Severity.ERROR, self.typing_problem)])
        else:
            self.message.set_messages(self.issues)
