"""An audit in three figures — how complete, how many errors, how many warnings — as the list
of audits shows them, worked out by the validation engine and kept with the audit."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable

from auditor.db.audits import load_full_audit
from auditor.db.database import Database
from auditor.db.listing import CHECK_FAILED, AuditStats, summary_bases
from auditor.db.models import Audit
from auditor.forms.completeness import audit_completeness
from auditor.forms.questionnaire import FORM, validate
from auditor.forms.version import FORM_VERSION

log = logging.getLogger("auditor.forms.summary")


def summarize(audit: Audit) -> AuditStats:
    issues = validate(audit)
    errors = sum(1 for issue in issues if issue.is_error)
    complete = audit_completeness(FORM, audit)["overall"].percent
    return AuditStats(complete, errors, len(issues) - errors)


def compute_audit_stats(
    database: Database, audit_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, tuple[str, AuditStats]]:
    """Each audit's summary with what it was worked out from (to keep it with the audit).

    Runs on a worker with its own session. An audit that is gone meanwhile is left out; one the
    engine fails on is logged and reported as ``CHECK_FAILED`` instead of stopping the others.
    The basis is read before the audit, so a change made meanwhile makes the summary stale.
    """
    results: dict[uuid.UUID, tuple[str, AuditStats]] = {}
    with database.session() as session:
        for audit_id in audit_ids:
            try:
                audit = session.get(Audit, audit_id)
                if audit is None:
                    continue
                bases = summary_bases(session.connection(), FORM_VERSION,
                                      [(audit_id, audit.company_id)])
                full = load_full_audit(session, audit_id)
                if full is None:
                    continue
                results[audit_id] = (bases[audit_id], summarize(full))
            except Exception:
                log.exception("checking audit %s failed", audit_id)
                results[audit_id] = ("", CHECK_FAILED)
            finally:
                session.expunge_all()  # one audit at a time in memory
    return results
