"""The main window's shortcuts work wherever the focus is, the search box included.

On X11 a text box takes some Ctrl keys for editing (Ctrl+E: end of line, Ctrl+U: delete to the
start); the offscreen platform of the other tests does not, so this is tried in a real X
server (Xvfb, which CI installs with the system libraries)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.qt

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from auditor.ui.app import create_application
from auditor.ui.main.window import MainWindow

app = create_application()
window = MainWindow(None, None, path=Path(sys.argv[1]))
fired = []

def bind(owner, keys):
    action = QAction(keys, owner)
    action.setShortcut(QKeySequence(keys))
    action.triggered.connect(lambda _=False: fired.append(keys))
    owner.addAction(action)

bind(window, "Ctrl+U")
bind(window, "Del")
bind(window.menuBar().addMenu("Exchange"), "Ctrl+E")  # as the Exchange menu binds export
window.show()
window.activateWindow()
QTest.qWaitForWindowActive(window)
search = window.search_edit
search.setFocus()
search.setText("abc")
search.setCursorPosition(0)
QTest.keyClick(search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
QTest.keyClick(search, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
QTest.keyClick(search, Qt.Key.Key_Delete)
print(json.dumps({"platform": app.platformName(), "fired": fired, "text": search.text(),
                  "focus": search.hasFocus()}))
window.model.stop_background_work()
"""


def test_window_shortcuts_win_over_the_search_box_on_x11(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24",
         sys.executable, "-c", SCRIPT, str(tmp_path / "auditor.sqlite")],
        env=env, cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True,
        timeout=120, check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["platform"] == "xcb" and result["focus"]
    # Ctrl+E and Ctrl+U reach the window; Delete stays with the text box and deletes a letter.
    assert result["fired"] == ["Ctrl+E", "Ctrl+U"]
    assert result["text"] == "bc"
