"""UI chrome in Kazakh and Russian through Qt Linguist, switchable at runtime.

The runtime test walks every text a user can see — window titles, menus and their actions,
labels, buttons, group titles, placeholders, table headers — of the main window and the audit
editor after each switch, and looks each one up in the catalogues: nothing may remain from the
language switched away from (company names and other data aside, they are not in a catalogue).
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from auditor.db.database import open_database
from auditor.db.models import Audit, AuditorProfile
from auditor.db.settings import CURRENT_PROFILE
from auditor.demo import build_demo
from auditor.forms.questionnaire import FORM
from auditor.ui.i18n import install_translator
from tests.helpers.writes import document

pytestmark = pytest.mark.qt
TS_DIR = Path(__file__).parents[2] / "resources" / "i18n"


def _catalogue(lang: str) -> dict[str, list[str]]:
    """Source text → its translations (several for plurals)."""
    root = ET.parse(TS_DIR / f"auditor_{lang}.ts").getroot()
    result: dict[str, list[str]] = {}
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        result[source] = forms
    return result


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])  # English: its plural forms
def test_every_ui_text_is_translated(lang: str) -> None:
    root = ET.parse(TS_DIR / f"auditor_{lang}.ts").getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None and translation.get("type") not in (
            "unfinished",
            "vanished",
            "obsolete",
        ), message.findtext("source")
        texts = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
        assert any(t.strip() for t in texts), message.findtext("source")


def test_the_catalogues_hold_every_text_the_code_shows(tmp_path: Path) -> None:
    """`make ts` run now would add nothing to translate: no text of the code is missing."""
    import shutil
    import subprocess
    import sys

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (TS_DIR.parents[1] / "auditor" / "ui").rglob("*.py"))
    for lang in ("kk", "ru"):
        copy = tmp_path / f"auditor_{lang}.ts"
        shutil.copyfile(TS_DIR / copy.name, copy)
        subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(copy)], check=True)
        untranslated = [
            message.findtext("source") for message in ET.parse(copy).getroot().iter("message")
            for translation in message.iter("translation")
            if translation.get("type") == "unfinished"
        ]
        assert untranslated == [], lang


def test_a_text_moved_to_another_class_keeps_its_translation(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "carry_translations", TS_DIR.parents[1] / "scripts" / "carry_translations.py")
    assert spec is not None and spec.loader is not None
    carry = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(carry)
    catalogue = tmp_path / "auditor_kk.ts"
    catalogue.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="kk_KZ">'
        "<context><name>AuditEditor</name>"
        '<message><source>Saving…</source><translation type="vanished">Сақталуда…</translation>'
        "</message></context>"
        "<context><name>EditControl</name>"
        '<message><source>Saving…</source><translation type="unfinished"></translation>'
        "</message>"
        '<message><source>New text</source><translation type="unfinished"></translation>'
        "</message></context></TS>",
        encoding="utf-8",
    )

    assert carry.carry(catalogue) == ["New text"]  # what still needs a translator
    messages = [(context.findtext("name"), message.findtext("source"),
                 message.findtext("translation"))
                for context in ET.parse(catalogue).getroot().iter("context")
                for message in context.iter("message")]
    assert messages == [("EditControl", "Saving…", "Сақталуда…"), ("EditControl", "New text", "")]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_placeholders_survive_translation(lang: str) -> None:
    placeholder = re.compile(r"\{\w*\}|%n|%\d")
    for source, forms in _catalogue(lang).items():
        for form in forms:
            assert sorted(placeholder.findall(form)) == sorted(placeholder.findall(source)), (
                source,
                form,
            )


def test_counts_read_as_words_do_in_english_too(qtbot: QtBot) -> None:
    from PySide6.QtCore import QCoreApplication

    app = QApplication.instance()
    assert app is not None

    def count(lang: str, n: int) -> str:
        install_translator(app, lang)
        return QCoreApplication.translate("AuditEditor", "%n error(s)", "", n)

    try:
        assert (count("en", 1), count("en", 3)) == ("1 error", "3 errors")
        assert (count("ru", 1), count("ru", 3), count("ru", 5)) == (
            "1 ошибка", "3 ошибки", "5 ошибок"
        )
        assert count("kk", 3) == "3 қате"
    finally:
        install_translator(app, "en")


def _plain(text: str) -> str:
    text = text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip("…:.").strip()


def _words(texts: set[str]) -> set[str]:
    """Catalogue texts with enough letters to tell languages apart."""
    plain = {_plain(t) for t in texts}
    return {t for t in plain if len(re.findall(r"[^\W\d_]", t)) >= 4 and "{" not in t}


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())  # type: ignore[arg-type]


def visible_texts(window: QWidget) -> set[str]:
    texts: list[str] = [window.windowTitle()]
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.menu() is not None:
                texts.extend(_menu_texts(action.menu()))  # type: ignore[arg-type]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            # A list model's column count is private in Qt: a list has one column.
            columns = (
                1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
            )
            for column in range(columns):
                texts.append(
                    str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                )
            for row in range(min(model.rowCount(QModelIndex()), 12)):
                texts.append(str(model.index(row, 0).data() or ""))
    return {_plain(t) for t in texts if t}


def _form_labels(lang: str) -> set[str]:
    labels = {section.label(lang) for section in FORM.sections}
    labels |= {field.label(lang) for field in FORM.all_fields()}
    return labels


def test_switching_language_leaves_no_text_of_the_previous_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from auditor.ui.editor.editor import AuditEditor
    from auditor.ui.main.window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    database = open_database(tmp_path / "a.sqlite")
    build_demo(database, companies=3, seed=2)
    with database.transaction() as session:
        profile = AuditorProfile(
            full_name="Тест", auditor_code="T-1", language="ru",
            installation_id=database.installation_id,
        )
        session.add(profile)
        session.flush()
        profile_id = profile.id
        audit_id: uuid.UUID = session.scalars(select(Audit.id).limit(1)).one()
    database.set_setting(CURRENT_PROFILE, str(profile_id))
    with database.session() as session:
        profile = session.get(AuditorProfile, profile_id)

    kk, ru = _catalogue("kk"), _catalogue("ru")
    catalogue = {
        "en": _words(set(kk) | set(ru)),
        "kk": _words({form for forms in kk.values() for form in forms}),
        "ru": _words({form for forms in ru.values() for form in forms}),
    }
    leftovers = {
        lang: set().union(*(catalogue[other] for other in catalogue if other != lang))
        - catalogue[lang]
        | set().union(*(_form_labels(other) for other in catalogue if other != lang))
        - _form_labels(lang)
        for lang in catalogue
    }

    window = MainWindow(database, profile)
    qtbot.addWidget(window)
    window.show()
    editor = AuditEditor(database, document(database, audit_id), actor="T-1", parent=window)
    editor.show()
    try:
        for lang in ("kk", "ru", "en", "kk"):
            install_translator(app, lang)
            for shown in (window, editor):
                for page in range(len(FORM.sections)):
                    if shown is editor:
                        editor.show_page(page)

                    def nothing_left(shown: QWidget = shown, lang: str = lang) -> None:
                        left = visible_texts(shown) & leftovers[lang]
                        assert not left, (lang, type(shown).__name__, sorted(left)[:10])

                    # Qt delivers the language change as posted events: wait until they did.
                    qtbot.waitUntil(nothing_left, timeout=5000)
                    if shown is window:
                        break
    finally:
        install_translator(app, "en")
        editor.close()
        window.model.stop_background_work()
        database.close()


def test_qt_standard_buttons_follow_the_language(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    try:
        install_translator(app, "ru")
        box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        assert _plain(cancel.text()) == "Отмена"
        install_translator(app, "kk")
        box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        assert _plain(cancel.text()) != "Cancel"
    finally:
        install_translator(app, "en")
