"""The list of companies and their audits, as plain rows read in one query, with the summary of
each audit (completeness, errors, warnings) kept from the last time it was checked.

A summary holds only while what it was worked out from is unchanged: the questionnaire's
version and the last trail entries of the audit and of its company (every change of either is
in the trail). Rows whose summary no longer holds come without one, to be checked again.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Select, delete, func, insert, select
from sqlalchemy.orm import Session

from auditor.db.database import Database
from auditor.db.models import (
    AUDIT_STATUS_FINALIZED,
    Audit,
    AuditSummary,
    Company,
    TrailEntry,
    company_name_in,
)
from auditor.domain.bin import is_demo_bin
from auditor.domain.lists import CHOICE_LISTS
from auditor.domain.text import LANGUAGES

# The trail entries looked up at once (SQLite takes up to 32,766 parameters).
_CHUNK = 900


@dataclass(frozen=True)
class AuditStats:
    """What the validation engine says about one audit; ``failed`` when it could not tell."""

    complete_percent: int = 0
    errors: int = 0
    warnings: int = 0
    failed: bool = False


CHECK_FAILED = AuditStats(failed=True)


@dataclass
class AuditRow:
    """One audit of a company, or a company that has no audit yet (``audit_id`` is None)."""

    company_id: uuid.UUID
    bin: str
    name_kk: str | None
    name_ru: str | None
    region_code: str
    audit_id: uuid.UUID | None = None
    status: str | None = None
    revision: int | None = None
    gmp_status: str | None = None
    visit_start: date | None = None
    updated_at: datetime | None = None
    stats: AuditStats | None = None
    search_text: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        self.refresh_search_text()

    def refresh_search_text(self) -> None:
        # Region labels in every language, so a search works whatever the UI language is.
        regions = CHOICE_LISTS["regions"]
        parts = [self.name_kk or "", self.name_ru or "", self.bin]
        parts += [regions.label(self.region_code, lang) for lang in LANGUAGES]
        self.search_text = " ".join(parts).casefold()

    def company_name(self, lang: str) -> str:
        return company_name_in(lang, self.name_kk, self.name_ru, self.bin)

    @property
    def is_finalized(self) -> bool:
        return self.status == AUDIT_STATUS_FINALIZED

    @property
    def is_demo(self) -> bool:
        """Whether the company is demo data (its BIN is of the demo range)."""
        return is_demo_bin(self.bin)

    @property
    def stats_key(self) -> tuple[object, ...]:
        """What must be unchanged for statistics shown to still hold after a reload."""
        return (self.audit_id, self.revision, self.status, self.updated_at)


def _rows_query() -> Select[*tuple[Any, ...]]:
    """Every audit with its company and its kept summary, and every company without an audit."""
    return select(
        Company.id,
        Company.bin,
        Company.name_kk,
        Company.name_ru,
        Company.region_code,
        Audit.id,
        Audit.status,
        Audit.revision,
        Audit.gmp_status,
        Audit.visit_start,
        Audit.updated_at,
        AuditSummary.basis,
        AuditSummary.complete_percent,
        AuditSummary.errors,
        AuditSummary.warnings,
    ).outerjoin(Audit, Audit.company_id == Company.id).outerjoin(
        AuditSummary, AuditSummary.audit_id == Audit.id
    )


def _marks(connection: Connection, column: Any, keys: Sequence[str],
           *where: Any) -> dict[str, int]:
    marks: dict[str, int] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start:start + _CHUNK]
        query = select(column, func.max(TrailEntry.id)).where(column.in_(chunk), *where)
        marks.update({key: int(last) for key, last in connection.execute(query.group_by(column))})
    return marks


def summary_bases(
    connection: Connection, form_version: str, audits: Iterable[tuple[uuid.UUID, uuid.UUID]]
) -> dict[uuid.UUID, str]:
    """What a summary of each (audit, company) must have been worked out from to hold now."""
    pairs = list(audits)
    audit_marks = _marks(connection, TrailEntry.audit_id, [str(a) for a, _ in pairs])
    company_marks = _marks(connection, TrailEntry.record_id,
                           sorted({str(c) for _, c in pairs}),
                           TrailEntry.table_name == Company.__tablename__)
    return {
        audit_id: (f"{form_version}|{audit_marks.get(str(audit_id), 0)}|"
                   f"{company_marks.get(str(company_id), 0)}")
        for audit_id, company_id in pairs
    }


def _rows(connection: Connection, query: Select[*tuple[Any, ...]], form_version: str
          ) -> list[AuditRow]:
    rows = []
    stored: dict[uuid.UUID, tuple[str, AuditStats]] = {}
    for values in connection.execute(query):
        row = AuditRow(*values[:11])
        if row.audit_id is not None and values[11] is not None:
            stored[row.audit_id] = (values[11], AuditStats(*values[12:15]))
        rows.append(row)
    if stored:
        audits = [(r.audit_id, r.company_id) for r in rows
                  if r.audit_id is not None and r.audit_id in stored]
        bases = summary_bases(connection, form_version, audits)
        for row in rows:
            kept = stored.get(row.audit_id) if row.audit_id is not None else None
            if kept is not None and row.audit_id is not None and \
                    bases.get(row.audit_id) == kept[0]:
                row.stats = kept[1]
    return rows


def load_audit_rows(database: Database, form_version: str) -> list[AuditRow]:
    """Every audit with its company, and every company without an audit, in one query; each
    audit with its summary when the one kept still holds."""
    query = _rows_query().order_by(Company.bin, Audit.created_at)
    # A plain connection: rows of values need none of the session's object bookkeeping,
    # which would double the time for a long list.
    with database.engine.connect() as connection:
        return _rows(connection, query, form_version)


def load_company_rows(database: Database, company_id: uuid.UUID,
                      form_version: str) -> list[AuditRow]:
    query = _rows_query().where(Company.id == company_id).order_by(Audit.created_at)
    with database.engine.connect() as connection:
        return _rows(connection, query, form_version)


def store_summaries(session: Session, summaries: Mapping[uuid.UUID, tuple[str, AuditStats]]
                    ) -> None:
    """Keep these summaries (basis and counts), replacing those kept before."""
    if not summaries:
        return
    ids = list(summaries)
    connection = session.connection()
    for start in range(0, len(ids), _CHUNK):
        connection.execute(delete(AuditSummary).where(
            AuditSummary.audit_id.in_(ids[start:start + _CHUNK])))
    kept = [
        {"audit_id": audit_id, "basis": basis, "complete_percent": stats.complete_percent,
         "errors": stats.errors, "warnings": stats.warnings}
        for audit_id, (basis, stats) in summaries.items() if not stats.failed
    ]
    if kept:
        connection.execute(insert(AuditSummary), kept)
