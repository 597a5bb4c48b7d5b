"""Reference lists: shape, codes and the three languages."""

from __future__ import annotations

import re

import pytest

from auditor.domain import lists
from auditor.domain.choices import ChoiceList
from auditor.domain.lists import CHOICE_LISTS
from auditor.domain.text import LANGUAGES, Text

EXPECTED_NAMES = {
    "regions", "legal_forms", "producer_types", "ownership_types", "clusters", "gmp_statuses",
    "gmp_standards", "certificate_doc_types", "inspection_types", "inspection_conclusions",
    "inspection_areas", "deficiency_classes", "capa_statuses", "site_activities", "dosage_forms",
    "dosage_form_groups", "units", "localization_stages", "origin_evidence", "api_origins",
    "barriers", "support_measures", "support_statuses", "severities", "atc_groups",
    "investment_types", "investment_statuses", "funding_sources", "partnership_types",
    "partnership_statuses", "audit_statuses", "languages", "countries",
}  # fmt: skip

KAZAKH_LETTERS = set("әғқңөұүһі")

# Lists whose items are proper names that Kazakh and Russian legitimately share (countries), or
# that are the same by design (each language named in itself).
KK_RU_SAME_ALLOWED = {"countries": 0.4, "languages": 0.0}
KK_RU_MIN_DIFFERENT = 0.6

CODE_PATTERNS = {
    "regions": r"\d{2}",
    "atc_groups": r"[A-Z]",
    "countries": r"[A-Z]{2}",
}
SNAKE_CASE = r"[a-z][a-z0-9]*(_[a-z0-9]+)*"

ALL_LISTS = sorted(CHOICE_LISTS.values(), key=lambda lst: lst.name)


def _texts(lst: ChoiceList) -> list[Text]:
    texts = [lst.title]
    for choice in lst:
        texts.append(choice.label)
        if choice.note is not None:
            texts.append(choice.note)
    return texts


def test_exactly_the_expected_lists() -> None:
    assert set(CHOICE_LISTS) == EXPECTED_NAMES
    for name, lst in CHOICE_LISTS.items():
        assert lst.name == name


def test_every_module_constant_is_registered_under_its_name() -> None:
    constants = {
        attr: value for attr, value in vars(lists).items() if isinstance(value, ChoiceList)
    }
    assert {c.name.upper() for c in constants.values()} == set(constants)
    assert set(constants.values()) == set(CHOICE_LISTS.values())


@pytest.mark.parametrize("lst", ALL_LISTS, ids=lambda lst: lst.name)
def test_codes_are_unique_and_well_formed(lst: ChoiceList) -> None:
    codes = lst.codes()
    assert codes
    assert len(set(codes)) == len(codes)
    pattern = CODE_PATTERNS.get(lst.name, SNAKE_CASE)
    for code in codes:
        assert re.fullmatch(pattern, code), f"{lst.name}: bad code {code!r}"
        assert len(code) <= 40  # the width of a code column in the database


@pytest.mark.parametrize("lst", ALL_LISTS, ids=lambda lst: lst.name)
def test_texts_are_present_in_every_language(lst: ChoiceList) -> None:
    for text in _texts(lst):
        for lang in LANGUAGES:
            value = text(lang)
            assert value.strip(), f"{lst.name}: empty {lang} text in {text}"
            assert value == value.strip() and "  " not in value, f"{lst.name}: spacing {value!r}"


@pytest.mark.parametrize("lst", ALL_LISTS, ids=lambda lst: lst.name)
def test_kazakh_is_not_a_copy_of_russian(lst: ChoiceList) -> None:
    different = sum(1 for c in lst if c.label.kk != c.label.ru)
    minimum = KK_RU_SAME_ALLOWED.get(lst.name, KK_RU_MIN_DIFFERENT)
    assert different / len(lst) >= minimum, f"{lst.name}: {different}/{len(lst)} differ"


@pytest.mark.parametrize("lst", ALL_LISTS, ids=lambda lst: lst.name)
def test_english_is_latin(lst: ChoiceList) -> None:
    for text in _texts(lst):
        if lst.name == "languages":
            continue
        assert not re.search(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]", text.en), text.en


def test_kazakh_uses_kazakh_letters() -> None:
    kazakh = " ".join(t.kk for lst in ALL_LISTS for t in _texts(lst)).lower()
    # һ is rare in this vocabulary; the other eight must all occur in real Kazakh text.
    assert KAZAKH_LETTERS - {"һ"} <= set(kazakh)
    # Most titles, Kazakh text of a list included, should show at least one of them.
    with_letters = [lst.name for lst in ALL_LISTS if KAZAKH_LETTERS & set(lst.title.kk.lower())]
    assert len(with_letters) / len(ALL_LISTS) >= 0.6


def test_regions() -> None:
    regions = lists.REGIONS
    assert regions.codes() == (
        "10", "11", "15", "19", "23", "27", "31", "33", "35", "39",
        "43", "47", "55", "59", "61", "62", "63", "71", "75", "79",
    )  # fmt: skip
    cities = {"71", "75", "79"}
    for region in regions:
        if region.code in cities:
            assert region.note is None
        else:
            assert region.note is not None and region.note.en, region.code
    assert regions["62"].label.en == "Ulytau Region"
    assert regions["62"].note == Text("Жезқазған", "Жезказган", "Zhezkazgan")
    assert regions["19"].note is not None and regions["19"].note.en == "Konaev"


def test_dosage_forms_are_grouped_into_known_categories() -> None:
    groups = lists.DOSAGE_FORM_GROUPS
    assert groups.codes() == (
        "sterile_aseptic", "sterile_terminal", "non_sterile", "biological",
        "herbal_homeopathic", "api", "medical_device",
    )  # fmt: skip
    used = set()
    for form in lists.DOSAGE_FORMS:
        assert form.group in groups, form.code
        used.add(form.group)
    assert used == set(groups.codes())
    assert lists.DOSAGE_FORMS.unverified
    # Forms shared by both sterile categories must stay distinguishable in a flat list.
    for lang in LANGUAGES:
        labels = [form.label(lang) for form in lists.DOSAGE_FORMS]
        assert len(set(labels)) == len(labels), lang


def test_only_dosage_forms_group_their_items() -> None:
    for lst in ALL_LISTS:
        if lst is not lists.DOSAGE_FORMS:
            assert all(c.group is None for c in lst), lst.name


def test_localization_stages_in_order_of_domestic_value() -> None:
    assert lists.LOCALIZATION_STAGES.codes() == (
        "secondary_packaging",
        "primary_packaging_fill_finish",
        "fdf_from_imported_api",
        "full_cycle",
    )


def test_deficiency_classes_carry_definitions() -> None:
    assert lists.DEFICIENCY_CLASSES.codes() == ("critical", "major", "other")
    for choice in lists.DEFICIENCY_CLASSES:
        assert choice.note is not None and len(choice.note.en) > 30


def test_notes_where_the_domain_gives_them() -> None:
    for lst in (lists.GMP_STANDARDS, lists.INSPECTION_AREAS):
        assert all(c.note is not None for c in lst), lst.name
    evidence = lists.ORIGIN_EVIDENCE
    assert evidence["ct_kz_certificate"].note is not None
    assert "2025" in evidence["ct_kz_certificate"].note.en
    assert evidence["producer_register"].note is not None


def test_languages_match_the_application_languages() -> None:
    assert lists.LANGUAGES.codes() == LANGUAGES
    assert lists.LANGUAGES.label("kk", "en") == "Қазақша"


def test_countries_include_kazakhstan_and_other() -> None:
    codes = lists.COUNTRIES.codes()
    assert codes[0] == "KZ" and codes[-1] == "XX"
    assert len(codes) >= 30


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("producer_types", ("medicines", "medical_devices", "medicines_and_devices", "api")),
        ("gmp_statuses",
         ("valid", "expired", "in_transition", "not_certified", "non_compliant")),
        ("gmp_standards", ("eaeu", "eu", "pics", "who", "iso13485", "national")),
        ("inspection_conclusions", ("compliant", "non_compliant", "compliant_pending_capa")),
        ("audit_statuses", ("draft", "finalized")),
        ("capa_statuses", ("open", "in_progress", "closed")),
        ("clusters", ("astana", "almaty", "shymkent", "aktobe", "none")),
    ],
)
def test_codes_other_modules_rely_on(name: str, codes: tuple[str, ...]) -> None:
    assert CHOICE_LISTS[name].codes() == codes
