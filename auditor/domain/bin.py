"""Business identification number (BIN / БИН / БСН) of a legal entity in Kazakhstan.

Layout: YYMM of registration, entity type, attribute, a five-digit serial and a check digit, as set
by the Government decree on identification numbers.

Demo data has BINs of its own range (:data:`DEMO_REGISTRATION`), valid by every rule here but
held by no real company, so that "is this demo data" is read off the BIN itself
(:func:`is_demo_bin`) everywhere: in the list, in exports, in consolidation, when it is removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from auditor.domain.text import Text

BIN_LENGTH: Final = 12

ENTITY_TYPES: Final[dict[str, str]] = {
    "4": "resident",
    "5": "non_resident",
    "6": "joint_entrepreneurship",
}
ATTRIBUTES: Final[dict[str, str]] = {
    "0": "head_office",
    "1": "branch",
    "2": "representative_office",
    "3": "farm",
}

_FIRST_WEIGHTS: Final = tuple(range(1, 12))
_SECOND_WEIGHTS: Final = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
# str.isdigit() would also accept other scripts' digits and superscripts, which int() then
# mangles or rejects; only ASCII digits make a BIN.
_DIGITS: Final = re.compile(r"[0-9]+")


class InvalidBin(ValueError):
    """A BIN that cannot be accepted; ``code`` is stable for programs, ``reason`` is for people."""

    def __init__(self, code: str, reason: Text) -> None:
        super().__init__(reason.en)
        self.code = code
        self.reason = reason


@dataclass(frozen=True)
class BinInfo:
    bin: str
    registered_year: int
    registered_month: int
    entity_type: str  # a value of ENTITY_TYPES
    attribute: str  # a value of ATTRIBUTES
    serial: str  # kept as text: leading zeros belong to it


_EMPTY = Text("БСН енгізілмеген", "БИН не указан", "The BIN is empty")
_NOT_DIGITS = Text(
    "БСН тек цифрлардан тұруы керек",
    "БИН должен состоять только из цифр",
    "The BIN must contain digits only",
)
_LENGTH = Text(
    "БСН 12 цифрдан тұруы керек, {n} цифр енгізілді",
    "БИН должен состоять из 12 цифр, введено {n}",
    "The BIN must have 12 digits, {n} entered",
)
_MONTH = Text(
    "БСН-нің 3–4-цифрлары тіркелу айы болып табылады және 01-ден 12-ге дейін болуы керек, "
    "{mm} енгізілді",
    "Цифры 3–4 БИН — месяц регистрации, должны быть от 01 до 12, указано {mm}",
    "Digits 3–4 of the BIN are the registration month and must be 01 to 12, not {mm}",
)
_ENTITY_TYPE = Text(
    "БСН-нің 5-цифры (заңды тұлғаның түрі) 4, 5 немесе 6 болуы керек, {d} енгізілді",
    "5-я цифра БИН (тип юридического лица) должна быть 4, 5 или 6, указано {d}",
    "Digit 5 of the BIN (entity type) must be 4, 5 or 6, not {d}",
)
_ATTRIBUTE = Text(
    "БСН-нің 6-цифры (бөлімшенің белгісі) 0, 1, 2 немесе 3 болуы керек, {d} енгізілді",
    "6-я цифра БИН (признак подразделения) должна быть 0, 1, 2 или 3, указано {d}",
    "Digit 6 of the BIN (office attribute) must be 0, 1, 2 or 3, not {d}",
)
_CHECK_DIGIT_UNUSABLE = Text(
    "Мұндай БСН болуы мүмкін емес: алғашқы 11 цифр бойынша бақылау цифры есептелмейді",
    "Такого БИН не бывает: по первым 11 цифрам контрольная цифра не вычисляется",
    "No BIN can start with these 11 digits: the check digit cannot be computed",
)
_CHECK_DIGIT = Text(
    "БСН-нің бақылау цифры сәйкес келмейді — нөмірді қате жоқ па, тексеріңіз",
    "Контрольная цифра БИН не сходится — проверьте, нет ли опечатки",
    "The BIN check digit does not match — check the number for a typo",
)


def _weighted_remainder(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11


def bin_check_digit(first_eleven: str) -> int | None:
    """The check digit for the first 11 digits, or None when no BIN can start with them."""
    if len(first_eleven) != BIN_LENGTH - 1 or not _DIGITS.fullmatch(first_eleven):
        raise ValueError(f"expected 11 digits, got {first_eleven!r}")
    r = _weighted_remainder(first_eleven, _FIRST_WEIGHTS)
    if r == 10:
        r = _weighted_remainder(first_eleven, _SECOND_WEIGHTS)
    return None if r == 10 else r


def _century_year(yy: int, today: date) -> int:
    # BINs carry only two digits of the year; entities registered before 2000 got theirs when the
    # numbers were introduced, so a two-digit year "in the future" must be from the last century.
    return 1900 + yy if yy > today.year % 100 else 2000 + yy


def parse_bin(value: str, *, today: date | None = None) -> BinInfo:
    """Check a BIN and decode it; raises InvalidBin with the first problem found.

    Structure is checked before the check digit, so a mistyped month is reported as such
    rather than as a bare checksum failure.
    """
    text = value.strip()
    if not text:
        raise InvalidBin("empty", _EMPTY)
    if not _DIGITS.fullmatch(text):
        raise InvalidBin("not_digits", _NOT_DIGITS)
    if len(text) != BIN_LENGTH:
        raise InvalidBin("length", _LENGTH.format(n=len(text)))
    month = int(text[2:4])
    if not 1 <= month <= 12:
        raise InvalidBin("month", _MONTH.format(mm=text[2:4]))
    entity_type = ENTITY_TYPES.get(text[4])
    if entity_type is None:
        raise InvalidBin("entity_type", _ENTITY_TYPE.format(d=text[4]))
    attribute = ATTRIBUTES.get(text[5])
    if attribute is None:
        raise InvalidBin("attribute", _ATTRIBUTE.format(d=text[5]))
    expected = bin_check_digit(text[:11])
    if expected is None:
        raise InvalidBin("check_digit_unusable", _CHECK_DIGIT_UNUSABLE)
    if expected != int(text[11]):
        raise InvalidBin("check_digit", _CHECK_DIGIT)
    return BinInfo(
        bin=text,
        registered_year=_century_year(int(text[:2]), today or date.today()),
        registered_month=month,
        entity_type=entity_type,
        attribute=attribute,
        serial=text[6:11],
    )


# --- the demo range -------------------------------------------------------------------------------

# Demo companies are "registered" in January 1980. Digits 1–4 of a BIN are the year and month of
# the entity's state registration (or re-registration) in the Republic of Kazakhstan, which began
# registering legal entities after independence in December 1991; entities older than that were
# re-registered and carry the later date. So no real BIN starts with 8001, while the number is
# still a well-formed BIN (month 01, a resident legal entity's head office, a check digit that
# holds) that every check of the application accepts. (Two-digit years: "80" reads as 1980 until
# 2080, when it would be read as the future, which no registration is either.)
DEMO_REGISTRATION: Final = (1980, 1)
DEMO_BIN_PREFIX: Final = f"{DEMO_REGISTRATION[0] % 100:02d}{DEMO_REGISTRATION[1]:02d}"

_DEMO_RESERVED = Text(
    f"{DEMO_BIN_PREFIX}… цифрларынан басталатын БСН-дер демо-деректерге бөлінген және нақты "
    "компанияға тиесілі емес: компанияның нақты БСН-ді енгізіңіз",
    f"БИН, начинающиеся с {DEMO_BIN_PREFIX}…, отведены для демо-данных и реальной компании "
    "не принадлежат: введите настоящий БИН компании",
    f"BINs starting with {DEMO_BIN_PREFIX}… are reserved for demo data and belong to no real "
    "company: enter the company's real BIN",
)


def is_demo_bin(value: str) -> bool:
    """Whether ``value`` is a BIN of the demo range (checked or not: the range is the prefix)."""
    text = value.strip()
    return len(text) == BIN_LENGTH and text.startswith(DEMO_BIN_PREFIX) and bool(
        _DIGITS.fullmatch(text))


def make_demo_bin(serial: int) -> str:
    """A valid BIN of the demo range (:func:`make_bin`'s ValueError for an unusable serial)."""
    year, month = DEMO_REGISTRATION
    return make_bin(year, month, serial)


def bin_problem(value: str) -> Text | None:
    """Why ``value`` is not a valid BIN, or None when it is."""
    try:
        parse_bin(value)
    except InvalidBin as exc:
        return exc.reason
    return None


def real_bin_problem(value: str) -> Text | None:
    """Why ``value`` cannot be the BIN of a real company entered by hand (invalid, or of the
    demo range), or None when it can."""
    problem = bin_problem(value)
    if problem is None and is_demo_bin(value):
        return _DEMO_RESERVED
    return problem


def make_bin(
    year: int, month: int, serial: int, entity_type: str = "4", attribute: str = "0"
) -> str:
    """A valid BIN, for demo data and tests.

    Raises ValueError when the arguments are out of range or when no check digit exists for
    this serial (about one serial in 121); callers then try the next serial.
    """
    if not 1900 <= year <= 2099:
        raise ValueError(f"year out of range: {year}")
    if not 1 <= month <= 12:
        raise ValueError(f"month out of range: {month}")
    if not 0 <= serial <= 99_999:
        raise ValueError(f"serial out of range: {serial}")
    if entity_type not in ENTITY_TYPES:
        raise ValueError(f"unknown entity type digit: {entity_type!r}")
    if attribute not in ATTRIBUTES:
        raise ValueError(f"unknown attribute digit: {attribute!r}")
    prefix = f"{year % 100:02d}{month:02d}{entity_type}{attribute}{serial:05d}"
    check = bin_check_digit(prefix)
    if check is None:
        raise ValueError(f"no check digit exists for serial {serial}; try another")
    return f"{prefix}{check}"
