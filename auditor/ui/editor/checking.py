"""When the editor asks the validation engine: shortly after each saved change, at once when
asked, and never while the auditor is mid-keystroke.

The checker (:mod:`auditor.forms.checker`) checks again only what a change can affect; this
schedule decides when, keeps the last verdict, and says which saved changes have not yet been
announced to the rest of the application (the list's row of the audit refreshes on them).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from auditor.db.models import Audit
from auditor.forms.checker import AuditChecker, Verdict
from auditor.forms.fields import Field, Form, Repeat

# Long enough that typing does not wait for the engine, short enough to feel immediate.
VALIDATION_DELAY_MS = 150


class ValidationSchedule(QObject):
    """The engine's verdict on the audit being edited, kept current as it is saved."""

    checked = Signal(object)  # the new Verdict
    announced = Signal()  # saved changes, now checked, can be told to the rest of the app

    def __init__(self, form: Form, audit: Callable[[], Audit], parent: QObject) -> None:
        super().__init__(parent)
        self.checker = AuditChecker(form, audit)
        self.verdict: Verdict | None = None
        self._unannounced = False  # saved changes not yet announced
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATION_DELAY_MS)
        self._timer.timeout.connect(self.check_now)

    # --- what changed -----------------------------------------------------------------------

    def value_saved(self, field: Field) -> None:
        self.checker.field_changed(field)
        self.saved()

    def rows_saved(self, repeats: list[Repeat]) -> None:
        for repeat in repeats:
            self.checker.rows_changed(repeat)
        self.saved()

    def saved(self) -> None:
        """Something of the audit was saved: check it shortly and announce it then."""
        self._unannounced = True
        self.later()

    def everything_changed(self) -> None:
        self.checker.everything_changed()

    # --- when -------------------------------------------------------------------------------

    def later(self) -> None:
        self._timer.start(VALIDATION_DELAY_MS)

    @property
    def waiting(self) -> bool:
        """A check is due (or none was made yet)."""
        return self._timer.isActive() or self.verdict is None

    @property
    def unannounced(self) -> bool:
        return self._unannounced

    def check_now(self) -> Verdict:
        """Ask the engine now; say what it found, then announce the saved changes."""
        self._timer.stop()
        verdict = self.checker.check()
        self.verdict = verdict
        self.checked.emit(verdict)
        if self._unannounced:
            self._unannounced = False
            self.announced.emit()
        return verdict
