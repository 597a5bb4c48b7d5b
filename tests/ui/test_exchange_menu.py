"""The Exchange menu: export, assignment lists, consolidation and the national workbook, driven
as a user would, with the file dialogs and questions answered by the test."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from auditor.db.audits import reopen_audit
from auditor.db.database import Database, open_database
from auditor.db.models import Audit, Company, ImportLogEntry, Product
from auditor.demo import build_demo
from auditor.domain.bin import make_bin
from auditor.domain.text import Text
from auditor.exchange import export as export_module
from auditor.exchange.consolidate import Consolidator, InputResult
from auditor.exchange.export import export_package
from auditor.exchange.reader import read_package, verify
from auditor.ui.exchange.menu import (
    AssignmentResultDialog,
    BadRowsModel,
    ConsolidationOutcome,
    ConsolidationResultDialog,
    ConsolidationResultModel,
    ExchangeMenu,
)
from auditor.ui.i18n import install_translator

pytestmark = pytest.mark.qt

WAIT_MS = 60_000


# --- set-up ------------------------------------------------------------------------------------


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "laptop.sqlite")
    build_demo(database, companies=3, seed=11, finalize=True)
    yield database
    database.close()


class Screen:
    """A main window with the Exchange menu, and what the window was told."""

    def __init__(self, qtbot: QtBot, database: Database,
                 selected: Callable[[], list[uuid.UUID]] = list) -> None:
        self.qtbot = qtbot
        self.window = QMainWindow()
        qtbot.addWidget(self.window)
        self.reloads = 0
        self.menu = ExchangeMenu(database, self.window, selected_audit_ids=selected,
                                 on_data_changed=self._reload, actor=lambda: "Тест Аудитор")
        self.window.menuBar().addMenu(self.menu)
        self.window.show()

    def _reload(self) -> None:
        self.reloads += 1

    def wait(self) -> None:
        self.qtbot.waitUntil(lambda: not self.menu.busy, timeout=WAIT_MS)

    def messages(self) -> list[QMessageBox]:
        return [m for m in self.window.findChildren(QMessageBox) if m.isVisible()]

    def dialog(self, kind: type[Any]) -> Any:
        (dialog,) = [d for d in self.window.findChildren(kind) if d.isVisible()]
        return dialog

    def close_windows(self) -> None:
        for widget in self.window.findChildren(QMessageBox):
            widget.close()
        for kind in (ConsolidationResultDialog, AssignmentResultDialog):
            for dialog in self.window.findChildren(kind):
                dialog.close()
        QCoreApplication.sendPostedEvents(None, 0)


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    suggested: list[str] = []

    def answer(*args: Any, **kwargs: Any) -> tuple[str, str]:
        suggested.append(args[2])
        return str(path), "Excel workbooks (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return suggested


def _open_files(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(p) for p in paths], ""))


def _answer_question(monkeypatch: pytest.MonkeyPatch,
                     answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _results(model: ConsolidationResultModel) -> list[tuple[str, str]]:
    return [
        (model.index(row, model.FILE).data(), model.index(row, model.RESULT).data())
        for row in range(model.rowCount())
    ]


def _import_log(database: Database) -> list[tuple[str, str]]:
    with database.session() as session:
        return [(e.file_name, e.result) for e in
                session.scalars(select(ImportLogEntry).order_by(ImportLogEntry.id))]


# --- export and consolidation ------------------------------------------------------------------


def test_export_then_consolidate_twice_into_the_ministry_database(
    qtbot: QtBot, tmp_path: Path, laptop: Database, ministry: Database,
    monkeypatch: pytest.MonkeyPatch, qtmodeltester: Any, english: None,
) -> None:
    auditor = Screen(qtbot, laptop)
    package = tmp_path / "usb" / "audits"  # no suffix typed: .xlsx is added
    suggested = _save_as(monkeypatch, package)

    auditor.menu.export_action.trigger()
    auditor.wait()

    written = package.with_name("audits.xlsx")
    assert verify(read_package(written)).ok
    assert Path(suggested[0]).name.startswith("audits-")
    (message,) = auditor.messages()
    assert message.text() == f"Package written: {written}\nAudits in it: 3."

    ministry_screen = Screen(qtbot, ministry)
    _open_files(monkeypatch, written)
    ministry_screen.menu.consolidate_action.trigger()
    ministry_screen.wait()

    dialog = ministry_screen.dialog(ConsolidationResultDialog)
    qtmodeltester.check(dialog.model)
    assert _results(dialog.model) == [("audits.xlsx", "Accepted")]
    assert dialog.model.index(0, ConsolidationResultModel.AUDITS).data() == "3"
    assert "Imported: 1 (3 audits)" in dialog.summary.text()
    assert ministry_screen.reloads == 1
    with ministry.session() as session:
        assert len(session.scalars(select(Audit)).all()) == 3

    ministry_screen.close_windows()
    ministry_screen.menu.consolidate_action.trigger()
    ministry_screen.wait()

    again = ministry_screen.dialog(ConsolidationResultDialog)
    assert _results(again.model) == [("audits.xlsx", "Already imported")]
    assert again.model.index(0, ConsolidationResultModel.DETAILS).data() == (
        "already imported, nothing changed"
    )
    assert _import_log(ministry) == [("audits.xlsx", "accepted"),
                                     ("audits.xlsx", "already_imported")]


def test_selected_audits_are_exported_and_drafts_among_them_are_named(
    qtbot: QtBot, tmp_path: Path, laptop: Database, monkeypatch: pytest.MonkeyPatch,
    english: None,
) -> None:
    with laptop.transaction() as session:
        first, second, _ = session.scalars(select(Audit).order_by(Audit.created_at)).all()
        reopen_audit(session, second, "Уточнение данных")
        chosen = [first.id, second.id]
    screen = Screen(qtbot, laptop, selected=lambda: chosen)
    _save_as(monkeypatch, tmp_path / "selected.xlsx")
    asked: list[tuple[str, list[str]]] = []

    def choose_selected(box: QMessageBox) -> int:
        buttons = [b.text() for b in box.buttons()]
        asked.append((box.informativeText(), buttons))
        next(b for b in box.buttons() if b.text().startswith("&Selected")).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_selected)
    screen.menu.export_action.trigger()
    screen.wait()

    ((note, buttons),) = asked
    assert note.startswith("Drafts among the selected audits: 1. They are not exported")
    assert "&Selected finalized audits (1)" in buttons
    package = read_package(tmp_path / "selected.xlsx")
    assert [row["id"] for row in package.sheets["Audits"]] == [str(first.id)]


def test_cancel_during_an_export_leaves_no_file(
    qtbot: QtBot, tmp_path: Path, laptop: Database, monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out" / "cancelled.xlsx"
    target.parent.mkdir()
    _save_as(monkeypatch, target)
    started, release = threading.Event(), threading.Event()

    def held_export(*args: Any, **kwargs: Any) -> Any:
        # Holds the worker so the cancel certainly comes while the export runs.
        started.set()
        release.wait(10)
        return export_package(*args, **kwargs)

    monkeypatch.setattr(export_module, "export_package", held_export)
    screen = Screen(qtbot, laptop)

    screen.menu.export_action.trigger()
    operation = screen.menu.operation
    assert operation is not None and started.wait(10)
    assert not screen.menu.export_action.isEnabled()  # one exchange at a time
    operation.cancel()
    release.set()
    screen.wait()

    assert not target.exists()
    assert list(target.parent.iterdir()) == []
    assert screen.messages() == []
    assert screen.menu.export_action.isEnabled()


def test_an_export_with_nothing_to_export_says_why(
    qtbot: QtBot, tmp_path: Path, ministry: Database, monkeypatch: pytest.MonkeyPatch,
    english: None,
) -> None:
    _save_as(monkeypatch, tmp_path / "empty.xlsx")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    screen = Screen(qtbot, ministry)

    screen.menu.export_action.trigger()
    screen.wait()

    assert shown == [export_module.MSG_NOTHING.en]
    assert not (tmp_path / "empty.xlsx").exists()


def _modified_copy(package: Path, target: Path) -> Path:
    workbook = openpyxl.load_workbook(package)
    sheet = workbook["Products"]
    keys = [cell.value for cell in sheet[1]]
    sheet.cell(row=3, column=keys.index("strength") + 1, value="250 мг")
    workbook.save(target)
    return target


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes,
                                    QMessageBox.StandardButton.No])
def test_a_package_changed_after_export_is_imported_only_when_confirmed(
    qtbot: QtBot, tmp_path: Path, laptop: Database, ministry: Database,
    monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton, english: None,
) -> None:
    package = export_package(laptop, tmp_path / "p.xlsx").path
    edited = _modified_copy(package, tmp_path / "edited.xlsx")
    asked = _answer_question(monkeypatch, answer)
    screen = Screen(qtbot, ministry)
    _open_files(monkeypatch, edited)

    screen.menu.consolidate_action.trigger()
    screen.wait()

    (question,) = asked
    assert question.startswith("These packages were changed after export:\n• edited.xlsx\n")
    assert question.endswith("Import them anyway? The import log will say so.")
    dialog = screen.dialog(ConsolidationResultDialog)
    with ministry.session() as session:
        strengths = set(session.scalars(select(Product.strength)))
    if answer == QMessageBox.StandardButton.Yes:
        assert _results(dialog.model) == [("edited.xlsx", "Accepted, changed after export")]
        assert _import_log(ministry) == [("edited.xlsx", "refused_modified"),
                                         ("edited.xlsx", "accepted_modified")]
        assert "250 мг" in strengths
    else:
        assert _results(dialog.model) == [("edited.xlsx", "Refused, changed after export")]
        assert _import_log(ministry) == [("edited.xlsx", "refused_modified")]
        assert strengths == set()


def test_a_folder_is_consolidated_and_a_stray_file_is_refused_with_its_reason(
    qtbot: QtBot, tmp_path: Path, laptop: Database, ministry: Database,
    monkeypatch: pytest.MonkeyPatch, english: None,
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    export_package(laptop, inbox / "good.xlsx")
    (inbox / "notes.xlsx").write_text("not a workbook", encoding="utf-8")
    asked = _answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(inbox))
    screen = Screen(qtbot, ministry)

    screen.menu.consolidate_folder_action.trigger()
    screen.wait()

    model = screen.dialog(ConsolidationResultDialog).model
    assert _results(model) == [("good.xlsx", "Accepted"), ("notes.xlsx", "Refused")]
    assert model.index(1, model.DETAILS).data() == "not an Excel workbook"
    assert asked == []  # nothing was changed after export: no question


def test_an_empty_folder_is_reported(
    qtbot: QtBot, tmp_path: Path, ministry: Database, monkeypatch: pytest.MonkeyPatch,
    english: None,
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    screen = Screen(qtbot, ministry)

    screen.menu.consolidate_folder_action.trigger()
    screen.wait()

    (message,) = screen.messages()
    assert message.text() == f"No package workbooks (.xlsx) were found in {tmp_path}."


# --- the national workbook ---------------------------------------------------------------------


def test_the_national_workbook_is_written_and_can_be_opened(
    qtbot: QtBot, tmp_path: Path, laptop: Database, ministry: Database,
    monkeypatch: pytest.MonkeyPatch, english: None,
) -> None:
    Consolidator(ministry).run([export_package(laptop, tmp_path / "p.xlsx").path])
    target = tmp_path / "national.xlsx"
    _save_as(monkeypatch, target)
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    screen = Screen(qtbot, ministry)

    screen.menu.national_action.trigger()
    screen.wait()

    assert "Summary by region" in openpyxl.load_workbook(target, read_only=True).sheetnames
    (message,) = screen.messages()
    assert message.text() == f"The national workbook was written to {target}."
    open_button = next(b for b in message.buttons() if b.text() == "&Open")
    open_button.click()
    assert opened == [QUrl.fromLocalFile(str(target))]


def test_a_workbook_is_never_written_over_the_database(
    qtbot: QtBot, tmp_path: Path, ministry: Database, monkeypatch: pytest.MonkeyPatch,
    english: None,
) -> None:
    import hashlib
    import os

    disguised = tmp_path / "ministry-db.xlsx"  # the database under another name
    os.link(ministry.path, disguised)
    before = hashlib.sha256(ministry.path.read_bytes()).hexdigest()
    _save_as(monkeypatch, disguised)
    screen = Screen(qtbot, ministry)

    screen.menu.national_action.trigger()
    screen.wait()

    (message,) = screen.messages()
    assert message.text().startswith(f"{disguised}: this is the database")
    assert hashlib.sha256(ministry.path.read_bytes()).hexdigest() == before
    assert screen.menu.national_action.isEnabled()


def test_a_consolidation_while_another_one_runs_is_refused_in_plain_words(
    qtbot: QtBot, tmp_path: Path, laptop: Database, ministry: Database,
    monkeypatch: pytest.MonkeyPatch, english: None,
) -> None:
    from auditor.exchange.runlock import MSG_ANOTHER_RUN, consolidation_lock

    _open_files(monkeypatch, export_package(laptop, tmp_path / "p.xlsx").path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    screen = Screen(qtbot, ministry)

    with consolidation_lock(ministry.path):  # the ministry's other window, or a script
        screen.menu.consolidate_action.trigger()
        screen.wait()

    assert shown == [MSG_ANOTHER_RUN.en]
    with ministry.session() as session:
        assert session.scalars(select(Audit)).first() is None


# --- assignment lists --------------------------------------------------------------------------


def test_an_assignment_list_is_imported_and_bad_rows_are_shown_with_reasons(
    qtbot: QtBot, tmp_path: Path, ministry: Database, monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: Any, english: None,
) -> None:
    good, other = make_bin(2011, 3, 11), make_bin(2018, 9, 22)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in (["БИН", "Наименование", "Регион"],
                [good, "ТОО «Фарм»", "г. Астана"],
                [other, "ТОО «Другой»", "Луна"],
                [good, "ТОО «Фарм»", "Астана"]):
        sheet.append(row)
    path = tmp_path / "visits.xlsx"
    workbook.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    screen = Screen(qtbot, ministry)

    screen.menu.assignments_action.trigger()
    screen.wait()

    dialog = screen.dialog(AssignmentResultDialog)
    model: BadRowsModel = dialog.model
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert rows == [[3, other, "Unknown region “Луна”"],
                    [4, good, "The same BIN is already in row 2 of the file"]]
    assert dialog.summary.text() == (
        "visits.xlsx: companies added: 1; already in the database: 0. Rows not imported: 2. "
        "Correct them in the workbook and import it again.")
    assert screen.reloads == 1
    with ministry.session() as session:
        assert set(session.scalars(select(Company.bin))) == {good}

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with qtbot.waitSignal(model.headerDataChanged):
        install_translator(app, "kk")
    assert model.index(0, BadRowsModel.REASON).data() == "Белгісіз өңір «Луна»"


def test_a_file_that_is_not_an_assignment_list_is_refused_in_plain_words(
    qtbot: QtBot, tmp_path: Path, ministry: Database, monkeypatch: pytest.MonkeyPatch,
    english: None,
) -> None:
    path = tmp_path / "list.xlsx"
    path.write_text("BIN,name,region", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    screen = Screen(qtbot, ministry)

    screen.menu.assignments_action.trigger()
    screen.wait()

    assert shown == ["list.xlsx: not an Excel workbook (.xlsx)"]
    assert screen.window.findChildren(AssignmentResultDialog) == []


# --- models, keyboard and language -------------------------------------------------------------


def test_the_result_models_pass_the_model_tester_when_empty(qtmodeltester: Any) -> None:
    qtmodeltester.check(ConsolidationResultModel([]))
    qtmodeltester.check(BadRowsModel([]))
    assert BadRowsModel([]).rowCount(BadRowsModel([]).index(0, 0)) == 0
    assert ConsolidationResultModel([]).rowCount(QModelIndex()) == 0


def test_every_entry_has_a_mnemonic_and_the_main_ones_a_shortcut(
    qtbot: QtBot, ministry: Database, english: None,
) -> None:
    screen = Screen(qtbot, ministry)
    menu = screen.menu
    assert menu.title() == "&Exchange"
    texts = [a.text() for a in menu.exchange_actions]
    assert all("&" in text for text in texts)
    mnemonics = [text[text.index("&") + 1].lower() for text in texts]
    assert len(set(mnemonics)) == len(mnemonics)
    assert menu.export_action.shortcut().toString() == "Ctrl+E"
    for action in (menu.assignments_action, menu.consolidate_action, menu.national_action):
        assert not action.shortcut().isEmpty()
        assert action in screen.window.actions()


class _Pseudo(QTranslator):
    """A pseudo-language that marks every text, to see which ones follow a switch."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return f"⟦{source}⟧"

    def isEmpty(self) -> bool:  # Qt announces only a translator that has texts
        return False


def test_menu_and_open_result_windows_follow_a_language_switch(
    qtbot: QtBot, tmp_path: Path, ministry: Database, monkeypatch: pytest.MonkeyPatch,
    english: None,
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    screen = Screen(qtbot, ministry)
    screen.menu.consolidate_folder_action.trigger()
    screen.wait()
    (message,) = screen.messages()
    outcome = ConsolidationOutcome([InputResult(tmp_path / "a.xlsx", "accepted", Text(
        "2 аудит импортталды", "импортировано аудитов: 2", "2 audits imported"), 2)])
    dialog = ConsolidationResultDialog(outcome, screen.window)
    dialog.open()
    pseudo = _Pseudo()
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    app.installTranslator(pseudo)
    try:
        # Widgets receive the switch as a posted event.
        qtbot.waitUntil(lambda: screen.menu.title() == "⟦&Exchange⟧")
        assert screen.menu.export_action.text() == "⟦E&xport package…⟧"
        assert message.text().startswith("⟦No package workbooks")
        assert dialog.windowTitle() == "⟦Consolidation⟧"
        assert dialog.summary.text().startswith("⟦Packages: 1. Imported: 1 (⟦2 audit(s)⟧).")
        assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "⟦File⟧"
        assert dialog.model.index(0, ConsolidationResultModel.RESULT).data() == "⟦Accepted⟧"
    finally:
        app.removeTranslator(pseudo)
    qtbot.waitUntil(lambda: screen.menu.title() == "&Exchange")
