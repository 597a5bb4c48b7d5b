"""The Exchange menu: export a package, import an assignment list, consolidate packages, write
the national workbook.

Each entry asks what it needs (a file, a folder, which audits), then runs the core function of
``auditor.exchange`` on a worker through :func:`auditor.ui.operations.run_operation`, with
progress and Cancel, and reports the outcome in a window that does not block the application.
One exchange operation runs at a time; the entries are disabled until it ends.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    Qt,
    QUrl,
)
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditor.db.database import Database
from auditor.exchange.assignments import AssignmentResult, BadRow, import_assignments
from auditor.exchange.consolidate import (
    ACCEPTED,
    ACCEPTED_IN_PART,
    ACCEPTED_MODIFIED,
    ALREADY_IMPORTED,
    CONFLICT,
    REFUSED,
    REFUSED_MODIFIED,
    Consolidator,
    InputResult,
)
from auditor.ui.exchange.conflicts import ConflictsWindow
from auditor.ui.i18n import current_language, format_number
from auditor.ui.operations import Operation, Progress, run_operation
from auditor.ui.operations.writer import DatabaseWriter
from auditor.ui.tables import ItemTableModel

if TYPE_CHECKING:
    # openpyxl comes with these: imported when a workbook is written, not at start.
    from auditor.exchange.export import ExportResult

T = TypeVar("T")

_CONTEXT = "ExchangeMenu"
_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _xlsx(path: str) -> Path:
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == ".xlsx" else chosen.with_name(chosen.name + ".xlsx")


def _retranslating_event(event: QEvent) -> bool:
    return event.type() == QEvent.Type.LanguageChange


# --- consolidation results ---------------------------------------------------------------------


@dataclass
class ConsolidationOutcome:
    """What became of each input, and which refusals were only for changes after export."""

    results: list[InputResult]
    modified: list[InputResult] = field(default_factory=list)


def _consolidate(database: Database, inputs: Sequence[Path], progress: Progress
                 ) -> ConsolidationOutcome:
    lang = current_language()
    # Each input's line shows above the progress bar as soon as it is known; so does a wait
    # for a busy database.
    results = Consolidator(database).run(
        inputs, progress,
        on_result=lambda result: progress.note(result.line(lang)),
        on_note=lambda note: progress.note(note(lang)),
    )
    return ConsolidationOutcome(results, [r for r in results if r.result == REFUSED_MODIFIED])


def _count(number: int) -> str:
    """A count as the interface's language writes numbers (1 250 in Kazakh and Russian)."""
    return format_number(number, current_language())


def _reason_detail(result: InputResult, lang: str) -> str:
    return result.reason(lang).removeprefix(f"{result.file.name}: ")


class ConsolidationResultModel(ItemTableModel):
    """One row per input of a consolidation: file, what happened, audits, why."""

    FILE, RESULT, AUDITS, DETAILS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ConsolidationResultModel", "File"),
        QT_TRANSLATE_NOOP("ConsolidationResultModel", "Result"),
        QT_TRANSLATE_NOOP("ConsolidationResultModel", "Audits"),
        QT_TRANSLATE_NOOP("ConsolidationResultModel", "Details"),
    )
    RIGHT_ALIGNED = frozenset({AUDITS})
    RESULTS: ClassVar[dict[str, object]] = {
        ACCEPTED: QT_TRANSLATE_NOOP("ConsolidationResultModel", "Accepted"),
        ACCEPTED_MODIFIED: QT_TRANSLATE_NOOP(
            "ConsolidationResultModel", "Accepted, changed after export"
        ),
        ACCEPTED_IN_PART: QT_TRANSLATE_NOOP(
            "ConsolidationResultModel", "Imported in part, the rest in conflict"
        ),
        ALREADY_IMPORTED: QT_TRANSLATE_NOOP("ConsolidationResultModel", "Already imported"),
        CONFLICT: QT_TRANSLATE_NOOP("ConsolidationResultModel", "Conflict"),
        REFUSED: QT_TRANSLATE_NOOP("ConsolidationResultModel", "Refused"),
        REFUSED_MODIFIED: QT_TRANSLATE_NOOP(
            "ConsolidationResultModel", "Refused, changed after export"
        ),
    }

    def result(self, row: int) -> InputResult:
        result: InputResult = self.item(row)
        return result

    def _result_label(self, result: InputResult) -> str:
        label = self.RESULTS.get(result.result, result.result)
        return QCoreApplication.translate("ConsolidationResultModel", str(label))

    def cell(self, item: Any, column: int, role: int) -> Any:
        result: InputResult = item
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.FILE:
                return result.file.name
            if column == self.RESULT:
                return self._result_label(result)
            if column == self.AUDITS:
                return _count(result.audits)
            if column == self.DETAILS:
                return _reason_detail(result, current_language())
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FILE:
                return str(result.file)
            if column == self.DETAILS:
                return _reason_detail(result, current_language())
        return None


class BadRowsModel(ItemTableModel):
    """The rows of an assignment list that were not imported, and why."""

    ROW, BIN, REASON = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("BadRowsModel", "Row"),
        QT_TRANSLATE_NOOP("BadRowsModel", "BIN"),
        QT_TRANSLATE_NOOP("BadRowsModel", "What is wrong"),
    )
    RIGHT_ALIGNED = frozenset({ROW})

    def cell(self, item: Any, column: int, role: int) -> Any:
        bad: BadRow = item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.ROW:
                return bad.row
            if column == self.BIN:
                return bad.bin
            if column == self.REASON:
                return bad.reason(current_language())
        return None


# --- result windows ----------------------------------------------------------------------------


def _result_table(model: QAbstractTableModel, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    return table


class _ResultDialog(QDialog):
    """A summary above a table, closed with Close or Escape; it does not block the window."""

    def __init__(self, model: ConsolidationResultModel | BadRowsModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setSizeGripEnabled(True)
        self.model = model
        model.setParent(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = _result_table(model, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 420)

    def retranslate(self) -> None:
        self.model.retranslate()
        self.table.resizeRowsToContents()

    def changeEvent(self, event: QEvent) -> None:
        if _retranslating_event(event):
            self.retranslate()
        super().changeEvent(event)


class ConsolidationResultDialog(_ResultDialog):
    """The result of each input; with conflicts among them, a button opens the conflicts
    window (``show_conflicts``)."""

    def __init__(self, outcome: ConsolidationOutcome, parent: QWidget,
                 show_conflicts: Callable[[], None] | None = None) -> None:
        self.outcome = outcome
        super().__init__(ConsolidationResultModel(outcome.results), parent)
        self.table.setTabKeyNavigation(False)
        self.conflicts_button: QPushButton | None = None
        if show_conflicts is not None and any(
                r.result in (CONFLICT, ACCEPTED_IN_PART) for r in outcome.results):
            self.conflicts_button = self.buttons.addButton(
                "", QDialogButtonBox.ButtonRole.ActionRole)
            self.conflicts_button.clicked.connect(lambda: show_conflicts())
            self.conflicts_button.setDefault(True)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Consolidation"))
        if self.conflicts_button is not None:
            self.conflicts_button.setText(self.tr("Show con&flicts…"))
        results = self.outcome.results
        accepted = sum(r.result in (ACCEPTED, ACCEPTED_MODIFIED, ACCEPTED_IN_PART)
                       for r in results)
        already = sum(r.result == ALREADY_IMPORTED for r in results)
        audits = sum(r.audits for r in results)
        not_taken = len(results) - accepted - already
        self.summary.setText(
            self.tr("Packages: {total}. Imported: {accepted} ({audits}). Already "
                    "imported: {already}. Not imported: {refused}.").format(
                total=_count(len(results)), accepted=_count(accepted),
                already=_count(already), refused=_count(not_taken),
                audits=self.tr("%n audit(s)", "", audits),
            )
        )


class AssignmentResultDialog(_ResultDialog):
    def __init__(self, result: AssignmentResult, file: Path, parent: QWidget) -> None:
        self.assignment = result
        self.file = file
        super().__init__(BadRowsModel(result.bad), parent)
        self.table.setVisible(bool(result.bad))
        self.table.setTabKeyNavigation(False)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Assignment list"))
        text = self.tr("{file}: companies added: {imported}; already in the database: "
                       "{present}.").format(file=self.file.name,
                                            imported=_count(self.assignment.imported),
                                            present=_count(self.assignment.already_present))
        if self.assignment.bad:
            text += " " + self.tr("Rows not imported: {bad}. Correct them in the workbook and "
                                  "import it again.").format(
                                      bad=_count(len(self.assignment.bad)))
        self.summary.setText(text)


class _DoneMessage(QMessageBox):
    """Tells that a piece of work is done; follows a language switch; does not block.

    With ``open_target`` it offers to open the file written.
    """

    def __init__(
        self,
        parent: QWidget,
        title: Callable[[], str],
        text: Callable[[], str],
        *,
        open_target: Path | None = None,
        icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setIcon(icon)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._title = title
        self._text = text
        self._open_target = open_target
        self.open_button: QPushButton | None = None
        if open_target is not None:
            self.open_button = self.addButton(
                QCoreApplication.translate("ExchangeMenu", "&Open"),
                QMessageBox.ButtonRole.ActionRole,
            )
        self.close_button = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.open_button or self.close_button)
        self.setEscapeButton(self.close_button)
        self.buttonClicked.connect(self._clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self._title())
        self.setText(self._text())
        if self.open_button is not None:
            self.open_button.setText(QCoreApplication.translate("ExchangeMenu", "&Open"))

    def _clicked(self, button: QAbstractButton) -> None:
        if button is self.open_button and self._open_target is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._open_target)))

    def changeEvent(self, event: QEvent) -> None:
        if _retranslating_event(event):
            self.retranslate()
        super().changeEvent(event)


# --- the menu ----------------------------------------------------------------------------------


class ExchangeMenu(QMenu):
    """Export, assignment lists, consolidation and the national workbook, for the main window.

    ``selected_audit_ids`` tells which audits the user selected in the window;
    ``on_data_changed`` is called after companies or audits were added, so the window reloads;
    ``actor`` tells who acts in the window now (the profile may be made after the menu), asked
    at each write.
    """

    def __init__(
        self,
        database: Database,
        window: QMainWindow,
        *,
        selected_audit_ids: Callable[[], list[uuid.UUID]],
        on_data_changed: Callable[[], None],
        actor: Callable[[], str],
        writer: DatabaseWriter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else window)
        self._database = database
        # Consolidation and assignment lists write: on the database's one writer.
        self._writer = writer if writer is not None else DatabaseWriter(database, self)
        self._window = window
        self._selected_audit_ids = selected_audit_ids
        self._on_data_changed = on_data_changed
        self._actor = actor
        self._folder = Path.home()
        self.operation: Operation[Any] | None = None

        self.export_action = self._action(self.export_package, QKeySequence("Ctrl+E"))
        self.assignments_action = self._action(self.import_assignment_list,
                                                QKeySequence("Ctrl+Shift+L"))
        self.consolidate_action = self._action(self.consolidate_packages,
                                               QKeySequence("Ctrl+Shift+I"))
        self.consolidate_folder_action = self._action(self.consolidate_folder)
        self.national_action = self._action(self.write_national_workbook,
                                            QKeySequence("Ctrl+Shift+W"))
        self.conflicts_action = self._action(self.show_conflicts)
        self.conflicts_window: ConflictsWindow | None = None
        self.exchange_actions = (
            self.export_action,
            self.assignments_action,
            self.consolidate_action,
            self.consolidate_folder_action,
            self.national_action,
            self.conflicts_action,
        )
        self.addAction(self.export_action)
        self.addAction(self.assignments_action)
        self.addSeparator()
        self.addAction(self.consolidate_action)
        self.addAction(self.consolidate_folder_action)
        self.addAction(self.national_action)
        self.addAction(self.conflicts_action)
        # Shortcuts work wherever the window has focus, also when the menu is placed inside
        # another one.
        window.addActions(list(self.exchange_actions))
        self.retranslate()

    def _action(self, slot: Callable[[], object], shortcut: QKeySequence | None = None
                ) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # --- language ---

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Exchange"))
        texts = (
            (self.export_action, self.tr("E&xport package…"),
             self.tr("Write finalized audits into a package workbook to hand over")),
            (self.assignments_action, self.tr("Import &assignment list…"),
             self.tr("Add the companies of a workbook listing the producers to visit")),
            (self.consolidate_action, self.tr("&Consolidate packages…"),
             self.tr("Import package workbooks from auditors into this database")),
            (self.consolidate_folder_action, self.tr("Consolidate a &folder…"),
             self.tr("Import every package workbook in a folder and its subfolders")),
            (self.national_action, self.tr("Write &national workbook…"),
             self.tr("Write the consolidated national workbook with summaries and charts")),
            (self.conflicts_action, self.tr("Conf&licts…"),
             self.tr("Compare the versions consolidation could not decide between, and keep "
                     "one")),
        )
        for action, text, tip in texts:
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(tip)

    def changeEvent(self, event: QEvent) -> None:
        if _retranslating_event(event):
            self.retranslate()
        super().changeEvent(event)

    # --- running work ---

    @property
    def busy(self) -> bool:
        return self.operation is not None

    def _run(
        self,
        title: str,
        work: Callable[[Progress], T],
        on_success: Callable[[T], None],
        *,
        on_end: Callable[[], None] | None = None,
        writes: bool = False,
    ) -> Operation[T]:
        """Run ``work`` on a worker (on the database's writer when it ``writes``); errors are
        shown by the operation, in plain words.

        ``on_end`` runs after a failure or a cancel (work already done may need showing).
        """
        if writes:
            operation = self._writer.run(self._window, title, work, on_success=on_success,
                                         on_cancel=on_end)
        else:
            operation = run_operation(
                self._window,
                title,
                work,
                on_success=on_success,
                on_cancel=on_end,
            )
        if on_end is not None:
            operation.finished.connect(lambda: on_end() if operation.error else None)
        self.operation = operation
        self._set_enabled(False)
        operation.finished.connect(lambda: self._ended(operation))
        return operation

    def _ended(self, operation: Operation[Any]) -> None:
        # A follow-up started from the success callback is the current one by now.
        if self.operation is operation:
            self.operation = None
            self._set_enabled(True)

    def _set_enabled(self, enabled: bool) -> None:
        for action in self.exchange_actions:
            action.setEnabled(enabled)

    def _tell(
        self,
        title: Callable[[], str],
        text: Callable[[], str],
        *,
        open_target: Path | None = None,
        icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    ) -> _DoneMessage:
        message = _DoneMessage(self._window, title, text, open_target=open_target, icon=icon)
        message.open()
        return message

    def _show(self, dialog: QDialog) -> None:
        dialog.open()

    def _remember_folder(self, path: Path) -> None:
        self._folder = path if path.is_dir() else path.parent

    def _writable(self, out: Path, title: str) -> bool:
        """Whether a workbook may be written at ``out`` (never over the database, a folder or
        a file that is not a workbook; somewhere writable); if not, the user is told why."""
        from auditor.exchange.outputs import OutputError, check_output

        try:
            check_output(out, database=self._database.path)
        except OutputError as exc:
            reason = exc.reason
            self._tell(lambda: title, lambda: reason(current_language()),
                       icon=QMessageBox.Icon.Warning)
            return False
        return True

    # --- export ---

    def _auditor_label(self) -> str:
        from auditor.db.profiles import current_profile

        profile = current_profile(self._database)
        if profile is not None:
            return profile.auditor_code or profile.full_name
        return self._actor() or "auditor"

    def suggested_export_name(self) -> str:
        who = _UNSAFE_IN_FILE_NAMES.sub("-", self._auditor_label()).strip("-.") or "auditor"
        return f"audits-{who}-{date.today().isoformat()}.xlsx"

    def _finalized_among(self, audit_ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
        from auditor.db.audits import finalized_among

        return finalized_among(self._database, audit_ids)

    def choose_audits_to_export(self) -> list[uuid.UUID] | None:
        """The audits to export (empty: every finalized one), or None when the user cancelled.

        Only finalized audits travel: a draft can still change, and the ministry must receive
        what the auditor signed.
        """
        selected = list(dict.fromkeys(self._selected_audit_ids()))
        if not selected:
            return []
        finalized = self._finalized_among(selected)
        drafts = len(selected) - len(finalized)
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Export package"))
        box.setText(self.tr("Which audits do you want to export?"))
        details = []
        if drafts:
            details.append(self.tr(
                "Drafts among the selected audits: {drafts}. They are not exported: only "
                "finalized audits can be exported, so finalize them first.").format(
                    drafts=_count(drafts)))
        box.setInformativeText("\n".join(details))
        selected_button = None
        if finalized:
            selected_button = box.addButton(
                self.tr("&Selected finalized audits ({count})").format(
                    count=_count(len(finalized))),
                QMessageBox.ButtonRole.AcceptRole,
            )
        all_button = box.addButton(self.tr("&All finalized audits"),
                                   QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(selected_button or all_button)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is not None and clicked is selected_button:
            return finalized
        if clicked is not None and clicked is all_button:
            return []
        return None

    def export_package(self) -> None:
        audit_ids = self.choose_audits_to_export()
        if audit_ids is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export package"),
            str(self._folder / self.suggested_export_name()),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            return
        out = _xlsx(chosen)
        self._remember_folder(out)
        if not self._writable(out, self.tr("Export package")):
            return
        database, lang = self._database, current_language()

        def work(progress: Progress) -> ExportResult:
            from auditor.exchange.export import export_package

            return export_package(database, out, audit_ids, lang=lang, progress=progress)

        self._run(self.tr("Exporting the package…"), work, self._exported)

    def _exported(self, result: ExportResult) -> None:
        self._tell(
            lambda: self.tr("Export package"),
            lambda: self.tr("Package written: {path}\nAudits in it: {count}.").format(
                path=result.path, count=_count(result.audits)),
        )

    # --- assignment lists ---

    def import_assignment_list(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import assignment list"),
            str(self._folder),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        self._remember_folder(path)
        database, actor = self._database, self._actor()

        def work(progress: Progress) -> AssignmentResult:
            return import_assignments(database, path, actor=actor, progress=progress)

        self._run(self.tr("Importing the assignment list…"), work,
                  lambda result: self._assignments_imported(result, path), writes=True)

    def _assignments_imported(self, result: AssignmentResult, path: Path) -> None:
        self._show(AssignmentResultDialog(result, path, self._window))
        self._on_data_changed()

    # --- consolidation ---

    def consolidate_packages(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self._window,
            self.tr("Consolidate packages"),
            str(self._folder),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            return
        paths = [Path(p) for p in chosen]
        self._remember_folder(paths[0])
        self.consolidate(paths)

    def consolidate_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self._window, self.tr("Consolidate a folder of packages"), str(self._folder)
        )
        if not chosen:
            return
        folder = Path(chosen)
        self._folder = folder
        self.consolidate([folder])

    def consolidate(self, inputs: Sequence[Path]) -> None:
        """Import ``inputs`` (files or folders); packages changed after export need a Yes."""
        database = self._database
        inputs = list(inputs)

        def work(progress: Progress) -> ConsolidationOutcome:
            return _consolidate(database, inputs, progress)

        # Packages imported before a cancel or an error stay imported: show them.
        self._run(self.tr("Consolidating packages…"), work,
                  lambda outcome: self._consolidated(outcome, inputs),
                  on_end=self._on_data_changed, writes=True)

    def _consolidated(self, outcome: ConsolidationOutcome, inputs: Sequence[Path]) -> None:
        if not outcome.results:
            self._tell(
                lambda: self.tr("Consolidate packages"),
                lambda: self.tr("No package workbooks (.xlsx) were found in {inputs}.").format(
                    inputs=", ".join(str(p) for p in inputs)),
                icon=QMessageBox.Icon.Warning,
            )
            return
        if outcome.modified and self._confirm_modified(outcome.modified):
            self._accept_modified(outcome)
            return
        self._show_consolidation(outcome)

    def _confirm_modified(self, modified: Sequence[InputResult]) -> bool:
        names = "\n".join(f"• {result.file.name}" for result in modified)
        answer = QMessageBox.question(
            self._window,
            self.tr("Packages changed after export"),
            self.tr("These packages were changed after export:\n{files}\n\nImport them "
                    "anyway? The import log will say so.").format(files=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _accept_modified(self, outcome: ConsolidationOutcome) -> None:
        database = self._database
        files = [result.file for result in outcome.modified]

        def work(progress: Progress) -> list[InputResult]:
            return Consolidator(database, accept_modified=True).run(files, progress)

        def merged(again: list[InputResult]) -> None:
            retried = {id(result) for result in outcome.modified}
            by_file = {result.file: result for result in again}
            results = [by_file.get(r.file, r) if id(r) in retried else r
                       for r in outcome.results]
            not_retried = [r for r in results if id(r) in retried]
            self._show_consolidation(ConsolidationOutcome(results, not_retried))

        def shown_anyway() -> None:
            self._show_consolidation(outcome)

        self._run(self.tr("Importing changed packages…"), work, merged, on_end=shown_anyway,
                  writes=True)

    def _show_consolidation(self, outcome: ConsolidationOutcome) -> None:
        self._show(ConsolidationResultDialog(outcome, self._window, self.show_conflicts))
        self._on_data_changed()
        if self.conflicts_window is not None:
            self.conflicts_window.reload()

    # --- conflicts ---

    def show_conflicts(self) -> None:
        """The conflicts window (one for the menu; brought to the front when open)."""
        if self.conflicts_window is None:
            self.conflicts_window = ConflictsWindow(
                self._database, self._writer, actor=self._actor_name,
                on_data_changed=self._on_data_changed, parent=self._window)
            self.conflicts_window.finished.connect(self._conflicts_closed)
        self.conflicts_window.show()
        self.conflicts_window.raise_()
        self.conflicts_window.activateWindow()

    def _actor_name(self) -> str:
        return self._actor() or "system"

    def _conflicts_closed(self) -> None:
        window, self.conflicts_window = self.conflicts_window, None
        if window is not None:
            window.deleteLater()

    # --- national workbook ---

    def write_national_workbook(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Write national workbook"),
            str(self._folder / f"national-{date.today().isoformat()}.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            return
        out = _xlsx(chosen)
        self._remember_folder(out)
        if not self._writable(out, self.tr("Write national workbook")):
            return
        database, lang = self._database, current_language()

        def work(progress: Progress) -> Path:
            from auditor.exchange.national import write_national_workbook

            return write_national_workbook(database, out, lang=lang, progress=progress)

        self._run(self.tr("Writing the national workbook…"), work, self._national_written)

    def _national_written(self, path: Path) -> None:
        self._tell(
            lambda: self.tr("Write national workbook"),
            lambda: self.tr("The national workbook was written to {path}.").format(path=path),
            open_target=path,
        )
