"""How a start of the (packaged) application is timed: asked through the environment, it says
when the main window is first painted and ends by itself, with success."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from auditor.db.database import open_database
from auditor.ui.app import STARTUP_PROBE_LINE, STARTUP_PROBE_VAR
from tests.helpers.profiles import add_profile

pytestmark = pytest.mark.qt


def test_the_first_paint_is_reported_and_the_application_ends(tmp_path: Path) -> None:
    path = tmp_path / "auditor.sqlite"
    database = open_database(path)
    add_profile(database, "kk")
    database.close()
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-m", "auditor", "--db", str(path)],
        capture_output=True, text=True, timeout=120, check=False,
        cwd=Path(__file__).parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", STARTUP_PROBE_VAR: "1"},
    )
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    label, at = line.rsplit(" ", 1)
    assert label == STARTUP_PROBE_LINE and started < float(at) < time.time()
