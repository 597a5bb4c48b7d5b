"""Consolidation figures: 300 packages, one audit each, into an empty ministry database.

    .venv/bin/python bench/consolidate.py [--packages 300] [--reuse]

Runs, each in a fresh process so that time and peak memory are its own:
  ours      consolidate every package (read with calamine, verify, validate, import) and
            write the national workbook;
  baseline  the naive way: pandas.read_excel with openpyxl for every sheet of every file,
            concat per sheet, to_excel — no checks at all.
Prints wall time and peak memory of each, the ratio, and where our time goes. Then the peak
memory of reading one package (checked, then parsed) in a fresh process: a good one, one with a
value in the far corner of a sheet (XFD1048576, which unchecked makes calamine ask for 512 GiB),
and one with a value at the last cell the limits allow (a sheet of 200,000 rows × 64 columns).
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
    from auditor.db.models import Audit
    from auditor.demo import build_demo
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
    from auditor.collector import long_run
    from auditor.db.database import open_database
    from auditor.exchange.consolidate import Consolidator
    from auditor.exchange.national import write_national_workbook

    imported = time.perf_counter()
    database = open_database(work / "ministry.sqlite")
    with long_run():  # as `auditor consolidate` runs them
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


def hostile(folder: Path, case: str) -> Path:
    """A copy of the first package with one cell added to its Products sheet."""
    import re
    import zipfile

    source = sorted(folder.glob("*.xlsx"))[0]
    if case == "good":
        return source
    cell = {"far-corner": ("1048576", "XFD1048576"), "at-the-limits": ("200000", "BL200000")}
    row, ref = cell[case]
    target = OUT / f"{case}.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(
            target, "w", zipfile.ZIP_DEFLATED) as copy:
        workbook = original.read("xl/workbook.xml").decode()
        number = re.search(r'<sheet name="Products" sheetId="(\d+)"', workbook)
        assert number is not None
        products = f"xl/worksheets/sheet{number.group(1)}.xml"
        for info in original.infolist():
            data = original.read(info)
            if info.filename == products:
                data = data.replace(b"</sheetData>", f'<row r="{row}"><c r="{ref}" t="n">'
                                    f"<v>1</v></c></row></sheetData>".encode())
            copy.writestr(info, data)
    return target


def run_reader(path: Path) -> None:
    import resource

    from auditor.exchange.reader import PackageError, read_package

    started = time.perf_counter()
    try:
        package = read_package(path)
        outcome = f"read, {sum(len(rows) for rows in package.sheets.values())} rows"
    except PackageError as exc:
        outcome = "refused: " + exc.reason.en.split(": ", 1)[1][:70] + "…"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  {path.name:<19} {time.perf_counter() - started:5.2f} s  peak {peak:5.0f} MB  "
          f"{outcome}")


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
    parser.add_argument("--reader-only", action="store_true",
                        help="only the peak memory of reading one package")
    args = parser.parse_args()
    if args.child:
        mode, folder, work = args.child
        if mode == "reader":
            run_reader(Path(folder))
            return
        (run_ours if mode == "ours" else run_baseline)(Path(folder), Path(work))
        return

    folder = prepare(args.packages)
    if not args.reader_only:
        timings(folder)
    reader_memory(folder)


def timings(folder: Path) -> None:
    ours = measure("ours", folder)
    baseline = measure("baseline", folder)
    print(f"{'consolidate + national workbook (ours)':<44} {ours[0]:7.1f} s   "
          f"peak {ours[1]:6.0f} MB   (goals: <= 10 s, <= 500 MB)")
    print(f"{'naive pandas/openpyxl read, concat, write':<44} {baseline[0]:7.1f} s   "
          f"peak {baseline[1]:6.0f} MB")
    print(f"ratio: ours is {baseline[0] / ours[0]:.1f}x faster than the baseline (goal >= 5x)")


def reader_memory(folder: Path) -> None:
    print("reading one package, each in a fresh process (peak memory of the process):")
    for case in ("good", "far-corner", "at-the-limits"):
        path = hostile(folder, case)
        subprocess.run([sys.executable, __file__, "--child", "reader", str(path), "-"],
                       check=True)


if __name__ == "__main__":
    main()
