"""Long work off the GUI thread: imports, exports, consolidation, reports.

A widget asks for work with :func:`run_operation`; the work runs on a worker thread with a
:class:`Progress` it reports to, and the result (or the error) comes back on the GUI thread. While
it runs, a progress dialog shows how far it got and offers Cancel; the window stays responsive.

Cancelling is cooperative: the next time the work reports progress, :class:`Cancelled` is raised
inside it. The core functions we run write atomically (a workbook is renamed into place, a package
is imported in one transaction), so a cancelled operation leaves nothing half-written.

Workers are Python threads and share one interpreter lock with the GUI thread. A full garbage
collection holds that lock for as long as it takes to visit every object of the process: with
the window's own objects alone, long enough for a visible pause. While work runs, the objects
that existed before it started are therefore left out of collections (see
:mod:`auditor.collector`); the collections the work's own objects cause stay short. They are
given back to the collector when the last running work ends.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from auditor.collector import long_run
from auditor.ui.errors import show_error

T = TypeVar("T")


class Cancelled(Exception):
    """The user cancelled the operation; raised inside the work at its next progress report."""


class Progress:
    """Handed to the work: ``progress(done, total)`` reports and is where a cancel takes effect.

    It fits the ``progress`` callbacks of the core (``Callable[[int, int], None]``).
    """

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._signals.progressed.emit(int(done), int(total))

    def note(self, text: str) -> None:
        """What is being done now, shown above the progress bar."""
        if self._cancel.is_set():
            raise Cancelled
        self._signals.noted.emit(text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    # Created on the GUI thread and emitted from the worker: the connections are queued, so
    # the slots run on the GUI thread.
    progressed = Signal(int, int)
    noted = Signal(str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress, signals: _Signals,
                 *, pause_collection: bool = True):
        super().__init__()
        # The Operation keeps this object; a pool that also deleted it would free it twice.
        self.setAutoDelete(False)
        self._work = work
        self._progress = progress
        self._signals = signals
        self._pause_collection = pause_collection

    def run(self) -> None:
        try:
            with long_run() if self._pause_collection else contextlib.nullcontext():
                result = self._work(self._progress)
        except BaseException as exc:  # every failure must reach the GUI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class Operation(QObject, Generic[T]):
    """One piece of work running on a worker thread, owned by the widget that asked for it."""

    finished = Signal()  # after success, failure or cancel, on the GUI thread

    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[Progress], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        on_note: Callable[[str], None] | None = None,
        show_progress: bool = True,
        pool: QThreadPool | None = None,
        pause_collection: bool = True,
    ) -> None:
        super().__init__(parent)
        self._widget = parent
        self.title = title
        # Not our child: the worker may still report after the widget that asked (and we with
        # it) is gone, a window closed mid-work. The runnable keeps the signals alive; with us
        # gone they have no receiver and the report goes nowhere.
        self._signals = _Signals()
        self.progress = Progress(self._signals)
        # The widget that asked is gone: stop the work at its next progress report.
        self.destroyed.connect(self.progress.cancel)
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_cancel = on_cancel
        self._on_note = on_note
        self.done = False
        self.succeeded = False
        self.result: T | None = None
        self.error: BaseException | None = None
        self.dialog: QProgressDialog | None = None
        if show_progress:
            dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)  # quick work finishes without a flash of dialog
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.cancel)
            self.dialog = dialog
        self._signals.progressed.connect(self._show_progress)
        self._signals.noted.connect(self._show_note)
        self._signals.succeeded.connect(self._succeeded)
        self._signals.failed.connect(self._failed)
        self._runnable = _Runnable(work, self.progress, self._signals,
                                   pause_collection=pause_collection)
        self._pool = pool or QThreadPool.globalInstance()
        self._pool.start(self._runnable)

    def withdraw(self) -> bool:
        """Take the work back if it has not started; True when it will never run."""
        if self.done or not self._pool.tryTake(self._runnable):
            return False
        self._close()
        self._finish()
        return True

    def cancel(self) -> None:
        self.progress.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and not self.done:
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total > 0 else 0)

    def _show_note(self, text: str) -> None:
        if self.done:
            return
        if self.dialog is not None:
            self.dialog.setLabelText(text)
        if self._on_note is not None:
            self._on_note(text)

    def _close(self) -> None:
        self.done = True
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _succeeded(self, result: T) -> None:
        self._close()
        self.result = result
        self.succeeded = True
        if self._on_success is not None:
            self._on_success(result)
        self._finish()

    def _failed(self, error: BaseException) -> None:
        self._close()
        if isinstance(error, Cancelled):
            if self._on_cancel is not None:
                self._on_cancel()
        else:
            self.error = error
            if self._on_failure is not None:
                self._on_failure(error)
            else:
                show_error(self._widget, self.title, error)
        self._finish()

    def _finish(self) -> None:
        self.finished.emit()
        # The widget owns us until the work is over; then we go (once control is back in the
        # event loop; a timer would fire on nothing when the widget has gone first).
        self.deleteLater()


def run_operation(
    parent: QWidget,
    title: str,
    work: Callable[[Progress], T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    on_note: Callable[[str], None] | None = None,
    show_progress: bool = True,
) -> Operation[T]:
    """Run ``work(progress)`` on a worker thread; call back on the GUI thread when it ends.

    ``work`` must not touch widgets; it opens its own database session. Without ``on_failure``
    an error is shown to the user by :func:`auditor.ui.errors.show_error`. ``on_note`` hears
    what the work says it is doing (:meth:`Progress.note`), with or without a progress dialog.
    """
    return Operation(
        parent,
        title,
        work,
        on_success=on_success,
        on_failure=on_failure,
        on_cancel=on_cancel,
        on_note=on_note,
        show_progress=show_progress,
    )
