"""SELECT_ONE: one choice of the field's choice list."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from auditor.ui.editor.inputs.combo import ComboInput
from auditor.ui.i18n import current_language


class ChoiceInput(ComboInput):
    """SELECT_ONE: the choice list's labels in the current language, and an empty entry."""

    def items(self, keep: Any) -> Iterable[tuple[Any, str, str]]:
        lang = current_language()
        yield None, "", ""
        choices = self.field.choice_list
        for choice in choices or ():
            note = choice.note(lang) if choice.note is not None else ""
            yield choice.code, choice.label(lang), note
