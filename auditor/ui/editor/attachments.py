"""The files and photos of an audit: listed with type and size, added, opened, removed.

Files live inside the database, so an audit travels as one file and is exported whole. Listing
them never reads their bytes (``Attachment.content`` is deferred); reading files from a slow USB
stick, writing a copy to open and deleting run as operations off the GUI thread. Each added file
is its own transaction, so one refused or unreadable file never takes the others with it.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditor.db.attachments import (
    AddResult,
    AttachmentRow,
    RefusalKind,
    attach_files,
    load_attachment_rows,
    remove_attachment,
    set_description,
    write_copy_to_open,
)
from auditor.db.database import Database
from auditor.domain import files
from auditor.ui.errors import show_error
from auditor.ui.i18n import current_language, format_number
from auditor.ui.operations import Operation, run_operation
from auditor.ui.operations.writer import DatabaseWriter

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

_READ_CHUNK = 1024 * 1024


# --- what is listed ------------------------------------------------------------------------


class FileKind(Enum):
    PHOTO = QT_TRANSLATE_NOOP("AttachmentListModel", "Photo")
    PDF = QT_TRANSLATE_NOOP("AttachmentListModel", "PDF")
    SPREADSHEET = QT_TRANSLATE_NOOP("AttachmentListModel", "Spreadsheet")
    DOCUMENT = QT_TRANSLATE_NOOP("AttachmentListModel", "Document")
    OTHER = QT_TRANSLATE_NOOP("AttachmentListModel", "Other")


_SPREADSHEET_TYPES = frozenset(
    {
        "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.spreadsheet",
        "text/csv",
    }
)
_DOCUMENT_TYPES = frozenset(
    {
        "application/msword",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.oasis.opendocument.text",
        "application/rtf",
        "text/rtf",
        "text/plain",
    }
)


def file_kind(media_type: str) -> FileKind:
    media_type = media_type.lower().split(";", 1)[0].strip()
    if media_type.startswith("image/"):
        return FileKind.PHOTO
    if media_type == "application/pdf":
        return FileKind.PDF
    if media_type in _SPREADSHEET_TYPES:
        return FileKind.SPREADSHEET
    if media_type in _DOCUMENT_TYPES:
        return FileKind.DOCUMENT
    return FileKind.OTHER


def format_size(size: int) -> str:
    """A size people read at a glance, in the UI language: '820 B', '1.2 MB'."""
    if size < 1024:
        text = QCoreApplication.translate("AttachmentListModel", "{size} B")
        return text.format(size=format_number(size))
    units = (
        QCoreApplication.translate("AttachmentListModel", "{size} KB"),
        QCoreApplication.translate("AttachmentListModel", "{size} MB"),
        QCoreApplication.translate("AttachmentListModel", "{size} GB"),
    )
    value = size / 1024
    unit = 0
    while value >= 1024 and unit < len(units) - 1:
        value /= 1024
        unit += 1
    decimals = 1 if value < 10 else 0
    return units[unit].format(size=format_number(value, decimals=decimals))


def format_added(moment: datetime) -> str:
    # Stored in UTC; the auditor thinks in the laptop's local time.
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


class AttachmentListModel(QAbstractTableModel):
    """The attachments of one audit; the description can be edited in place."""

    NAME, KIND, SIZE, DESCRIPTION, ADDED = range(5)
    _HEADERS = (
        QT_TRANSLATE_NOOP("AttachmentListModel", "File name"),
        QT_TRANSLATE_NOOP("AttachmentListModel", "Type"),
        QT_TRANSLATE_NOOP("AttachmentListModel", "Size"),
        QT_TRANSLATE_NOOP("AttachmentListModel", "Description"),
        QT_TRANSLATE_NOOP("AttachmentListModel", "Added"),
    )

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        save_description: Callable[[uuid.UUID, str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._rows: list[AttachmentRow] = []
        # Saves a typed description and says whether it was saved; without it, none is editable.
        self._save_description = save_description
        self.editable = True

    def set_rows(self, rows: list[AttachmentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> AttachmentRow:
        return self._rows[row]

    def rows(self) -> list[AttachmentRow]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._HEADERS)
        ):
            return self.tr(str(self._HEADERS[section]))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole and column == self.DESCRIPTION:
            return row.description or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: AttachmentRow, column: int) -> str:
        if column == self.NAME:
            return row.file_name
        if column == self.KIND:
            return self.tr(str(file_kind(row.media_type).value))
        if column == self.SIZE:
            return format_size(row.size_bytes)
        if column == self.DESCRIPTION:
            return row.description or ""
        return format_added(row.added_at)

    def _tooltip(self, row: AttachmentRow, column: int) -> str | None:
        if column == self.KIND:
            return row.media_type
        if column == self.SIZE:
            return self.tr("%n byte(s)", "", row.size_bytes)
        if column in (self.NAME, self.DESCRIPTION):
            return self._display(row, column) or None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and index.column() == self.DESCRIPTION
            and self.editable
            and self._save_description is not None
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != self.DESCRIPTION
            or not self.editable
            or self._save_description is None
        ):
            return False
        row = self._rows[index.row()]
        text = str(value or "").strip()
        if text == (row.description or ""):
            return False
        if not self._save_description(row.id, text):
            return False
        self._rows[index.row()] = replace(row, description=text or None)
        self.dataChanged.emit(
            index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole]
        )
        return True

    def retranslate(self) -> None:
        """Texts are computed when asked for; tell the views to ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, len(self._HEADERS) - 1),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
            )


# --- the panel -----------------------------------------------------------------------------


class AttachmentsPanel(QWidget):
    """Photos of the site, certificates and documents kept with one audit."""

    changed = Signal()  # after an attachment was added, removed or described, and committed

    PHOTO_PATTERNS = " ".join(
        f"*{extension}" for file_type in files.ALLOWED_TYPES
        if file_type.media_type.startswith("image/") for extension in file_type.extensions
    )
    DOCUMENT_PATTERNS = " ".join(
        f"*{extension}" for file_type in files.ALLOWED_TYPES
        if not file_type.media_type.startswith("image/") for extension in file_type.extensions
    )

    def __init__(
        self,
        database: Database,
        audit_id: uuid.UUID,
        *,
        actor: str,
        writer: DatabaseWriter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._writer = writer
        self._audit_id = audit_id
        self._actor = actor
        self._read_only = False
        self._last_directory = ""
        self._open_directory: tempfile.TemporaryDirectory[str] | None = None
        self._running = False
        self.operation: Operation[Any] | None = None  # the last one started, for callers to wait

        self.model = AttachmentListModel(self, save_description=self._save_description)
        self.view = self._build_view()
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self.empty_label)
        self._pages.addWidget(self.view)
        self._build_actions()
        self.add_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self._lay_out()

        self.view.selectionModel().currentRowChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.retranslate()
        self.refresh()

    def _build_view(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # F2 or a click on the chosen description edits it; Enter and double-click open.
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        fitted = (AttachmentListModel.KIND, AttachmentListModel.SIZE, AttachmentListModel.ADDED)
        for column in fitted:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            AttachmentListModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch
        )
        view.doubleClicked.connect(self._open_index)
        return view

    def _build_actions(self) -> None:
        self.add_action = QAction(self)
        self.add_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+A"), QKeySequence(Qt.Key.Key_Insert)]
        )
        self.add_action.triggered.connect(self.add_files)
        self.open_action = QAction(self)
        self.open_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.open_action.triggered.connect(self.open_current)
        self.remove_action = QAction(self)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.triggered.connect(self.remove_current)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for action in (self.add_action, self.remove_action):
            action.setShortcutContext(context)
            self.addAction(action)
        # Enter opens only in the list, so it never steals Enter from an editor or a dialog.
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.open_action)

    def _lay_out(self) -> None:
        self.add_button.clicked.connect(self.add_action.trigger)
        self.open_button.clicked.connect(self.open_action.trigger)
        self.remove_button.clicked.connect(self.remove_action.trigger)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self._pages, 1)
        self.setTabOrder(self.add_button, self.open_button)
        self.setTabOrder(self.open_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.view)

    # --- public ---------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """A finalized audit: its files can be opened, not added, removed or described."""
        self._read_only = read_only
        self.model.editable = not read_only
        self._update_actions()

    def refresh(self, then: Callable[[], None] | None = None) -> Operation[Any]:
        """Read the list again (on a worker); ``then`` runs once it is shown."""
        database, audit_id = self._database, self._audit_id

        def shown(rows: list[AttachmentRow]) -> None:
            self._show_rows(rows)
            if then is not None:
                then()

        operation = run_operation(
            self, self.tr("Attachments"), lambda progress: load_attachment_rows(database, audit_id),
            on_success=shown, show_progress=False,
        )
        self.operation = operation
        return operation

    def _show_rows(self, rows: list[AttachmentRow]) -> None:
        current = self._current_row()
        self.model.set_rows(rows)
        self._pages.setCurrentWidget(self.view if self.model.rowCount() else self.empty_label)
        ids = [row.id for row in self.model.rows()]
        if ids:
            row = ids.index(current.id) if current is not None and current.id in ids else 0
            self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.resizeColumnToContents(AttachmentListModel.NAME)
        self._update_actions()

    def add_files(self) -> None:
        if self._read_only or self._busy():
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add files to the audit"), self._last_directory, self._file_filters()
        )
        if not paths:
            return
        chosen = [Path(path) for path in paths]
        self._last_directory = str(chosen[0].parent)
        audit_id = self._audit_id
        before = self._ids()
        title = self.tr("Adding files")
        self._start(
            self._writer.write(
                self,
                title,
                lambda session, progress: attach_files(session, audit_id, chosen, progress),
                actor=self._actor,
                with_progress=True,
                show_progress=True,
                on_success=self._files_added,
                on_failure=lambda error: self._write_failed(title, error, before),
            )
        )

    def open_current(self) -> None:
        row = self._current_row()
        if row is None or self._busy():
            return
        directory = self._copies_directory()
        database = self._database
        self._start(
            run_operation(
                self,
                self.tr("Opening {name}").format(name=row.file_name),
                lambda progress: write_copy_to_open(database, row.id, row.file_name, directory),
                on_success=self._open_copy,
            )
        )

    def remove_current(self) -> None:
        row = self._current_row()
        if row is None or self._read_only or self._busy():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove attachment"),
            self.tr(
                "Remove \u201c{name}\u201d from this audit? The file is deleted from the "
                "database; the audit trail keeps a record of it."
            ).format(name=row.file_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        before = self._ids()
        title = self.tr("Removing {name}").format(name=row.file_name)
        self._start(
            self._writer.write(
                self,
                title,
                lambda session: remove_attachment(session, row.id),
                actor=self._actor,
                on_success=lambda removed: self._after_write(before),
                on_failure=lambda error: self._write_failed(title, error, before),
            )
        )

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.empty_label.setText(
            self.tr("No files attached yet. Add photos of the site, certificates or documents.")
        )
        self.add_action.setText(self.tr("A&dd files…"))
        self.open_action.setText(self.tr("&Open"))
        self.remove_action.setText(self.tr("Re&move"))
        self.add_button.setText(self.tr("A&dd files…"))
        self.open_button.setText(self.tr("&Open"))
        self.remove_button.setText(self.tr("Re&move"))
        self._set_tooltip(self.add_button, self.add_action, self.tr("Add photos or documents"))
        self._set_tooltip(self.open_button, self.open_action, self.tr("Open the chosen file"))
        self._set_tooltip(
            self.remove_button, self.remove_action, self.tr("Remove the chosen file")
        )
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- inside -------------------------------------------------------------------------

    @staticmethod
    def _set_tooltip(button: QPushButton, action: QAction, text: str) -> None:
        keys = ", ".join(
            key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
        )
        tip = f"{text} ({keys})" if keys else text
        button.setToolTip(tip)
        action.setToolTip(tip)

    def _file_filters(self) -> str:
        photos, documents = self.PHOTO_PATTERNS, self.DOCUMENT_PATTERNS
        return ";;".join(
            (
                self.tr("Photos and documents ({patterns})").format(
                    patterns=f"{photos} {documents}"
                ),
                self.tr("Photos ({patterns})").format(patterns=photos),
                self.tr("Documents ({patterns})").format(patterns=documents),
            )
        )

    def _start(self, operation: Operation[Any]) -> None:
        # One write at a time: the buttons wait until the work is over.
        self.operation = operation
        self._running = True
        operation.finished.connect(self._operation_finished)
        self._update_actions()

    def _operation_finished(self) -> None:
        self._running = False
        self._update_actions()

    def _busy(self) -> bool:
        return self._running

    def _ids(self) -> list[uuid.UUID]:
        return [row.id for row in self.model.rows()]

    def _current_row(self) -> AttachmentRow | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row(index.row())

    def _update_actions(self) -> None:
        has_row = self._current_row() is not None
        can_write = not self._read_only and not self._busy()
        self.add_action.setEnabled(can_write)
        self.remove_action.setEnabled(can_write and has_row)
        self.open_action.setEnabled(has_row and not self._busy())
        for button, action in (
            (self.add_button, self.add_action),
            (self.open_button, self.open_action),
            (self.remove_button, self.remove_action),
        ):
            button.setEnabled(action.isEnabled())

    def _after_write(self, before: list[uuid.UUID]) -> None:
        def listed() -> None:
            if self._ids() != before:
                self.changed.emit()

        self.refresh(listed)

    def _write_failed(self, title: str, error: BaseException, before: list[uuid.UUID]) -> None:
        self._after_write(before)
        show_error(self, title, error)

    def _files_added(self, result: AddResult) -> None:
        def listed() -> None:
            if result.added:
                # Listed in the order added, so the newest is last: show it chosen.
                self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 0))
                self.changed.emit()
            if result.refused:
                QMessageBox.warning(
                    self, self.tr("Some files were not added"), self._refusals_text(result)
                )

        self.refresh(listed)

    def _refusals_text(self, result: AddResult) -> str:
        limit = format_size(files.MAX_ATTACHMENT_BYTES)
        lines = []
        for refusal in result.refused:
            if refusal.kind is RefusalKind.EMPTY:
                reason = self.tr("the file is empty (0 bytes), so there is nothing to keep.")
            elif refusal.kind is RefusalKind.TOO_LARGE:
                reason = self.tr(
                    "the file is {size}; each file may be at most {limit}, because it is kept "
                    "inside the audit and travels with every exported package. Reduce the "
                    "photo's size or scan at a lower resolution."
                ).format(size=format_size(refusal.size), limit=limit)
            elif refusal.kind is RefusalKind.NOT_ALLOWED and refusal.reason is not None:
                lines.append(f"• {refusal.reason(current_language())}")
                continue
            else:
                reason = self.tr("the file could not be read ({detail}).").format(
                    detail=refusal.detail
                )
            lines.append(f"• {refusal.file_name}: {reason}")
        if result.added:
            lines.append("")
            lines.append(self.tr("%n other file(s) were added.", "", len(result.added)))
        return "\n".join(lines)

    def _save_description(self, attachment_id: uuid.UUID, description: str) -> bool:
        """Shown at once, saved by the writer like every answer typed in the editor."""
        title = self.tr("Saving the description")

        def refused(error: BaseException) -> None:
            show_error(self, title, error)  # a locked audit, a full disk
            self.refresh()

        self._writer.write(
            self, title, lambda session: set_description(session, attachment_id, description),
            actor=self._actor, key=("attachment-description", attachment_id),
            on_success=lambda _result: self.changed.emit(), on_failure=refused,
        )
        return True

    def _copies_directory(self) -> Path:
        if self._open_directory is None:
            # Cleaned when the panel goes; a file still open in another app on Windows cannot
            # be deleted then, which must not stop the panel from closing.
            self._open_directory = tempfile.TemporaryDirectory(
                prefix="auditor-attachments-", ignore_cleanup_errors=True
            )
            self.destroyed.connect(self._open_directory.cleanup)
        return Path(self._open_directory.name)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.open_current()

    def _open_copy(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(
                self,
                self.tr("Open file"),
                self.tr(
                    "No application on this computer opens {name}. A copy is at {path}."
                ).format(name=path.name, path=path),
            )
