"""Schema versions: Alembic migrations shipped in the package, run in one transaction.

Opening a database at the head revision, the everyday case, needs no Alembic: the head is the
constant ``HEAD_REVISION`` (a test holds it to the migrations), and Alembic is imported only to
create, upgrade or judge a database of another revision.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import Connection, Engine, MetaData, create_engine, event

from auditor.db import faults
from auditor.db.guards import drop_guards, install_guards, register_writer
from auditor.domain.text import Text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest migration's revision: a new migration changes it (tests/db/test_migrations.py
# fails until it does).
HEAD_REVISION: Final = "0007"


class SchemaError(Exception):
    def __init__(self, reason: Text) -> None:
        self.reason = reason
        super().__init__(reason.en)


@dataclass(frozen=True)
class Revision:
    current: str
    head: str

    @property
    def needs_upgrade(self) -> bool:
        return self.current != self.head


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def read_revision(path: Path) -> Revision | None:
    """The schema revision of an existing file, read without writing to it.

    ``None`` for an empty database. A non-empty file without our version table is refused.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise SchemaError(_foreign(path))
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise SchemaError(
            Text(
                kk=f"{path.name}: дерекқорды оқу мүмкін емес ({exc}).",
                ru=f"{path.name}: базу данных невозможно прочитать ({exc}).",
                en=f"{path.name}: the database cannot be read ({exc}).",
            )
        ) from exc
    if row is None:
        raise SchemaError(_foreign(path))
    return Revision(current=str(row[0]), head=head_revision())


def check_revision(path: Path, revision: Revision | None) -> None:
    """Refuse a database whose schema this application does not know."""
    if revision is None or revision.current == HEAD_REVISION:
        return
    if revision.current in known_revisions():
        return
    if _is_newer(revision.current, revision.head):
        raise SchemaError(
            Text(
                kk=(
                    f"{path.name}: дерекқор схемасының нұсқасы {revision.current}, ал бұл "
                    f"бағдарлама {revision.head} нұсқасын біледі. Бағдарламаны жаңартыңыз; "
                    "файл өзгертілмеді."
                ),
                ru=(
                    f"{path.name}: версия схемы базы данных {revision.current}, а эта программа "
                    f"знает только {revision.head}. Обновите программу; файл не изменён."
                ),
                en=(
                    f"{path.name}: the database has schema version {revision.current}, newer "
                    f"than this application's {revision.head}. Update the application; the file "
                    "was not changed."
                ),
            )
        )
    raise SchemaError(_foreign(path))


def _is_newer(current: str, head: str) -> bool:
    return current.isdigit() and head.isdigit() and int(current) > int(head)


def _foreign(path: Path) -> Text:
    return Text(
        kk=f"{path.name}: бұл Pharma Capacity Auditor дерекқоры емес; файл өзгертілмеді.",
        ru=f"{path.name}: это не база данных Pharma Capacity Auditor; файл не изменён.",
        en=f"{path.name}: not a Pharma Capacity Auditor database; the file was not changed.",
    )


def backup_path_for(path: Path, revision: str, when: datetime) -> Path:
    stamp = when.strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.stem}.schema-{revision}.{stamp}.backup{path.suffix}")


def _migration_engine(engine: Engine) -> Engine:
    """An engine for schema changes: transactional DDL, foreign keys off while tables are
    rebuilt (SQLite would otherwise cascade deletes when a batch migration drops a table)."""
    migration = create_engine(engine.url,
                              connect_args={"timeout": faults.BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(migration, "connect")
    def _connect(dbapi_connection: Any, record: Any) -> None:
        register_writer(dbapi_connection, always=True)
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        dbapi_connection.execute("PRAGMA journal_mode=WAL")
        dbapi_connection.execute("PRAGMA synchronous=FULL")

    @event.listens_for(migration, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return migration


def _check_foreign_keys(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"migration left {len(broken)} broken references: {broken[:5]}")


def create_at_head(engine: Engine, metadata: MetaData) -> None:
    from alembic import command

    migration = _migration_engine(engine)
    try:
        with migration.begin() as connection:
            metadata.create_all(connection)
            install_guards(connection)
            command.stamp(alembic_config(connection), "head")
    finally:
        migration.dispose()


def upgrade_to_head(engine: Engine, target: str = "head") -> None:
    from alembic import command

    migration = _migration_engine(engine)
    try:
        with migration.begin() as connection:
            command.upgrade(alembic_config(connection), target)
            _check_foreign_keys(connection)
            if target == "head":
                after_upgrade(connection)
    finally:
        migration.dispose()


def after_upgrade(connection: Connection) -> None:
    """What every upgrade ends with: the trail's hash chain and the seals brought up to date
    for what earlier versions wrote without them, then every guard installed as this version
    defines it (a batch migration that rebuilds a table drops its triggers)."""
    from auditor.db.integrity import chain_unchained_entries, seal_unsealed_audits

    drop_guards(connection)
    chain_unchained_entries(connection)
    seal_unsealed_audits(connection)
    install_guards(connection)
