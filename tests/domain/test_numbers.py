"""Numbers and counted nouns as each language writes them."""

from __future__ import annotations

from auditor.domain.numbers import count_text, format_number, format_percent, percent_text

LINES = {"kk": "{n} желі", "ru": ("{n} линия", "{n} линии", "{n} линий"),
         "en": ("{n} line", "{n} lines")}


def lines(n: int) -> tuple[str, str, str]:
    text = count_text(n, kk=LINES["kk"], ru=LINES["ru"], en=LINES["en"])  # type: ignore[arg-type]
    return text.kk, text.ru, text.en


def test_a_count_takes_the_form_its_language_gives_it() -> None:
    assert lines(1) == ("1 желі", "1 линия", "1 line")
    assert lines(3) == ("3 желі", "3 линии", "3 lines")
    assert lines(5) == ("5 желі", "5 линий", "5 lines")
    assert lines(11) == ("11 желі", "11 линий", "11 lines")
    assert lines(21) == ("21 желі", "21 линия", "21 lines")
    assert lines(112) == ("112 желі", "112 линий", "112 lines")
    assert lines(1234)[1:] == ("1 234 линии", "1,234 lines")


def test_numbers_and_percentages_in_each_language() -> None:
    assert format_number(0.0, "ru", decimals=1) == "0,0"
    assert format_number(-0.04, "en", decimals=1) == "0.0"
    assert format_percent(11.9, "ru") == "11,9\u00a0%"
    assert percent_text(53).en == "53%"

