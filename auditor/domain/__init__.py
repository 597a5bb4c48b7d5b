"""Domain facts and rules of the audit: reference lists, identifiers, texts. Pure Python, no I/O.

The individual reference lists live in ``auditor.domain.lists``; they are reached here through
``CHOICE_LISTS`` because ``lists.LANGUAGES`` (a choice list) would clash with ``LANGUAGES``.
"""

from auditor.domain.atc import atc_group, atc_problem, normalize_atc
from auditor.domain.bin import (
    ATTRIBUTES,
    DEMO_BIN_PREFIX,
    ENTITY_TYPES,
    BinInfo,
    InvalidBin,
    bin_check_digit,
    bin_problem,
    is_demo_bin,
    make_bin,
    make_demo_bin,
    parse_bin,
    real_bin_problem,
)
from auditor.domain.choices import Choice, ChoiceList
from auditor.domain.lists import CHOICE_LISTS
from auditor.domain.text import DEFAULT_LANG, LANGUAGES, Lang, Text, is_lang

__all__ = [
    "ATTRIBUTES",
    "CHOICE_LISTS",
    "DEFAULT_LANG",
    "DEMO_BIN_PREFIX",
    "ENTITY_TYPES",
    "LANGUAGES",
    "BinInfo",
    "Choice",
    "ChoiceList",
    "InvalidBin",
    "Lang",
    "Text",
    "atc_group",
    "atc_problem",
    "bin_check_digit",
    "bin_problem",
    "is_demo_bin",
    "is_lang",
    "make_bin",
    "make_demo_bin",
    "normalize_atc",
    "parse_bin",
    "real_bin_problem",
]
