"""Demo data, known by its companies' BINs: where it counts, and removing all of it at once.

A company is demo data when its BIN is of the demo range (:func:`auditor.domain.bin.is_demo_bin`);
its audits and everything in them go with it. No flag column says so: the BIN is the one source,
here turned into a SQL condition (:func:`demo_company`), so that a demo package consolidated
elsewhere is still known as demo data there.

Removing demo data keeps to the trail and the lock like every other change. A finalized demo
audit is first reopened (the trail records the reopening with :data:`REMOVAL_REASON`), then
deleted as a draft with everything captured in it, then its company; each record deleted has its
trail entry with all its values. Only companies of the demo range are ever touched: a real
company, with or without audits, is not.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, exists, func, not_, select
from sqlalchemy.orm import Session

from auditor.db.audits import delete_audit, reopen_audit
from auditor.db.models import (
    Audit,
    AuditOrigin,
    AuditorProfile,
    AuditSummary,
    Company,
    Conflict,
    Setting,
)
from auditor.db.settings import CURRENT_PROFILE
from auditor.domain.bin import BIN_LENGTH, DEMO_BIN_PREFIX, is_demo_bin
from auditor.domain.text import Text

# The reason the trail gives for reopening a finalized demo audit on its way out.
REMOVAL_REASON = "demo data removed"
# SQLite takes up to 32,766 bound parameters; IN lists are cut below that.
_CHUNK = 500

Progress = Callable[[int, int], None]


def demo_company(bin_column: Any = None) -> ColumnElement[bool]:
    """SQL for "this BIN is of the demo range", the same test as :func:`is_demo_bin`
    (``bin_column``: the company's BIN unless another column holds it)."""
    column = Company.bin if bin_column is None else bin_column
    return and_(column.startswith(DEMO_BIN_PREFIX, autoescape=True),
                func.length(column) == BIN_LENGTH)


def holds_real_companies(session: Session) -> bool:
    """Whether the database holds any company that is not demo data."""
    return bool(session.scalar(select(exists().where(not_(demo_company())))))


def demo_counts_in_figures(session: Session) -> bool:
    """Whether demo data counts in this database's national figures and default exports: only
    in a demo database, one that holds no real company. Anywhere else demo companies are left
    out, so that trying the application never changes a national figure."""
    return not holds_real_companies(session)


@dataclass(frozen=True)
class DemoRemoval:
    """What :func:`remove_demo_data` removed."""

    companies: int = 0
    audits: int = 0
    finalized: int = 0  # of the audits, those that were finalized
    auditors: int = 0  # auditor profiles of the demo no remaining audit names

    def describe(self) -> Text:
        # Counts after a colon: no plural forms needed in any language.
        return Text(
            "компаниялар: {companies}, аудиттер: {audits} (оның ішінде аяқталғандары: "
            "{finalized}), аудитор профильдері: {auditors}",
            "компаний: {companies}, аудитов: {audits} (из них завершённых: {finalized}), "
            "профилей аудиторов: {auditors}",
            "companies: {companies}, audits: {audits} (finalized: {finalized}), auditor "
            "profiles: {auditors}",
        ).format(companies=self.companies, audits=self.audits, finalized=self.finalized,
                 auditors=self.auditors)


class NotDemoData(ValueError):
    """An attempt to remove, as demo data, a company whose BIN is not of the demo range."""


def remove_demo_company(session: Session, company: Company) -> tuple[int, int, set[uuid.UUID]]:
    """Remove one demo company with its audits: (audits removed, finalized among them, the
    auditors those audits named). Refuses any company outside the demo range."""
    if not is_demo_bin(company.bin):
        raise NotDemoData(f"BIN {company.bin} is not of the demo range")
    audits = finalized = 0
    auditors: set[uuid.UUID] = set()
    for audit in list(company.audits):
        if audit.auditor_id is not None:
            auditors.add(audit.auditor_id)
        if audit.is_finalized:
            reopen_audit(session, audit, REMOVAL_REASON)
            finalized += 1
        delete_audit(session, audit)
        audits += 1
    session.delete(company)
    session.flush()
    return audits, finalized, auditors


def remove_demo_data(session: Session, progress: Progress | None = None) -> DemoRemoval:
    """Remove every demo company, its audits and what was captured in them, in ``session``'s
    transaction (all or nothing), each deletion in the trail under the session's actor.

    Also removed: the demo's auditor profiles that no remaining audit names (never the profile
    this database works as), and what the database kept about demo audits outside the trail
    (list summaries; the import history and conflicts of consolidated demo packages). The import
    log keeps its lines: it says what happened.
    """
    companies = list(session.scalars(
        select(Company).where(demo_company()).order_by(Company.bin)))
    audits = finalized = 0
    auditors: set[uuid.UUID] = set()
    removed_audits: list[uuid.UUID] = []
    for number, company in enumerate(companies, start=1):
        removed_audits += [audit.id for audit in company.audits]
        counted = remove_demo_company(session, company)
        audits += counted[0]
        finalized += counted[1]
        auditors |= counted[2]
        if progress is not None:
            progress(number, len(companies))

    profiles = _unused_profiles(session, auditors)
    for profile_id in profiles:
        profile = session.get(AuditorProfile, profile_id)
        if profile is not None:
            session.delete(profile)
    session.flush()
    for start in range(0, len(removed_audits), _CHUNK):
        chunk = removed_audits[start:start + _CHUNK]
        session.execute(delete(AuditSummary).where(AuditSummary.audit_id.in_(chunk)))
    session.execute(delete(AuditOrigin).where(demo_company(AuditOrigin.company_bin)))
    session.execute(delete(Conflict).where(demo_company(Conflict.company_bin)))
    return DemoRemoval(len(companies), audits, finalized, len(profiles))


def _unused_profiles(session: Session, auditors: set[uuid.UUID]) -> list[uuid.UUID]:
    """Of these auditors of removed demo audits, those no remaining audit names and that are
    not this database's own profile."""
    if not auditors:
        return []
    wanted = sorted(auditors)
    still_named: set[uuid.UUID | None] = set()
    for start in range(0, len(wanted), _CHUNK):
        still_named.update(session.scalars(select(Audit.auditor_id).where(
            Audit.auditor_id.in_(wanted[start:start + _CHUNK]))).all())
    current = session.get(Setting, CURRENT_PROFILE)
    own = {current.value} if current is not None else set()
    return [a for a in wanted if a not in still_named and str(a) not in own]


__all__ = [
    "REMOVAL_REASON",
    "DemoRemoval",
    "NotDemoData",
    "demo_company",
    "demo_counts_in_figures",
    "holds_real_companies",
    "remove_demo_company",
    "remove_demo_data",
]
