"""Starting the desktop application: the Qt application, the database, the auditor, the window.

On first start the auditor fills in a profile (and chooses the interface language); with an
empty database the window offers demo data. Anything unexpected from here on is logged to the
data directory and shown with where the log is.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from auditor import __version__
from auditor.db.database import Database, DatabaseError, open_database
from auditor.db.models import AuditorProfile
from auditor.ui.audit_list import AuditListModel, load_audit_rows
from auditor.ui.dialogs import ProfileDialog, load_current_profile
from auditor.ui.errors import install_excepthook, setup_logging
from auditor.ui.fonts import register_fonts
from auditor.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES, current_language, install_translator
from auditor.ui.main_window import MainWindow

__all__ = [
    "APP_NAME",
    "AuditListModel",
    "MainWindow",
    "create_application",
    "load_audit_rows",
    "open_main_window",
    "run_app",
]

APP_NAME = "Pharma Capacity Auditor"
ORGANISATION = "PharmaCapacityAuditor"
DEMO_COMPANIES = 12
DEMO_SEED = 2024


def create_application() -> QApplication:
    """The Qt application, set up for sharp text at any display scale and for Kazakh letters."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # Fractional scales (125 %, 150 % on laptops) are used as they are instead of being
        # rounded, so text and widgets keep their intended size.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANISATION)
    register_fonts()
    return app


def _first_start_profile(database: Database) -> AuditorProfile | None:
    dialog = ProfileDialog(database, None)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.profile


def open_main_window(
    app: QApplication, database: Database, lang: str | None = None
) -> MainWindow | None:
    """Find the auditor (asking on first start), set the language and show the main window.

    Returns None when the first-start profile was cancelled: the user chose to quit.
    """
    install_translator(app, lang if lang in LANGUAGES else DEFAULT_LANGUAGE)
    profile = load_current_profile(database)
    if profile is None:
        profile = _first_start_profile(database)
        if profile is None:
            return None
    language = profile.language or lang
    if language in LANGUAGES and language != current_language():
        install_translator(app, language)
    window = MainWindow(database, profile)
    window.show()
    window.offer_demo_data(DEMO_COMPANIES, DEMO_SEED)
    return window


def run_app(db_path: Path, lang: str | None = None) -> int:
    """The desktop application: 0 when the user quits, 1 when the database cannot be used."""
    # The log lives in the user's data directory whatever database is opened.
    from auditor.db.location import data_dir

    app = create_application()
    setup_logging(data_dir())
    install_excepthook()
    try:
        database = open_database(db_path)
    except DatabaseError as exc:
        QMessageBox.critical(None, APP_NAME, exc.reason(lang or DEFAULT_LANGUAGE))
        return 1
    try:
        window = open_main_window(app, database, lang)
        if window is None:
            return 0
        code = int(app.exec())
        window.model.stop_background_work()
        # Work still running uses the database; let it end before the file is closed.
        QThreadPool.globalInstance().waitForDone(10_000)
        return code
    finally:
        database.close()

