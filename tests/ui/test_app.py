"""Starting the application: first start, the language, demo data, errors, fonts."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from auditor.db import location
from auditor.db.database import Database
from auditor.db.settings import CURRENT_PROFILE
from auditor.domain.lists import CHOICE_LISTS
from auditor.ui import app as app_module
from auditor.ui.app import APP_NAME, AuditListModel, MainWindow
from auditor.ui.errors import setup_logging, show_error
from auditor.ui.fonts import FONT_DIR, KAZAKH_LETTERS, register_fonts
from auditor.ui.i18n import current_language, system_language
from auditor.ui.main.dialogs import ProfileDialog, load_current_profile
from tests.helpers.profiles import add_profile

pytestmark = pytest.mark.qt
WAIT = 30_000


@pytest.fixture
def restored_logging() -> Iterator[None]:
    logger = logging.getLogger("auditor")
    handlers, level = list(logger.handlers), logger.level
    yield
    for handler in logger.handlers:
        if handler not in handlers:
            handler.close()
    logger.handlers[:] = handlers
    logger.setLevel(level)


class Asked:
    def __init__(self) -> None:
        self.texts: list[str] = []


def answer_questions(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> Asked:
    asked = Asked()

    def question(parent: object, title: str, text: str, *args: object) -> Any:
        asked.texts.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as a Kazakh or Russian keyboard would (QTest types ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            )


def close_window(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.model.statistics_ready(), timeout=WAIT)
    window.close()


# --- first start --------------------------------------------------------------------------


def test_first_start_asks_for_the_profile_and_applies_its_language(
    qtbot: QtBot, app: QApplication, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[ProfileDialog] = []

    def fill_in(dialog: ProfileDialog) -> int:
        # The user sees the dialog in the language given on the command line, fills it in,
        # picks Kazakh and presses Start.
        shown.append(dialog)
        assert dialog.windowTitle() == "Auditor profile"
        type_text(dialog.full_name_edit, "Айгүл Сәрсенова")
        type_text(dialog.code_edit, "KZ-AUD-017")
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("kk"))
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        qtbot.mouseClick(
            box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        # exec() runs the event loop until the profile is saved and the dialog closes.
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
        return dialog.result()

    monkeypatch.setattr(ProfileDialog, "exec", fill_in)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    window = app_module.open_main_window(app, database, "en")
    assert window is not None
    qtbot.addWidget(window)

    assert len(shown) == 1
    stored = load_current_profile(database)
    assert stored is not None
    assert (stored.full_name, stored.auditor_code, stored.language) == (
        "Айгүл Сәрсенова",
        "KZ-AUD-017",
        "kk",
    )
    assert current_language() == "kk"
    assert window.profile is not None and window.profile.id == stored.id
    assert window.actor == "KZ-AUD-017"
    first_region = CHOICE_LISTS["regions"].choices[0].label.kk
    qtbot.waitUntil(lambda: window.region_combo.itemText(1) == first_region)
    # The database is empty: demo data was offered (and declined here), in the chosen language.
    assert len(asked.texts) == 1 and "Дерекқор бос" in asked.texts[0]
    assert window.model.rowCount() == 0
    close_window(qtbot, window)


@pytest.mark.parametrize(
    ("system", "expected"),
    [("kk_KZ", "kk"), ("ru_KZ", "ru"), ("ru_RU", "ru"), ("en_US", "en"), ("en_GB", "en"),
     ("de_DE", "ru"), ("uk_UA", "ru"), ("C", "ru")],
)
def test_the_first_start_language_is_the_systems_when_it_is_kazakh_russian_or_english(
    system: str, expected: str
) -> None:
    assert system_language(QLocale(system)) == expected


@pytest.mark.parametrize(
    ("system", "title"),
    [("kk_KZ", "Аудитор профилі"), ("ru_RU", "Профиль аудитора"), ("en_US", "Auditor profile"),
     ("fr_FR", "Профиль аудитора")],
)
def test_a_first_start_without_a_chosen_language_speaks_the_systems(
    qtbot: QtBot, app: QApplication, database: Database, monkeypatch: pytest.MonkeyPatch,
    system: str, title: str,
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
    expected = system_language(QLocale(system))
    seen: list[tuple[str, str]] = []

    def fill_in(dialog: ProfileDialog) -> int:
        # The auditor fills in name and code and leaves the language as offered.
        seen.append((dialog.windowTitle(), dialog.chosen_language()))
        type_text(dialog.full_name_edit, "Айгүл Сәрсенова")
        type_text(dialog.code_edit, "KZ-AUD-017")
        dialog.accept()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
        return dialog.result()

    monkeypatch.setattr(ProfileDialog, "exec", fill_in)
    answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    window = app_module.open_main_window(app, database, None)
    assert window is not None
    qtbot.addWidget(window)
    assert seen == [(title, expected)]
    assert current_language() == expected
    stored = load_current_profile(database)
    assert stored is not None and stored.language == expected  # the next start speaks it too
    close_window(qtbot, window)


def test_cancelling_the_first_start_profile_quits(
    app: QApplication, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ProfileDialog, "exec", lambda dialog: 0)
    assert app_module.open_main_window(app, database, "en") is None
    assert database.setting(CURRENT_PROFILE) is None


def test_a_known_auditor_goes_straight_to_the_window_in_their_language(
    qtbot: QtBot, app: QApplication, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_profile(database, "ru")

    def must_not_ask(dialog: ProfileDialog) -> int:
        raise AssertionError("the profile dialog must not be shown")

    monkeypatch.setattr(ProfileDialog, "exec", must_not_ask)
    answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    window = app_module.open_main_window(app, database, "en")
    assert window is not None
    qtbot.addWidget(window)
    assert current_language() == "ru"
    assert window.isVisible()
    assert "Ерлан Қасымов" in window._profile_label.text()
    close_window(qtbot, window)


def test_an_empty_database_offers_demo_data_built_in_the_background(
    qtbot: QtBot, app: QApplication, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_profile(database, "en")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    window = app_module.open_main_window(app, database, "en")
    assert window is not None
    qtbot.addWidget(window)
    assert asked.texts == [
        "The database is empty. Load demo data (12 producers) to try the application?"
    ]
    qtbot.waitUntil(lambda: window.model.rowCount() == 12, timeout=WAIT)
    qtbot.waitUntil(lambda: window.model.statistics_ready(), timeout=WAIT)
    assert window.count_label.text() == "Audits shown: 12 of 12"
    assert isinstance(window.model, AuditListModel)
    close_window(qtbot, window)


# --- errors -------------------------------------------------------------------------------


def test_a_database_that_cannot_be_used_is_refused_with_its_reason(
    app: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    restored_logging: None,
) -> None:
    foreign = tmp_path / "notes.sqlite"
    foreign.write_bytes(b"these are meeting notes, not a database")
    shown: list[str] = []
    monkeypatch.setattr(location, "data_dir", lambda: tmp_path / "data")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text)
    )
    assert app_module.run_app(foreign, "en") == 1
    assert shown == ["notes.sqlite: not an SQLite database."]
    assert foreign.read_bytes() == b"these are meeting notes, not a database"


def test_an_unexpected_error_is_logged_and_the_message_says_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, restored_logging: None
) -> None:
    log_file = setup_logging(tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text)
    )
    try:
        raise RuntimeError("the index went missing")
    except RuntimeError as exc:
        show_error(None, APP_NAME, exc)
    (message,) = shown
    assert str(log_file) in message
    assert "RuntimeError: the index went missing" in message
    logged = log_file.read_text(encoding="utf-8")
    assert "the index went missing" in logged and "Traceback" in logged


# --- display ------------------------------------------------------------------------------


def test_the_application_is_named_and_kazakh_letters_render(app: QApplication) -> None:
    assert app.applicationName() == APP_NAME
    assert app.organizationName()
    assert (FONT_DIR / "DejaVuSans.ttf").is_file()
    assert (FONT_DIR / "DejaVuSans-Bold.ttf").is_file()
    assert (FONT_DIR / "LICENSE-DejaVu.txt").is_file()
    assert "DejaVu Sans" in register_fonts()
    metrics = QFontMetrics(QGuiApplication.font())
    missing = [letter for letter in KAZAKH_LETTERS if not metrics.inFontUcs4(ord(letter))]
    assert missing == []
