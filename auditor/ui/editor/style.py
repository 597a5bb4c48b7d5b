"""The editor's colours and marks: how errors, warnings, hints and answers that do not apply look.

A mark goes before each message so that colour is never the only cue.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

ERROR_COLOR = QColor("#b00020")
WARNING_COLOR = QColor("#8a5a00")
ERROR_BACKGROUND = QColor("#fde7e9")
WARNING_BACKGROUND = QColor("#fff4d6")
IRRELEVANT_COLOR = QColor("#8c8c8c")
IRRELEVANT_BACKGROUND = QColor("#efefef")
BANNER_BACKGROUND = QColor("#e8f0fe")
HINT_COLOR = "#666666"
ERROR_MARK = "✖"
WARNING_MARK = "⚠"
