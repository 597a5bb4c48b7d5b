"""An audit of demo data says so across the top of its editor, in the interface's language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from auditor.db.database import Database
from auditor.db.models import Audit, Company
from auditor.demo import build_demo
from auditor.domain.bin import make_bin
from auditor.ui.editor.editor import AuditEditor
from auditor.ui.i18n import install_translator
from tests.helpers.writes import document

pytestmark = pytest.mark.qt

REAL_BIN = make_bin(2011, 11, 1111)


@pytest.fixture
def database(database: Database) -> Database:
    build_demo(database, companies=1)
    with database.transaction("KZ-AUD-001") as session:
        session.add(Audit(company=Company(bin=REAL_BIN, name_ru="ТОО «Настоящий»",
                                          region_code="75")))
    return database


def _editor(qtbot: QtBot, database: Database, real: bool) -> AuditEditor:
    with database.session() as session:
        where = Company.bin == REAL_BIN if real else Company.bin != REAL_BIN
        audit_id = session.scalars(select(Audit.id).join(Company).where(where)).one()
    editor = AuditEditor(database, document(database, audit_id), actor="KZ-AUD-001")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


@pytest.mark.parametrize(("lang", "says"), [
    ("kk", "ДЕМО — Демо-деректер: ашық мәліметтер негізінде ойдан құрастырылған"),
    ("ru", "ДЕМО — Демо-данные: вымышленный аудит производителя по открытым сведениям"),
    ("en", "DEMO — Demo data: an invented audit of a producer modelled on public facts"),
])
def test_a_demo_audit_opens_under_a_demo_banner_in_the_users_language(
    qtbot: QtBot, qapp: QApplication, database: Database, english: None, lang: str, says: str,
) -> None:
    install_translator(qapp, "en" if lang != "en" else "kk")
    editor = _editor(qtbot, database, real=False)
    install_translator(qapp, lang)  # switched while the editor is open: the banner follows
    banner = editor.demo_banner
    assert banner is not None and banner.isVisible()
    qtbot.waitUntil(lambda: says in banner.text().replace("<b>", "").replace("</b>", ""))
    # Above the pages: the first thing under the toolbar.
    assert banner.mapTo(editor, banner.rect().topLeft()).y() < editor.stack.mapTo(
        editor, editor.stack.rect().topLeft()).y()
    editor.close()


def test_a_real_audit_has_no_demo_banner(
    qtbot: QtBot, database: Database, english: None
) -> None:
    editor = _editor(qtbot, database, real=True)
    assert editor.demo_banner is None
    editor.close()
