"""The "demo" badge: how demo data (companies of the demo BIN range) looks wherever it is shown.

One look for every place: a small amber label with the word in the interface's language, in
the main window's list beside the company's name and across the top of an audit's editor.
Whether something is demo data is never decided here: it comes from the BIN
(:func:`auditor.domain.bin.is_demo_bin`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

BADGE_BACKGROUND = QColor("#f6c342")
BADGE_TEXT = QColor("#3d2c00")

_CONTEXT = "DemoBadge"
_WORD = QT_TRANSLATE_NOOP("DemoBadge", "DEMO")
_MEANING = QT_TRANSLATE_NOOP(
    "DemoBadge",
    "Demo data: an invented audit of a producer modelled on public facts, not a real one. "
    "Its BIN is of the range reserved for demo data. File → Remove demo data removes it.",
)


def badge_word() -> str:
    """The badge's word in the interface's language."""
    return QCoreApplication.translate(_CONTEXT, str(_WORD))


def badge_meaning() -> str:
    """What the badge means, for a tooltip or a banner."""
    return QCoreApplication.translate(_CONTEXT, str(_MEANING))


def badge_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setBold(True)
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * 0.85)
    return font


def badge_pixmap(base: QFont, height: int, device_pixel_ratio: float = 1.0) -> QPixmap:
    """The badge drawn as a picture ``height`` pixels high, for an item view's decoration."""
    font = badge_font(base)
    metrics = QFontMetrics(font)
    word = badge_word()
    width = metrics.horizontalAdvance(word) + metrics.height()
    pixmap = QPixmap(int(width * device_pixel_ratio), int(height * device_pixel_ratio))
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BADGE_BACKGROUND)
        box = QRectF(0.5, 1.5, width - 1.0, height - 3.0)
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
        painter.setPen(BADGE_TEXT)
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, word)
    finally:
        painter.end()
    return pixmap


class DemoBanner(QLabel):
    """A strip across the top of a window showing demo data: the badge and what it means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demo_banner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(
            f"QLabel#demo_banner {{ background: {BADGE_BACKGROUND.name()}; "
            f"color: {BADGE_TEXT.name()}; border-radius: 4px; padding: 4px 8px; }}")
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setText(f"<b>{html.escape(badge_word())}</b> — {html.escape(badge_meaning())}")
