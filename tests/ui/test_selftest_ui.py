"""The Qt steps of the self-test fail with the reason a support person needs, and never wait
for a dialog nobody can answer."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from auditor.db.database import open_database
from auditor.demo import build_demo
from auditor.selftest import LAPTOP_DB, Context, StepFailed
from auditor.ui import i18n
from auditor.ui import selftest as ui_selftest
from tests.helpers.profiles import add_profile

pytestmark = pytest.mark.qt


def _database(tmp_path: Path, *, profile: bool) -> Path:
    path = tmp_path / "laptop.sqlite"
    database = open_database(path)
    build_demo(database, companies=1, finalize=True)
    if profile:
        add_profile(database, "ru")
    database.close()
    return path


def test_a_missing_translation_is_named(app: QApplication, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    partial = tmp_path / "translations"
    partial.mkdir()
    shutil.copy(i18n.qm_path("kk"), partial)  # the Russian catalogue is missing
    monkeypatch.setattr(i18n, "QM_DIR", partial)

    with pytest.raises(FileNotFoundError, match="no UI translation for 'ru'"):
        ui_selftest._translations(Context(tmp_path))


def test_the_main_window_step_passes_with_a_current_auditor(app: QApplication,
                                                             tmp_path: Path) -> None:
    context = Context(tmp_path, {LAPTOP_DB: _database(tmp_path, profile=True)})
    detail = ui_selftest._main_window(context)
    assert "1 audit listed" in detail and "Exchange menu present" in detail


def test_a_dialog_that_opens_is_closed_and_named_instead_of_waiting(
    app: QApplication, tmp_path: Path
) -> None:
    # No current auditor: the first-start profile dialog opens, and headless nobody answers.
    context = Context(tmp_path, {LAPTOP_DB: _database(tmp_path, profile=False)})

    with pytest.raises(StepFailed, match="a dialog opened"):
        ui_selftest._main_window(context)
    assert QApplication.activeModalWidget() is None


def test_a_missing_exchange_menu_fails_the_window_step(
    app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a packaged build that misses the dynamically loaded module looks like.
    import importlib

    real = importlib.import_module

    def without_exchange_menu(name: str, package: str | None = None) -> object:
        if name == "auditor.ui.exchange.menu":
            raise ModuleNotFoundError(f"No module named {name!r}")
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", without_exchange_menu)
    context = Context(tmp_path, {LAPTOP_DB: _database(tmp_path, profile=True)})
    with pytest.raises(StepFailed, match="Exchange menu is missing"):
        ui_selftest._main_window(context)
