"""A large export holds one audit at a time in memory; a stopped export or national workbook
leaves nothing behind."""

from __future__ import annotations

import gc
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import select

from auditor.db.database import open_database
from auditor.db.models import Audit, Product
from auditor.demo import build_demo
from auditor.exchange.export import export_package
from auditor.exchange.reader import read_package, verify


def test_an_export_lets_go_of_each_audit_before_reading_the_next(tmp_path: Path) -> None:
    database = open_database(tmp_path / "auditor.sqlite")
    build_demo(database, companies=5, seed=11, finalize=True)
    with database.session() as session:
        ids = list(session.scalars(select(Audit.id).order_by(Audit.created_at)))
        products = len(list(session.scalars(select(Product.id))))
    wanted = set(ids)
    audits_in_memory: list[int] = []

    def progress(done: int, total: int) -> None:
        gc.collect()
        audits_in_memory.append(sum(
            1 for o in gc.get_objects()
            if isinstance(o, Audit) and o.__dict__.get("id") in wanted
        ))

    path = export_package(database, tmp_path / "package.xlsx", ids, progress=progress).path
    database.close()

    assert len(ids) >= 3 and audits_in_memory
    # However many audits a package holds, their records (and the bytes of their files) are
    # not all in memory at once: each audit is let go once its rows are taken.
    assert max(audits_in_memory) <= 1
    package = read_package(path)
    assert [row["id"] for row in package.sheets["Audits"]] == [str(i) for i in ids]
    assert len(package.sheets["Products"]) == products
    assert verify(package).ok


def test_a_stopped_export_leaves_no_files_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_database(tmp_path / "auditor.sqlite")
    build_demo(database, companies=3, seed=11, finalize=True)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    out = tmp_path / "out" / "package.xlsx"

    class Stopped(Exception):
        pass

    def stop_at_the_second_audit(done: int, total: int) -> None:
        if done == 2:
            raise Stopped  # as a cancel does

    with pytest.raises(Stopped):
        export_package(database, out, progress=stop_at_the_second_audit)
    database.close()
    gc.collect()
    assert list(scratch.iterdir()) == []
    assert not out.parent.exists() or list(out.parent.iterdir()) == []


def test_a_stopped_national_workbook_leaves_no_files_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from auditor.exchange.national import write_national_workbook

    database = open_database(tmp_path / "ministry.sqlite")
    build_demo(database, companies=3, seed=11, finalize=True)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    out = tmp_path / "out" / "national.xlsx"

    class Stopped(Exception):
        pass

    def stop_half_way(done: int, total: int) -> None:
        if done * 2 >= total:
            raise Stopped  # as a cancel does

    with pytest.raises(Stopped):
        write_national_workbook(database, out, progress=stop_half_way)
    database.close()
    gc.collect()
    assert list(scratch.iterdir()) == []
    assert not out.parent.exists() or list(out.parent.iterdir()) == []
