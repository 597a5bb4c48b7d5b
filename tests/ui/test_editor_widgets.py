"""The inputs the editor generates from the questionnaire, one factory for every field type."""

from __future__ import annotations

import uuid
from datetime import date
from types import MappingProxyType
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from auditor.forms.fields import Field, FieldType
from auditor.forms.questionnaire import FORM
from auditor.forms.values import MSG_MONEY, MSG_NUMBER
from auditor.ui.editor.formatting import display_text, edit_text, format_number, read_typed
from auditor.ui.editor.inputs import registry
from auditor.ui.editor.inputs.boolean import BooleanInput
from auditor.ui.editor.inputs.choice import ChoiceInput
from auditor.ui.editor.inputs.interface import FieldInput
from auditor.ui.editor.inputs.line import LineInput
from auditor.ui.editor.inputs.multi_choice import ChoiceCheckModel, MultiChoiceInput
from auditor.ui.editor.inputs.registry import (
    INPUT_CLASSES,
    INPUTS,
    NOT_TYPED,
    as_input,
    create_input,
    right_aligned,
)
from auditor.ui.editor.mnemonics import with_mnemonic
from auditor.ui.i18n import install_translator
from tests.helpers.qt import running_app

pytestmark = [pytest.mark.qt, pytest.mark.usefixtures("english")]


# --- values as people type them -----------------------------------------------------------------


def test_numbers_are_shown_the_way_people_here_write_them() -> None:
    assert format_number(1_250_000, "ru") == "1 250 000"
    assert format_number(12.5, "ru") == "12,5"
    assert format_number(12.5, "kk") == "12,5"
    assert format_number(12.5, "en") == "12.5"
    assert format_number(1_500_000_000.25, "ru") == "1 500 000 000,25"
    assert format_number(-1234, "ru") == "-1 234"
    assert format_number(78.456, "ru", decimals=1) == "78,5"
    revenue = FORM.field("audit.revenue_kzt")
    assert edit_text(revenue, 1_250_000, "kk") == "1 250 000"
    year = FORM.field("production_line.commissioned_year")
    assert edit_text(year, 2019, "ru") == "2019"  # a year is not a quantity
    visit = FORM.field("audit.visit_start")
    assert edit_text(visit, date(2026, 2, 4), "en") == "04.02.2026"


def test_typed_text_is_read_as_a_value_or_refused_with_a_reason() -> None:
    revenue = FORM.field("audit.revenue_kzt")
    assert read_typed(revenue, "1 250 000").value == 1_250_000
    refused = read_typed(revenue, "1 250 000,5")
    assert not refused.storable and refused.problem == MSG_MONEY
    share = FORM.field("audit.foreign_share_pct")
    assert read_typed(share, "12,5").value == 12.5
    typo = read_typed(share, "12,5x")
    assert not typo.storable and typo.problem == MSG_NUMBER
    # A value of the right type that breaks a rule is kept (and the engine reports it).
    too_big = read_typed(share, "150")
    assert too_big.storable and too_big.value == 150 and too_big.problem is not None


def test_choices_read_in_the_current_language(qapp: QApplication) -> None:
    region = FORM.field("company.region_code")
    try:
        install_translator(qapp, "kk")
        assert display_text(region, "75", "kk") == "Алматы қаласы"
        assert display_text(FORM.field("product.is_oncology"), True, "kk") == "Иә"
    finally:
        install_translator(qapp, "en")


# --- the registry: which input each type gets ----------------------------------------------


def test_every_field_type_has_an_input_or_is_said_to_have_none() -> None:
    """A new field type without an entry fails here (and create_input refuses it by name)."""
    assert set(INPUTS) | NOT_TYPED == set(FieldType)
    assert not set(INPUTS) & NOT_TYPED


def test_the_shipped_form_uses_every_input_of_the_registry() -> None:
    """So that walking the form below makes and fills every input the registry names."""
    made = {INPUTS[f.type].input_for(f) for f in FORM.all_fields() if f.type in INPUTS}
    assert made == set(INPUT_CLASSES)


def test_a_type_without_an_entry_is_refused_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    bin_field = FORM.field("company.bin")
    assert bin_field.type == FieldType.BIN
    without_bin = {kind: entry for kind, entry in INPUTS.items() if kind != FieldType.BIN}
    monkeypatch.setattr(registry, "INPUTS", MappingProxyType(without_bin))
    with pytest.raises(LookupError, match="bin"):
        create_input(bin_field)
    files = next(f for f in FORM.all_fields() if f.type in NOT_TYPED)
    with pytest.raises(ValueError, match="attachments page"):
        create_input(files)


def test_numbers_and_years_line_up_on_the_right_as_the_registry_says(qtbot: QtBot) -> None:
    for key, right in (
        ("audit.revenue_kzt", True),
        ("production_line.commissioned_year", True),
        ("audit.visit_start", False),
        ("company.bin", False),
    ):
        field = FORM.field(key)
        assert right_aligned(field) is right, key
        widget = create_input(field)
        qtbot.addWidget(widget)
        assert isinstance(widget, LineInput)
        assert bool(widget.alignment() & Qt.AlignmentFlag.AlignRight) is right, key


def test_only_the_inputs_of_the_registry_are_seen_as_inputs(qtbot: QtBot) -> None:
    stranger = QWidget()
    qtbot.addWidget(stranger)
    with pytest.raises(TypeError):
        as_input(stranger)


def _sample(field: Field) -> Any:
    kind = field.type
    samples: dict[FieldType, Any] = {
        FieldType.INTEGER: 1234,
        FieldType.DECIMAL: 1234.5,
        FieldType.MONEY: 1_250_000,
        FieldType.PERCENTAGE: 12.5,
        FieldType.YEAR: 2019,
        FieldType.DATE: date(2026, 2, 4),
        FieldType.BIN: "940140000385",
        FieldType.ATC: "C09AA02",
        FieldType.BOOLEAN: True,
    }
    if kind in samples:
        return samples[kind]
    if kind == FieldType.SELECT_ONE:
        return field.choice_list.codes()[0]
    if kind == FieldType.SELECT_MULTIPLE:
        return list(field.choice_list.codes()[:2])
    if kind == FieldType.ROW_REF:
        return ROW_ID
    return "Қарағанды «Фарм» ЖШС"[: field.max_length or 100]


ROW_ID = uuid.UUID("00000000-0000-4000-8000-000000000001")


def _rows(_repeat: str) -> list[tuple[uuid.UUID, str]]:
    return [(ROW_ID, "Main site"), (uuid.uuid4(), "Second site")]


def test_every_field_of_the_questionnaire_gets_an_input_that_keeps_its_value(
    qtbot: QtBot,
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    walked = 0
    for field in FORM.all_fields():
        if field.type in NOT_TYPED:
            continue  # files are added on the attachments page
        widget = create_input(field, parent, rows=_rows)
        assert type(widget) is INPUTS[field.type].input_for(field), field
        assert isinstance(widget, FieldInput), field
        if field.type == FieldType.CALCULATE:
            continue
        value = _sample(field)
        shown = as_input(widget)
        shown.show_value(value, force=True)
        assert shown.read_value().value == value, field
        assert shown.read_value().storable, field
        walked += 1
    assert walked > 100


def test_typing_a_number_reads_as_the_number_and_tells_each_keystroke(qtbot: QtBot) -> None:
    widget = create_input(FORM.field("audit.revenue_kzt"))
    qtbot.addWidget(widget)
    assert isinstance(widget, LineInput)
    with qtbot.waitSignals([widget.edited] * 3):
        qtbot.keyClicks(widget, "1 2")
    qtbot.keyClicks(widget, "50 000")
    assert widget.read_value().value == 1_250_000
    # Showing the saved value again leaves the text as typed (no cursor jump while typing).
    widget.show_value(1_250_000)
    assert widget.text() == "1 250 000"


def test_atc_codes_are_upper_cased_as_typed(qtbot: QtBot) -> None:
    widget = create_input(FORM.field("product.atc_code"))
    qtbot.addWidget(widget)
    assert isinstance(widget, LineInput)
    qtbot.keyClicks(widget, "c09aa02")
    assert widget.text() == "C09AA02"
    assert widget.read_value().value == "C09AA02"


def test_inputs_leave_ctrl_z_to_the_editor_undo(qtbot: QtBot) -> None:
    for key in ("audit.special_economic_zone", "audit.findings"):
        widget = create_input(FORM.field(key))
        qtbot.addWidget(widget)
        override = QKeyEvent(
            QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
        )
        assert override.matches(QKeySequence.StandardKey.Undo)
        QApplication.sendEvent(widget, override)
        assert not override.isAccepted(), key


def test_choice_labels_follow_the_language_and_keep_the_answer(qtbot: QtBot) -> None:
    widget = create_input(FORM.field("audit.ownership_type"))
    qtbot.addWidget(widget)
    assert isinstance(widget, ChoiceInput)
    widget.show_value("foreign")
    assert widget.currentText() == "Foreign"
    try:
        install_translator(running_app(), "kk")
        widget.retranslate()
        assert widget.currentText() == "Шетелдік"
        install_translator(running_app(), "ru")
        widget.retranslate()
        assert widget.currentText() == "Иностранная"
        assert widget.read_value().value == "foreign"
    finally:
        install_translator(running_app(), "en")


def test_a_yes_no_answer_that_cannot_be_empty_offers_only_yes_and_no(qtbot: QtBot) -> None:
    widget = create_input(FORM.field("investment_project.technology_transfer"))
    qtbot.addWidget(widget)
    assert isinstance(widget, BooleanInput)
    assert [widget.itemText(i) for i in range(widget.count())] == ["Yes", "No"]
    widget.show_value(False)
    assert widget.currentText() == "No"


def test_several_choices_are_ticked_with_the_keyboard(qtbot: QtBot) -> None:
    widget = create_input(FORM.field("site.activities"))
    qtbot.addWidget(widget)
    assert isinstance(widget, MultiChoiceInput)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    model = widget.choices
    widget.setCurrentIndex(model.index(1))
    with qtbot.waitSignal(widget.edited):
        qtbot.keyClick(widget.viewport(), Qt.Key.Key_Space)
    assert widget.read_value().value == [model.data(model.index(1), Qt.ItemDataRole.UserRole)]
    widget.set_read_only(True)
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsUserCheckable


def test_choice_check_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = ChoiceCheckModel(FORM.field("audit.export_countries"))
    model.set_value(["KZ", "RU"])
    qtmodeltester.check(model)
    assert model.value() == ["KZ", "RU"] or set(model.value() or []) == {"KZ", "RU"}


def test_mnemonics_take_a_letter_nobody_else_has() -> None:
    taken = {"a", "e"}
    assert with_mnemonic("Address", taken) == "A&ddress"
    assert with_mnemonic("Дата & место", taken) == "&Дата && место"
    assert "д" in taken
