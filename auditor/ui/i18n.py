"""UI chrome translations (Qt Linguist): ``resources/i18n/*.ts`` in the repository, built by
``make`` into ``auditor/ui/translations/*.qm``, shipped with the package.

Questionnaire texts do not come from here: they live in the form definitions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

QM_DIR = Path(__file__).with_name("translations")
_TRANSLATOR_NAME = "auditor_translator"


def qm_path(lang: str) -> Path:
    return QM_DIR / f"auditor_{lang}.qm"


def install_translator(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Make ``lang`` the UI language of ``app``, replacing the previous one.

    The translator is a child of the application, so it lives exactly as long as the app; English
    is the source language and needs none.
    """
    for previous in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(previous)
        previous.setObjectName("")  # until deleteLater runs, it must not be found again
        previous.deleteLater()
    if lang == "en":
        return None
    translator = QTranslator(app)
    translator.setObjectName(_TRANSLATOR_NAME)
    if not translator.load(str(qm_path(lang))):
        raise FileNotFoundError(f"no UI translation for {lang!r} at {qm_path(lang)}")
    app.installTranslator(translator)
    return translator
