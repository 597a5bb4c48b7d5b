"""Where a workbook may be written: refused before any work when it would destroy something."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from auditor.cli import main
from auditor.db.database import open_database
from auditor.demo import build_demo
from auditor.exchange.export import export_package
from auditor.exchange.outputs import OutputError, check_output


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("outputs")
    laptop = open_database(folder / "laptop.sqlite")
    build_demo(laptop, companies=1, seed=9, finalize=True)
    package = export_package(laptop, folder / "package.xlsx").path
    laptop.close()
    return folder / "laptop.sqlite", package


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _wrong_outputs(db: Path, package: Path, folder: Path) -> dict[str, tuple[Path, str]]:
    document = folder / "report.docx.txt"
    document.write_text("a document that is not a workbook", encoding="utf-8")
    link = folder / "link-to-db.xlsx"
    if not link.exists():
        link.symlink_to(db)
    hard = folder / "hard-link-to-db.xlsx"
    if not hard.exists():
        os.link(db, hard)
    a_file = folder / "a-file"
    a_file.write_text("x", encoding="utf-8")
    return {
        "the database": (db, "this is the database"),
        "its write-ahead log": (db.with_name(db.name + "-wal"), "this is the database"),
        "its shared memory": (db.with_name(db.name + "-shm"), "this is the database"),
        "a link to it": (link, "this is the database"),
        "a hard link to it": (hard, "this is the database"),
        "an input": (package, "this is one of the inputs"),
        "a folder": (folder, "this is a folder"),
        "a file that is not a workbook": (document, "exists and is not a workbook"),
        "under a file": (a_file / "out.xlsx", "its folder does not exist"),
    }


CASES = ["the database", "its write-ahead log", "its shared memory", "a link to it",
         "a hard link to it", "an input", "a folder", "a file that is not a workbook",
         "under a file"]


@pytest.mark.parametrize("case", CASES)
def test_consolidate_out_refuses_before_any_work(
    made: tuple[Path, Path], tmp_path: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "ministry.sqlite"
    open_database(db).close()
    package = tmp_path / "package.xlsx"
    package.write_bytes(made[1].read_bytes())
    out, reason = _wrong_outputs(db, package, tmp_path)[case]
    before = {p: _digest(p) for p in tmp_path.rglob("*") if p.is_file() and not p.is_symlink()}

    assert main(["consolidate", str(package), "--db", str(db), "--out", str(out)]) == 1

    captured = capsys.readouterr()
    assert captured.out == ""  # not a package was read
    assert captured.err.startswith(f"auditor: {out}: {reason}"), captured.err
    assert captured.err.count("\n") == 1
    after = {p: _digest(p) for p in tmp_path.rglob("*") if p.is_file() and not p.is_symlink()}
    assert after == before


@pytest.mark.parametrize("case", ["the database", "its write-ahead log", "a hard link to it",
                                  "a folder", "a file that is not a workbook"])
def test_export_out_refuses_before_any_work(
    made: tuple[Path, Path], tmp_path: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "laptop.sqlite"
    db.write_bytes(made[0].read_bytes())
    out, reason = _wrong_outputs(db, made[1], tmp_path)[case]
    before = _digest(db)

    assert main(["export", "--db", str(db), "--out", str(out)]) == 1

    assert reason in capsys.readouterr().err
    assert _digest(db) == before


def test_an_unwritable_place_is_refused_in_plain_words(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as refused:
        check_output(Path("/proc/self/national.xlsx"))
    assert refused.value.reason.en.startswith("/proc/self/national.xlsx: ")


def test_a_workbook_may_replace_a_workbook(made: tuple[Path, Path], tmp_path: Path) -> None:
    old = tmp_path / "national.xlsx"
    old.write_bytes(made[1].read_bytes())
    assert check_output(old, database=made[0]) == old
    assert check_output(tmp_path / "new" / "national.xlsx", database=made[0])
