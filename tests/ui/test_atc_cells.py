"""The ATC column of the product table: a code the index knows shows what it stands for, one it
does not know is questioned (a warning: the auditor can finalize with it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from auditor.db.database import Database
from auditor.forms.questionnaire import FORM
from auditor.ui.editor.editor import AuditEditor
from auditor.ui.i18n import install_translator
from tests.ui import test_cells
from tests.ui.test_cells import (
    check_lands,
    editable_row,
    editing_ends,
    group_of,
    press,
    shown,
    stored,
    tab_to,
    type_keys,
)

pytestmark = pytest.mark.qt

# The set-up of the cell tests: a demo audit with products, open in the editor.
database = test_cells.database
editor = test_cells.editor

KEY = "product.atc_code"


def _tooltip(editor: AuditEditor, row: int) -> str:
    group = group_of(editor, "products")
    column = group.model.column_of(KEY)
    assert column is not None
    return str(group.model.index(row, column).data(Qt.ItemDataRole.ToolTipRole))


def _type_code(qtbot: QtBot, editor: AuditEditor, code: str) -> int:
    group = group_of(editor, "products")
    row = editable_row(group, KEY)
    tab_to(qtbot, group, row, KEY)
    type_keys(qtbot, code)
    press(qtbot, Qt.Key.Key_Return)
    editing_ends(qtbot, group)
    check_lands(qtbot, editor)
    return row


def test_a_known_code_shows_the_medicine_in_the_language_of_the_window(
    qtbot: QtBot, app: QApplication, editor: AuditEditor
) -> None:
    row = _type_code(qtbot, editor, "c09aa02")
    assert shown(group_of(editor, "products"), row, KEY) == "C09AA02"
    assert _tooltip(editor, row).startswith("C09AA02 (enalapril)\n")
    try:
        install_translator(app, "ru")
        assert _tooltip(editor, row).startswith("C09AA02 (эналаприл)\n")
    finally:
        install_translator(app, "en")


def test_an_unknown_code_is_kept_and_questioned_with_its_nearest_group(
    qtbot: QtBot, editor: AuditEditor, database: Database
) -> None:
    row = _type_code(qtbot, editor, "C09AA99")
    group = group_of(editor, "products")
    # Saved as typed: a warning never refuses an answer.
    assert stored(database, FORM.field(KEY), group.model.record(row).id) == "C09AA99"
    tooltip = _tooltip(editor, row)
    assert tooltip.startswith("⚠ ATC code C09AA99 is not in the application's ATC index; its "
                              "nearest group there is C09AA (ACE inhibitors, plain).")
    warnings = [issue for issue in editor.verdict.issues if issue.rule == "atc_not_in_index"]
    assert [issue.severity for issue in warnings] == ["warning"]
