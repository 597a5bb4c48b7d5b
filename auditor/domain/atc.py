"""ATC (Anatomical Therapeutic Chemical) codes of medicines, at level 5, e.g. ``C09AA02``.

A code is first judged by its form (:func:`atc_problem`), then looked up in the ATC index the
application ships (``auditor/resources/atc-index.tsv``; :func:`atc_name`). The index is read once,
at its first use, and is checked as it is read: a file that lost a column, a code or a group is
refused with an error naming its line rather than giving names to some codes and not others.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Final

from auditor.domain.lists import ATC_GROUPS
from auditor.domain.text import Text
from auditor.resources import ATC_INDEX

_LEVEL_5: Final = re.compile(r"[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}")

# A code at levels 1 to 5: N, N02, N02B, N02BE, N02BE01. Each level's code begins with its
# parent's, so a code's groups are its prefixes of these lengths.
_LEVELS: Final = (
    re.compile(r"[A-Z]"),
    re.compile(r"[A-Z][0-9]{2}"),
    re.compile(r"[A-Z][0-9]{2}[A-Z]"),
    re.compile(r"[A-Z][0-9]{2}[A-Z]{2}"),
    _LEVEL_5,
)
_LENGTHS: Final = (1, 3, 4, 5, 7)

# Auditors type in Kazakh or Russian keyboard layouts, where these Cyrillic letters look exactly
# like the Latin ones of an ATC code; "С09АА05" typed that way would otherwise be rejected with a
# message the user cannot make sense of.
_CYRILLIC_LOOKALIKES: Final = str.maketrans("АВСЕНКМОРТХ", "ABCEHKMOPTX")

_GROUP_LIST: Final = " ".join(ATC_GROUPS.codes())

_FORMAT = Text(
    "АТХ коды C09AA02 түрінде болуы керек: әріп, 2 цифр, 2 әріп, 2 цифр",
    "Код АТХ должен иметь вид C09AA02: буква, 2 цифры, 2 буквы, 2 цифры",
    "The ATC code must look like C09AA02: a letter, 2 digits, 2 letters, 2 digits",
)
_GROUP = Text(
    "АТХ кодының бірінші әрпі ({letter}) анатомиялық топ емес; рұқсат етілгендері: {groups}",
    "Первая буква кода АТХ ({letter}) не обозначает анатомическую группу; допустимы: {groups}",
    "The first letter of the ATC code ({letter}) is not an anatomical group; "
    "allowed: {groups}",
)

# The columns of the index file, in this order; the Kazakh name may be left empty.
INDEX_COLUMNS: Final = ("code", "en", "ru", "kk")


def normalize_atc(code: str) -> str:
    """The canonical spelling of an ATC code: upper case, no spaces, Latin letters."""
    return "".join(code.split()).upper().translate(_CYRILLIC_LOOKALIKES)


def atc_group(code: str) -> str | None:
    """The anatomical main group (level 1) of a code of any level, or None if it has none."""
    normalized = normalize_atc(code)
    if normalized and normalized[0] in ATC_GROUPS:
        return normalized[0]
    return None


def atc_problem(code: str) -> Text | None:
    """Why ``code`` is not a level-5 ATC code, or None when it is one."""
    normalized = normalize_atc(code)
    if not _LEVEL_5.fullmatch(normalized):
        return _FORMAT
    if normalized[0] not in ATC_GROUPS:
        return _GROUP.format(letter=normalized[0], groups=_GROUP_LIST)
    return None


def atc_level(code: str) -> int | None:
    """The level (1 to 5) of a code written as the classification writes it, or None."""
    for level, pattern in enumerate(_LEVELS, start=1):
        if pattern.fullmatch(code):
            return level
    return None


def atc_parent(code: str) -> str | None:
    """The group one level up from a well-formed code (``C09AA`` for ``C09AA02``), or None
    for a main group."""
    level = atc_level(code)
    return code[: _LENGTHS[level - 2]] if level is not None and level > 1 else None


# --- the index ------------------------------------------------------------------------------


class AtcIndexError(ValueError):
    """An ATC index file that cannot be used; the message names the file and the line."""

    def __init__(self, path: Path, line: int | None, problem: str) -> None:
        where = f"{path.name}, line {line}" if line is not None else path.name
        super().__init__(f"ATC index {where} ({path}): {problem}")
        self.path = path
        self.line = line


def read_atc_index(path: Path) -> dict[str, Text]:
    """Every code of the index file at ``path`` with its name, the main groups (level 1, the
    reference list ``ATC_GROUPS``) included. Raises :class:`AtcIndexError` for a file that
    cannot be read, a malformed line, a code twice, or a code whose group is missing."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise AtcIndexError(path, None, f"cannot be read: {error}") from error
    names: dict[str, Text] = {choice.code: choice.label for choice in ATC_GROUPS}
    first_line: dict[str, int] = {}
    header_seen = False
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if tuple(cells) != INDEX_COLUMNS:
                raise AtcIndexError(path, number, f"the header must be {' '.join(INDEX_COLUMNS)}")
            header_seen = True
            continue
        if len(cells) not in (3, 4):
            raise AtcIndexError(path, number, f"{len(cells)} columns, not 3 or 4")
        code, en, ru = cells[:3]
        kk = cells[3] if len(cells) == 4 else ""
        level = atc_level(code)
        if level is None or level == 1:
            raise AtcIndexError(path, number, f"{code!r} is not an ATC code of levels 2 to 5")
        if code in names:
            raise AtcIndexError(path, number, f"{code} is listed twice")
        for language, name in (("en", en), ("ru", ru), ("kk", kk)):
            if name != name.strip() or (not name and language != "kk"):
                raise AtcIndexError(path, number, f"{code}: the {language} name is empty "
                                    "or has spaces around it")
        names[code] = Text(kk or ru, ru, en)
        first_line[code] = number
    if not first_line:
        raise AtcIndexError(path, None, "no codes")
    for code, number in first_line.items():
        parent = atc_parent(code)
        if parent not in names:
            raise AtcIndexError(path, number, f"{code}: its group {parent} is not in the index")
    return names


@functools.cache
def atc_index() -> Mapping[str, Text]:
    """The application's ATC index: every code it knows, of levels 1 to 5, with its name."""
    return MappingProxyType(read_atc_index(ATC_INDEX))


def atc_name(code: str) -> Text | None:
    """The name of a code of any level (a substance at level 5, a group above it), or None
    when the index does not hold the code."""
    return atc_index().get(normalize_atc(code))


def nearest_atc_group(code: str) -> str | None:
    """The most specific group of the index that a code belongs to: the code itself when the
    index holds it, else its longest prefix that is a group there; None without a main group."""
    normalized = normalize_atc(code)
    index = atc_index()
    for length in reversed(_LENGTHS):
        prefix = normalized[:length]
        if len(prefix) == length and prefix in index and atc_level(prefix) is not None:
            return prefix
    return None


def describe_atc(code: str) -> Text:
    """A code as a person reads it: with its name beside it when the index has one,
    "C09AA02 (enalapril)", else the code alone."""
    normalized = normalize_atc(code)
    name = atc_name(normalized)
    if name is None:
        return Text(normalized, normalized, normalized)
    return Text(f"{normalized} ({name.kk})", f"{normalized} ({name.ru})",
                f"{normalized} ({name.en})")
