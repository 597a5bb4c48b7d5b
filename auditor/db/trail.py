"""The audit trail and the lock on finalized audits, as one mechanism in the ORM.

Nothing in the application writes trail entries by hand. Session and mapper events see every
row the ORM inserts, updates or deletes and:

* refuse any write to a finalized audit or its records, unless the same flush reopens the audit
  through :func:`auditor.db.audits.reopen_audit` (which carries a reason);
* append one trail entry per inserted or deleted record (with all its values) and one per
  changed field of an updated record (old and new value), in the same transaction.

Bulk ``UPDATE``/``DELETE`` statements on audit data would bypass this, so they are refused.
Many new records at once (an imported audit) go through :func:`insert_new`, which writes the
same rows and the same trail entries as a flush, one statement per table.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import Any

from sqlalchemy import Table, event, insert, inspect, select, update
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, UOWTransaction, sessionmaker
from sqlalchemy.orm.attributes import instance_dict

from auditor.db.base import UTCDateTime, utcnow
from auditor.db.guards import LOCKED, MESSAGES, set_trail_writing
from auditor.db.models import (
    AUDIT_STATUS_DRAFT,
    AUDIT_STATUS_FINALIZED,
    Attachment,
    Audit,
    AuditPart,
    Tracked,
    TrailEntry,
)
from auditor.db.seal import trail_head, write_seal

ACTOR_KEY = "actor"
# Who the trail names for what the application does on its own (its settings, a seal).
SYSTEM_ACTOR = "system"
REOPEN_KEY = "reopen_reasons"
_PENDING_KEY = "_trail_pending"
_LOCKS_KEY = "_audit_status_at_flush"

# Fields that change on every write and say nothing about the audit itself.
_NOISE = frozenset({"updated_at"})


class AuditLockedError(Exception):
    """A write to a finalized audit, which must be reopened (with a reason) first."""

    def __init__(self, audit_id: uuid.UUID | None) -> None:
        self.audit_id = audit_id
        self.reason = MESSAGES[LOCKED]
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
    entry.setdefault("actor", session.info.get(ACTOR_KEY, SYSTEM_ACTOR))
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
        changed = [
            obj for obj in session.dirty
            if isinstance(obj, Audit) and session.is_modified(obj, include_collections=False)
        ]
        deleted = [obj for obj in session.deleted if isinstance(obj, Audit)]
        # The status as stored, not as this session loaded it: another session may have
        # finalized the audit since.
        stored = _stored_statuses(session, [obj.id for obj in changed + deleted])
        for obj in changed:
            was = stored.get(obj.id) or _committed(obj, "status")
            if was == AUDIT_STATUS_FINALIZED:
                if _only_sealing(obj):
                    statuses[obj.id] = was
                    continue
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
                statuses[obj.id] = stored.get(obj.id) or _committed(obj, "status")
                if statuses[obj.id] == AUDIT_STATUS_FINALIZED:
                    raise AuditLockedError(obj.id)
    session.info[_LOCKS_KEY] = statuses
    # The database's own guards let this connection write while the flush writes the trail.
    set_trail_writing(session.connection().connection.dbapi_connection, True)


def _only_sealing(audit: Audit) -> bool:
    """Whether the only change to a finalized audit is its seal being set for the first time."""
    state = inspect(audit)
    for key in _column_keys(state.mapper):
        history = state.attrs[key].history
        if not history.has_changes() or key in _NOISE:
            continue
        if key != "seal_sha256" or any(old is not None for old in history.deleted):
            return False
    return True


def _stored_statuses(session: Session, audit_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The stored status of each of these audits, read in the flush's own transaction."""
    if not audit_ids:
        return {}
    rows = session.connection().execute(
        select(Audit.id, Audit.status).where(Audit.id.in_(audit_ids))
    )
    return {audit_id: status for audit_id, status in rows}


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
        if isinstance(target, Audit) and key == "seal_sha256":
            action = "seal"
        elif isinstance(target, Audit) and key == "status":
            if new == AUDIT_STATUS_FINALIZED:
                action = "finalize"
            elif old == AUDIT_STATUS_FINALIZED:
                action = "reopen"
                reason = session.info.get(REOPEN_KEY, {}).get(target.id)
        elif (isinstance(target, Audit) and key == "revision"
              and not state.attrs["status"].history.has_changes()
              and target.id in session.info.get(REOPEN_KEY, {})):
            # A draft imported from another installation, reopened: no status changes, so
            # the new revision is the entry that carries the reason.
            action = "reopen"
            reason = session.info[REOPEN_KEY][target.id]
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
        append_to_trail(session.connection(), pending)


def _after_flush_postexec(session: Session, flush_context: UOWTransaction) -> None:
    set_trail_writing(session.connection().connection.dbapi_connection, False)


# --- the hash chain --------------------------------------------------------------------------

# The one text of an entry that its link covers: every column, the moment in UTC to the
# microsecond as it is stored.
_CHAIN_JSON = json.JSONEncoder(ensure_ascii=False)
_STORED_AT = UTCDateTime()


def _stamp(at: datetime) -> str:
    stored = _STORED_AT.process_bind_param(at, None)  # type: ignore[arg-type]
    assert stored is not None
    return stored.isoformat(timespec="microseconds")


def chain_link(previous: str, entry: dict[str, Any]) -> str:
    """The link of the hash chain for ``entry`` (with its ``id``) after ``previous``."""
    payload = _CHAIN_JSON.encode([
        entry["id"], _stamp(entry["at"]),
        *(entry[key] for key in _TRAIL_KEYS if key != "at"),
    ])
    return hashlib.sha256(f"{previous}\n{payload}".encode()).hexdigest()


def append_to_trail(connection: Connection, entries: list[dict[str, Any]]) -> None:
    """Append entries after the last one, each with its id and its link of the chain.

    Called inside the write transaction that makes the changes they record: no other writer
    can append in between.
    """
    number, previous = trail_head(connection)
    for entry in entries:
        number += 1
        entry["id"] = number
        entry["chain"] = previous = chain_link(previous, entry)
    _trail_insert(connection.dialect).execute(connection, entries)


def record_decision(session: Session, *, action: str, table_name: str, record_id: str,
                    audit_id: str | None, field: str | None, old: Any, new: Any,
                    reason: str) -> None:
    """A decision a person made that is more than the changes it causes (a conflict settled:
    which version was kept, and why): one trail entry after those changes, in the session's
    transaction, naming the session's actor."""
    session.flush()
    connection = session.connection()
    dbapi_connection = connection.connection.dbapi_connection
    set_trail_writing(dbapi_connection, True)
    try:
        append_to_trail(connection, [{
            "at": utcnow(), "actor": session.info.get(ACTOR_KEY, SYSTEM_ACTOR),
            "action": action, "table_name": table_name, "record_id": record_id,
            "audit_id": audit_id, "field": field, "old_value": _json(old),
            "new_value": _json(new), "reason": reason,
        }])
    finally:
        set_trail_writing(dbapi_connection, False)


def _after_transaction_end(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop(REOPEN_KEY, None)
        session.info.pop(_PENDING_KEY, None)
        session.info.pop(_LOCKS_KEY, None)


# --- many new records at once ----------------------------------------------------------------


class _RowInsert:
    """One INSERT of given columns, executed for many rows as the driver takes them.

    The values are converted for the database by the columns' own types, as the ORM's
    statements convert them; the statement is compiled once rather than once per execution.
    """

    def __init__(self, table: Table, keys: tuple[str, ...], dialect: Dialect) -> None:
        self.table = table
        self.keys = keys
        columns = [table.c[key] for key in keys]
        self.converters = tuple(
            column.type.dialect_impl(dialect).bind_processor(dialect) for column in columns
        )
        self.raw = dialect.paramstyle == "qmark"
        quote = dialect.identifier_preparer
        self.sql = (
            f"INSERT INTO {quote.format_table(table)} "
            f"({', '.join(quote.format_column(column) for column in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )

    def execute(self, connection: Connection, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        if not self.raw:
            connection.execute(insert(self.table), rows)
            return
        pairs = tuple(zip(self.keys, self.converters, strict=True))
        connection.exec_driver_sql(self.sql, [
            tuple([row[key] if convert is None else convert(row[key]) for key, convert in pairs])
            for row in rows
        ])


@dataclass(frozen=True)
class _InsertPlan:
    """How the records of one mapper are inserted as a flush would insert them."""

    table: Table
    order: int  # the table's place among the tables in the order of their dependencies
    keys: tuple[str, ...]
    defaults: tuple[tuple[str, Callable[[Any], Any]], ...]  # Python-side defaults of empty keys
    statement: _RowInsert


_PLANS: dict[tuple[Mapper[Any], str], _InsertPlan] = {}
_TRAIL_INSERTS: dict[str, _RowInsert] = {}
_TRAIL_KEYS = ("at", "actor", "action", "table_name", "record_id", "audit_id", "field",
               "old_value", "new_value", "reason")
_TRAIL_STORED = ("id", *_TRAIL_KEYS, "chain")


def _constant(value: Any, _context: Any) -> Any:
    return value


def _insert_plan(mapper: Mapper[Any], dialect: Dialect) -> _InsertPlan:
    plan = _PLANS.get((mapper, dialect.name))
    if plan is not None:
        return plan
    table = mapper.local_table
    assert isinstance(table, Table)
    defaults: list[tuple[str, Callable[[Any], Any]]] = []
    for attr in mapper.column_attrs:
        default = attr.columns[0].default
        if default is not None and default.is_scalar:
            defaults.append((attr.key, partial(_constant, default.arg)))
        elif default is not None and default.is_callable:
            defaults.append((attr.key, default.arg))
    order = next(n for n, t in enumerate(table.metadata.sorted_tables) if t is table)
    keys = _column_keys(mapper)
    plan = _PLANS[(mapper, dialect.name)] = _InsertPlan(
        table, order, keys, tuple(defaults), _RowInsert(table, keys, dialect)
    )
    return plan


def _trail_insert(dialect: Dialect) -> _RowInsert:
    statement = _TRAIL_INSERTS.get(dialect.name)
    if statement is None:
        table = TrailEntry.__table__
        assert isinstance(table, Table)
        statement = _TRAIL_INSERTS[dialect.name] = _RowInsert(table, _TRAIL_STORED, dialect)
    return statement


def insert_new(session: Session, records: Iterable[Tracked]) -> None:
    """Insert new records, with their trail entries, in the session's transaction.

    The rows and trail entries are the ones a flush of the same records writes — the values
    the records hold, Python-side defaults for those left empty, one trail entry per record
    with all its values, tables in the order of their dependencies — but each table takes one
    statement, without the unit of work's bookkeeping: the way for many records at once.

    The records must be new and complete: keys and links are set as columns (``audit_id``,
    ``site_id``, ...), nothing is taken from relationships, and the records do not join the
    session. Records of an audit that is finalized in the database are refused.
    """
    connection = session.connection()
    dialect = connection.dialect
    tables: dict[int, tuple[_InsertPlan, list[tuple[Tracked, Mapper[Any]]]]] = {}
    new_audits: set[uuid.UUID] = set()
    owners: set[uuid.UUID] = set()
    for record in records:
        mapper = inspect(type(record))
        plan = _insert_plan(mapper, dialect)
        loaded = instance_dict(record)
        for key, make in plan.defaults:
            if loaded.get(key) is None:
                loaded[key] = make(None)
        if isinstance(record, Audit):
            new_audits.add(record.id)
        elif isinstance(record, AuditPart):
            owners.add(record.audit_id)
        tables.setdefault(plan.order, (plan, []))[1].append((record, mapper))
    others = owners - new_audits
    if others:
        locked = session.connection().execute(
            select(Audit.id).where(Audit.id.in_(others), Audit.status == AUDIT_STATUS_FINALIZED)
        ).scalars().first()
        if locked is not None:
            raise AuditLockedError(locked)

    at, actor = utcnow(), session.info.get(ACTOR_KEY, SYSTEM_ACTOR)
    entries: list[dict[str, Any]] = []
    finalized: list[tuple[uuid.UUID, int]] = []
    statements: list[tuple[_InsertPlan, list[dict[str, Any]]]] = []
    for _order, (plan, members) in sorted(tables.items()):
        rows = []
        for record, mapper in members:
            loaded = instance_dict(record)
            rows.append({key: loaded.get(key) for key in plan.keys})
            entries.append({
                "at": at,
                "actor": actor,
                "action": "insert",
                "table_name": plan.table.name,
                "record_id": str(loaded["id"]),
                "audit_id": _str_or_none(_audit_id_of(record)),
                "field": None,
                "old_value": None,
                "new_value": _json(_snapshot(record, mapper)),
                "reason": None,
            })
            if isinstance(record, Audit) and loaded.get("status") == AUDIT_STATUS_FINALIZED:
                finalized.append((loaded["id"], loaded["revision"]))
        statements.append((plan, rows))
    dbapi_connection = connection.connection.dbapi_connection
    set_trail_writing(dbapi_connection, True)
    try:
        for plan, rows in statements:
            plan.statement.execute(connection, rows)
        append_to_trail(connection, entries)
        # An audit that arrives finalized is sealed as it is stored, as finalizing seals it.
        for audit_id, revision in finalized:
            sha = write_seal(connection, audit_id, revision)
            connection.execute(
                update(Audit).where(Audit.id == audit_id)
                .values(seal_sha256=sha, updated_at=Audit.updated_at)
            )
            append_to_trail(connection, [{
                "at": at, "actor": actor, "action": "seal", "table_name": "audit",
                "record_id": str(audit_id), "audit_id": str(audit_id), "field": "seal_sha256",
                "old_value": None, "new_value": _json(sha), "reason": None,
            }])
    finally:
        set_trail_writing(dbapi_connection, False)


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


_MAPPER_EVENTS: tuple[tuple[str, Callable[..., None]], ...] = (
    ("before_insert", _before_write),
    ("before_update", _before_write),
    ("before_delete", _before_write),
    ("after_insert", _after_insert),
    ("after_update", _after_update),
    ("after_delete", _after_delete),
)
_SESSION_EVENTS: tuple[tuple[str, Callable[..., None]], ...] = (
    ("before_flush", _before_flush),
    ("after_flush", _after_flush),
    ("after_flush_postexec", _after_flush_postexec),
    ("after_transaction_end", _after_transaction_end),
    ("do_orm_execute", _refuse_bulk_writes),
)


def install(sessions: sessionmaker[Any]) -> None:
    """Attach the trail and the lock to every session ``sessions`` makes.

    Called by the database as it opens (importing this module changes nothing). The session
    events belong to that one ``sessionmaker``. The row events SQLAlchemy keeps with the
    mapped classes: the first database opened attaches them (SQLAlchemy takes the same
    listener once however often it is given), and they serve the sessions of every database;
    what they note for a session without the trail's session events is never written.
    """
    for when, handler in _MAPPER_EVENTS:
        event.listen(Tracked, when, handler, propagate=True)
    for when, handler in _SESSION_EVENTS:
        event.listen(sessions, when, handler)
