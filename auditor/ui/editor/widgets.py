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
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from auditor.domain.text import Text
from auditor.forms.fields import Field, FieldType, Severity
from auditor.ui.editor.formatting import (
    QUANTITIES,
    Parsed,
    display_text,
    edit_text,
    read_typed,
    reads_as,
    unit_text,
)
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

_NUMBER_TYPES = QUANTITIES
_TYPED_TYPES = _NUMBER_TYPES | {
    FieldType.TEXT,
    FieldType.YEAR,
    FieldType.DATE,
    FieldType.BIN,
    FieldType.ATC,
}

# The rows a ROW_REF field may point at: (record id, how a person names the row).
RowChoices = Callable[[str], list[tuple[uuid.UUID, str]]]

# --- the interface every input offers -----------------------------------------------------------


class FieldInput(Protocol):
    """What the form pages and the repeat delegate need from an input."""

    field: Field
    edited: SignalInstance  # the user changed the answer (each keystroke for typed text)

    def show_value(self, value: Any, *, force: bool = False) -> None:
        """Show a stored value; unless ``force``, text that already reads as it is kept."""

    def read_value(self) -> Parsed: ...

    def set_read_only(self, read_only: bool) -> None: ...

    def retranslate(self) -> None: ...


def _refuse_own_undo(event: QEvent) -> bool:
    """True for Ctrl+Z / Ctrl+Y and friends, which belong to the editor's undo of saved changes.

    Inputs keep their own undo otherwise, which would undo text without the editor knowing.
    """
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(
        QKeySequence.StandardKey.Redo
    )


# --- typed text: numbers, dates, codes, one-line text -------------------------------------------


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
        if field.type in _NUMBER_TYPES or field.type == FieldType.YEAR:
            self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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
        if _refuse_own_undo(event):
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

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumHeight())

    def event(self, event: QEvent) -> bool:
        if _refuse_own_undo(event):
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


# --- choices ------------------------------------------------------------------------------------


class _ComboInput(QComboBox):
    """A choice among items whose data is the stored value; ``None`` is the empty answer."""

    edited = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.activated.connect(self._on_activated)
        self.rebuild(None)

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


class ChoiceInput(_ComboInput):
    """SELECT_ONE: the choice list's labels in the current language, and an empty entry."""

    def items(self, keep: Any) -> Iterable[tuple[Any, str, str]]:
        lang = current_language()
        yield None, "", ""
        choices = self.field.choice_list
        for choice in choices or ():
            note = choice.note(lang) if choice.note is not None else ""
            yield choice.code, choice.label(lang), note


class BooleanInput(_ComboInput):
    """Yes / no, and "not answered" when the answer may be empty."""

    def items(self, keep: Any) -> Iterable[tuple[Any, str, str]]:
        if self._nullable():
            yield None, QCoreApplication.translate("FieldInput", "Not answered"), ""
        yield True, QCoreApplication.translate("FieldInput", "Yes"), ""
        yield False, QCoreApplication.translate("FieldInput", "No"), ""


class RowRefInput(_ComboInput):
    """ROW_REF: one of the rows of another repeat of the audit, named by its row label."""

    def __init__(
        self, field: Field, rows: RowChoices | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, parent)
        self._rows = rows
        self.rebuild(None)

    def items(self, keep: Any) -> Iterable[tuple[Any, str, str]]:
        if self._nullable() or keep is None:
            yield None, "", ""
        rows: RowChoices | None = getattr(self, "_rows", None)  # not yet set while made
        if rows is not None and self.field.ref is not None:
            for record_id, title in rows(self.field.ref):
                yield record_id, title, ""

    def showPopup(self) -> None:
        # The other repeat may have changed since the list was made.
        self.rebuild(self.currentData())
        super().showPopup()


# --- several choices: a compact checkable list --------------------------------------------------


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


# --- computed answers ---------------------------------------------------------------------------


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


def create_input(
    field: Field, parent: QWidget | None = None, *, rows: RowChoices | None = None
) -> QWidget:
    """The input for ``field``'s type: the one place where types become widgets."""
    widget: QWidget
    kind = field.type
    if kind == FieldType.TEXT and field.multiline:
        widget = TextAreaInput(field, parent)
    elif kind in _TYPED_TYPES:
        widget = LineInput(field, parent)
    elif kind == FieldType.BOOLEAN:
        widget = BooleanInput(field, parent)
    elif kind == FieldType.SELECT_ONE:
        widget = ChoiceInput(field, parent)
    elif kind == FieldType.SELECT_MULTIPLE:
        widget = MultiChoiceInput(field, parent)
    elif kind == FieldType.ROW_REF:
        widget = RowRefInput(field, rows, parent)
    elif kind == FieldType.CALCULATE:
        widget = CalculatedLabel(field, parent)
    else:
        raise ValueError(f"{field!r}: files are added on the attachments page, not typed")
    if field.read_only and kind != FieldType.CALCULATE:
        as_input(widget).set_read_only(True)
    return widget


def as_input(widget: QWidget) -> FieldInput:
    """The widget made by :func:`create_input`, seen through its common interface."""
    assert isinstance(
        widget,
        LineInput
        | TextAreaInput
        | ChoiceInput
        | BooleanInput
        | RowRefInput
        | MultiChoiceInput
        | CalculatedLabel,
    )
    return widget


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
