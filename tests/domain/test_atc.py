"""ATC code checks."""

from __future__ import annotations

import pytest

from auditor.domain.atc import atc_group, atc_problem, normalize_atc
from auditor.domain.lists import ATC_GROUPS
from auditor.domain.text import LANGUAGES


# Well formed, whether the index knows them or not: L01XC02 was withdrawn in 2022.
@pytest.mark.parametrize("code", ["L01XC02", "C09AA05", "A10AE04", "V03AB15", "J01CA04"])
def test_valid_codes(code: str) -> None:
    assert atc_problem(code) is None


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        (" l01xc02 ", "L01XC02"),
        ("L01 XC 02", "L01XC02"),
        ("С09АА05", "C09AA05"),  # typed in a Cyrillic layout
        ("с09аа05", "C09AA05"),
    ],
)
def test_normalization(raw: str, normalized: str) -> None:
    assert normalize_atc(raw) == normalized
    assert normalized.isascii()
    assert atc_problem(raw) is None


@pytest.mark.parametrize(
    "code",
    ["", "L01XC0", "L01XC022", "L1XC02", "01XC02L", "L01X002", "L01XCO2", "ЛО1ХС02", "L01-XC02"],
)
def test_bad_format(code: str) -> None:
    problem = atc_problem(code)
    assert problem is not None
    assert "C09AA02" in problem.ru
    for lang in LANGUAGES:
        assert problem(lang).strip()


NOT_GROUPS = sorted(set("ABCDEFGHIJKLMNOPQRSTUVWXYZ") - set("ABCDGHJLMNPRSV"))


@pytest.mark.parametrize("letter", NOT_GROUPS)
def test_unknown_group(letter: str) -> None:
    problem = atc_problem(f"{letter}01AA01")
    assert problem is not None
    assert f"({letter})" in problem.en
    for lang in LANGUAGES:
        assert letter in problem(lang)
        assert "C09AA02" not in problem(lang)


def test_group_letters_come_from_the_reference_list() -> None:
    assert "".join(ATC_GROUPS.codes()) == "ABCDGHJLMNPRSV"
    for letter in ATC_GROUPS.codes():
        assert atc_problem(f"{letter}01AA01") is None


@pytest.mark.parametrize(
    ("code", "group"),
    [("L01XC02", "L"), ("c09aa05", "C"), ("N", "N"), ("l01", "L"), ("Z01AA01", None), ("", None),
     ("   ", None), ("101", None)],
)
def test_atc_group(code: str, group: str | None) -> None:
    assert atc_group(code) == group
