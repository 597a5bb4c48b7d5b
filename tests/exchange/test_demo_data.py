"""Demo data across exchange: packages say they are demo, a real ministry database refuses them,
and national figures count demo data only in a demo database."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from auditor.db.audits import finalize_audit
from auditor.db.database import Database, open_database
from auditor.db.models import Audit, Company
from auditor.demo import build_demo
from auditor.domain.bin import is_demo_bin, make_bin
from auditor.exchange.consolidate import Consolidator
from auditor.exchange.export import ExportError, export_package
from auditor.exchange.national import write_national_workbook
from auditor.exchange.reader import read_package, verify


def _demo_laptop(path: Path, companies: int = 2) -> Database:
    database = open_database(path)
    build_demo(database, companies=companies, seed=21, finalize=True)
    return database


def _give_real_bins(database: Database, first_serial: int) -> list[str]:
    """The laptop's draft demo companies made real ones (real BINs), their audits then signed."""
    bins = []
    with database.transaction("KZ-AUD-001") as session:
        companies = session.scalars(select(Company).join(Audit).where(
            Audit.status == "draft").order_by(Company.bin)).all()
        for n, company in enumerate(companies):
            if is_demo_bin(company.bin):
                company.bin = make_bin(2005, 3, first_serial + 11 * n)
                bins.append(company.bin)
    with database.transaction("KZ-AUD-001") as session:
        for audit in session.scalars(select(Audit).where(Audit.status == "draft")):
            finalize_audit(session, audit, representative_name="Ерлан",
                           representative_position="QA")
    return bins


def _real_laptop(path: Path, companies: int = 2) -> tuple[Database, list[str]]:
    database = open_database(path)
    build_demo(database, companies=companies, seed=7)
    return database, _give_real_bins(database, 5_000)


def _meta(path: Path) -> dict[str, object]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return {str(row[0]): row[1] for row in workbook["Meta"].iter_rows(values_only=True)}
    finally:
        workbook.close()


def test_a_demo_package_says_so_in_its_first_sheet_and_its_manifest_covers_it(
    tmp_path: Path,
) -> None:
    laptop = _demo_laptop(tmp_path / "demo.sqlite")
    result = export_package(laptop, tmp_path / "demo.xlsx")
    assert result.demo and result.audits == 2
    assert _meta(result.path)["demo"] == "yes"
    assert openpyxl.load_workbook(result.path, read_only=True).sheetnames[0] == "Meta"

    real, _ = _real_laptop(tmp_path / "real.sqlite")
    plain = export_package(real, tmp_path / "real.xlsx")
    assert not plain.demo and _meta(plain.path)["demo"] == "no"

    # Someone who turns "yes" into "no" in Excel is found out.
    workbook = openpyxl.load_workbook(result.path)
    for row in workbook["Meta"].iter_rows():
        if row[0].value == "demo":
            row[1].value = "no"
    workbook.save(tmp_path / "edited.xlsx")
    assert verify(read_package(result.path)).ok
    assert not verify(read_package(tmp_path / "edited.xlsx")).ok


def test_demo_and_real_audits_never_share_a_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = _demo_laptop(tmp_path / "laptop.sqlite", companies=3)
    build_demo(laptop, companies=5, seed=21)  # two more demo companies, drafts
    real_bins = _give_real_bins(laptop, 6_000)
    with laptop.session() as session:
        demo_ids = list(session.scalars(select(Audit.id).join(Company).where(
            Company.bin.not_in(real_bins))))
        real_ids = list(session.scalars(select(Audit.id).join(Company).where(
            Company.bin.in_(real_bins))))
    assert len(demo_ids) == 3 and len(real_ids) == 2

    with pytest.raises(ExportError) as refused:
        export_package(laptop, tmp_path / "mixed.xlsx", [*demo_ids, *real_ids])
    assert refused.value.reason.en == (
        "Demo data does not go into one package with real audits: of the audits chosen, 3 "
        "are of demo companies and 2 of real ones. Export them separately.")
    assert not (tmp_path / "mixed.xlsx").exists()

    # "Every finalized audit" of a laptop with real audits: the real ones.
    everything = export_package(laptop, tmp_path / "all.xlsx")
    assert (everything.audits, everything.demo) == (2, False)
    # The demo ones when asked for by name.
    asked = export_package(laptop, tmp_path / "demo.xlsx", demo_ids)
    assert (asked.audits, asked.demo) == (3, True)

    # A package mixing them anyway (not one this application writes) is not imported anywhere.
    monkeypatch.setattr("auditor.exchange.export._demo_package", lambda *_: False)
    forged = export_package(laptop, tmp_path / "forged.xlsx", [*demo_ids, *real_ids]).path
    empty = open_database(tmp_path / "empty.sqlite")
    (refused_package,) = Consolidator(empty).run([forged])
    assert refused_package.result == "refused"
    assert refused_package.reason.en == (
        "the package mixes demo audits (3) with real ones (2); the application never writes "
        "such a package, and it is not imported")
    empty.close()


def _national_meta(database: Database, path: Path) -> dict[str, object]:
    return _meta(write_national_workbook(database, path))


def test_a_real_ministry_database_refuses_demo_packages_and_counts_only_real_data(
    tmp_path: Path, ministry: Database,
) -> None:
    demo = export_package(_demo_laptop(tmp_path / "demo.sqlite", 3), tmp_path / "demo.xlsx").path
    real_laptop, real_bins = _real_laptop(tmp_path / "real.sqlite")
    real = export_package(real_laptop, tmp_path / "real.xlsx").path

    # A database of its own takes demo data, and its figures say they are demo figures.
    trial = open_database(tmp_path / "trial.sqlite")
    (taken,) = Consolidator(trial).run([demo])
    assert taken.result == "accepted"
    trial_meta = _national_meta(trial, tmp_path / "trial-national.xlsx")
    assert (trial_meta["demo"], trial_meta["companies"]) == ("yes", 3)

    # The real ministry database: real packages in, demo packages refused with the reason.
    results = Consolidator(ministry).run([real, demo])
    assert [r.result for r in results] == ["accepted", "refused"]
    assert results[1].line("en") == (
        "demo.xlsx: refused: demo data (BINs of the demo range): not consolidated into a "
        "database that holds real companies, where it would distort the national figures; "
        "consolidate demo packages into a database of their own")
    assert "демо-данные" in results[1].reason.ru and "демо-деректер" in results[1].reason.kk
    with ministry.session() as session:
        assert sorted(session.scalars(select(Company.bin))) == sorted(real_bins)
    meta = _national_meta(ministry, tmp_path / "national.xlsx")
    assert (meta["demo"], meta["companies"], meta["demo_companies_left_out"]) == ("no", 2, 0)

    # Real data arriving in the trial database: from then on its demo data counts no more.
    (also,) = Consolidator(trial).run([real])
    assert also.result == "accepted"
    mixed = _national_meta(trial, tmp_path / "mixed-national.xlsx")
    assert (mixed["demo"], mixed["companies"], mixed["demo_companies_left_out"]) == ("no", 2, 3)
    trial.close()
