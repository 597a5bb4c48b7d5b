"""The desktop application: for now, the audits in the database, read-only.

The guided audit editor, finalize and sign, and the language switch arrive with the UI work;
this window is what ``make run`` shows until then.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QTableView
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from auditor import __version__
from auditor.db.database import Database, DatabaseError, open_database
from auditor.db.models import Audit
from auditor.domain.lists import CHOICE_LISTS
from auditor.ui.i18n import install_translator

Index = QModelIndex | QPersistentModelIndex


class AuditListModel(QAbstractTableModel):
    """Companies and their audits, one row per audit."""

    # Marked for lupdate here, translated when shown, so a language switch takes effect.
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditListModel", "Company"),
        QT_TRANSLATE_NOOP("AuditListModel", "BIN"),
        QT_TRANSLATE_NOOP("AuditListModel", "Region"),
        QT_TRANSLATE_NOOP("AuditListModel", "Status"),
        QT_TRANSLATE_NOOP("AuditListModel", "Revision"),
    )

    def __init__(self, rows: list[tuple[str, str, str, str, int]], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._rows[index.row()][index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("AuditListModel", str(self.HEADERS[section]))
        return None


def load_audit_rows(database: Database, lang: str) -> list[tuple[str, str, str, str, int]]:
    regions = CHOICE_LISTS["regions"]
    statuses = CHOICE_LISTS["audit_statuses"]
    with database.session() as session:
        audits = session.scalars(select(Audit).options(selectinload(Audit.company))).all()
        return [
            (
                (a.company.name_kk if lang == "kk" else None) or a.company.display_name,
                a.company.bin,
                regions.label(a.company.region_code, lang),
                statuses.label(a.status, lang),
                a.revision,
            )
            for a in audits
        ]


class MainWindow(QMainWindow):
    def __init__(self, database: Database, lang: str) -> None:
        super().__init__()
        self.setWindowTitle(f"Pharma Capacity Auditor {__version__} — {database.path}")
        self.table = QTableView(self)
        self.model = AuditListModel(load_audit_rows(database, lang), self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.table.resizeColumnsToContents()
        self.setCentralWidget(self.table)
        self.statusBar().showMessage(self.tr("%n audit(s)", "", self.model.rowCount()))
        self.resize(1000, 600)


def run_app(db_path: Path, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Pharma Capacity Auditor")
    install_translator(app, lang or "ru")
    try:
        database = open_database(db_path)
    except DatabaseError as exc:
        QMessageBox.critical(None, "Pharma Capacity Auditor", exc.reason(lang or "ru"))
        return 1
    window = MainWindow(database, lang or "ru")
    window.show()
    code = app.exec()
    database.close()
    return int(code)
