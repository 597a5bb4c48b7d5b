"""The conflicts window: what consolidation could not decide, and a person's decision on it.

Above, the open conflicts (company, audit, file, kind, when); below, the two versions of the one
selected, side by side, field by field, only where they differ, the differing values
highlighted; two buttons keep one version or the other after a confirmation that says what will
happen. Everything is read on workers (:mod:`auditor.ui.operations.conflicts`) and the decision
is one job of the database writer, so the window never waits on the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QEvent,
    QItemSelection,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditor.db.database import Database
from auditor.domain.text import Text
from auditor.exchange.conflicts import (
    KEEP_DATABASE,
    KEEP_PACKAGE,
    Comparison,
    ConflictEntry,
    Difference,
)
from auditor.exchange.consolidate import COMPANY_NAME_DIFFERS, SAME_COMPANY_OTHER_AUDIT
from auditor.ui.editor.formatting import display_text
from auditor.ui.errors import show_error
from auditor.ui.i18n import current_language
from auditor.ui.operations import conflicts as operations
from auditor.ui.operations.writer import DatabaseWriter
from auditor.ui.tables import ItemTableModel

# How a value that differs stands out (the editor's warning tint: noticed, not alarming).
DIFFERS_BACKGROUND = QColor("#fff4d6")
EMPTY = "—"


def _stamp(entry: ConflictEntry) -> str:
    return entry.at.astimezone().strftime("%d.%m.%Y %H:%M")


class ConflictListModel(ItemTableModel):
    """One row per open conflict: company, audit, file, kind, when."""

    COMPANY, AUDIT, FILE, KIND, WHEN = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("ConflictListModel", "Company"),
        QT_TRANSLATE_NOOP("ConflictListModel", "Audit"),
        QT_TRANSLATE_NOOP("ConflictListModel", "File"),
        QT_TRANSLATE_NOOP("ConflictListModel", "Kind"),
        QT_TRANSLATE_NOOP("ConflictListModel", "When"),
    )

    def entry(self, row: int) -> ConflictEntry:
        entry: ConflictEntry = self.item(row)
        return entry

    def row_of(self, conflict_id: int) -> int | None:
        return next((n for n, e in enumerate(self.items()) if e.id == conflict_id), None)

    def cell(self, item: Any, column: int, role: int) -> Any:
        entry: ConflictEntry = item
        lang = current_language()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COMPANY:
                name = entry.company(lang)
                return name if name == entry.company_bin else f"{name} ({entry.company_bin})"
            if column == self.AUDIT:
                return entry.audit_id
            if column == self.FILE:
                return entry.file_name
            if column == self.KIND:
                return entry.kind_label(lang)
            if column == self.WHEN:
                return _stamp(entry)
        elif role == Qt.ItemDataRole.ToolTipRole:
            return entry.details
        return None


def _value_text(line: Difference, value: Any, lang: str) -> str:
    """A value as the questionnaire's form shows it."""
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(value, Text):
        return value(lang)
    if line.field is None:
        return str(value)
    # A reference to another record is already that record's name.
    text = display_text(line.field, value, lang, row_title=lambda _field, name: str(name))
    return text or EMPTY


def _row_text(line: Difference, lang: str) -> str:
    row = line.row
    if row is None:
        return ""
    if row.field is None or row.value is None:
        return row.item(lang)
    return f"{row.item(lang)} «{display_text(row.field, row.value, lang)}»"


class ComparisonModel(ItemTableModel):
    """The two versions of one conflict, line by line: section, record, field, values."""

    SECTION, RECORD, FIELD, DATABASE, PACKAGE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("ComparisonModel", "Section"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Record"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Question"),
        QT_TRANSLATE_NOOP("ComparisonModel", "In the database"),
        QT_TRANSLATE_NOOP("ComparisonModel", "In the package"),
    )

    def line(self, row: int) -> Difference:
        line: Difference = self.item(row)
        return line

    def cell(self, item: Any, column: int, role: int) -> Any:
        line: Difference = item
        lang = current_language()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.SECTION:
                return line.section(lang)
            if column == self.RECORD:
                return _row_text(line, lang)
            if column == self.FIELD:
                return line.label(lang)
            if column == self.DATABASE:
                return _value_text(line, line.database, lang)
            if column == self.PACKAGE:
                return _value_text(line, line.package, lang)
        elif column in (self.DATABASE, self.PACKAGE) and line.differs:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(DIFFERS_BACKGROUND)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None


# The widest the label columns of the comparison grow (section, record, question), in pixels;
# the two versions take the rest.
LABEL_COLUMN_WIDTHS = {
    ComparisonModel.SECTION: 190,
    ComparisonModel.RECORD: 240,
    ComparisonModel.FIELD: 300,
}


def _table(model: QAbstractTableModel, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class ConflictsWindow(QDialog):
    """The open conflicts and the decision on each; it does not block the main window.

    ``actor`` tells who decides (asked at each decision); ``on_data_changed`` is called after a
    decision changed what the main window shows.
    """

    def __init__(
        self,
        database: Database,
        writer: DatabaseWriter,
        *,
        actor: Callable[[], str],
        on_data_changed: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(True)
        self._database = database
        self._writer = writer
        self._actor = actor
        self._on_data_changed = on_data_changed
        self.comparison: Comparison | None = None
        self._wanted: int | None = None  # the conflict whose comparison is being read
        self.loading = False
        self.resolving = False

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list_model = ConflictListModel(parent=self)
        self.list = _table(self.list_model, self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(False)
        # The company's name takes what the other columns leave (elided when long).
        list_header = self.list.horizontalHeader()
        list_header.setStretchLastSection(False)
        for column in range(self.list_model.columnCount()):
            list_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        list_header.setSectionResizeMode(ConflictListModel.COMPANY, QHeaderView.ResizeMode.Stretch)
        self.list.selectionModel().selectionChanged.connect(self._selected)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.comparison_model = ComparisonModel(parent=self)
        self.comparison_table = _table(self.comparison_model, self)
        # The two versions share what the labels leave, side by side.
        header = self.comparison_table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (ComparisonModel.DATABASE, ComparisonModel.PACKAGE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(self)
        self.note.setWordWrap(True)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.about)
        lower_layout.addWidget(self.comparison_table, 1)
        lower_layout.addWidget(self.note)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)

        self.buttons = QDialogButtonBox(self)
        self.keep_database_button = QPushButton(self)
        self.keep_package_button = QPushButton(self)
        self.buttons.addButton(self.keep_database_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.keep_package_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.keep_database_button.clicked.connect(lambda: self.keep(KEEP_DATABASE))
        self.keep_package_button.clicked.connect(lambda: self.keep(KEEP_PACKAGE))

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(1180, 720)
        self._update_buttons()
        self.retranslate()
        self.reload()

    # --- language ---

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts of consolidation"))
        self.keep_database_button.setText(self.tr("Keep the &database's version"))
        self.keep_package_button.setText(self.tr("Keep the &package's version"))
        self.list_model.retranslate()
        self.comparison_model.retranslate()
        self._show_summary()
        self._show_comparison_texts()
        self._size_comparison()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the list ---

    def reload(self, select: int | None = None) -> None:
        """Read the open conflicts again; select ``select`` (else the first)."""
        self.loading = True

        def read(entries: list[ConflictEntry]) -> None:
            self.loading = False
            self._listed(entries, select)

        def failed(error: BaseException) -> None:
            self.loading = False
            show_error(self, self.windowTitle(), error)

        operations.read_open_conflicts(self, self._database, on_read=read, on_failed=failed)

    def _listed(self, entries: list[ConflictEntry], select: int | None) -> None:
        self.list_model.set_items(entries)
        self._show_summary()
        row = self.list_model.row_of(select) if select is not None else None
        if row is None and entries:
            row = 0
        if row is not None:
            self.list.selectRow(row)
        else:
            self._show(None)

    def _show_summary(self) -> None:
        count = self.list_model.rowCount()
        if count:
            self.summary.setText(self.tr(
                "%n conflict(s) wait for a decision. Select one to compare the database's "
                "version with the package's, then keep one of them.", "", count))
        else:
            self.summary.setText(self.tr("No conflicts wait for a decision."))

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.list.selectionModel().selectedRows()
        if not rows:
            self._show(None)
            return
        entry = self.list_model.entry(rows[0].row())
        self._wanted = entry.id
        self.comparison = None
        self.comparison_model.set_items([])
        self._show_comparison_texts()
        self._update_buttons()

        def read(comparison: Comparison) -> None:
            if comparison.conflict.id == self._wanted:
                self._show(comparison)

        def failed(error: BaseException) -> None:
            if self._wanted == entry.id:
                self._wanted = None
                self._show_comparison_texts()
            show_error(self, self.windowTitle(), error)

        operations.read_comparison(self, self._database, entry.id, on_read=read,
                                   on_failed=failed)

    # --- the comparison ---

    def _show(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        if comparison is None:
            self._wanted = None
        self.comparison_model.set_items(comparison.lines if comparison is not None else [])
        self._size_comparison()
        self._show_comparison_texts()
        self._update_buttons()

    def _size_comparison(self) -> None:
        table = self.comparison_table
        for column, widest in LABEL_COLUMN_WIDTHS.items():
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(table.columnWidth(column), widest))
        table.resizeRowsToContents()

    def _show_comparison_texts(self) -> None:
        comparison = self.comparison
        lang = current_language()
        if comparison is None:
            self.about.setText(self.tr("Reading both versions…") if self._wanted is not None
                               else "")
            self.note.setText("")
            return
        entry = comparison.conflict
        differing = len(comparison.differing)
        about = self.tr("{kind}: {company}, file {file}.").format(
            kind=entry.kind_label(lang), company=entry.company(lang), file=entry.file_name)
        if entry.kind == SAME_COMPANY_OTHER_AUDIT:
            about += " " + self.tr(
                "Both audits stay in the database; the national figures use the latest "
                "finalized one. Left: the audit that was there; right: the one the package "
                "brought.")
        about += " " + self.tr("Differences: %n.", "", differing)
        self.about.setText(about)
        refusal = comparison.package_refusal
        if refusal is not None and entry.kind != SAME_COMPANY_OTHER_AUDIT:
            self.note.setText(refusal(lang))
        else:
            self.note.setText("")

    def _update_buttons(self) -> None:
        comparison = self.comparison
        ready = comparison is not None and not self.resolving
        self.keep_database_button.setEnabled(ready)
        self.keep_package_button.setEnabled(ready and comparison is not None
                                            and comparison.can_keep_package)

    # --- the decision ---

    def _consequence(self, keep: str, comparison: Comparison) -> str:
        entry = comparison.conflict
        lang = current_language()
        company = entry.company(lang)
        if keep == KEEP_DATABASE:
            text = self.tr("The database stays as it is. The package's version stays in the "
                           "import history.")
        elif entry.kind == COMPANY_NAME_DIFFERS:
            text = self.tr("The company {company} takes the name the package gives it."
                           ).format(company=company)
        else:
            text = self.tr("The audit {audit} of {company} is replaced by the package's "
                           "version from {file}. What the database holds now is kept in the "
                           "import history. The national figures will use the version kept."
                           ).format(audit=entry.audit_id, company=company,
                                    file=entry.file_name)
        return text + "\n\n" + self.tr(
            "The conflict is closed and your decision ({actor}) is recorded in the audit "
            "trail.").format(actor=self._actor())

    def keep(self, keep: str) -> None:
        """Keep one version of the selected conflict, after a confirmation."""
        comparison = self.comparison
        if comparison is None or self.resolving:
            return
        question = (self.tr("Keep the database's version?") if keep == KEEP_DATABASE
                    else self.tr("Keep the package's version?"))
        answer = QMessageBox.question(
            self, question, self._consequence(keep, comparison),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.resolving = True
        self._update_buttons()
        entry = comparison.conflict
        following = self._next_after(entry.id)

        def done(_resolved: ConflictEntry) -> None:
            self.resolving = False
            self.reload(select=following)
            if self._on_data_changed is not None:
                self._on_data_changed()

        def refused(error: BaseException) -> None:
            self.resolving = False
            self._update_buttons()
            show_error(self, question, error)

        operations.resolve(self._writer, self, entry.id, keep, actor=self._actor(),
                           title=question, on_done=done, on_refused=refused)

    def _next_after(self, conflict_id: int) -> int | None:
        row = self.list_model.row_of(conflict_id)
        if row is None:
            return None
        for candidate in (row + 1, row - 1):
            if 0 <= candidate < self.list_model.rowCount():
                return self.list_model.entry(candidate).id
        return None

    @property
    def busy(self) -> bool:
        return self.loading or self.resolving or (self._wanted is not None
                                                  and self.comparison is None)
