"""Draws the application's icon: ``auditor/resources/icon.png`` (256 px) and ``icon.ico``.

    .venv/bin/python scripts/make_icon.py

A capsule over a rising bar chart on the ministry's teal: medicines, measured. Drawn with Qt at
every size Windows asks for, so small sizes stay sharp; Pillow writes the .ico.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath

from auditor.resources import ICON_ICO, ICON_PNG

TEAL = QColor("#0f6e74")
WHITE = QColor("#ffffff")
AMBER = QColor("#f2b134")
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(TEAL)
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)
    # Rising bars: capacity.
    painter.setBrush(WHITE)
    for index, height in enumerate((44, 72, 100)):
        painter.drawRoundedRect(QRectF(44 + index * 46, 208 - height, 32, height), 6, 6)
    # A capsule, tilted, in two halves.
    painter.translate(QPointF(182, 66))
    painter.rotate(-40)
    capsule = QRectF(-50, -21, 100, 42)
    outline = QPainterPath()
    outline.addRoundedRect(capsule, 21, 21)
    painter.setBrush(WHITE)
    painter.drawPath(outline)
    left = QPainterPath()
    left.addRect(QRectF(-50, -21, 50, 42))
    painter.setBrush(AMBER)
    painter.drawPath(outline.intersected(left))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def main() -> None:
    QGuiApplication(sys.argv[:1])
    ICON_PNG.write_bytes(png_bytes(draw(256)))
    images = [Image.open(io.BytesIO(png_bytes(draw(size)))) for size in SIZES]
    images[-1].save(ICON_ICO, format="ICO", sizes=[(s, s) for s in SIZES],
                    append_images=images[:-1])
    print(f"wrote {ICON_PNG} and {ICON_ICO}")


if __name__ == "__main__":
    main()
