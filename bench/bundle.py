"""The packaged application beside a bare PySide6 window frozen the same way.

    make bench-bundle        (builds the bundle, then runs this)
    .venv/bin/python bench/bundle.py [--runs 9] [--keep-baseline]

The baseline is a main window with an empty table (what bench/ui.py starts as its bare window),
frozen by PyInstaller with the settings of ``build.spec`` (``packaging/freeze.py``: the same
exclusions, the same Qt plugins and translations, one folder, no UPX), built here in a temporary
folder. Prints, for both and as ratios:
- the unpacked size and the .tar.gz size (goals: ours <= 1.6x the bare bundle, <= 80 MB);
- process start to main window shown (first paint), the median of ``--runs`` starts each,
  ours and the bare one alternating, offscreen (goal: <= 1.5x the bare window). Ours reports
  its first paint itself (``AUDITOR_STARTUP_PROBE``); the bare window the same way;
- the twenty largest parts of our bundle.

Needs ``dist/auditor/`` (``make bundle``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(__file__).with_name("out")
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))

import bundle as packaging_bundle  # noqa: E402
import freeze  # noqa: E402

from auditor.ui.app import STARTUP_PROBE_LINE, STARTUP_PROBE_VAR  # noqa: E402

BARE_SCRIPT = f"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


class MainWindow(QMainWindow):
    pass


class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"{STARTUP_PROBE_LINE} {{time.time():.4f}}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv[:1])
window = MainWindow()
table = QTableView(window)
table.setModel(QStandardItemModel(0, 10, table))
window.setCentralWidget(table)
window.resize(1200, 700)
window.show()
window.installEventFilter(Probe(window))  # as the application does: shown, not yet painted
app.exec()
"""

# The bare window's spec: build.spec's settings without the application's data files.
BARE_SPEC = """
import sys
sys.path.insert(0, {packaging!r})
import freeze

a = Analysis([{script!r}], hooksconfig={{"matplotlib": {{"backends": freeze.MATPLOTLIB_BACKENDS}}}},
             excludes=freeze.EXCLUDES, noarchive=False, optimize=freeze.OPTIMIZE)
a.binaries, a.datas = freeze.trim(a.binaries, a.datas, workpath)
pyz = PYZ(a.pure)
pyz.dependencies = freeze.stripped(pyz.dependencies, workpath)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="bare", console=True, upx=False,
          strip=False)
coll = COLLECT(exe, a.binaries, a.datas, strip=False, upx=False, name="bare")
"""


def build_baseline(work: Path) -> Path:
    script = work / "bare.py"
    script.write_text(textwrap.dedent(BARE_SCRIPT), encoding="utf-8")
    spec = work / "bare.spec"
    spec.write_text(BARE_SPEC.format(packaging=str(ROOT / "packaging"), script=str(script)),
                    encoding="utf-8")
    print("building the bare PySide6 window with the same settings ...", flush=True)
    packaging_bundle.run_pyinstaller(spec, work / "dist", work / "build")
    return work / "dist" / "bare"


def prepare_database(work: Path) -> Path:
    """A small demo database with a current auditor: the window comes first, as for a user."""
    from auditor.db.database import open_database
    from auditor.db.models import AuditorProfile
    from auditor.db.settings import CURRENT_PROFILE
    from auditor.demo import build_demo

    path = work / "bench.sqlite"
    database = open_database(path)
    build_demo(database, companies=12, seed=2024)
    with database.transaction() as session:
        profile = AuditorProfile(full_name="Бенчмарк Аудитор", auditor_code="BENCH",
                                 language="kk", installation_id=database.installation_id)
        session.add(profile)
    database.set_setting(CURRENT_PROFILE, str(profile.id))
    database.close()
    return path


def seconds_to_window(executable: Path, args: list[str], env: dict[str, str]) -> float:
    started = time.time()
    result = subprocess.run([str(executable), *args], capture_output=True, text=True,
                            timeout=120, env=env, check=True)
    lines = [line for line in result.stdout.splitlines() if line.startswith(STARTUP_PROBE_LINE)]
    if not lines:
        raise RuntimeError(f"{executable.name} never reported its window: {result.stderr}")
    return float(lines[-1].split()[-1]) - started


def parts(folder: Path) -> Counter[str]:
    """Sizes of the bundle's parts: packages and libraries, Qt's libraries one by one."""
    sizes: Counter[str] = Counter()
    internal = folder / "_internal"
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        relative = path.relative_to(internal) if path.is_relative_to(internal) else None
        if relative is None:
            name = f"{path.name} (executable)"
        elif relative.parts[0] == "PySide6":
            inside = relative.parts[1:]
            if inside[:2] == ("Qt", "lib"):
                name = f"PySide6/Qt/lib/{inside[2]}"
            elif inside[:1] == ("Qt",):
                name = f"PySide6/Qt/{inside[1]}"
            else:
                name = "PySide6 bindings"
        elif relative.parts[0] == "python3.11" or relative.parts[0].startswith("python3"):
            name = "Python extension modules (lib-dynload)"
        elif len(relative.parts) == 1:
            name = relative.parts[0]
        else:
            name = relative.parts[0] + "/"
        sizes[name] += path.lstat().st_size
    return sizes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--keep-baseline", action="store_true",
                        help=f"keep the bare bundle in {OUT / 'bare-bundle'}")
    args = parser.parse_args()

    ours = packaging_bundle.bundle_dir()
    executable = ours / freeze.EXECUTABLE
    if not executable.exists():
        print("no dist/auditor/: run `make bundle` first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as temp:
        work = Path(temp)
        bare = build_baseline(work)
        if args.keep_baseline:
            shutil.rmtree(OUT / "bare-bundle", ignore_errors=True)
            shutil.copytree(bare, OUT / "bare-bundle", symlinks=True)

        our_size, bare_size = (packaging_bundle.folder_size(f) for f in (ours, bare))
        our_tar = packaging_bundle.make_archive(ours, work / "ours.tar.gz").stat().st_size
        bare_tar = packaging_bundle.make_archive(bare, work / "bare.tar.gz").stat().st_size

        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", STARTUP_PROBE_VAR: "1"}
        database = prepare_database(work)
        ours_args = ["--db", str(database)]
        seconds_to_window(bare / "bare", [], env)  # warm the file cache for both
        seconds_to_window(executable, ours_args, env)
        ours_times, bare_times = [], []
        for _ in range(args.runs):
            bare_times.append(seconds_to_window(bare / "bare", [], env))
            ours_times.append(seconds_to_window(executable, ours_args, env))

    mb = 1e6
    o, b = statistics.median(ours_times) * 1000, statistics.median(bare_times) * 1000
    print()
    print(f"{'':<34}{'ours':>12}{'bare window':>14}{'ratio':>9}   goal")
    print(f"{'unpacked':<34}{our_size / mb:>9.1f} MB{bare_size / mb:>11.1f} MB"
          f"{our_size / bare_size:>8.2f}x   <= 1.6x")
    print(f"{'tar.gz':<34}{our_tar / mb:>9.1f} MB{bare_tar / mb:>11.1f} MB"
          f"{our_tar / bare_tar:>8.2f}x   <= 80 MB")
    print(f"{f'start to main window (median of {args.runs})':<34}{o:>9.0f} ms{b:>11.0f} ms"
          f"{o / b:>8.2f}x   <= 1.5x")
    print(f"{'  min-max':<34}{min(ours_times) * 1000:>5.0f}-{max(ours_times) * 1000:.0f} ms"
          f"{min(bare_times) * 1000:>7.0f}-{max(bare_times) * 1000:.0f} ms")
    print()
    print("the twenty largest parts of the bundle:")
    for name, size in parts(ours).most_common(20):
        print(f"  {size / mb:7.1f} MB  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
