"""Qt pieces the UI tests share."""

from __future__ import annotations

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication


def running_app() -> QApplication:
    """The QApplication of the test run (pytest-qt's ``qapp`` made it)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


class PseudoTranslator(QTranslator):
    """Translates every UI text into a longer pseudo-language, as Kazakh would lengthen it:
    a text left in English after a switch shows up, and so does a clipped layout."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"⟦ӘҒ {source} ҚҢ⟧"

    def isEmpty(self) -> bool:
        return False  # else Qt would not ask it
