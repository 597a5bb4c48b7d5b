"""The window that `make run` opens lists the audits of the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from auditor.db.database import open_database
from auditor.db.demo import build_demo
from auditor.ui.app import AuditListModel, MainWindow, load_audit_rows

pytestmark = pytest.mark.qt


def test_main_window_lists_every_audit(
    qtbot: QtBot, tmp_path: Path, qtmodeltester: object
) -> None:
    database = open_database(tmp_path / "a.sqlite")
    build_demo(database, companies=5, seed=3)
    window = MainWindow(database, "kk")
    qtbot.addWidget(window)
    window.show()
    assert window.model.rowCount() == 5
    regions = {window.model.index(r, 2).data() for r in range(5)}
    assert "Шымкент қаласы" in regions or any("Шымкент" in str(r) for r in regions)
    qtmodeltester.check(  # type: ignore[attr-defined]
        AuditListModel(load_audit_rows(database, "ru"))
    )
    database.close()
