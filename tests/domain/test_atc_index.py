"""The ATC index the application ships: what it holds, the names it gives, what it refuses."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from auditor.domain import atc
from auditor.domain.atc import (
    AtcIndexError,
    atc_index,
    atc_level,
    atc_name,
    atc_parent,
    describe_atc,
    nearest_atc_group,
    read_atc_index,
)
from auditor.domain.lists import ATC_GROUPS
from auditor.domain.text import LANGUAGES, Text
from auditor.resources import ATC_INDEX


def test_every_code_is_well_formed_and_its_group_is_there() -> None:
    index = atc_index()
    for code in index:
        level = atc_level(code)
        assert level is not None, code
        parent = atc_parent(code)
        assert (parent is None) == (level == 1), code
        assert parent is None or parent in index, f"{code}: no {parent}"


def test_every_code_is_named_in_english_and_russian_and_shown_in_kazakh() -> None:
    for code, name in atc_index().items():
        for lang in LANGUAGES:
            assert name(lang).strip() == name(lang) and name(lang), (code, lang)
        assert re.search("[а-яё]", name.ru, re.IGNORECASE), (code, name.ru)
        assert re.search("[a-z]", name.en, re.IGNORECASE), (code, name.en)


def test_main_groups_are_the_reference_list_and_levels_2_and_3_are_whole() -> None:
    index = atc_index()
    levels = Counter(atc_level(code) for code in index)
    assert [code for code in index if atc_level(code) == 1] == list(ATC_GROUPS.codes())
    for group in ATC_GROUPS:
        assert index[group.code] == group.label
    # The WHO classification has 94 therapeutic subgroups (level 2) and 269 pharmacological
    # subgroups (level 3); each level-2 group is named in Kazakh too.
    assert (levels[2], levels[3]) == (94, 269)
    for code, name in index.items():
        if atc_level(code) == 2:
            assert name.kk != name.ru, code


@pytest.mark.parametrize(
    ("code", "en", "ru"),
    [
        ("C09AA02", "enalapril", "эналаприл"),
        ("с09аа02", "enalapril", "эналаприл"),  # typed in a Cyrillic layout
        ("L01FA01", "rituximab", "ритуксимаб"),
        ("C09AA", "ACE inhibitors, plain", "Ингибиторы АПФ"),
        ("L01F", "Monoclonal antibodies and antibody drug conjugates",
         "Моноклональные антитела и конъюгаты антитело-препарат"),
        ("C09", "Agents acting on the renin-angiotensin system",
         "Средства, действующие на ренин-ангиотензиновую систему"),
        ("L", "Antineoplastic and immunomodulating agents",
         "Противоопухолевые препараты и иммуномодуляторы"),
    ],
)
def test_known_codes_have_their_names(code: str, en: str, ru: str) -> None:
    name = atc_name(code)
    assert name is not None
    assert (name.en, name.ru) == (en, ru)


def test_a_known_code_is_shown_with_its_name_in_each_language() -> None:
    described = describe_atc(" c09aa02")
    assert described.en == "C09AA02 (enalapril)"
    assert described.ru == "C09AA02 (эналаприл)"
    assert described.kk == "C09AA02 (эналаприл)"  # substances are written alike in kk and ru
    group = describe_atc("C09")
    assert group.kk == "C09 (Ренин-ангиотензин жүйесіне әсер ететін заттар)"
    assert describe_atc("C09AA99") == Text("C09AA99", "C09AA99", "C09AA99")


@pytest.mark.parametrize(
    ("code", "group"),
    [
        ("C09AA02", "C09AA02"),  # a known code is its own nearest group
        ("C09AA99", "C09AA"),
        ("L01XC02", "L01X"),  # withdrawn in 2022 (rituximab is L01FA01 now)
        ("L01ZZ01", "L01"),
        ("A99AA01", "A"),
        ("Z01AA01", None),
    ],
)
def test_an_unknown_code_has_its_nearest_group(code: str, group: str | None) -> None:
    assert nearest_atc_group(code) == group


def test_withdrawn_and_unknown_codes_have_no_name() -> None:
    for code in ("L01XC02", "L01XE01", "C09AA99", "Z01AA01", "", "C09-AA"):
        assert atc_name(code) is None, code


def test_every_code_the_application_uses_is_known() -> None:
    from auditor.demo.catalogue import load_catalogue
    from auditor.forms.questionnaire import FORM
    from auditor.forms.rules import RULES

    codes = {medicine.atc for medicine in load_catalogue().medicines}
    texts: list[Text] = [rule.message for rule in RULES]
    texts += [value for value in vars(atc).values() if isinstance(value, Text)]
    for field in FORM.all_fields():
        texts += [field.label, field.hint]
    for text in texts:
        for lang in LANGUAGES:
            codes |= set(re.findall(r"\b[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}\b", text(lang)))
    assert "C09AA02" in codes  # the example the form and the format message give
    assert [code for code in sorted(codes) if atc_name(code) is None] == []


def test_the_index_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[Path] = []

    def counted(path: Path) -> dict[str, Text]:
        reads.append(path)
        return read_atc_index(path)

    atc.atc_index.cache_clear()
    monkeypatch.setattr(atc, "read_atc_index", counted)
    try:
        for code in ("C09AA02", "C09AA99", "L01FA01"):
            atc_name(code)
            nearest_atc_group(code)
        assert reads == [ATC_INDEX]
    finally:
        atc.atc_index.cache_clear()


HEADER = "# comment\ncode\ten\tru\tkk\n"
GOOD = "C09\tRAS agents\tСредства РАС\tРАЖ заттары\nC09A\tACE inhibitors\tИнгибиторы АПФ\n"


def test_a_small_index_file_is_read_with_the_main_groups(tmp_path: Path) -> None:
    path = tmp_path / "atc.tsv"
    path.write_text(HEADER + GOOD, encoding="utf-8")
    index = read_atc_index(path)
    assert index["C09A"] == Text("Ингибиторы АПФ", "Ингибиторы АПФ", "ACE inhibitors")
    assert index["C09"].kk == "РАЖ заттары"
    assert index["C"] == ATC_GROUPS["C"].label


@pytest.mark.parametrize(
    ("content", "line", "problem"),
    [
        (HEADER + GOOD + "C09AA02\tenalapril\tэналаприл\n", 5, "its group C09AA is not"),
        (HEADER + GOOD + "C09A\tACE\tАПФ\n", 5, "C09A is listed twice"),
        (HEADER + GOOD + "C9AA\tbad\tплохо\n", 5, "'C9AA' is not an ATC code"),
        (HEADER + GOOD + "C\tCardiovascular\tСердечно-сосудистая\n", 5, "'C' is not an ATC"),
        (HEADER + GOOD + "C09B\tcombinations\t\n", 5, "the ru name is empty"),
        (HEADER + GOOD + "C09B\tcombinations \tкомбинации\n", 5, "the en name is empty or"),
        (HEADER + GOOD + "C09B\tcombinations\n", 5, "2 columns"),
        ("code\ten\tru\n" + GOOD, 1, "the header must be code en ru kk"),
        (HEADER, None, "no codes"),
    ],
    ids=["no parent", "twice", "malformed", "main group", "no ru", "spaces", "columns",
         "header", "empty"],
)
def test_a_broken_index_file_is_refused_naming_the_line(
    tmp_path: Path, content: str, line: int | None, problem: str
) -> None:
    path = tmp_path / "atc.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AtcIndexError) as raised:
        read_atc_index(path)
    assert problem in str(raised.value)
    assert raised.value.line == line
    if line is not None:
        assert f"atc.tsv, line {line}" in str(raised.value)


def test_a_missing_index_file_is_refused_naming_it(tmp_path: Path) -> None:
    with pytest.raises(AtcIndexError, match=r"atc\.tsv .*cannot be read"):
        read_atc_index(tmp_path / "atc.tsv")
