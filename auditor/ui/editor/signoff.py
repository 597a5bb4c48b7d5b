"""Finalizing an audit: the errors that stand in the way, the sign-off, and reopening.

Finalizing runs the validation engine first. While it finds errors, :class:`FinalizeIssuesDialog`
lists them (and the warnings) and takes the auditor to the field they choose. Once there are no
errors, :class:`SignOffDialog` asks for the company representative and the auditor's confirmation;
the audit is then locked. :class:`ReopenDialog` asks why a locked audit must change again, because
the reason is kept in the audit trail with the new revision.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditor.forms.engine import Issue
from auditor.forms.fields import Form, Severity
from auditor.forms.questionnaire import FORM
from auditor.ui.i18n import current_language
from auditor.ui.tables import ItemTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _upper_first(text: str) -> str:
    # str.capitalize() would lower-case the rest, which breaks names and abbreviations.
    return text[:1].upper() + text[1:]


def errors_first(issues: Sequence[Issue]) -> list[Issue]:
    """Errors before warnings; within each, the questionnaire's order the engine gave."""
    return sorted(issues, key=lambda issue: 0 if issue.is_error else 1)


def issue_section_text(form: Form, issue: Issue, lang: str) -> str:
    return form.section(issue.section).label(lang)


def issue_field_text(form: Form, issue: Issue, lang: str) -> str:
    return form.field(issue.field).label(lang)


def issue_row_text(form: Form, issue: Issue, lang: str) -> str:
    """Which row of a repeat the issue is about, as a person names it: 'Product 3 — Paracetamol'.

    An issue about a whole repeat (too few rows) names the repeat; one outside repeats, nothing.
    """
    if issue.repeat is None:
        return ""
    repeat = form.repeat(issue.repeat)
    if issue.row is None:
        return repeat.label(lang)
    text = f"{_upper_first(repeat.item_label(lang))} {issue.row + 1}"
    if issue.row_label:
        text += f" — {issue.row_label}"
    return text


class IssueListModel(ItemTableModel):
    """The issues found by the engine, one per row, in the current UI language."""

    SEVERITY, SECTION, FIELD, ROW, MESSAGE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("IssueListModel", "Severity"),
        QT_TRANSLATE_NOOP("IssueListModel", "Section"),
        QT_TRANSLATE_NOOP("IssueListModel", "Question"),
        QT_TRANSLATE_NOOP("IssueListModel", "Row"),
        QT_TRANSLATE_NOOP("IssueListModel", "Message"),
    )

    def __init__(
        self, issues: Sequence[Issue], form: Form = FORM, parent: QObject | None = None
    ) -> None:
        super().__init__(errors_first(issues), parent)
        self._form = form

    def issue(self, row: int) -> Issue:
        issue: Issue = self.item(row)
        return issue

    def cell(self, item: Any, column: int, role: int) -> Any:
        issue: Issue = item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(issue, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.SEVERITY:
            return self._severity_icon(issue)
        return None

    def _text(self, issue: Issue, column: int) -> str:
        lang = current_language()
        if column == self.SEVERITY:
            if issue.severity == Severity.ERROR:
                return self.tr("Error")
            return self.tr("Warning")
        if column == self.SECTION:
            return issue_section_text(self._form, issue, lang)
        if column == self.FIELD:
            return issue_field_text(self._form, issue, lang)
        if column == self.ROW:
            return issue_row_text(self._form, issue, lang)
        return issue.text(lang)

    def _severity_icon(self, issue: Issue) -> QIcon | None:
        # The word beside it says the same, so the icon is never the only sign.
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return None
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if issue.is_error
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        return app.style().standardIcon(icon)



def _ok_cancel_buttons(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """OK and Cancel as buttons of our own: a button box re-sets the texts of its standard
    buttons on a language switch, which would undo texts like "Finalize and lock"."""
    box = QDialogButtonBox(dialog)
    ok = QPushButton(dialog)
    ok.setDefault(True)
    cancel = QPushButton(dialog)
    cancel.setAutoDefault(False)
    box.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    box.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, ok, cancel


class FinalizeIssuesDialog(QDialog):
    """What stops the audit from being finalized, and a way to each answer to correct.

    Errors come first, then warnings. Enter, a double-click or *Go to field* accepts the dialog
    with :attr:`chosen_issue` set, so the editor can jump there; *Close* rejects.
    """

    def __init__(self, issues: Sequence[Issue], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen_issue: Issue | None = None
        self._errors = sum(1 for issue in issues if issue.is_error)
        self._warnings = len(issues) - self._errors

        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self._summary = QLabel(self)
        self._summary.setWordWrap(True)
        self._summary.setTextFormat(Qt.TextFormat.PlainText)

        self.model = IssueListModel(issues, parent=self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(IssueListModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(self._choose)

        # Not a standard Close button: see _ok_cancel_buttons.
        self._buttons = QDialogButtonBox(self)
        self.go_button = QPushButton(self)
        self.go_button.setDefault(True)  # Enter in the list goes to the chosen field
        self._buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = QPushButton(self)
        self.close_button.setAutoDefault(False)
        self._buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.go_button.clicked.connect(self._go_to_current)
        self.close_button.clicked.connect(self.reject)
        self.view.selectionModel().currentRowChanged.connect(self._update_go_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self._buttons)

        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.setFocus()
        self._update_go_button()
        self.resize(960, 460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Finalize audit: answers to correct"))
        self._intro.setText(
            self.tr(
                "The audit can be finalized only when no errors are left. Choose an issue and "
                "press Enter (or Go to field) to correct that answer."
            )
        )
        errors = self.tr("%n error(s) block finalizing", "", self._errors)
        warnings = self.tr("%n warning(s)", "", self._warnings)
        self._summary.setText(f"{errors}; {warnings}")
        self.go_button.setText(self.tr("&Go to field"))
        self.close_button.setText(self.tr("&Close"))
        self.model.retranslate()
        self.view.resizeRowsToContents()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_go_button(self) -> None:
        self.go_button.setEnabled(self.view.currentIndex().isValid())

    def _go_to_current(self) -> None:
        self._choose(self.view.currentIndex())

    def _choose(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.chosen_issue = self.model.issue(index.row())
        self.accept()


class SignOffDialog(QDialog):
    """The company representative and the auditor's confirmation; then the audit is locked.

    Shown only when the engine finds no errors. *Finalize and lock* is enabled once the
    representative's name and position are given and the confirmation is ticked.
    """

    def __init__(
        self,
        *,
        auditor_name: str,
        assigned_name: str | None = None,
        representative_name: str = "",
        representative_position: str = "",
        warnings: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._auditor_name = auditor_name.strip()
        # The auditor the audit was assigned to, when another one signs it off.
        assigned = (assigned_name or "").strip()
        self._assigned_name = assigned if assigned and assigned != self._auditor_name else ""
        self._warnings = warnings

        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self.assigned_label = QLabel(self)
        self.assigned_label.setWordWrap(True)
        self.assigned_label.setVisible(bool(self._assigned_name))
        self._warnings_label = QLabel(self)
        self._warnings_label.setWordWrap(True)
        self._warnings_label.setVisible(warnings > 0)

        self.name_edit = QLineEdit(representative_name, self)
        self.name_edit.setMaxLength(200)
        self.position_edit = QLineEdit(representative_position, self)
        self.position_edit.setMaxLength(200)
        self._name_label = QLabel(self)
        self._name_label.setBuddy(self.name_edit)
        self._position_label = QLabel(self)
        self._position_label.setBuddy(self.position_edit)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._name_label, self.name_edit)
        form.addRow(self._position_label, self.position_edit)

        self.confirm_box = QCheckBox(self)

        self._buttons, self.ok_button, self.cancel_button = _ok_cancel_buttons(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self.assigned_label)
        layout.addWidget(self._warnings_label)
        layout.addLayout(form)
        layout.addWidget(self.confirm_box)
        layout.addStretch(1)
        layout.addWidget(self._buttons)

        for edit in (self.name_edit, self.position_edit):
            edit.textChanged.connect(self._update_ok)
        self.confirm_box.toggled.connect(self._update_ok)
        # No fixed minimum width: the layout's minimum keeps the whole confirmation sentence
        # (a check box does not wrap) visible in every language.
        self._update_ok()
        self.retranslate()
        (self.position_edit if representative_name.strip() else self.name_edit).setFocus()

    def representative_name(self) -> str:
        return self.name_edit.text().strip()

    def representative_position(self) -> str:
        return self.position_edit.text().strip()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Finalize and sign off the audit"))
        self._intro.setText(
            self.tr(
                "The answers have no errors. Once finalized, the audit becomes read-only: "
                "nobody can change it until it is reopened with a reason, which makes a new "
                "revision."
            )
        )
        self._warnings_label.setText(
            self.tr(
                "%n warning(s) remain. They do not block finalizing; make sure each is "
                "intended.",
                "",
                self._warnings,
            )
        )
        self.assigned_label.setText(
            self.tr("The audit was assigned to {assigned}; you sign it off in your own name.")
            .format(assigned=self._assigned_name)
        )
        self._name_label.setText(self.tr("Company representative's &name:"))
        self._position_label.setText(self.tr("Representative's &position:"))
        # A name with "&" in it must not become a keyboard accelerator.
        name = self._auditor_name.replace("&", "&&")
        self.confirm_box.setText(
            self.tr("I, {auditor}, &confirm that this audit is complete and correct.").format(
                auditor=name
            )
        )
        self.ok_button.setText(self.tr("&Finalize and lock"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(
            bool(self.representative_name())
            and bool(self.representative_position())
            and self.confirm_box.isChecked()
        )


class ReopenDialog(QDialog):
    """Why a finalized audit must change again; OK is enabled once a reason is written.

    ``current_revision``, when the caller knows it, lets the dialog name the revision that
    reopening creates.
    """

    def __init__(
        self, parent: QWidget | None = None, *, current_revision: int | None = None
    ) -> None:
        super().__init__(parent)
        self._current_revision = current_revision

        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(self)
        # Tab moves on to the buttons: a reason needs no tab characters.
        self.reason_edit.setTabChangesFocus(True)
        self._reason_label = QLabel(self)
        self._reason_label.setWordWrap(True)
        self._reason_label.setBuddy(self.reason_edit)

        self._buttons, self.ok_button, self.cancel_button = _ok_cancel_buttons(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._reason_label)
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(self._buttons)

        self.reason_edit.textChanged.connect(self._update_ok)
        self.resize(520, 320)
        self._update_ok()
        self.retranslate()
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reopen the audit"))
        if self._current_revision is None:
            intro = self.tr(
                "Reopening unlocks the finalized audit as its next revision (the revision "
                "number goes up by one). The reason is kept in the audit trail with your name "
                "and the time."
            )
        else:
            intro = self.tr(
                "Reopening unlocks the finalized audit as revision {revision}. The reason is "
                "kept in the audit trail with your name and the time."
            ).format(revision=self._current_revision + 1)
        self._intro.setText(intro)
        self._reason_label.setText(self.tr("&Reason for reopening:"))
        self.ok_button.setText(self.tr("Re&open"))  # R is the reason's
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))
