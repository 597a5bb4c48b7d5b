"""What the packaged application's tests share: the bundle, its executable, a clean
environment for it (no display, no project on the path), and the source tree's command."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="session")
def bundle(pytestconfig: pytest.Config) -> Path:
    folder = Path(pytestconfig.getoption("--bundle")).resolve()
    executable = folder / ("auditor.exe" if sys.platform == "win32" else "auditor")
    if not executable.is_file():
        pytest.fail(f"no packaged application in {folder}: run `make bundle` first")
    return folder


def clean_environment(home: Path) -> dict[str, str]:
    """A user's environment: own home and data directory, no display, nothing of the project."""
    env = {
        key: value for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "QT_", "AUDITOR_", "VIRTUAL_ENV", "XDG_"))
        and key not in ("DISPLAY", "WAYLAND_DISPLAY")
    }
    env.update(HOME=str(home), LANG="C.UTF-8")
    return env


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def frozen(bundle: Path, home: Path) -> Run:
    """Runs the packaged ``auditor`` with arguments, from a folder outside the project."""

    def run(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bundle / "auditor"), *args], capture_output=True, text=True, check=False,
            env=clean_environment(home), cwd=home, timeout=timeout,
        )

    return run


@pytest.fixture
def source(home: Path) -> Run:
    """Runs ``python -m auditor`` of the source tree with arguments."""

    def run(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        env = clean_environment(home)
        env["PYTHONPATH"] = str(ROOT)
        return subprocess.run(
            [sys.executable, "-m", "auditor", *args], capture_output=True, text=True,
            check=False, env=env, cwd=home, timeout=timeout,
        )

    return run


def self_test_steps() -> int:
    """How many steps the self-test has: its own list, core and desktop."""
    from auditor.selftest import core_steps
    from auditor.ui.selftest import ui_steps

    return len(core_steps()) + len(ui_steps())
