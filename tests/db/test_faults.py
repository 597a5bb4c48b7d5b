"""Operational faults in plain words, nothing half-written, and a rerun that completes:
a database held by another program, a full disk, a read-only place."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import event, select
from sqlalchemy.exc import OperationalError

from auditor.cli import main
from auditor.db import database as database_module
from auditor.db import faults
from auditor.db.database import Database, DatabaseError, open_database
from auditor.db.models import Audit
from auditor.db.schema import head_revision
from auditor.domain.text import Text
from tests.helpers.records import full_audit

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


@pytest.fixture
def quick_busy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(faults, "BUSY_TIMEOUT_MS", 50)


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    """A database of the first schema: opening it upgrades it, which needs to write."""
    path = tmp_path / "auditor.sqlite"
    shutil.copy(FIXTURES / "schema-0001.sqlite", path)
    return path


def _hold(path: Path) -> sqlite3.Connection:
    """Another program in the middle of writing to the database."""
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_opening_waits_for_another_program_says_so_and_then_opens(
    old_file: Path, quick_busy: None
) -> None:
    holder = _hold(old_file)
    notes: list[Text] = []
    told = threading.Event()

    def on_wait(note: Text) -> None:
        notes.append(note)
        told.set()

    def release() -> None:
        told.wait(timeout=60)
        holder.rollback()

    releaser = threading.Thread(target=release)
    releaser.start()
    database = open_database(old_file, on_wait=on_wait, wait_seconds=60)
    releaser.join()
    holder.close()

    assert [note.en for note in notes] == [
        "The database is in use by another program; waiting for it to be free…"]
    assert _revision(old_file) == head_revision()
    database.close()


def test_opening_gives_up_in_one_line_and_changes_nothing(
    old_file: Path, quick_busy: None, capsys: pytest.CaptureFixture[str]
) -> None:
    holder = _hold(old_file)
    before = _digest(old_file)
    with pytest.raises(DatabaseError) as refused:
        open_database(old_file, wait_seconds=0.3)
    assert refused.value.reason("ru").startswith("auditor.sqlite: База данных занята")
    holder.rollback()
    holder.close()
    assert _digest(old_file) == before
    assert [p.name for p in old_file.parent.iterdir()] == ["auditor.sqlite"]  # no stray backup
    open_database(old_file).close()  # the rerun completes
    assert _revision(old_file) == head_revision()


def test_a_write_while_another_program_writes_is_refused_in_plain_words(
    tmp_path: Path, quick_busy: None
) -> None:
    database = open_database(tmp_path / "auditor.sqlite")
    holder = _hold(database.path)
    with pytest.raises(OperationalError) as refused, database.transaction() as session:
        session.add(full_audit())
    assert faults.fault_of(refused.value) is faults.Fault.BUSY
    holder.rollback()
    holder.close()
    with database.transaction() as session:  # once the other program is done, it goes in
        session.add(full_audit())
    database.close()


@pytest.fixture
def small_disk(database: Database) -> Iterator[Database]:
    """The database as if its disk had room for only a few more pages: SQLite's own
    SQLITE_FULL, as a full disk gives it."""

    def limit(dbapi_connection: sqlite3.Connection, record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + 2}")

    database.engine.dispose()
    event.listen(database.engine, "connect", limit)
    yield database
    event.remove(database.engine, "connect", limit)
    database.engine.dispose()


def test_a_full_disk_refuses_the_write_whole_and_says_so(small_disk: Database) -> None:
    with small_disk.session() as session:
        before = len(session.scalars(select(Audit.id)).all())
    with pytest.raises(OperationalError) as refused, small_disk.transaction() as session:
        for _ in range(5):
            session.add(full_audit(None))
            session.flush()
            session.expunge_all()
    assert faults.fault_of(refused.value) is faults.Fault.DISK_FULL
    with small_disk.session() as session:
        assert len(session.scalars(select(Audit.id)).all()) == before


@pytest.fixture
def read_only_place(tmp_path: Path) -> Iterator[Path]:
    """A folder whose files cannot be written: a read-only mount when we are root (root may
    write any file), else a file without write permission."""
    folder = tmp_path / "usb"
    folder.mkdir()
    database = open_database(folder / "auditor.sqlite")
    database.close()
    if os.geteuid() != 0:
        os.chmod(folder / "auditor.sqlite", 0o444)
        os.chmod(folder, 0o555)
        yield folder / "auditor.sqlite"
        os.chmod(folder, 0o755)
        return
    mounted = tmp_path / "mounted"
    mounted.mkdir()
    if subprocess.run(["mount", "--bind", "-o", "ro", str(folder), str(mounted)],
                      capture_output=True, check=False).returncode != 0:
        pytest.skip("this machine lets no process make a read-only place")  # pragma: no cover
    subprocess.run(["mount", "-o", "remount,ro,bind", str(mounted)], check=True)
    try:
        yield mounted / "auditor.sqlite"
    finally:
        subprocess.run(["umount", str(mounted)], check=True)


def test_a_read_only_database_is_refused_in_plain_words(read_only_place: Path) -> None:
    before = _digest(read_only_place)
    with pytest.raises(DatabaseError) as refused:
        open_database(read_only_place)
    assert refused.value.reason("en") == (
        "auditor.sqlite: The file cannot be written: it is read-only or you lack the "
        "permission.")
    assert _digest(read_only_place) == before


def test_faults_are_told_apart_from_defects() -> None:
    assert faults.fault_of(OSError(28, "No space left on device")) is faults.Fault.DISK_FULL
    assert faults.fault_of(OSError(30, "Read-only file system")) is faults.Fault.READ_ONLY
    assert faults.fault_of(ValueError("a defect")) is None
    with closing(sqlite3.connect(":memory:")) as connection, \
            pytest.raises(sqlite3.Error) as not_a_fault:
        connection.execute("SELECT * FROM nowhere")
    assert faults.fault_of(not_a_fault.value) is None


def test_the_command_line_says_it_waits_then_refuses_in_one_line(
    old_file: Path, quick_busy: None, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(database_module, "OPEN_WAIT_SECONDS", 0.3)
    holder = _hold(old_file)
    assert main(["info", "--db", str(old_file)]) == 1
    holder.rollback()
    holder.close()
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "auditor: The database is in use by another program; waiting for it to be free…",
        "auditor: auditor.sqlite: The database is busy or locked by another program; try "
        "again when it is done. Nothing was half-written.",
    ]
