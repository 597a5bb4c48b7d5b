"""One database writer: every change the window makes, in order, on one thread.

SQLite takes one writer at a time, and a write can wait: for another program holding the file,
for a disk that is slow to sync. So the window never writes itself. Every change — an answer
typed, a row removed, an audit finalized, a consolidation — is a job for this writer, which
runs jobs one after the other on its own thread, each in its own transaction, committed (on
disk: ``synchronous=FULL``) before the job is reported done on the GUI thread. Reads run
elsewhere and never wait for the writer.

A job may carry a key: a newer job with the same key takes the place of one still waiting
(the keystrokes of one answer are saved once, with the last value). While another program
holds the database the writer waits and says so; a refused job (a rule, a locked audit, a full
disk) is reported to whoever asked, and the jobs after it go on.

The writer says how it stands (:attr:`pending`, :attr:`saved_at`, :attr:`waiting`) and
signals each change of it, for a status bar: "Saving…", "Saved at 10:41".
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from auditor.db import faults
from auditor.ui.operations.work import Operation, Progress

if TYPE_CHECKING:  # the window is shown before the database layer is loaded
    from auditor.db.database import Database

T = TypeVar("T")

# How long a job waits, in all, for another program to let go of the database.
BUSY_WAIT_SECONDS = 60.0


class DatabaseWriter(QObject):
    """The one thread that writes to one database."""

    state_changed = Signal()  # pending count, saved time or waiting note changed
    idle = Signal()  # no job waiting or running

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # the thread stays: a keystroke does not start one
        self._keyed: dict[Hashable, Operation[Any]] = {}
        self._running: set[Operation[Any]] = set()
        self.saved_at: datetime | None = None
        self.waiting = False  # another program holds the database

    @property
    def pending(self) -> int:
        return len(self._running)

    def pending_for(self, owner: QObject) -> int:
        return sum(1 for operation in self._running if operation.parent() is owner)

    def write(
        self,
        owner: QWidget,
        title: str,
        change: Callable[..., T],
        *,
        actor: str,
        key: Hashable | None = None,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        show_progress: bool = False,
        with_progress: bool = False,
    ) -> Operation[T]:
        """Run ``change(session)`` (or ``change(session, progress)`` ``with_progress``) in one
        transaction on the writer thread; report to ``owner`` on the GUI thread.

        Without ``on_failure`` a refusal is shown to the user under ``title``.
        """
        database = self.database
        writer = self

        def work(progress: Progress) -> T:
            return writer._in_transaction(database, actor, change, progress, with_progress)

        operation: Operation[T] = Operation(
            owner,
            title,
            work,
            on_success=on_success,
            on_failure=on_failure,
            show_progress=show_progress,
            pool=self._pool,
            pause_collection=show_progress,  # long work pauses collections; a keystroke not
        )
        self._running.add(operation)
        operation.finished.connect(lambda: self._finished(operation, key))
        if key is not None:
            waiting = self._keyed.get(key)
            self._keyed[key] = operation
            if waiting is not None:
                # Not started yet: the newer value, queued after it, takes its place. (Taken
                # back only now that the newer one counts as pending: nothing is ever said
                # saved in between.)
                waiting.withdraw()
        self.state_changed.emit()
        return operation

    def run(
        self,
        owner: QWidget,
        title: str,
        work: Callable[[Progress], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> Operation[T]:
        """Long work that keeps its own transactions (a consolidation, demo data), on the
        writer thread after what was asked before it, with progress and Cancel."""
        operation: Operation[T] = Operation(
            owner, title, work, on_success=on_success, on_failure=on_failure,
            on_cancel=on_cancel, pool=self._pool,
        )
        self._running.add(operation)
        operation.finished.connect(lambda: self._finished(operation, None))
        self.state_changed.emit()
        return operation

    def _in_transaction(
        self,
        database: Database,
        actor: str,
        change: Callable[..., T],
        progress: Progress,
        with_progress: bool,
    ) -> T:
        deadline = time.monotonic() + BUSY_WAIT_SECONDS
        while True:
            try:
                with database.transaction(actor) as session:
                    result = change(session, progress) if with_progress else change(session)
            except Exception as exc:
                if not faults.is_busy(exc) or time.monotonic() > deadline:
                    raise
                if not self.waiting:
                    self.waiting = True
                    self.state_changed.emit()  # queued to the GUI thread
                time.sleep(0.1)  # SQLite has waited its busy timeout already
                continue
            if self.waiting:
                self.waiting = False
                self.state_changed.emit()
            return result

    def _finished(self, operation: Operation[Any], key: Hashable | None) -> None:
        self._running.discard(operation)
        if key is not None and self._keyed.get(key) is operation:
            del self._keyed[key]
        if operation.succeeded:
            self.saved_at = datetime.now()
        self.state_changed.emit()
        if not self._running:
            self.idle.emit()

    def wait_until_idle(self, timeout_ms: int = -1) -> bool:
        """Block until every job ran (for the end of the process, and for tests)."""
        return self._pool.waitForDone(timeout_ms)
