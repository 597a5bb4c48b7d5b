"""Changes to an audit, each one job for the database writer.

Each function takes the writer, the widget that asks (it hears back, on the GUI thread), the
actor the trail names, and what to do with the outcome; it returns the running
:class:`~auditor.ui.operations.work.Operation`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from auditor.db.audits import (
    create_audit as create_audit_record,
)
from auditor.db.audits import (
    delete_audit,
    finalize_audit,
    load_full_audit,
    reopen_audit,
)
from auditor.db.database import Database
from auditor.db.editing import load_document, set_column
from auditor.db.models import Audit, Tracked
from auditor.domain.text import Text
from auditor.forms.questionnaire import validate
from auditor.forms.rows import Removal, RowRuleError, apply_removal, apply_restore
from auditor.ui.operations.work import Operation
from auditor.ui.operations.writer import DatabaseWriter

Refused = Callable[[BaseException], None]

MSG_AUDIT_GONE = Text(
    "Аудит дерекқорда жоқ: оны басқа терезеде жойған болуы мүмкін.",
    "Аудита нет в базе: возможно, его удалили в другом окне.",
    "The audit is not in the database: it may have been deleted in another window.",
)
MSG_NOT_AS_SHOWN = Text(
    "Сақталған аудитте {n} қате бар: аудит қайта оқылды, оларды түзетіңіз.",
    "В сохранённом аудите ошибок: {n}; аудит прочитан заново, исправьте их.",
    "The audit as saved has {n} error(s); it was read again: correct them.",
)


class AuditGone(LookupError):
    def __init__(self) -> None:
        super().__init__(MSG_AUDIT_GONE.en)
        self.reason = MSG_AUDIT_GONE


def read_document(database: Database, audit_id: uuid.UUID) -> Audit:
    """The audit as an editor holds it (read on a worker, never on the GUI thread)."""
    with database.session() as session:
        audit = load_document(session, audit_id)
    if audit is None:
        raise AuditGone
    return audit


def create_audit(writer: DatabaseWriter, owner: QWidget, company_id: uuid.UUID,
                 auditor_id: uuid.UUID | None, *, actor: str, title: str,
                 on_created: Callable[[uuid.UUID], None]) -> Operation[uuid.UUID]:
    def change(session: Session) -> uuid.UUID:
        return create_audit_record(session, company_id, auditor_id).id

    return writer.write(owner, title, change, actor=actor, on_success=on_created)


def delete_draft(writer: DatabaseWriter, owner: QWidget, audit_id: uuid.UUID, *, actor: str,
                 title: str, on_deleted: Callable[[None], None]) -> Operation[None]:
    def change(session: Session) -> None:
        audit = session.get(Audit, audit_id)
        if audit is not None:  # already gone: what was asked
            delete_audit(session, audit)

    return writer.write(owner, title, change, actor=actor, on_success=on_deleted,
                        show_progress=True)


def set_answer(writer: DatabaseWriter, owner: QWidget, model: type[Tracked],
               record_id: uuid.UUID, name: str, value: Any, *, actor: str,
               on_refused: Refused) -> Operation[None]:
    """One answer; answers to the same question waiting to be saved are saved once."""
    key: Hashable = ("answer", model.__name__, record_id, name)
    return writer.write(owner, "", lambda s: set_column(s, model, record_id, name, value),
                        actor=actor, key=key, on_failure=on_refused)


def remove_rows(writer: DatabaseWriter, owner: QWidget, removal: Removal, *, actor: str,
                on_refused: Refused) -> Operation[None]:
    return writer.write(owner, "", lambda s: apply_removal(s, removal), actor=actor,
                        on_failure=on_refused)


def restore_rows(writer: DatabaseWriter, owner: QWidget, removal: Removal, *, actor: str,
                 on_refused: Refused) -> Operation[None]:
    return writer.write(owner, "", lambda s: apply_restore(s, removal), actor=actor,
                        on_failure=on_refused)


def finalize(writer: DatabaseWriter, owner: QWidget, audit_id: uuid.UUID,
             representative_name: str, representative_position: str, *, actor: str,
             on_done: Callable[[None], None], on_refused: Refused) -> Operation[None]:
    """Sign off and lock the audit as it is saved, checked again by the engine as it is."""

    def change(session: Session) -> None:
        audit = load_full_audit(session, audit_id, with_files=True)
        if audit is None:
            raise AuditGone
        errors = [issue for issue in validate(audit) if issue.is_error]
        if errors:  # a change refused meanwhile is not in what the window showed
            raise RowRuleError(MSG_NOT_AS_SHOWN.format(n=len(errors)))
        finalize_audit(session, audit, representative_name=representative_name,
                       representative_position=representative_position)

    return writer.write(owner, "", change, actor=actor, on_success=on_done,
                        on_failure=on_refused)


def reopen(writer: DatabaseWriter, owner: QWidget, audit_id: uuid.UUID, reason: str, *,
           actor: str, on_done: Callable[[None], None], on_refused: Refused
           ) -> Operation[None]:
    def change(session: Session) -> None:
        audit = session.get(Audit, audit_id)
        if audit is None:
            raise AuditGone
        reopen_audit(session, audit, reason)

    return writer.write(owner, "", change, actor=actor, on_success=on_done,
                        on_failure=on_refused)


def read_audit(writer: DatabaseWriter, owner: QWidget, audit_id: uuid.UUID, *, actor: str,
               on_read: Callable[[Audit], None], on_failed: Refused) -> Operation[Audit]:
    """The audit as an editor holds it, read after every change asked before this."""

    def read(session: Session) -> Audit:
        audit = load_document(session, audit_id)
        if audit is None:
            raise AuditGone
        return audit

    return writer.write(owner, "", read, actor=actor, on_success=on_read, on_failure=on_failed)
