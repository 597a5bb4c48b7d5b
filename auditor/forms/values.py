"""Checking one answer against its field type, and reading typed text into a value.

The same functions serve the editor (text as typed), the importer (cells from a workbook) and
the command line, so an answer is judged the same way wherever it comes from.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from auditor.domain.atc import atc_problem, normalize_atc
from auditor.domain.bin import bin_problem
from auditor.domain.text import Text
from auditor.forms.fields import Field, FieldType

MIN_YEAR, MAX_YEAR = 1900, 2100
# Bounds no real answer reaches, so that a slip of the keyboard (or a forged package) cannot
# put an absurd figure into national totals: counts of people, lines or products; sums of
# money (the whole national medicines market is of the order of 10^12 tenge); quantities such
# as units a year (world production of tablets is of the order of 10^12).
MAX_COUNT = 10**9
MAX_MONEY_KZT = 10**15
MAX_QUANTITY = 10.0**13


@dataclass(frozen=True)
class StoredFile:
    """A file kept in the database whose bytes were not read (an audit being edited is held
    without them): the answer is the file, of this size."""

    size: int


def is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, StoredFile):
        return value.size == 0
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | bytes):
        return len(value) == 0
    return False


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


MSG_TEXT = Text("Мәтін болуы керек.", "Должен быть текст.", "Must be text.")
MSG_TOO_LONG = Text(
    "Тым ұзын: ең көбі {n} таңба.",
    "Слишком длинно: не более {n} символов.",
    "Too long: at most {n} characters.",
)
MSG_WHOLE = Text("Бүтін сан енгізіңіз.", "Введите целое число.", "Enter a whole number.")
MSG_NUMBER = Text("Сан енгізіңіз.", "Введите число.", "Enter a number.")
MSG_NEGATIVE = Text(
    "Теріс болмауы керек.", "Не может быть отрицательным.", "Cannot be negative."
)
MSG_MONEY = Text(
    "Соманы теңгемен бүтін санмен енгізіңіз.",
    "Введите сумму в тенге целым числом.",
    "Enter the amount in whole tenge.",
)
MSG_PERCENT = Text(
    "Пайыз 0-ден 100-ге дейін болуы керек.",
    "Процент должен быть от 0 до 100.",
    "A percentage must be between 0 and 100.",
)
MSG_YEAR = Text(
    "Жылды {lo}–{hi} аралығында енгізіңіз.",
    "Введите год от {lo} до {hi}.",
    "Enter a year from {lo} to {hi}.",
).format(lo=MIN_YEAR, hi=MAX_YEAR)
MSG_DATE = Text(
    "Күнді КК.АА.ЖЖЖЖ түрінде енгізіңіз.",
    "Введите дату в виде ДД.ММ.ГГГГ.",
    "Enter a date as DD.MM.YYYY.",
)
MSG_NO_SUCH_DATE = Text(
    "Күнтізбеде мұндай күн жоқ.",
    "Такого дня нет в календаре.",
    "There is no such day in the calendar.",
)
MSG_AT_MOST = Text(
    "Тым үлкен сан: ең көбі {n}.",
    "Слишком большое число: не больше {n}.",
    "Too large a number: at most {n}.",
)
MSG_DATE_RANGE = Text(
    "Күн {lo}–{hi} жылдар аралығында болуы керек.",
    "Дата должна быть между {lo} и {hi} годами.",
    "The date must be between the years {lo} and {hi}.",
).format(lo=MIN_YEAR, hi=MAX_YEAR)
MSG_BOOLEAN = Text("Иә немесе жоқ.", "Да или нет.", "Yes or no.")
MSG_CHOICE = Text(
    "Тізімнен мән таңдаңыз («{code}» тізімде жоқ).",
    "Выберите значение из списка («{code}» в нём нет).",
    "Choose a value from the list ('{code}' is not in it).",
)
MSG_CHOICES = Text(
    "Тізімнен бір немесе бірнеше мән таңдаңыз.",
    "Выберите одно или несколько значений из списка.",
    "Choose one or more values from the list.",
)
MSG_FILE = Text("Файл тіркеңіз.", "Приложите файл.", "Attach a file.")
MSG_ROW = Text(
    "Осы аудиттің жазбасын таңдаңыз.",
    "Выберите запись этого аудита.",
    "Choose a record of this audit.",
)


def check_value(field: Field, value: Any) -> Text | None:
    """Why ``value`` cannot be an answer to ``field``, or ``None`` if it can.

    Empty answers are not judged here (whether one is needed is a matter of ``required``).
    """
    if is_empty(value):
        return None
    return check_answer(field, value)


def check_answer(field: Field, value: Any) -> Text | None:
    """:func:`check_value` of an answer already known not to be empty."""
    check = _CHECKS.get(field.type)
    return None if check is None else check(field, value)  # calculated values are never typed


def _check_text(field: Field, value: Any) -> Text | None:
    if not isinstance(value, str):
        return MSG_TEXT
    limit = field.max_length
    if limit is not None and len(value) > limit:
        return MSG_TOO_LONG.format(n=limit)
    return None


def _check_bin(field: Field, value: Any) -> Text | None:
    return bin_problem(value) if isinstance(value, str) else bin_problem(str(value))


def _check_atc(field: Field, value: Any) -> Text | None:
    return atc_problem(value) if isinstance(value, str) else MSG_TEXT


def _at_most(limit: float) -> Text:
    return MSG_AT_MOST.format(n=f"{limit:,.0f}".replace(",", " "))


def _check_integer(field: Field, value: Any) -> Text | None:
    if not _whole(value):
        return MSG_WHOLE
    if value < 0:
        return MSG_NEGATIVE
    return _at_most(MAX_COUNT) if value > MAX_COUNT else None


def _check_money(field: Field, value: Any) -> Text | None:
    if not _whole(value):
        return MSG_MONEY
    if value < 0:
        return MSG_NEGATIVE
    return _at_most(MAX_MONEY_KZT) if value > MAX_MONEY_KZT else None


def _check_year(field: Field, value: Any) -> Text | None:
    return None if _whole(value) and MIN_YEAR <= value <= MAX_YEAR else MSG_YEAR


def _check_decimal(field: Field, value: Any) -> Text | None:
    if not _number(value):
        return MSG_NUMBER
    return _at_most(MAX_QUANTITY) if abs(value) > MAX_QUANTITY else None


def _check_percentage(field: Field, value: Any) -> Text | None:
    if not _number(value):
        return MSG_NUMBER
    return None if 0 <= value <= 100 else MSG_PERCENT


def _check_date(field: Field, value: Any) -> Text | None:
    if not isinstance(value, date) or isinstance(value, datetime):
        return MSG_DATE
    return None if MIN_YEAR <= value.year <= MAX_YEAR else MSG_DATE_RANGE


def _check_boolean(field: Field, value: Any) -> Text | None:
    return None if isinstance(value, bool) else MSG_BOOLEAN


def _check_select_one(field: Field, value: Any) -> Text | None:
    choices = field.choice_list
    if not isinstance(value, str) or (choices is not None and value not in choices):
        return MSG_CHOICE.format(code=str(value)[:40])
    return None


def _check_select_multiple(field: Field, value: Any) -> Text | None:
    choices = field.choice_list
    if not isinstance(value, list | tuple) or len(set(map(str, value))) != len(value):
        return MSG_CHOICES
    for code in value:
        if not isinstance(code, str) or (choices is not None and code not in choices):
            return MSG_CHOICE.format(code=str(code)[:40])
    return None


def _check_attachment(field: Field, value: Any) -> Text | None:
    return None if isinstance(value, bytes | StoredFile) else MSG_FILE


def _check_row_ref(field: Field, value: Any) -> Text | None:
    return None if isinstance(value, uuid.UUID) else MSG_ROW


_CHECKS: dict[FieldType, Callable[[Field, Any], Text | None]] = {
    FieldType.TEXT: _check_text,
    FieldType.BIN: _check_bin,
    FieldType.ATC: _check_atc,
    FieldType.INTEGER: _check_integer,
    FieldType.MONEY: _check_money,
    FieldType.YEAR: _check_year,
    FieldType.DECIMAL: _check_decimal,
    FieldType.PERCENTAGE: _check_percentage,
    FieldType.DATE: _check_date,
    FieldType.BOOLEAN: _check_boolean,
    FieldType.SELECT_ONE: _check_select_one,
    FieldType.SELECT_MULTIPLE: _check_select_multiple,
    FieldType.ATTACHMENT: _check_attachment,
    FieldType.ROW_REF: _check_row_ref,
}


def answer_check(field_type: FieldType) -> Callable[[Field, Any], Text | None] | None:
    """What :func:`check_answer` applies to an answer of this type (nothing to a calculation),
    for a caller that checks many answers of one field."""
    return _CHECKS.get(field_type)


_SPACES = re.compile(r"[\s\u00a0\u202f']")


def parse_text(field: Field, text: str) -> tuple[Any, Text | None]:
    """Read what a person typed into the value the field stores, or say why it cannot be.

    Accepts the habits of the region: spaces or apostrophes between thousands, a decimal
    comma, dates as DD.MM.YYYY (or ISO).
    """
    raw = text.strip()
    if not raw:
        return None, None
    kind = field.type
    if kind in (FieldType.INTEGER, FieldType.MONEY, FieldType.YEAR):
        digits = _SPACES.sub("", raw)
        if not re.fullmatch(r"-?\d+", digits):
            return None, MSG_MONEY if kind == FieldType.MONEY else MSG_WHOLE
        value: Any = int(digits)
    elif kind in (FieldType.DECIMAL, FieldType.PERCENTAGE):
        number = _SPACES.sub("", raw).replace(",", ".").rstrip("%")
        try:
            value = float(number)
        except ValueError:
            return None, MSG_NUMBER
    elif kind == FieldType.DATE:
        value = parse_date(raw)
        if value is None:
            # Written as a date, but not one (31.02.2029): "enter a date" would not say why.
            shaped = re.fullmatch(r"\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{1,2}-\d{1,2}", raw)
            return None, MSG_NO_SUCH_DATE if shaped else MSG_DATE
    elif kind == FieldType.ATC:
        value = normalize_atc(raw)
    elif kind == FieldType.BIN:
        value = _SPACES.sub("", raw)
    else:
        value = raw
    return value, check_value(field, value)


def parse_date(text: str) -> date | None:
    for pattern in ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None
