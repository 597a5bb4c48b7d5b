"""What a new auditor trips over in the editor: answers that move under the pointer as
messages come and go, rows removed without a word, counts that leave out what was typed and
cannot be read."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from auditor.db.database import Database
from auditor.demo import build_demo
from auditor.ui.editor.editor import AuditEditor
from tests.ui.test_editor import (
    clean_audit_id,
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
