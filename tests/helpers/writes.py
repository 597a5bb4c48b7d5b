"""Waiting, in tests, for what the window handed to its database writer to be saved."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from auditor.db.database import Database
from auditor.db.models import Audit
from auditor.ui.editor.store import read_document
from auditor.ui.operations.writer import DatabaseWriter

WAIT_MS = 30_000


def writers() -> list[DatabaseWriter]:
    app = QApplication.instance()
    if app is None:
        return []
    return [writer for widget in QApplication.topLevelWidgets()
            for writer in widget.findChildren(DatabaseWriter)]


def stop_typing() -> None:
    """The auditor stops typing: what each editor holds as typed is handed to its writer (as
    the pause after the last keystroke would, without waiting for it)."""
    from auditor.ui.editor.editing import EditControl

    for widget in QApplication.topLevelWidgets():
        for edits in widget.findChildren(EditControl):
            edits.commit_typing()


def wait_until_saved() -> None:
    """Once typing has stopped, until every writer of every window has saved what it was
    given: the event loop runs until each busy writer says it is idle (a deadline far above
    any real wait)."""
    stop_typing()
    deadline = QDeadlineTimer(WAIT_MS)
    while busy := [writer for writer in writers() if writer.pending]:
        if deadline.hasExpired():
            raise AssertionError("changes were still waiting to be saved")
        loop = QEventLoop()
        give_up = QTimer(loop)
        give_up.setSingleShot(True)
        give_up.timeout.connect(loop.quit)
        give_up.start(max(int(deadline.remainingTime()), 1))
        for writer in busy:
            writer.idle.connect(loop.quit)
        # A writer's jobs end on this (the GUI) thread: none can end between the check above
        # and the loop below, so its ``idle`` cannot be missed.
        loop.exec()
        for writer in busy:
            writer.idle.disconnect(loop.quit)
    QApplication.processEvents()  # what the windows show about the saves


def document(database: Database, audit_id: uuid.UUID) -> Audit:
    """The audit as an editor is opened with (read here, in the test's own thread)."""
    return read_document(database, audit_id)
