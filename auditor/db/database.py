"""Opening the auditor's database: create it, upgrade it safely, or refuse it untouched."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from auditor.db import trail
from auditor.db.models import Base, Setting
from auditor.db.schema import (
    SchemaError,
    backup_path_for,
    check_revision,
    create_at_head,
    read_revision,
    upgrade_to_head,
)
from auditor.domain.text import Text

SQLITE_MAGIC = b"SQLite format 3\x00"


class AuditSession(Session):
    """A session whose writes are checked against audit locks and recorded in the trail."""


trail.install(AuditSession)


class DatabaseError(Exception):
    """The file cannot be used as this application's database; ``reason`` says why."""

    def __init__(self, reason: Text) -> None:
        self.reason = reason
        super().__init__(reason.en)


def _set_sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is on disk before it is reported, so a power cut keeps it.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_sqlite_pragmas)
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
    """One open database file. Sessions made here carry the actor for the trail."""

    def __init__(self, path: Path, engine: Engine, *, backup: Path | None = None) -> None:
        self.path = path
        self.engine = engine
        self.backup_made = backup
        self._sessions = sessionmaker(bind=engine, class_=AuditSession, expire_on_commit=False)
        self.actor = "system"

    def session(self, actor: str | None = None) -> Session:
        session = self._sessions()
        session.info[trail.ACTOR_KEY] = actor or self.actor
        return session

    @contextmanager
    def transaction(self, actor: str | None = None) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back on any error."""
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


INSTALLATION_ID = "installation_id"
CURRENT_PROFILE = "current_profile_id"


def open_database(path: Path | str) -> Database:
    """Open ``path``, creating it at the current schema or upgrading an older one.

    An older file is first copied beside itself with SQLite's backup API. A file from a newer
    application, or one that is not ours, is refused and left byte for byte as it was.
    """
    path = Path(path)
    backup: Path | None = None
    if path.exists():
        _refuse_foreign_file(path)
        try:
            revision = read_revision(path)
            check_revision(path, revision)
        except SchemaError as exc:
            raise DatabaseError(exc.reason) from exc
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        revision = None

    engine = make_engine(path)
    if revision is None:
        create_at_head(engine, Base.metadata)
    elif revision.needs_upgrade:
        backup = backup_path_for(path, revision.current, datetime.now(UTC))
        _backup_file(path, backup)
        upgrade_to_head(engine)

    database = Database(path, engine, backup=backup)
    _ensure_installation_id(database)
    return database


def _backup_file(source: Path, target: Path) -> None:
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def _ensure_installation_id(database: Database) -> None:
    with database.transaction() as session:
        if session.scalar(select(Setting).where(Setting.key == INSTALLATION_ID)) is None:
            session.add(Setting(key=INSTALLATION_ID, value=str(uuid.uuid4())))
