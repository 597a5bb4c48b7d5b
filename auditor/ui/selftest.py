"""The steps of ``auditor self-test`` that need Qt (the core steps are in ``auditor.selftest``).

They run on the offscreen platform, so they work over a remote shell and on a machine with no
display. The platform plugin of a real display is loaded too, without opening a window: that is
where a missing system library shows on a user's machine (``libxcb-cursor0`` on Linux). No step
can hang: a dialog that opens is closed and named as the failure, and waiting has a limit.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.selftest import CHART, CHART_FIGURE, DEMO, LAPTOP_DB, Context, Step, StepFailed

PLATFORM = "platform plugin of the display loads"
TRANSLATIONS = "UI translations loaded"
FONT = "bundled font registered"
WINDOW = "main window shown offscreen"
CHART_WINDOW = "chart drawn in a window (QtAgg)"

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

WINDOW_TIMEOUT_S = 90.0  # the list of one audit is read in well under a second

# Qt is imported inside each step: where its libraries cannot load, every step says so on its
# own line instead of the whole self-test ending in an import error.


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Offscreen: the same result with or without a display, and no window pops up on the
    # user's screen. Set before the application exists, as Qt reads it then.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    from auditor.ui.app import create_application

    def quiet(kind: QtMsgType, context: object, message: str) -> None:
        # The offscreen platform warns about what it cannot do for windows (size hints): not
        # the user's concern. Anything else Qt says is passed on.
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    return create_application()


def _display_plugin() -> tuple[str, str]:
    """The platform plugin a window on this system's display uses: (name, file name)."""
    if sys.platform == "win32":
        return "windows", "qwindows.dll"
    if sys.platform == "darwin":
        return "cocoa", "libqcocoa.dylib"
    return "xcb", "libqxcb.so"


def _platform(context: Context) -> str:
    from PySide6.QtCore import QLibraryInfo, QPluginLoader

    _application()
    name, file_name = _display_plugin()
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    path = plugins / "platforms" / file_name
    if not path.is_file():
        raise StepFailed(f"the {name} platform plugin is missing ({file_name})")
    loader = QPluginLoader(str(path))
    if not loader.load():
        # Qt names the system library that is missing, e.g. libxcb-cursor.so.0.
        raise StepFailed(f"the {name} platform plugin cannot load: {loader.errorString()}")
    loader.unload()
    return f"{name}; offscreen used here"


def _translations(context: Context) -> str:
    from PySide6.QtCore import QCoreApplication

    from auditor.ui.i18n import LANGUAGES, install_translator

    app = _application()
    loaded = []
    try:
        for lang in LANGUAGES:
            translator = install_translator(app, lang)  # kk, ru: raises when the file is missing
            if translator is None or translator.isEmpty():
                raise StepFailed(f"the {lang} translation is missing or empty")
            if lang == "en":
                # English holds the plural forms only: "%n byte(s)" must come out as words.
                if QCoreApplication.translate("AttachmentListModel", "%n byte(s)", None, 2) != (
                    "2 bytes"
                ):
                    raise StepFailed("the English plural forms are not applied")
            # Qt's own buttons (Cancel, Yes, No) come from the translations Qt ships.
            elif QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel":
                raise StepFailed(f"Qt's own {lang} texts are missing (qtbase_{lang}.qm)")
            loaded.append(lang)
    finally:
        install_translator(app, "kk")
    return ", ".join(loaded) + " with Qt's own texts"


def _font(context: Context) -> str:
    from PySide6.QtGui import QFont

    from auditor.ui.fonts import register_fonts, renders_kazakh

    _application()
    families = register_fonts()
    if "DejaVu Sans" not in families:
        raise StepFailed(f"DejaVu Sans not registered (found: {', '.join(families) or 'none'})")
    if not renders_kazakh(QFont("DejaVu Sans")):
        raise StepFailed("DejaVu Sans lacks Kazakh letters")
    return ", ".join(families)


def _wait_until(condition: Callable[[], bool], timeout: float) -> bool:
    """Run the event loop until ``condition`` holds or ``timeout`` seconds passed."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return True
    loop = QEventLoop()
    deadline = time.monotonic() + timeout

    def check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    return condition()


class _DialogGuard:
    """Closes any dialog that opens (nobody is there to answer it) and remembers its text."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.seen: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._close_dialogs)
        self._timer.start()

    def _close_dialogs(self) -> None:
        from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        text = widget.text() if isinstance(widget, QMessageBox) else widget.windowTitle()
        self.seen.append(" ".join(text.split()) or type(widget).__name__)
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    def stop(self) -> None:
        self._timer.stop()


def _main_window(context: Context) -> str:
    from PySide6.QtWidgets import QApplication

    from auditor.ui.app import Startup
    from auditor.ui.i18n import current_language

    app = _application()
    quits: list[int] = []
    guard = _DialogGuard()
    startup = Startup(app, context.made[LAPTOP_DB], quit=quits.append,
                      log_dir=lambda: context.work)
    window = None
    try:
        window = startup.show_window()  # a dialog opening here is closed by the guard
        if guard.seen:
            raise StepFailed(f"a dialog opened: {guard.seen[0]}")
        if window is None:
            raise StepFailed("the application ended before showing its window")
        shown = []
        window.first_shown.connect(lambda: shown.append(True))
        ready = _wait_until(
            lambda: bool(guard.seen or quits)
            or (bool(shown) and window.model.rowCount() > 0 and window.exchange_menu_tried),
            WINDOW_TIMEOUT_S,
        )
        if guard.seen:
            raise StepFailed(f"a dialog opened: {guard.seen[0]}")
        if quits:
            raise StepFailed(f"the application asked to end with code {quits[0]}")
        if not ready:
            raise StepFailed(f"the window was not ready within {WINDOW_TIMEOUT_S:.0f} s")
        if window.exchange_menu is None:
            raise StepFailed("the Exchange menu is missing (see auditor.log)")
        rows, language = window.model.rowCount(), current_language()
        title = window.windowTitle()
    finally:
        guard.stop()
        if window is not None:
            window.close()
            window.deleteLater()
        startup.close()
        QApplication.processEvents()
    return f"'{title}', {rows} audit listed, menus in {language}, Exchange menu present"


def _chart_window(context: Context) -> str:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    _application()
    canvas = FigureCanvasQTAgg(context.made[CHART_FIGURE])  # type: ignore[no-untyped-call]
    try:
        canvas.resize(700, 400)
        canvas.show()
        canvas.draw()  # type: ignore[no-untyped-call]
        image = canvas.grab().toImage()
        if image.isNull() or image.width() == 0:
            raise StepFailed("the chart canvas drew nothing")
        path = context.work / "chart-window.png"
        image.save(str(path))
    finally:
        canvas.close()
        canvas.deleteLater()
    return f"{path.name}, {image.width()}x{image.height()}"


def ui_steps() -> list[Step]:
    return [
        Step(PLATFORM, _platform),
        Step(TRANSLATIONS, _translations),
        Step(FONT, _font),
        Step(WINDOW, _main_window, needs=(DEMO,)),
        Step(CHART_WINDOW, _chart_window, needs=(CHART,)),
    ]
