"""No package replaces what it does not own: collisions end as conflicts, the original intact.

The ministry database holds an imported audit. Packages then arrive that reuse its id for
another company (a forgery with a recomputed manifest, as anyone who read the public format can
make), bring a higher revision from another installation, prove nothing about their origin
(format 1, or Meta changed), reuse record ids, or name the same company differently. Each is a
conflict listed for a person; the audit, its records and its trail stay exactly as they were
(every table but the import log, the conflict list and the import history compared as SQL), and
the conflicting content is kept in the import history, never current.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections import Counter
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from auditor.db.audits import finalize_audit, reopen_audit
from auditor.db.database import Database, open_database
from auditor.db.models import Audit, AuditOrigin, Company, Conflict, ImportLogEntry, Product
from auditor.db.settings import INSTALLATION_ID
from auditor.demo import build_demo
from auditor.exchange.consolidate import Consolidator
from auditor.exchange.export import export_package
from auditor.exchange.package import SHEET_BY_NAME
from tests.exchange.hostile.corpus import forge

# Tables a conflict writes to: the decision, the listed conflict, the content kept beside.
DECISION_TABLES = ("import_log", "conflict", "audit_origin")


@dataclass
class Laptops:
    folder: Path
    laptop: Path  # the auditor's database, one finalized audit
    original: Path  # its package, imported into the ministry
    audit_id: uuid.UUID
    bin: str
    other: Path  # another auditor's package: another company, another installation


@pytest.fixture(scope="module")
def laptops(tmp_path_factory: pytest.TempPathFactory) -> Laptops:
    folder = tmp_path_factory.mktemp("ownership")
    laptop = open_database(folder / "laptop.sqlite")
    build_demo(laptop, companies=1, seed=21, finalize=True)
    with laptop.session() as session:
        audit = session.scalars(select(Audit)).one()
        audit_id, bin_ = audit.id, audit.company.bin
    original = export_package(laptop, folder / "original.xlsx").path
    laptop.close()
    other = open_database(folder / "other.sqlite")
    build_demo(other, companies=2, seed=77, finalize=True)
    with other.session() as session:
        # The demo starts with the same public producers: take a company the first one lacks.
        other_audit = session.scalars(select(Audit).join(Company).where(Company.bin != bin_)
                                      ).first()
        assert other_audit is not None
        other_id = other_audit.id
    other_package = export_package(other, folder / "other.xlsx", [other_id]).path
    other.close()
    return Laptops(folder, folder / "laptop.sqlite", original, audit_id, bin_, other_package)


@pytest.fixture
def ministry(laptops: Laptops, tmp_path: Path) -> Path:
    path = tmp_path / "ministry.sqlite"
    database = open_database(path)
    (result,) = Consolidator(database).run([laptops.original])
    assert result.result == "accepted"
    database.close()
    return path


def _tables(path: Path) -> Counter[str]:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return Counter(line for line in connection.iterdump()
                       if not any(f'INSERT INTO "{t}"' in line for t in DECISION_TABLES))


def _consolidate(path: Path, *packages: Path, accept_modified: bool = False) -> list[Any]:
    database = open_database(path)
    try:
        return Consolidator(database, accept_modified=accept_modified).run(list(packages))
    finally:
        database.close()


def _conflicts(path: Path) -> list[Conflict]:
    database = open_database(path)
    with database.session() as session:
        conflicts = list(session.scalars(select(Conflict).order_by(Conflict.id)))
        session.expunge_all()
    database.close()
    return conflicts


def _laptop_copy(laptops: Laptops, name: str, *, installation: str | None = None) -> Database:
    """The auditor's database copied (the same ids), as a second laptop set up from it."""
    copy = laptops.folder / f"{name}-{uuid.uuid4().hex[:6]}.sqlite"
    shutil.copyfile(laptops.laptop, copy)
    database = open_database(copy)
    if installation is not None:
        database.set_setting(INSTALLATION_ID, installation)
    return database


def _next_revision(database: Database, audit_id: uuid.UUID, staff: int) -> None:
    with database.transaction() as session:
        audit = session.get_one(Audit, audit_id)
        reopen_audit(session, audit, "Повторный визит")
        audit.staff_total = staff
        finalize_audit(session, audit, representative_name="Иванов И.",
                       representative_position="Директор")


def test_an_audit_id_reused_for_another_company_is_a_conflict(
    laptops: Laptops, ministry: Path, tmp_path: Path
) -> None:
    forged = tmp_path / "forged.xlsx"
    victim = str(laptops.audit_id)

    def take_over(rows: dict[str, list[dict[str, Any]]]) -> None:
        (audit,) = rows["Audits"]
        own = audit["id"]
        for sheet in rows.values():
            for row in sheet:
                for key in ("id", "audit_id"):
                    if row.get(key) == own:
                        row[key] = victim
        audit["revision"] = 5

    forge(laptops.other, forged, take_over)
    before = _tables(ministry)

    (result,) = _consolidate(ministry, forged)

    assert result.result == "conflict" and not result.accepted
    line = result.line("en")
    assert f"audit {victim} belongs to company {laptops.bin} in the database" in line
    assert "the audit in the database is unchanged" in line
    assert _tables(ministry) == before  # the audit, its records and its trail as they were
    (conflict,) = _conflicts(ministry)
    assert (conflict.kind, conflict.audit_id) == ("audit_id_other_company", victim)
    assert "kept as import history entry" in (conflict.details or "")
    database = open_database(ministry)
    with database.session() as session:
        kept = session.scalars(select(AuditOrigin).where(AuditOrigin.audit_id == victim)
                               .order_by(AuditOrigin.id)).all()
        # The original's origin stays current; the forged content is kept beside, never current.
        assert [(o.revision, o.superseded_at is None) for o in kept] == [(1, True), (5, False)]
    database.close()


def test_a_higher_revision_from_another_installation_is_a_conflict(
    laptops: Laptops, ministry: Path
) -> None:
    elsewhere = _laptop_copy(laptops, "elsewhere", installation=str(uuid.uuid4()))
    _next_revision(elsewhere, laptops.audit_id, staff=999)
    package = export_package(elsewhere, laptops.folder / "elsewhere.xlsx").path
    elsewhere.close()
    before = _tables(ministry)

    (result,) = _consolidate(ministry, package)

    assert result.result == "conflict"
    assert "comes from another installation" in result.line("en")
    assert _tables(ministry) == before
    assert [c.kind for c in _conflicts(ministry)] == ["other_installation"]
    # From the installation the audit came from, the same revision is taken.
    same = _laptop_copy(laptops, "same")
    _next_revision(same, laptops.audit_id, staff=998)
    own = export_package(same, laptops.folder / "same.xlsx").path
    same.close()
    (taken,) = _consolidate(ministry, own)
    assert taken.result == "accepted"
    database = open_database(ministry)
    with database.session() as session:
        audit = session.get_one(Audit, laptops.audit_id)
        assert (audit.revision, audit.staff_total) == (2, 998)
    database.close()


def test_a_lower_revision_from_another_installation_is_a_conflict_too(
    laptops: Laptops, tmp_path: Path
) -> None:
    ministry = tmp_path / "ministry.sqlite"
    same = _laptop_copy(laptops, "first")
    _next_revision(same, laptops.audit_id, staff=5000)
    second = export_package(same, tmp_path / "second.xlsx").path
    same.close()
    results = _consolidate(ministry, second)
    assert [r.result for r in results] == ["accepted"], results[0].line("en")
    stranger = tmp_path / "stranger.xlsx"
    forge(laptops.original, stranger, lambda rows: None,
          meta={"installation_id": str(uuid.uuid4())})
    before = _tables(ministry)

    (result,) = _consolidate(ministry, stranger)

    assert result.result == "conflict"
    assert _tables(ministry) == before


@pytest.mark.parametrize("how", ["format-1", "meta-changed", "rows-changed"])
def test_a_revision_whose_origin_is_not_proven_never_supersedes(
    laptops: Laptops, ministry: Path, tmp_path: Path, how: str
) -> None:
    same = _laptop_copy(laptops, "unproven")
    _next_revision(same, laptops.audit_id, staff=4242)
    genuine = export_package(same, tmp_path / "genuine.xlsx").path
    same.close()
    package = tmp_path / f"{how}.xlsx"
    if how == "format-1":  # as an older application wrote it: Meta outside the manifest
        forge(genuine, package, lambda rows: None, meta={"format_version": 1},
              cover_meta=False)
    elif how == "meta-changed":
        forge(genuine, package, lambda rows: None, meta={"auditor_name": "Someone"},
              cover_meta=False)
    else:  # edited in a spreadsheet after export, the manifest left as it was
        workbook = openpyxl.load_workbook(genuine)
        workbook["Audits"].cell(row=3, column=1 + list(SHEET_BY_NAME["Audits"].columns).index(
            "findings"), value="Исправлено от руки")
        workbook.save(package)
    before = _tables(ministry)

    (result,) = _consolidate(ministry, package, accept_modified=True)

    assert result.result == "conflict"
    assert "does not prove where it comes from" in result.line("en")
    assert _tables(ministry) == before
    assert [c.kind for c in _conflicts(ministry)] == ["origin_not_proven"]


def test_a_format_1_package_is_still_imported_when_it_replaces_nothing(
    laptops: Laptops, tmp_path: Path
) -> None:
    old = tmp_path / "format-1.xlsx"
    forge(laptops.other, old, lambda rows: None, meta={"format_version": 1}, cover_meta=False)
    (result,) = _consolidate(tmp_path / "ministry.sqlite", old)
    assert result.result == "accepted", result.line("en")


def test_record_ids_already_used_by_another_audit_are_a_conflict(
    laptops: Laptops, ministry: Path, tmp_path: Path
) -> None:
    database = open_database(ministry)
    with database.session() as session:
        taken = str(session.scalars(select(Product.id)).first())
    database.close()
    forged = tmp_path / "reused-ids.xlsx"

    def reuse(rows: dict[str, list[dict[str, Any]]]) -> None:
        rows["Products"][0]["id"] = taken

    forge(laptops.other, forged, reuse)
    before = _tables(ministry)

    (result,) = _consolidate(ministry, forged)

    assert result.result == "conflict" and "already used in the database" in result.line("en")
    assert _tables(ministry) == before
    assert [c.kind for c in _conflicts(ministry)] == ["record_id_in_use"]


def test_a_different_name_for_a_known_bin_is_listed_and_the_name_kept(
    laptops: Laptops, ministry: Path, tmp_path: Path
) -> None:
    renamed = tmp_path / "renamed.xlsx"
    database = open_database(ministry)
    with database.session() as session:
        company = session.scalars(select(Company)).one()
        kept = (company.name_kk, company.name_ru)
    database.close()

    def same_company_other_name(rows: dict[str, list[dict[str, Any]]]) -> None:
        (company_row,) = rows["Companies"]
        old_bin = company_row["bin"]
        for sheet in rows.values():
            for row in sheet:
                if row.get("bin") == old_bin:
                    row["bin"] = laptops.bin
        company_row["name_ru"] = "ТОО «Совсем другое имя»"

    forge(laptops.other, renamed, same_company_other_name)

    (result,) = _consolidate(ministry, renamed)

    assert result.result == "accepted"
    assert f"the name of company {laptops.bin} differs" in result.line("en")
    database = open_database(ministry)
    with database.session() as session:
        (company,) = session.scalars(select(Company)).all()
        assert (company.name_kk, company.name_ru) == kept  # the original is untouched
        assert len(session.scalars(select(Audit)).all()) == 2  # imported against it
    database.close()
    kinds = Counter(c.kind for c in _conflicts(ministry))
    assert kinds == {"company_name_differs": 1, "same_company_other_audit": 1}
    (differs,) = [c for c in _conflicts(ministry) if c.kind == "company_name_differs"]
    assert "Совсем другое имя" in (differs.details or "") and (kept[1] or "") in (
        differs.details or "")


def test_a_conflicting_package_again_lists_its_conflict_once(
    laptops: Laptops, ministry: Path
) -> None:
    elsewhere = _laptop_copy(laptops, "again", installation=str(uuid.uuid4()))
    _next_revision(elsewhere, laptops.audit_id, staff=7000)
    package = export_package(elsewhere, laptops.folder / "again.xlsx").path
    elsewhere.close()

    first = _consolidate(ministry, package)
    second = _consolidate(ministry, package)

    assert [r.result for r in first + second] == ["conflict", "conflict"]
    assert len(_conflicts(ministry)) == 1
    database = open_database(ministry)
    with database.session() as session:
        log = session.scalars(select(ImportLogEntry.result).order_by(ImportLogEntry.id)).all()
        assert log == ["accepted", "conflict", "conflict"]  # each decision is in the log
    database.close()


def test_the_auditors_own_package_read_back_into_their_database_is_already_imported(
    laptops: Laptops,
) -> None:
    own = _laptop_copy(laptops, "own")
    path = own.path
    own.close()
    before = _tables(path)

    (result,) = _consolidate(path, laptops.original)

    assert (result.result, result.accepted) == ("already_imported", True)
    assert "every audit in it was already imported" in result.line("en")
    assert _tables(path) == before and _conflicts(path) == []


def _two_audits(laptops: Laptops, out: Path) -> Path:
    """Another auditor's package with both of their audits."""
    other = open_database(laptops.folder / "other.sqlite")
    try:
        return export_package(other, out).path
    finally:
        other.close()


@pytest.mark.parametrize("collision", ["audit id of another company", "record id in use"])
def test_one_audit_in_conflict_does_not_keep_the_others_of_its_package_out(
    laptops: Laptops, ministry: Path, tmp_path: Path, collision: str
) -> None:
    database = open_database(ministry)
    with database.session() as session:
        taken = str(session.scalars(select(Product.id)).first())
    database.close()
    victim = str(laptops.audit_id)
    forged = tmp_path / "one-in-conflict.xlsx"
    spoiled: list[str] = []

    def spoil_the_first(rows: dict[str, list[dict[str, Any]]]) -> None:
        first = rows["Audits"][0]
        spoiled.append(first["id"])
        if collision == "record id in use":
            next(p for p in rows["Products"] if p["audit_id"] == first["id"])["id"] = taken
            return
        own = first["id"]
        for sheet in rows.values():
            for row in sheet:
                for key in ("id", "audit_id"):
                    if row.get(key) == own:
                        row[key] = victim
        first["revision"] = 5
        spoiled[0] = victim

    forge(_two_audits(laptops, tmp_path / "two.xlsx"), forged, spoil_the_first)

    (result,) = _consolidate(ministry, forged)

    assert (result.result, result.audits, result.accepted) == ("accepted_in_part", 1, False)
    assert "1 audits imported; 1 in conflict" in result.line("en")
    assert [c.audit_id for c in _conflicts(ministry)
            if c.kind != "same_company_other_audit"] == [spoiled[0]]
    database = open_database(ministry)
    with database.session() as session:
        audits = session.scalars(select(Audit)).all()
        assert len(audits) == 2  # the ministry's own and the one not in conflict
        original = session.get_one(Audit, laptops.audit_id)
        assert (original.revision, original.company.bin) == (1, laptops.bin)
    database.close()

    # Taken again, the file is not "already imported": what is in conflict is still open.
    (again,) = _consolidate(ministry, forged)
    assert again.result == "conflict"
    assert len([c for c in _conflicts(ministry) if c.kind != "same_company_other_audit"]) == 1
