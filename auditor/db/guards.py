"""The database defends itself: SQLite triggers that hold the lock and the trail below the ORM.

The ORM events of :mod:`auditor.db.trail` write the trail and check the lock for the
application's own writes. These triggers make the same rules hold for every other way of
writing to the file — Core statements, ``text()``, bulk APIs, another program:

* **No write to audit data without its trail entry.** Every insert, update and delete of a
  tracked table asks ``auditor_trail_writer()``, a function that only the application's own
  connections know and that answers yes only while the trail is being written with the change
  (an ORM flush, or :func:`auditor.db.trail.insert_new`). A statement from anywhere else is
  refused; in another program the function does not even exist, so the statement fails there.
* **A sealed audit is locked** (see :mod:`auditor.db.seal`): its rows cannot be inserted,
  changed, moved to another audit or deleted, and the audit row itself changes only by
  reopening it (status back to draft, the next revision, nothing else of its data changed).
  The company and the auditor profile a sealed audit rests on are locked with it.
* **An imported audit is read-only** while it is the revision that came from another
  installation (its current import in ``audit_origin`` names another installation than this
  database's, or none): its rows and the audit row itself change only by reopening it, and
  only while the current profile is a ministry analyst's (:mod:`auditor.domain.profile_kinds`).
  A newer revision from its own installation supersedes it: consolidation marks the import
  superseded first, which lifts the lock.
* **The trail and the seals are append-only** in every form: no update, no delete, and no
  ``INSERT OR REPLACE`` (which deletes without firing delete triggers): a trail entry must come
  after the last one, with its link of the hash chain.

The triggers are made from the models (one source), installed when a database is created or
upgraded, and checked by ``auditor check``: a trigger missing or changed is reported.
"""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Connection, Table

from auditor.db.models import (
    AUDIT_PART_MODELS,
    TRACKED_MODELS,
    Audit,
    AuditOrigin,
    AuditorProfile,
    AuditSeal,
    Company,
    Setting,
    TrailEntry,
)
from auditor.db.settings import CURRENT_PROFILE, INSTALLATION_ID
from auditor.domain.profile_kinds import PROFILE_KINDS
from auditor.domain.text import Text

WRITER_FUNCTION = "auditor_trail_writer"
PREFIX = "auditor-guard:"

# What each refusal means, for whoever meets it (the trigger's message carries the code).
UNTRAILED = "untrailed"
LOCKED = "locked"
COMPANY_LOCKED = "company-locked"
PROFILE_LOCKED = "profile-locked"
REPLACE = "replace"
APPEND_ONLY = "append-only"
IMPORTED = "imported"
SEAL = "seal"

MESSAGES: dict[str, Text] = {
    UNTRAILED: Text(
        kk="Аудит деректері тек бағдарлама арқылы, аудит журналына жазылып өзгертіледі.",
        ru="Данные аудита меняются только через программу, с записью в журнал аудита.",
        en="Audit data changes only through the application, with its audit-trail entry.",
    ),
    LOCKED: Text(
        kk="Аудит аяқталған және құлыпталған: өзгерту үшін оны себебін көрсетіп қайта ашыңыз.",
        ru="Аудит завершён и заблокирован: чтобы изменить, откройте его заново с причиной.",
        en="The audit is finalized and locked: reopen it with a reason to change it.",
    ),
    COMPANY_LOCKED: Text(
        kk="Компания деректері аяқталған аудитке кіреді: оларды өзгерту үшін сол аудитті "
        "қайта ашыңыз.",
        ru="Данные компании входят в завершённый аудит: чтобы их изменить, откройте этот "
        "аудит заново.",
        en="The company's details are part of a finalized audit: reopen that audit to change "
        "them.",
    ),
    PROFILE_LOCKED: Text(
        kk="Аудитор профилі аяқталған аудитке қол қойған: аты, коды, ұйымы мен өңірі "
        "өзгертілмейді.",
        ru="Профиль аудитора подписал завершённый аудит: ФИО, код, организация и регион не "
        "меняются.",
        en="This auditor profile signed a finalized audit: its name, code, organisation and "
        "region cannot change.",
    ),
    REPLACE: Text(
        kk="Бар жазбаның үстінен жазуға болмайды.",
        ru="Нельзя записать поверх существующей записи.",
        en="An existing record cannot be written over.",
    ),
    APPEND_ONLY: Text(
        kk="Аудит журналы мен мөрлер тек толықтырылады: өзгертуге не жоюға болмайды.",
        ru="Журнал аудита и печати только дополняются: их нельзя изменить или удалить.",
        en="The audit trail and the seals are append-only: they cannot be changed or removed.",
    ),
    IMPORTED: Text(
        kk="Бұл аудит басқа орнатудан импортталған, мұнда оны тек оқуға болады: оны тек "
        "министрлік талдаушысы себебін көрсетіп қайта аша алады.",
        ru="Этот аудит импортирован с другой установки и здесь доступен только для чтения: "
        "открыть его заново с указанием причины может только аналитик министерства.",
        en="This audit was imported from another installation and is read-only here: only a "
        "ministry analyst can reopen it, with a reason.",
    ),
    SEAL: Text(
        kk="Мөр аудиттің мазмұнына сәйкес келмейді.",
        ru="Печать не соответствует содержимому аудита.",
        en="The seal does not match the audit's content.",
    ),
}


class GuardError(Exception):
    """A write the database itself refused; ``reason`` says why in three languages."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.reason = MESSAGES[code]
        super().__init__(f"{self.reason.en} ({PREFIX}{code})")


def guard_code(error: BaseException) -> str | None:
    """The refusal code of a trigger's error (raised by SQLite, wrapped or not), else None."""
    text = str(getattr(error, "orig", None) or error)
    if PREFIX not in text:
        return None
    code = text.split(PREFIX, 1)[1].split()[0].strip("'\")(")
    return code if code in MESSAGES else None


# --- which connection may write --------------------------------------------------------------


class GuardedConnection(sqlite3.Connection):
    """A connection of the application: it knows the trail-writer function, and says yes only
    while ``trail_writing`` is set (by the trail, around the statements it records)."""

    trail_writing = False


def register_writer(connection: Any, *, always: bool = False) -> None:
    """Teach ``connection`` the function the triggers ask. ``always`` is for the schema
    upgrade, which rewrites tables as a whole and writes no trail of its own."""
    if always:
        connection.create_function(WRITER_FUNCTION, 0, lambda: 1)
        return
    ref: Callable[[], Any] = weakref.ref(connection)

    def writing() -> int:
        owner = ref()
        return 1 if owner is not None and getattr(owner, "trail_writing", False) else 0

    connection.create_function(WRITER_FUNCTION, 0, writing)


def set_trail_writing(dbapi_connection: Any, on: bool) -> None:
    if isinstance(dbapi_connection, GuardedConnection):
        dbapi_connection.trail_writing = on


# --- the triggers ----------------------------------------------------------------------------


def _table(model: Any) -> str:
    table = model.__table__
    assert isinstance(table, Table)
    return str(table.name)


def _raise(code: str, condition: str) -> str:
    return f"SELECT RAISE(ABORT, '{PREFIX}{code}') WHERE {condition};"


def _trigger(name: str, timing: str, table: str, statements: list[str]) -> tuple[str, str]:
    body = " ".join(statements)
    return name, f"CREATE TRIGGER {name} {timing} ON {table} BEGIN {body} END"


_UNTRAILED = _raise(UNTRAILED, f"NOT {WRITER_FUNCTION}()")
_AUDIT = _table(Audit)
_SEALED = "seal_sha256 IS NOT NULL"

# What reopening an audit may change; every other column of a sealed audit stays as sealed.
_REOPEN_CHANGES = frozenset(
    {"status", "revision", "seal_sha256", "finalized_at", "auditor_confirmed", "updated_at"}
)

def _hyphenated(key: str) -> str:
    """SQL: a UUID key as SQLite stores it (32 hex digits) in the form ``audit_origin`` keeps
    it, so that the origin's index finds it."""
    parts = ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12))
    return " || '-' || ".join(f"substr({key}, {start}, {length})" for start, length in parts)


def _imported(audit_id: str, revision: str) -> str:
    """SQL: the audit is the revision imported from another installation (see the module's
    docstring; :func:`auditor.db.audits.imported_origin` asks the same in Python)."""
    origin = _table(AuditOrigin)
    return (
        f"EXISTS (SELECT 1 FROM {origin} WHERE audit_id = {_hyphenated(audit_id)} "
        f"AND superseded_at IS NULL AND revision = {revision} "
        f"AND installation_id IS NOT (SELECT value FROM {_table(Setting)} "
        f"WHERE key = '{INSTALLATION_ID}'))"
    )


_ANALYSTS = ", ".join(f"'{kind.code}'" for kind in PROFILE_KINDS.values()
                      if kind.reopens_imported)
# SQL: the current profile may reopen an imported audit.
_MAY_REOPEN_IMPORTED = (
    f"EXISTS (SELECT 1 FROM {_table(Setting)} s JOIN {_table(AuditorProfile)} p "
    f"ON p.id = replace(s.value, '-', '') WHERE s.key = '{CURRENT_PROFILE}' "
    f"AND p.kind IN ({_ANALYSTS}))"
)
# SQL, with the audit's key to fill in: a record of an imported audit.
_PART_IMPORTED = (
    f"EXISTS (SELECT 1 FROM {_AUDIT} a WHERE a.id = {{}} AND "
    + _imported("a.id", "a.revision") + ")"
)

# The profile's own choice of language is not part of what an audit rests on.
PROFILE_IDENTITY = ("id", "full_name", "auditor_code", "organisation", "region_code",
                    "installation_id", "created_at")


def _guards() -> Iterator[tuple[str, str]]:
    for model in TRACKED_MODELS:
        table = _table(model)
        insert = [_UNTRAILED, _raise(REPLACE, f"EXISTS (SELECT 1 FROM {table} WHERE id = NEW.id)")]
        update = [_UNTRAILED]
        delete = [_UNTRAILED]
        if model in AUDIT_PART_MODELS:
            locked = f"EXISTS (SELECT 1 FROM {_AUDIT} WHERE id = {{}} AND {_SEALED})"
            insert.append(_raise(LOCKED, locked.format("NEW.audit_id")))
            update.append(_raise(LOCKED, locked.format("OLD.audit_id")))
            update.append(_raise(LOCKED, locked.format("NEW.audit_id")))
            delete.append(_raise(LOCKED, locked.format("OLD.audit_id")))
            insert.append(_raise(IMPORTED, _PART_IMPORTED.format("NEW.audit_id")))
            update.append(_raise(IMPORTED, _PART_IMPORTED.format("OLD.audit_id")))
            update.append(_raise(IMPORTED, _PART_IMPORTED.format("NEW.audit_id")))
            delete.append(_raise(IMPORTED, _PART_IMPORTED.format("OLD.audit_id")))
        elif model is Audit:
            kept = " AND ".join(
                f"NEW.{column.name} IS OLD.{column.name}"
                for column in Audit.__table__.columns
                if column.name not in _REOPEN_CHANGES
            )
            reopening = (
                "NEW.status = 'draft' AND NEW.seal_sha256 IS NULL "
                f"AND NEW.revision = OLD.revision + 1 AND {kept}"
            )
            insert.append(_raise(SEAL, "NEW.seal_sha256 IS NOT NULL"))
            update.append(_raise(LOCKED, f"OLD.seal_sha256 IS NOT NULL AND NOT ({reopening})"))
            update.append(_raise(SEAL, (
                "NEW.seal_sha256 IS NOT NULL AND OLD.seal_sha256 IS NULL AND ("
                "NEW.status != 'finalized' OR NOT EXISTS (SELECT 1 FROM "
                f"{_table(AuditSeal)} WHERE audit_id = NEW.id AND sha256 = NEW.seal_sha256))"
            )))
            delete.append(_raise(LOCKED, "OLD.seal_sha256 IS NOT NULL"))
            imported = _imported("OLD.id", "OLD.revision")
            update.append(_raise(IMPORTED, (
                f"{imported} AND NOT (NEW.status = 'draft' AND NEW.revision = OLD.revision + 1 "
                f"AND NEW.seal_sha256 IS NULL AND {kept} AND {_MAY_REOPEN_IMPORTED})"
            )))
            delete.append(_raise(IMPORTED, imported))
        elif model is Company:
            resting = f"EXISTS (SELECT 1 FROM {_AUDIT} WHERE company_id = OLD.id AND {_SEALED})"
            update.append(_raise(COMPANY_LOCKED, resting))
            delete.append(_raise(COMPANY_LOCKED, resting))
        elif model is AuditorProfile:
            resting = f"EXISTS (SELECT 1 FROM {_AUDIT} WHERE auditor_id = OLD.id AND {_SEALED})"
            yield _trigger(
                f"guard_{table}_identity",
                f"BEFORE UPDATE OF {', '.join(PROFILE_IDENTITY)}",
                table,
                [_raise(PROFILE_LOCKED, resting)],
            )
            delete.append(_raise(PROFILE_LOCKED, resting))
        yield _trigger(f"guard_{table}_insert", "BEFORE INSERT", table, insert)
        yield _trigger(f"guard_{table}_update", "BEFORE UPDATE", table, update)
        yield _trigger(f"guard_{table}_delete", "BEFORE DELETE", table, delete)

    trail = _table(TrailEntry)
    yield _trigger(f"guard_{trail}_insert", "BEFORE INSERT", trail, [
        _UNTRAILED,
        _raise(APPEND_ONLY, "NEW.chain IS NULL"),
        _raise(APPEND_ONLY, f"NEW.id <= (SELECT coalesce(max(id), 0) FROM {trail})"),
    ])
    seal = _table(AuditSeal)
    yield _trigger(f"guard_{seal}_insert", "BEFORE INSERT", seal, [
        _UNTRAILED,
        _raise(APPEND_ONLY, f"EXISTS (SELECT 1 FROM {seal} WHERE id = NEW.id)"),
    ])
    for table in (trail, seal):
        yield _trigger(f"guard_{table}_update", "BEFORE UPDATE", table,
                       [_raise(APPEND_ONLY, "1")])
        yield _trigger(f"guard_{table}_delete", "BEFORE DELETE", table,
                       [_raise(APPEND_ONLY, "1")])


GUARDS: dict[str, str] = dict(_guards())

# Triggers of earlier schema versions that the guards replace.
_RETIRED = ("audit_trail_no_update", "audit_trail_no_delete")


def installed_triggers(connection: Connection) -> dict[str, str]:
    rows = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
    ).all()
    return {str(name): str(sql) for name, sql in rows}


def drop_guards(connection: Connection) -> None:
    for name in (*installed_triggers(connection), *_RETIRED):
        if name.startswith("guard_") or name in _RETIRED:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def install_guards(connection: Connection) -> None:
    """(Re)create every guard as the models define it: at creation and after each upgrade
    (a batch migration that rebuilds a table drops its triggers)."""
    drop_guards(connection)
    for statement in GUARDS.values():
        connection.exec_driver_sql(statement)


GUARD_MISSING = Text("{name} қорғанысы жоқ", "защита {name} отсутствует",
                     "safeguard {name} is missing")
GUARD_CHANGED = Text("{name} қорғанысы өзгертілген", "защита {name} изменена",
                     "safeguard {name} was changed")
TRIGGER_ADDED = Text("{name} триггері бағдарламадан тыс қосылған",
                     "триггер {name} добавлен вне программы",
                     "trigger {name} was added outside the application")


def guard_problems(connection: Connection) -> list[Text]:
    """Guards missing, changed or added outside the application, one line each."""
    installed = installed_triggers(connection)
    problems = []
    for name, statement in GUARDS.items():
        if name not in installed:
            problems.append(GUARD_MISSING.format(name=name))
        elif installed[name] != statement:
            problems.append(GUARD_CHANGED.format(name=name))
    problems += [TRIGGER_ADDED.format(name=name) for name in sorted(set(installed) - set(GUARDS))]
    return problems
