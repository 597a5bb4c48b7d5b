"""ROW_REF: a row of another repeat of the same audit (the site of a production line)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QWidget

from auditor.forms.fields import Field
from auditor.ui.editor.inputs.combo import ComboInput
from auditor.ui.editor.inputs.interface import RowChoices


class RowRefInput(ComboInput):
    """ROW_REF: one of the rows of another repeat of the audit, named by its row label."""

    def __init__(
        self, field: Field, rows: RowChoices | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, parent)
        self._rows = rows
        self.rebuild(None)

    def items(self, keep: Any) -> Iterable[tuple[Any, str, str]]:
        if self._nullable() or keep is None:
            yield None, "", ""
        rows: RowChoices | None = getattr(self, "_rows", None)  # not yet set while made
        if rows is not None and self.field.ref is not None:
            for record_id, title in rows(self.field.ref):
                yield record_id, title, ""

    def showPopup(self) -> None:
        # The other repeat may have changed since the list was made.
        self.rebuild(self.currentData())
        super().showPopup()
