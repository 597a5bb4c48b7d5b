"""Consolidation figures: 300 packages, one audit each, into an empty ministry database.

    .venv/bin/python bench/consolidate.py [--packages 300] [--reuse]

Runs, each in a fresh process so that time and peak memory are its own:
  ours      consolidate every package (read with calamine, verify, validate, import) and
            write the national workbook;
  baseline  the naive way: pandas.read_excel with openpyxl for every sheet of every file,
            concat per sheet, to_excel — no checks at all.
Prints wall time and peak memory of each, the ratio, and where our time goes.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(__file__).with_name("out")
sys.path.insert(0, str(ROOT))


def prepare(count: int) -> Path:
    from sqlalchemy import select

    from auditor.db.database import open_database
    from auditor.db.demo import build_demo
    from auditor.db.models import Audit
    from auditor.exchange.export import export_package

    folder = OUT / f"packages-{count}"
    if folder.is_dir() and len(list(folder.glob("*.xlsx"))) == count:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*"):
        old.unlink()
    source = OUT / f"laptops-{count}.sqlite"
    for leftover in OUT.glob(f"laptops-{count}.sqlite*"):
        leftover.unlink()
    database = open_database(source)
    build_demo(database, companies=count, seed=2024, finalize=True)
    with database.session() as session:
        ids = list(session.scalars(select(Audit.id).order_by(Audit.created_at)))
    start = time.perf_counter()
    for number, audit_id in enumerate(ids, start=1):
        export_package(database, folder / f"audit-{number:04d}.xlsx", [audit_id])
    print(f"prepared {count} packages in {time.perf_counter() - start:.1f} s "
          f"({sum(p.stat().st_size for p in folder.glob('*.xlsx')) / 1e6:.0f} MB)")
    database.close()
    return folder


def run_ours(folder: Path, work: Path) -> None:
    started = time.perf_counter()
    from auditor.db.database import open_database
    from auditor.exchange.consolidate import Consolidator
    from auditor.exchange.national import write_national_workbook

    imported = time.perf_counter()
    database = open_database(work / "ministry.sqlite")
    results = Consolidator(database).run([folder])
    consolidated = time.perf_counter()
    refused = [r for r in results if not r.accepted]
    assert not refused, refused[0].line("en")
    write_national_workbook(database, work / "national.xlsx")
    written = time.perf_counter()
    database.close()
    print(f"  ours, inside the process: imports {imported - started:.1f} s, consolidation "
          f"{consolidated - imported:.1f} s, national workbook {written - consolidated:.1f} s")


def run_baseline(folder: Path, work: Path) -> None:
    import pandas as pd

    frames: dict[str, list[pd.DataFrame]] = {}
    for path in sorted(folder.glob("*.xlsx")):
        for name, frame in pd.read_excel(path, sheet_name=None, engine="openpyxl").items():
            frames.setdefault(name, []).append(frame)
    with pd.ExcelWriter(work / "naive.xlsx", engine="openpyxl") as writer:
        for name, parts in frames.items():
            pd.concat(parts, ignore_index=True).to_excel(writer, sheet_name=name[:31])


def measure(mode: str, folder: Path) -> tuple[float, float]:
    work = OUT / f"work-{mode}"
    work.mkdir(parents=True, exist_ok=True)
    for old in work.glob("*"):
        old.unlink()
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, __file__, "--child", mode, str(folder), str(work)])
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{mode} failed with status {status}")
    return seconds, usage.ru_maxrss / 1024  # kilobytes on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--packages", type=int, default=300)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, folder, work = args.child
        (run_ours if mode == "ours" else run_baseline)(Path(folder), Path(work))
        return

    folder = prepare(args.packages)
    ours = measure("ours", folder)
    baseline = measure("baseline", folder)
    print(f"{'consolidate + national workbook (ours)':<44} {ours[0]:7.1f} s   "
          f"peak {ours[1]:6.0f} MB   (goals: <= 10 s, <= 500 MB)")
    print(f"{'naive pandas/openpyxl read, concat, write':<44} {baseline[0]:7.1f} s   "
          f"peak {baseline[1]:6.0f} MB")
    print(f"ratio: ours is {baseline[0] / ours[0]:.1f}x faster than the baseline (goal >= 3x)")


if __name__ == "__main__":
    main()
