"""The audit trail and the lock on finalized audits, as one mechanism in the ORM.

Nothing in the application writes trail entries by hand. Session and mapper events see every
row the ORM inserts, updates or deletes and:

* refuse any write to a finalized audit or its records, unless the same flush reopens the audit
  through :func:`auditor.db.audits.reopen_audit` (which carries a reason);
* append one trail entry per inserted or deleted record (with all its values) and one per
  changed field of an updated record (old and new value), in the same transaction.

Bulk ``UPDATE``/``DELETE`` statements on audit data would bypass this, so they are refused.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import DDL, event, insert, inspect, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, UOWTransaction
from sqlalchemy.orm.attributes import instance_dict

from auditor.db.base import utcnow
from auditor.db.models import (
    AUDIT_STATUS_DRAFT,
    AUDIT_STATUS_FINALIZED,
    Attachment,
    Audit,
    AuditPart,
    Tracked,
    TrailEntry,
)
from auditor.domain.text import Text

ACTOR_KEY = "actor"
REOPEN_KEY = "reopen_reasons"
_PENDING_KEY = "_trail_pending"
_LOCKS_KEY = "_audit_status_at_flush"

# Fields that change on every write and say nothing about the audit itself.
_NOISE = frozenset({"updated_at"})


class AuditLockedError(Exception):
    """A write to a finalized audit, which must be reopened (with a reason) first."""

    def __init__(self, audit_id: uuid.UUID | None) -> None:
        self.audit_id = audit_id
        self.reason = Text(
            kk="Аудит аяқталған және құлыпталған: өзгерту үшін оны себебін көрсетіп қайта ашыңыз.",
            ru="Аудит завершён и заблокирован: чтобы изменить, откройте его заново с причиной.",
            en="The audit is finalized and locked: reopen it with a reason to change it.",
        )
        super().__init__(f"{self.reason.en} (audit {audit_id})")


class TrailError(Exception):
    """An attempt to change the trail itself or to bypass it."""


# --- values as the trail stores them ------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return None  # file bytes are identified by their SHA-256, which is its own column
    return value


# One encoder for every trail value: the same text as ``json.dumps`` with these options.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str)


def _json(value: Any) -> str | None:
    if value is None:
        return None
    return _ENCODER.encode(_plain(value))


_COLUMN_KEYS: dict[Mapper[Any], tuple[str, ...]] = {}


def _column_keys(mapper: Mapper[Any]) -> tuple[str, ...]:
    keys = _COLUMN_KEYS.get(mapper)
    if keys is None:
        keys = _COLUMN_KEYS[mapper] = tuple(attr.key for attr in mapper.column_attrs)
    return keys


# Values the trail stores as they are (most of them); others go through ``_plain``.
_AS_IS = frozenset({str, int, float, bool, type(None)})


def _snapshot(target: Tracked, mapper: Mapper[Any]) -> dict[str, Any]:
    loaded = instance_dict(target)
    snapshot: dict[str, Any] = {}
    for key in _column_keys(mapper):
        if key not in loaded:
            continue
        value = loaded[key]
        if type(value) in _AS_IS:
            snapshot[key] = value
        elif not isinstance(value, bytes):
            snapshot[key] = _plain(value)
    return snapshot


def _audit_id_of(target: Tracked) -> uuid.UUID | None:
    if isinstance(target, Audit):
        return target.id
    if isinstance(target, AuditPart):
        if target.audit_id is not None:
            return target.audit_id
        owner = target.owning_audit()
        return owner.id if owner is not None else None
    return None


def _queue(session: Session, **entry: Any) -> None:
    entry.setdefault("at", utcnow())
    entry.setdefault("actor", session.info.get(ACTOR_KEY, "system"))
    session.info.setdefault(_PENDING_KEY, []).append(entry)


# --- the lock --------------------------------------------------------------------------------


def _committed(obj: Any, key: str) -> Any:
    history = inspect(obj).attrs[key].history
    if history.deleted:
        return history.deleted[0]
    return getattr(obj, key)


def _before_flush(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, TrailEntry):
            raise TrailError("the audit trail is append-only")

    with session.no_autoflush:
        for obj in session.new:
            # A production line added to a site (or a deficiency to an inspection) belongs to
            # the audit of its parent record.
            if isinstance(obj, AuditPart) and getattr(obj, "audit", None) is None:
                owner = obj.owning_audit()
                if owner is not None:
                    obj.audit = owner  # type: ignore[attr-defined]

    statuses: dict[uuid.UUID, str] = {}
    for obj in session.new:
        if isinstance(obj, Audit):
            # An audit created in this flush (an imported one may arrive finalized) takes its
            # records along with it; the lock applies from the next flush on.
            if obj.id is None:
                obj.id = uuid.uuid4()
            statuses[obj.id] = AUDIT_STATUS_DRAFT
    reopening: dict[uuid.UUID, str] = session.info.get(REOPEN_KEY, {})
    with session.no_autoflush:
        for obj in session.dirty:
            if not isinstance(obj, Audit) or not session.is_modified(
                obj, include_collections=False
            ):
                continue
            was = _committed(obj, "status")
            if was == AUDIT_STATUS_FINALIZED:
                if obj.status != AUDIT_STATUS_DRAFT or obj.id not in reopening:
                    raise AuditLockedError(obj.id)
                was = AUDIT_STATUS_DRAFT  # reopened in this flush: its records may change too
            statuses[obj.id] = was
        for obj in session.deleted:
            if isinstance(obj, Tracked):
                # Load every column now: the trail keeps the values of what is deleted.
                for key in _column_keys(inspect(obj).mapper):
                    if key != "content":
                        getattr(obj, key)
            if isinstance(obj, Audit):
                statuses[obj.id] = _committed(obj, "status")
                if statuses[obj.id] == AUDIT_STATUS_FINALIZED:
                    raise AuditLockedError(obj.id)
    session.info[_LOCKS_KEY] = statuses


def _check_unlocked(connection: Connection, target: Tracked) -> None:
    audit_id = _audit_id_of(target)
    if audit_id is None:
        return
    session = Session.object_session(target)
    statuses: dict[uuid.UUID, str] = session.info.get(_LOCKS_KEY, {}) if session else {}
    status: str | None = statuses.get(audit_id)
    if status is None:
        # Not changed in this flush, so the row holds the status the flush started from.
        status = connection.execute(
            select(Audit.status).where(Audit.id == audit_id)
        ).scalar_one_or_none()
        status = status or AUDIT_STATUS_DRAFT
        statuses[audit_id] = status
    if status == AUDIT_STATUS_FINALIZED:
        raise AuditLockedError(audit_id)


def _before_write(mapper: Mapper[Any], connection: Connection, target: Tracked) -> None:
    if isinstance(target, Audit):
        return  # its own status change was checked before the flush
    _check_unlocked(connection, target)


# --- the trail --------------------------------------------------------------------------------


def _after_insert(mapper: Mapper[Any], connection: Connection, target: Tracked) -> None:
    session = Session.object_session(target)
    if session is None:
        return
    _queue(
        session,
        action="insert",
        table_name=mapper.local_table.name,  # type: ignore[attr-defined]
        record_id=str(target.id),
        audit_id=_str_or_none(_audit_id_of(target)),
        field=None,
        old_value=None,
        new_value=_json(_snapshot(target, mapper)),
        reason=None,
    )


def _after_update(mapper: Mapper[Any], connection: Connection, target: Tracked) -> None:
    session = Session.object_session(target)
    if session is None:
        return
    state = inspect(target)
    audit_id = _str_or_none(_audit_id_of(target))
    for key in _column_keys(mapper):
        if key in _NOISE:
            continue
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if _plain(old) == _plain(new):
            continue
        action, reason = "update", None
        if isinstance(target, Audit) and key == "status":
            if new == AUDIT_STATUS_FINALIZED:
                action = "finalize"
            elif old == AUDIT_STATUS_FINALIZED:
                action = "reopen"
                reason = session.info.get(REOPEN_KEY, {}).get(target.id)
        if isinstance(target, Attachment) and key == "content":
            continue  # the sha256 column records which bytes replaced which
        _queue(
            session,
            action=action,
            table_name=mapper.local_table.name,  # type: ignore[attr-defined]
            record_id=str(target.id),
            audit_id=audit_id,
            field=key,
            old_value=_json(old),
            new_value=_json(new),
            reason=reason,
        )


def _after_delete(mapper: Mapper[Any], connection: Connection, target: Tracked) -> None:
    session = Session.object_session(target)
    if session is None:
        return
    _queue(
        session,
        action="delete",
        table_name=mapper.local_table.name,  # type: ignore[attr-defined]
        record_id=str(target.id),
        audit_id=_str_or_none(_audit_id_of(target)),
        field=None,
        old_value=_json(_snapshot(target, mapper)),
        new_value=None,
        reason=None,
    )


def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    pending = session.info.pop(_PENDING_KEY, None)
    session.info.pop(_LOCKS_KEY, None)
    if pending:
        session.connection().execute(insert(TrailEntry), pending)


def _after_transaction_end(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop(REOPEN_KEY, None)
        session.info.pop(_PENDING_KEY, None)
        session.info.pop(_LOCKS_KEY, None)


def _refuse_bulk_writes(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete):
        return
    mapper = state.bind_mapper
    if mapper is not None and issubclass(mapper.class_, Tracked):
        raise TrailError(
            f"bulk UPDATE/DELETE of {mapper.class_.__name__} would bypass the audit trail"
        )


def _str_or_none(value: uuid.UUID | None) -> str | None:
    return str(value) if value is not None else None


def install(session_class: type[Session]) -> None:
    """Attach the trail and the lock to every session made from ``session_class``."""
    if getattr(session_class, "_auditor_trail_installed", False):
        return
    event.listen(session_class, "before_flush", _before_flush)
    event.listen(session_class, "after_flush", _after_flush)
    event.listen(session_class, "after_transaction_end", _after_transaction_end)
    event.listen(session_class, "do_orm_execute", _refuse_bulk_writes)
    session_class._auditor_trail_installed = True  # type: ignore[attr-defined]


def _install_mapper_events() -> None:
    for when, handler in (
        ("before_insert", _before_write),
        ("before_update", _before_write),
        ("before_delete", _before_write),
        ("after_insert", _after_insert),
        ("after_update", _after_update),
        ("after_delete", _after_delete),
    ):
        event.listen(Tracked, when, handler, propagate=True)


_install_mapper_events()

# The database refuses to change or remove trail lines as well, whoever writes to it.
TRAIL_APPEND_ONLY_DDL = (
    "CREATE TRIGGER IF NOT EXISTS audit_trail_no_update BEFORE UPDATE ON audit_trail "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_trail_no_delete BEFORE DELETE ON audit_trail "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
)
for _statement in TRAIL_APPEND_ONLY_DDL:
    event.listen(
        TrailEntry.__table__,
        "after_create",
        DDL(_statement).execute_if(dialect="sqlite"),  # type: ignore[no-untyped-call]
    )
