"""Screenshots for the documentation: the first start, the main window, the audit editor and the
conflicts of consolidation in each language.

    make screenshots        (or: .venv/bin/python scripts/screenshots.py)

Taken from real windows on an X server: Xvfb is started when no display is set. The pictures go
to docs/screenshots/{first-start,main,editor,conflicts}-{kk,ru,en}.png; the README shows them.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TARGET = ROOT / "docs" / "screenshots"
SCREEN = (1600, 1000)


def start_display() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        return None
    if shutil.which("Xvfb") is None:
        sys.exit("Xvfb is needed for screenshots: bash scripts/system-deps.sh gui")
    display = ":97"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    os.environ["DISPLAY"] = display
    return server


def main() -> None:
    server = start_display()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    try:
        take_screenshots()
    finally:
        if server is not None:
            server.terminate()


def settle(seconds: float = 0.6) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def grab(window: object, path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    window.raise_()
    window.activateWindow()
    settle()
    frame = window.frameGeometry()
    screen = window.screen()
    picture = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    picture.save(str(path))
    print(f"  {path.relative_to(ROOT)}  {picture.width()}x{picture.height()}")


def add_conflicts(database: object, work: Path, audit_ids: list[object]) -> None:
    """Two of the audits as an auditor finalized them on a copy of this database, with other
    answers: imported, they are conflicts for the ministry to settle."""
    from sqlalchemy import select

    from auditor.db.audits import finalize_audit
    from auditor.db.database import Database, open_database
    from auditor.db.models import Audit
    from auditor.exchange.consolidate import Consolidator
    from auditor.exchange.export import export_package

    assert isinstance(database, Database)
    copy = work / "laptop.sqlite"
    with sqlite3.connect(database.path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    laptop = open_database(copy)
    with laptop.transaction() as session:
        for audit in session.scalars(select(Audit).where(Audit.id.in_(audit_ids))):
            audit.staff_total = (audit.staff_total or 0) + 12
            audit.revenue_kzt = (audit.revenue_kzt or 0) + 450_000_000
            audit.findings = "Склад готовой продукции проверен повторно; замечания устранены."
            if audit.products:
                audit.products[0].annual_volume = (audit.products[0].annual_volume or 0) * 1.25
            if audit.contracts:
                audit.contracts.pop()
            finalize_audit(session, audit, representative_name="Ержанов Б.",
                           representative_position="Директор")
    package = export_package(laptop, work / "almaty-2026-03.xlsx", audit_ids).path
    laptop.close()
    Consolidator(database).run([package])


def take_screenshots() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from auditor.db.database import open_database
    from auditor.db.models import Audit, AuditorProfile, Company
    from auditor.db.settings import CURRENT_PROFILE
    from auditor.demo import build_demo
    from auditor.ui.app import create_application
    from auditor.ui.editor.editor import AuditEditor
    from auditor.ui.exchange.conflicts import ConflictsWindow
    from auditor.ui.i18n import install_translator
    from auditor.ui.main.dialogs import ProfileDialog
    from auditor.ui.main.window import MainWindow
    from auditor.ui.operations.audit import read_document
    from auditor.ui.operations.writer import DatabaseWriter

    TARGET.mkdir(parents=True, exist_ok=True)
    app = create_application()
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as work:
        database = open_database(Path(work) / "screens.sqlite")
        build_demo(database, companies=24, seed=2024)
        with database.transaction() as session:
            profile = AuditorProfile(
                full_name="Айгерім Сәрсенбаева", auditor_code="AUD-017",
                organisation="Денсаулық сақтау министрлігі", region_code="71", language="kk",
                installation_id=database.installation_id,
            )
            session.add(profile)
            session.flush()
            database_profile_id = profile.id
            # A well-known producer with production lines, for the editor picture.
            audit_id = session.scalars(
                select(Audit.id).join(Company).order_by(Company.created_at).limit(1)
            ).one()
        with database.session() as session:
            conflicting = list(session.scalars(
                select(Audit.id).join(Company).order_by(Company.created_at).limit(2)))
        add_conflicts(database, Path(work), list(conflicting))
        database.set_setting(CURRENT_PROFILE, str(database_profile_id))
        with database.session() as session:
            profile = session.get(AuditorProfile, database_profile_id)
        for lang in ("kk", "ru", "en"):
            print(lang)
            install_translator(app, lang)
            fresh = open_database(Path(work) / f"first-{lang}.sqlite")
            first = ProfileDialog(fresh, None)  # what a new database asks before any window
            first.move(20, 20)
            first.show()
            grab(first, TARGET / f"first-start-{lang}.png")
            first.reject()
            settle(0.2)
            fresh.close()
            window = MainWindow(database, profile)
            window.resize(1440, 820)
            window.move(20, 20)
            window.show()
            deadline = time.perf_counter() + 60
            while not window.model.statistics_ready() and time.perf_counter() < deadline:
                settle(0.1)
            grab(window, TARGET / f"main-{lang}.png")
            editor = AuditEditor(database, read_document(database, audit_id), actor="AUD-017",
                                 parent=window)
            editor.setWindowFlag(Qt.WindowType.Window)
            editor.resize(1440, 900)
            editor.move(40, 40)
            editor.show()
            editor.show_page(0)  # company and sites: single answers, hints, a repeat table
            grab(editor, TARGET / f"editor-{lang}.png")
            editor.close()
            conflicts = ConflictsWindow(database, DatabaseWriter(database, window),
                                        actor=lambda: "AUD-017", parent=window)
            conflicts.move(60, 60)
            conflicts.show()
            deadline = time.perf_counter() + 60
            while conflicts.busy and time.perf_counter() < deadline:
                settle(0.1)
            grab(conflicts, TARGET / f"conflicts-{lang}.png")
            conflicts.close()
            window.close()
            settle(0.2)
        database.close()


if __name__ == "__main__":
    main()
