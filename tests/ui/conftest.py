"""What the UI tests share: the application, in English unless a test switches it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from auditor.ui.app import create_application
from auditor.ui.i18n import install_translator


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """English chrome for the test; English again afterwards, whatever the test switched to."""
    install_translator(qapp, "en")
    yield
    install_translator(qapp, "en")


@pytest.fixture
def app(english: None) -> QApplication:
    """The application as the app's start sets it up (names, icon, bundled fonts), in English."""
    return create_application()
