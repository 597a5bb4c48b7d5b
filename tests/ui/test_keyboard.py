"""Alt+letter reaches one thing only: no two menus or buttons shown together share a letter.

Two items with the same mnemonic make Qt cycle the focus between them instead of pressing
either, so a keyboard user cannot reach the one they want. Checked in every language, on every
page of the audit editor, for a draft and for a finalized (read-only) audit, in the main window
and in every dialog and message the application shows.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from auditor.db.audits import finalize_audit, load_full_audit
from auditor.db.database import Database
from auditor.db.models import Audit
from auditor.demo import build_demo
from auditor.exchange.assignments import AssignmentResult
from auditor.forms.engine import Issue
from auditor.forms.fields import Severity
from auditor.forms.values import MSG_NUMBER
from auditor.ui.editor.editor import AuditEditor
from auditor.ui.editor.signoff import FinalizeIssuesDialog, ReopenDialog, SignOffDialog
from auditor.ui.exchange.menu import (
    AssignmentResultDialog,
    ConsolidationOutcome,
    ConsolidationResultDialog,
)
from auditor.ui.i18n import LANGUAGES, install_translator
from auditor.ui.main.dialogs import ProfileDialog
from auditor.ui.main.window import MainWindow
from tests.helpers.profiles import add_profile
from tests.helpers.writes import document

pytestmark = pytest.mark.qt


def mnemonic(text: str) -> str | None:
    """The letter Alt reaches in a Qt text ("&&" is a literal ampersand)."""
    at = 0
    while (at := text.find("&", at)) != -1 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].lower()
        at += 2
    return None


def shown_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Mnemonic letter -> the texts using it, among the menus and widgets on screen now."""
    found: dict[str, list[str]] = defaultdict(list)
    menu_bar = getattr(window, "menuBar", None)
    if menu_bar is not None:
        for action in menu_bar().actions():
            if action.isVisible() and (letter := mnemonic(action.text())):
                found[letter].append(action.text())
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        if letter := mnemonic(widget.text()):
            found[letter].append(widget.text())
    return found


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {letter: texts for letter, texts in shown_mnemonics(window).items() if len(texts) > 1}


@pytest.fixture
def database(database: Database) -> Database:
    build_demo(database, companies=2, seed=5)
    return database


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_translator(qapp, request.param)
    yield request.param
    install_translator(qapp, "en")


def first_audit(database: Database) -> uuid.UUID:
    with database.session() as session:
        audit_id = session.scalars(select(Audit.id).order_by(Audit.created_at)).first()
    assert audit_id is not None
    return audit_id


def editor_pages_clashes(qtbot: QtBot, database: Database, audit_id: uuid.UUID) -> list[str]:
    editor = AuditEditor(database, document(database, audit_id), actor="keys")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    problems = []
    for number in range(editor.navigator_model.rowCount()):
        editor.show_page(number)
        QApplication.processEvents()
        for letter, texts in clashes(editor).items():
            problems.append(f"page {number}: Alt+{letter} -> {texts}")
    editor.close()
    return problems


def test_every_editor_page_of_a_draft_has_distinct_alt_letters(
    qtbot: QtBot, database: Database, language: str
) -> None:
    assert editor_pages_clashes(qtbot, database, first_audit(database)) == []


def test_every_editor_page_of_a_finalized_audit_has_distinct_alt_letters(
    qtbot: QtBot, database: Database, language: str
) -> None:
    audit_id = first_audit(database)
    with database.transaction("lead") as session:
        audit = load_full_audit(session, audit_id)
        assert audit is not None
        finalize_audit(
            session, audit, representative_name="A. B.", representative_position="Director"
        )
    assert editor_pages_clashes(qtbot, database, audit_id) == []


def test_the_main_window_has_distinct_alt_letters(
    qtbot: QtBot, database: Database, language: str
) -> None:
    profile = add_profile(database, language)
    window = MainWindow(database, profile)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Five menus (Exchange joins once its module is loaded) and four filter labels at least.
    qtbot.waitUntil(lambda: len(shown_mnemonics(window)) >= 9)
    assert clashes(window) == {}
    window.model.stop_background_work()


def test_the_mnemonic_reader_finds_clashes_it_is_meant_to_find(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for text in ("&Add row", "&Audit", "Save && close", "Re&move"):
        layout.addWidget(QPushButton(text))
    window.show()
    qtbot.waitExposed(window)
    assert clashes(window) == {"a": ["&Add row", "&Audit"]}


# --- every dialog ------------------------------------------------------------------------------


def _dialogs(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Every dialog and message the application can show, made as the application makes it
    (the main window's own for its dialogs; the same standard buttons for its messages)."""
    yield "first-start profile", ProfileDialog(window.database, None, window)
    yield "profile", window.edit_profile()
    yield "new company", window.new_company()
    issues = [Issue(Severity.ERROR, "market", "audit.revenue_kzt", "type", MSG_NUMBER),
              Issue(Severity.WARNING, "market", "audit.revenue_kzt", "type", MSG_NUMBER)]
    yield "finalize: errors left", FinalizeIssuesDialog(issues, parent=window)
    yield "finalize: sign-off", SignOffDialog(
        auditor_name="Айгүл Сәрсенова (A-1)", assigned_name="Ерлан Ахметов", warnings=2,
        parent=window)
    yield "reopen", ReopenDialog(parent=window, current_revision=1)
    yield "consolidation result", ConsolidationResultDialog(ConsolidationOutcome([]), window)
    yield "assignment list result", AssignmentResultDialog(
        AssignmentResult(imported=2), Path("list.xlsx"), window)
    buttons = QMessageBox.StandardButton
    for name, shown in (
        ("delete, close, remove row: Yes / No", buttons.Yes | buttons.No),
        ("new audit over a draft: Open / Cancel", buttons.Open | buttons.Cancel),
        ("about, errors: OK", buttons.Ok),
    ):
        yield name, QMessageBox(QMessageBox.Icon.Question, "", name, shown, window)


def test_every_dialog_has_distinct_alt_letters(
    qtbot: QtBot, database: Database, language: str
) -> None:
    profile = add_profile(database, language)
    window = MainWindow(database, profile)
    qtbot.addWidget(window)
    problems = []
    for name, dialog in _dialogs(window):
        dialog.show()
        qtbot.waitExposed(dialog)
        for letter, texts in clashes(dialog).items():
            problems.append(f"{name}: Alt+{letter} -> {texts}")
        dialog.close()
    window.model.stop_background_work()
    assert problems == []
