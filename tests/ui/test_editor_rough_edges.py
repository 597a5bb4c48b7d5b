"""What a new auditor trips over in the editor: answers that move under the pointer as
messages come and go, rows removed without a word, counts that leave out what was typed and
cannot be read."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from auditor.db.database import Database
from auditor.db.models import Product, Site
from auditor.demo import build_demo
from auditor.forms.questionnaire import FORM
from auditor.ui.editor.editor import AuditEditor
from auditor.ui.editor.repeat import RepeatGroup
from auditor.ui.i18n import install_translator
from tests.ui.test_editor import (
    CTRL,
    clean_audit_id,
    count,
    focus,
    line_input,
    open_editor,
    type_text,
)

pytestmark = pytest.mark.qt


@pytest.fixture
def database(database: Database) -> Database:
    build_demo(database, companies=3, seed=11)
    return database


@pytest.fixture(autouse=True)
def closing_loses_unreadable_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that fails with unreadable text typed must not hang on the closing question."""
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a: QMessageBox.StandardButton.Yes)
    )


@pytest.fixture
def audit_id(database: Database) -> uuid.UUID:
    return clean_audit_id(database)


@pytest.fixture
def editor(qtbot: QtBot, app: QApplication, database: Database, audit_id: uuid.UUID) -> AuditEditor:
    return open_editor(qtbot, database, audit_id)


def top_in_page(editor: AuditEditor, key: str) -> int:
    row = editor.field_row(key)
    page = editor.page(row.field.section.key if row.field.section else "")
    return row.field_cell.mapTo(page.widget(), row.field_cell.rect().topLeft()).y()


# --- a layout that holds still ------------------------------------------------------------------


def test_a_message_appearing_and_going_does_not_move_the_answers_below(
    qtbot: QtBot, editor: AuditEditor
) -> None:
    editor.show_page(4)  # market: revenue, then domestic sales below it
    revenue = line_input(editor, "audit.revenue_kzt")
    below = "audit.domestic_sales_kzt"
    QApplication.processEvents()
    assert not editor.field_row("audit.revenue_kzt").message.isVisible()
    before = top_in_page(editor, below)

    focus(qtbot, revenue)
    revenue.selectAll()
    type_text(revenue, "12 млн")
    row = editor.field_row("audit.revenue_kzt")
    qtbot.waitUntil(row.message.isVisible)
    QApplication.processEvents()
    assert top_in_page(editor, below) == before

    revenue.selectAll()
    type_text(revenue, "12000000")
    qtbot.waitUntil(lambda: not row.message.isVisible())
    QApplication.processEvents()
    assert top_in_page(editor, below) == before


# --- removing a row -----------------------------------------------------------------------------


class Questions:
    """QMessageBox.question answered as a test says, each question kept."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[str] = []
        self.answer = QMessageBox.StandardButton.No

        def question(_parent: object, _title: str, text: str, *_args: object) -> object:
            self.asked.append(text)
            return self.answer

        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    return Questions(monkeypatch)


def select_row(qtbot: QtBot, group: RepeatGroup, row: int) -> None:
    focus(qtbot, group.table)
    group.table.setCurrentIndex(group.model.index(row, 0))


def test_removing_a_filled_row_names_it_and_asks_first(
    qtbot: QtBot, editor: AuditEditor, database: Database, audit_id: uuid.UUID,
    questions: Questions,
) -> None:
    editor.show_page(3)
    products = editor.repeat_group("products")
    start = count(database, Product, audit_id)
    record = products.model.record(0)
    select_row(qtbot, products, 0)

    qtbot.keyClick(products.table, Qt.Key.Key_Delete, CTRL)
    assert len(questions.asked) == 1
    assert record.trade_name in questions.asked[0]
    assert count(database, Product, audit_id) == start  # "No": the row stays

    questions.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(products.remove_button, Qt.MouseButton.LeftButton)
    assert len(questions.asked) == 2
    assert count(database, Product, audit_id) == start - 1


def test_an_empty_row_goes_without_a_question(
    qtbot: QtBot, editor: AuditEditor, database: Database, audit_id: uuid.UUID,
    questions: Questions,
) -> None:
    editor.show_page(3)
    products = editor.repeat_group("products")
    start = count(database, Product, audit_id)
    qtbot.mouseClick(products.add_button, Qt.MouseButton.LeftButton)
    assert count(database, Product, audit_id) == start + 1
    select_row(qtbot, products, products.model.rowCount() - 1)

    qtbot.keyClick(products.table, Qt.Key.Key_Delete, CTRL)
    assert questions.asked == []
    assert count(database, Product, audit_id) == start


def test_ctrl_del_after_a_click_below_the_last_row_removes_nothing(
    qtbot: QtBot, editor: AuditEditor, database: Database, audit_id: uuid.UUID,
    questions: Questions,
) -> None:
    questions.answer = QMessageBox.StandardButton.Yes
    sites = editor.repeat_group("sites")  # a few rows: room below them in the table
    start = count(database, Site, audit_id)
    select_row(qtbot, sites, 0)
    last = sites.table.visualRect(sites.model.index(sites.model.rowCount() - 1, 0))
    below = QPoint(last.center().x(), last.bottom() + 8)
    assert not sites.table.indexAt(below).isValid()
    qtbot.mouseClick(sites.table.viewport(), Qt.MouseButton.LeftButton, pos=below)
    assert sites.table.hasFocus()
    qtbot.keyClick(sites.table, Qt.Key.Key_Delete, CTRL)
    assert questions.asked == []
    assert count(database, Site, audit_id) == start


def test_ctrl_del_after_a_click_on_the_page_beside_the_table_removes_nothing(
    qtbot: QtBot, editor: AuditEditor, database: Database, audit_id: uuid.UUID,
    questions: Questions,
) -> None:
    questions.answer = QMessageBox.StandardButton.Yes
    editor.show_page(3)
    products = editor.repeat_group("products")
    start = count(database, Product, audit_id)
    select_row(qtbot, products, 0)
    page = editor.page("products")
    content = page.widget()
    qtbot.mouseClick(content, Qt.MouseButton.LeftButton, pos=QPoint(2, content.height() - 2))
    qtbot.waitUntil(lambda: not products.table.hasFocus())
    qtbot.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_Delete, CTRL)
    assert questions.asked == []
    assert count(database, Product, audit_id) == start


# --- counts that include what was typed and cannot be read --------------------------------------


def test_text_that_cannot_be_read_counts_as_an_error_in_the_status_bar_and_its_section(
    qtbot: QtBot, editor: AuditEditor
) -> None:
    market = next(n for n, s in enumerate(FORM.sections) if s.key == "market")
    editor.show_page(market)
    errors, _warnings = editor.navigator_model.counts("market")
    total = editor.verdict.errors if editor.verdict is not None else 0
    assert editor.tr("%n error(s)", "", total) in editor.summary.text()

    revenue = line_input(editor, "audit.revenue_kzt")
    focus(qtbot, revenue)
    revenue.selectAll()
    type_text(revenue, "12 млн")
    qtbot.waitUntil(lambda: editor.navigator_model.counts("market")[0] == errors + 1)
    assert editor.tr("%n error(s)", "", total + 1) in editor.summary.text()
    shown = str(editor.navigator_model.index(market).data())
    assert editor.tr("%n error(s)", "", errors + 1) in shown

    revenue.selectAll()
    type_text(revenue, "12000000")
    qtbot.waitUntil(lambda: editor.navigator_model.counts("market")[0] == errors)
    assert editor.tr("%n error(s)", "", total) in editor.summary.text()


# --- tables after a language switch -------------------------------------------------------------


def column_widths(editor: AuditEditor, repeat: str) -> list[int]:
    table = editor.repeat_group(repeat).table
    return [table.columnWidth(c) for c in range(table.model().columnCount())]


def test_table_columns_are_sized_for_the_new_language_after_a_switch(
    qtbot: QtBot, editor: AuditEditor, database: Database, audit_id: uuid.UUID,
    qapp: QApplication,
) -> None:
    english = column_widths(editor, "production_lines")
    try:
        install_translator(qapp, "ru")
        QApplication.processEvents()
        switched = column_widths(editor, "production_lines")
        opened_in_russian = open_editor(qtbot, database, audit_id)
        assert switched == column_widths(opened_in_russian, "production_lines") != english
        opened_in_russian.close()
    finally:
        install_translator(qapp, "en")
