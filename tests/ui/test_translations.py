"""UI chrome in Kazakh and Russian through Qt Linguist, switchable at runtime."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from auditor.db.database import open_database
from auditor.db.demo import build_demo
from auditor.ui.app import AuditListModel, MainWindow
from auditor.ui.i18n import install_translator

pytestmark = pytest.mark.qt
TS_DIR = Path(__file__).parents[2] / "resources" / "i18n"
ENGLISH = {"Company", "BIN", "Region", "Status", "Revision"}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_ui_text_is_translated(lang: str) -> None:
    root = ET.parse(TS_DIR / f"auditor_{lang}.ts").getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None and translation.get("type") != "unfinished"
        texts = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
        assert any(t.strip() for t in texts), message.findtext("source")


def _headers(model: AuditListModel) -> set[str]:
    return {
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        for c in range(model.columnCount())
    }


def test_switching_language_at_runtime_leaves_no_text_behind(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    database = open_database(tmp_path / "a.sqlite")
    build_demo(database, companies=3, seed=2)
    window = MainWindow(database, "ru")
    qtbot.addWidget(window)
    try:
        install_translator(app, "kk")
        assert _headers(window.model) == {"Компания", "БСН", "Өңір", "Мәртебе", "Редакция"}
        install_translator(app, "ru")
        assert _headers(window.model) == {"Компания", "БИН", "Регион", "Статус", "Редакция"}
        assert window.tr("%n audit(s)", "", 3) == "3 аудита"
        install_translator(app, "en")
        assert _headers(window.model) == ENGLISH
    finally:
        install_translator(app, "en")
        database.close()
