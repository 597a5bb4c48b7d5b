"""Long work runs off the GUI thread, reports progress, can be cancelled, and reports errors."""

from __future__ import annotations

import gc
import logging
import threading
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool
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


def test_a_window_closed_while_its_work_runs_stops_the_work_and_nothing_breaks(
    qtbot: QtBot,
) -> None:
    window = QWidget()
    started = threading.Event()
    release = threading.Event()
    ended = threading.Event()
    reached: list[int] = []

    def work(progress: Progress) -> None:
        started.set()
        release.wait(5)
        try:
            for n in range(100):
                progress(n, 100)
                reached.append(n)
        finally:
            ended.set()

    run_operation(window, "Long", work, show_progress=False)
    assert started.wait(5)
    with qtbot.waitSignal(window.destroyed, timeout=5000):
        window.deleteLater()  # the user closed the window; the operation goes with it
    release.set()
    assert ended.wait(5)
    # Once the worker has returned, whatever it reported is waiting in the GUI thread's queue:
    # delivered now, a report reaching the gone window would fail the test as an error.
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0,
                    timeout=5000)
    QCoreApplication.sendPostedEvents()
    assert reached == []


def test_a_window_closed_by_the_work_s_own_result_leaves_nothing_to_go_wrong(
    qtbot: QtBot,
) -> None:
    window = QWidget()
    closed: list[bool] = []

    def close_window(_result: object) -> None:
        window.deleteLater()
        closed.append(True)

    operation = run_operation(window, "Quick", lambda _progress: 1, on_success=close_window,
                              show_progress=False)
    gone: set[str] = set()
    window.destroyed.connect(lambda: gone.add("window"))
    operation.destroyed.connect(lambda: gone.add("operation"))
    # The operation's own clean-up runs until it and the window are gone; an error in it
    # would fail the test.
    qtbot.waitUntil(lambda: gone == {"window", "operation"}, timeout=5000)
    assert closed == [True]


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


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the garbage collector frees it


@pytest.fixture
def nothing_frozen() -> Iterator[None]:
    """A process that froze nothing for the garbage collector (the application freezes what
    its start made)."""
    gc.unfreeze()
    yield
    gc.unfreeze()


def _blocked_work(started: threading.Event, release: threading.Event, *, fail: bool = False,
                  freeze: bool = False) -> Callable[[Progress], None]:
    def work(progress: Progress) -> None:
        started.set()
        if freeze:
            gc.freeze()  # as the application does with what its start made
        release.wait(5)
        if fail:
            raise RuntimeError("the work failed")

    return work


@pytest.mark.usefixtures("nothing_frozen")
@pytest.mark.parametrize("fail", [False, True], ids=["succeeds", "fails"])
def test_while_work_runs_collections_skip_older_objects_and_nothing_is_kept_after(
    qtbot: QtBot, widget: QWidget, monkeypatch: pytest.MonkeyPatch, fail: bool
) -> None:
    # A full collection visits every object of the process with the interpreter lock held:
    # the window's objects alone make that a visible pause while a worker runs. While work
    # runs, the objects that were there before it are skipped; once it ends, garbage among
    # them is freed as usual, whether the work succeeded or failed.
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: None)
    older = [_Node()]
    gone = weakref.ref(older[0])
    started, release = threading.Event(), threading.Event()
    op = run_operation(widget, "Long", _blocked_work(started, release, fail=fail))
    assert started.wait(5)
    older.clear()
    gc.collect()
    assert gone() is not None  # skipped while the work runs
    release.set()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    gc.collect()
    assert gone() is None
    assert (op.error is not None) is fail


@pytest.mark.usefixtures("nothing_frozen")
def test_older_objects_are_collected_again_only_when_the_last_running_work_ends(
    qtbot: QtBot, widget: QWidget
) -> None:
    started = [threading.Event(), threading.Event()]
    release = [threading.Event(), threading.Event()]
    older = [_Node()]
    gone = weakref.ref(older[0])
    first = run_operation(widget, "First", _blocked_work(started[0], release[0]))
    assert started[0].wait(5)
    second = run_operation(widget, "Second", _blocked_work(started[1], release[1]))
    assert started[1].wait(5)
    older.clear()
    release[0].set()
    qtbot.waitUntil(lambda: first.done, timeout=5000)
    gc.collect()
    assert gone() is not None  # the second work still runs: still skipped
    release[1].set()
    qtbot.waitUntil(lambda: second.done, timeout=5000)
    gc.collect()
    assert gone() is None


@pytest.mark.usefixtures("nothing_frozen")
@pytest.mark.parametrize("when", ["before the work", "by the work"])
def test_what_the_application_froze_for_good_stays_frozen(
    qtbot: QtBot, widget: QWidget, when: str
) -> None:
    # The application's start freezes what it made, for good (later collections stay short);
    # the start itself runs as work on a worker.
    started, release = threading.Event(), threading.Event()
    if when == "before the work":
        gc.freeze()
    frozen_before = gc.get_freeze_count()
    op = run_operation(widget, "Start", _blocked_work(
        started, release, freeze=when == "by the work"))
    assert started.wait(5)
    release.set()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() >= frozen_before - 1000  # only what was freed since went
