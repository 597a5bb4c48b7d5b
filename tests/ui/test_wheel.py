"""The mouse wheel scrolls the page and changes no answer under the pointer.

Every input the registry makes, on a page taller than the window, without the keyboard focus:
a wheel notch over it leaves its answer as it was (so nothing is saved, no trail entry is
written) and scrolls the page. An input the auditor is working in still takes the wheel.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from auditor.forms.fields import Field, FieldType
from auditor.forms.questionnaire import FORM
from auditor.ui.editor.inputs.choice import ChoiceInput
from auditor.ui.editor.inputs.registry import INPUT_CLASSES, as_input, create_input

pytestmark = pytest.mark.qt

SITES = [(uuid.UUID(int=1), "Площадка 1"), (uuid.UUID(int=2), "Площадка 2"),
         (uuid.UUID(int=3), "Площадка 3")]


def _field_for(cls: type[QWidget]) -> Field:
    """A field of the questionnaire that gets ``cls`` as its input."""
    for field in FORM.all_fields():
        if field.type == FieldType.ATTACHMENT:
            continue
        widget = create_input(field, rows=lambda _ref: SITES)
        made = type(widget)
        widget.deleteLater()
        if made is cls:
            return field
    raise AssertionError(f"no field of the form gets {cls.__name__}")


def _answer(field: Field) -> Any:
    """An answer from the middle of what the input offers, so a notch either way would change
    it."""
    if field.type == FieldType.SELECT_ONE and field.choice_list is not None:
        return field.choice_list.codes()[1]
    if field.type == FieldType.SELECT_MULTIPLE and field.choice_list is not None:
        return [field.choice_list.codes()[0]]
    if field.type == FieldType.BOOLEAN:
        return True
    if field.type == FieldType.ROW_REF:
        return SITES[1][0]
    if field.multiline:
        return "\n".join(f"Строка {n}" for n in range(40))  # taller than the box
    return None


class Page(QScrollArea):
    """A page taller than its window, with the input in the middle and another answer that
    has the keyboard focus."""

    def __init__(self, field: Field) -> None:
        super().__init__()
        content = QWidget()
        layout = QVBoxLayout(content)
        self.elsewhere = QLineEdit(content)
        layout.addWidget(self.elsewhere)
        layout.addWidget(QLabel("…", minimumHeight=900))
        self.input = create_input(field, content, rows=lambda _ref: SITES)
        layout.addWidget(self.input)
        layout.addWidget(QLabel("…", minimumHeight=900))
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.resize(600, 400)


def _wheel(widget: QWidget, notches: int = -1) -> None:
    """Notches of the wheel over the middle of ``widget`` (down for a negative count), as the
    window system delivers them (Qt passes only those on to the widgets beneath)."""
    window = widget.window()
    handle = window.windowHandle()
    assert handle is not None
    where = widget.mapTo(window, widget.rect().center())
    QTest.wheelEvent(handle, QPointF(where), QPoint(0, 120 * notches))
    QApplication.processEvents()


@pytest.mark.parametrize("cls", INPUT_CLASSES, ids=lambda cls: cls.__name__)
def test_the_wheel_over_an_answer_scrolls_the_page_and_changes_nothing(
    qtbot: QtBot, app: QApplication, cls: type[QWidget]
) -> None:
    field = _field_for(cls)
    page = Page(field)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    answer = as_input(page.input)
    answer.show_value(_answer(field), force=True)
    edited: list[object] = []
    if hasattr(page.input, "edited"):
        page.input.edited.connect(lambda: edited.append(True))
    page.elsewhere.setFocus()
    qtbot.waitUntil(page.elsewhere.hasFocus)
    page.ensureWidgetVisible(page.input)
    before, scrolled = answer.read_value().value, page.verticalScrollBar().value()

    _wheel(page.input)

    assert answer.read_value().value == before and edited == []
    assert page.verticalScrollBar().value() > scrolled  # the page went down
    assert page.elsewhere.hasFocus()  # the wheel gave the answer no focus


def test_a_choice_being_worked_in_still_takes_the_wheel(qtbot: QtBot, app: QApplication) -> None:
    field = _field_for(ChoiceInput)
    page = Page(field)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    answer = as_input(page.input)
    answer.show_value(_answer(field), force=True)
    page.ensureWidgetVisible(page.input)
    page.input.setFocus()
    qtbot.waitUntil(page.input.hasFocus)
    before = answer.read_value().value

    _wheel(page.input)

    assert answer.read_value().value != before
