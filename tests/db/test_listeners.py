"""The trail and the lock are attached when a database opens, not when a module is imported:
importing the core changes nothing, and every database opened records each change once."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import select

from auditor.db.database import Database, open_database
from auditor.db.models import Company, TrailEntry

ROOT = Path(__file__).resolve().parents[2]

# Imports the whole core, checks that SQLAlchemy knows no listener of ours, then opens a
# database and makes one change.
_IMPORT_THEN_OPEN = textwrap.dedent("""
    import importlib, pkgutil, sys
    import auditor
    for package in ("db", "domain", "forms", "exchange", "reports"):
        module = importlib.import_module(f"auditor.{package}")
        for info in pkgutil.walk_packages(module.__path__, f"auditor.{package}."):
            if ".migrations" not in info.name:
                importlib.import_module(info.name)
    importlib.import_module("auditor.cli")
    importlib.import_module("auditor.selftest")

    from sqlalchemy import select
    from sqlalchemy.orm import Session
    from sqlalchemy.orm.events import MapperEvents, SessionEvents
    from auditor.db.database import AuditSession, open_database
    from auditor.db.models import Base, Company, TrailEntry

    def listened(target, events):
        found = set()
        for name in dir(events):
            listeners = getattr(target.dispatch, name, None) if name[0] != "_" else None
            if listeners is not None and hasattr(listeners, "__len__") and len(listeners):
                found.add(name)
        return found

    attached = set()
    for mapper in Base.registry.mappers:
        attached |= listened(mapper, MapperEvents)
    for session in (Session(), AuditSession()):
        attached |= listened(session, SessionEvents)
    print("after import:", sorted(attached))

    database = open_database(sys.argv[1])
    with database.transaction("A-017") as session:
        session.add(Company(bin="940140000385", name_ru="ТОО «Тест»", region_code="75"))
    with database.session() as session:
        print("after open:", session.scalars(select(TrailEntry.actor)).all())
    database.close()
""")


def test_importing_the_core_attaches_nothing_and_opening_a_database_attaches_the_trail(
    tmp_path: Path,
) -> None:
    run = subprocess.run(
        [sys.executable, "-c", _IMPORT_THEN_OPEN, str(tmp_path / "a.sqlite")],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["after import: []", "after open: ['A-017']"]


def _companies_in_trail(database: Database) -> list[str | None]:
    with database.session() as session:
        return list(session.scalars(
            select(TrailEntry.record_id).where(TrailEntry.table_name == "company")
        ))


def test_each_database_open_in_one_process_records_each_change_once(tmp_path: Path) -> None:
    first = open_database(tmp_path / "first.sqlite")
    second = open_database(tmp_path / "second.sqlite")
    try:
        with second.transaction("A-017") as session:
            company = Company(bin="940140000385", name_ru="ТОО «Второй»", region_code="75")
            session.add(company)
        with first.transaction("A-018") as session:
            other = Company(bin="940140000385", name_ru="ТОО «Первый»", region_code="75")
            session.add(other)
        first.close()
        with second.transaction("A-017") as session:
            session.get_one(Company, company.id).name_ru = "ТОО «Второй и единственный»"

        assert _companies_in_trail(second) == [str(company.id), str(company.id)]
        reopened = open_database(tmp_path / "first.sqlite")
        assert _companies_in_trail(reopened) == [str(other.id)]
        reopened.close()
    finally:
        first.close()
        second.close()
