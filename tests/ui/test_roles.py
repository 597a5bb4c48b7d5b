"""Field auditors and ministry analysts: the first start of each, and audits imported from
another installation, read-only in the editor until an analyst reopens them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from auditor.db.audits import reopen_audit
from auditor.db.database import Database, open_database
from auditor.db.models import Audit, AuditorProfile, TrailEntry
from auditor.db.profiles import ProfileAnswers, save_profile
from auditor.demo import build_demo
from auditor.domain.profile_kinds import FIELD_AUDITOR, MINISTRY_ANALYST
from auditor.exchange.consolidate import Consolidator
from auditor.exchange.export import export_package
from auditor.ui.app import Startup
from auditor.ui.editor.editor import AuditEditor
from auditor.ui.editor.inputs.line import LineInput
from auditor.ui.editor.signoff import ReopenDialog
from auditor.ui.editor.store import EditRefused
from auditor.ui.exchange.menu import ConsolidationResultDialog, ExchangeMenu
from auditor.ui.i18n import install_translator
from auditor.ui.main.dialogs import ProfileDialog
from tests.helpers.writes import document, wait_until_saved
from tests.ui.test_app_start import Recorded
from tests.ui.test_dialogs import type_text

pytestmark = pytest.mark.qt

WAIT = 60_000
ANALYST = "Айгүл Сейітова"


@dataclass(frozen=True)
class Package:
    path: Path
    finalized: uuid.UUID
    draft: uuid.UUID  # revision 2, exported by name (the command line does that)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    """A field auditor's package: one finalized audit and one draft."""
    folder = tmp_path_factory.mktemp("laptop")
    laptop = open_database(folder / "laptop.sqlite")
    try:
        build_demo(laptop, companies=2, seed=5, finalize=True)
        with laptop.transaction("KZ-AUD-001") as session:
            first = session.scalars(select(Audit).order_by(Audit.created_at)).first()
            assert first is not None
            reopen_audit(session, first, "Повторный визит")
        with laptop.session() as session:
            audits = {a.status: a.id for a in session.scalars(select(Audit))}
        path = export_package(laptop, folder / "almaty-2029.xlsx", list(audits.values())).path
    finally:
        laptop.close()
    return Package(path, audits["finalized"], audits["draft"])


def _profile(database: Database, kind: str, name: str, code: str = "") -> None:
    answers = ProfileAnswers(full_name=name, auditor_code=code, organisation=None,
                             region_code=None, language="en", kind=kind)
    with database.transaction(name) as session:
        save_profile(session, None, answers, database.installation_id)


@pytest.fixture
def consolidated(ministry: Database, package: Package) -> Database:
    (result,) = Consolidator(ministry).run([package.path])
    assert result.result == "accepted", result.line("en")
    return ministry


def _open(qtbot: QtBot, database: Database, audit_id: uuid.UUID, actor: str) -> AuditEditor:
    editor = AuditEditor(database, document(database, audit_id), actor=actor)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.verdict is not None, timeout=WAIT)
    return editor


def _ok(dialog: QDialog) -> QDialogButtonBox:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box


# --- the profile ---------------------------------------------------------------------------


def _choose_kind(qtbot: QtBot, dialog: ProfileDialog, code: str) -> None:
    """Click the kind's round button (its indicator: the button is wider than its text)."""
    button = dialog.kind_buttons[code]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def test_the_profile_shows_only_the_answers_of_the_chosen_kind(
    qtbot: QtBot, database: Database, english: None
) -> None:
    dialog = ProfileDialog(database, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ok = _ok(dialog).button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.chosen_kind() is FIELD_AUDITOR  # as every profile was before
    type_text(dialog.full_name_edit, ANALYST)
    assert dialog.code_edit.isVisible() and dialog.region_combo.isVisible()
    assert not ok.isEnabled()  # a field auditor needs the code

    _choose_kind(qtbot, dialog, MINISTRY_ANALYST.code)

    assert not dialog.code_edit.isVisible() and not dialog.region_combo.isVisible()
    assert dialog.organisation_edit.isVisible()
    assert ok.isEnabled()
    assert "no auditor code is needed" in dialog._kind_note.text()

    _choose_kind(qtbot, dialog, FIELD_AUDITOR.code)
    assert dialog.code_edit.isVisible() and not ok.isEnabled()
    dialog.accept()  # Enter: refused, and what is missing is said
    assert dialog._code_message.isVisible()
    assert dialog._code_message.text() == "⚠ Enter your auditor code."


@pytest.mark.parametrize(("lang", "missing"), [
    ("ru", "⚠ Введите код аудитора."),
    ("kk", "⚠ Аудитор кодыңызды енгізіңіз."),
])
def test_the_missing_code_is_said_in_the_users_language(
    qtbot: QtBot, qapp: QApplication, database: Database, english: None, lang: str,
    missing: str,
) -> None:
    install_translator(qapp, lang)
    dialog = ProfileDialog(database, None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.full_name_edit, ANALYST)
    dialog.accept()
    assert dialog._code_message.text() == missing
    assert dialog.kind_buttons[MINISTRY_ANALYST.code].text() == MINISTRY_ANALYST.label(lang)


def test_a_ministry_analyst_starts_without_an_auditor_code_and_consolidates(
    qtbot: QtBot, app: QApplication, tmp_path: Path, package: Package,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    recorded = Recorded(monkeypatch)  # no demo data: the analyst consolidates
    def fill_in(dialog: ProfileDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        _choose_kind(qtbot, dialog, MINISTRY_ANALYST.code)
        type_text(dialog.full_name_edit, ANALYST)
        type_text(dialog.organisation_edit, "ҚР Денсаулық сақтау министрлігі")
        ok = _ok(dialog).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
        return dialog.result()

    monkeypatch.setattr(ProfileDialog, "exec", fill_in)
    path = tmp_path / "ministry.sqlite"
    startup = Startup(app, path, "en", quit=recorded.codes.append)
    window = startup.show_window()
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.profile is not None and window.profile.kind == MINISTRY_ANALYST.code
        assert window.actor == ANALYST  # the trail names the analyst by name
        assert window._profile_label.text() == f"Ministry analyst: {ANALYST}"

        qtbot.waitUntil(lambda: window.exchange_menu_tried, timeout=WAIT)  # built after start
        menu = window.exchange_menu
        assert isinstance(menu, ExchangeMenu)
        menu.consolidate([package.path])
        qtbot.waitUntil(lambda: not menu.busy, timeout=WAIT)
        (result,) = [d for d in window.findChildren(ConsolidationResultDialog)
                     if d.isVisible()]
        assert result.model.index(0, result.model.RESULT).data() == "Accepted"
        result.close()

        assert window.database is not None
        with window.database.session() as session:
            profile = session.get_one(AuditorProfile, window.profile.id)
            assert (profile.full_name, profile.auditor_code) == (ANALYST, "")
            assert {a.id for a in session.scalars(select(Audit))} == {package.finalized,
                                                                     package.draft}
        opened: list[AuditEditor] = []
        window.editor_opened.connect(opened.append)
        window.open_audit(package.finalized)
        qtbot.waitUntil(lambda: len(opened) == 1, timeout=WAIT)
        assert opened[0].read_only and opened[0].reopen_action.isEnabled()
        opened[0].close()

        # A new audit of that company is the analyst's own, to fill in here.
        qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=WAIT)
        window.select_audit(package.finalized)
        window.new_audit_action.trigger()
        qtbot.waitUntil(lambda: len(opened) == 2, timeout=WAIT)
        new = opened[1]
        assert new.audit_id not in (package.finalized, package.draft)
        assert not new.read_only and new.finalize_action.isEnabled()
        with window.database.session() as session:
            audit = session.get_one(Audit, new.audit_id)
            assert audit.auditor_id == window.profile.id
            created_by = session.scalar(select(TrailEntry.actor).where(
                TrailEntry.record_id == str(new.audit_id), TrailEntry.action == "insert"))
            assert created_by == ANALYST
        new.close()
    finally:
        window.close()
        startup.close()


# --- imported audits in the editor --------------------------------------------------------


def test_an_imported_audit_opens_read_only_and_a_field_auditor_cannot_reopen_it(
    qtbot: QtBot, app: QApplication, consolidated: Database, package: Package,
) -> None:
    _profile(consolidated, FIELD_AUDITOR.code, "Ерлан Қасымов", "KZ-AUD-002")
    editor = _open(qtbot, consolidated, package.draft, "KZ-AUD-002")

    banner = editor.banner.text.text()
    assert editor.banner.isVisible()
    assert "almaty-2029.xlsx" in banner and "Imported on" in banner
    assert "only a ministry analyst can reopen it" in banner
    assert not editor.reopen_action.isEnabled()
    assert "only a ministry analyst" in editor.reopen_action.toolTip()
    assert editor.reopen_button.isVisible() and not editor.reopen_button.isEnabled()
    assert not editor.finalize_action.isEnabled()
    staff = editor.field_row("audit.staff_total").widget
    assert isinstance(staff, LineInput) and staff.isReadOnly()
    products = editor.repeat_group("products")
    assert not products.add_button.isEnabled()
    with pytest.raises(EditRefused):
        editor.store.set_value(staff.field, None, 9999)
    editor.finalizing.reopen()  # a shortcut or a stale menu: nothing is asked, nothing done
    assert editor.findChild(ReopenDialog) is None

    install_translator(app, "kk")
    qtbot.waitUntil(lambda: "министрлік талдаушысы" in editor.banner.text.text())
    install_translator(app, "en")
    wait_until_saved()
    with consolidated.session() as session:
        audit = session.get_one(Audit, package.draft)
        assert (audit.revision, audit.staff_total) != (2, 9999) and audit.revision == 2
    editor.close()


def test_an_analyst_reopens_an_imported_audit_in_its_editor_and_the_trail_names_them(
    qtbot: QtBot, app: QApplication, consolidated: Database, package: Package,
) -> None:
    _profile(consolidated, MINISTRY_ANALYST.code, ANALYST)
    editor = _open(qtbot, consolidated, package.finalized, ANALYST)
    assert editor.read_only
    assert "As a ministry analyst you can reopen it" in editor.banner.text.text()
    assert editor.reopen_action.isEnabled()

    editor.reopen_button.click()
    reopen = editor.findChild(ReopenDialog)
    assert isinstance(reopen, ReopenDialog)
    reopen.reason_edit.setPlainText("Уточнение данных министерством")
    qtbot.mouseClick(reopen.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.read_only, timeout=WAIT)

    staff = editor.field_row("audit.staff_total").widget
    assert isinstance(staff, LineInput) and not staff.isReadOnly()
    assert not editor.banner.isVisible()
    with consolidated.session() as session:
        audit = session.get_one(Audit, package.finalized)
        assert (audit.status, audit.revision) == ("draft", 2)
        entry = session.scalars(select(TrailEntry).where(
            TrailEntry.record_id == str(package.finalized), TrailEntry.action == "reopen")
        ).one()
        assert (entry.actor, entry.reason) == (ANALYST, "Уточнение данных министерством")
    editor.close()


@pytest.fixture
def ministry(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "ministry.sqlite")
    yield database
    database.close()
