"""The audit trail records every change; a finalized audit is locked until reopened."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text, update

from auditor.db.audits import AuditRuleError, finalize_audit, reopen_audit
from auditor.db.database import Database, open_database
from auditor.db.guards import GuardError
from auditor.db.models import (
    TRACKED_MODELS,
    Audit,
    Product,
    ProductionLine,
    Site,
    Tracked,
    TrailEntry,
)
from auditor.db.trail import AuditLockedError, TrailError, insert_new
from tests.helpers.records import full_audit, row_values


def _trail(database: Database) -> list[TrailEntry]:
    with database.session() as session:
        return list(session.scalars(select(TrailEntry).order_by(TrailEntry.id)))


def _make_audit(database: Database) -> Audit:
    with database.transaction("Айгүл Сейітова (A-017)") as session:
        audit = full_audit()
        session.add(audit)
    return audit


def _finalized_audit(database: Database) -> Audit:
    audit = _make_audit(database)
    with database.transaction() as session:
        finalize_audit(
            session,
            session.get_one(Audit, audit.id),
            representative_name="Ерлан Жақсыбеков",
            representative_position="Директор по качеству",
        )
    return audit


def test_an_insert_is_recorded_with_its_values_and_author(database: Database) -> None:
    audit = _make_audit(database)
    inserted = [e for e in _trail(database) if e.action == "insert"]
    assert {e.table_name for e in inserted} >= {"company", "audit", "product", "deficiency"}
    audit_row = next(e for e in inserted if e.table_name == "audit")
    assert audit_row.record_id == str(audit.id)
    assert audit_row.actor == "Айгүл Сейітова (A-017)"
    assert json.loads(audit_row.new_value or "{}")["status"] == "draft"
    # A line added under a site belongs to the site's audit, in the data and in the trail.
    line = next(e for e in inserted if e.table_name == "production_line")
    assert line.audit_id == str(audit.id)


def test_an_update_records_old_and_new_value(database: Database) -> None:
    audit = _make_audit(database)
    with database.transaction("inspector") as session:
        product = session.get_one(Audit, audit.id).products[0]
        old_name = product.trade_name
        product.trade_name = "Бисопролол-СК"
    entries = [e for e in _trail(database) if e.action == "update"]
    assert len(entries) == 1
    (entry,) = entries
    assert (entry.table_name, entry.field, entry.actor) == ("product", "trade_name", "inspector")
    assert json.loads(entry.old_value or "null") == old_name
    assert json.loads(entry.new_value or "null") == "Бисопролол-СК"
    assert entry.audit_id == str(audit.id)


def test_a_delete_keeps_the_deleted_values(database: Database) -> None:
    audit = _make_audit(database)
    with database.transaction() as session:
        stored = session.get_one(Audit, audit.id)
        product = stored.products[0]
        name = product.trade_name
        stored.products.remove(product)
    (entry,) = [e for e in _trail(database) if e.action == "delete"]
    assert entry.table_name == "product"
    assert json.loads(entry.old_value or "{}")["trade_name"] == name


def test_the_trail_cannot_be_changed(database: Database) -> None:
    _make_audit(database)
    with database.transaction() as session:
        entry = session.scalars(select(TrailEntry)).first()
        assert entry is not None
        entry.actor = "someone else"
        with pytest.raises(TrailError):
            session.flush()
        session.rollback()
    with database.engine.begin() as connection, pytest.raises(GuardError, match="append-only"):
        connection.execute(text("DELETE FROM audit_trail"))
    assert all(e.actor != "someone else" for e in _trail(database))


def test_bulk_statements_that_would_bypass_the_trail_are_refused(database: Database) -> None:
    _make_audit(database)
    with database.transaction() as session:
        with pytest.raises(TrailError):
            session.execute(update(Product).values(trade_name="X"))
        with pytest.raises(TrailError):
            session.execute(delete(Product))


@pytest.mark.parametrize("change", ["edit field", "edit child", "add child", "remove child",
                                    "add grandchild", "delete audit"])
def test_a_finalized_audit_refuses_every_write(database: Database, change: str) -> None:
    audit = _finalized_audit(database)
    before = len(_trail(database))
    with pytest.raises(AuditLockedError), database.transaction() as session:
        stored = session.get_one(Audit, audit.id)
        if change == "edit field":
            stored.findings = "changed"
        elif change == "edit child":
            stored.products[0].strength = "1000 mg"
        elif change == "add child":
            stored.products.append(Product(trade_name="New"))
        elif change == "remove child":
            stored.products.clear()
        elif change == "add grandchild":
            site = session.get_one(Site, stored.sites[0].id)
            session.add(ProductionLine(name="Line 9", site=site))
        else:
            session.delete(stored)
    assert len(_trail(database)) == before
    with database.session() as session:
        stored = session.get_one(Audit, audit.id)
        assert stored.is_finalized and len(stored.products) == 1


def test_finalizing_is_in_the_trail_and_needs_a_representative(database: Database) -> None:
    audit = _make_audit(database)
    with database.transaction() as session, pytest.raises(AuditRuleError):
        finalize_audit(session, session.get_one(Audit, audit.id),
                       representative_name=" ", representative_position="CEO")
    _finalized_audit_from(database, audit)
    (entry,) = [e for e in _trail(database) if e.action == "finalize"]
    assert (entry.field, entry.old_value, entry.new_value) == ("status", '"draft"', '"finalized"')


def _finalized_audit_from(database: Database, audit: Audit) -> None:
    with database.transaction() as session:
        finalize_audit(session, session.get_one(Audit, audit.id),
                       representative_name="Ерлан", representative_position="Директор")


def test_reopening_with_a_reason_makes_a_new_revision(database: Database) -> None:
    audit = _finalized_audit(database)
    with database.transaction() as session, pytest.raises(AuditRuleError):
        reopen_audit(session, session.get_one(Audit, audit.id), "   ")
    with database.transaction("A-017") as session:
        stored = session.get_one(Audit, audit.id)
        reopen_audit(session, stored, "Уточнение мощности линии 2")
        stored.findings = "Обновлено после повторного визита"
    with database.session() as session:
        stored = session.get_one(Audit, audit.id)
        assert (stored.status, stored.revision) == ("draft", 2)
        assert stored.findings == "Обновлено после повторного визита"
    (entry,) = [e for e in _trail(database) if e.action == "reopen"]
    assert entry.reason == "Уточнение мощности линии 2"
    assert entry.actor == "A-017"
    # The reason belongs to that one reopening: a later edit is an ordinary, unlocked update.
    with database.transaction() as session:
        session.get_one(Audit, audit.id).findings = "ещё раз"
    assert [e.reason for e in _trail(database) if e.field == "findings"][-1] is None


def test_a_reopened_audit_can_be_finalized_again(database: Database) -> None:
    audit = _finalized_audit(database)
    with database.transaction() as session:
        reopen_audit(session, session.get_one(Audit, audit.id), "Исправление")
    _finalized_audit_from(database, audit)
    with database.session() as session:
        stored = session.get_one(Audit, audit.id)
        assert (stored.status, stored.revision) == ("finalized", 2)


@pytest.mark.parametrize("change", ["answer", "product", "delete audit"])
def test_a_session_that_loaded_a_draft_cannot_write_after_another_finalized_it(
    database: Database, change: str
) -> None:
    audit = _make_audit(database)
    stale = database.session("laptop window 1")
    stored = stale.get_one(Audit, audit.id)
    product = stored.products[0]
    findings, strength = stored.findings, product.strength
    assert not stored.is_finalized
    _finalized_audit_from(database, audit)  # in another session, committed
    before = len(_trail(database))

    with pytest.raises(AuditLockedError):
        if change == "answer":
            stored.findings = "written over a finalized audit"
        elif change == "product":
            product.strength = "1000 mg"
        else:
            stale.delete(stored)
        stale.commit()
    stale.rollback()
    stale.close()

    assert len(_trail(database)) == before
    with database.session() as session:
        again = session.get_one(Audit, audit.id)
        assert again.is_finalized
        assert (again.findings, again.products[0].strength) == (findings, strength)


def test_records_inserted_at_once_are_stored_and_trailed_as_a_flush_would(
    database: Database, tmp_path: Path
) -> None:
    _make_audit(database)

    def copies() -> list[Tracked]:
        """The audit's records as new objects with the same values, children first."""
        with database.session() as session:
            return [
                type(record)(**row_values(record))
                for model in reversed(TRACKED_MODELS)
                for record in session.scalars(select(model))
            ]

    flushed, at_once = open_database(tmp_path / "a.sqlite"), open_database(tmp_path / "b.sqlite")
    with flushed.transaction("A-017") as session:
        session.add_all(copies())
    with at_once.transaction("A-017") as session:
        insert_new(session, copies())

    def stored(db: Database) -> list[dict[str, object]]:
        with db.session() as session:
            return [row_values(r) for m in TRACKED_MODELS for r in session.scalars(select(m))]

    def trail(db: Database) -> list[tuple[object, ...]]:
        return [(e.action, e.actor, e.table_name, e.record_id, e.audit_id, e.new_value)
                for e in _trail(db)]

    assert stored(at_once) == stored(flushed) == stored(database)
    assert len(trail(at_once)) == len(copies()) > 10
    assert trail(at_once) == trail(flushed)
    flushed.close()
    at_once.close()


def test_records_inserted_at_once_into_a_finalized_audit_are_refused(database: Database) -> None:
    audit = _finalized_audit(database)
    before = len(_trail(database))
    with pytest.raises(AuditLockedError), database.transaction() as session:
        insert_new(session, [Product(audit_id=audit.id, trade_name="New")])
    assert len(_trail(database)) == before
    with database.session() as session:
        assert len(session.get_one(Audit, audit.id).products) == 1
