"""Operations on audits that carry rules of their own: finalize, reopen, delete, attach."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from auditor.db.base import utcnow
from auditor.db.guards import IMPORTED, MESSAGES, set_trail_writing
from auditor.db.models import (
    AUDIT_STATUS_DRAFT,
    AUDIT_STATUS_FINALIZED,
    Attachment,
    Audit,
    AuditOrigin,
    Inspection,
    Setting,
    Site,
)
from auditor.db.profiles import current_profile_in, kind_of
from auditor.db.seal import write_seal
from auditor.db.settings import INSTALLATION_ID
from auditor.db.trail import REOPEN_KEY, AuditLockedError
from auditor.domain import files
from auditor.domain.text import Text

if TYPE_CHECKING:
    from auditor.db.database import Database


class AuditRuleError(Exception):
    """An operation the rules of the audit do not allow; ``reason`` says why in 3 languages."""

    def __init__(self, reason: Text) -> None:
        self.reason = reason
        super().__init__(reason.en)


def finalize_audit(
    session: Session,
    audit: Audit,
    *,
    representative_name: str,
    representative_position: str,
) -> None:
    """Sign the audit off and lock it. Checking its answers is the validation engine's job."""
    if audit.is_finalized:
        raise AuditRuleError(
            Text(
                kk="Аудит әлдеқашан аяқталған.",
                ru="Аудит уже завершён.",
                en="The audit is already finalized.",
            )
        )
    if not representative_name.strip() or not representative_position.strip():
        raise AuditRuleError(
            Text(
                kk="Компания өкілінің аты-жөні мен лауазымын көрсетіңіз.",
                ru="Укажите ФИО и должность представителя компании.",
                en="Enter the company representative's name and position.",
            )
        )
    audit.representative_name = representative_name.strip()
    audit.representative_position = representative_position.strip()
    audit.auditor_confirmed = True
    audit.status = AUDIT_STATUS_FINALIZED
    audit.finalized_at = utcnow()
    session.flush()
    seal_audit(session, audit)


def seal_audit(session: Session, audit: Audit) -> None:
    """Seal a finalized audit as it is stored now; from then on the database locks it."""
    connection = session.connection()
    set_trail_writing(connection.connection.dbapi_connection, True)
    try:
        audit.seal_sha256 = write_seal(connection, audit.id, audit.revision)
    finally:
        set_trail_writing(connection.connection.dbapi_connection, False)
    session.flush()


# --- audits that came from another installation ------------------------------------------------

MSG_IMPORTED = MESSAGES[IMPORTED]


def imported_origin(session: Session, audit_id: uuid.UUID, revision: int) -> AuditOrigin | None:
    """The import an audit came with, while it is read-only here: its current import names
    another installation than this database's (or none), and the audit is still the revision
    that came with it. An audit reopened here (a later revision) is this database's own.

    The database's guards hold the same rule (:mod:`auditor.db.guards`).
    """
    installation = session.get(Setting, INSTALLATION_ID)
    return session.scalars(
        select(AuditOrigin)
        .where(
            AuditOrigin.audit_id == str(audit_id),
            AuditOrigin.superseded_at.is_(None),
            AuditOrigin.revision == revision,
            AuditOrigin.installation_id.is_distinct_from(
                installation.value if installation is not None else None),
        )
        .order_by(AuditOrigin.id.desc())
    ).first()


@dataclass(frozen=True)
class ImportedAudit:
    """Where a read-only imported audit came from, and whether the current profile may
    reopen it (``reopen_refused`` says why not; None when it may)."""

    auditor: str | None  # "name (code)" as the package named its auditor
    file_name: str
    imported_at: datetime
    reopen_refused: Text | None


def imported_audit(session: Session, audit: Audit) -> ImportedAudit | None:
    """What the editor says of an audit imported from another installation, or None for an
    audit that can be changed here as any other."""
    origin = imported_origin(session, audit.id, audit.revision)
    if origin is None:
        return None
    return ImportedAudit(origin.auditor, origin.file_name, origin.imported_at,
                         reopen_imported_refusal(session))


def reopen_imported_refusal(session: Session) -> Text | None:
    """Why the current profile may not reopen an imported audit; None when it may."""
    if kind_of(current_profile_in(session)).reopens_imported:
        return None
    return MSG_IMPORTED


def reopen_audit(session: Session, audit: Audit, reason: str) -> None:
    """Unlock a finalized audit as its next revision; the reason goes into the trail.

    An audit imported from another installation is reopened only by a ministry analyst
    (:data:`~auditor.domain.profile_kinds.PROFILE_KINDS`), finalized or not: its next revision
    is then this database's own, and can be changed here.
    """
    # Asked first: the query writes what the session holds, so an import marked superseded
    # just before (consolidation replacing the audit) counts as such.
    imported = imported_origin(session, audit.id, audit.revision)
    if imported is not None:
        refused = reopen_imported_refusal(session)
        if refused is not None:
            raise AuditRuleError(refused)
    if not audit.is_finalized and imported is None:
        raise AuditRuleError(
            Text(
                kk="Тек аяқталған аудитті қайта ашуға болады.",
                ru="Открыть заново можно только завершённый аудит.",
                en="Only a finalized audit can be reopened.",
            )
        )
    if not reason.strip():
        raise AuditRuleError(
            Text(
                kk="Аудитті қайта ашу себебін көрсетіңіз.",
                ru="Укажите причину повторного открытия аудита.",
                en="Give the reason for reopening the audit.",
            )
        )
    session.info.setdefault(REOPEN_KEY, {})[audit.id] = reason.strip()
    audit.status = AUDIT_STATUS_DRAFT
    audit.revision += 1
    audit.finalized_at = None
    audit.auditor_confirmed = False
    audit.seal_sha256 = None
    session.flush()


def create_audit(session: Session, company_id: object, auditor_id: object | None) -> Audit:
    """A new draft audit of a company. Every audit starts at revision 1; revisions count
    reopenings of that same audit."""
    audit = Audit(company_id=company_id, auditor_id=auditor_id, revision=1,
                  status=AUDIT_STATUS_DRAFT)
    session.add(audit)
    session.flush()
    return audit


def delete_audit(session: Session, audit: Audit) -> None:
    """Delete a draft audit with everything captured in it."""
    if audit.is_finalized:
        raise AuditLockedError(audit.id)
    session.delete(audit)
    session.flush()


def finalized_among(database: Database, audit_ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
    """Those of these audits that are finalized, in the order given."""
    with database.session() as session:
        finalized = set(session.scalars(
            select(Audit.id).where(Audit.id.in_(list(audit_ids)),
                                   Audit.status == AUDIT_STATUS_FINALIZED)
        ))
    return [audit_id for audit_id in audit_ids if audit_id in finalized]


def add_attachment(
    audit: Audit,
    file_name: str,
    content: bytes,
    *,
    description: str | None = None,
) -> Attachment:
    """Attach a file under its clean name, if it is a document or image both by its content
    and its name (:mod:`auditor.domain.files`); otherwise :class:`AuditRuleError` says why."""
    name = files.clean_file_name(file_name)
    refused = files.refusal(content, name)
    if refused is not None:
        raise AuditRuleError(refused)
    file_type = files.identify(content, name)
    assert file_type is not None
    attachment = Attachment(
        file_name=name,
        media_type=file_type.media_type,
        size_bytes=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
        description=description,
    )
    audit.attachments.append(attachment)
    return attachment


def load_full_audit(
    session: Session, audit_id: object, *, with_files: bool = False
) -> Audit | None:
    """One audit with every record captured in it, in a fixed number of queries.

    File bytes of attachments are read only ``with_files`` (validation and export need them;
    opening the audit does not).
    """
    return session.scalars(
        select(Audit)
        .where(Audit.id == audit_id)
        .options(
            selectinload(Audit.company),
            selectinload(Audit.auditor),
            selectinload(Audit.sites).selectinload(Site.production_lines),
            selectinload(Audit.certificates),
            selectinload(Audit.inspections).selectinload(Inspection.deficiencies),
            selectinload(Audit.deficiencies),
            selectinload(Audit.production_lines),
            selectinload(Audit.products),
            selectinload(Audit.contracts),
            selectinload(Audit.investments),
            selectinload(Audit.partnerships),
            selectinload(Audit.barriers),
            selectinload(Audit.support_requests),
            selectinload(Audit.attachments).undefer(Attachment.content)
            if with_files
            else selectinload(Audit.attachments),
        )
    ).one_or_none()
