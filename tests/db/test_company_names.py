"""Which of a company's names is shown: the same everywhere the application shows one.

A company is registered under a Kazakh name, a Russian name or both. Kazakh screens show the
Kazakh name, Russian and English ones the Russian name; the other name stands in when that one
is missing. The audit list, the new-company dialog's "already exists" note and the national
workbook all show what ``Company.name_in`` says.
"""

from __future__ import annotations

import pytest

from auditor.db.companies import find_company_by_bin
from auditor.db.database import Database
from auditor.db.listing import load_audit_rows
from auditor.db.models import Company
from auditor.domain.bin import make_bin
from auditor.forms.version import FORM_VERSION

KK = "«Тест Фарм» ЖШС"
RU = "ТОО «Тест Фарм»"
BINS = {"both": make_bin(2015, 3, 1), "kk only": make_bin(2015, 3, 2),
        "ru only": make_bin(2015, 3, 3)}


@pytest.mark.parametrize(
    ("name_kk", "name_ru", "shown"),
    [
        (KK, RU, {"kk": KK, "ru": RU, "en": RU}),
        (KK, None, {"kk": KK, "ru": KK, "en": KK}),
        (None, RU, {"kk": RU, "ru": RU, "en": RU}),
    ],
)
def test_a_company_is_shown_by_the_name_of_the_language(
    name_kk: str | None, name_ru: str | None, shown: dict[str, str]
) -> None:
    company = Company(bin="940140000385", name_kk=name_kk, name_ru=name_ru, region_code="75")
    assert {lang: company.name_in(lang) for lang in shown} == shown
    names = company.names
    assert (names.kk, names.ru, names.en) == (shown["kk"], shown["ru"], shown["en"])


def test_the_list_and_the_bin_lookup_show_the_same_name(database: Database) -> None:
    with database.transaction() as session:
        session.add_all([
            Company(bin=BINS["both"], name_kk=KK, name_ru=RU, region_code="75"),
            Company(bin=BINS["kk only"], name_kk=KK, region_code="75"),
            Company(bin=BINS["ru only"], name_ru=RU, region_code="75"),
        ])
    with database.session() as session:
        companies = {c.bin: c for c in session.query(Company)}
        rows = {row.bin: row for row in load_audit_rows(database, FORM_VERSION)}
        for bin_, company in companies.items():
            found = find_company_by_bin(database, bin_)
            assert found is not None
            for lang in ("kk", "ru", "en"):
                expected = company.name_in(lang)
                assert rows[bin_].company_name(lang) == expected, (bin_, lang)
                assert found.name_in(lang) == expected, (bin_, lang)
    assert rows[BINS["ru only"]].company_name("kk") == RU
    assert rows[BINS["kk only"]].company_name("en") == KK
