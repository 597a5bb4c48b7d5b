"""Assignment lists: the companies an auditor is sent to visit, read from a workbook.

A ministry or regional office hands auditors a spreadsheet of producers (BIN, name, region),
made by people in Excel in any of our three languages. The first sheet is read; the header row
is the first one with a BIN column, and columns are found by their header in Kazakh, Russian or
English. Every row becomes a company, is found already present (same BIN; nothing is changed),
or is listed as bad with the row number a person sees in Excel and what is wrong with it. Bad
rows never stop the good ones; the good ones are written in one transaction.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from auditor.db.database import Database
from auditor.db.models import Company
from auditor.domain.bin import BIN_LENGTH, real_bin_problem
from auditor.domain.lists import REGIONS
from auditor.domain.text import Text
from auditor.exchange.limits import ASSIGNMENT_LIMITS
from auditor.exchange.xlsxguard import UnsafeWorkbook, open_workbook
from auditor.forms.engine import company_issues
from auditor.forms.questionnaire import FORM
from auditor.forms.values import check_value

Progress = Callable[[int, int], None]

# An assignment list is a few thousand rows at most; anything far larger is not one (its
# limits are ASSIGNMENT_LIMITS in auditor.exchange.limits).
_PROGRESS_EVERY = 100
_LOOKUP_CHUNK = 500  # BINs per query, well below every database's parameter limit

NAME_FIELDS = (FORM.field("company.name_kk").key, FORM.field("company.name_ru").key)
ADDRESS_FIELD = FORM.field("company.address")


class AssignmentError(Exception):
    """A file that cannot be read as an assignment list; ``reason`` is one line naming it."""

    def __init__(self, reason: Text) -> None:
        self.reason = reason
        super().__init__(reason.en)


@dataclass(frozen=True)
class BadRow:
    row: int  # as numbered in Excel
    bin: str  # as read, "" when the cell was empty
    reason: Text


@dataclass
class AssignmentResult:
    imported: int = 0
    already_present: int = 0
    bad: list[BadRow] = field(default_factory=list)


# --- messages ---------------------------------------------------------------------------------

MSG_NO_NAME = Text(
    "Компания атауы көрсетілмеген",
    "Не указано наименование компании",
    "No company name",
)
MSG_NAME_PROBLEM = Text("Атауы: {problem}", "Наименование: {problem}", "Name: {problem}")
MSG_ADDRESS_PROBLEM = Text("Мекенжайы: {problem}", "Адрес: {problem}", "Address: {problem}")
MSG_NO_REGION = Text("Өңір көрсетілмеген", "Не указан регион", "No region")
MSG_UNKNOWN_REGION = Text(
    "Белгісіз өңір «{value}»",
    "Неизвестный регион «{value}»",
    "Unknown region “{value}”",
)
MSG_DUPLICATE = Text(
    "Бұл БСН файлда {row}-жолда бұрын кездеседі",
    "Этот БИН уже есть в файле в строке {row}",
    "The same BIN is already in row {row} of the file",
)


def _refuse(path: Path, kk: str, ru: str, en: str) -> AssignmentError:
    return AssignmentError(
        Text(f"{path.name}: {kk}", f"{path.name}: {ru}", f"{path.name}: {en}")
    )


# --- the file ---------------------------------------------------------------------------------


def _first_sheet(path: Path) -> list[list[Any]]:
    """The first sheet's rows, after the file passed the checks of an assignment list
    (:func:`auditor.exchange.xlsxguard.open_workbook`, before anything is parsed)."""
    try:
        workbook = open_workbook(path, ASSIGNMENT_LIMITS).workbook
        if not workbook.sheet_names:
            return []
        sheet = workbook.get_sheet_by_index(0)
        rows: list[list[Any]] = sheet.to_python(skip_empty_area=True)
        # Rows and columns before the first value are put back, so that list index + 1 is the
        # row number Excel shows (done here rather than by calamine, which would copy the
        # whole grid to do it).
        first_row, first_column = sheet.start or (0, 0)
        del sheet
        if first_column:
            rows = [[None] * first_column + row for row in rows]
        if first_row:
            rows = [[] for _ in range(first_row)] + rows
    except UnsafeWorkbook as exc:
        raise AssignmentError(exc.reason) from exc
    except Exception as exc:  # whatever a file makes the parser raise: one line
        raise _refuse(path, "файл бүлінген немесе толық емес", "файл повреждён или обрезан",
                      f"corrupt or truncated workbook ({type(exc).__name__})") from exc
    if len(rows) > ASSIGNMENT_LIMITS.rows:
        raise _refuse(path, "жолдары тым көп", "слишком много строк",
                      f"too many rows for an assignment list (at most "
                      f"{ASSIGNMENT_LIMITS.rows:,})")
    return rows


# --- headers ----------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")

_BIN_WORDS = frozenset({"bin", "бин", "бсн"})
_REGION_STEMS = ("region", "регион", "област", "облыс", "өңір", "онир")
_NAME_STEMS = ("name", "наименов", "назван", "атау")
_ADDRESS_STEMS = ("address", "адрес", "мекенжай")
_KAZAKH_MARKERS = frozenset({"kk", "kz", "kaz", "kazakh", "каз", "қаз", "казахском",
                             "казахский", "қазақша", "қазақ", "казакша"})
_RUSSIAN_MARKERS = frozenset({"ru", "rus", "russian", "рус", "русском", "русский", "орысша",
                              "орыс"})


def _words(value: Any) -> list[str]:
    return _WORD.findall(str(value).casefold()) if value not in (None, "") else []


def _has_stem(words: Iterable[str], stems: Sequence[str]) -> bool:
    return any(word.startswith(stem) for word in words for stem in stems)


@dataclass
class _Columns:
    bin: int
    region: int | None = None
    name: int | None = None
    name_kk: int | None = None
    name_ru: int | None = None
    address: int | None = None


def _classify(words: list[str]) -> str | None:
    """Which column a header names; region before name, as "region name" names a region."""
    if _BIN_WORDS.intersection(words):
        return "bin"
    if _has_stem(words, _REGION_STEMS):
        return "region"
    if _has_stem(words, _NAME_STEMS):
        if _KAZAKH_MARKERS.intersection(words):
            return "name_kk"
        if _RUSSIAN_MARKERS.intersection(words):
            return "name_ru"
        return "name"
    if _has_stem(words, _ADDRESS_STEMS):
        return "address"
    return None


def _find_header(rows: list[list[Any]]) -> tuple[int, _Columns] | None:
    for index, row in enumerate(rows):
        kinds = [_classify(_words(cell)) for cell in row]
        if "bin" not in kinds:
            continue
        found: dict[str, int] = {}
        for column, kind in enumerate(kinds):
            if kind is not None:
                found.setdefault(kind, column)  # the first of two same columns counts
        return index, _Columns(
            bin=found["bin"],
            region=found.get("region"),
            name=found.get("name"),
            name_kk=found.get("name_kk"),
            name_ru=found.get("name_ru"),
            address=found.get("address"),
        )
    return None


# --- cells ------------------------------------------------------------------------------------


def _cell(row: list[Any], column: int | None) -> Any:
    if column is None or column >= len(row):
        return None
    return row[column]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return " ".join(str(value).split())


_INNER_SPACES = re.compile(r"[\s\u00a0\u202f]+")


def _bin_text(value: Any) -> str:
    """The BIN as text. Excel turns a typed BIN into a number and drops its leading zeros."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float) and float(value).is_integer() and value >= 0:
        digits = str(int(value))
        return digits.zfill(BIN_LENGTH) if len(digits) < BIN_LENGTH else digits
    if value is None:
        return ""
    return _INNER_SPACES.sub("", str(value))


_KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_CITY_WORDS = frozenset({"г", "гор", "город", "қ", "қаласы", "каласы", "city"})
_ABBREVIATIONS = {"обл": "область"}


def _region_key(value: str) -> str:
    """Spelling-tolerant key: case, "г."/"қаласы"/"city" and word order do not matter."""
    words = _WORD.findall(value.casefold().replace("ё", "е"))
    kept = [_ABBREVIATIONS.get(word, word) for word in words if word not in _CITY_WORDS]
    return " ".join(sorted(kept))


def _region_index() -> dict[str, str]:
    index: dict[str, str] = {}
    ambiguous: set[str] = set()
    for choice in REGIONS:
        for label in (choice.label.kk, choice.label.ru, choice.label.en):
            key = _region_key(label)
            if index.get(key, choice.code) != choice.code:
                ambiguous.add(key)
            index[key] = choice.code
    for key in ambiguous:
        del index[key]  # a label shared by two regions names neither
    return index


_REGION_BY_LABEL = _region_index()


def region_code(value: Any) -> str | None:
    """The region code for a code or a label in any language, or None if there is none."""
    text = _text(value)
    if text in REGIONS:
        return text
    return _REGION_BY_LABEL.get(_region_key(text)) if text else None


# --- rows -------------------------------------------------------------------------------------


@dataclass
class _Candidate:
    row: int
    bin: str
    name_kk: str | None
    name_ru: str | None
    region_code: str
    address: str | None


def _names(row: list[Any], columns: _Columns) -> tuple[str | None, str | None]:
    name_kk = _text(_cell(row, columns.name_kk)) or None
    name_ru = _text(_cell(row, columns.name_ru)) or None
    general = _text(_cell(row, columns.name)) or None
    if general is not None:
        # One name column in whatever language the list was made in: Kazakh letters tell.
        if _KAZAKH_LETTERS.intersection(general):
            name_kk = name_kk or general
        else:
            name_ru = name_ru or general
    return name_kk, name_ru


def _check_row(
    number: int, row: list[Any], columns: _Columns, first_row_of: dict[str, int]
) -> _Candidate | BadRow:
    bin_ = _bin_text(_cell(row, columns.bin))
    problems: list[Text] = []
    # The domain's reason, an empty cell and a BIN of the demo range included: a list of
    # companies to visit names real ones.
    wrong_bin = real_bin_problem(bin_)
    if wrong_bin is not None:
        problems.append(wrong_bin)
    elif bin_ in first_row_of:
        problems.append(MSG_DUPLICATE.format(row=first_row_of[bin_]))
    else:
        first_row_of[bin_] = number

    name_kk, name_ru = _names(row, columns)
    # The questionnaire's rule for a company's names, said as briefly as the list's others.
    name_issue = next((issue for issue in company_issues(FORM, {"name_kk": name_kk,
                                                                "name_ru": name_ru})
                       if issue.field in NAME_FIELDS), None)
    if name_issue is not None:
        problems.append(MSG_NO_NAME if name_issue.rule == "required"
                        else MSG_NAME_PROBLEM.format(problem=_clause(name_issue.message)))

    address = _text(_cell(row, columns.address)) or None
    problem = check_value(ADDRESS_FIELD, address) if address is not None else None
    if problem is not None:
        problems.append(MSG_ADDRESS_PROBLEM.format(problem=_clause(problem)))

    region_text = _text(_cell(row, columns.region))
    code = region_code(region_text)
    if not region_text:
        problems.append(MSG_NO_REGION)
    elif code is None:
        problems.append(MSG_UNKNOWN_REGION.format(value=region_text[:60]))

    if problems or code is None:
        return BadRow(number, bin_, _joined(problems))
    return _Candidate(number, bin_, name_kk, name_ru, code, address)


def _clause(text: Text) -> Text:
    """A sentence of the form layer as a clause after a colon."""
    def lower(value: str) -> str:
        value = value.rstrip(".")
        return value[:1].lower() + value[1:]

    return Text(lower(text.kk), lower(text.ru), lower(text.en))


def _joined(problems: list[Text]) -> Text:
    return Text(
        "; ".join(p.kk for p in problems),
        "; ".join(p.ru for p in problems),
        "; ".join(p.en for p in problems),
    )


def _is_blank(row: list[Any]) -> bool:
    return all(cell in (None, "") or (isinstance(cell, str) and not cell.strip()) for cell in row)


# --- the import -------------------------------------------------------------------------------


def import_assignments(
    database: Database,
    path: Path,
    *,
    actor: str,
    progress: Progress | None = None,
) -> AssignmentResult:
    """Add the companies of the assignment list at ``path`` that are not in ``database`` yet.

    Raises :class:`AssignmentError` (nothing written) when the file is not a workbook, is
    damaged or too large, or has no header row with a BIN, name and region column.
    """
    path = Path(path)
    rows = _first_sheet(path)
    header = _find_header(rows)
    if header is None:
        raise _refuse(path, "бірінші парақта БСН бағаны бар тақырып жолы жоқ",
                      "на первом листе нет строки заголовков со столбцом БИН",
                      "the first sheet has no header row with a BIN column")
    header_index, columns = header
    if columns.name is None and columns.name_kk is None and columns.name_ru is None:
        raise _refuse(path, "атауы бағаны жоқ", "нет столбца с наименованием",
                      "no name column")
    if columns.region is None:
        raise _refuse(path, "өңір бағаны жоқ", "нет столбца с регионом", "no region column")

    data = [(index + 1, row) for index, row in enumerate(rows) if index > header_index]
    total = len(data) + 1
    result = AssignmentResult()
    candidates: list[_Candidate] = []
    first_row_of: dict[str, int] = {}
    for done, (number, row) in enumerate(data, start=1):
        if progress is not None and done % _PROGRESS_EVERY == 0:
            progress(done, total)
        if _is_blank(row):
            continue
        checked = _check_row(number, row, columns, first_row_of)
        if isinstance(checked, BadRow):
            result.bad.append(checked)
        else:
            candidates.append(checked)

    with database.transaction(actor) as session:
        present: set[str] = set()
        bins = [candidate.bin for candidate in candidates]
        for start in range(0, len(bins), _LOOKUP_CHUNK):
            chunk = bins[start:start + _LOOKUP_CHUNK]
            present.update(session.scalars(select(Company.bin).where(Company.bin.in_(chunk))))
        for candidate in candidates:
            if candidate.bin in present:
                result.already_present += 1
                continue
            session.add(Company(
                bin=candidate.bin,
                name_kk=candidate.name_kk,
                name_ru=candidate.name_ru,
                region_code=candidate.region_code,
                address=candidate.address,
            ))
            result.imported += 1
        # The last chance to cancel: nothing is committed before this returns.
        if progress is not None:
            progress(total, total)
    return result
