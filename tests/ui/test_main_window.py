"""The main window, used as an auditor uses it: find, create, open and delete audits."""

from __future__ import annotations

import sys
import types
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from auditor.db.audits import finalize_audit
from auditor.db.database import Database, open_database
from auditor.db.listing import AuditRow
from auditor.db.models import Audit, AuditorProfile, Company, TrailEntry
from auditor.demo import build_demo
from auditor.domain.bin import make_bin
from auditor.domain.lists import CHOICE_LISTS
from auditor.ui.i18n import current_language, install_translator
from auditor.ui.main.audit_list import (
    AuditFilterProxy,
    AuditListModel,
    Column,
)
from auditor.ui.main.dialogs import NewCompanyDialog, ProfileDialog
from auditor.ui.main.window import MainWindow
from tests.helpers.profiles import add_profile
from tests.helpers.writes import wait_until_saved

pytestmark = pytest.mark.qt

EMPTY_COMPANY_BIN = make_bin(2019, 5, 777)
NEW_BIN = make_bin(2021, 7, 4242)
WAIT = 30_000


# --- fixtures -----------------------------------------------------------------------------


class StandInEditor(QMainWindow):
    """Takes the audit editor's place: the same constructor and ``changed`` signal."""

    changed = Signal(object)

    def __init__(
        self, database: Database, document: Audit, *, actor: str, signer: str, writer: object,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.audit_id = document.id
        self.actor = actor


@pytest.fixture
def database(database: Database) -> Database:
    """The 12 demo producers; Химфарм's audit with two answers missing; Нобел's finalized; a
    company whose new audit is still empty."""
    build_demo(database, companies=12, seed=2024)
    with database.transaction("setup") as session:
        empty = Company(bin=EMPTY_COMPANY_BIN, name_ru="ТОО «Пустой»", region_code="71")
        empty.audits.append(Audit())
        session.add(empty)
        incomplete = _audit_of(session, "Химфарм")
        incomplete.visit_start = None
        incomplete.producer_type = None
        signed = _audit_of(session, "Нобел")
        finalize_audit(
            session,
            signed,
            representative_name=signed.representative_name or "Representative",
            representative_position=signed.representative_position or "Director",
        )
    return database


def _audit_of(session: Any, name_part: str) -> Audit:
    query = select(Audit).join(Company).where(Company.name_ru.like(f"%{name_part}%"))
    audit: Audit = session.scalars(query).one()
    return audit


@pytest.fixture
def profile(database: Database) -> AuditorProfile:
    return add_profile(database, "en", full_name="Айгүл Сәрсенова")


@pytest.fixture
def editors(monkeypatch: pytest.MonkeyPatch) -> list[StandInEditor]:
    opened: list[StandInEditor] = []

    class RecordingEditor(StandInEditor):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            opened.append(self)

    module = types.ModuleType("auditor.ui.editor.editor")
    module.AuditEditor = RecordingEditor  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "auditor.ui.editor.editor", module)
    return opened


@pytest.fixture
def window(
    qtbot: QtBot,
    database: Database,
    profile: AuditorProfile,
    editors: list[StandInEditor],
    english: None,
) -> Iterator[MainWindow]:
    window = MainWindow(database, profile)
    qtbot.addWidget(window)
    window.resize(1700, 800)
    window.show()
    qtbot.waitUntil(lambda: window.model.statistics_ready(), timeout=WAIT)
    yield window
    window.close()
    qtbot.waitUntil(lambda: window.model.statistics_ready(), timeout=WAIT)


class Answers:
    """Stands in for the user at QMessageBox's static functions; records what was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes
        for name in ("question", "information", "warning", "critical", "about"):
            monkeypatch.setattr(QMessageBox, name, self._recorder(name))

    def _recorder(self, kind: str) -> Callable[..., Any]:
        def record(parent: object, title: str, text: str, *args: object) -> Any:
            self.asked.append((kind, text))
            return self.answer

        return record

    def texts(self, kind: str) -> list[str]:
        return [text for k, text in self.asked if k == kind]


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


# --- helpers ------------------------------------------------------------------------------


def visible_rows(window: MainWindow) -> list[AuditRow]:
    return [window.proxy.source_row(n) for n in range(window.proxy.rowCount())]


def column_texts(window: MainWindow, column: Column) -> list[str]:
    return [
        str(window.proxy.index(n, column).data()) for n in range(window.proxy.rowCount())
    ]


def click_row(qtbot: QtBot, window: MainWindow, predicate: Callable[[AuditRow], bool]) -> AuditRow:
    for n, row in enumerate(visible_rows(window)):
        if predicate(row):
            index = window.proxy.index(n, Column.BIN)
            window.table.scrollTo(index)
            center = window.table.visualRect(index).center()
            qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
            assert window.current_row() is row
            return row
    raise AssertionError("no such row in the list")


def row_of(name_part: str) -> Callable[[AuditRow], bool]:
    return lambda row: name_part in (row.name_ru or "")


def choose(qtbot: QtBot, combo: QComboBox, code: str | None) -> None:
    target = combo.findData(code)
    assert target >= 0, code
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as a Kazakh or Russian keyboard would (QTest types ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            )


def audits_in_db(database: Database) -> list[Audit]:
    with database.session() as session:
        return list(session.scalars(select(Audit)).all())


# --- the list -----------------------------------------------------------------------------


def test_the_list_shows_every_audit_with_completeness_and_issue_counts(
    window: MainWindow, qtmodeltester: Any
) -> None:
    rows = visible_rows(window)
    assert len(rows) == 13
    by_name = {row.name_ru: n for n, row in enumerate(rows)}
    complete = column_texts(window, Column.COMPLETE)
    errors = column_texts(window, Column.ERRORS)
    assert complete[by_name["ТОО «Пустой»"]] == "15%"
    assert errors[by_name["ТОО «Пустой»"]] == "16"  # named in Russian: no Kazakh name asked
    himfarm = next(n for name, n in by_name.items() if name and "Химфарм" in name)
    assert (complete[himfarm], errors[himfarm]) == ("99%", "2")
    assert complete.count("100%") == 11
    assert "…" not in complete
    statuses = column_texts(window, Column.STATUS)
    assert statuses.count("Finalized") == 1 and statuses.count("Draft") == 12
    assert window.count_label.text() == "Audits shown: 13 of 13"
    qtmodeltester.check(window.model)
    qtmodeltester.check(window.proxy)


def test_counts_show_an_ellipsis_until_the_background_check_has_run(
    qtbot: QtBot, database: Database, qtmodeltester: Any, english: None
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    model = AuditListModel(database, owner)
    with qtbot.waitSignal(model.statistics_finished, timeout=WAIT):
        model.reload()
        assert model.index(0, Column.ERRORS).data() == "…"
    assert all(model.index(n, Column.ERRORS).data().isdigit() for n in range(model.rowCount()))
    proxy = AuditFilterProxy(model, owner)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_filters_narrow_the_list_and_the_count_says_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_text(window.search_edit, "химфарм")
    assert [row.name_ru for row in visible_rows(window)] == ["АО «Химфарм»"]
    assert window.count_label.text() == "Audits shown: 1 of 13"

    window.search_edit.clear()
    type_text(window.search_edit, EMPTY_COMPANY_BIN[:8])
    assert [row.bin for row in visible_rows(window)] == [EMPTY_COMPANY_BIN]

    window.search_edit.clear()
    type_text(window.search_edit, "Шымкент")  # a region's name finds its companies too
    assert {row.region_code for row in visible_rows(window)} == {"79"}
    window.search_edit.clear()

    choose(qtbot, window.region_combo, "75")
    shown = visible_rows(window)
    assert shown and all(row.region_code == "75" for row in shown)
    assert window.count_label.text() == f"Audits shown: {len(shown)} of 13"
    choose(qtbot, window.region_combo, None)

    choose(qtbot, window.status_combo, "finalized")
    assert [row.name_ru for row in visible_rows(window)] == [
        "АО «Нобел Алматинская Фармацевтическая Фабрика»"
    ]
    choose(qtbot, window.status_combo, None)

    choose(qtbot, window.gmp_combo, "not_certified")
    assert len(visible_rows(window)) == 2
    assert set(column_texts(window, Column.GMP_STATUS)) == {"Not GMP-certified"}
    assert window.count_label.text() == "Audits shown: 2 of 13"

    window.clear_filter_action.trigger()
    assert len(visible_rows(window)) == 13


def test_sorting_by_errors_sorts_numbers_as_numbers(qtbot: QtBot, window: MainWindow) -> None:
    header = window.table.horizontalHeader()
    position = QPoint(
        header.sectionViewportPosition(Column.ERRORS) + header.sectionSize(Column.ERRORS) // 2,
        header.height() // 2,
    )
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    errors = [int(text) for text in column_texts(window, Column.ERRORS)]
    ordered = errors if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder else errors[::-1]
    assert ordered == sorted(errors)
    assert ordered[-2:] == [2, 16]  # as text, "16" would come before "2"

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    flipped = [int(text) for text in column_texts(window, Column.ERRORS)]
    assert flipped == errors[::-1]


def test_sorting_by_company_follows_the_alphabet(qtbot: QtBot, window: MainWindow) -> None:
    app = QApplication.instance()
    assert app is not None
    window.table.sortByColumn(Column.COMPANY, Qt.SortOrder.AscendingOrder)
    install_translator(app, "kk")
    # The list sorts itself again by the Kazakh names.
    first = "«Абди Ибрахим Глобал Фарм» ЖШС"
    qtbot.waitUntil(lambda: column_texts(window, Column.COMPANY)[0] == first)
    names = column_texts(window, Column.COMPANY)
    # Қарағанды comes after К..., not after Ю as code points would have it.
    karaganda = next(n for n, name in enumerate(names) if name.startswith("«Қарағанды"))
    kelun = next(n for n, name in enumerate(names) if name.startswith("«Келун"))
    yuni = next(n for n, name in enumerate(names) if name.startswith("«Юнифарм"))
    assert kelun < karaganda < yuni


# --- companies and audits -----------------------------------------------------------------


def test_new_company_from_the_menu_is_created_and_selected(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    window.new_company_action.trigger()
    dialog = window.active_dialog
    assert isinstance(dialog, NewCompanyDialog)
    type_text(dialog.bin_edit, NEW_BIN)
    type_text(dialog.name_ru_edit, "ТОО «Новая Фарма»")
    choose(qtbot, dialog.region_combo, "15")
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.active_dialog is None)  # closed once the company is saved

    with database.session() as session:
        company = session.scalars(select(Company).where(Company.bin == NEW_BIN)).one()
        trail = session.scalars(
            select(TrailEntry).where(TrailEntry.record_id == str(company.id))
        ).all()
    assert {entry.actor for entry in trail} == {"KZ-AUD-001"}
    selected = window.current_row()
    assert selected is not None and selected.company_id == company.id
    assert selected.audit_id is None
    assert window.proxy.index(window.table.currentIndex().row(), Column.STATUS).data() == (
        "No audit yet"
    )
    assert window.count_label.text() == "Audits shown: 13 of 13"


def test_new_company_with_an_existing_bin_selects_that_company(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_text(window.search_edit, "химфарм")  # the existing company is filtered out of view
    window.new_company_action.trigger()
    dialog = window.active_dialog
    assert isinstance(dialog, NewCompanyDialog)
    type_text(dialog.bin_edit, EMPTY_COMPANY_BIN)
    assert "ТОО «Пустой»" in dialog.bin_message.text()
    qtbot.mouseClick(dialog.open_existing_button, Qt.MouseButton.LeftButton)
    selected = window.current_row()
    assert selected is not None and selected.bin == EMPTY_COMPANY_BIN
    assert window.search_edit.text() == ""


def test_new_audit_creates_a_draft_for_the_selected_company_and_opens_it(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    profile: AuditorProfile,
    editors: list[StandInEditor],
) -> None:
    with database.transaction("setup") as session:
        session.add(Company(bin=NEW_BIN, name_ru="ТОО «Новая Фарма»", region_code="15"))
    window.refresh_action.trigger()
    click_row(qtbot, window, row_of("Новая Фарма"))
    window.new_audit_action.trigger()
    qtbot.waitUntil(lambda: len(editors) == 1)  # saved, then read and opened

    with database.session() as session:
        audit = session.scalars(
            select(Audit).join(Company).where(Company.bin == NEW_BIN)
        ).one()
    assert (audit.status, audit.revision, audit.auditor_id) == ("draft", 1, profile.id)
    assert [editor.audit_id for editor in editors] == [audit.id]
    assert editors[0].actor == "KZ-AUD-001"
    assert editors[0].isWindow() and editors[0].isVisible()
    selected = window.current_row()
    assert selected is not None and selected.audit_id == audit.id
    qtbot.waitUntil(lambda: window.model.statistics_ready(), timeout=WAIT)
    assert window.count_label.text() == "Audits shown: 14 of 14"


def test_new_audit_for_a_company_with_a_draft_offers_that_draft(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    editors: list[StandInEditor],
    answers: Answers,
) -> None:
    row = click_row(qtbot, window, row_of("Пустой"))
    answers.answer = QMessageBox.StandardButton.Open
    window.new_audit_action.trigger()
    assert "already has a draft audit (revision 1)" in answers.texts("question")[0]
    qtbot.waitUntil(lambda: len(editors) == 1)
    assert len(audits_in_db(database)) == 13
    assert [editor.audit_id for editor in editors] == [row.audit_id]


def test_enter_opens_the_audit_once_and_changes_in_the_editor_refresh_the_row(
    qtbot: QtBot, window: MainWindow, database: Database, editors: list[StandInEditor]
) -> None:
    row = click_row(qtbot, window, row_of("Пустой"))
    assert row.audit_id is not None
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(editors) == 1)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # again: the same window comes forward
    assert [editor.audit_id for editor in editors] == [row.audit_id]

    with database.transaction("KZ-AUD-001") as session:
        audit = session.get(Audit, row.audit_id)
        assert audit is not None
        audit.gmp_status = "in_transition"
    editors[0].changed.emit(row.audit_id)
    qtbot.waitUntil(lambda: window.model.statistics_ready(), timeout=WAIT)
    index = window.table.currentIndex()
    assert window.proxy.index(index.row(), Column.GMP_STATUS).data() == (
        "Preparing for GMP / under inspection"
    )
    assert window.proxy.index(index.row(), Column.ERRORS).data() == "15"

    editors[0].close()
    qtbot.waitUntil(lambda: not window.open_editors())
    window.open_audit_action.trigger()
    qtbot.waitUntil(lambda: len(editors) == 2)  # a closed editor is opened anew


def test_a_double_click_opens_the_audit_and_on_a_company_without_one_starts_it(
    qtbot: QtBot, window: MainWindow, database: Database, editors: list[StandInEditor]
) -> None:
    row = click_row(qtbot, window, row_of("Химфарм"))
    index = window.table.currentIndex()
    center = window.table.visualRect(index).center()
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.waitUntil(lambda: len(editors) == 1)
    assert [editor.audit_id for editor in editors] == [row.audit_id]

    with database.transaction("setup") as session:
        session.add(Company(bin=NEW_BIN, name_ru="ТОО «Новая Фарма»", region_code="15"))
    window.refresh_action.trigger()
    click_row(qtbot, window, row_of("Новая Фарма"))
    index = window.table.currentIndex()
    center = window.table.visualRect(index).center()
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.waitUntil(lambda: len(editors) == 2)
    with database.session() as session:
        new = session.scalars(select(Audit).join(Company).where(Company.bin == NEW_BIN)).one()
    assert editors[1].audit_id == new.id
    qtbot.waitUntil(lambda: window.model.statistics_ready(), timeout=WAIT)


def test_delete_draft_asks_naming_the_company_and_deletes_after_yes(
    qtbot: QtBot, window: MainWindow, database: Database, answers: Answers
) -> None:
    row = click_row(qtbot, window, row_of("Пустой"))
    answers.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert answers.texts("question") == [
        "Delete the draft audit of ТОО «Пустой», revision 1? Everything entered in it is "
        "deleted; the audit trail keeps a record of it."
    ]
    assert len(audits_in_db(database)) == 13

    answers.answer = QMessageBox.StandardButton.Yes
    operation = window.delete_draft()
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=WAIT)
    assert row.audit_id not in {audit.id for audit in audits_in_db(database)}
    shown = visible_rows(window)
    # The company stays, now without an audit.
    assert [r.audit_id for r in shown if r.bin == EMPTY_COMPANY_BIN] == [None]
    assert window.count_label.text() == "Audits shown: 12 of 12"


def test_a_finalized_audit_cannot_be_deleted(
    qtbot: QtBot, window: MainWindow, database: Database, answers: Answers
) -> None:
    click_row(qtbot, window, row_of("Нобел"))
    window.delete_draft_action.trigger()
    assert answers.texts("question") == []
    (message,) = answers.texts("information")
    assert "is finalized and cannot be deleted" in message
    assert "Нобел" in message
    assert len(audits_in_db(database)) == 13


MISTAKE_BIN = make_bin(2022, 3, 1313)


def _company_made_by_mistake(window: MainWindow, database: Database) -> uuid.UUID:
    with database.transaction("KZ-AUD-001") as session:
        company = Company(bin=MISTAKE_BIN, name_ru="ТОО «Ошибка»", region_code="75")
        session.add(company)
    window.reload()
    return company.id


def _companies_in_db(database: Database) -> set[str]:
    with database.session() as session:
        return set(session.scalars(select(Company.bin)))


def test_a_company_without_audits_is_deleted_after_yes_and_the_trail_keeps_it(
    qtbot: QtBot, window: MainWindow, database: Database, answers: Answers
) -> None:
    company_id = _company_made_by_mistake(window, database)
    click_row(qtbot, window, row_of("Ошибка"))
    answers.answer = QMessageBox.StandardButton.No
    window.delete_company_action.trigger()
    assert answers.texts("question") == [
        f"Delete the company ТОО «Ошибка» (BIN {MISTAKE_BIN})? It has no audits; the audit "
        "trail keeps a record of it."
    ]
    assert MISTAKE_BIN in _companies_in_db(database)

    answers.answer = QMessageBox.StandardButton.Yes
    operation = window.delete_company()
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=WAIT)
    assert MISTAKE_BIN not in _companies_in_db(database)
    assert not [row for row in visible_rows(window) if row.bin == MISTAKE_BIN]
    with database.session() as session:
        (deleted,) = session.scalars(select(TrailEntry).where(
            TrailEntry.record_id == str(company_id), TrailEntry.action == "delete"))
    assert (deleted.table_name, deleted.actor) == ("company", "KZ-AUD-001")
    assert answers.texts("warning") == [] and answers.texts("critical") == []


@pytest.mark.parametrize(
    ("lang", "says"),
    [("en", "ТОО «Пустой» cannot be deleted: it has audits (count: 1)."),
     ("ru", "ТОО «Пустой» нельзя удалить: у компании есть аудиты (всего: 1)."),
     ("kk", "ТОО «Пустой» жойылмайды: оның аудиттері бар (саны: 1).")],
)
def test_a_company_with_audits_is_not_deleted_and_the_user_is_told_why(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, database: Database, answers: Answers,
    lang: str, says: str,
) -> None:
    install_translator(qapp, lang)
    click_row(qtbot, window, row_of("Пустой"))
    window.delete_company_action.trigger()
    assert answers.texts("question") == []  # nothing to confirm: it is not deleted
    (message,) = answers.texts("information")
    assert message.startswith(says)
    assert EMPTY_COMPANY_BIN in _companies_in_db(database)
    assert len(audits_in_db(database)) == 13


def test_an_audit_started_elsewhere_since_the_list_was_read_keeps_the_company(
    qtbot: QtBot, window: MainWindow, database: Database, answers: Answers
) -> None:
    company_id = _company_made_by_mistake(window, database)
    click_row(qtbot, window, row_of("Ошибка"))
    with database.transaction("KZ-AUD-002") as session:  # the list does not know of it yet
        session.add(Audit(company_id=company_id))
    answers.answer = QMessageBox.StandardButton.Yes
    operation = window.delete_company()
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=WAIT)
    refused = [text for kind, text in answers.asked if kind != "question"]
    assert len(refused) == 1 and "ТОО «Ошибка» cannot be deleted: it has audits" in refused[0]
    assert MISTAKE_BIN in _companies_in_db(database)


# --- settings, menus, help ----------------------------------------------------------------


def test_language_menu_switches_the_interface_and_remembers_it(
    qtbot: QtBot, window: MainWindow, database: Database, profile: AuditorProfile
) -> None:
    almaty = next(
        row.audit_id for row in window.model.rows()
        if row.region_code == "75" and row.status == "draft"
    )

    def shown(column: Column) -> str:
        # Looked up each time: the list sorts itself again in the new language.
        (n,) = window.model.find_rows(lambda row: row.audit_id == almaty)
        return str(window.model.index(n, column).data())

    window.language_actions["kk"].trigger()
    assert current_language() == "kk"
    first_region = CHOICE_LISTS["regions"].choices[0]
    qtbot.waitUntil(lambda: window.region_combo.itemText(1) == first_region.label.kk)
    assert shown(Column.REGION) == "Алматы қаласы"
    assert shown(Column.STATUS) == "Қаралама"
    assert window.language_actions["kk"].isChecked()
    wait_until_saved()
    with database.session() as session:
        stored = session.get(AuditorProfile, profile.id)
        assert stored is not None and stored.language == "kk"

    window.language_actions["ru"].trigger()
    qtbot.waitUntil(lambda: shown(Column.REGION) == "город Алматы")
    assert shown(Column.STATUS) == "Черновик"
    assert not window.language_actions["kk"].isChecked()
    wait_until_saved()
    with database.session() as session:
        stored = session.get(AuditorProfile, profile.id)
        assert stored is not None and stored.language == "ru"


def test_menus_have_mnemonics_and_show_shortcuts(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert all("&" in title for title in titles), titles
    shortcuts = {
        window.new_company_action: "Ctrl+N",
        window.new_audit_action: "Ctrl+Shift+N",
        window.open_audit_action: "Ctrl+O",
        window.delete_draft_action: "Del",
        window.quit_action: "Ctrl+Q",
        window.find_action: "Ctrl+F",
    }
    for action, keys in shortcuts.items():
        assert action.shortcut().toString() == keys
        assert "&" in action.text()
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert window.quit_action in file_menu.actions()


def test_ctrl_f_focuses_the_search_field(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_edit.hasFocus)
    assert window.search_edit.placeholderText() == "Company name or BIN"


def test_profile_can_be_edited_from_the_menu(
    qtbot: QtBot, window: MainWindow, database: Database, profile: AuditorProfile
) -> None:
    window.profile_action.trigger()
    dialog = window.active_dialog
    assert isinstance(dialog, ProfileDialog)
    dialog.code_edit.selectAll()
    qtbot.keyClicks(dialog.code_edit, "KZ-AUD-099")
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.active_dialog is None)  # closed once the profile is saved
    assert window.actor == "KZ-AUD-099"
    assert "KZ-AUD-099" in window._profile_label.text()
    with database.session() as session:
        stored = session.get(AuditorProfile, profile.id)
        assert stored is not None and stored.auditor_code == "KZ-AUD-099"


def test_about_names_the_database_and_the_log_file(
    window: MainWindow, database: Database, answers: Answers
) -> None:
    window.about_action.trigger()
    (text,) = answers.texts("about")
    assert str(database.path) in text
    assert "Log file" in text


def test_open_data_folder_opens_the_folder_of_the_database(
    window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    window.data_folder_action.trigger()
    assert opened == [str(database.path.parent)]


# --- the exchange menu --------------------------------------------------------------------


def test_the_window_works_without_the_exchange_menu(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    database: Database,
    profile: AuditorProfile,
    english: None,
) -> None:
    monkeypatch.setitem(sys.modules, "auditor.ui.exchange.menu", None)  # import fails
    window = MainWindow(database, profile)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.exchange_menu_tried)
    assert window.exchange_menu is None
    assert window.model.rowCount() == 13
    qtbot.waitUntil(lambda: window.model.statistics_ready(), timeout=WAIT)


def test_the_exchange_menu_sits_in_the_menu_bar_and_its_changes_reload_the_list(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    database: Database,
    profile: AuditorProfile,
    english: None,
) -> None:
    made: dict[str, Any] = {}

    class ExchangeMenu(QMenu):
        def __init__(
            self,
            database: Database,
            window: QMainWindow,
            *,
            selected_audit_ids: Callable[[], list[uuid.UUID]],
            on_data_changed: Callable[[], None],
            actor: Callable[[], str],
            writer: object = None,
            parent: QWidget | None = None,
        ) -> None:
            super().__init__("&Exchange", parent)
            made.update(selected=selected_audit_ids, changed=on_data_changed, actor=actor)

    module = types.ModuleType("auditor.ui.exchange.menu")
    module.ExchangeMenu = ExchangeMenu  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "auditor.ui.exchange.menu", module)
    window = MainWindow(database, profile)
    qtbot.addWidget(window)
    window.resize(1700, 800)
    window.show()
    qtbot.waitUntil(lambda: window.exchange_menu is not None)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:2] == ["&File", "&Exchange"]
    assert made["actor"]() == "KZ-AUD-001"

    click_row(qtbot, window, row_of("Пустой"))
    assert made["selected"]() == [window.current_row().audit_id]  # type: ignore[union-attr]

    with database.transaction("import") as session:
        session.add(Company(bin=NEW_BIN, name_ru="ТОО «Из списка»", region_code="15"))
    made["changed"]()
    assert any(row.bin == NEW_BIN for row in visible_rows(window))
    qtbot.waitUntil(lambda: window.model.statistics_ready(), timeout=WAIT)


def test_the_real_editor_opens_as_its_own_window(
    qtbot: QtBot, database: Database, profile: AuditorProfile, english: None
) -> None:
    editor_module = pytest.importorskip("auditor.ui.editor.editor")
    window = MainWindow(database, profile)
    qtbot.addWidget(window)
    window.resize(1700, 800)
    window.show()
    row = click_row(qtbot, window, row_of("Химфарм"))
    with qtbot.waitSignal(window.editor_opened, timeout=WAIT):  # read on a worker, then shown
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
    editors = window.open_editors()
    assert list(editors) == [row.audit_id]
    editor = editors[row.audit_id]
    assert isinstance(editor, editor_module.AuditEditor)
    assert editor.isWindow() and editor.isVisible()
    editor.close()
    qtbot.waitUntil(lambda: not window.open_editors())
    qtbot.waitUntil(lambda: window.model.statistics_ready(), timeout=WAIT)
    window.close()


def test_back_up_database_copies_what_is_saved_and_says_where(
    qtbot: QtBot, window: MainWindow, database: Database, answers: Answers, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "copies" / "auditor-copy.sqlite"
    out.parent.mkdir()
    monkeypatch.setattr("auditor.ui.main.window.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(out), ""))
    menu_texts = [a.text() for a in window._file_menu.actions()]
    assert "&Back up database…" in menu_texts

    operation = window.back_up_database()
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=WAIT)

    assert answers.texts("information") == [f"The database was copied to {out}."]
    copy = open_database(out)
    with copy.session() as session, database.session() as original:
        assert len(session.scalars(select(Audit.id)).all()) == len(
            original.scalars(select(Audit.id)).all()) > 10
    copy.close()


def test_counts_worked_out_once_are_shown_at_once_the_next_time(
    qtbot: QtBot, window: MainWindow, database: Database, profile: AuditorProfile
) -> None:
    qtbot.waitUntil(lambda: window.model.statistics_ready(), timeout=WAIT)
    wait_until_saved()  # the window kept what it worked out
    again = MainWindow(database, profile)
    qtbot.addWidget(again)
    # Before any background work could have run: every count is there.
    assert again.model.statistics_ready()
    errors = column_texts(again, Column.ERRORS)
    assert errors and all(text not in ("", "…") for text in errors if text)
    assert sorted(errors) == sorted(column_texts(window, Column.ERRORS))
    again.close()


# --- demo data ----------------------------------------------------------------------------


def _badge_pixels(window: MainWindow, proxy_row: int) -> int:
    """How many pixels of the demo badge's colour the list shows in a row's company cell."""
    from auditor.ui.demo import BADGE_BACKGROUND

    index = window.proxy.index(proxy_row, Column.COMPANY)
    window.table.scrollTo(index)
    image = window.table.viewport().grab(window.table.visualRect(index)).toImage()
    amber = BADGE_BACKGROUND.rgb() & 0xFFFFFF
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if image.pixel(x, y) & 0xFFFFFF == amber)


def test_the_list_shows_a_demo_badge_on_every_demo_company_and_on_no_real_one(
    window: MainWindow,
) -> None:
    rows = visible_rows(window)
    assert sum(row.is_demo for row in rows) == 12
    for n, row in enumerate(rows):
        index = window.proxy.index(n, Column.COMPANY)
        tooltip = str(index.data(Qt.ItemDataRole.ToolTipRole))
        if row.is_demo:
            assert _badge_pixels(window, n) > 40, row.name_ru
            assert "Demo data: an invented audit" in tooltip
        else:
            assert row.name_ru == "ТОО «Пустой»"
            assert _badge_pixels(window, n) == 0
            assert "Demo data" not in tooltip
    # The company's name is still the cell's text: sorting, searching and copying use it.
    assert "АО «Химфарм»" in column_texts(window, Column.COMPANY)


def test_remove_demo_data_asks_with_the_counts_and_removes_exactly_the_demo(
    qtbot: QtBot, window: MainWindow, database: Database, answers: Answers,
) -> None:
    assert window.remove_demo_action.isEnabled()
    assert "Remove d&emo data…" in [a.text() for a in window._file_menu.actions()]
    answers.answer = QMessageBox.StandardButton.No
    window.remove_demo_action.trigger()
    assert answers.texts("question") == [
        "Remove all demo data? Demo companies: 12; their audits: 12, finalized among them: 1. "
        "Demo data is what carries the DEMO badge (a BIN starting with 8001); real companies "
        "and their audits are not touched. The audit trail keeps a record of everything "
        "removed."
    ]
    assert len(audits_in_db(database)) == 13  # "No" removes nothing

    answers.answer = QMessageBox.StandardButton.Yes
    operation = window.remove_demo_data()
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=WAIT)

    assert _companies_in_db(database) == {EMPTY_COMPANY_BIN}
    assert len(audits_in_db(database)) == 1  # the real company's audit, a draft, stays
    assert [row.bin for row in visible_rows(window)] == [EMPTY_COMPANY_BIN]
    assert window.statusBar().currentMessage().startswith(
        "Demo data removed: companies: 12, audits: 12 (finalized: 1)")
    assert not window.remove_demo_action.isEnabled()  # nothing left to remove
    with database.session() as session:
        actors = set(session.scalars(select(TrailEntry.actor).where(
            TrailEntry.action.in_(("delete", "reopen")))))
    assert actors == {"KZ-AUD-001"}  # the auditor working in the window
    assert answers.texts("warning") == [] and answers.texts("critical") == []
