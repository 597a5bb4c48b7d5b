"""UI chrome translations (Qt Linguist): ``resources/i18n/*.ts`` in the repository, built by
``make`` into ``auditor/ui/translations/*.qm``, shipped with the package.

Questionnaire texts do not come from here: they live in the form definitions, in three
languages, and widgets pick them with :func:`current_language`.

How a widget follows a language switch: :func:`install_translator` makes Qt send every widget a
``QEvent.LanguageChange``; a widget with visible text overrides ``changeEvent`` and re-sets its
texts there (chrome through ``self.tr``, questionnaire texts through ``current_language()``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from auditor.domain import numbers

QM_DIR = Path(__file__).with_name("translations")
LANGUAGES = ("kk", "ru", "en")
DEFAULT_LANGUAGE = "ru"
_TRANSLATOR_NAME = "auditor_translator"
_QT_TRANSLATOR_NAME = "qt_translator"
_LANGUAGE_PROPERTY = "auditor_language"


_SYSTEM_LANGUAGES = {
    QLocale.Language.Kazakh: "kk",
    QLocale.Language.Russian: "ru",
    QLocale.Language.English: "en",
}


def system_language(locale: QLocale | None = None) -> str:
    """The interface language of a first start, before the auditor has chosen one: the
    system's (``locale``, by default ``QLocale.system()``) when it is Kazakh, Russian or
    English.

    The system's first interface language is taken (on Linux ``LANGUAGE`` before ``LANG``; on
    Windows the display language), not its number formats. Any other language gives Russian:
    the working language of the ministry, which every auditor reads.
    """
    locale = locale if locale is not None else QLocale.system()
    preferred = locale.uiLanguages()
    language = QLocale(preferred[0]).language() if preferred else locale.language()
    return _SYSTEM_LANGUAGES.get(language, DEFAULT_LANGUAGE)


def qm_path(lang: str) -> Path:
    return QM_DIR / f"auditor_{lang}.qm"


def current_language() -> str:
    """The UI language of the running application: ``kk``, ``ru`` or ``en``."""
    app = QCoreApplication.instance()
    value = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return str(value) if value in LANGUAGES else DEFAULT_LANGUAGE


def install_translator(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Make ``lang`` the UI language of ``app``, replacing the previous one.

    The translator is a child of the application, so it lives exactly as long as the app; English
    is the source language and has only its plural forms. Every widget receives a
    ``LanguageChange`` event, also when switching to English.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown UI language {lang!r}")
    app.setProperty(_LANGUAGE_PROPERTY, lang)
    for name in (_TRANSLATOR_NAME, _QT_TRANSLATOR_NAME):
        for previous in app.findChildren(QTranslator, name):
            app.removeTranslator(previous)
            previous.setObjectName("")  # until deleteLater runs, it must not be found again
            previous.deleteLater()
    if lang == "en":
        # English is the source language: its catalogue has only the plural forms ("1 error",
        # "2 errors" for "%n error(s)"), and Qt's own texts need none.
        plurals = QTranslator(app)
        plurals.setObjectName(_TRANSLATOR_NAME)
        found = plurals.load(str(qm_path(lang)))
        if found:
            app.installTranslator(plurals)
        else:
            plurals.deleteLater()
        # Installing a translator sends LanguageChange, removing one too; with none before and
        # none now, send it ourselves so questionnaire texts follow.
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
        return plurals if found else None
    # Qt's own texts (Yes, No, Cancel, the file dialogs) from the translations Qt ships.
    qt_translator = QTranslator(app)
    qt_translator.setObjectName(_QT_TRANSLATOR_NAME)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_translator)
    else:
        qt_translator.deleteLater()
    translator = QTranslator(app)
    translator.setObjectName(_TRANSLATOR_NAME)
    if not translator.load(str(qm_path(lang))):
        raise FileNotFoundError(f"no UI translation for {lang!r} at {qm_path(lang)}")
    app.installTranslator(translator)
    return translator



# --- numbers as the user's language writes them ---------------------------------------------------


def format_number(
    value: float | int,
    lang: str | None = None,
    *,
    group: bool = True,
    decimals: int | None = None,
) -> str:
    """A number as the interface's language (or ``lang``) writes it: ``1 250 000`` and
    ``12,5`` in Kazakh and Russian, ``1,250,000`` and ``12.5`` in English (see
    :mod:`auditor.domain.numbers`). Every number the interface shows is written by it."""
    return numbers.format_number(value, lang or current_language(), group=group,
                                 decimals=decimals)


def format_percent(value: float | int, lang: str | None = None, *,
                   decimals: int | None = None) -> str:
    """``85 %`` in Kazakh and Russian, ``85%`` in English."""
    return numbers.format_percent(value, lang or current_language(), decimals=decimals)
