"""Desktop application figures, each beside a baseline from the same run.

    .venv/bin/python bench/ui.py [--companies 3000] [--runs 7]

Prints:
- process start to main window shown, ours (3,000-company database) beside a bare PySide6
  window with a table, both started the same way: a new Python process (goal <= 2x the bare one);
- opening the audit with the most products in the editor (goal <= 150 ms);
- filtering the list of 3,000 companies, per keystroke (goal <= 50 ms), beside a plain
  QSortFilterProxyModel over a QStandardItemModel with the same rows;
- the longest GUI-thread stall while a large export runs on a worker (goal <= 100 ms), beside
  the same export run on the GUI thread (what a window without workers would freeze for).

Runs offscreen unless a display is set. The demo database is built once into bench/out/
(``bench/db.py`` makes the same one) and copied, so runs never change it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = Path(__file__).with_name("out")

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The child process measures from the moment the parent started it to the window's first paint.
_START_CHILD = r"""
import sys, time
started = float(sys.argv[1])
kind = sys.argv[2]
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.isWindow() \
                and type(obj).__name__ == "MainWindow":
            print(f"{time.time() - started:.4f}", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
            QApplication.instance().removeEventFilter(self)
        return False

if kind == "bare":
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QTableView
    app = QApplication(sys.argv[:1])
    watcher = FirstPaint(); app.installEventFilter(watcher)
    class MainWindow(QMainWindow):
        pass
    window = MainWindow()
    table = QTableView(window)
    table.setModel(QStandardItemModel(0, 10, table))
    window.setCentralWidget(table)
    window.resize(1200, 700)
    window.show()
    app.exec()
else:
    app = QApplication(sys.argv[:1])
    watcher = FirstPaint(); app.installEventFilter(watcher)
    from auditor.ui.app import run_app
    run_app(__import__("pathlib").Path(sys.argv[3]), lang="ru")
"""


def seconds_to_first_paint(kind: str, db: Path | None) -> float:
    started = time.time()
    args = [sys.executable, "-c", _START_CHILD, repr(started), kind]
    if db is not None:
        args.append(str(db))
    output = subprocess.run(
        args, capture_output=True, text=True, timeout=120, cwd=ROOT, check=True
    ).stdout.strip().splitlines()
    return float(output[-1])


def prepare_database(companies: int, work: Path) -> tuple[Path, uuid.UUID]:
    from sqlalchemy import func, select

    from auditor.db.database import CURRENT_PROFILE, open_database
    from auditor.db.demo import build_demo
    from auditor.db.models import AuditorProfile, Product

    OUT.mkdir(exist_ok=True)
    source = OUT / f"demo-{companies}.sqlite"
    if not source.exists():
        print(f"building the {companies}-company demo database once into {source} ...")
        database = open_database(source)
        build_demo(database, companies=companies, seed=2024)
        database.close()
    path = work / "bench.sqlite"
    shutil.copyfile(source, path)
    database = open_database(path)
    with database.transaction() as session:
        profile = AuditorProfile(
            full_name="Бенчмарк Аудитор", auditor_code="BENCH", language="ru",
            installation_id=database.installation_id,
        )
        session.add(profile)
        session.flush()
        profile_id = profile.id
        biggest = session.execute(
            select(Product.audit_id, func.count()).group_by(Product.audit_id)
            .order_by(func.count().desc()).limit(1)
        ).one()
    database.set_setting(CURRENT_PROFILE, str(profile_id))
    database.close()
    print(f"database: {companies} companies; biggest audit has {biggest[1]} products")
    return path, biggest[0]


def measure_start(db: Path, runs: int) -> None:
    ours: list[float] = []
    bare: list[float] = []
    seconds_to_first_paint("bare", None)  # warm the file cache for both
    seconds_to_first_paint("ours", db)
    for _ in range(runs):
        bare.append(seconds_to_first_paint("bare", None))
        ours.append(seconds_to_first_paint("ours", db))
    o, b = statistics.median(ours) * 1000, statistics.median(bare) * 1000
    print(f"{'start to main window shown':<46} ours {o:7.0f} ms   bare window {b:6.0f} ms"
          f"   ratio {o / b:.2f}x   (goal <= 2x)")


def pump_until(app: object, condition: object, timeout: float = 120.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + timeout
    while not condition():  # type: ignore[operator]
        QApplication.processEvents()
        time.sleep(0.002)
        if time.perf_counter() > deadline:
            raise TimeoutError("the application did not finish in time")


def measure_in_process(db: Path, audit_id: uuid.UUID, runs: int) -> None:
    from PySide6.QtCore import QElapsedTimer, QSortFilterProxyModel, Qt, QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from auditor.db.database import CURRENT_PROFILE, open_database
    from auditor.db.models import AuditorProfile
    from auditor.exchange.export import export_package
    from auditor.ui.editor.editor import AuditEditor
    from auditor.ui.i18n import install_translator
    from auditor.ui.main_window import MainWindow
    from auditor.ui.operations import run_operation

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translator(app, "ru")
    database = open_database(db)
    with database.session() as session:
        profile = session.get(AuditorProfile, uuid.UUID(database.setting(CURRENT_PROFILE) or ""))
    window = MainWindow(database, profile)
    window.show()
    pump_until(app, lambda: window.model.rowCount() > 0)
    # Let the background job that counts errors and completeness finish first: it shares the
    # interpreter with the GUI thread and would blur the figures below.
    pump_until(app, window.model.statistics_ready, timeout=1800)

    # --- opening the biggest audit ---
    samples = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        editor = AuditEditor(database, audit_id, actor="BENCH", parent=window)
        editor.show()
        QApplication.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
        editor.close()
        editor.deleteLater()
        QApplication.processEvents()
    samples = samples[1:]
    print(f"{'open the biggest audit in the editor':<46} p50 {statistics.median(samples):7.1f} ms"
          f"   max {max(samples):7.1f} ms   (goal <= 150 ms)")

    # --- filtering 3,000 companies ---
    rows = window.model.rowCount()
    typed = "фарм"

    def keystrokes(edit_text: object) -> list[float]:
        times = []
        for _ in range(runs):
            for n in range(1, len(typed) + 1):
                start = time.perf_counter()
                edit_text(typed[:n])  # type: ignore[operator]
                QApplication.processEvents()
                times.append((time.perf_counter() - start) * 1000)
            edit_text("")  # type: ignore[operator]
            QApplication.processEvents()
        return times

    ours = keystrokes(window.search_edit.setText)
    plain = QStandardItemModel()
    for row in range(rows):
        plain.appendRow([
            QStandardItem(str(window.model.index(row, column).data() or ""))
            for column in range(window.model.columnCount())
        ])
    plain_proxy = QSortFilterProxyModel()
    plain_proxy.setSourceModel(plain)
    plain_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    plain_proxy.setFilterKeyColumn(-1)
    plain_view = QTableView()
    plain_view.setModel(plain_proxy)
    plain_view.show()
    baseline = keystrokes(plain_proxy.setFilterFixedString)
    o, b = statistics.median(ours), statistics.median(baseline)
    print(f"{f'filter {rows} rows, per keystroke':<46} p50 {o:7.1f} ms   max {max(ours):7.1f} ms"
          f"   plain proxy p50 {b:6.1f} ms   (goal <= 50 ms)")
    plain_view.close()

    # --- GUI-thread stall during a large export ---
    target = db.with_name("export.xlsx")
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    with database.session() as session:
        from sqlalchemy import select

        from auditor.db.models import Audit

        ids = list(session.scalars(select(Audit.id).limit(300)))
    timer.start()
    start = time.perf_counter()
    operation = run_operation(
        window, "export", lambda progress: export_package(database, target, ids, progress=progress)
    )
    pump_until(app, lambda: operation.done, timeout=900)
    timer.stop()
    worker_seconds = time.perf_counter() - start
    start = time.perf_counter()
    export_package(database, target, ids)
    blocking = (time.perf_counter() - start) * 1000
    print(f"{f'longest GUI stall, export of {len(ids)} audits':<46} "
          f"{max(gaps):7.0f} ms ({worker_seconds:.1f} s on a worker)   "
          f"on the GUI thread: frozen {blocking:7.0f} ms   (goal <= 100 ms)")
    window.close()
    database.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--companies", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print(f"Qt platform: {os.environ.get('QT_QPA_PLATFORM') or 'default (display)'}")
    with tempfile.TemporaryDirectory() as work:
        db, audit_id = prepare_database(args.companies, Path(work))
        measure_start(db, args.runs)
        measure_in_process(db, audit_id, args.runs)


if __name__ == "__main__":
    main()
