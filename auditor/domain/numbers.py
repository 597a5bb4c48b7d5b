"""Numbers as each language of the application writes them: the one place that says how.

Kazakh and Russian write ``1 250 000,5`` (a space between thousands, a decimal comma), English
``1,250,000.5``; Kazakh and Russian typography put a space before the percent sign (``85 %``),
English does not (``85%``). The interface, the questionnaire's computed texts and the reports
all write numbers through these functions, so no screen mixes commas and points.
"""

from __future__ import annotations

import math
from decimal import Decimal

from auditor.domain.text import Text


def number_separators(lang: str) -> tuple[str, str]:
    """The thousands and the decimal separator of ``lang``."""
    return (",", ".") if lang == "en" else (" ", ",")


def _group_thousands(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(groups)


def format_number(
    value: float | int, lang: str, *, group: bool = True, decimals: int | None = None
) -> str:
    """``value`` as ``lang`` writes it; ``decimals`` fixes the digits after the separator,
    else a float is written as short as it reads back the same (never in exponent form)."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    thousands, point = number_separators(lang)
    magnitude = abs(value)
    if isinstance(value, int):
        whole, fraction = str(magnitude), ""
    else:
        if decimals is None:
            text = format(Decimal(repr(float(magnitude))), "f")
        else:
            text = f"{magnitude:.{decimals}f}"
        whole, _, fraction = text.partition(".")
        if decimals is None:
            fraction = fraction.rstrip("0")
    zero = not whole.strip("0") and not fraction.strip("0")
    if group:
        whole = _group_thousands(whole, thousands)
    sign = "-" if value < 0 and not zero else ""
    return sign + whole + (point + fraction if fraction else "")


def format_percent(value: float | int, lang: str, *, decimals: int | None = None) -> str:
    """A percentage: ``85 %`` in Kazakh and Russian, ``85%`` in English."""
    number = format_number(value, lang, decimals=decimals)
    return f"{number}%" if lang == "en" else f"{number}\u00a0%"


def number_text(value: float | int, *, decimals: int | None = None) -> Text:
    """``value`` written in each language, to fill a :class:`Text`'s placeholder."""
    return Text(*(format_number(value, lang, decimals=decimals) for lang in ("kk", "ru", "en")))


def percent_text(value: float | int, *, decimals: int | None = None) -> Text:
    """A percentage written in each language, to fill a :class:`Text`'s placeholder."""
    return Text(*(format_percent(value, lang, decimals=decimals) for lang in ("kk", "ru", "en")))


def _russian_form(n: int) -> int:
    """Which of the three Russian forms a count takes: 1 линия, 2 линии, 5 линий (and 11–14
    линий, 21 линия)."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def count_text(n: int, *, kk: str, ru: tuple[str, str, str], en: tuple[str, str]) -> Text:
    """``n`` things, with the noun in the form each language gives it after that number:
    Kazakh keeps one form after a numeral, Russian has three, English two. Each form holds
    ``{n}``, filled with the number as that language writes it."""
    return Text(
        kk.format(n=format_number(n, "kk")),
        ru[_russian_form(n)].format(n=format_number(n, "ru")),
        en[0 if n == 1 else 1].format(n=format_number(n, "en")),
    )
