"""One page per section of the questionnaire, generated from its definition.

A page is a scroll area: the section's title and hint, its answers in form layouts (label and
hint on the left; input, unit and messages on the right), and each repeat as a table group, in
the order the section lists them. Pages are built when first shown, so opening an audit builds
only the page it opens on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditor.forms.checker import Verdict
from auditor.forms.fields import Field, FieldType, Repeat, Section
from auditor.forms.potential import PotentialIndex
from auditor.forms.questionnaire import FORM
from auditor.ui.editor.field_row import FieldRow
from auditor.ui.editor.formatting import format_number
from auditor.ui.editor.inputs.registry import create_input
from auditor.ui.editor.mnemonics import mnemonic_of
from auditor.ui.editor.repeat import EditValue, RepeatGroup
from auditor.ui.editor.store import AuditStore
from auditor.ui.editor.style import HINT_COLOR, IRRELEVANT_COLOR
from auditor.ui.i18n import current_language

Index = QModelIndex | QPersistentModelIndex

ATTACHMENTS = "attachments"  # the repeat shown on the attachments page, not in a table


def _title_font(widget: QWidget) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    return font


class PotentialModel(QAbstractTableModel):
    """The breakdown of the development potential index: one row per criterion."""

    HEADERS = ("Criterion", "Weight", "Points", "Basis")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.index_value: PotentialIndex | None = None

    def set_index(self, value: PotentialIndex) -> None:
        if self.index_value is not None and len(self.index_value.criteria) == len(value.criteria):
            self.index_value = value
            self.refresh()
        else:
            self.beginResetModel()
            self.index_value = value
            self.endResetModel()

    def refresh(self) -> None:
        if self.rowCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.index_value is None:
            return 0
        return len(self.index_value.criteria)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.index_value is None:
            return None
        if not 0 <= index.row() < len(self.index_value.criteria):
            return None
        criterion = self.index_value.criteria[index.row()]
        lang = current_language()
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return criterion.label(lang)
            if column == 1:
                return str(criterion.weight)
            if column == 2:
                if not criterion.applicable:
                    return "—"
                return format_number(criterion.points, lang, decimals=1)
            if column == 3:
                return criterion.explanation(lang)
        if role == Qt.ItemDataRole.ForegroundRole and not criterion.applicable:
            return IRRELEVANT_COLOR
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return criterion.explanation(lang)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.HEADERS):
            return None
        headers = (self.tr("Criterion"), self.tr("Weight"), self.tr("Points"), self.tr("Basis"))
        return headers[section]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        self.refresh()


class PotentialPanel(QGroupBox):
    """The development potential index (0–100), read-only, with how it was reached."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score = QLabel(self)
        self.score.setFont(_title_font(self.score))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {HINT_COLOR};")
        self.model = PotentialModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        layout = QVBoxLayout(self)
        layout.addWidget(self.score)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        self._value: PotentialIndex | None = None
        self.retranslate()

    def set_index(self, value: PotentialIndex) -> None:
        self._value = value
        self.model.set_index(value)
        self._show_score()
        rows = self.model.rowCount()
        row_height = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setMinimumHeight(header + rows * row_height + 4)

    def _show_score(self) -> None:
        if self._value is None:
            self.score.setText("…")
            return
        score = format_number(self._value.score, current_language(), decimals=1)
        self.score.setText(self.tr("{score} of 100").format(score=score))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Development potential index"))
        self.note.setText(
            self.tr(
                "Computed from the answers, never typed: each criterion gives part of its "
                "weight; criteria without data score nothing."
            )
        )
        self._show_score()
        self.model.retranslate()


class AttachmentsNote(QWidget):
    """Where the attachments repeat would be: files are added on their own page."""

    go = Signal()

    def __init__(self, repeat: Repeat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repeat = repeat
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.go)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        label = self.repeat.label(current_language())
        self.text.setText(
            self.tr("{files}: photos, certificates and documents are on the attachments page.")
            .format(files=label)
        )
        self.button.setText(self.tr("&Open the attachments page"))


class AttachmentsPage(QWidget):
    """The last page: the audit's files, under a title like the section pages have."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setFont(_title_font(self.title))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {HINT_COLOR};")
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.hint)
        self.retranslate()

    def add_panel(self, panel: QWidget) -> None:
        self.layout_.addWidget(panel, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        repeat = FORM.repeat(ATTACHMENTS)
        lang = current_language()
        self.title.setText(repeat.label(lang))
        self.hint.setText(repeat.hint(lang))


class PageHost(QObject):
    """What a page needs from the editor, passed in rather than reached for."""

    def __init__(
        self,
        store: AuditStore,
        edit_cell: EditValue,
        field_edited: Callable[[FieldRow], None],
        reserved_mnemonics: Callable[[], set[str]],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.edit_cell = edit_cell
        self.field_edited = field_edited
        self.reserved_mnemonics = reserved_mnemonics


class SectionPage(QScrollArea):
    """The answers and repeats of one section."""

    def __init__(self, section: Section, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.host = host
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget(self)
        self._content = content
        self.layout_ = QVBoxLayout(content)
        self.title = QLabel(content)
        self.title.setFont(_title_font(self.title))
        self.title.setWordWrap(True)
        self.hint = QLabel(content)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {HINT_COLOR};")
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.hint)
        self.rows: dict[str, FieldRow] = {}
        self.groups: dict[str, RepeatGroup] = {}
        self.attachments_note: AttachmentsNote | None = None
        self.potential: PotentialPanel | None = None
        self._forms: dict[str, QFormLayout] = {}
        self._has_tables = False
        form: QFormLayout | None = None
        for item in section.items:
            if isinstance(item, Field):
                if form is None:
                    form = self._new_form()
                self._add_field(item, form, content)
                continue
            form = None
            if item.name == ATTACHMENTS:
                self.attachments_note = AttachmentsNote(item, content)
                self.layout_.addWidget(self.attachments_note)
            else:
                group = RepeatGroup(item, host.store, host.edit_cell, content)
                self.groups[item.name] = group
                self.layout_.addWidget(group, 1)
                self._has_tables = True
        if not self._has_tables:
            self.layout_.addStretch(1)
        self.setWidget(content)
        self.show_values(force=True)
        self.update_relevance()
        self.retranslate()

    def _new_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Label and hint above the input, across the page: long Kazakh and Russian labels
        # wrap in the full width instead of squeezing into a label column.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setVerticalSpacing(4)
        self.layout_.addLayout(form)
        return form

    def _add_field(self, field: Field, form: QFormLayout, content: QWidget) -> None:
        widget = create_input(field, content, rows=self.host.store.row_choices)
        row = FieldRow(field, widget, content)
        form.addRow(row.label, row.field_cell)
        self.rows[field.key] = row
        self._forms[field.key] = form
        if field.type != FieldType.CALCULATE:
            row.input.edited.connect(lambda: self.host.field_edited(row))

    def add_potential(self) -> PotentialPanel:
        """Show the development potential index on this page (before the section's items)."""
        if self.potential is None:
            self.potential = PotentialPanel(self._content)
            self.layout_.insertWidget(2, self.potential)
        return self.potential

    # --- showing the audit ---

    def show_values(self, *, force: bool = False) -> None:
        store = self.host.store
        for row in self.rows.values():
            row.input.show_value(store.value(row.field), force=force)

    def show_value(self, field: Field) -> None:
        row = self.rows.get(field.key)
        if row is not None:
            row.input.show_value(self.host.store.value(field))

    def update_relevance(self) -> None:
        """Show the answers that apply, given the others; computed ones show their value."""
        scope = self.host.store.scope()
        for key, row in self.rows.items():
            self._forms[key].setRowVisible(row.field_cell, scope.is_relevant(row.field))
            if row.field.type == FieldType.CALCULATE:
                row.input.show_value(scope.field_value(row.field))

    def refresh_tables(self) -> None:
        for group in self.groups.values():
            group.model.refresh()

    def set_verdict(self, verdict: Verdict) -> None:
        for key, row in self.rows.items():
            parsed = row.input.read_value()
            row.typing_problem = None if parsed.storable else parsed.problem
            issues = verdict.by_field.get(key, [])
            row.set_issues([(issue.severity, issue.message) for issue in issues])
        for name, group in self.groups.items():
            group.set_issues(verdict.by_cell, verdict.by_repeat.get(name, []))
        if self.potential is not None:
            self.potential.set_index(verdict.potential)

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows.values():
            row.input.set_read_only(read_only or row.field.read_only)
        for group in self.groups.values():
            group.set_read_only(read_only)

    def typing_rows(self) -> Sequence[FieldRow]:
        """Answers whose text does not read as a value yet (and so is not saved)."""
        return [row for row in self.rows.values() if not row.input.read_value().storable]

    # --- focus ---

    def focus_field(self, field_key: str) -> bool:
        row = self.rows.get(field_key)
        if row is None or not self._forms[field_key].isRowVisible(row.field_cell):
            return False
        self.ensureWidgetVisible(row.field_cell)
        row.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def focus_cell(self, repeat: str, record_id: Any, row: int | None, field_key: str) -> bool:
        group = self.groups.get(repeat)
        if group is None:
            return False
        found = group.model.row_of(record_id) if record_id is not None else None
        position = found if found is not None else row
        if position is None or not 0 <= position < group.model.rowCount():
            position = 0 if group.model.rowCount() else None
        self.ensureWidgetVisible(group)
        if position is None:
            group.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            group.show_cell(position, field_key)
        return True

    # --- language ---

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lang = current_language()
        self.title.setText(self.section.label(lang))
        self.hint.setText(self.section.hint(lang))
        taken = set(self.host.reserved_mnemonics()) | self._button_mnemonics()
        for row in self.rows.values():
            row.retranslate(taken)

    def _button_mnemonics(self) -> set[str]:
        """Alt+letters of the page's buttons, which the labels must leave to them."""
        for group in self.groups.values():
            group.retranslate()  # the buttons' texts in the new language, whatever the order
        if self.attachments_note is not None:
            self.attachments_note.retranslate()
        return {
            letter
            for button in self._content.findChildren(QPushButton)
            if (letter := mnemonic_of(button.text()))
        }
