"""Faults of the database and the disk during consolidation: one plain sentence, nothing lost or
half-written, and a rerun completes.

Busy and locked databases are real locks taken by another connection or another process; a
full disk is SQLite's own SQLITE_FULL (``PRAGMA max_page_count`` on the consolidating
connection) or ENOSPC from the writer of a workbook; a read-only database is SQLite refusing a
write (``PRAGMA query_only``, the same SQLITE_READONLY a read-only file gives, and what a test
running as root can still produce).
"""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from auditor.cli import main
from auditor.db import database as database_module
from auditor.db.database import Database, open_database
from auditor.db.faults import FAULT_TEXTS, Fault, fault_of, fault_text
from auditor.db.models import Audit
from auditor.demo import build_demo
from auditor.exchange import consolidate as consolidate_module
from auditor.exchange import workbook as workbook_module
from auditor.exchange.consolidate import MSG_BUSY_WAITING, ConsolidationFault, Consolidator
from auditor.exchange.export import export_package
from auditor.exchange.national import write_national_workbook
from auditor.exchange.outputs import OutputError
from auditor.exchange.runlock import MSG_ANOTHER_RUN, consolidation_lock

ROOT = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("faults")
    made = []
    for name, seed, count in (("first", 3, 1), ("second", 44, 2)):
        laptop = open_database(folder / f"{name}.sqlite")
        build_demo(laptop, companies=count, seed=seed, finalize=True)
        with laptop.session() as session:
            last = session.scalars(select(Audit.id).order_by(Audit.created_at.desc())).first()
        made.append(export_package(laptop, folder / f"{name}.xlsx", [last]).path)
        laptop.close()
    return made[0], made[1]


def _on_each_connection(database: Database, *pragmas: str) -> None:
    """Every connection the database makes from now on runs ``pragmas`` after ours."""
    database.engine.dispose()

    def run(connection: Any, _record: Any) -> None:
        for pragma in pragmas:
            connection.execute(pragma)

    event.listen(database.engine, "connect", run)


def _audits(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("SELECT count(*) FROM audit").fetchone()[0])


def _dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return list(connection.iterdump())


def _expected(fault: Fault, database: Database) -> str:
    return f"{database.path.name}: {FAULT_TEXTS[fault].en}"


def test_a_database_busy_with_another_writer_stops_the_run_after_a_note(
    ministry: Database, packages: tuple[Path, Path]
) -> None:
    _on_each_connection(ministry, "PRAGMA busy_timeout=50")
    other = sqlite3.connect(ministry.path, isolation_level=None)
    notes: list[str] = []

    def take_the_lock(_result: Any) -> None:  # another program starts writing
        if not other.in_transaction:
            other.execute("BEGIN IMMEDIATE")

    consolidator = Consolidator(ministry, busy_attempts=3, busy_pause=0)
    with pytest.raises(ConsolidationFault) as stopped:
        consolidator.run(list(packages), on_result=take_the_lock,
                         on_note=lambda note: notes.append(note("en")))

    assert stopped.value.reason.en == _expected(Fault.BUSY, ministry)
    assert notes == [MSG_BUSY_WAITING.en]
    assert [r.result for r in stopped.value.results] == ["accepted"]  # the first is kept
    assert _audits(ministry.path) == 1  # nothing of the second
    other.rollback()
    other.close()
    results = Consolidator(ministry).run(list(packages))
    assert [r.result for r in results] == ["already_imported", "accepted"]


def test_a_database_locked_by_another_process_is_a_plain_refusal(
    ministry: Database, packages: tuple[Path, Path]
) -> None:
    _on_each_connection(ministry, "PRAGMA busy_timeout=50")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys\n"
         f"c = sqlite3.connect({str(ministry.path)!r}, isolation_level=None)\n"
         "c.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
         "c.execute('BEGIN EXCLUSIVE')\n"
         "c.execute('CREATE TABLE IF NOT EXISTS held (x)')\n"
         "print('locked', flush=True)\n"
         "sys.stdin.read()\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(ConsolidationFault) as stopped:
            Consolidator(ministry, busy_attempts=1).run([packages[0]])
        assert stopped.value.reason.en == _expected(Fault.BUSY, ministry)
    finally:
        holder.kill()  # the other program ends (here: abruptly)
        holder.communicate()  # waits, and closes its pipes
    ministry.engine.dispose()
    (result,) = Consolidator(ministry).run([packages[0]])
    assert result.result == "accepted"


def test_a_full_database_stops_the_run_and_nothing_is_half_written(
    ministry: Database, packages: tuple[Path, Path]
) -> None:
    before = _dump(ministry.path)
    with closing(sqlite3.connect(ministry.path)) as connection:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    _on_each_connection(ministry, f"PRAGMA max_page_count={pages + 4}")

    with pytest.raises(ConsolidationFault) as stopped:
        Consolidator(ministry).run(list(packages))

    assert stopped.value.reason.en == _expected(Fault.DISK_FULL, ministry)
    assert stopped.value.results == []
    assert _dump(ministry.path) == before  # not a row of it, not even a log line
    # Space freed: the database opened again (a new engine, without the limit) takes them all.
    again = open_database(ministry.path)
    results = Consolidator(again).run(list(packages))
    again.close()
    assert [r.result for r in results] == ["accepted", "accepted"]


def test_a_read_only_database_stops_the_run_in_plain_words(
    ministry: Database, packages: tuple[Path, Path]
) -> None:
    before = _dump(ministry.path)
    _on_each_connection(ministry, "PRAGMA query_only=ON")

    with pytest.raises(ConsolidationFault) as stopped:
        Consolidator(ministry).run([packages[0]])

    assert stopped.value.reason.en == _expected(Fault.READ_ONLY, ministry)
    assert _dump(ministry.path) == before
    again = open_database(ministry.path)  # writable again
    (result,) = Consolidator(again).run([packages[0]])
    again.close()
    assert result.result == "accepted"


def test_a_second_consolidation_of_the_same_database_is_refused_at_once(
    ministry: Database, packages: tuple[Path, Path]
) -> None:
    with consolidation_lock(ministry.path), pytest.raises(ConsolidationFault) as refused:
        Consolidator(ministry).run([packages[0]])
    assert refused.value.reason == MSG_ANOTHER_RUN
    assert _audits(ministry.path) == 0
    (result,) = Consolidator(ministry).run([packages[0]])  # the first one has ended
    assert result.result == "accepted"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "auditor", *args], capture_output=True,
                          text=True, check=False, cwd=ROOT, timeout=300)


def test_a_consolidation_running_in_another_process_and_one_that_crashed(
    tmp_path: Path, packages: tuple[Path, Path]
) -> None:
    db = tmp_path / "ministry.sqlite"
    open_database(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys\n"
         "from pathlib import Path\n"
         "from auditor.exchange.runlock import consolidation_lock\n"
         f"with consolidation_lock(Path({str(db)!r})):\n"
         "    print('running', flush=True)\n"
         "    sys.stdin.read()\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "running"
        second = _cli("consolidate", str(packages[0]), "--db", str(db))
        assert second.returncode == 1
        assert second.stdout == ""
        assert second.stderr == f"auditor: {MSG_ANOTHER_RUN.en}\n"
    finally:
        os.kill(holder.pid, signal.SIGKILL)  # the other consolidation crashes
        holder.communicate()  # waits, and closes its pipes
    rerun = _cli("consolidate", str(packages[0]), "--db", str(db))
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.endswith("accepted: 1 audits imported\n")


def _fill_the_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up while a workbook is written: part of it is on disk, then ENOSPC."""
    real = workbook_module.fill_sheets

    def full(source: Any, target: Path, rows: Any, compresslevel: int = 1) -> None:
        target.write_bytes(b"PK\x03\x04 half a workbook")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))

    assert real is not None
    monkeypatch.setattr(workbook_module, "fill_sheets", full)


def test_a_full_disk_while_the_national_workbook_is_written(
    ministry: Database, packages: tuple[Path, Path], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    Consolidator(ministry).run([packages[0]])
    _fill_the_disk(monkeypatch)
    out = tmp_path / "out" / "national.xlsx"

    with pytest.raises(OutputError) as failed:
        write_national_workbook(ministry, out)

    assert failed.value.reason.en == f"{out}: {FAULT_TEXTS[Fault.DISK_FULL].en}"
    assert not out.exists() and list(out.parent.iterdir()) == []  # nothing left behind
    assert main(["consolidate", str(packages[1]), "--db", str(ministry.path),
                 "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == ["second.xlsx: accepted: 1 audits imported"]
    assert captured.err == f"auditor: {out}: {FAULT_TEXTS[Fault.DISK_FULL].en}\n"
    monkeypatch.undo()  # space freed: the rerun writes it
    assert main(["consolidate", str(packages[1]), "--db", str(ministry.path),
                 "--out", str(out)]) == 0
    assert out.exists()


def test_a_full_disk_while_a_package_is_exported(
    packages: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    laptop = tmp_path / "laptop.sqlite"
    database = open_database(laptop)
    build_demo(database, companies=1, seed=3, finalize=True)
    database.close()
    _fill_the_disk(monkeypatch)
    out = tmp_path / "package.xlsx"

    assert main(["export", "--db", str(laptop), "--out", str(out)]) == 1

    assert capsys.readouterr().err == f"auditor: {out}: {FAULT_TEXTS[Fault.DISK_FULL].en}\n"
    assert sorted(p.name for p in tmp_path.iterdir() if "laptop.sqlite" not in p.name) == []


@pytest.mark.parametrize(("pragma", "fault"), [
    ("PRAGMA query_only=ON", Fault.READ_ONLY),
    ("PRAGMA busy_timeout=50", Fault.BUSY),
])
def test_the_command_line_gives_a_database_fault_in_one_line(
    tmp_path: Path, packages: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], pragma: str, fault: Fault,
) -> None:
    db = tmp_path / "ministry.sqlite"
    open_database(db).close()
    ours = database_module._set_sqlite_pragmas

    def with_fault(connection: Any, record: Any) -> None:
        ours(connection, record)
        connection.execute(pragma)

    monkeypatch.setattr(database_module, "_set_sqlite_pragmas", with_fault)
    monkeypatch.setattr(consolidate_module, "BUSY_ATTEMPTS", 2)
    monkeypatch.setattr(consolidate_module, "BUSY_PAUSE", 0.0)
    writer: sqlite3.Connection | None = None
    if fault is Fault.BUSY:
        writer = sqlite3.connect(db, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")
    try:
        assert main(["consolidate", str(packages[0]), "--db", str(db)]) == 1
    finally:
        if writer is not None:
            writer.close()
    captured = capsys.readouterr()
    expected = [f"auditor: {db.name}: {FAULT_TEXTS[fault].en}"]
    if fault is Fault.BUSY:
        expected.insert(0, f"auditor: {MSG_BUSY_WAITING.en}")
    assert captured.out == ""
    assert captured.err.splitlines() == expected
    assert _audits(db) == 0


@pytest.mark.parametrize(("error", "fault"), [
    (sqlite3.OperationalError("database is locked"), Fault.BUSY),
    (sqlite3.OperationalError("database or disk is full"), Fault.DISK_FULL),
    (sqlite3.OperationalError("attempt to write a readonly database"), Fault.READ_ONLY),
    (sqlite3.DatabaseError("database disk image is malformed"), Fault.DAMAGED),
    (sqlite3.DatabaseError("file is not a database"), Fault.DAMAGED),
    (sqlite3.OperationalError("disk I/O error"), Fault.IO_ERROR),
    (OSError(errno.ENOSPC, "No space left on device"), Fault.DISK_FULL),
    (OSError(errno.EROFS, "Read-only file system"), Fault.READ_ONLY),
    (OSError(errno.EACCES, "Permission denied"), Fault.READ_ONLY),
    (OSError(errno.EIO, "Input/output error"), Fault.IO_ERROR),
    (sqlite3.IntegrityError("UNIQUE constraint failed: audit.id"), None),
    (ValueError("a defect"), None),
])
def test_faults_are_told_apart_from_defects(error: Exception, fault: Fault | None) -> None:
    from sqlalchemy.exc import OperationalError

    assert fault_of(error) is fault
    wrapped = OperationalError("INSERT ...", {}, error)  # as SQLAlchemy raises it
    assert fault_of(wrapped) is fault
    try:
        try:
            raise error
        except Exception as inner:
            raise RuntimeError("while writing") from inner
    except RuntimeError as outer:
        assert fault_of(outer) is fault
    text = fault_text(error, Path("/data/ministry.sqlite"))
    assert (text is None) == (fault is None)
    if text is not None:
        assert text.ru.startswith("ministry.sqlite: ") and text.kk and text.en

