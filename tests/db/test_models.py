"""Every entity round-trips through the database; delete rules do what the model says."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from auditor.db.audits import (
    delete_audit,
    load_full_audit,
)
from auditor.db.database import Database, open_database
from auditor.db.models import (
    AUDIT_PART_MODELS,
    TRACKED_MODELS,
    Audit,
    AuditorProfile,
    Company,
    Tracked,
)
from tests.helpers.records import JPEG, KAZAKH, filled, full_audit, row_values


def _count(database: Database, model: type[Tracked]) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_every_entity_round_trips_with_all_its_values(db_path: Path) -> None:
    database = open_database(db_path)
    with database.transaction() as session:
        profile = filled(AuditorProfile, installation_id=database.installation_id, language="kk")
        audit = full_audit()
        audit.auditor = profile
        session.add(audit)
        session.flush()
        written = {
            type(record).__name__: row_values(record)
            for record in session.identity_map.values()
            if isinstance(record, Tracked)
        }
    database.close()
    assert set(written) == {m.__name__ for m in TRACKED_MODELS}

    reopened = open_database(db_path)
    with reopened.session() as session:
        for model in TRACKED_MODELS:
            stored = session.scalars(select(model)).one()
            assert row_values(stored) == written[model.__name__], model.__name__
    reopened.close()


def test_timestamps_come_back_in_utc(database: Database) -> None:
    with database.transaction() as session:
        company = filled(Company, bin="940140000385", region_code="75")
        session.add(company)
    with database.session() as session:
        stored = session.scalars(select(Company)).one()
        assert stored.created_at.tzinfo == UTC
        assert abs(datetime.now(UTC) - stored.created_at).total_seconds() < 60


def test_kazakh_text_is_kept_exactly(database: Database) -> None:
    with database.transaction() as session:
        session.add(Company(bin="990140004654", name_kk=KAZAKH, region_code="35"))
    with database.session() as session:
        assert session.scalars(select(Company.name_kk)).one() == KAZAKH


def test_loading_a_full_audit_brings_every_part(database: Database) -> None:
    with database.transaction() as session:
        audit = full_audit()
        session.add(audit)
    with database.session() as session:
        loaded = load_full_audit(session, audit.id)
        assert loaded is not None
        assert loaded.company.bin == "940140000385"
        assert len(loaded.sites[0].production_lines) == 1
        assert len(loaded.inspections[0].deficiencies) == 1
        assert loaded.production_lines[0].utilization == pytest.approx(1.0, rel=1e-6)
        assert loaded.attachments[0].size_bytes == len(JPEG)


def test_deleting_a_draft_audit_takes_its_records_along(database: Database) -> None:
    with database.transaction() as session:
        audit = full_audit()
        session.add(audit)
    with database.transaction() as session:
        delete_audit(session, session.get_one(Audit, audit.id))
    for model in AUDIT_PART_MODELS:
        assert _count(database, model) == 0, model.__name__
    assert _count(database, Audit) == 0
    assert _count(database, Company) == 1  # the company stays


def test_a_bin_is_unique(database: Database) -> None:
    with database.transaction() as session:
        session.add(Company(bin="990140004654", name_ru="А", region_code="75"))
    with pytest.raises(IntegrityError), database.transaction() as session:
        session.add(Company(bin="990140004654", name_ru="Б", region_code="75"))
    assert _count(database, Company) == 1


def test_records_made_apart_never_share_a_key(tmp_path: Path) -> None:
    ids = set()
    for name in ("laptop-a.sqlite", "laptop-b.sqlite"):
        database = open_database(tmp_path / name)
        with database.transaction() as session:
            audit = full_audit()
            session.add(audit)
            session.flush()
            ids |= {r.id for r in session.identity_map.values() if isinstance(r, Tracked)}
        database.close()
    assert len(ids) == 2 * len(TRACKED_MODELS) - 2  # no auditor profile in either


def test_sqlite_runs_with_the_safe_settings(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
