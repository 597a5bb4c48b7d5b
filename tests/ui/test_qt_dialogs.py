"""Qt's own dialogs speak the interface's language: the file dialogs (Qt's own on Linux, where
the desktop's would speak the system's language) and the standard buttons."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from auditor.ui.app import create_application
from auditor.ui.i18n import install_translator

pytestmark = pytest.mark.qt

FILE_NAME = {"kk": "Файл аты:", "ru": "Имя файла:", "en": "File name:"}


@pytest.fixture
def app() -> Iterator[QApplication]:
    app = create_application()
    yield app
    install_translator(app, "en")


def test_the_file_dialog_is_qt_s_own_on_linux(app: QApplication) -> None:
    own = QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    assert own == sys.platform.startswith("linux")


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_file_dialog_speaks_the_interface_language(
    qtbot: QtBot, app: QApplication, lang: str
) -> None:
    install_translator(app, lang)
    dialog = QFileDialog(None, "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.findChild(QLabel, "fileNameLabel")
    assert label is not None
    assert label.text().replace("&", "") == FILE_NAME[lang]
    dialog.close()
