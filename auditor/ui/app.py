"""Starting the desktop application: the Qt application, the window, the database, the auditor.

The main window is shown first and the rest follows. A quick read-only look at the database
file (plain ``sqlite3``, a few milliseconds) tells the current auditor's interface language, so
the window is painted in it at once; the database layer (SQLAlchemy, the migrations check) is
loaded and the database opened on a worker after that first paint, and the list fills in when
its rows are read. Only a start that needs the database before anything else, the first start
(the auditor fills in a profile and chooses the language) or a file the quick look cannot read,
opens it first. With an empty database the window offers demo data. Anything unexpected from
here on is logged to the data directory and shown with where the log is.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from auditor import APP_NAME, __version__
from auditor.db.instance import MSG_OPEN_ELSEWHERE, InstanceLock, hold_instance_lock
from auditor.db.peek import peek_profile_language
from auditor.domain.text import Text
from auditor.resources import ICON_PNG
from auditor.ui.errors import describe_unexpected, install_excepthook, setup_logging, user_message
from auditor.ui.fonts import register_fonts
from auditor.ui.i18n import LANGUAGES, current_language, install_translator, system_language
from auditor.ui.main.audit_list import AuditListModel, load_audit_rows
from auditor.ui.main.dialogs import ProfileDialog, load_current_profile
from auditor.ui.main.window import MainWindow
from auditor.ui.operations import Progress, run_operation

if TYPE_CHECKING:
    from auditor.db.database import Database
    from auditor.db.listing import AuditRow
    from auditor.db.models import AuditorProfile

__all__ = [
    "APP_NAME",
    "AuditListModel",
    "MainWindow",
    "Startup",
    "create_application",
    "load_audit_rows",
    "open_main_window",
    "peek_profile_language",
    "run_app",
]

ORGANISATION = "PharmaCapacityAuditor"
DEMO_COMPANIES = 12
DEMO_SEED = 2024

# Set, the application prints "main window shown <epoch seconds>" when the main window is first
# painted and ends: how bench/bundle.py times a start of the packaged application.
STARTUP_PROBE_VAR = "AUDITOR_STARTUP_PROBE"
STARTUP_PROBE_LINE = "main window shown"


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
    if sys.platform.startswith("linux"):
        # Qt's own file dialog, translated with the rest (qtbase_kk, qtbase_ru): the desktop's
        # (GTK, portal) speaks the system's language, whatever the auditor chose.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANISATION)
    app.setWindowIcon(QIcon(str(ICON_PNG)))
    register_fonts()
    return app


class _StartupProbe(QObject):
    """Installed on the main window: prints when it is first painted, then ends the
    application. (On the window alone: a filter on the whole application would run Python for
    every event of every widget, and slow down the start it measures.)"""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"{STARTUP_PROBE_LINE} {time.time():.4f}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def _first_start_profile(
    database: Database, parent: QWidget | None = None
) -> AuditorProfile | None:
    dialog = ProfileDialog(database, None, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.profile


def open_main_window(
    app: QApplication, database: Database, lang: str | None = None
) -> MainWindow | None:
    """Find the auditor (asking on first start), set the language and show the main window
    of an open ``database``.

    Without ``lang`` the first start speaks the system's language (:func:`system_language`)
    until the auditor chooses one in the profile.

    Returns None when the first-start profile was cancelled: the user chose to quit.
    """
    install_translator(app, lang if lang in LANGUAGES else system_language())
    profile = load_current_profile(database)
    if profile is None and not database.read_only:
        profile = _first_start_profile(database)
        if profile is None:
            return None
    language = profile.language if profile is not None else lang
    if language in LANGUAGES and language != current_language():
        install_translator(app, language)
    window = MainWindow(database, profile)
    window.show()
    window.offer_demo_data(DEMO_COMPANIES, DEMO_SEED)
    return window


Opened = tuple["Database", "AuditorProfile | None", "list[AuditRow]"]


@contextmanager
def _collection_paused(*, freeze: bool) -> Iterator[None]:
    """No garbage collection while the database layer is imported and the list is read.

    Loading SQLAlchemy and the migrations makes hundreds of thousands of objects; full
    collections meanwhile walk them all, holding the interpreter (and so the window) for 50 to
    100 ms each. They are paused instead, and with ``freeze`` what exists by then (modules,
    the database layer, the rows) is moved out of the collector's sight for good: it lives as
    long as the application, and later collections stay short. Frozen objects are still freed
    as soon as nothing refers to them; only reference cycles among them are never collected.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        if freeze:
            gc.freeze()
    finally:
        if was_enabled:
            gc.enable()


class Startup:
    """The start of the application for the database at ``db_path``.

    :meth:`show_window` shows the main window; when the database could be peeked at it is
    opened behind the shown window, on a worker. ``quit(code)`` ends the application when
    that fails (1) or the first-start profile is cancelled there (0); by default
    ``app.exit``. The log goes to ``log_dir()``, set up before the database is opened (after
    the first paint when the window comes first). With ``freeze`` the objects made up to the
    list's rows are frozen for the garbage collector (see :func:`_collection_paused`); that is
    for the application's own process. :meth:`close` closes the database, also one opened
    after the window was closed.
    """

    def __init__(
        self,
        app: QApplication,
        db_path: Path,
        lang: str | None = None,
        *,
        quit: Callable[[int], None] | None = None,
        log_dir: Callable[[], Path] | None = None,
        freeze: bool = False,
    ) -> None:
        self._app = app
        self._path = db_path
        self._lang = lang if lang in LANGUAGES else None
        self._quit = quit if quit is not None else app.exit
        self._log_dir = log_dir
        self._freeze = freeze
        self._opened: list[Database] = []  # appended to on the worker, read after it ended
        self._instance_lock: InstanceLock | None = None
        # Another running copy holds the database: this one is told, and only looks.
        self.read_only = False
        self.window: MainWindow | None = None
        self.exit_code = 0  # when show_window returned None

    def show_window(self) -> MainWindow | None:
        """Show the main window; None when the application is to end at once (see
        :attr:`exit_code`): the database cannot be used, or the first-start profile was
        cancelled."""
        lock = hold_instance_lock(self._path)
        self.read_only = lock is None
        self._instance_lock = lock
        language = peek_profile_language(self._path)
        if language is None:
            return self._open_then_show()
        install_translator(self._app, language)
        self._tell_if_read_only(language)
        window = MainWindow(None, None, path=self._path)
        window.first_shown.connect(self._open_behind)
        window.show()
        self.window = window
        return window

    def _tell_if_read_only(self, language: str) -> None:
        if self.read_only:
            QMessageBox.information(None, APP_NAME, MSG_OPEN_ELSEWHERE(language))

    def _start_logging(self) -> None:
        if self._log_dir is not None:
            setup_logging(self._log_dir())
            self._log_dir = None

    def _open_then_show(self) -> MainWindow | None:
        from auditor.db.database import DatabaseError, open_database

        self._start_logging()
        self._tell_if_read_only(self._lang or system_language())
        try:
            database = open_database(self._path, read_only=self.read_only)
        except DatabaseError as exc:
            QMessageBox.critical(None, APP_NAME, exc.reason(self._lang or system_language()))
            self.exit_code = 1
            return None
        self._opened.append(database)
        self.window = open_main_window(self._app, database, self._lang)
        return self.window

    def _open_behind(self) -> None:
        window = self.window
        if window is None or not window.is_opening:
            return
        self._start_logging()
        path, opened, freeze, read_only = self._path, self._opened, self._freeze, self.read_only

        def work(progress: Progress) -> Opened:
            with _collection_paused(freeze=freeze):
                from auditor.db.database import open_database

                def waiting(note: Text) -> None:
                    progress.note(note(current_language()))

                database = open_database(path, on_wait=waiting, read_only=read_only)
                opened.append(database)
                return database, load_current_profile(database), load_audit_rows(database)

        run_operation(
            window,
            APP_NAME,  # a failure is reported by _open_failed, not under this title
            work,
            on_success=self._opened_behind,
            on_failure=self._open_failed,
            on_note=window.show_opening_note,
            show_progress=False,
        )

    def _opened_behind(self, result: Opened) -> None:
        window = self.window
        if window is None:
            return
        database, profile, rows = result
        window.attach_database(database, profile, rows)
        if profile is None and not database.read_only:
            # The profile was removed since the quick look: a first start.
            profile = _first_start_profile(database, window)
            if profile is None:
                self._quit(0)
                return
            window.set_profile(profile)
        if (profile is not None and profile.language in LANGUAGES
                and profile.language != current_language()):
            install_translator(self._app, profile.language)
        window.offer_demo_data(DEMO_COMPANIES, DEMO_SEED)

    def _open_failed(self, error: BaseException) -> None:
        message = user_message(error)
        QMessageBox.critical(
            self.window, APP_NAME, message if message is not None else describe_unexpected(error)
        )
        self._quit(1)

    def close(self) -> None:
        """Stop the list's background work and close the database (after work using it)."""
        if self.window is not None:
            self.window.model.stop_background_work()
        # Work still running uses the database; let it end before the file is closed.
        QThreadPool.globalInstance().waitForDone(10_000)
        for database in self._opened:
            database.close()
        self._opened.clear()
        if self._instance_lock is not None:
            self._instance_lock.release()
            self._instance_lock = None


def _data_dir() -> Path:
    # The log lives in the user's data directory whatever database is opened. Looked up when
    # the log is started (platformdirs is not needed before the window shows).
    from auditor.db.location import data_dir

    return data_dir()


def run_app(db_path: Path, lang: str | None = None) -> int:
    """The desktop application: 0 when the user quits, 1 when the database cannot be used."""
    app = create_application()
    install_excepthook()
    startup = Startup(app, db_path, lang, log_dir=_data_dir, freeze=True)
    try:
        window = startup.show_window()
        if window is None:
            return startup.exit_code
        if os.environ.get(STARTUP_PROBE_VAR):
            # Shown, not painted yet: that happens in the event loop below.
            window.installEventFilter(_StartupProbe(window))
        return int(app.exec())
    finally:
        startup.close()
