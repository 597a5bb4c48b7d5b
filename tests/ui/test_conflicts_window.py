"""The conflicts window: the open conflicts, both versions of one side by side with what differs
highlighted, and a version kept from the screen after a confirmation."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from auditor.db.models import Audit, Conflict, TrailEntry
from auditor.domain.text import Text
from auditor.exchange.consolidate import CONFLICT, InputResult
from auditor.forms.questionnaire import FORM
from auditor.ui.editor.formatting import format_number
from auditor.ui.exchange.conflicts import (
    DIFFERS_BACKGROUND,
    ComparisonModel,
    ConflictListModel,
    ConflictsWindow,
)
from auditor.ui.exchange.menu import (
    ConsolidationOutcome,
    ConsolidationResultDialog,
    ExchangeMenu,
)
from auditor.ui.i18n import LANGUAGES, install_translator
from tests.helpers.conflicts import TwoVersions, two_versions
from tests.ui.test_keyboard import clashes

pytestmark = pytest.mark.qt

WAIT_MS = 60_000
ACTOR = "Тест Аналитик"
STAFF = FORM.field("audit.staff_total")


@pytest.fixture
def two(tmp_path: Path) -> Iterator[TwoVersions]:
    made = two_versions(tmp_path)
    yield made
    made.database.close()


class Screen:
    def __init__(self, qtbot: QtBot, two: TwoVersions) -> None:
        self.qtbot = qtbot
        self.window = QMainWindow()
        qtbot.addWidget(self.window)
        self.reloads = 0
        self.menu = ExchangeMenu(two.database, self.window, selected_audit_ids=list,
                                 on_data_changed=self._reload, actor=lambda: ACTOR)
        self.window.menuBar().addMenu(self.menu)
        self.window.show()

    def _reload(self) -> None:
        self.reloads += 1

    def conflicts(self) -> ConflictsWindow:
        self.menu.conflicts_action.trigger()
        window = self.menu.conflicts_window
        assert window is not None and window.isVisible()
        self.settle(window)
        return window

    def settle(self, window: ConflictsWindow) -> None:
        self.qtbot.waitUntil(lambda: not window.busy, timeout=WAIT_MS)


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _line(model: ComparisonModel, label: str) -> int:
    (row,) = [r for r in range(model.rowCount())
              if model.index(r, model.FIELD).data() == label]
    return row


def test_the_screen_shows_what_differs_and_keeps_the_package_version(
    qtbot: QtBot, two: TwoVersions, monkeypatch: pytest.MonkeyPatch, qtmodeltester: Any,
    english: None,
) -> None:
    screen = Screen(qtbot, two)
    window = screen.conflicts()
    listed = window.list_model
    assert listed.rowCount() == len(two.staff)
    qtmodeltester.check(listed)
    entry = listed.entry(0)
    assert entry.company_bin in listed.index(0, listed.COMPANY).data()
    assert listed.index(0, listed.FILE).data() == "b.xlsx"
    assert listed.index(0, listed.KIND).data() == "Same revision, other content"

    model = window.comparison_model
    qtmodeltester.check(model)
    ours, theirs = two.staff[entry.audit_id]
    row = _line(model, STAFF.label("en"))
    # Values as the form shows them, the two that differ highlighted.
    assert model.index(row, model.DATABASE).data() == format_number(ours, "en")
    assert model.index(row, model.PACKAGE).data() == format_number(theirs, "en")
    assert model.index(row, model.DATABASE).data(Qt.ItemDataRole.BackgroundRole).color() == (
        DIFFERS_BACKGROUND)
    revision = _line(model, "Revision")  # the same in both: shown, not highlighted
    assert model.index(revision, model.PACKAGE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert window.keep_package_button.isEnabled()

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.keep_package_button.click()
    qtbot.waitUntil(lambda: listed.rowCount() == len(two.staff) - 1 and not window.busy,
                    timeout=WAIT_MS)

    assert "replaced by the package's version" in asked[0] and ACTOR in asked[0]
    assert screen.reloads == 1
    with two.database.session() as session:
        audit = session.get_one(Audit, _uuid(entry.audit_id))
        assert audit.staff_total == theirs
        decision = session.scalars(select(TrailEntry).where(
            TrailEntry.action == "resolve", TrailEntry.record_id == str(entry.id))).one()
        assert decision.actor == ACTOR
        assert json.loads(decision.new_value or "")["kept"] == "package"
    # The next conflict is shown at once.
    assert window.comparison is not None and window.comparison.conflict.id != entry.id


def test_a_decision_needs_a_yes_and_keeping_the_database_changes_nothing(
    qtbot: QtBot, two: TwoVersions, monkeypatch: pytest.MonkeyPatch, english: None,
) -> None:
    window = Screen(qtbot, two).conflicts()
    entry = window.list_model.entry(0)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    window.keep_database_button.click()
    QApplication.processEvents()
    assert asked and not window.resolving
    with two.database.session() as session:
        assert session.get_one(Conflict, entry.id).resolution is None

    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.keep_database_button.click()
    qtbot.waitUntil(lambda: window.list_model.rowCount() == len(two.staff) - 1
                    and not window.busy, timeout=WAIT_MS)
    with two.database.session() as session:
        assert session.get_one(Conflict, entry.id).resolution == "database"
        audit = session.get_one(Audit, _uuid(entry.audit_id))
        assert audit.staff_total == two.staff[entry.audit_id][0]


def test_the_consolidation_result_opens_the_conflicts(
    qtbot: QtBot, two: TwoVersions, english: None,
) -> None:
    screen = Screen(qtbot, two)
    reason = Text("b.xlsx: x", "b.xlsx: x", "b.xlsx: conflict")
    screen.menu._show_consolidation(
        ConsolidationOutcome([InputResult(Path("b.xlsx"), CONFLICT, reason)]))
    (dialog,) = [d for d in screen.window.findChildren(ConsolidationResultDialog)
                 if d.isVisible()]
    assert dialog.conflicts_button is not None
    assert dialog.conflicts_button.text() == "Show con&flicts…"
    dialog.conflicts_button.click()
    window = screen.menu.conflicts_window
    assert window is not None and window.isVisible()
    screen.settle(window)
    assert window.list_model.rowCount() == len(two.staff)


def test_the_conflicts_window_has_distinct_alt_letters_in_every_language(
    qtbot: QtBot, two: TwoVersions, qapp: QApplication,
) -> None:
    screen = Screen(qtbot, two)
    window = screen.conflicts()
    problems = {}
    try:
        for lang in LANGUAGES:
            install_translator(qapp, lang)
            QApplication.processEvents()
            assert window.keep_package_button.text()
            problems[lang] = clashes(window)
    finally:
        install_translator(qapp, "en")
    assert problems == {lang: {} for lang in LANGUAGES}


def test_the_models_pass_the_model_tester_when_empty(qtmodeltester: Any) -> None:
    qtmodeltester.check(ConflictListModel())
    qtmodeltester.check(ComparisonModel())


def _uuid(value: str) -> Any:
    import uuid

    return uuid.UUID(value)
