"""The auditor's profile and the new-company dialog, used as a person would use them."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from auditor.db.database import Database
from auditor.db.models import AuditorProfile, Company
from auditor.db.settings import CURRENT_PROFILE
from auditor.domain.bin import bin_problem, make_bin, make_demo_bin, real_bin_problem
from auditor.domain.lists import CHOICE_LISTS
from auditor.ui.i18n import current_language, install_translator
from auditor.ui.main.dialogs import NewCompanyDialog, ProfileDialog, load_current_profile
from auditor.ui.operations.writer import DatabaseWriter

pytestmark = pytest.mark.qt

GOOD_BIN = make_bin(2015, 3, 4321)
WRONG_CHECK_DIGIT = GOOD_BIN[:11] + str((int(GOOD_BIN[11]) + 1) % 10)


def _ok(dialog: QDialog) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Ok)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as a Kazakh or Russian keyboard would (QTest types ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            )


def _choose(qtbot: QtBot, combo: QComboBox, code: str | None) -> None:
    """Pick an entry the way a keyboard user does: focus the box and move to it."""
    target = combo.findData(code)
    assert target >= 0, code
    combo.setFocus()
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


# --- the profile --------------------------------------------------------------------------


def test_first_start_profile_asks_for_the_required_fields_beside_them(
    qtbot: QtBot, database: Database, english: None
) -> None:
    dialog = ProfileDialog(database, None)
    qtbot.addWidget(dialog)
    ok = _ok(dialog)
    assert not ok.isEnabled()

    type_text(dialog.full_name_edit, "A")
    qtbot.keyClick(dialog.full_name_edit, Qt.Key.Key_Backspace)
    assert dialog._full_name_message.isVisibleTo(dialog)
    assert "full name" in dialog._full_name_message.text()

    type_text(dialog.full_name_edit, "Айгүл Сәрсенова")
    assert not dialog._full_name_message.isVisibleTo(dialog)
    assert not ok.isEnabled()
    type_text(dialog.code_edit, "KZ-AUD-017")
    assert ok.isEnabled()


def test_filling_the_profile_stores_it_with_the_chosen_language(
    qtbot: QtBot, database: Database, english: None
) -> None:
    dialog = ProfileDialog(database, None)
    qtbot.addWidget(dialog)
    type_text(dialog.full_name_edit, "Айгүл Сәрсенова")
    type_text(dialog.code_edit, "KZ-AUD-017")
    type_text(dialog.organisation_edit, "ҚР ДСМ")
    _choose(qtbot, dialog.region_combo, "71")
    _choose(qtbot, dialog.language_combo, "kk")

    # The interface is Kazakh at once, the dialog included.
    assert current_language() == "kk"
    kazakh = CHOICE_LISTS["regions"].label("71", "kk")
    qtbot.waitUntil(lambda: dialog.region_combo.currentText() == kazakh)

    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)  # once saved
    stored = load_current_profile(database)
    assert stored is not None
    assert (stored.full_name, stored.auditor_code, stored.organisation) == (
        "Айгүл Сәрсенова",
        "KZ-AUD-017",
        "ҚР ДСМ",
    )
    assert (stored.region_code, stored.language) == ("71", "kk")
    assert stored.installation_id == database.installation_id
    assert database.setting(CURRENT_PROFILE) == str(stored.id)


def test_cancelling_the_profile_switches_the_language_back_and_stores_nothing(
    qtbot: QtBot, database: Database, english: None
) -> None:
    dialog = ProfileDialog(database, None)
    qtbot.addWidget(dialog)
    _choose(qtbot, dialog.language_combo, "ru")
    assert current_language() == "ru"
    dialog.reject()
    assert current_language() == "en"
    assert database.setting(CURRENT_PROFILE) is None


def test_editing_the_profile_changes_the_same_record(
    qtbot: QtBot, database: Database, english: None
) -> None:
    with database.transaction("KZ-AUD-001") as session:
        profile = AuditorProfile(
            full_name="Old Name",
            auditor_code="KZ-AUD-001",
            language="en",
            installation_id=database.installation_id,
        )
        session.add(profile)
    dialog = ProfileDialog(database, profile)
    qtbot.addWidget(dialog)
    assert dialog.full_name_edit.text() == "Old Name"
    dialog.full_name_edit.selectAll()
    type_text(dialog.full_name_edit, "New Name")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    with database.session() as session:
        profiles = session.scalars(select(AuditorProfile)).all()
    assert [p.full_name for p in profiles] == ["New Name"]
    assert database.setting(CURRENT_PROFILE) == str(profile.id)


# --- a new company ------------------------------------------------------------------------


def test_a_wrong_bin_shows_its_reason_and_keeps_ok_disabled(
    qtbot: QtBot, database: Database, english: None
) -> None:
    dialog = NewCompanyDialog(database, writer=DatabaseWriter(database))
    qtbot.addWidget(dialog)
    type_text(dialog.name_ru_edit, "ТОО «Тест Фарм»")
    _choose(qtbot, dialog.region_combo, "75")
    type_text(dialog.bin_edit, WRONG_CHECK_DIGIT)

    reason = bin_problem(WRONG_CHECK_DIGIT)
    assert reason is not None
    assert dialog.bin_message.isVisibleTo(dialog)
    assert reason(current_language()) in dialog.bin_message.text()
    assert not dialog.is_ready()
    assert not _ok(dialog).isEnabled()


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_bin_of_the_demo_range_is_refused_for_a_real_company(
    qtbot: QtBot, qapp: QApplication, database: Database, english: None, lang: str
) -> None:
    install_translator(qapp, lang)
    dialog = NewCompanyDialog(database, writer=DatabaseWriter(database))
    qtbot.addWidget(dialog)
    type_text(dialog.name_ru_edit, "ТОО «Тест Фарм»")
    _choose(qtbot, dialog.region_combo, "75")
    demo = make_demo_bin(1000)
    type_text(dialog.bin_edit, demo)

    reason = real_bin_problem(demo)
    assert reason is not None and bin_problem(demo) is None  # a valid BIN, but not a real one
    assert dialog.bin_message.isVisibleTo(dialog)
    assert reason(lang) in dialog.bin_message.text() and "8001" in dialog.bin_message.text()
    assert not _ok(dialog).isEnabled()

    dialog.bin_edit.clear()
    type_text(dialog.bin_edit, GOOD_BIN)
    assert _ok(dialog).isEnabled()


def test_a_short_bin_is_judged_when_the_field_is_left(
    qtbot: QtBot, database: Database, english: None
) -> None:
    dialog = NewCompanyDialog(database, writer=DatabaseWriter(database))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.bin_edit.setFocus()
    qtbot.waitUntil(dialog.bin_edit.hasFocus)
    type_text(dialog.bin_edit, "1503")
    assert not dialog.bin_message.isVisibleTo(dialog)  # still typing: no reproach yet
    qtbot.keyClick(dialog.bin_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(dialog.name_kk_edit.hasFocus)  # Tab goes on to the next field
    assert dialog.bin_message.isVisibleTo(dialog)
    assert "12 digits, 4 entered" in dialog.bin_message.text()


def test_a_good_bin_is_decoded_and_creates_the_company(
    qtbot: QtBot, database: Database, english: None
) -> None:
    dialog = NewCompanyDialog(database, actor="KZ-AUD-017", writer=DatabaseWriter(database))
    qtbot.addWidget(dialog)
    type_text(dialog.bin_edit, f"{GOOD_BIN[:6]} {GOOD_BIN[6:]}")
    assert not dialog.bin_message.isVisibleTo(dialog)
    assert "Registered 03.2015" in dialog.bin_info.text()
    assert "resident legal entity" in dialog.bin_info.text()

    type_text(dialog.name_kk_edit, "«Тест Фарм» ЖШС")
    assert not dialog.is_ready()  # the region is still missing
    _choose(qtbot, dialog.region_combo, "79")
    _choose(qtbot, dialog.legal_form_combo, "llp")
    type_text(dialog.address_edit, "Шымкент, Төле би к-сі, 1")
    assert dialog.is_ready()

    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)  # once saved
    with database.session() as session:
        company = session.scalars(select(Company)).one()
    assert company.id == dialog.created_company_id
    assert (company.bin, company.name_kk, company.name_ru) == (GOOD_BIN, "«Тест Фарм» ЖШС", None)
    assert (company.region_code, company.legal_form) == ("79", "llp")
    assert company.address == "Шымкент, Төле би к-сі, 1"


def test_at_least_one_name_is_required(
    qtbot: QtBot, database: Database, english: None
) -> None:
    dialog = NewCompanyDialog(database, writer=DatabaseWriter(database))
    qtbot.addWidget(dialog)
    type_text(dialog.bin_edit, GOOD_BIN)
    _choose(qtbot, dialog.region_combo, "79")
    type_text(dialog.name_ru_edit, "x")
    assert dialog.is_ready()
    qtbot.keyClick(dialog.name_ru_edit, Qt.Key.Key_Backspace)
    assert not dialog.is_ready()
    assert "Kazakh, in Russian, or both" in dialog.names_message.text()


def test_a_bin_that_exists_offers_to_open_that_company(
    qtbot: QtBot, database: Database, english: None
) -> None:
    with database.transaction() as session:
        existing = Company(bin=GOOD_BIN, name_ru="ТОО «Уже есть»", region_code="75")
        session.add(existing)
    dialog = NewCompanyDialog(database, writer=DatabaseWriter(database))
    qtbot.addWidget(dialog)
    type_text(dialog.name_ru_edit, "ТОО «Другое»")
    _choose(qtbot, dialog.region_combo, "75")
    type_text(dialog.bin_edit, GOOD_BIN)

    assert "A company with this BIN already exists: ТОО «Уже есть»" in dialog.bin_message.text()
    assert not dialog.is_ready()
    assert dialog.open_existing_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.open_existing_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == NewCompanyDialog.OPEN_EXISTING
    assert dialog.existing_company_id == existing.id
    with database.session() as session:
        assert len(session.scalars(select(Company)).all()) == 1


def test_new_company_dialog_follows_a_language_switch(
    qtbot: QtBot, database: Database, english: None
) -> None:
    dialog = NewCompanyDialog(database, writer=DatabaseWriter(database))
    qtbot.addWidget(dialog)
    _choose(qtbot, dialog.region_combo, "71")
    labels = {name: label.text() for name, label in dialog._labels.items()}
    assert labels["name_kk"] == "Name (Kazakh)"

    app = QApplication.instance()
    assert app is not None
    install_translator(app, "kk")
    qtbot.waitUntil(lambda: dialog._labels["name_kk"].text() == "Атауы (қазақша)")
    assert dialog._labels["bin"].text() == "БСН *"
    # The chosen region stays chosen, now named in Kazakh.
    assert dialog.region_combo.currentText() == "Астана қаласы"
    type_text(dialog.bin_edit, WRONG_CHECK_DIGIT)
    reason = bin_problem(WRONG_CHECK_DIGIT)
    assert reason is not None and reason.kk in dialog.bin_message.text()


def test_profile_ids_are_uuids(database: Database) -> None:
    # A profile pointer that is not a key (a hand-edited setting) reads as "no profile yet".
    database.set_setting(CURRENT_PROFILE, "not-a-uuid")
    assert load_current_profile(database) is None
    database.set_setting(CURRENT_PROFILE, str(uuid.uuid4()))
    assert load_current_profile(database) is None
