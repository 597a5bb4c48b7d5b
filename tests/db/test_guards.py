"""The database defends itself: the lock and the trail hold below the ORM.

Every way of writing around the ORM's events — Core statements, ``text()``, the bulk APIs,
``INSERT OR REPLACE``, another program — is refused by SQLite's own triggers, and nothing of
the refused write is stored or trailed.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from auditor.db import trail
from auditor.db.audits import finalize_audit
from auditor.db.database import Database
from auditor.db.guards import GuardError
from auditor.db.models import Audit, AuditorProfile, Company, Product, TrailEntry
from auditor.db.trail import AuditLockedError
from tests.helpers.records import filled, full_audit


def _audit(database: Database, *, finalized: bool, bin_: str = "940140000385") -> Audit:
    profile = AuditorProfile(full_name="Айгүл Сейітова", auditor_code="A-017",
                             installation_id=uuid.uuid4())
    with database.transaction("A-017") as session:
        audit = full_audit(filled(Company, bin=bin_, region_code="75"))
        audit.auditor = profile
        session.add(audit)
    if finalized:
        with database.transaction("A-017") as session:
            finalize_audit(session, session.get_one(Audit, audit.id),
                           representative_name="Ерлан Жақсыбеков",
                           representative_position="Директор по качеству")
    return audit


def _dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


def _product_id(database: Database, audit: Audit) -> uuid.UUID:
    with database.session() as session:
        return session.scalars(select(Product.id).where(Product.audit_id == audit.id)).one()


Write = Callable[[Session, Audit, uuid.UUID], object]

WRITES: dict[str, Write] = {
    "Core UPDATE": lambda s, a, p: s.connection().execute(
        update(Product).where(Product.id == p).values(strength="1000 mg")),
    "Core INSERT": lambda s, a, p: s.connection().execute(
        insert(Product).values(id=uuid.uuid4(), audit_id=a.id, trade_name="New",
                               created_at=a.created_at, updated_at=a.created_at)),
    "Core DELETE": lambda s, a, p: s.connection().execute(delete(Product).where(Product.id == p)),
    "text() UPDATE": lambda s, a, p: s.execute(text(
        "UPDATE product SET strength = '1000 mg' WHERE id = :id"), {"id": p.hex}),
    "ORM bulk insert": lambda s, a, p: s.execute(insert(Product), [
        {"id": uuid.uuid4(), "audit_id": a.id, "trade_name": "New"}]),
    "ORM bulk update by key": lambda s, a, p: s.execute(update(Product), [
        {"id": p, "strength": "1000 mg"}]),
    "bulk_insert_mappings": lambda s, a, p: s.bulk_insert_mappings(Product, [  # type: ignore[arg-type]
        {"id": uuid.uuid4(), "audit_id": a.id, "trade_name": "New"}]),
    "bulk_update_mappings": lambda s, a, p: s.bulk_update_mappings(Product, [  # type: ignore[arg-type]
        {"id": p, "strength": "1000 mg"}]),
    "INSERT OR REPLACE": lambda s, a, p: s.execute(text(
        "INSERT OR REPLACE INTO product (id, audit_id, trade_name, on_national_formulary, "
        "is_oncology, is_cardiovascular, created_at, updated_at) "
        "SELECT id, audit_id, 'Replaced', 0, 0, 0, created_at, updated_at FROM product "
        "WHERE id = :id"), {"id": p.hex}),
}


@pytest.mark.parametrize("finalized", [False, True], ids=["draft", "finalized"])
@pytest.mark.parametrize("how", list(WRITES))
def test_writes_around_the_trail_are_refused_by_the_database(
    database: Database, db_path: Path, how: str, finalized: bool
) -> None:
    audit = _audit(database, finalized=finalized)
    product = _product_id(database, audit)
    before = _dump(db_path)
    with pytest.raises((GuardError, AuditLockedError, trail.TrailError)), \
            database.transaction() as session:
        WRITES[how](session, audit, product)
        session.flush()
    assert _dump(db_path) == before


def test_another_program_cannot_write_audit_data(database: Database, db_path: Path) -> None:
    audit = _audit(database, finalized=False)
    before = _dump(db_path)
    with closing(sqlite3.connect(db_path)) as raw:
        for statement in (
            "UPDATE product SET strength = '1000 mg'",
            "DELETE FROM product",
            "UPDATE company SET name_ru = 'Другая'",
            f"UPDATE audit SET findings = 'x' WHERE id = '{audit.id.hex}'",
        ):
            with pytest.raises(sqlite3.OperationalError, match="auditor_trail_writer"):
                raw.execute(statement)
    assert _dump(db_path) == before


def test_a_record_cannot_be_moved_out_of_a_finalized_audit(database: Database,
                                                           db_path: Path) -> None:
    sealed = _audit(database, finalized=True)
    draft = _audit(database, finalized=False, bin_="990140004654")
    product = _product_id(database, sealed)
    before = _dump(db_path)
    with pytest.raises(AuditLockedError), database.transaction() as session:
        session.get_one(Product, product).audit_id = draft.id
    with pytest.raises(AuditLockedError), database.transaction() as session:
        # ... nor into one
        moved = session.get_one(Product, _product_id(database, draft))
        moved.audit_id = sealed.id
    assert _dump(db_path) == before


def test_the_company_and_profile_a_finalized_audit_rests_on_are_locked(
    database: Database, db_path: Path
) -> None:
    audit = _audit(database, finalized=True)
    before = _dump(db_path)
    with pytest.raises(GuardError, match="company"), database.transaction() as session:
        session.get_one(Audit, audit.id).company.name_ru = "ТОО «Другое имя»"
    with pytest.raises(GuardError, match="auditor profile"), database.transaction() as session:
        stored = session.get_one(Audit, audit.id).auditor
        assert stored is not None
        stored.full_name = "Someone Else"
    assert _dump(db_path) == before
    # The profile's choice of language is the person's own, not part of what was signed.
    with database.transaction() as session:
        stored = session.get_one(Audit, audit.id).auditor
        assert stored is not None
        stored.language = "kk"
    with database.session() as session:
        assert session.get_one(Audit, audit.id).auditor.language == "kk"  # type: ignore[union-attr]


def test_the_company_of_a_draft_audit_can_change(database: Database) -> None:
    audit = _audit(database, finalized=False)
    with database.transaction() as session:
        session.get_one(Audit, audit.id).company.name_ru = "ТОО «Новое имя»"
    with database.session() as session:
        assert session.get_one(Company, audit.company_id).name_ru == "ТОО «Новое имя»"


def test_the_trail_refuses_insert_or_replace(database: Database, db_path: Path) -> None:
    _audit(database, finalized=False)
    before = _dump(db_path)
    with pytest.raises(GuardError), database.transaction() as session:
        session.execute(text(
            "INSERT OR REPLACE INTO audit_trail (id, at, actor, action, table_name, record_id, "
            "chain) SELECT id, at, 'someone else', action, table_name, record_id, chain "
            "FROM audit_trail WHERE id = 1"))
    assert _dump(db_path) == before


def test_a_finalize_between_the_check_and_the_write_is_caught_by_the_database(
    database: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ORM checks the stored status before it writes; should another process finalize the
    audit just after that check, the write itself is still refused, in the same statement."""
    audit = _audit(database, finalized=True)
    before = _dump(db_path)
    # The check as it would have answered a moment before the other process finalized.
    monkeypatch.setattr(trail, "_stored_statuses", lambda session, ids: {i: "draft" for i in ids})
    monkeypatch.setattr(trail, "_check_unlocked", lambda connection, target: None)
    stale = database.session("laptop window 1")
    stored = stale.get_one(Audit, audit.id)
    stored.products[0].strength = "1000 mg"
    with pytest.raises(AuditLockedError):
        stale.commit()
    stale.rollback()
    stale.close()
    assert _dump(db_path) == before


def test_a_failed_flush_does_not_leave_the_connection_open_to_writes(database: Database) -> None:
    draft = _audit(database, finalized=False)
    with database.session() as session:
        # Fails inside the flush, after the trail has opened the connection to its writes.
        session.add(filled(Company, bin="940140000385", region_code="75"))
        with pytest.raises(IntegrityError):
            session.flush()
        session.rollback()
        with pytest.raises(GuardError):
            session.execute(text("UPDATE audit SET findings = 'raw' WHERE id = :id"),
                            {"id": draft.id.hex})
    with database.session() as session:
        assert session.get_one(Audit, draft.id).findings != "raw"


def test_every_trail_entry_is_linked_to_the_one_before(database: Database) -> None:
    _audit(database, finalized=True)
    with database.session() as session:
        entries = list(session.scalars(select(TrailEntry).order_by(TrailEntry.id)))
    assert [e.id for e in entries] == list(range(1, len(entries) + 1))
    previous = "0" * 64
    for entry in entries:
        values = {c.key: getattr(entry, c.key) for c in TrailEntry.__table__.columns}
        assert entry.chain == trail.chain_link(previous, values)
        previous = entry.chain
    assert any(e.action == "seal" for e in entries)
