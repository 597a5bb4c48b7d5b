"""The exchange functions leave the process as they found it: a consolidation and a national
workbook, run from the core, never freeze or pause the garbage collector (whoever runs them
decides that: the command line, the desktop's job runner)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from auditor.db.database import Database, open_database
from auditor.demo import build_demo
from auditor.exchange.consolidate import Consolidator
from auditor.exchange.export import export_package
from auditor.exchange.national import write_national_workbook


def _package(tmp_path: Path) -> Path:
    laptop = open_database(tmp_path / "laptop.sqlite")
    try:
        build_demo(laptop, companies=2, seed=5, finalize=True)
        return export_package(laptop, tmp_path / "package.xlsx").path
    finally:
        laptop.close()


@pytest.fixture
def ministry(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "ministry.sqlite")
    yield database
    database.close()


def test_consolidating_and_writing_the_national_workbook_leave_the_collector_alone(
    tmp_path: Path, ministry: Database
) -> None:
    package = _package(tmp_path)
    gc.unfreeze()  # a process that froze nothing (a server's script, say)
    seen: list[tuple[int, bool]] = []

    def progress(done: int, total: int) -> None:
        seen.append((gc.get_freeze_count(), gc.isenabled()))

    (result,) = Consolidator(ministry).run([package], progress)
    write_national_workbook(ministry, tmp_path / "national.xlsx", progress=progress)

    assert result.accepted
    assert seen and set(seen) == {(0, True)}
    assert (gc.get_freeze_count(), gc.isenabled()) == (0, True)
