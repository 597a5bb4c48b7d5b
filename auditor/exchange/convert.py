"""The cells of a package made into the values of the model, each checked on the way.

Whatever a cell holds, it becomes the value its column takes, or the package is refused with one
line naming the file, sheet, row and column and what is wrong:

* ids are UUIDs written as text (``8-4-4-4-12`` hexadecimal digits), unique within their sheet;
* revisions are whole numbers from 1; an audit's status is ``draft`` or ``finalized``;
* numbers are numbers — not text, not yes/no — finite and within ±10^15
  (:data:`auditor.exchange.limits.MAX_ABS_NUMBER`); whole-number columns take whole numbers only;
* dates are dates (or ISO text ``2024-05-31``); timestamps are ISO text with their time zone;
* yes/no columns take real booleans, the numbers 1 and 0, or the words of
  :data:`BOOLEAN_WORDS` in any case (``TRUE``/``FALSE``, ``yes``/``no``, ``да``/``нет``,
  ``иә``/``жоқ``, ...); any other text (a typo, ``"FALSE "`` with a stray letter) is refused,
  never taken as yes;
* text is at most 32,767 characters (what a cell holds); numbers in text columns become text.

The rules of the questionnaire itself (required answers, ranges, codes) are checked afterwards
by the validation engine, as for every audit.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any

from auditor.db.models import AUDIT_STATUS_DRAFT, AUDIT_STATUS_FINALIZED, Company
from auditor.domain.text import Text
from auditor.exchange.celltext import quoted
from auditor.exchange.limits import CELL_MAX_CHARS, MAX_ABS_NUMBER
from auditor.exchange.package import LIST_SEPARATOR, SHEETS, SheetSpec, canonical
from auditor.exchange.reader import Package, refuse_at

# Words a yes/no cell may hold, compared without regard to case and surrounding spaces.
BOOLEAN_WORDS: dict[str, bool] = {
    "true": True, "false": False,
    "yes": True, "no": False,
    "1": True, "0": False,
    "да": True, "нет": False,
    "истина": True, "ложь": False,
    "иә": True, "ия": True, "жоқ": False,
    "ақиқат": True, "жалған": False,
}
AUDIT_STATUSES = (AUDIT_STATUS_DRAFT, AUDIT_STATUS_FINALIZED)

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class BadCell(Exception):
    """What is wrong with one cell; the caller adds where it is."""

    def __init__(self, problem: Text) -> None:
        self.problem = problem
        super().__init__(problem.en)


def _bad(kk: str, ru: str, en: str) -> BadCell:
    return BadCell(Text(kk, ru, en))


def _not_number(value: Any) -> BadCell:
    shown = quoted(value)
    return _bad(f"{shown} сан емес", f"{shown} не число", f"{shown} is not a number")


def _number(value: Any) -> float | int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _not_number(value)
    if isinstance(value, float) and not math.isfinite(value):
        raise _bad("сан шекті емес", "число не конечно", f"{value} is not a finite number")
    if abs(value) > MAX_ABS_NUMBER:
        raise _bad(f"{value:g} тым үлкен (±10^15 дейін)",
                   f"{value:g} слишком велико (до ±10^15)",
                   f"{value:g} is out of range (at most ±10^15)")
    return value


def to_int(value: Any) -> int:
    number = _number(value)
    if isinstance(number, float):
        if not number.is_integer():
            raise _bad(f"{number!r} бүтін сан емес", f"{number!r} не целое число",
                       f"{number!r} is not a whole number")
        return int(number)
    return number


def to_float(value: Any) -> float:
    return float(_number(value))


def to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = BOOLEAN_WORDS.get(value.strip().casefold())
        if word is not None:
            return word
    shown = quoted(value)
    return_words = "TRUE/FALSE, 1/0, yes/no, да/нет, иә/жоқ"
    raise _bad(f"{shown} иә/жоқ мәні емес ({return_words})",
               f"{shown} не значение да/нет ({return_words})",
               f"{shown} is not a yes/no value ({return_words})")


def to_uuid(value: Any) -> uuid.UUID:
    if isinstance(value, str) and _UUID.fullmatch(value.strip()):
        return uuid.UUID(value.strip())
    shown = quoted(value)
    raise _bad(f"{shown} идентификатор (UUID) емес", f"{shown} не идентификатор (UUID)",
               f"{shown} is not an id (UUID)")


def to_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _DATE.fullmatch(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    shown = quoted(value)
    raise _bad(f"{shown} күн емес", f"{shown} не дата", f"{shown} is not a date")


def to_timestamp(value: Any) -> datetime:
    moment: datetime | None = None
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError:
            moment = None
    if moment is None or moment.tzinfo is None:
        shown = quoted(value)
        raise _bad(f"{shown} уақыт белдеуі бар уақыт белгісі емес",
                   f"{shown} не отметка времени с часовым поясом",
                   f"{shown} is not a timestamp with its time zone")
    return moment


def to_text(value: Any) -> str:
    if isinstance(value, bool):
        raise _bad("мәтін бағанындағы иә/жоқ мәні", "значение да/нет в текстовом столбце",
                   "a yes/no value in a text column")
    text = value if isinstance(value, str) else str(canonical(value))
    if len(text) > CELL_MAX_CHARS:
        raise _bad(f"мәтін тым ұзын ({len(text):,} таңба; ұяшыққа {CELL_MAX_CHARS:,} сияды)",
                   f"текст слишком длинный ({len(text):,} знаков; в ячейку входит "
                   f"{CELL_MAX_CHARS:,})",
                   f"the text is too long ({len(text):,} characters; a cell holds "
                   f"{CELL_MAX_CHARS:,})")
    return text


def to_list(value: Any) -> list[str]:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        shown = quoted(value)
        raise _bad(f"{shown} кодтар тізімі емес", f"{shown} не список кодов",
                   f"{shown} is not a list of codes")
    text = to_text(value)
    return [part.strip() for part in text.split(LIST_SEPARATOR.strip()) if part.strip()]


def to_revision(value: Any) -> int:
    revision = to_int(value)
    if revision < 1:
        raise _bad(f"редакция {revision} 1-ден кем", f"редакция {revision} меньше 1",
                   f"revision {revision} is less than 1")
    return revision


def to_status(value: Any) -> str:
    if value in AUDIT_STATUSES:
        return str(value)
    shown = quoted(value)
    raise _bad(f"{shown} аудит мәртебесі емес", f"{shown} не статус аудита",
               f"{shown} is not an audit status ({', '.join(AUDIT_STATUSES)})")


Converter = Callable[[Any], Any]


def _converter(spec: SheetSpec, key: str) -> Converter:
    if spec.name == "Audits" and key == "revision":
        return to_revision
    if spec.name == "Audits" and key == "status":
        return to_status
    if key == "bin":
        return to_text
    kind = spec.column_kind(key)
    if kind == "uuid":
        return to_uuid
    if kind == "timestamp":
        return to_timestamp
    if kind == "date":
        return to_date
    if kind == "list":
        return to_list
    python_type = spec.python_type(key)
    if python_type is bool:
        return to_bool
    if python_type is int:
        return to_int
    if python_type is float:
        return to_float
    return to_text


@cache
def converters(spec: SheetSpec) -> tuple[tuple[str, Converter], ...]:
    """Every column of a sheet with what makes its cells into values."""
    return tuple((key, _converter(spec, key)) for key in spec.columns)


# Columns a row cannot do without.
_REQUIRED = {"id"}
_REQUIRED_IN = {"Audits": {"revision", "status", "bin"}, "Companies": {"bin"}}


def _checked_text(value: str) -> str:
    return value if len(value) <= CELL_MAX_CHARS else to_text(value)


def convert_package(package: Package) -> dict[str, list[dict[str, Any]]]:
    """Every row of every entity sheet as ``{column key: value}``, in the package's order.

    ``bin`` is the row's BIN as text on every sheet; it is a model column of ``Companies``
    only. Raises :class:`~auditor.exchange.reader.PackageError` naming the first cell that
    cannot be taken.
    """
    result: dict[str, list[dict[str, Any]]] = {}
    for spec in SHEETS:
        required = _REQUIRED | _REQUIRED_IN.get(spec.name, set())
        # Text and finite numbers, most cells of any sheet, are taken here directly; the rest
        # by their column's converter.
        columns = [(key, convert, convert is to_text, convert is to_float, key in required)
                   for key, convert in converters(spec)]
        rows: list[dict[str, Any]] = []
        first_row: dict[uuid.UUID, int] = {}
        numbers = package.row_numbers[spec.name]
        for row, number in zip(package.sheets[spec.name], numbers, strict=True):
            values: dict[str, Any] = {}
            for key, convert, is_text, is_float, needed in columns:
                cell = row[key]
                kind = type(cell)
                try:
                    if kind is str:
                        if cell:
                            values[key] = _checked_text(cell) if is_text else convert(cell)
                            continue
                    elif cell is not None:
                        if (is_float and kind is float and -MAX_ABS_NUMBER <= cell
                                <= MAX_ABS_NUMBER):
                            values[key] = cell
                        else:
                            values[key] = convert(cell)
                        continue
                except BadCell as exc:
                    raise refuse_at(package.path, spec.name, number, key,
                                    exc.problem) from exc
                if needed:
                    raise refuse_at(package.path, spec.name, number, key, Text(
                        "бос", "пусто", "empty, but every row needs it"))
                values[key] = None
            record_id = values["id"]
            if record_id in first_row:
                raise refuse_at(package.path, spec.name, number, "id", Text(
                    f"{record_id} идентификаторы {first_row[record_id]}-жолда да бар",
                    f"идентификатор {record_id} уже есть в строке {first_row[record_id]}",
                    f"the id {record_id} is already used on row {first_row[record_id]}"))
            first_row[record_id] = number
            rows.append(values)
        result[spec.name] = rows
    return result


def model_values(spec: SheetSpec, values: dict[str, Any]) -> dict[str, Any]:
    """The values a record of the sheet's model takes (``bin`` belongs to companies only)."""
    if spec.model is Company or "bin" not in values:
        return values
    return {key: value for key, value in values.items() if key != "bin"}


__all__ = ["BOOLEAN_WORDS", "BadCell", "convert_package", "converters", "model_values"]
