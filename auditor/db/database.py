"""Opening the auditor's database: create it, upgrade it safely, or refuse it untouched."""

from __future__ import annotations

import os
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError as SQLAlchemyDBAPIError
from sqlalchemy.orm import Session, sessionmaker

from auditor.db import faults, trail
from auditor.db.guards import (
    LOCKED,
    GuardedConnection,
    GuardError,
    guard_code,
    guard_problems,
    register_writer,
    set_trail_writing,
)
from auditor.db.models import Base, Setting
from auditor.db.schema import (
    SchemaError,
    backup_path_for,
    check_revision,
    create_at_head,
    read_revision,
    upgrade_to_head,
)
from auditor.db.settings import INSTALLATION_ID
from auditor.domain.text import Text

SQLITE_MAGIC = b"SQLite format 3\x00"


class AuditSession(Session):
    """A session whose writes are checked against audit locks and recorded in the trail
    (attached by :class:`Database` to the sessions it makes)."""


class DatabaseError(Exception):
    """The file cannot be used as this application's database; ``reason`` says why."""

    def __init__(self, reason: Text) -> None:
        self.reason = reason
        super().__init__(reason.en)


def _set_sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    register_writer(dbapi_connection)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is on disk before it is reported, so a power cut keeps it.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={faults.BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _trail_closed(connection: Connection) -> None:
    # A transaction that ends, however it ends, leaves the connection unable to write audit
    # data until the trail opens it again.
    set_trail_writing(connection.connection.dbapi_connection, False)


def _refusal(context: ExceptionContext) -> BaseException | None:
    """A guard trigger's refusal as the application's own error, with its reason."""
    code = guard_code(context.original_exception)
    if code is None:
        return None
    if code == LOCKED:
        return trail.AuditLockedError(None)
    return GuardError(code)


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"factory": GuardedConnection})
    event.listen(engine, "connect", _set_sqlite_pragmas)
    event.listen(engine, "commit", _trail_closed)
    event.listen(engine, "rollback", _trail_closed)
    event.listen(engine, "handle_error", _refusal)
    return engine


def _set_read_only_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    register_writer(dbapi_connection)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA query_only=ON")
        cursor.execute(f"PRAGMA busy_timeout={faults.BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def make_read_only_engine(path: Path) -> Engine:
    """An engine whose connections SQLite opens read-only (``mode=ro``): a write is refused
    by SQLite itself, whatever the application asks."""
    uri = f"{path.resolve().as_uri()}?mode=ro"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, factory=GuardedConnection,
                               check_same_thread=False)

    # The file URL makes SQLAlchemy pool connections as for a file; ``creator`` opens them.
    engine = create_engine(f"sqlite:///{path}", creator=connect)
    event.listen(engine, "connect", _set_read_only_pragmas)
    event.listen(engine, "handle_error", _refusal)
    return engine


def _refuse_foreign_file(path: Path) -> None:
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if path.stat().st_size and header != SQLITE_MAGIC:
        raise DatabaseError(
            Text(
                kk=f"{path.name}: бұл SQLite дерекқоры емес.",
                ru=f"{path.name}: это не база данных SQLite.",
                en=f"{path.name}: not an SQLite database.",
            )
        )


class Database:
    """One open database file.

    Each session carries who acts in it, given when it is made: the trail names that actor
    for every change the session writes. Nothing about who acts is kept by the database
    itself, so writes of different people (a window's writer, a consolidation) never borrow
    each other's name. Without an actor a session acts as :data:`~auditor.db.trail.SYSTEM_ACTOR`.
    """

    def __init__(self, path: Path, engine: Engine, *, backup: Path | None = None,
                 read_only: bool = False) -> None:
        self.path = path
        self.engine = engine
        # Opened only to look (another running copy works in it): SQLite refuses every write.
        self.read_only = read_only
        self.backup_made = backup
        self._sessions = sessionmaker(bind=engine, class_=AuditSession, expire_on_commit=False)
        trail.install(self._sessions)

    def session(self, actor: str = trail.SYSTEM_ACTOR) -> Session:
        if not actor:
            raise ValueError("a session needs someone who acts in it")
        session = self._sessions()
        session.info[trail.ACTOR_KEY] = actor
        return session

    @contextmanager
    def transaction(self, actor: str = trail.SYSTEM_ACTOR) -> Iterator[Session]:
        """A session acting as ``actor`` that commits when the block ends and rolls back on
        any error."""
        with self.session(actor) as session, session.begin():
            yield session

    def setting(self, key: str) -> str | None:
        with self.session() as session:
            row = session.get(Setting, key)
            return row.value if row else None

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as session:
            session.merge(Setting(key=key, value=value))

    @property
    def installation_id(self) -> uuid.UUID:
        return uuid.UUID(self.setting(INSTALLATION_ID) or "00000000-0000-0000-0000-000000000000")

    def close(self) -> None:
        self.engine.dispose()




# How long opening waits for another program that holds the database, before it gives up.
OPEN_WAIT_SECONDS = 30.0

MSG_WAITING = Text(
    kk="Дерекқорды басқа бағдарлама қолданып отыр; ол босағанша күтудеміз…",
    ru="База данных занята другой программой; ждём, пока она освободится…",
    en="The database is in use by another program; waiting for it to be free…",
)
MSG_SAFEGUARDS = Text(
    kk="дерекқордың қорғанысы бағдарламадан тыс өзгертілген; файл өзгертілмеді. "
    "Егжей-тегжейін «auditor check» көрсетеді.",
    ru="защита базы данных изменена вне программы; файл не изменён. Подробности покажет "
    "«auditor check».",
    en="the database's safeguards were changed outside the application; the file was not "
    "changed. `auditor check` shows the details.",
)


def open_database(
    path: Path | str,
    *,
    on_wait: Callable[[Text], None] | None = None,
    wait_seconds: float | None = None,
    read_only: bool = False,
) -> Database:
    """Open ``path``, creating it at the current schema or upgrading an older one.

    An older file is first copied beside itself with SQLite's backup API. A file from a newer
    application, one that is not ours, a damaged one, one whose safeguards were removed and a
    read-only one are refused and left byte for byte as they were. While another program holds
    the database, opening waits (``on_wait`` hears of it once) for up to ``wait_seconds``
    (:data:`OPEN_WAIT_SECONDS` unless given).
    With ``read_only`` (another running copy works in the database) an existing file at the
    current schema is opened to look only: nothing is created, upgraded or written, and SQLite
    refuses every write.
    Every refusal is a :class:`DatabaseError` with its reason in plain words.
    """
    path = Path(path)
    deadline = time.monotonic() + (OPEN_WAIT_SECONDS if wait_seconds is None else wait_seconds)
    waited = False
    while True:
        try:
            return _open_read_only(path) if read_only else _open(path)
        except DatabaseError:
            raise
        except (SQLAlchemyDBAPIError, sqlite3.Error, OSError) as exc:
            reason = faults.fault_text(exc)
            if reason is None:
                raise
            if faults.is_busy(exc) and time.monotonic() < deadline:
                if on_wait is not None and not waited:
                    on_wait(MSG_WAITING)
                waited = True
                time.sleep(0.2)  # SQLite itself has waited its busy timeout already
                continue
            raise DatabaseError(faults.about(path, reason)) from exc


def _open(path: Path) -> Database:
    backup: Path | None = None
    if path.exists():
        _refuse_foreign_file(path)
        _refuse_read_only(path)
        try:
            revision = read_revision(path)
            check_revision(path, revision)
        except SchemaError as exc:
            raise DatabaseError(exc.reason) from exc
        _refuse_damaged(path)
        if revision is not None and not revision.needs_upgrade:
            _refuse_without_safeguards(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        revision = None

    engine = make_engine(path)
    try:
        if revision is None:
            create_at_head(engine, Base.metadata)
        elif revision.needs_upgrade:
            backup = backup_path_for(path, revision.current, datetime.now(UTC))
            _backup_file(path, backup)
            try:
                upgrade_to_head(engine)
            except BaseException:
                backup.unlink(missing_ok=True)  # the file is as it was: no backup of it needed
                raise
        database = Database(path, engine, backup=backup)
        _ensure_installation_id(database)
    except BaseException:
        engine.dispose()
        raise
    return database


MSG_NOT_READY_TO_LOOK = Text(
    kk="дерекқор әлі дайын емес (оны басқа терезе жасап не жаңартып жатыр); сол терезе "
    "ашылғанда қайталаңыз.",
    ru="база данных ещё не готова (её создаёт или обновляет другое окно); повторите, когда "
    "то окно откроется.",
    en="the database is not ready yet (another window is creating or upgrading it); try "
    "again once that window is open.",
)


def _open_read_only(path: Path) -> Database:
    if not path.exists():
        raise DatabaseError(faults.about(path, MSG_NOT_READY_TO_LOOK))
    _refuse_foreign_file(path)
    try:
        revision = read_revision(path)
        check_revision(path, revision)
    except SchemaError as exc:
        raise DatabaseError(exc.reason) from exc
    if revision is None or revision.needs_upgrade:
        raise DatabaseError(faults.about(path, MSG_NOT_READY_TO_LOOK))
    _refuse_damaged(path)
    _refuse_without_safeguards(path)
    return Database(path, make_read_only_engine(path), read_only=True)


def _read_only_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _refuse_read_only(path: Path) -> None:
    # SQLite would open such a file and fail at the first write; refuse it before that.
    folder = path.resolve().parent
    if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseError(faults.about(path, faults.FAULT_TEXTS[faults.Fault.READ_ONLY]))


def _refuse_damaged(path: Path) -> None:
    """SQLite's quick check, read-only: a damaged file is refused before anything is written
    into it."""
    with closing(_read_only_connection(path)) as connection:
        rows = [str(row[0]) for row in connection.execute("PRAGMA quick_check(5)")]
    if rows != ["ok"]:
        detail = "; ".join(rows)[:300]
        reason = faults.about(path, faults.FAULT_TEXTS[faults.Fault.DAMAGED])
        raise DatabaseError(Text(f"{reason.kk} ({detail})", f"{reason.ru} ({detail})",
                                 f"{reason.en} ({detail})"))


def _refuse_without_safeguards(path: Path) -> None:
    engine = create_engine("sqlite://", creator=lambda: _read_only_connection(path))
    try:
        with engine.connect() as connection:
            problems = guard_problems(connection)
    finally:
        engine.dispose()
    if problems:
        raise DatabaseError(faults.about(path, MSG_SAFEGUARDS))


def _backup_file(source: Path, target: Path) -> None:
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def _ensure_installation_id(database: Database) -> None:
    with database.transaction() as session:
        if session.scalar(select(Setting).where(Setting.key == INSTALLATION_ID)) is None:
            session.add(Setting(key=INSTALLATION_ID, value=str(uuid.uuid4())))
