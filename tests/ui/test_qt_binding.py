"""The Qt binding we ship keeps Python's reference counts right.

PySide6 6.12.0 dropped a reference to ``None`` on every call of a Qt method returning nothing;
on Python 3.11 the application then died ("deallocating None") after some minutes of typing.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.qt


def test_calling_qt_many_times_leaves_none_alone(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for n in range(2000):
        label.setText(str(n))
        label.setToolTip("")
    assert abs(sys.getrefcount(None) - before) < 50
