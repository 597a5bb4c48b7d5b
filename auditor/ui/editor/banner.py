"""A coloured strip across the top of a window, with a message and room for buttons."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from auditor.ui.editor.style import BANNER_BACKGROUND


class Banner(QFrame):
    """A coloured strip across the top of a window with a message and room for buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, BANNER_BACKGROUND)
        self.setPalette(palette)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.text, 1)
