"""A second running copy on one database is told, and only looks: the lock and the read-only
opening, without a display."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from auditor.db import faults
from auditor.db.database import Database, DatabaseError, open_database
from auditor.db.instance import hold_instance_lock, lock_path
from auditor.db.models import Company

HOLDER = """
import sys
from pathlib import Path
from auditor.db.instance import hold_instance_lock
lock = hold_instance_lock(Path(sys.argv[1]))
print("held" if lock is not None else "refused", flush=True)
sys.stdin.readline()
"""


def _companies(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Company)) or 0


def test_the_second_holder_is_refused_until_the_first_lets_go(db_path: Path) -> None:
    first = hold_instance_lock(db_path)
    assert first is not None
    assert hold_instance_lock(db_path) is None
    first.release()
    again = hold_instance_lock(db_path)
    assert again is not None
    again.release()
    assert lock_path(db_path).exists()  # stays, empty and harmless


def test_a_copy_in_another_process_holds_the_database_until_it_ends(db_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              cwd=Path(__file__).parents[2])
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert hold_instance_lock(db_path) is None
    finally:
        holder.kill()  # however it ends, the system lets go of its lock
        holder.wait(timeout=30)
    mine = hold_instance_lock(db_path)
    assert mine is not None
    mine.release()


def test_opened_read_only_the_database_reads_what_the_other_copy_saves_and_refuses_writes(
    database: Database, db_path: Path
) -> None:
    with database.transaction("KZ-AUD-001") as session:
        session.add(Company(bin="990140004654", name_ru="ТОО «Тест»", region_code="75"))
    looking = open_database(db_path, read_only=True)
    try:
        assert looking.read_only and not database.read_only
        assert _companies(looking) == 1
        with database.transaction("KZ-AUD-001") as session:  # saved by the working copy
            session.add(Company(bin="000740001307", name_ru="ТОО «Второе»", region_code="75"))
        assert _companies(looking) == 2
        with pytest.raises(DBAPIError) as refused, looking.transaction("KZ-AUD-002") as session:
            session.add(Company(bin="971240001315", name_ru="ТОО «Нет»", region_code="75"))
        assert faults.fault_text(refused.value) == faults.FAULT_TEXTS[faults.Fault.READ_ONLY]
    finally:
        looking.close()
    assert _companies(database) == 2


def test_a_database_not_made_yet_is_not_made_by_a_copy_that_only_looks(tmp_path: Path) -> None:
    missing = tmp_path / "auditor.sqlite"
    with pytest.raises(DatabaseError, match="not ready yet"):
        open_database(missing, read_only=True)
    assert not missing.exists()
