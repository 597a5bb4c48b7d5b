"""Starting the application window first: the list fills in from the database behind it."""

from __future__ import annotations

import gc
import logging
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from auditor.db import location
from auditor.db.database import open_database
from auditor.db.instance import hold_instance_lock
from auditor.demo import build_demo
from auditor.ui import app as app_module
from auditor.ui.app import Startup, peek_profile_language
from auditor.ui.i18n import current_language
from auditor.ui.main.dialogs import ProfileDialog
from auditor.ui.main.window import MainWindow
from tests.helpers.profiles import add_profile

pytestmark = pytest.mark.qt
WAIT = 30_000


def make_database(path: Path, *, companies: int = 0, language: str | None = None) -> Path:
    """A database file, closed, with demo producers and the current auditor's profile."""
    database = open_database(path)
    try:
        if companies:
            build_demo(database, companies=companies, seed=2024)
        if language is not None:
            add_profile(database, language)
    finally:
        database.close()
    return path


def make_newer(path: Path) -> None:
    """As if a later version of the application had upgraded the file."""
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")


class Recorded:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.questions: list[str] = []
        self.critical: list[str] = []
        self.information: list[str] = []
        self.codes: list[int] = []

        def question(parent: object, title: str, text: str, *args: object) -> Any:
            self.questions.append(text)
            return QMessageBox.StandardButton.No

        def critical(parent: object, title: str, text: str, *args: object) -> Any:
            self.critical.append(text)
            return QMessageBox.StandardButton.Ok

        def information(parent: object, title: str, text: str, *args: object) -> Any:
            self.information.append(text)
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, "question", question)
        monkeypatch.setattr(QMessageBox, "critical", critical)
        monkeypatch.setattr(QMessageBox, "information", information)


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> Recorded:
    return Recorded(monkeypatch)


def finish(qtbot: QtBot, startup: Startup, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.model.statistics_ready(), timeout=WAIT)
    window.close()
    startup.close()


def test_the_window_shows_at_once_and_its_list_fills_in_from_the_database(
    qtbot: QtBot, app: QApplication, tmp_path: Path, recorded: Recorded
) -> None:
    path = make_database(tmp_path / "auditor.sqlite", companies=12, language="ru")
    startup = Startup(app, path, "en", quit=recorded.codes.append)
    window = startup.show_window()
    assert window is not None
    qtbot.addWidget(window)

    # Shown before the database is opened, already in the auditor's language.
    assert window.isVisible() and window.is_opening
    assert window.model.rowCount() == 0
    assert current_language() == "ru"
    note = window.findChild(QLabel, "opening_note")
    assert note is not None and note.isVisible()
    assert not window.new_company_action.isEnabled()

    qtbot.waitUntil(lambda: window.model.rowCount() == 12, timeout=WAIT)
    assert not window.is_opening
    assert not note.isVisible()
    assert "Ерлан Қасымов" in window._profile_label.text()
    assert window.actor == "KZ-AUD-001"
    assert window.new_company_action.isEnabled()
    assert "12" in window.count_label.text()
    assert recorded.questions == []  # not empty: no demo data offered
    qtbot.waitUntil(lambda: window.exchange_menu_tried, timeout=WAIT)
    finish(qtbot, startup, window)
    assert recorded.codes == [] and recorded.critical == []


def test_an_empty_database_opened_behind_the_window_offers_demo_data(
    qtbot: QtBot, app: QApplication, tmp_path: Path, recorded: Recorded
) -> None:
    path = make_database(tmp_path / "auditor.sqlite", language="en")
    startup = Startup(app, path, quit=recorded.codes.append)
    window = startup.show_window()
    assert window is not None and window.is_opening
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: len(recorded.questions) == 1, timeout=WAIT)
    assert recorded.questions == [
        "The database is empty. Load demo data (12 producers) to try the application?"
    ]
    assert not window.is_opening and window.model.rowCount() == 0
    finish(qtbot, startup, window)


def test_a_database_refused_behind_the_shown_window_says_why_and_quits(
    qtbot: QtBot, app: QApplication, tmp_path: Path, recorded: Recorded
) -> None:
    path = make_database(tmp_path / "auditor.sqlite", companies=2, language="en")
    make_newer(path)
    before = path.read_bytes()
    startup = Startup(app, path, quit=recorded.codes.append)
    window = startup.show_window()
    assert window is not None and window.is_opening
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: recorded.codes == [1], timeout=WAIT)
    (message,) = recorded.critical
    assert "schema version 9999, newer than this application's" in message
    assert window.is_opening and window.model.rowCount() == 0
    window.close()
    startup.close()
    assert path.read_bytes() == before


def test_the_first_start_asks_for_the_profile_before_the_window(
    qtbot: QtBot, app: QApplication, tmp_path: Path, recorded: Recorded,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[ProfileDialog] = []

    def fill_in(dialog: ProfileDialog) -> int:
        asked.append(dialog)
        dialog.full_name_edit.setText("Айгүл Сәрсенова")
        dialog.code_edit.setText("KZ-AUD-017")
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("kk"))
        dialog.accept()
        # exec() runs the event loop until the profile is saved and the dialog closes.
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
        return dialog.result()

    monkeypatch.setattr(ProfileDialog, "exec", fill_in)
    path = tmp_path / "new" / "auditor.sqlite"
    startup = Startup(app, path, "en", quit=recorded.codes.append)
    window = startup.show_window()
    assert window is not None
    qtbot.addWidget(window)
    assert len(asked) == 1
    assert not window.is_opening and window.profile is not None
    assert window.actor == "KZ-AUD-017"
    assert current_language() == "kk"
    assert peek_profile_language(path) == "kk"  # the next start shows the window at once
    finish(qtbot, startup, window)


@pytest.mark.parametrize("language", ["en", "kk"])
def test_a_second_copy_on_the_same_database_is_told_and_only_looks(
    qtbot: QtBot, app: QApplication, tmp_path: Path, recorded: Recorded, language: str
) -> None:
    path = make_database(tmp_path / "auditor.sqlite", companies=3, language=language)
    first = Startup(app, path, quit=recorded.codes.append)  # the copy already running
    first_window = first.show_window()
    assert first_window is not None
    qtbot.addWidget(first_window)
    qtbot.waitUntil(lambda: not first_window.is_opening, timeout=WAIT)
    assert recorded.information == [] and first_window.new_company_action.isEnabled()

    second = Startup(app, path, quit=recorded.codes.append)
    window = second.show_window()
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=WAIT)
    (told,) = recorded.information
    assert told.startswith({
        "en": "This database is already open in another window of Pharma Capacity Auditor. "
              "Here it opens read-only",
        "kk": "Бұл дерекқор Pharma Capacity Auditor-дың басқа терезесінде ашық.",
    }[language])
    # It shows what is saved, and nothing in it can start a change.
    assert window.read_only and not first_window.read_only
    for action in (window.new_company_action, window.delete_company_action,
                   window.new_audit_action, window.delete_draft_action, window.profile_action):
        assert not action.isEnabled()
    assert window.open_audit_action.isEnabled() or window.current_row() is None
    if language == "en":
        assert "read-only, open in another window" in window._database_label.text()
    finish(qtbot, second, window)
    finish(qtbot, first, first_window)

    # Both closed: the next copy works in the database again, and says nothing.
    third = Startup(app, path, quit=recorded.codes.append)
    window = third.show_window()
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.is_opening, timeout=WAIT)
    assert not window.read_only and window.new_company_action.isEnabled()
    assert len(recorded.information) == 1 and recorded.codes == []
    finish(qtbot, third, window)


def test_a_lock_held_by_another_process_makes_the_window_read_only(
    qtbot: QtBot, app: QApplication, tmp_path: Path, recorded: Recorded
) -> None:
    path = make_database(tmp_path / "auditor.sqlite", companies=2, language="en")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from pathlib import Path; from auditor.db.instance import "
         "hold_instance_lock; lock = hold_instance_lock(Path(sys.argv[1])); "
         "print(lock is not None, flush=True); sys.stdin.readline()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        cwd=Path(__file__).parents[2])
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
        startup = Startup(app, path, quit=recorded.codes.append)
        window = startup.show_window()
        assert window is not None
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=WAIT)
        assert len(recorded.information) == 1 and window.read_only
        finish(qtbot, startup, window)
    finally:
        holder.kill()
        holder.wait(timeout=30)
    mine = hold_instance_lock(path)  # the app let go of nothing it did not hold
    assert mine is not None
    mine.release()


def test_the_language_is_peeked_without_creating_or_changing_a_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite"
    assert peek_profile_language(missing) is None
    assert not missing.exists()

    notes = tmp_path / "notes.sqlite"
    notes.write_bytes(b"these are meeting notes, not a database")
    assert peek_profile_language(notes) is None

    nobody = make_database(tmp_path / "nobody.sqlite", companies=1)
    assert peek_profile_language(nobody) is None

    kazakh = make_database(tmp_path / "kazakh.sqlite", language="kk")
    before = kazakh.read_bytes()
    assert peek_profile_language(kazakh) == "kk"
    assert kazakh.read_bytes() == before


def test_the_window_is_shown_without_loading_the_database_layer() -> None:
    # What the first paint waits for: SQLAlchemy, the migrations, the spreadsheet libraries
    # and the log's platform lookups come after it.
    script = (
        "import sys; import auditor.ui.app; "
        "print(' '.join(sorted({name.split('.')[0] for name in sys.modules})))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split()
    heavy = {"sqlalchemy", "alembic", "openpyxl", "pandas", "platformdirs"}
    assert heavy.isdisjoint(loaded), heavy.intersection(loaded)
    assert "PySide6" in loaded


@pytest.fixture
def restored_process(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """run_app sets up the whole process: its log, the excepthook, the garbage collector."""
    monkeypatch.setattr(location, "data_dir", lambda: tmp_path / "data")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    logger = logging.getLogger("auditor")
    handlers, level = list(logger.handlers), logger.level
    yield
    gc.unfreeze()
    for handler in logger.handlers:
        if handler not in handlers:
            handler.close()
    logger.handlers[:] = handlers
    logger.setLevel(level)


def test_the_application_ends_with_1_when_the_shown_window_cannot_get_its_database(
    app: QApplication, tmp_path: Path, recorded: Recorded, restored_process: None
) -> None:
    path = make_database(tmp_path / "auditor.sqlite", language="en")
    make_newer(path)
    guard = QTimer()  # never hang the test run
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: app.exit(2))
    guard.start(WAIT)
    try:
        code = app_module.run_app(path, "en")
    finally:
        guard.stop()
    assert code == 1
    (message,) = recorded.critical
    assert "newer than this application's" in message
    for window in app.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.close()
            window.deleteLater()
