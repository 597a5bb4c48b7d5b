"""Demo data is known by its BINs and removed all at once; real companies are never touched."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from auditor.db.audits import AuditRuleError, create_audit, finalize_audit
from auditor.db.companies import NewCompany, create_company
from auditor.db.database import Database
from auditor.db.demo_data import (
    REMOVAL_REASON,
    NotDemoData,
    demo_counts_in_figures,
    remove_demo_company,
    remove_demo_data,
)
from auditor.db.integrity import check_database
from auditor.db.models import (
    TRACKED_MODELS,
    Audit,
    AuditorProfile,
    AuditSummary,
    Company,
    Product,
    TrailEntry,
)
from auditor.demo import build_demo
from auditor.domain.bin import is_demo_bin, make_bin
from tests.helpers.profiles import add_profile
from tests.helpers.records import filled, full_audit, row_values

# The BIN the first public producer of the demo (Химфарм, founded 06.1996) had before demo BINs
# had their own range: a real company registered that month could hold it.
WAS_CHIMPHARM = make_bin(1996, 6, 1000)
REAL_SIGNED = make_bin(2004, 2, 31_337)
REAL_EMPTY = make_bin(2012, 9, 4_040)


def _real(name: str, bin_: str) -> NewCompany:
    return NewCompany(bin=bin_, name_kk=None, name_ru=name, region_code="79", legal_form="jsc",
                      address=None)


def _count(database: Database, model: type) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _tracked_rows(database: Database, bins: set[str]) -> dict[str, dict[str, object]]:
    """Every tracked record that belongs to the companies of these BINs, by table/id."""
    rows: dict[str, dict[str, object]] = {}
    with database.session() as session:
        companies = list(session.scalars(select(Company).where(Company.bin.in_(bins))))
        audit_ids = [a.id for c in companies for a in c.audits]
        for company in companies:
            rows[f"company/{company.id}"] = row_values(company)
        for model in TRACKED_MODELS:
            if model in (Company, AuditorProfile):
                continue
            key = model.id if model is Audit else getattr(model, "audit_id", None)
            if key is None:
                continue
            for record in session.scalars(select(model).where(key.in_(audit_ids))):
                rows[f"{model.__tablename__}/{record.id}"] = row_values(record)
    return rows


def test_a_real_company_is_created_after_the_demo_with_a_bin_the_demo_once_took(
    database: Database,
) -> None:
    build_demo(database, companies=12, finalize=True)
    with database.transaction("KZ-AUD-001") as session:
        create_company(session, _real("АО «Химфарм»", WAS_CHIMPHARM))
    with database.session() as session:
        bins = list(session.scalars(select(Company.bin).where(Company.name_ru == "АО «Химфарм»")))
    # The demo's Химфарм and the real one, each with its own BIN.
    assert len(bins) == 2 and WAS_CHIMPHARM in bins
    assert [is_demo_bin(b) for b in sorted(bins, key=lambda b: b != WAS_CHIMPHARM)] == [
        False, True]


def test_a_company_entered_by_hand_cannot_take_a_bin_of_the_demo_range(
    database: Database,
) -> None:
    build_demo(database, companies=1)
    with database.session() as session:
        demo_bin = session.scalars(select(Company.bin)).one()
    with pytest.raises(AuditRuleError) as refused, database.transaction("KZ-AUD-001") as session:
        create_company(session, _real("ТОО «Не демо»", make_bin(1980, 1, 7_000)))
    assert "reserved for demo data" in refused.value.reason.en
    assert _count(database, Company) == 1 and is_demo_bin(demo_bin)


def test_removing_demo_data_removes_exactly_the_demo_and_keeps_the_trail(
    database: Database,
) -> None:
    profile = add_profile(database, "ru")
    build_demo(database, companies=6, finalize=True)
    with database.transaction("KZ-AUD-001") as session:
        signed = full_audit(filled(Company, bin=REAL_SIGNED, name_ru="ТОО «Настоящий»",
                                   region_code="75"))
        session.add(signed)
        create_company(session, _real("ТОО «Без аудита»", REAL_EMPTY))
        # The auditor working here tried the application on a demo company.
        tried = session.scalars(select(Company).where(Company.bin.not_in(
            {REAL_SIGNED, REAL_EMPTY})).order_by(Company.bin)).first()
        create_audit(session, tried.id, profile.id)
    with database.transaction("KZ-AUD-001") as session:
        finalize_audit(session, session.get_one(Audit, signed.id), representative_name="Ерлан",
                       representative_position="QA")
    real = {REAL_SIGNED, REAL_EMPTY}
    real_before = _tracked_rows(database, real)
    products_before = _count(database, Product)
    real_products = sum(1 for key in real_before if key.startswith("product/"))
    with database.session() as session:
        demo_audits = [str(a) for a in session.scalars(
            select(Audit.id).join(Company).where(Company.bin.not_in(real)))]
        session.add(AuditSummary(audit_id=session.scalars(select(Audit.id).join(Company).where(
            Company.bin.not_in(real))).first(), basis="b", complete_percent=1, errors=0,
            warnings=0))
        session.commit()
    assert len(demo_audits) == 7

    with database.transaction("KZ-AUD-001") as session:
        removed = remove_demo_data(session)

    assert (removed.companies, removed.audits, removed.finalized) == (6, 7, 6)
    assert removed.describe().en.startswith("companies: 6, audits: 7 (finalized: 6)")
    with database.session() as session:
        assert set(session.scalars(select(Company.bin))) == real
        assert session.scalars(select(Audit.id)).all() == [signed.id]
        # The demo's auditors went with their audits; the one working here stays.
        assert session.scalars(select(AuditorProfile.id)).all() == [profile.id]
        assert session.scalars(select(AuditSummary)).all() == []
        reopened = session.scalars(select(TrailEntry.record_id).where(
            TrailEntry.action == "reopen", TrailEntry.reason == REMOVAL_REASON)).all()
        deleted_audits = session.scalars(select(TrailEntry.record_id).where(
            TrailEntry.action == "delete", TrailEntry.table_name == "audit")).all()
        actors = set(session.scalars(select(TrailEntry.actor).where(
            TrailEntry.action == "delete")))
    # Each audit deleted with its trail entry; the finalized ones reopened first, with why.
    assert sorted(deleted_audits) == sorted(demo_audits)
    assert len(reopened) == 6 and set(reopened) < set(demo_audits)
    assert actors == {"KZ-AUD-001"}
    # Real data unchanged, record for record, value for value (the signed audit still sealed).
    assert _tracked_rows(database, real) == real_before
    assert _count(database, Product) == real_products < products_before
    with database.engine.connect() as connection:
        report = check_database(connection)
    assert report.ok, [p.en for p in report.problems]
    assert report.sealed_audits == 1


def test_a_real_company_is_never_removed_as_demo_data(database: Database) -> None:
    with database.transaction("KZ-AUD-001") as session:
        create_company(session, _real("ТОО «Настоящий»", REAL_EMPTY))
    with pytest.raises(NotDemoData), database.transaction("KZ-AUD-001") as session:
        remove_demo_company(session, session.scalars(select(Company)).one())
    with database.transaction("KZ-AUD-001") as session:
        nothing = remove_demo_data(session)
    assert (nothing.companies, nothing.audits) == (0, 0)
    assert _count(database, Company) == 1


def test_demo_data_counts_in_figures_only_in_a_database_without_real_companies(
    database: Database,
) -> None:
    build_demo(database, companies=2)
    with database.session() as session:
        assert demo_counts_in_figures(session)
    with database.transaction("KZ-AUD-001") as session:
        create_company(session, _real("ТОО «Настоящий»", REAL_EMPTY))
    with database.session() as session:
        assert not demo_counts_in_figures(session)
