"""Numbers on screen as the user's language writes them: a decimal comma and spaces between
thousands in Kazakh and Russian, a point and commas in English; never both on one screen."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QWidget,
)
from pytestqt.qtbot import QtBot

from auditor.db.database import Database
from auditor.demo import build_demo
from auditor.forms.questionnaire import FORM
from auditor.ui.editor.editor import AuditEditor
from auditor.ui.editor.formatting import edit_text, read_typed
from auditor.ui.i18n import format_number, format_percent, install_translator
from auditor.ui.main.audit_list import UNKNOWN, Column
from auditor.ui.main.window import MainWindow
from tests.helpers.profiles import add_profile
from tests.helpers.writes import document
from tests.ui.test_editor import clean_audit_id

pytestmark = pytest.mark.qt

# 12.5 with a decimal point, or a comma; not a date (04.02.2026) nor a version (1.2.3).
POINT = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])")
COMMA = re.compile(r"(?<![\d,])\d+,\d+(?![\d,])")


def test_one_function_writes_numbers_in_each_language() -> None:
    assert format_number(1_250_000.5, "kk") == "1 250 000,5"
    assert format_number(1_250_000.5, "ru") == "1 250 000,5"
    assert format_number(1_250_000.5, "en") == "1,250,000.5"
    assert format_number(-1234, "en") == "-1,234"
    assert format_percent(85, "kk") == "85\u00a0%"
    assert format_percent(85, "en") == "85%"


def test_an_english_number_reads_back_as_it_is_shown() -> None:
    revenue = FORM.field("audit.revenue_kzt")
    shown = edit_text(revenue, 3_000_000_000, "en")
    assert shown == "3,000,000,000"
    assert read_typed(revenue, shown, "en").value == 3_000_000_000
    share = FORM.field("audit.foreign_share_pct")
    assert read_typed(share, "1,250.5", "en").value == 1250.5
    assert read_typed(share, "1,250,000", "en").value == 1_250_000
    # The decimal comma people here type reads as one in English too; so a fraction's input
    # is never grouped with commas in English, and reads back as it is shown.
    assert read_typed(share, "12,5", "en").value == 12.5
    assert read_typed(share, "43,355", "en").value == 43.355
    assert edit_text(share, 1250.0, "en") == "1250"
    assert read_typed(share, edit_text(share, 1250.0, "en"), "en").value == 1250
    assert read_typed(share, "1,250", "ru").value == 1.25


def texts(window: QWidget) -> list[str]:
    found = [window.windowTitle()]
    if isinstance(window, QMainWindow):
        found += [w.text() for w in window.statusBar().findChildren(QLabel)]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            found.append(widget.text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            # A list model's column count is private in Qt: a list has one column.
            columns = (
                1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
            )
            for row in range(min(model.rowCount(QModelIndex()), 20)):
                for column in range(columns):
                    found.append(str(model.index(row, column).data() or ""))
    return [t for t in found if t]


@pytest.fixture
def audit_id(database: Database) -> uuid.UUID:
    build_demo(database, companies=3, seed=11)
    return clean_audit_id(database)


@pytest.fixture(params=["kk", "ru"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_translator(qapp, request.param)
    yield request.param
    install_translator(qapp, "en")


def test_kazakh_and_russian_screens_write_decimal_commas_and_no_points(
    qtbot: QtBot, database: Database, audit_id: uuid.UUID, language: str
) -> None:
    window = MainWindow(database, add_profile(database, language))
    qtbot.addWidget(window)
    window.show()
    model = window.model
    qtbot.waitUntil(lambda: all(model.index(row, Column.COMPLETE).data() != UNKNOWN
                                for row in range(model.rowCount())))
    editor = AuditEditor(database, document(database, audit_id), actor="numbers")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.verdict is not None)
    seen: list[str] = []
    for page in range(editor.navigator_model.rowCount()):
        editor.show_page(page)
        QApplication.processEvents()
        seen += texts(editor)
    seen += texts(window)
    window.model.stop_background_work()
    editor.close()
    points = sorted({t for t in seen if POINT.search(t)})
    assert points == []
    # The potential index and the capacities have decimals: they are written with a comma.
    assert any(COMMA.search(t) for t in seen)
    assert any(re.search(r"\d\u00a0%", t) for t in seen)  # "85 %", with its space


def test_english_screens_write_decimal_points(
    qtbot: QtBot, database: Database, audit_id: uuid.UUID, english: None
) -> None:
    editor = AuditEditor(database, document(database, audit_id), actor="numbers")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.verdict is not None)
    assert POINT.search(editor.summary.text())  # "potential index 53.8"
    editor.close()


def test_exchange_results_write_their_counts_as_the_language_does(
    qtbot: QtBot, language: str
) -> None:
    from auditor.exchange.assignments import AssignmentResult
    from auditor.ui.exchange.menu import AssignmentResultDialog

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = AssignmentResultDialog(AssignmentResult(imported=1250, already_present=3),
                                    Path("list.xlsx"), parent)
    assert "1\u00a0250" in dialog.summary.text() or "1 250" in dialog.summary.text()
    assert "1250" not in dialog.summary.text()
