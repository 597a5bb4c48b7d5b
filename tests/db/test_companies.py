"""A company created by mistake can be deleted; one that any audit rests on never is."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from auditor.db.audits import AuditRuleError, finalize_audit
from auditor.db.companies import delete_company
from auditor.db.database import Database
from auditor.db.guards import GuardError
from auditor.db.integrity import check_database
from auditor.db.models import Audit, Company, TrailEntry
from tests.helpers.records import filled, full_audit

BIN = "990140004654"


def _company(database: Database) -> Company:
    with database.transaction("KZ-AUD-017") as session:
        company = Company(bin=BIN, name_kk="«Тест» ЖШС", name_ru="ТОО «Тест»", region_code="75")
        session.add(company)
    return company


def _audited(database: Database, *, finalized: bool = False) -> Audit:
    with database.transaction("KZ-AUD-017") as session:
        audit = full_audit(filled(Company, bin=BIN, name_kk="«Тест» ЖШС", name_ru="ТОО «Тест»",
                                  region_code="75"))
        session.add(audit)
    if finalized:
        with database.transaction("KZ-AUD-017") as session:
            finalize_audit(session, session.get_one(Audit, audit.id),
                           representative_name="Ерлан Жақсыбеков", representative_position="QA")
    return audit


def _companies(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Company)) or 0


def _trail(database: Database) -> list[TrailEntry]:
    with database.session() as session:
        return list(session.scalars(select(TrailEntry).order_by(TrailEntry.id)))


def test_a_company_without_audits_is_deleted_and_the_trail_keeps_it(database: Database) -> None:
    company = _company(database)
    with database.transaction("KZ-AUD-017") as session:
        delete_company(session, company.id)

    assert _companies(database) == 0
    deleted = _trail(database)[-1]
    assert (deleted.action, deleted.table_name, deleted.record_id, deleted.actor) == (
        "delete", "company", str(company.id), "KZ-AUD-017")
    kept = json.loads(deleted.old_value or "{}")
    assert (kept["bin"], kept["name_ru"]) == (BIN, "ТОО «Тест»")
    # The trail's chain still holds from the first entry to the deletion.
    with database.engine.connect() as connection:
        assert check_database(connection).ok


def test_deleting_a_company_already_gone_does_nothing(database: Database) -> None:
    company = _company(database)
    with database.transaction() as session:
        delete_company(session, company.id)
    entries = len(_trail(database))
    with database.transaction() as session:
        delete_company(session, company.id)
    assert len(_trail(database)) == entries


@pytest.mark.parametrize(
    ("lang", "says"),
    [("kk", "«Тест» ЖШС жойылмайды: оның аудиттері бар (саны: 1)"),
     ("ru", "ТОО «Тест» нельзя удалить: у компании есть аудиты (всего: 1)"),
     ("en", "ТОО «Тест» cannot be deleted: it has audits (count: 1)")],
)
def test_a_company_with_a_draft_audit_is_refused_in_plain_words(
    database: Database, lang: str, says: str
) -> None:
    audit = _audited(database)
    entries = len(_trail(database))
    with pytest.raises(AuditRuleError) as refused, database.transaction() as session:
        delete_company(session, audit.company_id)
    assert refused.value.reason(lang).startswith(says)
    assert _companies(database) == 1
    assert len(_trail(database)) == entries  # nothing was deleted, nothing recorded


def test_the_database_refuses_to_orphan_an_audit_even_around_the_rule(database: Database) -> None:
    draft = _audited(database)
    with database.session() as session, pytest.raises(IntegrityError):
        session.delete(session.get_one(Company, draft.company_id))
        session.commit()
    assert _companies(database) == 1


def test_a_company_a_signed_audit_rests_on_is_guarded_by_the_database(database: Database) -> None:
    signed = _audited(database, finalized=True)
    with pytest.raises(AuditRuleError), database.transaction() as session:
        delete_company(session, signed.company_id)
    # Written straight to SQLite, past the application: its trigger refuses it.
    with pytest.raises(GuardError), database.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM company WHERE id = ?",
                                   (signed.company_id.hex,))
    assert _companies(database) == 1
