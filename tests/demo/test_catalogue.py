"""The demo's catalogue is data: its files load, and a malformed one is refused by name."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from auditor.demo.catalogue import (
    DATA_DIR,
    FILES,
    CatalogueError,
    load_catalogue,
    read_catalogue,
)


def test_every_catalogue_file_is_there_and_loads() -> None:
    assert sorted(p.name for p in DATA_DIR.glob("*.toml")) == sorted(FILES)
    catalogue = load_catalogue()
    assert load_catalogue() is catalogue  # read once
    assert [p.name for p in catalogue.public[:3]] == [
        "Химфарм", "Нобел Алматинская Фармацевтическая Фабрика",
        "Карагандинский фармацевтический комплекс"]
    assert len(catalogue.medicines) > 100 and catalogue.devices and catalogue.name_roots
    assert catalogue.public[0].products == 500
    # Every kind of production has something to make, and the cities have no oblast.
    assert all(catalogue.candidates[key] for key in catalogue.forms)
    assert {code for code, p in catalogue.places.items() if p.oblast is None} == catalogue.cities


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    return folder


def _refused(folder: Path) -> CatalogueError:
    with pytest.raises(CatalogueError) as caught:
        read_catalogue(folder)
    return caught.value


def test_a_file_that_is_not_toml_is_refused_by_name(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    path = folder / "medicines.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n[[[broken\n", encoding="utf-8")
    error = _refused(folder)
    assert error.path == path
    assert "medicines.toml" in str(error) and "not valid TOML" in str(error)


@pytest.mark.parametrize(
    ("name", "old", "new", "problem"),
    [
        # a code the reference lists do not know
        ("forms.toml", 'unit = "tablets"', 'unit = "tablet"',
         "tab.unit: 'tablet' is not a code of the units list"),
        # a reference to a kind of production that does not exist
        ("devices.toml", 'form = "dev1"', 'form = "dev9"', "devices[0].form: 'dev9'"),
        # a value of the wrong kind
        ("producers.toml", "products = 500", 'products = "500"',
         "producer[0].products: a whole number expected"),
        # a key misspelt
        ("places.toml", 'city_kk = "Семей"', 'city_kz = "Семей"', "regions.10.city_kk: missing"),
        # an ATC code that is none
        ("medicines.toml", 'atc = "L01BC02"', 'atc = "L01-BC"', "is not a level-5 ATC code"),
    ],
)
def test_a_malformed_file_is_refused_naming_it_and_the_entry(
    tmp_path: Path, name: str, old: str, new: str, problem: str
) -> None:
    folder = _copy(tmp_path)
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    error = _refused(folder)
    assert error.path == path
    assert str(error).startswith(f"demo catalogue file {name} ")
    assert problem in str(error)


def test_a_missing_file_is_refused_by_name(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "people.toml").unlink()
    error = _refused(folder)
    assert error.path == folder / "people.toml" and "missing" in str(error)


def test_an_unknown_key_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    path = folder / "countries.toml"
    path.write_text("colour = 1\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    assert "colour: unknown key" in str(_refused(folder))
