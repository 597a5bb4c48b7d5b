"""Looking after a database file: a consistent backup copy, a read-only check, its WAL state.

A database in WAL mode keeps its newest changes in ``NAME-wal`` until they are checkpointed into
the main file: a copy of the ``.sqlite`` file alone can miss the last saved changes. A backup is
therefore made with SQLite's backup API through a connection, which sees everything committed.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.exc import DBAPIError

from auditor.db import faults
from auditor.db.integrity import CheckReport, check_database
from auditor.db.schema import SchemaError, check_revision, read_revision
from auditor.domain.text import Text


class MaintenanceError(Exception):
    def __init__(self, reason: Text) -> None:
        self.reason = reason
        super().__init__(reason.en)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _refuse_missing(path: Path) -> None:
    if not path.is_file():
        raise MaintenanceError(Text(f"{path.name}: файл табылмады", f"{path.name}: файл не найден",
                                    f"{path.name}: file not found"))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def backup_database(path: Path, out: Path,
                    progress: Callable[[int, int], None] | None = None) -> Path:
    """A consistent copy of the database at ``out``, written beside it and renamed into place;
    the copy is checked before it takes the name."""
    path, out = Path(path), Path(out)
    _refuse_missing(path)
    wal_files = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
    if any(_same_file(candidate, out) for candidate in (path, *wal_files)):
        raise MaintenanceError(Text(
            f"{out.name}: көшірме дерекқордың өз орнына жазылмайды",
            f"{out.name}: копию нельзя записать на место самой базы данных",
            f"{out.name}: the backup cannot be written over the database itself",
        ))
    if out.is_dir():
        raise MaintenanceError(Text(f"{out.name}: бұл қалта; файл атын беріңіз",
                                    f"{out.name}: это папка; укажите имя файла",
                                    f"{out.name}: is a folder; give a file name"))
    partial = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        with closing(_read_only(path)) as source, closing(sqlite3.connect(partial)) as target:

            def step(status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            source.backup(target, pages=256, progress=step)
            rows = [str(r[0]) for r in target.execute("PRAGMA quick_check")]
            if rows != ["ok"]:
                raise MaintenanceError(faults.about(path, faults.FAULT_TEXTS[faults.Fault.DAMAGED]))
        os.replace(partial, out)
    except (sqlite3.Error, OSError) as exc:
        reason = faults.fault_text(exc)
        if reason is None:
            raise
        raise MaintenanceError(faults.about(out if isinstance(exc, OSError) else path,
                                            reason)) from exc
    finally:
        partial.unlink(missing_ok=True)
    return out


def check_file(path: Path) -> CheckReport:
    """``auditor check``: the whole check of :mod:`auditor.db.integrity`, read-only."""
    path = Path(path)
    _refuse_missing(path)
    try:
        revision = read_revision(path)
        check_revision(path, revision)
    except SchemaError as exc:
        raise MaintenanceError(exc.reason) from exc
    if revision is None:
        return CheckReport()
    if revision.needs_upgrade:
        raise MaintenanceError(Text(
            f"{path.name}: схеманың ескі нұсқасы ({revision.current}); алдымен бағдарламада "
            "ашыңыз, сонда ол жаңартылады",
            f"{path.name}: старая версия схемы ({revision.current}); сначала откройте файл в "
            "программе, она его обновит",
            f"{path.name}: an older schema ({revision.current}); open it with the application "
            "first, which upgrades it",
        ))
    engine = create_engine("sqlite://", creator=lambda: _read_only(path))
    try:
        with engine.connect() as connection:
            return check_database(connection)
    except (sqlite3.DatabaseError, DBAPIError) as exc:
        reason = faults.fault_text(exc) or faults.FAULT_TEXTS[faults.Fault.DAMAGED]
        raise MaintenanceError(faults.about(path, reason)) from exc
    finally:
        engine.dispose()


@dataclass(frozen=True)
class WalState:
    journal_mode: str
    wal_bytes: int  # changes saved but not yet copied into the main file

    def describe(self) -> str:
        if self.journal_mode != "wal":
            return f"journal: {self.journal_mode}"
        if not self.wal_bytes:
            return "journal: WAL, every saved change is in the main file"
        return (f"journal: WAL, {self.wal_bytes // 1024} KB of saved changes are still in the "
                "-wal file (a copy of the .sqlite file alone would miss them: use "
                "`auditor backup`)")


def wal_state(path: Path) -> WalState:
    with closing(_read_only(path)) as connection:
        mode = str(connection.execute("PRAGMA journal_mode").fetchone()[0])
    wal = path.with_name(path.name + "-wal")
    return WalState(mode, wal.stat().st_size if wal.exists() else 0)
