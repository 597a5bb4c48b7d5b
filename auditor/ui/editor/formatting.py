"""Answers as text: how a stored value is shown and typed, and how typed text reads as a value.

Values are shown the way people here type them: in Kazakh and Russian thousands separated by
spaces and a decimal comma, in English by commas and a decimal point (numbers are written by
:func:`auditor.ui.i18n.format_number`), dates as DD.MM.YYYY. The same functions serve the
inputs, the cells of repeat tables and the labels that show computed answers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from auditor.domain.text import Text
from auditor.forms.fields import Field, FieldType
from auditor.forms.values import parse_text
from auditor.ui.i18n import current_language, format_number

__all__ = [
    "QUANTITIES",
    "Parsed",
    "boolean_label",
    "display_text",
    "edit_text",
    "format_number",
    "read_typed",
    "reads_as",
    "unit_text",
]

# Written as quantities: digits grouped by thousands, a decimal comma (a year is not one).
QUANTITIES = frozenset(
    {FieldType.INTEGER, FieldType.DECIMAL, FieldType.MONEY, FieldType.PERCENTAGE}
)
WHOLE_QUANTITIES = frozenset({FieldType.INTEGER, FieldType.MONEY})


# --- values as text -----------------------------------------------------------------------------


def edit_text(field: Field, value: Any, lang: str) -> str:
    """The text an input shows for a stored value, in the form it is typed."""
    if value is None:
        return ""
    kind = field.type
    if kind == FieldType.YEAR and isinstance(value, int):
        return str(value)
    if kind in QUANTITIES and isinstance(value, int | float) and not isinstance(value, bool):
        # In English a fraction's input is not grouped: "1,250" typed reads as 1.25 (the
        # decimal comma people here type, see read_typed), so it is written "1250".
        group = lang != "en" or kind in WHOLE_QUANTITIES
        return format_number(value, lang, group=group)
    if kind == FieldType.DATE and isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def choice_label(field: Field, code: str, lang: str) -> str:
    choices = field.choice_list
    return str(choices.label(code, lang)) if choices is not None else code


def boolean_label(value: bool | None) -> str:
    if value is None:
        return ""
    if value:
        return QCoreApplication.translate("FieldInput", "Yes")
    return QCoreApplication.translate("FieldInput", "No")


def display_text(
    field: Field, value: Any, lang: str, row_title: Callable[[Field, Any], str] | None = None
) -> str:
    """How a stored (or computed) value reads in a table cell or a read-only label."""
    if value is None:
        return ""
    kind = field.type
    if kind == FieldType.BOOLEAN:
        return boolean_label(bool(value))
    if kind == FieldType.SELECT_ONE:
        return choice_label(field, str(value), lang)
    if kind == FieldType.SELECT_MULTIPLE:
        codes = value if isinstance(value, list | tuple) else [value]
        return "; ".join(choice_label(field, str(code), lang) for code in codes)
    if kind == FieldType.ROW_REF:
        return row_title(field, value) if row_title is not None else str(value)
    if kind == FieldType.CALCULATE:
        if isinstance(value, float):
            return format_number(value, lang, decimals=1)
        if isinstance(value, int) and not isinstance(value, bool):
            return format_number(value, lang)
        return str(value)
    if kind == FieldType.ATTACHMENT:
        return ""
    if kind in QUANTITIES and isinstance(value, int | float) and not isinstance(value, bool):
        return format_number(value, lang)
    return edit_text(field, value, lang)


def unit_text(field: Field, lang: str) -> str:
    return field.unit(lang) if field.unit is not None else ""


# --- reading typed text -------------------------------------------------------------------------


@dataclass(frozen=True)
class Parsed:
    """What an input holds now: the value it reads as, why that is wrong, whether to save it.

    Text that does not read as a value of the field's type yet (``12,5x`` in a number field) is
    not saved; a value of the right type that breaks a rule (a BIN with a wrong check digit) is
    saved, so nothing typed is lost, and the validation engine reports it.
    """

    value: Any
    problem: Text | None = None
    storable: bool = True


def reads_as(parsed: Parsed, value: Any) -> bool:
    """Whether what an input holds already stands for ``value`` (then its text is left alone,
    so that saving while typing never moves the cursor or eats a trailing space)."""
    return parsed.storable and parsed.value == value


# "1,250,000" or "1,250.5": commas that group thousands, as English writes numbers.
_ENGLISH_GROUPS = re.compile(r"\s*-?\d{1,3}(?:,\d{3})+(?:\.\d*)?\s*")


def _english_groups(field: Field, text: str) -> bool:
    """Whether English text has commas between thousands, not a decimal comma. A whole
    number has no decimals; in a fraction "43,355" is the decimal comma people here type
    whatever the interface's language, and only "1,250,000" or "1,250.5" are groups."""
    if not _ENGLISH_GROUPS.fullmatch(text):
        return False
    return field.type in WHOLE_QUANTITIES or text.count(",") > 1 or "." in text


def read_typed(field: Field, text: str, lang: str | None = None) -> Parsed:
    """What ``text`` typed in ``field`` reads as; in English (``lang``, by default the current
    language) commas between thousands are read as such, so a number reads back as shown."""
    if (field.type in QUANTITIES and (lang or current_language()) == "en"
            and _english_groups(field, text)):
        text = text.replace(",", "")
    value, problem = parse_text(field, text)
    if value is None and problem is not None:
        return Parsed(None, problem, storable=False)
    limit = field.max_length
    if isinstance(value, str) and limit is not None and len(value) > limit:
        return Parsed(value, problem, storable=False)
    return Parsed(value, problem)

