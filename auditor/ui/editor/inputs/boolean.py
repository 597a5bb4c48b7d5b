"""BOOLEAN: yes or no."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from auditor.ui.editor.formatting import boolean_label
from auditor.ui.editor.inputs.combo import ComboInput


class BooleanInput(ComboInput):
    """Yes / no, and "not answered" when the answer may be empty."""

    def items(self, keep: Any) -> Iterable[tuple[Any, str, str]]:
        if self._nullable():
            yield None, QCoreApplication.translate("FieldInput", "Not answered"), ""
        yield True, boolean_label(True), ""
        yield False, boolean_label(False), ""
