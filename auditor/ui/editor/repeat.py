"""Repeat groups (sites, certificates, products, ...) as editable tables.

One model/view table per repeat, never a widget per row: an audit with 500 products opens as
fast as one with five. Cells are edited through a delegate that makes the same input widget as
the form pages (see :mod:`auditor.ui.editor.inputs.registry`), and each keystroke that reads as
a value is saved at once, like everywhere else in the editor.
"""

from __future__ import annotations

import uuid
import weakref
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditor.domain.atc import atc_name, describe_atc
from auditor.domain.text import Text
from auditor.forms.engine import Issue
from auditor.forms.fields import Field, FieldType, Repeat, Severity
from auditor.ui.editor.formatting import display_text, unit_text
from auditor.ui.editor.inputs.multi_choice import MultiChoiceInput
from auditor.ui.editor.inputs.registry import (
    NOT_TYPED,
    TYPED_INPUTS,
    TYPING_PAUSE_MS,
    as_input,
    create_input,
    right_aligned,
)
from auditor.ui.editor.inputs.text_area import TextAreaInput
from auditor.ui.editor.messages import Message, MessageLabel, messages_plain
from auditor.ui.editor.store import AuditStore
from auditor.ui.editor.style import (
    ERROR_BACKGROUND,
    ERROR_COLOR,
    HINT_COLOR,
    IRRELEVANT_BACKGROUND,
    IRRELEVANT_COLOR,
    WARNING_BACKGROUND,
    WARNING_COLOR,
)
from auditor.ui.i18n import current_language

Index = QModelIndex | QPersistentModelIndex

# (record, field, value) -> saved?  The editor turns it into an undoable command.
EditValue = Callable[[Any, Field, Any], bool]

# A cell's text that does not read as a value, when the auditor tries to leave the cell with it
# (the cell stays open with the text), or when it closes anyway (a click elsewhere).
MSG_CELL_KEPT = Text(
    "Әлі сақталмады: {reason} Түзетіңіз немесе сақталған жауапты қалдыру үшін Esc басыңыз.",
    "Ещё не сохранено: {reason} Исправьте или нажмите Esc, чтобы оставить сохранённый ответ.",
    "Not saved yet: {reason} Correct it, or press Esc to keep the saved answer.",
)
MSG_UNREADABLE = Text(
    "Бұл жауап ретінде оқылмайды.",
    "Это не читается как ответ.",
    "This does not read as an answer.",
)
MSG_CELL_NOT_SAVED = Text(
    "«{text}» сақталмады: {reason}",
    "«{text}» не сохранено: {reason}",
    "“{text}” was not saved: {reason}",
)


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


def shown_fields(repeat: Repeat) -> tuple[Field, ...]:
    """The repeat's columns: file contents are handled on the attachments page."""
    return tuple(field for field in repeat.fields if field.type not in NOT_TYPED)


class RepeatTableModel(QAbstractTableModel):
    """The rows of one repeat, a column per field; texts are made when asked, in the current
    language, so a language switch only needs a repaint."""

    def __init__(self, repeat: Repeat, store: AuditStore, edit: EditValue, parent: QObject):
        super().__init__(parent)
        self.repeat = repeat
        self.fields = shown_fields(repeat)
        self.store = store
        self._edit = edit
        self.read_only = False
        self._marks: dict[tuple[uuid.UUID, str], tuple[Message, ...]] = {}
        store.observe(repeat, self)

    # --- shape ---

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.store.rows(self.repeat))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def record(self, row: int) -> Any:
        return self.store.rows(self.repeat)[row]

    def field(self, column: int) -> Field:
        return self.fields[column]

    def row_of(self, record_id: uuid.UUID | None) -> int | None:
        found = self.store.find_row(self.repeat, record_id)
        return found[0] if found else None

    def column_of(self, field_key: str) -> int | None:
        return next((n for n, f in enumerate(self.fields) if f.key == field_key), None)

    # --- contents ---

    def _relevant(self, record: Any, field: Field) -> bool:
        return self.store.scope(self.repeat, record).is_relevant(field)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self._valid(index):
            return None
        record = self.record(index.row())
        field = self.fields[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.store.value(field, record)
            return display_text(field, value, current_language(), self.store.reference_title)
        if role == Qt.ItemDataRole.EditRole:
            return self.store.value(field, record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, field)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(record, field)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(record, field)
        if role == Qt.ItemDataRole.TextAlignmentRole and right_aligned(field):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _valid(self, index: Index) -> bool:
        return 0 <= index.row() < self.rowCount() and 0 <= index.column() < len(self.fields)

    def messages(self, record: Any, field: Field) -> tuple[Message, ...]:
        return self._marks.get((record.id, field.key), ())

    def _tooltip(self, record: Any, field: Field) -> str:
        lang = current_language()
        parts = []
        if field.type == FieldType.ATC:  # the medicine or group the code stands for
            code = self.store.value(field, record)
            if isinstance(code, str) and atc_name(code) is not None:
                parts.append(describe_atc(code)(lang))
        messages = self.messages(record, field)
        if messages:
            parts.append(messages_plain(messages, lang))
        if not self._relevant(record, field):
            parts.append(
                QCoreApplication.translate(
                    "RepeatTableModel", "Does not apply to this row, given its other answers."
                )
            )
        parts.append(field.hint(lang))
        return "\n".join(parts)

    def _worst(self, record: Any, field: Field) -> Severity | None:
        severities = {severity for severity, _text in self.messages(record, field)}
        if Severity.ERROR in severities:
            return Severity.ERROR
        return Severity.WARNING if severities else None

    def _foreground(self, record: Any, field: Field) -> Any:
        if not self._relevant(record, field):
            return IRRELEVANT_COLOR
        worst = self._worst(record, field)
        if worst == Severity.ERROR:
            return ERROR_COLOR
        return WARNING_COLOR if worst == Severity.WARNING else None

    def _background(self, record: Any, field: Field) -> Any:
        if not self._relevant(record, field):
            return IRRELEVANT_BACKGROUND
        worst = self._worst(record, field)
        if worst == Severity.ERROR:
            return ERROR_BACKGROUND
        return WARNING_BACKGROUND if worst == Severity.WARNING else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        lang = current_language()
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
                return str(section + 1)
            return None
        if not 0 <= section < len(self.fields):
            return None
        field = self.fields[section]
        if role == Qt.ItemDataRole.DisplayRole:
            unit = unit_text(field, lang)
            label = field.label(lang) + (" *" if field.required is True else "")
            return f"{label}\n({unit})" if unit else label
        if role == Qt.ItemDataRole.ToolTipRole:
            return field.hint(lang)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        field = self.fields[index.column()]
        if self.read_only or field.read_only:
            return flags
        if self._relevant(self.record(index.row()), field):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self._valid(index):
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        record = self.record(index.row())
        field = self.fields[index.column()]
        if self.store.value(field, record) == value:
            return True
        return self._edit(record, field, value)

    # --- told by the editor ---

    def set_issues(self, by_cell: dict[tuple[uuid.UUID, str], list[Issue]]) -> None:
        keys = {field.key for field in self.fields}
        self._marks = {
            key: tuple((issue.severity, issue.message) for issue in issues)
            for key, issues in by_cell.items()
            if key[1] in keys
        }
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.refresh()

    def refresh(self) -> None:
        """Everything may look different (messages, relevance, language): repaint it all."""
        if self.rowCount() and self.fields:
            last = self.index(self.rowCount() - 1, len(self.fields) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def record_changed(self, record: Any) -> None:
        """One row was written: its own cells and the cells computed from them."""
        row = self.row_of(getattr(record, "id", None))
        if row is not None and self.fields:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.fields) - 1))

    def retranslate(self) -> None:
        if self.fields:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.fields) - 1)
        self.refresh()


# Keys that leave a cell for another (or close it and save), whatever the modifiers; and those
# that do so when pressed alone (Alt+Down opens a date's calendar).
_LEAVING_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab})
_LEAVING_PLAIN_KEYS = frozenset(
    {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
)
_NEW_LINE = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
)


class RepeatDelegate(QStyledItemDelegate):
    """Edits a cell with the field's own input widget. A choice is saved at once; typed text
    when the cell is left or the auditor stops typing, as on the form pages.

    Text that does not read as a value yet (``01.03`` on the way to a date) is the auditor's:
    it is neither replaced by the saved answer while they type nor dropped without a word. Enter,
    Tab or a move up or down with such text keeps the cell open and says why; Escape puts the
    saved answer back.
    """

    typing_problem = Signal(object)  # Text | None: why the text typed cannot be saved (yet)

    def __init__(self, model: RepeatTableModel, parent: QObject) -> None:
        super().__init__(parent)
        self.model = model
        self._editors: weakref.WeakSet[QWidget] = weakref.WeakSet()
        self._typed: weakref.ref[QWidget] | None = None  # the cell typed in, not yet saved
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._typing_paused)

    def _field(self, index: Index) -> Field:
        return self.model.field(index.column())

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        field = self._field(index)
        widget = create_input(field, parent, rows=self.model.store.row_choices)
        widget.setAutoFillBackground(True)
        widget.setToolTip(field.hint(current_language()))
        as_input(widget).edited.connect(lambda: self._edited(widget))
        self._editors.add(widget)
        return widget

    def _edited(self, widget: QWidget) -> None:
        parsed = as_input(widget).read_value()
        problem = parsed.problem if not parsed.storable else None
        self.typing_problem.emit(parsed.problem)
        widget.setProperty("typingProblem", problem is not None)
        widget.setStyleSheet(
            f"border: 2px solid {ERROR_COLOR.name()};" if problem is not None else ""
        )
        if isinstance(widget, TYPED_INPUTS):
            self._typed = weakref.ref(widget)
            self._pause.start()
        elif parsed.storable:
            self.commitData.emit(widget)

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        if self._typed is not None and self._typed() is editor:
            self._typed = None
            self._pause.stop()
        self._editors.discard(editor)
        super().destroyEditor(editor, index)

    def commit_typing(self) -> None:
        """Save what is typed in an open cell now (the pause is cut short)."""
        self._pause.stop()
        self._typing_paused()

    def _typing_paused(self) -> None:
        widget = self._typed() if self._typed is not None else None
        self._typed = None
        if widget is not None and widget in self._editors and (
                as_input(widget).read_value().storable):
            self.commitData.emit(widget)

    def _refused_leaving(self, watched: QObject, event: QEvent) -> bool:
        """A key that leaves the cell, pressed while its text cannot be saved: say why, stay."""
        if (
            not isinstance(watched, QWidget)
            or watched not in self._editors
            or event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
        ):
            return False
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        leaving = key in _LEAVING_KEYS or (key in _LEAVING_PLAIN_KEYS and plain)
        if isinstance(watched, TextAreaInput) and event.modifiers() & _NEW_LINE:
            leaving = False  # Shift+Enter and friends start a new line
        if not leaving:
            return False
        parsed = as_input(watched).read_value()
        if parsed.storable:
            return False
        self.typing_problem.emit(MSG_CELL_KEPT.format(reason=parsed.problem or MSG_UNREADABLE))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._refused_leaving(watched, event):
            return True
        # A cell of longer text behaves like a spreadsheet cell: Enter saves it and closes the
        # editor, as in every other cell; Shift+Enter (or Ctrl+, Alt+Enter) starts a new line.
        if (
            isinstance(watched, TextAreaInput)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if event.modifiers() & _NEW_LINE:
                watched.insertPlainText("\n")
            else:
                self.commitData.emit(watched)
                self.closeEditor.emit(watched, QStyledItemDelegate.EndEditHint.SubmitModelCache)
            return True
        return super().eventFilter(watched, event)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        field_input = as_input(editor)
        # The view hands every change of the model to the open editor, and a check of the audit
        # repaints the whole table while the auditor types: text typed and not saved yet, or
        # not a value yet, stays as typed (replaced by the saved answer, the keys typed so far
        # would be lost).
        typed = self._typed() if self._typed is not None else None
        if editor is typed or not field_input.read_value().storable:
            return
        field_input.show_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        parsed = as_input(editor).read_value()
        if parsed.storable:
            model.setData(index, parsed.value, Qt.ItemDataRole.EditRole)
            return
        # The cell is closed with it all the same (a click elsewhere): the saved answer stays,
        # and the auditor is told what was not saved and why.
        text = editor.text() if isinstance(editor, QLineEdit) else ""
        reason = parsed.problem or MSG_UNREADABLE
        self.typing_problem.emit(
            MSG_CELL_NOT_SAVED.format(text=text, reason=reason) if text.strip() else reason
        )

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        if isinstance(editor, MultiChoiceInput | TextAreaInput):
            # Taller than a row: a few choices or lines must be visible to be of use.
            cell = option.rect
            wanted = QSize(max(260, cell.width()), editor.minimumHeight())
            parent = editor.parentWidget()
            area = parent.rect() if parent is not None else cell
            editor.setGeometry(editor_geometry(cell, wanted, area))
            return
        super().updateEditorGeometry(editor, option, index)

    def flush(self) -> None:
        """Save what open cell editors hold and close them (before finalizing, say)."""
        for editor in list(self._editors):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def discard(self) -> None:
        """Close open cell editors without saving them again."""
        for editor in list(self._editors):
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.RevertModelCache)


class RepeatTable(QTableView):
    """The table of a repeat: typing starts editing the current cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft
            | Qt.AlignmentFlag.AlignVCenter
            | Qt.AlignmentFlag(int(Qt.TextFlag.TextWordWrap))
        )
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)
        # Sizing columns looks at a few rows, not at all 500 products.
        header.setResizeContentsPrecision(40)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A click below the last row (or beside the last column) leaves no row current, so
        # Ctrl+Del afterwards removes nothing the auditor does not see selected.
        if not self.indexAt(event.position().toPoint()).isValid():
            self.clearSelection()
            self.setCurrentIndex(QModelIndex())
        super().mousePressEvent(event)


class RepeatGroup(QGroupBox):
    """A repeat on its section page: title and hint, the table, add / duplicate / remove."""

    add_requested = Signal(object)  # the Repeat
    duplicate_requested = Signal(object, object)  # the Repeat, the record id
    remove_requested = Signal(object, object)  # the Repeat, the record id
    row_actions_changed = Signal()  # whether a row can be added, duplicated, removed changed

    def __init__(self, repeat: Repeat, store: AuditStore, edit: EditValue, parent: QWidget):
        super().__init__(parent)
        self.repeat = repeat
        self.model = RepeatTableModel(repeat, store, edit, self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {HINT_COLOR};")
        self.table = RepeatTable(self)
        self.table.setModel(self.model)
        self.delegate = RepeatDelegate(self.model, self)
        self.table.setItemDelegate(self.delegate)
        self.message = MessageLabel(self)
        self.add_button = QPushButton(self)
        self.duplicate_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.duplicate_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._read_only = False
        self.retranslate()
        self._update_buttons()

    def _limit_column_widths(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(max(header.sectionSize(column), 90), 260))

    def current_record_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        record_id = self.model.record(index.row()).id
        return record_id if isinstance(record_id, uuid.UUID) else None

    def add(self) -> None:
        if self.can_add():
            self.add_requested.emit(self.repeat)

    def duplicate(self) -> None:
        record_id = self.current_record_id()
        if self.can_change_row() and record_id is not None:
            self.duplicate_requested.emit(self.repeat, record_id)

    def remove(self) -> None:
        """Remove the current row; a row with any answer in it is named and asked about
        first, an empty one (added by mistake) goes at once."""
        record_id = self.current_record_id()
        if not self.can_change_row() or record_id is None:
            return
        row = self.table.currentIndex().row()
        record = self.model.record(row)
        if self.model.store.row_has_answers(self.repeat, record):
            title = self.model.store.row_title(self.repeat, record, row)
            answer = QMessageBox.question(
                self,
                self.tr("Remove row"),
                self.tr("Remove the row “{row}” of “{table}” with all its answers? Undo "
                        "(Ctrl+Z) puts it back.").format(
                    row=title, table=self.repeat.label(current_language())),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.remove_requested.emit(self.repeat, record_id)

    def can_add(self) -> bool:
        return not self._read_only

    def can_change_row(self) -> bool:
        """A row is current and shown selected: the row the auditor sees is the one acted on."""
        current = self.table.currentIndex()
        return (not self._read_only and current.isValid()
                and self.table.selectionModel().isSelected(current))

    def _update_buttons(self, *_args: object) -> None:
        self.add_button.setEnabled(self.can_add())
        self.duplicate_button.setEnabled(self.can_change_row())
        self.remove_button.setEnabled(self.can_change_row())
        self.row_actions_changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if read_only:
            self.delegate.flush()
        self.model.set_read_only(read_only)
        self._update_buttons()

    def set_issues(
        self,
        by_cell: dict[tuple[uuid.UUID, str], list[Issue]],
        repeat_issues: Sequence[Issue],
    ) -> None:
        self.model.set_issues(by_cell)
        self.message.set_messages([(i.severity, i.message) for i in repeat_issues])

    def show_cell(self, row: int, field_key: str | None) -> None:
        """Make a cell current, scroll it into view and give the table the focus."""
        column = self.model.column_of(field_key) if field_key else None
        index = self.model.index(row, column if column is not None else 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_record(self, record_id: uuid.UUID) -> None:
        row = self.model.row_of(record_id)
        if row is not None:
            index = self.model.index(row, max(self.table.currentIndex().column(), 0))
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lang = current_language()
        self.setTitle(self.repeat.label(lang))
        self.hint.setText(self.repeat.hint(lang))
        self.table.setAccessibleName(self.repeat.label(lang))
        # No Alt+letter here: a page may hold several tables, so the same letter would stand for
        # several buttons. The keyboard way is the Edit menu's shortcuts (in the tooltips), which
        # act on the table that has the focus.
        self.add_button.setText(self.tr("Add row"))
        self.duplicate_button.setText(self.tr("Duplicate row"))
        self.remove_button.setText(self.tr("Remove row"))
        self.add_button.setToolTip(self.tr("Add a row at the end (Ctrl+Ins)"))
        self.duplicate_button.setToolTip(
            self.tr("Add a copy of the current row to edit (Ctrl+D)")
        )
        self.remove_button.setToolTip(
            self.tr("Remove the current row; Undo puts it back (Ctrl+Del)")
        )
        self.message.retranslate()
        self.model.retranslate()
        # Headers of the new language: the columns take their width again.
        self.table.resizeColumnsToContents()
        self._limit_column_widths()
