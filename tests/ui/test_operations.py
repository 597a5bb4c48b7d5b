"""Long work runs off the GUI thread, reports progress, can be cancelled, and reports errors."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from auditor.db.trail import AuditLockedError
from auditor.domain.text import Text
from auditor.ui import errors
from auditor.ui.errors import setup_logging, show_error, user_message
from auditor.ui.i18n import install_translator
from auditor.ui.operations import Progress, run_operation

pytestmark = pytest.mark.qt


@pytest.fixture
def widget(qtbot: QtBot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    return w


def test_work_runs_on_a_worker_thread_and_the_result_comes_back(
    qtbot: QtBot, widget: QWidget
) -> None:
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work(progress: Progress) -> int:
        seen["thread"] = threading.get_ident()
        for n in range(1, 4):
            progress(n, 3)
        return 42

    op = run_operation(widget, "Counting", work, on_success=lambda r: seen.update(result=r))
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert seen["result"] == 42
    assert seen["thread"] != gui_thread


def test_cancel_stops_the_work_at_its_next_progress_report(
    qtbot: QtBot, widget: QWidget
) -> None:
    started = threading.Event()
    release = threading.Event()
    reached: list[int] = []
    cancelled: list[bool] = []

    def work(progress: Progress) -> None:
        started.set()
        release.wait(5)
        for n in range(100):
            progress(n, 100)
            reached.append(n)

    op = run_operation(widget, "Long", work, on_cancel=lambda: cancelled.append(True))
    assert started.wait(5)
    op.cancel()
    release.set()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert cancelled == [True]
    assert reached == []
    assert op.error is None


def test_an_error_the_user_can_act_on_is_shown_in_their_words(
    qtbot: QtBot, widget: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))

    class Refused(Exception):
        reason = Text("Файл бүлінген.", "Файл повреждён.", "The file is damaged.")

    def work(progress: Progress) -> None:
        raise Refused

    app = QApplication.instance()
    assert app is not None
    install_translator(app, "kk")
    try:
        op = run_operation(widget, "Import", work)
        qtbot.waitUntil(lambda: op.done, timeout=5000)
    finally:
        install_translator(app, "en")
    assert shown == ["Файл бүлінген."]


def test_an_unexpected_error_is_logged_and_the_message_says_where(
    qtbot: QtBot, widget: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_file = setup_logging(tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))

    def work(progress: Progress) -> None:
        raise ZeroDivisionError("division by zero")

    try:
        op = run_operation(widget, "Report", work)
        qtbot.waitUntil(lambda: op.done, timeout=5000)
        assert len(shown) == 1
        assert str(log_file) in shown[0]
        assert "ZeroDivisionError" in log_file.read_text(encoding="utf-8")
    finally:
        for handler in list(errors.log.handlers):
            if isinstance(handler, logging.FileHandler):
                errors.log.removeHandler(handler)
                handler.close()


def test_a_locked_audit_is_explained_not_reported_as_a_defect(
    widget: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "reopen" in (user_message(AuditLockedError(None), "en") or "").lower()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    show_error(widget, "Save", AuditLockedError(None))
    assert shown and "Аудит" in (user_message(AuditLockedError(None), "ru") or "")
