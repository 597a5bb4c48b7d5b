"""The garbage collector during long runs is the entry points' decision: `auditor consolidate`
keeps the objects made before it out of collections while it runs and hands them back after;
overlapping runs hand them back when the last one ends."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from auditor.cli import main
from auditor.collector import long_run
from auditor.db.database import open_database
from auditor.demo import build_demo
from auditor.exchange.consolidate import Consolidator
from auditor.exchange.export import export_package
from auditor.exchange.national import write_national_workbook


def test_overlapping_runs_keep_older_objects_aside_until_the_last_one_ends() -> None:
    gc.unfreeze()  # a process that froze nothing yet
    first, second = long_run(), long_run()
    first.__enter__()
    assert gc.get_freeze_count() > 0
    second.__enter__()
    first.__exit__(None, None, None)
    assert gc.get_freeze_count() > 0  # the second run still goes on
    second.__exit__(None, None, None)
    assert gc.get_freeze_count() == 0


def test_a_run_leaves_objects_frozen_by_someone_else_frozen() -> None:
    gc.unfreeze()
    gc.freeze()  # as the desktop application does with what its start made
    frozen = gc.get_freeze_count()
    with long_run():
        pass
    assert gc.get_freeze_count() == frozen
    gc.unfreeze()


def test_the_command_line_consolidates_with_older_objects_set_aside_and_hands_them_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = open_database(tmp_path / "laptop.sqlite")
    build_demo(laptop, companies=1, seed=5, finalize=True)
    package = export_package(laptop, tmp_path / "package.xlsx").path
    laptop.close()
    frozen_while: dict[str, int] = {}
    consolidate, write = Consolidator.run, write_national_workbook

    def consolidating(self: Consolidator, *args: object, **kwargs: object) -> object:
        frozen_while["consolidating"] = gc.get_freeze_count()
        return consolidate(self, *args, **kwargs)  # type: ignore[arg-type]

    def writing(*args: object, **kwargs: object) -> Path:
        frozen_while["writing"] = gc.get_freeze_count()
        return write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Consolidator, "run", consolidating)
    monkeypatch.setattr("auditor.exchange.national.write_national_workbook", writing)
    gc.unfreeze()  # a process that froze nothing yet

    assert main(["consolidate", str(package), "--db", str(tmp_path / "ministry.sqlite"),
                 "--out", str(tmp_path / "national.xlsx")]) == 0

    assert (tmp_path / "national.xlsx").is_file()
    assert frozen_while["consolidating"] > 0 and frozen_while["writing"] > 0
    assert gc.get_freeze_count() == 0
