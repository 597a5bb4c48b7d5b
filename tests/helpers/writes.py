"""Waiting, in tests, for what the window handed to its database writer to be saved."""

from __future__ import annotations

import time
import uuid

from PySide6.QtWidgets import QApplication

from auditor.db.database import Database
from auditor.db.models import Audit
from auditor.ui.editor.store import read_document
from auditor.ui.operations.writer import DatabaseWriter

WAIT_SECONDS = 30.0


def writers() -> list[DatabaseWriter]:
    app = QApplication.instance()
    if app is None:
        return []
    return [writer for widget in QApplication.topLevelWidgets()
            for writer in widget.findChildren(DatabaseWriter)]


def wait_until_saved() -> None:
    """Until every writer of every window has saved what it was given (a condition, with a
    deadline far above any real wait)."""
    deadline = time.monotonic() + WAIT_SECONDS
    while any(writer.pending for writer in writers()):
        if time.monotonic() > deadline:
            raise AssertionError("changes were still waiting to be saved")
        QApplication.processEvents()
        time.sleep(0.001)
    QApplication.processEvents()


def document(database: Database, audit_id: uuid.UUID) -> Audit:
    """The audit as an editor is opened with (read here, in the test's own thread)."""
    return read_document(database, audit_id)
