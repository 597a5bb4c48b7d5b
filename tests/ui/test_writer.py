"""Typing stays instant and safe: the window never waits for the database, changes are saved in
order by the one writer, and a crash loses nothing the window had reported saved."""

from __future__ import annotations

import itertools
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from auditor.db import faults
from auditor.db.database import Database, open_database
from auditor.db.models import Audit, TrailEntry
from auditor.demo import build_demo
from auditor.forms.questionnaire import FORM
from auditor.ui.editor.editor import AuditEditor
from auditor.ui.editor.inputs.text_area import TextAreaInput
from tests.helpers.writes import document, wait_until_saved

pytestmark = pytest.mark.qt

FIELD = "audit.findings"
TYPED = "Қуат 80 %-ға жүктелген"


@pytest.fixture
def database(database: Database, english: None) -> Database:
    build_demo(database, companies=1, seed=3)
    return database


def _audit_id(database: Database) -> uuid.UUID:
    with database.session() as session:
        return session.scalars(select(Audit.id)).one()


def _editor(qtbot: QtBot, database: Database) -> AuditEditor:
    editor = AuditEditor(database, document(database, _audit_id(database)), actor="A-1")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.show_page([section.key for section in FORM.sections].index("findings"))
    return editor


def _findings(editor: AuditEditor) -> TextAreaInput:
    widget = editor.field_row(FIELD).widget
    assert isinstance(widget, TextAreaInput)
    return widget


class Holder:
    """Another program in the middle of a long write: it holds the database until let go."""

    def __init__(self, path: Path) -> None:
        self.release = threading.Event()
        self.holding = threading.Event()
        self._thread = threading.Thread(target=self._hold, args=(path,), daemon=True)
        self._thread.start()
        assert self.holding.wait(10)

    def _hold(self, path: Path) -> None:
        connection = sqlite3.connect(path, isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        self.holding.set()
        self.release.wait(60)
        connection.rollback()
        connection.close()

    def let_go(self) -> None:
        self.release.set()
        self._thread.join(10)


def test_typing_while_another_writer_holds_the_database_stays_on_screen_and_is_saved_in_order(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(faults, "BUSY_TIMEOUT_MS", 200)  # the writer waits in short steps
    editor = _editor(qtbot, database)
    findings = _findings(editor)
    findings.setFocus()
    qtbot.waitUntil(findings.hasFocus)
    findings.selectAll()

    # The event loop's heartbeat: the longest gap between two ticks while the database is held.
    ticks: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: ticks.append(clock.elapsed()))
    heartbeat.start()

    holder = Holder(database.path)
    started = time.monotonic()
    for char in TYPED:  # key by key, as a keyboard with any layout types
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(findings, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                       Qt.KeyboardModifier.NoModifier, char))
        QApplication.processEvents()
    # Everything typed is on screen, though nothing of it can be saved yet.
    assert findings.toPlainText() == TYPED
    qtbot.waitUntil(lambda: "another program" in editor.saved_label.text(), timeout=10_000)
    qtbot.waitUntil(lambda: time.monotonic() - started > 3, timeout=10_000)  # held 3 s at least
    holder.let_go()
    wait_until_saved()
    heartbeat.stop()

    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert gaps and max(gaps) < 1000, f"the window stopped for {max(gaps)} ms"
    with database.session() as session:
        audit = session.get_one(Audit, _audit_id(database))
        assert audit.findings == TYPED
        saved = [entry.new_value for entry in session.scalars(
            select(TrailEntry).where(TrailEntry.field == "findings").order_by(TrailEntry.id))]
    # In order: the last entry is the whole text; keystrokes that waited were saved once.
    assert saved[-1] == f'"{TYPED}"'
    assert len(saved) < len(TYPED)
    assert editor.saved_label.text().startswith("Saved at")


EDITING = textwrap.dedent(
    """
    import sys, uuid
    from PySide6.QtWidgets import QApplication
    from auditor.db.database import open_database
    from auditor.ui.editor.editor import AuditEditor
    from auditor.ui.operations.audit import read_document

    app = QApplication([])
    database = open_database(sys.argv[1])
    editor = AuditEditor(database, read_document(database, uuid.UUID(sys.argv[2])), actor="A-1")
    editor.show()
    field = editor.field_row("audit.findings").widget
    field.setFocus()
    typed = []

    from PySide6.QtCore import QTimer
    timer = QTimer()

    def reported() -> None:
        # The status bar says "Saved at …" with nothing waiting: what was typed is saved.
        writer = editor.writer
        if (not writer.pending_for(editor) and not editor.edits.typing
                and writer.saved_at is not None and typed):
            print(typed[-1], flush=True)
            timer.start(1)  # the next burst

    editor.writer.state_changed.connect(reported)
    n = 0

    def type_one() -> None:
        # One change as typing makes it: the answer's text replaced, the editor told at once;
        # bursts of forty changes, each faster than the writer saves them.
        global n
        n += 1
        typed.append(f"change {n}")
        field.setPlainText(typed[-1])
        if n % 40 == 0:
            timer.stop()

    timer.timeout.connect(type_one)
    timer.start(1)
    app.exec()
    """
)


def test_sigkill_during_a_burst_of_typing_keeps_every_change_reported_saved(
    database: Database,
) -> None:
    audit_id = _audit_id(database)
    database.close()
    child = subprocess.Popen(
        [sys.executable, "-c", EDITING, str(database.path), str(audit_id)],
        stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2]),
             "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdout is not None
    reported: list[str] = []
    for line in child.stdout:
        reported.append(line.strip())
        if len(reported) >= 40:
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    again = open_database(database.path)
    with again.session() as session:
        findings = session.get_one(Audit, audit_id).findings
    again.close()
    # The answer holds the last change reported saved, or one typed after it.
    last = int(reported[-1].split()[-1])
    assert findings is not None and int(findings.split()[-1]) >= last


def test_closing_the_app_while_changes_wait_keeps_it_open_until_they_are_saved(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from auditor.ui.main.window import MainWindow

    monkeypatch.setattr(faults, "BUSY_TIMEOUT_MS", 200)
    window = MainWindow(database, None)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.editor_opened, timeout=10_000) as opened:
        window.open_audit(_audit_id(database))
    editor = opened.args[0]
    editor.show_page([section.key for section in FORM.sections].index("findings"))
    findings = _findings(editor)

    holder = Holder(database.path)
    findings.setPlainText(TYPED)  # an answer the writer cannot save while the file is held
    qtbot.waitUntil(lambda: "another program" in editor.saved_label.text(), timeout=10_000)
    window.close()
    QApplication.processEvents()
    # Both windows stay, and the main window says what it waits for.
    assert window.isVisible() and editor.isVisible()
    assert window.statusBar().currentMessage() == (
        "Saving the last changes; the window closes when they are saved…")
    holder.let_go()
    # The editor closes once its changes are saved, the main window after it.
    qtbot.waitUntil(lambda: not window.open_editors() and not window.isVisible(), timeout=10_000)
    with database.session() as session:
        assert session.get_one(Audit, _audit_id(database)).findings == TYPED
