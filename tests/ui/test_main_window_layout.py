"""The list of audits fits its window: every column in sight on a 1366×768 laptop screen at
the first start, and no header cut after the language is switched."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from auditor.db.database import Database
from auditor.demo import build_demo
from auditor.ui.i18n import LANGUAGES, install_translator
from auditor.ui.main.audit_list import Column
from auditor.ui.main.window import MainWindow
from tests.helpers.profiles import add_profile

pytestmark = pytest.mark.qt

ROOT = Path(__file__).resolve().parents[2]


def cut_headers(window: MainWindow) -> list[str]:
    """Headers whose text and margins do not fit their column."""
    header = window.table.horizontalHeader()
    margin = 2 * header.fontMetrics().averageCharWidth()
    cut = []
    for column in Column:
        title = str(window.proxy.headerData(column, Qt.Orientation.Horizontal))
        needed = header.fontMetrics().horizontalAdvance(title) + margin
        if window.table.columnWidth(column) < needed:
            cut.append(title)
    return cut


@pytest.fixture
def window(qtbot: QtBot, database: Database, english: None) -> Iterator[MainWindow]:
    build_demo(database, companies=4, seed=3)
    window = MainWindow(database, add_profile(database, "en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.model.stop_background_work()


def test_headers_are_fitted_again_after_a_language_switch(
    window: MainWindow, qapp: QApplication
) -> None:
    assert cut_headers(window) == []
    for lang in ("ru", "kk", "en"):
        install_translator(qapp, lang)
        QApplication.processEvents()
        assert cut_headers(window) == [], lang


FIRST_WINDOW = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from auditor.db.database import open_database
from auditor.demo import build_demo
from auditor.ui.app import create_application
from auditor.ui.i18n import install_translator
from auditor.ui.main.audit_list import Column
from auditor.ui.main.window import MainWindow

app = create_application()
database = open_database(Path(sys.argv[1]))
build_demo(database, companies=12, seed=2024)
found = {}
for lang in sys.argv[2:]:
    install_translator(app, lang)
    window = MainWindow(database, None)
    window.show()
    QTest.qWaitForWindowExposed(window)
    app.processEvents()
    table = window.table
    screen = window.screen().availableGeometry()
    found[lang] = {
        "columns": sum(table.columnWidth(c) for c in Column),
        "list": table.viewport().width(),
        "scrolls": table.horizontalScrollBar().maximum() > 0,
        "window": [window.frameGeometry().width(), window.frameGeometry().height()],
        "screen": [screen.width(), screen.height()],
    }
    window.model.stop_background_work()
    window.close()
print(json.dumps(found))
database.close()
"""


def test_the_first_window_shows_every_column_on_a_1366_by_768_screen(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, "-c", FIRST_WINDOW,
         str(tmp_path / "auditor.sqlite"), *LANGUAGES],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=180, check=True,
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    for lang in LANGUAGES:
        shown = found[lang]
        assert shown["screen"] == [1366, 768]
        assert shown["window"][0] <= 1366 and shown["window"][1] <= 768, (lang, shown)
        assert shown["columns"] <= shown["list"] and not shown["scrolls"], (lang, shown)


def _company_width(window: MainWindow) -> int:
    return window.table.columnWidth(Column.COMPANY)


def test_a_wider_window_gives_the_company_names_room_until_a_column_is_sized_by_hand(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.width() == 900)
    narrow = _company_width(window)
    window.resize(1900, 700)
    qtbot.waitUntil(lambda: window.width() == 1900)
    wide = _company_width(window)
    assert wide > narrow  # the names cut at 900 px are whole now

    window.table.setColumnWidth(Column.COMPANY, 150)  # the user drags the column's edge
    window.resize(1700, 700)
    qtbot.waitUntil(lambda: window.width() == 1700)
    assert _company_width(window) == 150
