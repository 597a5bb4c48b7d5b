"""Consolidation figures: 300 packages, one audit each, into an empty ministry database.

    .venv/bin/python bench/consolidate.py [--packages 300] [--reuse]

Runs, each in a fresh process so that time and peak memory are its own:
  ours      consolidate every package (read with calamine, verify, validate, import) and
            write the national workbook;
  analyst   what an analyst writes today, checking nothing: pandas.read_excel with
            engine="calamine" on the data sheets only, the key row as header, concat per
            sheet, to_excel;
  floor     plain I/O and nothing else: python-calamine reads the data sheets' rows, an
            openpyxl write-only workbook takes them — no checks, no frames;
  naive     pandas.read_excel with openpyxl for every sheet of every file (Dictionary,
            Manifest and Meta too), concat per sheet, to_excel — kept for comparison with
            earlier figures; nobody should plan from it.
Prints wall time and peak memory of each, ours as a ratio to each, and where our time goes.
Then the peak memory of reading one package (checked, then parsed) in a fresh process: a good
one, one with a value in the far corner of a sheet (XFD1048576, which unchecked makes calamine
ask for 512 GiB), and one with a value at the last cell the limits allow (a sheet of 200,000
rows × 64 columns).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Sequence
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


def run_analyst(folder: Path, work: Path, sheets: list[str]) -> None:
    import pandas as pd

    frames: dict[str, list[pd.DataFrame]] = {}
    for path in sorted(folder.glob("*.xlsx")):
        read = pd.read_excel(path, sheet_name=sheets, engine="calamine", header=0, skiprows=[1])
        for name, frame in read.items():
            frames.setdefault(name, []).append(frame)
    with pd.ExcelWriter(work / "analyst.xlsx", engine="openpyxl") as writer:
        for name, parts in frames.items():
            pd.concat(parts, ignore_index=True).to_excel(writer, sheet_name=name, index=False)


def run_floor(folder: Path, work: Path, sheets: list[str]) -> None:
    from openpyxl import Workbook
    from python_calamine import CalamineWorkbook

    rows: dict[str, list[Sequence[object]]] = {name: [] for name in sheets}
    for path in sorted(folder.glob("*.xlsx")):
        book = CalamineWorkbook.from_path(str(path))
        for name in sheets:
            data = book.get_sheet_by_name(name).to_python()
            if not rows[name]:
                rows[name].append(data[0])  # the key row, once
            rows[name].extend(data[2:])
    out = Workbook(write_only=True)
    for name, values in rows.items():
        sheet = out.create_sheet(name)
        for row in values:
            sheet.append(row)
    out.save(work / "floor.xlsx")


def run_naive(folder: Path, work: Path, sheets: list[str]) -> None:
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


def data_sheets() -> list[str]:
    from auditor.exchange.package import SHEETS

    return [spec.name for spec in SHEETS]


def measure(mode: str, folder: Path) -> tuple[float, float]:
    work = OUT / f"work-{mode}"
    work.mkdir(parents=True, exist_ok=True)
    for old in work.glob("*"):
        old.unlink()
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, __file__, "--child", mode, str(folder), str(work),
                              "--sheets", ",".join(data_sheets())])
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{mode} failed with status {status}")
    return seconds, usage.ru_maxrss / 1024  # kilobytes on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--packages", type=int, default=300)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--sheets", default="", help=argparse.SUPPRESS)
    parser.add_argument("--reader-only", action="store_true",
                        help="only the peak memory of reading one package")
    args = parser.parse_args()
    if args.child:
        mode, folder, work = args.child
        if mode == "reader":
            run_reader(Path(folder))
            return
        if mode == "ours":
            run_ours(Path(folder), Path(work))
        else:
            BASELINES[mode](Path(folder), Path(work), args.sheets.split(","))
        return

    folder = prepare(args.packages)
    if not args.reader_only:
        timings(folder)
    reader_memory(folder)


BASELINES = {"analyst": run_analyst, "floor": run_floor, "naive": run_naive}
TITLES = {
    "ours": "consolidate + national workbook (ours)",
    "analyst": "analyst: pandas+calamine data sheets, write",
    "floor": "floor: calamine rows -> write-only, no checks",
    "naive": "naive: pandas+openpyxl every sheet, write",
}
# Ours against each baseline: how many times faster we must be (below 1: how much slower we may be).
# The naive baseline has no goal: it only links today's figures to earlier ones.
GOALS = {"analyst": 2.0, "floor": 1 / 1.5}


def timings(folder: Path) -> None:
    print(f"machine load before the runs (1, 5, 15 min): "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    figures = {mode: measure(mode, folder) for mode in ("ours", *BASELINES)}
    ours = figures["ours"][0]
    for mode, (seconds, peak) in figures.items():
        print(f"{TITLES[mode]:<48} {seconds:7.1f} s   peak {peak:6.0f} MB")
    for mode in BASELINES:
        ratio = figures[mode][0] / ours
        said = f"{ratio:.2f}x faster" if ratio >= 1 else f"{1 / ratio:.2f}x slower"
        goal = GOALS.get(mode)
        if goal is None:
            print(f"ours against {mode:<8} {said:>14}   (no goal)")
            continue
        wanted = f">= {goal:.1f}x faster" if goal >= 1 else f"at most {1 / goal:.1f}x slower"
        print(f"ours against {mode:<8} {said:>14}   "
              f"(goal: {wanted}; {'met' if ratio >= goal else 'NOT met'})")


def reader_memory(folder: Path) -> None:
    print("reading one package, each in a fresh process (peak memory of the process):")
    for case in ("good", "far-corner", "at-the-limits"):
        path = hostile(folder, case)
        subprocess.run([sys.executable, __file__, "--child", "reader", str(path), "-"],
                       check=True)


if __name__ == "__main__":
    main()
