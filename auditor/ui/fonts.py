"""Fonts shipped with the application, so Kazakh letters render on every laptop.

Some Windows and older Linux installations lack glyphs for ә ғ қ ң ө ұ ү һ і in their default
UI font; Qt then draws empty boxes. DejaVu Sans (free licence, in ``fonts/``) covers them. It is
registered at start and added behind the system font only when that font lacks the letters, so
where the system font is complete the application looks native.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication

FONT_DIR = Path(__file__).with_name("fonts")
KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"


def renders_kazakh(font: QFont) -> bool:
    """Whether ``font`` (with the fallbacks it names) has a glyph for every Kazakh letter."""
    metrics = QFontMetrics(font)
    return all(metrics.inFontUcs4(ord(letter)) for letter in KAZAKH_LETTERS)


def _bundled_families() -> list[str]:
    families: list[str] = []
    for path in sorted(FONT_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


def register_fonts() -> list[str]:
    """Register the bundled fonts; fall back to them for letters the UI font lacks.

    Returns the families registered. Needs a running QGuiApplication.
    """
    families = _bundled_families()
    if not families or QGuiApplication.instance() is None:
        return families
    font = QGuiApplication.font()
    if not renders_kazakh(font):
        chain = [*font.families()] or [font.family()]
        font.setFamilies([*chain, *(f for f in families if f not in chain)])
        QGuiApplication.setFont(font)
    return families
