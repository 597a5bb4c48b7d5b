"""Finalizing and reopening an audit from its editor.

Finalize…: the errors left are listed (each leads to its answer) — text typed that does not read
as an answer counts as one — or, when there are none, the company representative's sign-off is
taken and the audit is locked. Reopen…: with a reason, the finalized audit becomes the next
revision, editable. Both are saved by the database writer; a refusal is said and the audit read
again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from auditor.forms.engine import Issue
from auditor.forms.fields import Severity
from auditor.forms.questionnaire import validate
from auditor.forms.values import MSG_NUMBER
from auditor.ui.editor.pages import SectionPage
from auditor.ui.editor.signoff import FinalizeIssuesDialog, ReopenDialog, SignOffDialog
from auditor.ui.editor.store import AuditStore
from auditor.ui.errors import show_error


class FinalizeFlow(QObject):
    """The dialogs of finalize and reopen, and the writes they end in."""

    go_to = Signal(object)  # the Issue the auditor chose to fix first

    def __init__(
        self,
        store: AuditStore,
        window: QWidget,
        *,
        signer: str,
        flush_typing: Callable[[], None],
        pages: Callable[[], Iterator[SectionPage]],
    ) -> None:
        super().__init__(window)
        self.store = store
        self._window = window
        self._signer = signer
        self._flush_typing = flush_typing
        self._pages = pages

    def typing_issues(self) -> list[Issue]:
        """Text typed that does not read as an answer yet: it is not saved, so it blocks."""
        issues = []
        for page in self._pages():
            for row in page.typing_rows():
                problem = row.input.read_value().problem or MSG_NUMBER
                issues.append(
                    Issue(Severity.ERROR, page.section.key, row.field.key, "type", problem)
                )
        return issues

    def finalize(self) -> None:
        """List the errors left, or take the sign-off and lock the audit."""
        if self.store.audit.is_finalized:
            return
        self._flush_typing()
        issues = self.typing_issues() + validate(self.store.audit)
        if any(issue.is_error for issue in issues):
            issues_dialog = FinalizeIssuesDialog(issues, parent=self._window)
            issues_dialog.finished.connect(lambda _code: self._issue_chosen(issues_dialog))
            issues_dialog.open()
            return
        audit = self.store.audit
        # The signed-in auditor signs, as the trail records; the assigned one is shown apart.
        signoff = SignOffDialog(
            auditor_name=self._signer,
            assigned_name=audit.auditor.full_name if audit.auditor is not None else None,
            representative_name=audit.representative_name or "",
            representative_position=audit.representative_position or "",
            warnings=sum(1 for issue in issues if not issue.is_error),
            parent=self._window,
        )
        signoff.finished.connect(lambda code: self._signed(signoff, code))
        signoff.open()

    def _issue_chosen(self, dialog: FinalizeIssuesDialog) -> None:
        chosen = dialog.chosen_issue if dialog.result() else None
        dialog.deleteLater()
        if chosen is not None:
            self.go_to.emit(chosen)

    def _signed(self, dialog: SignOffDialog, code: int) -> None:
        name, position = dialog.representative_name(), dialog.representative_position()
        dialog.deleteLater()
        if not code:
            return
        self.store.finalize(name, position, on_refused=self._status_refused(
            self.tr("The audit was not finalized")))

    def _status_refused(self, title: str) -> Callable[[BaseException], None]:
        def refused(error: BaseException) -> None:
            show_error(self._window, title, error)
            self.store.reload()

        return refused

    def reopen(self) -> None:
        """With a reason, the finalized (or imported) audit becomes the next revision,
        editable."""
        imported = self.store.imported
        if not (self.store.audit.is_finalized or imported is not None):
            return
        if imported is not None and imported.reopen_refused is not None:
            return  # a field auditor's: the action is disabled and its tooltip says why
        dialog = ReopenDialog(parent=self._window, current_revision=self.store.audit.revision)
        dialog.finished.connect(lambda code: self._reopened(dialog, code))
        dialog.open()

    def _reopened(self, dialog: ReopenDialog, code: int) -> None:
        reason = dialog.reason()
        dialog.deleteLater()
        if not code:
            return
        self.store.reopen(reason, on_refused=self._status_refused(
            self.tr("The audit was not reopened")))
