"""The audit editor, used as an auditor uses it: typing, tables, undo, finalize, languages."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from auditor.db.audits import finalize_audit, load_full_audit
from auditor.db.database import Database, open_database
from auditor.db.models import (
    Audit,
    AuditorProfile,
    Company,
    GmpCertificate,
    Product,
    ProductionLine,
    Site,
    TrailEntry,
)
from auditor.demo import build_demo
from auditor.forms.engine import Issue
from auditor.forms.potential import WEIGHTS, development_potential
from auditor.forms.questionnaire import FORM, validate
from auditor.ui.editor.editor import AuditEditor
from auditor.ui.editor.inputs.choice import ChoiceInput
from auditor.ui.editor.inputs.line import LineInput
from auditor.ui.editor.inputs.text_area import TextAreaInput
from auditor.ui.editor.navigator import SectionListModel
from auditor.ui.editor.pages import PotentialModel
from auditor.ui.editor.repeat import RepeatGroup
from auditor.ui.editor.signoff import FinalizeIssuesDialog, ReopenDialog, SignOffDialog
from auditor.ui.i18n import install_translator
from tests.helpers.writes import document, wait_until_saved

pytestmark = pytest.mark.qt

ACTOR = "auditor-07"
CTRL = Qt.KeyboardModifier.ControlModifier


# --- set-up -------------------------------------------------------------------------------------


@pytest.fixture
def database(database: Database) -> Database:
    build_demo(database, companies=3, seed=11)
    return database


def clean_audit_id(database: Database) -> uuid.UUID:
    """A demo audit the engine finds no error in, with sites, lines and products."""
    with database.session() as session:
        for audit_id in session.scalars(select(Audit.id).order_by(Audit.created_at)):
            audit = load_full_audit(session, audit_id, with_files=True)
            assert audit is not None
            has_rows = audit.sites and audit.production_lines and audit.products
            if has_rows and not any(issue.is_error for issue in validate(audit)):
                return audit_id
    raise AssertionError("no clean demo audit")


def open_editor(qtbot: QtBot, database: Database, audit_id: uuid.UUID) -> AuditEditor:
    editor = AuditEditor(database, document(database, audit_id), actor=ACTOR)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: editor.verdict is not None)
    return editor


@pytest.fixture
def audit_id(database: Database) -> uuid.UUID:
    return clean_audit_id(database)


@pytest.fixture
def editor(qtbot: QtBot, app: QApplication, database: Database, audit_id: uuid.UUID) -> AuditEditor:
    return open_editor(qtbot, database, audit_id)


def stored(database: Database, model: type[Any], record_id: uuid.UUID, name: str) -> Any:
    """The value as saved, read through a session of its own."""
    wait_until_saved()
    with database.session() as session:
        record = session.get(model, record_id)
        return None if record is None else getattr(record, name)


def count(database: Database, model: type[Any], audit_id: uuid.UUID) -> int:
    wait_until_saved()
    with database.session() as session:
        query = select(func.count()).select_from(model).where(model.audit_id == audit_id)
        return int(session.scalar(query) or 0)


def line_input(editor: AuditEditor, key: str) -> LineInput:
    widget = editor.field_row(key).widget
    assert isinstance(widget, LineInput)
    return widget


def message(editor: AuditEditor, key: str) -> str:
    label = editor.field_row(key).message
    return label.plain_text() if label.isVisible() else ""


def choose(combo: QComboBox, value: Any) -> None:
    """Pick an item as the user does from the list (which emits ``activated``)."""
    index = next(i for i in range(combo.count()) if combo.itemData(i) == value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, as a keyboard with any layout does (QTest knows only ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def open_cell(group: RepeatGroup, row: int, field_key: str) -> LineInput | TextAreaInput:
    """Start editing a cell as the user does (select it, start typing); its text is selected."""
    column = group.model.column_of(field_key)
    assert column is not None
    index = group.model.index(row, column)
    group.table.setFocus()
    group.table.setCurrentIndex(index)
    group.table.edit(index)
    editor_widget = QApplication.focusWidget()
    assert isinstance(editor_widget, LineInput | TextAreaInput), editor_widget
    editor_widget.selectAll()
    return editor_widget


def edit_cell(qtbot: QtBot, group: RepeatGroup, row: int, field_key: str, text: str) -> None:
    """Type into a cell as the user does: select it, type, press Enter."""
    editor_widget = open_cell(group, row, field_key)
    type_text(editor_widget, text)
    qtbot.keyClick(editor_widget, Qt.Key.Key_Return)
    # Enter saves what was typed and closes the cell's editor (Qt does both once the key is
    # handled).
    qtbot.waitUntil(lambda: group.table.state() != QAbstractItemView.State.EditingState)


def cell_text(group: RepeatGroup, row: int, field_key: str) -> str:
    column = group.model.column_of(field_key)
    assert column is not None
    return str(group.model.index(row, column).data())


# --- typing is saved at once, and undone --------------------------------------------------------


def test_typing_is_saved_at_once_with_a_trail_entry_and_undone_with_ctrl_z(
    qtbot: QtBot, editor: AuditEditor, database: Database, audit_id: uuid.UUID
) -> None:
    zone = line_input(editor, "audit.special_economic_zone")
    before = stored(database, Audit, audit_id, "special_economic_zone")
    focus(qtbot, zone)
    zone.selectAll()
    type_text(zone, "ТУРАН")
    # In the database at once, keystroke by keystroke, before any focus change or pause.
    assert stored(database, Audit, audit_id, "special_economic_zone") == "ТУРАН"
    with database.session() as session:
        entries = session.scalars(
            select(TrailEntry).where(
                TrailEntry.record_id == str(audit_id),
                TrailEntry.field == "special_economic_zone",
            )
        ).all()
    assert entries and entries[-1].actor == ACTOR and entries[-1].new_value == '"ТУРАН"'

    # One Ctrl+Z undoes the whole burst of typing, and that is saved too.
    qtbot.keyClick(zone, Qt.Key.Key_Z, CTRL)
    assert stored(database, Audit, audit_id, "special_economic_zone") == before
    assert zone.text() == (before or "")
    qtbot.keyClick(zone, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert stored(database, Audit, audit_id, "special_economic_zone") == "ТУРАН"


def test_company_answers_are_saved_in_the_company(
    qtbot: QtBot, editor: AuditEditor, database: Database
) -> None:
    name = line_input(editor, "company.name_ru")
    focus(qtbot, name)
    name.selectAll()
    type_text(name, "ТОО «Новое имя»")
    company_id = editor.store.audit.company.id
    assert stored(database, Company, company_id, "name_ru") == "ТОО «Новое имя»"


def test_numbers_are_read_as_typed_and_unreadable_text_is_not_saved(
    qtbot: QtBot, editor: AuditEditor, database: Database, audit_id: uuid.UUID
) -> None:
    revenue = line_input(editor, "audit.revenue_kzt")
    focus(qtbot, revenue)
    revenue.selectAll()
    qtbot.keyClicks(revenue, "1 250 000")
    assert stored(database, Audit, audit_id, "revenue_kzt") == 1_250_000

    editor.show_page(0)
    ownership = editor.field_row("audit.ownership_type").widget
    assert isinstance(ownership, ChoiceInput)
    choose(ownership, "mixed")
    share = line_input(editor, "audit.foreign_share_pct")
    focus(qtbot, share)
    share.selectAll()
    qtbot.keyClicks(share, "12,5")
    assert stored(database, Audit, audit_id, "foreign_share_pct") == 12.5

    qtbot.keyClicks(share, "x")
    assert message(editor, "audit.foreign_share_pct") == "✖ Enter a number."
    assert stored(database, Audit, audit_id, "foreign_share_pct") == 12.5
    qtbot.keyClick(share, Qt.Key.Key_Backspace)
    assert message(editor, "audit.foreign_share_pct") == ""

    # Typed without spaces, shown as saved once the auditor moves on.
    editor.show_page(4)
    focus(qtbot, revenue)
    revenue.selectAll()
    qtbot.keyClicks(revenue, "2500000")
    assert revenue.text() == "2500000"
    focus(qtbot, line_input(editor, "audit.domestic_sales_kzt"))
    assert revenue.text() == "2,500,000"  # English writes thousands with commas
    assert stored(database, Audit, audit_id, "revenue_kzt") == 2_500_000


def _trail_of(database: Database, audit_id: uuid.UUID, name: str) -> list[str | None]:
    """The trail once what was typed and handed to the writer is saved."""
    wait_until_saved()
    return _trail_of_now(database, audit_id, name)


def test_a_number_typed_key_by_key_is_one_change_saved_once_the_answer_is_left(
    qtbot: QtBot, editor: AuditEditor, database: Database, audit_id: uuid.UUID
) -> None:
    before = _trail_of(database, audit_id, "revenue_kzt")
    revenue = line_input(editor, "audit.revenue_kzt")
    focus(qtbot, revenue)
    revenue.selectAll()
    qtbot.keyClicks(revenue, "3000000000")
    # Still typing: nothing of it is saved (not 3, 30, 300, …), and the status bar says so.
    assert editor.saved_label.text() == "Saving…"
    assert _trail_of_now(database, audit_id, "revenue_kzt") == before
    focus(qtbot, line_input(editor, "audit.domestic_sales_kzt"))

    assert stored(database, Audit, audit_id, "revenue_kzt") == 3_000_000_000
    assert _trail_of(database, audit_id, "revenue_kzt") == [*before, "3000000000"]


def _trail_of_now(database: Database, audit_id: uuid.UUID, name: str) -> list[str | None]:
    """The trail as it is on disk this moment (nothing handed to the writer is waited for)."""
    with database.session() as session:
        return list(session.scalars(select(TrailEntry.new_value).where(
            TrailEntry.record_id == str(audit_id), TrailEntry.field == name,
        ).order_by(TrailEntry.id)))


def test_a_half_typed_number_is_never_saved_and_closing_asks(
    qtbot: QtBot, editor: AuditEditor, database: Database, audit_id: uuid.UUID,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept = stored(database, Audit, audit_id, "revenue_kzt")
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    revenue = line_input(editor, "audit.revenue_kzt")
    focus(qtbot, revenue)
    revenue.selectAll()
    qtbot.keyClicks(revenue, "12 mln")
    editor.close()  # the auditor keeps the window: the answer is shown

    assert editor.isVisible() and revenue.hasFocus() and revenue.text() == "12 mln"
    assert "• Revenue: Enter the amount in whole tenge." in asked[0]
    editor.close()  # and now lets it go

    qtbot.waitUntil(lambda: not editor.isVisible())
    assert len(asked) == 2
    assert stored(database, Audit, audit_id, "revenue_kzt") == kept  # not 12, not anything


# --- messages, relevance, computed answers --------------------------------------------------


def test_a_required_answer_left_empty_gets_its_message_which_goes_when_answered(
    qtbot: QtBot, editor: AuditEditor, database: Database, audit_id: uuid.UUID
) -> None:
    findings = editor.field_row("audit.findings").widget
    assert isinstance(findings, TextAreaInput)
    editor.show_page(8)
    focus(qtbot, findings)
    findings.selectAll()
    qtbot.keyClick(findings, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: message(editor, "audit.findings") == "✖ Required: please answer.")
    assert stored(database, Audit, audit_id, "findings") is None
    type_text(findings, "Мощности загружены на 78 %.")
    qtbot.waitUntil(lambda: message(editor, "audit.findings") == "")


def test_relevance_hides_and_shows_answers_as_they_are_given(
    editor: AuditEditor,
) -> None:
    share = editor.field_row("audit.foreign_share_pct")
    ownership = editor.field_row("audit.ownership_type").widget
    assert isinstance(ownership, ChoiceInput)
    choose(ownership, "private_domestic")
    assert not share.field_cell.isVisible() and not share.label.isVisible()
    choose(ownership, "foreign")
    assert share.field_cell.isVisible()


def test_utilization_follows_design_capacity_and_output(
    qtbot: QtBot, editor: AuditEditor, database: Database
) -> None:
    editor.show_page(2)
    lines = editor.repeat_group("production_lines")
    edit_cell(qtbot, lines, 0, "production_line.design_capacity", "1 000")
    edit_cell(qtbot, lines, 0, "production_line.actual_output", "250")
    assert cell_text(lines, 0, "production_line.utilization") == "25.0"
    edit_cell(qtbot, lines, 0, "production_line.design_capacity", "500")
    assert cell_text(lines, 0, "production_line.utilization") == "50.0"
    line_id = lines.model.record(0).id
    assert stored(database, ProductionLine, line_id, "design_capacity") == 500
    # Figures line up on the right, as the input registry says; names on the left.
    for key, right in (
        ("production_line.design_capacity", True),
        ("production_line.utilization", True),
        ("production_line.commissioned_year", True),
        ("production_line.name", False),
    ):
        column = lines.model.column_of(key)
        assert column is not None
        alignment = lines.model.index(0, column).data(Qt.ItemDataRole.TextAlignmentRole)
        assert bool(alignment and alignment & Qt.AlignmentFlag.AlignRight) is right, key


# --- repeats: add, fill, duplicate, remove, undo ------------------------------------------------


def test_rows_are_added_filled_duplicated_and_removed_and_the_removal_undone(
    qtbot: QtBot, editor: AuditEditor, database: Database, audit_id: uuid.UUID
) -> None:
    editor.show_page(3)
    products = editor.repeat_group("products")
    start = count(database, Product, audit_id)

    qtbot.mouseClick(products.add_button, Qt.MouseButton.LeftButton)
    assert count(database, Product, audit_id) == start + 1
    row = products.model.rowCount() - 1
    assert products.table.currentIndex().row() == row

    edit_cell(qtbot, products, row, "product.trade_name", "Парацетамол-КЗ")
    new_id = products.model.record(row).id
    assert stored(database, Product, new_id, "trade_name") == "Парацетамол-КЗ"

    products.table.setFocus()
    qtbot.keyClick(products.table, Qt.Key.Key_D, CTRL)
    assert count(database, Product, audit_id) == start + 2
    copy = products.model.record(products.model.rowCount() - 1)
    assert copy.id != new_id
    assert stored(database, Product, copy.id, "trade_name") == "Парацетамол-КЗ"

    products.table.setCurrentIndex(products.model.index(row, 0))
    with pytest.MonkeyPatch.context() as patch:  # the row has an answer: removing it asks
        patch.setattr(QMessageBox, "question",
                      staticmethod(lambda *_args: QMessageBox.StandardButton.Yes))
        qtbot.keyClick(products.table, Qt.Key.Key_Delete, CTRL)
    assert count(database, Product, audit_id) == start + 1
    assert stored(database, Product, new_id, "trade_name") is None

    qtbot.keyClick(products.table, Qt.Key.Key_Z, CTRL)
    assert count(database, Product, audit_id) == start + 2
    # Put back as it was: same record, same place, same answers.
    assert stored(database, Product, new_id, "trade_name") == "Парацетамол-КЗ"
    assert products.model.record(row).id == new_id


def test_undo_while_a_cell_is_being_typed_in_is_not_undone_by_the_open_editor(
    qtbot: QtBot, editor: AuditEditor, database: Database
) -> None:
    sites = editor.repeat_group("sites")
    site_id = sites.model.record(0).id
    before = stored(database, Site, site_id, "name")
    cell = open_cell(sites, 0, "site.name")
    assert isinstance(cell, LineInput)
    type_text(cell, "Алаң-2")
    assert stored(database, Site, site_id, "name") == "Алаң-2"
    qtbot.keyClick(cell, Qt.Key.Key_Z, CTRL)
    assert stored(database, Site, site_id, "name") == before
    sites.table.setFocus()  # the cell's editor closes: what it shows now would be committed
    qtbot.waitUntil(lambda: sites.table.state() != sites.table.State.EditingState)
    assert stored(database, Site, site_id, "name") == before
    assert cell_text(sites, 0, "site.name") == before


def test_a_longer_text_cell_takes_a_new_line_with_shift_enter_and_is_closed_by_enter(
    qtbot: QtBot, editor: AuditEditor, database: Database
) -> None:
    sites = editor.repeat_group("sites")
    site_id = sites.model.record(0).id
    cell = open_cell(sites, 0, "site.address")
    assert isinstance(cell, TextAreaInput)
    type_text(cell, "Алматы қ.")
    qtbot.keyClick(cell, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(cell, "Сүйінбай даңғылы, 2")
    assert sites.table.state() == sites.table.State.EditingState
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    assert sites.table.state() != sites.table.State.EditingState
    assert stored(database, Site, site_id, "address") == "Алматы қ.\nСүйінбай даңғылы, 2"


def test_removing_a_site_takes_its_lines_and_undo_puts_everything_back(
    qtbot: QtBot, editor: AuditEditor, database: Database, audit_id: uuid.UUID
) -> None:
    audit = editor.store.audit
    site = next(s for s in audit.sites if s.production_lines)
    site_id = site.id
    line_ids = {line.id for line in site.production_lines}
    certificate_ids = {c.id for c in audit.certificates if c.site_id == site_id}
    sites = editor.repeat_group("sites")
    sites.table.setFocus()
    sites.table.setCurrentIndex(sites.model.index(sites.model.row_of(site_id) or 0, 0))
    with pytest.MonkeyPatch.context() as patch:  # the row has answers: removing it asks
        patch.setattr(QMessageBox, "question",
                      staticmethod(lambda *_args: QMessageBox.StandardButton.Yes))
        qtbot.keyClick(sites.table, Qt.Key.Key_Delete, CTRL)

    assert stored(database, Site, site_id, "name") is None
    assert all(stored(database, ProductionLine, i, "name") is None for i in line_ids)
    assert all(stored(database, GmpCertificate, i, "site_id") is None for i in certificate_ids)
    assert all(line.id not in line_ids for line in editor.store.audit.production_lines)

    editor.undo_action.trigger()
    assert stored(database, Site, site_id, "name") == site.name
    assert all(stored(database, ProductionLine, i, "site_id") == site_id for i in line_ids)
    assert all(
        stored(database, GmpCertificate, i, "site_id") == site_id for i in certificate_ids
    )
    # And the editor sees what the database has.
    assert {line.id for line in editor.store.audit.production_lines} >= line_ids


# --- the navigator and the verdict ------------------------------------------------------------


def test_the_navigator_shows_completeness_and_errors_that_follow_changes(
    qtbot: QtBot, editor: AuditEditor
) -> None:
    model = editor.navigator_model
    company = model.index(0)
    assert str(company.data()).splitlines()[1] == "100%"  # English: no space before %
    name = line_input(editor, "company.bin")
    bin_ = name.text()
    focus(qtbot, name)
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "1 error" in str(company.data()))
    assert not str(company.data()).splitlines()[1].startswith("100%")
    type_text(name, bin_)
    qtbot.waitUntil(lambda: str(company.data()).splitlines()[1] == "100%")


def test_sections_are_reached_from_the_keyboard(qtbot: QtBot, editor: AuditEditor) -> None:
    qtbot.keyClick(editor.navigator, Qt.Key.Key_PageDown, CTRL)
    assert editor.current_page_number() == 1
    assert editor.stack.currentWidget().isVisible()
    qtbot.keyClick(editor.navigator, Qt.Key.Key_3, CTRL)
    assert editor.current_page_number() == 2
    assert editor.navigator.currentIndex().row() == 2
    qtbot.keyClick(editor.navigator, Qt.Key.Key_PageUp, CTRL)
    assert editor.current_page_number() == 1
    assert editor.menuBar().actions()[0].text() == "&Audit"


@pytest.mark.parametrize("section", ["company", "market", "workforce", "findings"])
def test_tab_visits_the_answers_of_a_page_in_the_order_of_the_questionnaire(
    qtbot: QtBot, editor: AuditEditor, section: str
) -> None:
    editor.show_page([s.key for s in FORM.sections].index(section))
    page = editor.page(section)
    rows = [
        row for field in FORM.section(section).fields
        if (row := page.rows.get(field.key)) is not None
        and row.widget.isVisible() and row.widget.isEnabled()
        and row.widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert len(rows) >= 2
    focus(qtbot, rows[0].widget)
    visited = [rows[0].field.key]
    by_widget = {id(row.widget): row.field.key for row in page.rows.values()}
    for _ in range(len(rows) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        while widget is not None and id(widget) not in by_widget:
            widget = widget.parentWidget()  # a combo's line edit, a list's viewport
        visited.append(by_widget[id(widget)] if widget is not None else "(left the page)")
    assert visited == [row.field.key for row in rows]


def test_the_verdict_kept_up_to_date_is_the_engine_s_verdict(
    qtbot: QtBot, editor: AuditEditor
) -> None:
    editor.show_page(2)
    lines = editor.repeat_group("production_lines")
    edit_cell(qtbot, lines, 0, "production_line.actual_output", "999 999 999")
    ownership = editor.field_row("audit.producer_type").widget
    assert isinstance(ownership, ChoiceInput)
    choose(ownership, "medical_devices")
    editor.show_page(3)
    qtbot.mouseClick(editor.repeat_group("products").add_button, Qt.MouseButton.LeftButton)
    kept = editor.validate_now().issues

    def key(issue: Issue) -> tuple[object, ...]:
        return (issue.field, issue.rule, issue.repeat, issue.row, issue.record_id, issue.message)

    assert [key(i) for i in kept] == [key(i) for i in validate(editor.store.audit)]
    assert any(issue.is_error for issue in kept)


def test_jump_to_shows_the_section_and_focuses_the_answer_or_the_cell(
    qtbot: QtBot, editor: AuditEditor
) -> None:
    from auditor.forms.fields import Severity
    from auditor.forms.values import MSG_NUMBER

    issue = Issue(Severity.ERROR, "workforce", "audit.staff_total", "required", MSG_NUMBER)
    editor.jump_to(issue)
    assert editor.current_page_number() == 5
    qtbot.waitUntil(editor.field_row("audit.staff_total").widget.hasFocus)

    product = editor.store.audit.products[2]
    cell = Issue(
        Severity.ERROR,
        "products",
        "product.atc_code",
        "type",
        MSG_NUMBER,
        repeat="products",
        row=2,
        record_id=product.id,
    )
    editor.jump_to(cell)
    products = editor.repeat_group("products")
    assert editor.current_page_number() == 3
    current = products.table.currentIndex()
    assert (current.row(), products.model.field(current.column()).key) == (2, "product.atc_code")
    qtbot.waitUntil(products.table.hasFocus)


# --- finalize, read-only, reopen --------------------------------------------------------------


def test_finalize_with_errors_lists_them_and_goes_to_the_chosen_one(
    qtbot: QtBot, editor: AuditEditor
) -> None:
    staff = line_input(editor, "audit.staff_total")
    focus(qtbot, staff)
    staff.selectAll()
    qtbot.keyClick(staff, Qt.Key.Key_Delete)
    editor.show_page(0)
    editor.finalize_action.trigger()
    dialog = editor.findChild(FinalizeIssuesDialog)
    assert isinstance(dialog, FinalizeIssuesDialog)
    assert dialog.model.rowCount() >= 1
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert editor.current_page_number() == 5
    qtbot.waitUntil(staff.hasFocus)


def test_the_sign_off_names_the_signed_in_auditor_and_shows_the_assigned_one_apart(
    qtbot: QtBot, app: QApplication, database: Database, audit_id: uuid.UUID
) -> None:
    with database.transaction("setup") as session:
        assigned = AuditorProfile(full_name="Асқар Бекұлы", auditor_code="KZ-AUD-001",
                                  language="en", installation_id=database.installation_id)
        session.add(assigned)
        session.get_one(Audit, audit_id).auditor = assigned
    editor = AuditEditor(database, document(database, audit_id), actor="KZ-AUD-002",
                         signer="Бота Нұрланқызы (KZ-AUD-002)")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.verdict is not None)

    editor.finalize_action.trigger()
    signoff = editor.findChild(SignOffDialog)
    assert isinstance(signoff, SignOffDialog)
    assert "Бота Нұрланқызы (KZ-AUD-002)" in signoff.confirm_box.text()
    assert "Асқар" not in signoff.confirm_box.text()
    assert signoff.assigned_label.isVisibleTo(signoff)
    assert "Асқар Бекұлы" in signoff.assigned_label.text()
    signoff.name_edit.setText("Айгүл Серікқызы")
    signoff.position_edit.setText("Сапа жөніндегі директор")
    signoff.confirm_box.setChecked(True)
    qtbot.mouseClick(signoff.ok_button, Qt.MouseButton.LeftButton)

    assert stored(database, Audit, audit_id, "status") == "finalized"
    with database.session() as session:
        signed_by = session.scalar(select(TrailEntry.actor).where(
            TrailEntry.record_id == str(audit_id), TrailEntry.action == "finalize"))
    assert signed_by == "KZ-AUD-002"


def test_finalize_signs_off_locks_read_only_and_reopen_makes_a_new_revision(
    qtbot: QtBot, editor: AuditEditor, database: Database, audit_id: uuid.UUID
) -> None:
    changes: list[object] = []
    editor.changed.connect(changes.append)
    editor.finalize_action.trigger()
    signoff = editor.findChild(SignOffDialog)
    assert isinstance(signoff, SignOffDialog)
    signoff.name_edit.setText("Айгүл Серікқызы")
    signoff.position_edit.setText("Сапа жөніндегі директор")
    signoff.confirm_box.setChecked(True)
    qtbot.mouseClick(signoff.ok_button, Qt.MouseButton.LeftButton)

    assert stored(database, Audit, audit_id, "status") == "finalized"
    assert stored(database, Audit, audit_id, "representative_name") == "Айгүл Серікқызы"
    assert changes == [audit_id]
    assert editor.banner.isVisible() and "read-only" in editor.banner.text.text()
    assert line_input(editor, "audit.special_economic_zone").isReadOnly()
    assert not editor.field_row("audit.ownership_type").widget.isEnabled()
    products = editor.repeat_group("products")
    assert not products.add_button.isEnabled()
    assert not products.model.flags(products.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert "Finalized" in editor.windowTitle()

    editor.reopen_button.click()
    reopen = editor.findChild(ReopenDialog)
    assert isinstance(reopen, ReopenDialog)
    reopen.reason_edit.setPlainText("Компания представила новый сертификат GMP.")
    qtbot.mouseClick(reopen.ok_button, Qt.MouseButton.LeftButton)

    assert stored(database, Audit, audit_id, "status") == "draft"
    assert stored(database, Audit, audit_id, "revision") == 2
    with database.session() as session:
        reason = session.scalar(
            select(TrailEntry.reason).where(
                TrailEntry.record_id == str(audit_id), TrailEntry.action == "reopen"
            )
        )
    assert reason == "Компания представила новый сертификат GMP."
    assert not line_input(editor, "audit.special_economic_zone").isReadOnly()
    assert not editor.banner.isVisible()
    assert changes == [audit_id, audit_id]


def test_a_finalized_audit_opens_read_only(
    qtbot: QtBot, app: QApplication, database: Database, audit_id: uuid.UUID
) -> None:
    with database.transaction("lead") as session:
        audit = load_full_audit(session, audit_id)
        assert audit is not None
        finalize_audit(
            session, audit, representative_name="A. B.", representative_position="Director"
        )
    editor = open_editor(qtbot, database, audit_id)
    assert editor.banner.isVisible()
    assert line_input(editor, "company.bin").isReadOnly()
    assert not editor.finalize_action.isEnabled() and editor.reopen_action.isEnabled()
    editor.show_page(2)
    lines = editor.repeat_group("production_lines")
    assert not lines.add_button.isEnabled()
    assert not lines.model.flags(lines.model.index(0, 4)) & Qt.ItemFlag.ItemIsEditable


def test_a_write_the_lock_refuses_is_shown_and_the_saved_answer_comes_back(
    qtbot: QtBot,
    editor: AuditEditor,
    database: Database,
    audit_id: uuid.UUID,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *_args: shown.append(text)
    )
    # Finalized meanwhile, in another window.
    with database.transaction("other window") as session:
        audit = load_full_audit(session, audit_id)
        assert audit is not None
        finalize_audit(session, audit, representative_name="A", representative_position="B")
    sites = editor.repeat_group("sites")
    site_id = sites.model.record(0).id
    before = stored(database, Site, site_id, "name")
    edit_cell(qtbot, sites, 0, "site.name", "Z")
    wait_until_saved()  # shown at once; refused when the writer gets to it
    assert shown and "finalized" in shown[0]
    assert stored(database, Site, site_id, "name") == before
    assert cell_text(sites, 0, "site.name") == before
    # The editor now knows the audit is locked.
    assert editor.banner.isVisible()
    assert line_input(editor, "audit.special_economic_zone").isReadOnly()
    assert not sites.add_button.isEnabled()


@pytest.mark.parametrize(
    ("key", "model"),
    [("audit.special_economic_zone", Audit), ("company.name_ru", Company)],
    ids=["the audit's own answer", "a company answer"],
)
def test_an_answer_is_refused_once_the_audit_is_finalized_elsewhere(
    qtbot: QtBot,
    editor: AuditEditor,
    database: Database,
    audit_id: uuid.UUID,
    monkeypatch: pytest.MonkeyPatch,
    key: str,
    model: type[Any],
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *_args: shown.append(text)
    )
    with database.transaction("other window") as session:
        audit = load_full_audit(session, audit_id)
        assert audit is not None
        finalize_audit(session, audit, representative_name="A", representative_position="B")
        record_id = audit_id if model is Audit else audit.company_id
    column = FORM.field(key).column
    assert column is not None
    answer = line_input(editor, key)
    before = stored(database, model, record_id, column.key)
    focus(qtbot, answer)
    qtbot.keyClicks(answer, "Z")
    wait_until_saved()
    assert shown and "finalized" in shown[0]
    assert stored(database, model, record_id, column.key) == before
    assert answer.text() == (before or "") and answer.isReadOnly()


# --- languages --------------------------------------------------------------------------------


def test_a_language_switch_relabels_the_questionnaire(
    qtbot: QtBot, app: QApplication, editor: AuditEditor
) -> None:
    label = editor.field_row("audit.visit_start").label
    sites = editor.repeat_group("sites")
    region = editor.field_row("company.region_code").widget
    assert isinstance(region, ChoiceInput)
    code = region.currentData()
    labels = FORM.field("company.region_code").choice_list[code].label

    def shown(text: str) -> bool:
        return label.text().replace("&", "").startswith(text)

    def header() -> str:
        return str(sites.model.headerData(0, Qt.Orientation.Horizontal))

    try:
        install_translator(app, "kk")
        # Widgets hear of the switch through the event loop.
        qtbot.waitUntil(lambda: shown("Сапардың басталуы"))
        assert header().startswith("Алаң атауы")
        assert sites.title() == "Өндірістік алаңдар"
        assert region.currentText() == labels.kk
        assert str(editor.navigator_model.index(0).data()).startswith("Компания және алаңдар")
        install_translator(app, "ru")
        qtbot.waitUntil(lambda: shown("Начало визита"))
        assert header().startswith("Название площадки")
        assert region.currentText() == labels.ru and region.currentData() == code
        assert editor.page("company").title.text() == "Компания и площадки"
    finally:
        install_translator(app, "en")
    qtbot.waitUntil(lambda: shown("Visit start"))
    assert region.currentText() == labels.en


def test_the_undo_menu_names_earlier_changes_in_the_language_switched_to(
    qtbot: QtBot, app: QApplication, editor: AuditEditor
) -> None:
    field = FORM.field("audit.special_economic_zone")
    zone = line_input(editor, field.key)
    focus(qtbot, zone)
    qtbot.keyClicks(zone, "Z")
    sites = editor.repeat_group("sites")
    qtbot.mouseClick(sites.add_button, Qt.MouseButton.LeftButton)
    editor.edits.undo()  # the new site row; the typed change is next in line
    assert field.label.en in editor.undo_action.text()
    try:
        install_translator(app, "kk")
        qtbot.waitUntil(lambda: field.label.kk in editor.undo_action.text())
        assert field.label.en not in editor.undo_action.text()
        assert FORM.repeat("sites").label.kk in editor.redo_action.text()
        assert FORM.repeat("sites").label.en not in editor.redo_action.text()
    finally:
        install_translator(app, "en")


# --- attachments and the potential index ------------------------------------------------------


def test_files_added_on_the_attachments_page_are_counted_in_the_navigator(
    qtbot: QtBot,
    editor: AuditEditor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    photo = tmp_path / "line-1.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(2000))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *_args, **_kwargs: ([str(photo)], "")
    )
    row = editor.navigator_model.index(editor.navigator_model.rowCount() - 1)
    files_before = len(editor.store.audit.attachments)
    qtbot.keyClick(editor.navigator, Qt.Key.Key_0, CTRL)
    panel = editor.attachments
    assert panel is not None and panel.isVisible()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.operation is not None and panel.operation.done, timeout=5000)
    expected = f"{files_before + 1} file"
    qtbot.waitUntil(lambda: str(row.data()).splitlines()[1].startswith(expected))
    assert any(a.file_name == "line-1.jpg" for a in editor.store.audit.attachments)


def test_the_development_page_shows_the_potential_index_with_its_breakdown(
    editor: AuditEditor,
) -> None:
    page = editor.page("development")
    assert page.potential is not None
    score = development_potential(editor.store.audit).score
    assert page.potential.score.text() == f"{score:.1f} of 100"
    assert page.potential.model.rowCount() == len(WEIGHTS)
    assert f"potential index {score:.1f}" in editor.summary.text()


# --- models -----------------------------------------------------------------------------------


def test_every_model_of_the_editor_passes_the_model_tester(
    editor: AuditEditor, qtmodeltester: Any
) -> None:
    qtmodeltester.check(editor.repeat_group("products").model)
    qtmodeltester.check(editor.repeat_group("production_lines").model)
    qtmodeltester.check(editor.navigator_model)
    development = editor.page("development")
    assert development.potential is not None
    qtmodeltester.check(development.potential.model)
    assert isinstance(editor.navigator_model, SectionListModel)
    assert isinstance(development.potential.model, PotentialModel)


def test_an_audit_opened_from_a_read_only_database_cannot_be_changed(
    qtbot: QtBot, app: QApplication, database: Database, audit_id: uuid.UUID
) -> None:
    copy = open_database(database.path, read_only=True)  # another window works in it
    try:
        editor = AuditEditor(copy, document(copy, audit_id), actor=ACTOR)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitUntil(lambda: editor.verdict is not None)

        assert not editor.store.audit.is_finalized  # a draft, and still not to be changed
        assert editor.banner.isVisible()
        assert "open in another window" in editor.banner.text.text()
        assert editor.saved_label.text() == "Read-only"  # not "changes are saved"
        assert line_input(editor, "audit.staff_total").isReadOnly()
        assert not editor.finalize_action.isEnabled() and not editor.reopen_button.isVisible()
        editor.close()
    finally:
        copy.close()
