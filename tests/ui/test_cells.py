"""Typing into the cells of repeat tables from the keyboard, as an auditor does.

Every date column of every table takes a date typed in full (even when a check of the audit
repaints the table halfway through the typing), and text that does not read as a value is
never saved nor dropped without a word: Enter keeps the cell open with the text and says why,
Escape puts the saved answer back, a click elsewhere says what was not saved.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from auditor.db.database import Database
from auditor.demo import build_demo
from auditor.forms.fields import Field, FieldType
from auditor.forms.questionnaire import FORM
from auditor.ui.editor.editor import AuditEditor
from auditor.ui.editor.inputs.line import LineInput
from auditor.ui.editor.repeat import RepeatGroup, shown_fields
from tests.helpers.writes import document, wait_until_saved

pytestmark = pytest.mark.qt

ACTOR = "auditor-07"

# (table, column) for every date column of every repeat table of the questionnaire.
DATE_CELLS = [
    (repeat.name, field.key)
    for repeat in FORM.repeats()
    for field in shown_fields(repeat)
    if field.type == FieldType.DATE
]


def test_every_table_s_date_columns_are_covered() -> None:
    tables = {name for name, _key in DATE_CELLS}
    assert {"certificates", "inspections", "deficiencies", "products", "contracts"} <= tables
    assert len(DATE_CELLS) >= 9


# --- set-up -------------------------------------------------------------------------------------


@pytest.fixture
def database(database: Database) -> Database:
    build_demo(database, companies=3, seed=11)
    return database


@pytest.fixture
def editor(qtbot: QtBot, app: QApplication, database: Database) -> AuditEditor:
    from tests.ui.test_editor import clean_audit_id

    audit_id = clean_audit_id(database)
    editor = AuditEditor(database, document(database, audit_id), actor=ACTOR)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: editor.verdict is not None)
    return editor


def stored(database: Database, field: Field, record_id: uuid.UUID) -> Any:
    """The answer as saved, read through a session of its own."""
    wait_until_saved()
    assert field.repeat is not None
    with database.session() as session:
        record = session.get(field.repeat.model, record_id)
        assert record is not None
        return getattr(record, field.name)


def group_of(editor: AuditEditor, table: str) -> RepeatGroup:
    group = editor.repeat_group(table)
    page = next(
        number for number, section in enumerate(FORM.sections)
        if group.repeat.section is section
    )
    editor.show_page(page)
    return group


def editable_row(group: RepeatGroup, key: str) -> int:
    """The first row whose cell in this column can be typed into (it applies to the row)."""
    column = group.model.column_of(key)
    assert column is not None
    for row in range(group.model.rowCount()):
        if group.model.flags(group.model.index(row, column)) & Qt.ItemFlag.ItemIsEditable:
            return row
    raise AssertionError(f"no row of {group.repeat.name} takes {key}")


def tab_to(qtbot: QtBot, group: RepeatGroup, row: int, key: str) -> None:
    """From the first cell of the row, Tab along the row to the column, as the user does."""
    column = group.model.column_of(key)
    assert column is not None
    group.table.setFocus()
    qtbot.waitUntil(group.table.hasFocus)
    group.table.setCurrentIndex(group.model.index(row, 0))
    for _ in range(column):
        qtbot.keyClick(group.table, Qt.Key.Key_Tab)
    assert group.table.currentIndex() == group.model.index(row, column)
    assert group.table.state() != group.table.State.EditingState


def type_keys(qtbot: QtBot, text: str) -> None:
    """Key by key to whatever has the keyboard focus, as the window system delivers them: the
    first key reaches the table (and opens the cell's editor), the next ones the editor."""
    for char in text:
        target = QApplication.focusWidget()
        assert target is not None
        if char.isascii():
            qtbot.keyClicks(target, char)
        else:  # QTest knows only ASCII: a key of a Cyrillic layout, with its text
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(target, event)


def press(qtbot: QtBot, key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key)


def check_lands(qtbot: QtBot, editor: AuditEditor) -> None:
    """A check of the audit arrives, as it does shortly after any saved change: it repaints
    every table, and so every open cell editor."""
    with qtbot.waitSignal(editor.validation.checked, timeout=5000):
        editor.validation.later()


def cell_editor(group: RepeatGroup) -> LineInput:
    widget = QApplication.focusWidget()
    assert group.table.state() == group.table.State.EditingState
    assert isinstance(widget, LineInput), widget
    return widget


def editing_ends(qtbot: QtBot, group: RepeatGroup) -> None:
    qtbot.waitUntil(lambda: group.table.state() != group.table.State.EditingState)


def shown(group: RepeatGroup, row: int, key: str) -> str:
    column = group.model.column_of(key)
    assert column is not None
    return str(group.model.index(row, column).data())


def status(editor: AuditEditor) -> str:
    return editor.statusBar().currentMessage()


# --- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("table", "key"), DATE_CELLS)
def test_a_date_typed_into_any_table_s_date_cell_is_saved_as_typed(
    qtbot: QtBot, editor: AuditEditor, database: Database, table: str, key: str
) -> None:
    group = group_of(editor, table)
    field = FORM.field(key)
    row = editable_row(group, key)
    record_id = group.model.record(row).id
    tab_to(qtbot, group, row, key)

    type_keys(qtbot, "01.03")
    check_lands(qtbot, editor)  # halfway through the date: the first keys stay
    assert cell_editor(group).text() == "01.03"
    type_keys(qtbot, ".2029")
    assert cell_editor(group).text() == "01.03.2029"
    press(qtbot, Qt.Key.Key_Return)
    editing_ends(qtbot, group)

    assert stored(database, field, record_id) == date(2029, 3, 1)
    assert shown(group, row, key) == "01.03.2029"


@pytest.mark.parametrize(("table", "key"), DATE_CELLS)
def test_a_date_that_does_not_exist_is_not_saved_and_the_cell_says_why(
    qtbot: QtBot, editor: AuditEditor, database: Database, table: str, key: str
) -> None:
    group = group_of(editor, table)
    field = FORM.field(key)
    row = editable_row(group, key)
    record_id = group.model.record(row).id
    before = stored(database, field, record_id)
    tab_to(qtbot, group, row, key)

    type_keys(qtbot, "31.02.2029")
    press(qtbot, Qt.Key.Key_Return)
    check_lands(qtbot, editor)

    # Still being edited, with the text as typed, and the status bar says why.
    assert cell_editor(group).text() == "31.02.2029"
    assert "There is no such day in the calendar." in status(editor)
    assert stored(database, field, record_id) == before

    # Escape gives up the typing: the saved answer is shown again.
    press(qtbot, Qt.Key.Key_Escape)
    editing_ends(qtbot, group)
    assert stored(database, field, record_id) == before
    assert shown(group, row, key) == (before.strftime("%d.%m.%Y") if before else "")


def test_text_that_is_no_date_is_kept_in_the_cell_by_enter_tab_and_arrows_then_corrected(
    qtbot: QtBot, editor: AuditEditor, database: Database
) -> None:
    group = group_of(editor, "certificates")
    key = "gmp_certificate.issued_on"
    field = FORM.field(key)
    record_id = group.model.record(0).id
    before = stored(database, field, record_id)
    tab_to(qtbot, group, 0, key)

    type_keys(qtbot, "abc")
    for key_press in (Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Up):
        press(qtbot, key_press)
        assert cell_editor(group).text() == "abc", key_press
        assert "Enter a date as DD.MM.YYYY." in status(editor)
    assert stored(database, field, record_id) == before

    cell_editor(group).selectAll()
    type_keys(qtbot, "15.04.2028")
    press(qtbot, Qt.Key.Key_Return)
    editing_ends(qtbot, group)
    assert stored(database, field, record_id) == date(2028, 4, 15)
    assert shown(group, 0, key) == "15.04.2028"


def test_leaving_a_cell_by_a_click_with_text_that_is_no_date_says_what_was_not_saved(
    qtbot: QtBot, editor: AuditEditor, database: Database
) -> None:
    group = group_of(editor, "inspections")
    key = "inspection.date_start"
    field = FORM.field(key)
    record_id = group.model.record(0).id
    before = stored(database, field, record_id)
    tab_to(qtbot, group, 0, key)
    type_keys(qtbot, "01.03.20")

    other = group.model.index(0, 0)
    qtbot.mouseClick(
        group.table.viewport(), Qt.MouseButton.LeftButton,
        pos=group.table.visualRect(other).center(),
    )
    editing_ends(qtbot, group)
    assert stored(database, field, record_id) == before
    assert "“01.03.20” was not saved: Enter a date as DD.MM.YYYY." in status(editor)


def test_a_date_typed_into_a_new_row_keeps_its_first_keys(
    qtbot: QtBot, editor: AuditEditor, database: Database
) -> None:
    group = group_of(editor, "products")
    key = "product.registration_expiry"
    field = FORM.field(key)
    qtbot.mouseClick(group.add_button, Qt.MouseButton.LeftButton)
    row = group.model.rowCount() - 1
    record_id = group.model.record(row).id
    tab_to(qtbot, group, row, key)

    type_keys(qtbot, "0")
    check_lands(qtbot, editor)  # the new row's own check
    type_keys(qtbot, "1.03.2029")
    assert cell_editor(group).text() == "01.03.2029"
    press(qtbot, Qt.Key.Key_Return)
    editing_ends(qtbot, group)
    assert stored(database, field, record_id) == date(2029, 3, 1)
    assert shown(group, row, key) == "01.03.2029"


# --- numbers ------------------------------------------------------------------------------------


def test_a_sum_typed_into_a_money_cell_is_saved_and_words_are_not(
    qtbot: QtBot, editor: AuditEditor, database: Database
) -> None:
    group = group_of(editor, "contracts")
    key = "supply_contract.value_kzt"
    field = FORM.field(key)
    record_id = group.model.record(0).id
    saved, before = stored(database, field, record_id), shown(group, 0, key)

    tab_to(qtbot, group, 0, key)
    type_keys(qtbot, "12 млн")
    check_lands(qtbot, editor)
    press(qtbot, Qt.Key.Key_Return)
    # The words are not a sum: the cell keeps the text and says why.
    assert cell_editor(group).text() == "12 млн"
    assert "Not saved yet: Enter the amount in whole tenge." in status(editor)
    press(qtbot, Qt.Key.Key_Escape)
    editing_ends(qtbot, group)
    # Escape shows the saved answer again: "12" was never saved on the way to "12 млн" (typed
    # text is saved when the cell is left or the typing pauses, in cells as on the form pages).
    assert shown(group, 0, key) == before
    assert stored(database, field, record_id) == saved

    tab_to(qtbot, group, 0, key)
    type_keys(qtbot, "-")
    check_lands(qtbot, editor)  # a sign on its own is not a number yet: it stays
    assert cell_editor(group).text() == "-"
    cell_editor(group).selectAll()
    type_keys(qtbot, "3 000 000 000")
    press(qtbot, Qt.Key.Key_Return)
    editing_ends(qtbot, group)
    assert stored(database, field, record_id) == 3_000_000_000
    assert shown(group, 0, key) == "3,000,000,000"  # as English writes it


def test_a_quantity_with_a_decimal_comma_is_saved(
    qtbot: QtBot, editor: AuditEditor, database: Database
) -> None:
    group = group_of(editor, "production_lines")
    key = "production_line.design_capacity"
    field = FORM.field(key)
    record_id = group.model.record(0).id
    tab_to(qtbot, group, 0, key)
    type_keys(qtbot, "1 250,5")
    check_lands(qtbot, editor)
    press(qtbot, Qt.Key.Key_Return)
    editing_ends(qtbot, group)
    assert stored(database, field, record_id) == 1250.5


def test_a_sum_typed_key_by_key_into_a_cell_is_one_change_saved_when_the_cell_is_left(
    qtbot: QtBot, editor: AuditEditor, database: Database
) -> None:
    from sqlalchemy import select

    from auditor.db.models import TrailEntry

    group = group_of(editor, "contracts")
    key = "supply_contract.value_kzt"
    record_id = group.model.record(0).id

    def trail() -> list[str | None]:
        with database.session() as session:
            return list(session.scalars(select(TrailEntry.new_value).where(
                TrailEntry.record_id == str(record_id), TrailEntry.field == "value_kzt")))

    before = trail()
    tab_to(qtbot, group, 0, key)
    type_keys(qtbot, "3000000000")
    assert trail() == before  # still typing: not 3, 30, 300, … (nothing handed to the writer)
    press(qtbot, Qt.Key.Key_Return)
    editing_ends(qtbot, group)

    assert stored(database, FORM.field(key), record_id) == 3_000_000_000
    assert trail() == [*before, "3000000000"]
