"""Each of an audit's collections travels on one sheet of a package and comes back into the
same collection: sites as sites, products as products, files as files."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select

from auditor.db.database import open_database
from auditor.db.models import Audit
from auditor.demo import build_demo
from auditor.exchange.consolidate import Consolidator
from auditor.exchange.export import export_package
from auditor.exchange.package import PART_SHEETS

# What an audit holds many of, as the data model says (not as the package format says).
COLLECTIONS = sorted(r.key for r in sa_inspect(Audit).relationships if r.uselist)


def test_every_collection_of_an_audit_has_exactly_one_sheet() -> None:
    assert sorted(spec.collection or "" for spec in PART_SHEETS) == COLLECTIONS
    for spec in PART_SHEETS:
        assert spec.collection is not None
        assert getattr(Audit, spec.collection).property.mapper.class_ is spec.model, spec.name


def _records(database_path: Path) -> dict[tuple[uuid.UUID, str], set[uuid.UUID]]:
    """The ids of every audit's records, by audit and collection."""
    database = open_database(database_path)
    try:
        with database.session() as session:
            return {
                (audit.id, name): {record.id for record in getattr(audit, name)}
                for audit in session.scalars(select(Audit))
                for name in COLLECTIONS
            }
    finally:
        database.close()


def test_a_package_brings_every_record_back_into_its_own_collection(tmp_path: Path) -> None:
    laptop = open_database(tmp_path / "laptop.sqlite")
    build_demo(laptop, companies=3, seed=21, finalize=True)
    package = export_package(laptop, tmp_path / "package.xlsx").path
    laptop.close()
    ministry = open_database(tmp_path / "ministry.sqlite")
    try:
        (result,) = Consolidator(ministry).run([package])
        assert result.accepted, result.line("en")
    finally:
        ministry.close()

    sent = _records(tmp_path / "laptop.sqlite")
    for name in COLLECTIONS:  # every kind of record is in the package at least once
        assert any(ids for (_, kind), ids in sent.items() if kind == name), name
    assert _records(tmp_path / "ministry.sqlite") == sent
