"""One auditor's story, end to end, through the widgets only.

A producer is registered in the main window; its first audit is filled in section by section as
an auditor types it (numbers with spaces and a decimal comma, dates as DD.MM.YYYY, codes picked
from the lists, Kazakh text); a message comes and goes beside an answer; a row is added and
removed again; a photo is attached; the audit is signed off, found locked, and reopened with a
reason. At the end a database connection of its own reads back every value that was typed.

The database is read only to check what the widgets saved, never to fill anything in.
"""

# pytest-qt's QtBot methods carry no type annotations.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from auditor.db.audits import load_full_audit
from auditor.db.database import Database, open_database
from auditor.db.models import (
    Attachment,
    Audit,
    AuditorProfile,
    Company,
    GmpCertificate,
    Product,
    ProductionLine,
    Site,
    TrailEntry,
)
from auditor.domain.bin import make_bin, parse_bin
from auditor.forms.engine import minimum_rows
from auditor.forms.fields import Field, FieldType, Repeat, Section
from auditor.forms.questionnaire import FORM, validate
from auditor.ui.editor.editor import AuditEditor
from auditor.ui.editor.field_row import FieldRow
from auditor.ui.editor.inputs.boolean import BooleanInput
from auditor.ui.editor.inputs.choice import ChoiceInput
from auditor.ui.editor.inputs.line import LineInput
from auditor.ui.editor.inputs.multi_choice import MultiChoiceInput
from auditor.ui.editor.inputs.row_ref import RowRefInput
from auditor.ui.editor.inputs.text_area import TextAreaInput
from auditor.ui.editor.pages import ATTACHMENTS
from auditor.ui.editor.repeat import RepeatGroup, shown_fields
from auditor.ui.editor.signoff import FinalizeIssuesDialog, ReopenDialog, SignOffDialog
from auditor.ui.main.dialogs import NewCompanyDialog
from auditor.ui.main.window import MainWindow
from tests.helpers.profiles import add_profile
from tests.helpers.writes import wait_until_saved

pytestmark = pytest.mark.qt

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 10_000

AUDITOR_NAME = "Айгүл Сәрсенова"
AUDITOR_CODE = "KZ-AUD-017"
BIN = make_bin(2016, 4, 5150)


# --- what the auditor types ---------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    """What is typed (for a list: the code of the entry picked) and what must be stored."""

    typed: str
    stored: object


def text(value: str) -> Answer:
    """Text, codes of a list: stored as typed."""
    return Answer(value, value)


def ticked(code: str) -> Answer:
    """One entry ticked in a list of several choices."""
    return Answer(code, [code])


# A reference to another table's row: the first (and only) row of the table it refers to.
FIRST_ROW = Answer("first row", None)

# Typed in the new-company dialog; the editor must show them as they were saved.
COMPANY: dict[str, Answer] = {
    "company.bin": Answer(f"{BIN[:6]} {BIN[6:]}", BIN),  # as printed, with a space
    "company.name_kk": text("«Алатау Фармация» ЖШС"),
    "company.name_ru": text("ТОО «Алатау Фармация»"),
    "company.region_code": text("75"),
    "company.legal_form": text("llp"),
    "company.address": text("Алматы қ., Бостандық ауданы, Әл-Фараби даңғылы, 77/8"),
}

# Answers given once per audit. Every required answer that applies must be here; a few more
# are answered because rules across fields read them (visit end, domestic sales, staff counts).
# Mixed ownership, a valid GMP status, exports and medicines make the answers that depend on
# them apply too (foreign share, partner country, export countries, certificates, products).
AUDIT: dict[str, Answer] = {
    "audit.visit_start": Answer("13.10.2025", date(2025, 10, 13)),
    "audit.visit_end": Answer("15.10.2025", date(2025, 10, 15)),
    "audit.producer_type": text("medicines"),
    "audit.ownership_type": text("mixed"),
    "audit.foreign_share_pct": Answer("12,5", 12.5),
    "audit.foreign_partner_country": text("TR"),
    "audit.cluster": text("almaty"),
    "audit.special_economic_zone": text("«Алатау» АЭА"),
    "audit.gmp_status": text("valid"),
    "audit.revenue_kzt": Answer("4 800 000 000", 4_800_000_000),
    "audit.domestic_sales_kzt": Answer("4 100 000 000", 4_100_000_000),
    "audit.export_revenue_kzt": Answer("650 000 000", 650_000_000),
    "audit.export_countries": ticked("UZ"),
    "audit.staff_total": Answer("312", 312),
    "audit.staff_qa_qc": Answer("41", 41),
    "audit.qualified_persons": Answer("3", 3),
    "audit.rd_staff": Answer("12", 12),
    "audit.planned_dosage_forms": ticked("soft_capsules"),
    "audit.development_notes": text("Жұмсақ капсулалар цехын 2027 жылы салу жоспарланған."),
    "audit.findings": text("Қуат 80 %-ға жүктелген; GMP ЕАЭО сертификаты күшінде."),
    "audit.recommendations": text("1. Экспортты Өзбекстаннан әрі кеңейту (бас директор)."),
}

# One row of each table the answers above make required, every required cell and then some.
ROWS: dict[str, dict[str, Answer]] = {
    "sites": {
        "site.name": text("Негізгі алаң, Алматы"),
        "site.region_code": text("75"),
        "site.address": text("Алматы қ., Іле тас жолы, 112"),
        "site.kato": text("751110000"),
        "site.latitude": Answer("43,355", 43.355),
        "site.longitude": Answer("76,9451", 76.9451),
        "site.activities": ticked("manufacture_non_sterile"),
    },
    "certificates": {
        "gmp_certificate.site_id": FIRST_ROW,
        "gmp_certificate.number": text("KZ.GMP.2024/0417"),
        "gmp_certificate.doc_type": text("certificate"),
        "gmp_certificate.standard": text("eaeu"),
        "gmp_certificate.issuing_authority": text("ҚР ДСМ Медициналық және фармацевтикалық "
                                                  "бақылау комитеті"),
        "gmp_certificate.inspection_date": Answer("12.02.2024", date(2024, 2, 12)),
        "gmp_certificate.issued_on": Answer("20.03.2024", date(2024, 3, 20)),
        "gmp_certificate.valid_until": Answer("20.03.2027", date(2027, 3, 20)),
        "gmp_certificate.scope_dosage_forms": ticked("hard_capsules"),
    },
    "production_lines": {
        "production_line.site_id": FIRST_ROW,
        "production_line.name": text("Капсулалау желісі №1"),
        "production_line.dosage_form": text("hard_capsules"),
        "production_line.unit": text("capsules"),
        "production_line.design_capacity": Answer("12 000 000", 12_000_000.0),
        "production_line.actual_output": Answer("9 600 000", 9_600_000.0),
        "production_line.output_value_kzt": Answer("1 150 000 000", 1_150_000_000),
        "production_line.shifts_per_day": Answer("2", 2),
        "production_line.hours_per_shift": Answer("7,5", 7.5),
        "production_line.working_days": Answer("250", 250),
        "production_line.commissioned_year": Answer("2019", 2019),
    },
    "products": {
        "product.inn": text("Амоксициллин"),
        "product.trade_name": text("Амоксил-ҚЗ"),
        "product.atc_code": Answer("j01ca04", "J01CA04"),  # the field writes capitals
        "product.dosage_form": text("hard_capsules"),
        "product.strength": text("500 мг"),
        "product.registration_number": text("РК-ЛС-5№024512"),
        "product.registration_expiry": Answer("01.06.2029", date(2029, 6, 1)),
        "product.on_national_formulary": Answer("yes", True),
        "product.localization_stage": text("fdf_from_imported_api"),
        "product.origin_evidence": text("ct_kz_certificate"),
        "product.origin_document": text("СТ-KZ № 0417-2024"),
        "product.annual_volume": Answer("1 200 000", 1_200_000.0),
        "product.volume_unit": text("packs"),
        "product.api_origin": text("imported"),
        "product.api_country": text("IN"),
    },
}

BARRIER_NOTE = "Тіркеу 14 ай созылады — «Басқа» кедергі"
PHOTO_NAME = "Капсулалау цехы — 1.jpg"
PHOTO = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 40 + b"\xff\xd9"
REPRESENTATIVE = ("Ерлан Жұмабекұлы Әбдіқадыров", "Сапа жөніндегі директор")
REOPEN_REASON = "Кәсіпорын 2025 жылғы жаңа GMP сертификатын (№ 0522) ұсынды."


@dataclass(frozen=True)
class Expected:
    """A value typed somewhere in the story, and where the database must hold it."""

    key: str  # the field's key, for messages
    model: type[Any]
    record_id: uuid.UUID
    name: str
    value: object


# --- fixtures -----------------------------------------------------------------------------------


@pytest.fixture
def profile(database: Database) -> AuditorProfile:
    return add_profile(database, "en", full_name=AUDITOR_NAME, auditor_code=AUDITOR_CODE)


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every message box the application would have shown (none is expected in this story);
    recorded instead of shown, because a modal box would stop the test."""
    shown: list[str] = []

    def recorder(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def record(_parent: object, title: str, message: str, *_args: object) -> Any:
            shown.append(f"{kind}: {title}: {message}")
            return QMessageBox.StandardButton.Cancel

        return record

    for kind in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return shown


# --- typing and picking, as a person does ------------------------------------------------------


def type_text(qtbot: QtBot, widget: QWidget, typed: str) -> None:
    """Type ``typed`` key by key. QTest can only type ASCII (other letters abort it), so the
    letters of a Kazakh or Russian layout are sent as the key events such a keyboard sends."""
    ascii_run = ""
    for char in typed:
        if char.isascii():
            ascii_run += char
            continue
        if ascii_run:
            qtbot.keyClicks(widget, ascii_run)
            ascii_run = ""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
    if ascii_run:
        qtbot.keyClicks(widget, ascii_run)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def choose(qtbot: QtBot, combo: QComboBox, value: object) -> None:
    """Pick the entry whose data is ``value`` with the arrow keys, as from the keyboard."""
    target = next((n for n in range(combo.count()) if combo.itemData(n) == value), -1)
    assert target >= 0, f"{value!r} is not offered in {combo.objectName() or combo}"
    for _step in range(combo.count()):
        if combo.currentIndex() == target:
            break
        key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    assert combo.currentIndex() == target


def tick(qtbot: QtBot, choices: MultiChoiceInput, code: str) -> None:
    """Move to the entry and tick it with Space."""
    model = choices.choices
    codes = [model.index(n).data(Qt.ItemDataRole.UserRole) for n in range(model.rowCount())]
    row = codes.index(code) if code in codes else -1
    assert row >= 0, f"{code!r} is not offered"
    index = model.index(row)
    choices.setCurrentIndex(index)
    choices.scrollTo(index)
    qtbot.keyClick(choices, Qt.Key.Key_Space)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def go_to_page(qtbot: QtBot, editor: AuditEditor, number: int) -> None:
    """Ctrl+1 … Ctrl+9 show the sections, Ctrl+0 the attachments."""
    key = Qt.Key(Qt.Key.Key_0.value + (number + 1) % 10)
    qtbot.keyClick(editor.navigator, key, CTRL)
    assert editor.current_page_number() == number


def ok_button(dialog: QWidget) -> QWidget:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Ok)


# --- reading back -------------------------------------------------------------------------------


def stored(database: Database, model: type[Any], record_id: uuid.UUID, name: str) -> object:
    """The value as saved, read through a session of its own."""
    wait_until_saved()
    with database.session() as session:
        record = session.get(model, record_id)
        assert record is not None, f"no {model.__name__} {record_id}"
        return getattr(record, name)


def count(database: Database, model: type[Any], audit_id: uuid.UUID) -> int:
    wait_until_saved()
    with database.session() as session:
        query = select(func.count()).select_from(model).where(model.audit_id == audit_id)
        return int(session.scalar(query) or 0)


def error_texts(editor: AuditEditor) -> list[str]:
    verdict = editor.validate_now()
    return [f"{issue.path}: {issue.text('en')}" for issue in verdict.issues if issue.is_error]


# --- answering ------------------------------------------------------------------------------------


def answer_on_page(qtbot: QtBot, editor: AuditEditor, row: FieldRow, answer: Answer) -> None:
    """Answer one question of a section page through its input."""
    section = row.field.section
    assert section is not None
    editor.page(section.key).ensureWidgetVisible(row.field_cell)
    widget = row.widget
    if isinstance(widget, LineInput | TextAreaInput):
        focus(qtbot, widget)
        widget.selectAll()
        type_text(qtbot, widget, answer.typed)
    elif isinstance(widget, ChoiceInput | BooleanInput):
        focus(qtbot, widget)
        choose(qtbot, widget, answer.stored)
    elif isinstance(widget, MultiChoiceInput):
        focus(qtbot, widget)
        tick(qtbot, widget, answer.typed)
    else:
        raise AssertionError(f"{row.field.key}: no way to answer {type(widget).__name__}")


def answer_in_cell(
    qtbot: QtBot, group: RepeatGroup, row: int, field: Field, value: object, typed: str
) -> None:
    """Select the cell, open its editor, type or pick, and commit as from the keyboard:
    Enter, or Tab in a text of several lines (where Enter starts a new line)."""
    column = group.model.column_of(field.key)
    assert column is not None, field.key
    index = group.model.index(row, column)
    assert group.model.flags(index) & Qt.ItemFlag.ItemIsEditable, f"{field.key} is locked"
    group.table.setFocus()
    group.table.setCurrentIndex(index)
    group.table.scrollTo(index)
    group.table.edit(index)
    cell = group.table.indexWidget(index)
    assert cell is not None, f"no editor opened on {field.key}"
    commit = Qt.Key.Key_Return
    if isinstance(cell, LineInput | TextAreaInput):
        cell.selectAll()
        type_text(qtbot, cell, typed)
        if isinstance(cell, TextAreaInput):
            commit = Qt.Key.Key_Tab
    elif isinstance(cell, ChoiceInput | BooleanInput | RowRefInput):
        choose(qtbot, cell, value)
    elif isinstance(cell, MultiChoiceInput):
        tick(qtbot, cell, typed)
    else:
        raise AssertionError(f"{field.key}: no way to answer {type(cell).__name__}")
    qtbot.keyClick(cell, commit)
    qtbot.waitUntil(lambda: group.table.indexWidget(index) is None)


def answer_section(
    qtbot: QtBot,
    editor: AuditEditor,
    database: Database,
    section: Section,
    expected: list[Expected],
) -> None:
    """Every question of the section that applies and is required (and the extra ones of the
    tables above); each table the answers make required gets its rows."""
    page = editor.page(section.key)
    audit = editor.store.audit
    for item in section.items:
        if isinstance(item, Repeat):
            if item.name != ATTACHMENTS:
                fill_repeat(qtbot, editor, database, item, expected)
            continue
        field = item
        row = page.rows[field.key]
        scope = editor.store.scope()
        relevant = scope.is_relevant(field)
        # Whether a question applies shows on the page as it is shown or hidden.
        assert row.field_cell.isVisibleTo(page) == relevant, field.key
        if not relevant or field.read_only:
            continue
        if field.is_company_field:
            # Typed in the new-company dialog: the editor shows it as it was saved.
            answer = COMPANY[field.key]
            assert row.input.read_value().value == answer.stored, field.key
            expected.append(
                Expected(field.key, Company, audit.company.id, field.name, answer.stored)
            )
            continue
        given = AUDIT.get(field.key)
        if given is None:
            assert not scope.is_required(field), f"{field.key} is required: give it an answer"
            continue
        answer_on_page(qtbot, editor, row, given)
        assert stored(database, Audit, audit.id, field.name) == given.stored, field.key
        expected.append(Expected(field.key, Audit, audit.id, field.name, given.stored))


def fill_repeat(
    qtbot: QtBot,
    editor: AuditEditor,
    database: Database,
    repeat: Repeat,
    expected: list[Expected],
) -> None:
    store = editor.store
    needed = minimum_rows(FORM, repeat, store.audit)
    if not needed:
        return
    answers = ROWS.get(repeat.name)
    assert answers is not None, f"{repeat.name} needs {needed} row(s): give answers for it"
    group = editor.repeat_group(repeat.name)
    for _n in range(needed):
        rows_before = group.model.rowCount()
        qtbot.mouseClick(group.add_button, LEFT)
        assert group.model.rowCount() == rows_before + 1, f"no row added to {repeat.name}"
        row = rows_before
        record = group.model.record(row)
        assert count(database, repeat.model, store.audit.id) == row + 1
        for field in shown_fields(repeat):
            if field.read_only or not store.scope(repeat, record).is_relevant(field):
                continue
            given = answers.get(field.key)
            if given is None:
                assert not store.scope(repeat, record).is_required(field), (
                    f"{field.key} is required: give it an answer"
                )
                continue
            value = given.stored
            if field.type == FieldType.ROW_REF:
                assert field.ref is not None
                value = store.rows(FORM.repeat(field.ref))[0].id
            answer_in_cell(qtbot, group, row, field, value, given.typed)
            assert stored(database, repeat.model, record.id, field.name) == value, field.key
            expected.append(Expected(field.key, repeat.model, record.id, field.name, value))


def empty_and_answer_again(
    qtbot: QtBot, editor: AuditEditor, database: Database, key: str
) -> None:
    """A required answer emptied gets its message beside it; answered again, it goes."""
    row = editor.field_row(key)
    widget = row.widget
    assert isinstance(widget, LineInput)
    owner = editor.store.owner(row.field)
    model, answer = type(owner), COMPANY.get(key) or AUDIT[key]

    def message_shown() -> bool:
        return row.message.isVisible() and "Required: please answer." in row.message.plain_text()

    focus(qtbot, widget)
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.waitUntil(message_shown)
    assert stored(database, model, owner.id, row.field.name) is None
    type_text(qtbot, widget, answer.typed)
    qtbot.waitUntil(lambda: not row.message.isVisible())
    assert row.message.plain_text() == ""
    assert stored(database, model, owner.id, row.field.name) == answer.stored


def add_and_remove_a_row(
    qtbot: QtBot, editor: AuditEditor, database: Database, repeat_name: str
) -> None:
    """A row added (and typed in) is in the database; removed, it is gone, table and all."""
    group = editor.repeat_group(repeat_name)
    audit_id = editor.store.audit.id
    model = group.repeat.model
    before = group.model.rowCount()
    qtbot.mouseClick(group.add_button, LEFT)
    assert group.model.rowCount() == before + 1
    record_id = group.model.record(before).id
    assert count(database, model, audit_id) == before + 1
    description = next(f for f in group.repeat.fields if f.name == "description")
    answer_in_cell(qtbot, group, before, description, BARRIER_NOTE, BARRIER_NOTE)
    assert stored(database, model, record_id, "description") == BARRIER_NOTE

    group.table.setCurrentIndex(group.model.index(before, 0))
    assert group.remove_button.isEnabled()
    with pytest.MonkeyPatch.context() as patch:  # the row has an answer: removing it asks
        asked: list[str] = []
        patch.setattr(QMessageBox, "question", staticmethod(
            lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes))
        qtbot.mouseClick(group.remove_button, LEFT)
    assert len(asked) == 1
    assert group.model.rowCount() == before
    assert count(database, model, audit_id) == before
    with database.session() as session:
        assert session.get(model, record_id) is None
        removed = session.scalars(
            select(TrailEntry.action)
            .where(TrailEntry.record_id == str(record_id))
            .order_by(TrailEntry.id)
        ).all()
    assert removed[0] == "insert" and removed[-1] == "delete"


# --- the story ------------------------------------------------------------------------------------


def test_an_audit_from_the_new_company_to_the_reopened_revision(
    qtbot: QtBot,
    app: QApplication,
    database: Database,
    db_path: Path,
    profile: AuditorProfile,
    message_boxes: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parse_bin(BIN)  # a BIN the dialog accepts
    expected: list[Expected] = []

    # 1. The main window; a new company through its dialog.
    window = MainWindow(database, profile)
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.proxy.rowCount() == 0

    window.new_company_action.trigger()
    dialog = window.active_dialog
    assert isinstance(dialog, NewCompanyDialog)
    type_text(qtbot, dialog.bin_edit, COMPANY["company.bin"].typed)
    assert "Registered 04.2016" in dialog.bin_info.text()
    assert not dialog.bin_message.isVisibleTo(dialog)
    type_text(qtbot, dialog.name_kk_edit, COMPANY["company.name_kk"].typed)
    type_text(qtbot, dialog.name_ru_edit, COMPANY["company.name_ru"].typed)
    assert not dialog.is_ready()  # the region is still missing
    choose(qtbot, dialog.region_combo, COMPANY["company.region_code"].stored)
    choose(qtbot, dialog.legal_form_combo, COMPANY["company.legal_form"].stored)
    type_text(qtbot, dialog.address_edit, COMPANY["company.address"].typed)
    assert dialog.is_ready()
    qtbot.mouseClick(ok_button(dialog), LEFT)
    qtbot.waitUntil(lambda: window.active_dialog is None)

    company_row = window.current_row()
    assert company_row is not None, "the new company is not selected in the list"
    assert (company_row.bin, company_row.audit_id) == (BIN, None)
    assert company_row.company_name("kk") == COMPANY["company.name_kk"].stored
    assert window.proxy.rowCount() == 1

    # 2. A new audit of it: the editor opens.
    window.new_audit_action.trigger()
    qtbot.waitUntil(lambda: len(window.open_editors()) == 1)  # saved, read, opened
    editors = window.open_editors()
    assert len(editors) == 1
    audit_id, opened = next(iter(editors.items()))
    assert isinstance(opened, AuditEditor)
    editor = opened
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.waitUntil(lambda: editor.verdict is not None)
    assert stored(database, Audit, audit_id, "status") == "draft"
    assert stored(database, Audit, audit_id, "auditor_id") == profile.id
    company_id = editor.store.audit.company.id

    # 3. Every section, in order, through its page; 4. a message that comes and goes and
    # 5. a row added and removed, on the way.
    for number, section in enumerate(FORM.sections):
        go_to_page(qtbot, editor, number)
        answer_section(qtbot, editor, database, section, expected)

        if section.key == "market":
            empty_and_answer_again(qtbot, editor, database, "audit.revenue_kzt")
        if section.key == "barriers":
            add_and_remove_a_row(qtbot, editor, database, "barriers")

    assert error_texts(editor) == []
    assert not message_boxes

    # 6. A photo attached on the attachments page, kept byte for byte.
    photo = tmp_path / PHOTO_NAME
    photo.write_bytes(PHOTO)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *_args, **_kwargs: ([str(photo)], "")
    )
    go_to_page(qtbot, editor, len(FORM.sections))
    panel = editor.attachments
    assert panel is not None and panel.isVisible()
    qtbot.mouseClick(panel.add_button, LEFT)
    # Added by the writer, then the list read again: the panel's last work is that read.
    qtbot.waitUntil(lambda: panel.operation is not None and panel.operation.done,
                    timeout=WAIT_MS)
    assert [row.file_name for row in panel.model.rows()] == [PHOTO_NAME]
    with database.session() as session:
        files = session.execute(
            select(Attachment.file_name, Attachment.media_type, Attachment.content).where(
                Attachment.audit_id == audit_id
            )
        ).all()
    assert [tuple(file) for file in files] == [(PHOTO_NAME, "image/jpeg", PHOTO)]

    # 7. Finalize: no errors left, the representative signs, the audit is locked.
    go_to_page(qtbot, editor, 0)
    editor.finalize_action.trigger()
    issues = editor.findChild(FinalizeIssuesDialog)
    assert issues is None, [
        issues.model.issue(n).path for n in range(issues.model.rowCount())
    ]
    signoff = editor.findChild(SignOffDialog)
    assert isinstance(signoff, SignOffDialog)
    assert AUDITOR_NAME in signoff.confirm_box.text()
    type_text(qtbot, signoff.name_edit, REPRESENTATIVE[0])
    type_text(qtbot, signoff.position_edit, REPRESENTATIVE[1])
    assert not signoff.ok_button.isEnabled()  # not before the auditor confirms
    focus(qtbot, signoff.confirm_box)
    qtbot.keyClick(signoff.confirm_box, Qt.Key.Key_Space)
    assert signoff.confirm_box.isChecked() and signoff.ok_button.isEnabled()
    qtbot.mouseClick(signoff.ok_button, LEFT)

    assert stored(database, Audit, audit_id, "status") == "finalized"
    assert stored(database, Audit, audit_id, "auditor_confirmed") is True
    expected.append(
        Expected("audit.representative_name", Audit, audit_id, "representative_name",
                 REPRESENTATIVE[0])
    )
    expected.append(
        Expected("audit.representative_position", Audit, audit_id, "representative_position",
                 REPRESENTATIVE[1])
    )
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.banner.isVisible() and "read-only" in editor.banner.text.text()
    assert not editor.finalize_action.isEnabled() and editor.reopen_action.isEnabled()

    zone = editor.field_row("audit.special_economic_zone").widget
    assert isinstance(zone, LineInput) and (zone.isReadOnly() or not zone.isEnabled())
    focus(qtbot, zone)
    zone.selectAll()
    type_text(qtbot, zone, "ТУРАН")
    assert zone.text() == AUDIT["audit.special_economic_zone"].stored
    assert stored(database, Audit, audit_id, "special_economic_zone") == AUDIT[
        "audit.special_economic_zone"
    ].stored
    assert not editor.field_row("audit.ownership_type").widget.isEnabled()

    go_to_page(qtbot, editor, 2)
    lines = editor.repeat_group("production_lines")
    assert not lines.add_button.isEnabled()
    capacity = lines.model.index(0, lines.model.column_of("production_line.design_capacity") or 0)
    assert not lines.model.flags(capacity) & Qt.ItemFlag.ItemIsEditable
    lines.table.setFocus()
    lines.table.setCurrentIndex(capacity)
    qtbot.keyClicks(lines.table, "1")  # typing starts no editor in a locked table
    assert lines.table.indexWidget(capacity) is None
    line_id = lines.model.record(0).id
    assert stored(database, ProductionLine, line_id, "design_capacity") == 12_000_000.0
    assert editor.attachments is not None and not editor.attachments.add_button.isEnabled()

    # 8. Reopened with a reason: revision 2, a draft again, the reason in the trail.
    qtbot.mouseClick(editor.reopen_button, LEFT)
    reopen = editor.findChild(ReopenDialog)
    assert isinstance(reopen, ReopenDialog)
    assert not reopen.ok_button.isEnabled()
    type_text(qtbot, reopen.reason_edit, REOPEN_REASON)
    qtbot.mouseClick(reopen.ok_button, LEFT)

    assert stored(database, Audit, audit_id, "status") == "draft"
    assert stored(database, Audit, audit_id, "revision") == 2
    with database.session() as session:
        reopened = session.scalars(
            select(TrailEntry).where(
                TrailEntry.record_id == str(audit_id), TrailEntry.action == "reopen"
            )
        ).all()
    assert [(entry.reason, entry.actor) for entry in reopened] == [(REOPEN_REASON, AUDITOR_CODE)]
    assert not editor.banner.isVisible()
    assert not zone.isReadOnly() and zone.isEnabled()
    assert lines.add_button.isEnabled()
    assert not message_boxes

    # 9. Everything typed is in the database, exactly, as another connection reads it.
    editor.close()
    qtbot.waitUntil(lambda: not window.open_editors())
    window.close()
    qtbot.waitUntil(window.model.statistics_ready, timeout=WAIT_MS)

    answered = {item.key for item in expected}
    every = set(COMPANY) | set(AUDIT) | {key for rows in ROWS.values() for key in rows}
    assert every - answered == set(), "answers never given through a widget"

    fresh = open_database(db_path)
    try:
        with fresh.session() as session:
            wrong = []
            for item in expected:
                record = session.get(item.model, item.record_id)
                value = getattr(record, item.name, None) if record is not None else "(no row)"
                if (type(value), value) != (type(item.value), item.value):
                    wrong.append(f"{item.key}: stored {value!r}, typed {item.value!r}")
            assert wrong == []

            audit = load_full_audit(session, audit_id, with_files=True)
            assert audit is not None
            assert (audit.status, audit.revision, audit.company_id) == ("draft", 2, company_id)
            assert [
                len(getattr(audit, name))
                for name in ("sites", "certificates", "production_lines", "products",
                             "barriers", "attachments")
            ] == [1, 1, 1, 1, 0, 1]
            assert audit.attachments[0].content == PHOTO
            assert [issue.path for issue in validate(audit) if issue.is_error] == []
            for model in (Site, GmpCertificate, ProductionLine, Product):
                assert session.scalar(select(func.count()).select_from(model)) == 1
    finally:
        fresh.close()
