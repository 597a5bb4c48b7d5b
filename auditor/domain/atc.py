"""ATC (Anatomical Therapeutic Chemical) codes of medicines, at level 5, e.g. ``L01XC02``."""

from __future__ import annotations

import re
from typing import Final

from auditor.domain.lists import ATC_GROUPS
from auditor.domain.text import Text

_LEVEL_5: Final = re.compile(r"[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}")

# Auditors type in Kazakh or Russian keyboard layouts, where these Cyrillic letters look exactly
# like the Latin ones of an ATC code; "С09АА05" typed that way would otherwise be rejected with a
# message the user cannot make sense of.
_CYRILLIC_LOOKALIKES: Final = str.maketrans("АВСЕНКМОРТХ", "ABCEHKMOPTX")

_GROUP_LIST: Final = " ".join(ATC_GROUPS.codes())

_FORMAT = Text(
    "АТХ коды L01XC02 түрінде болуы керек: әріп, 2 цифр, 2 әріп, 2 цифр",
    "Код АТХ должен иметь вид L01XC02: буква, 2 цифры, 2 буквы, 2 цифры",
    "The ATC code must look like L01XC02: a letter, 2 digits, 2 letters, 2 digits",
)
_GROUP = Text(
    "АТХ кодының бірінші әрпі ({letter}) анатомиялық топ емес; рұқсат етілгендері: {groups}",
    "Первая буква кода АТХ ({letter}) не обозначает анатомическую группу; допустимы: {groups}",
    "The first letter of the ATC code ({letter}) is not an anatomical group; "
    "allowed: {groups}",
)


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
