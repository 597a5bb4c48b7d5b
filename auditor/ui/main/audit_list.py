"""The list of companies and their audits: a table model and the filter in front of it.

The list must stay quick with thousands of companies, so:

- rows come from one SQL query over a few columns (no ORM graph per audit on the GUI thread);
- completeness and issue counts need the validation engine over each full audit, which takes tens
  of milliseconds per audit: they are computed on a worker in small batches and fill in as they
  arrive ("…" until then);
- each row carries its search text, lower-cased once, and the filter tests rows in plain Python;
- sorting happens in the source model with a Python key, so filtering never pays for
  comparisons made through Qt;
- the database layer (SQLAlchemy) is imported by the functions that read, not with this module,
  so that the main window can be painted before the database is opened; rows read on a worker
  are handed to the model with :meth:`AuditListModel.set_rows`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from auditor.domain.lists import CHOICE_LISTS
from auditor.ui.demo import badge_meaning, badge_pixmap
from auditor.ui.i18n import current_language, format_number, format_percent
from auditor.ui.operations import Operation, Progress, run_operation

if TYPE_CHECKING:
    import uuid

    from auditor.db.database import Database
    from auditor.db.listing import AuditRow, AuditStats

log = logging.getLogger("auditor.ui.main.audit_list")

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # numbers as numbers, dates as dates, text folded
AUDIT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
COMPANY_ID_ROLE = Qt.ItemDataRole.UserRole + 3
DEMO_ROLE = Qt.ItemDataRole.UserRole + 4  # True for a row of demo data (the badge shows)

STATS_BATCH = 20  # audits per worker run: results show up about every half second
NO_AUDIT = "none"  # status filter value: companies that have no audit yet
UNKNOWN = "…"


class Column(IntEnum):
    COMPANY = 0
    BIN = 1
    REGION = 2
    STATUS = 3
    REVISION = 4
    GMP_STATUS = 5
    VISIT = 6
    COMPLETE = 7
    ERRORS = 8
    WARNINGS = 9


# Marked for lupdate here, translated when shown, so a language switch takes effect at once.
HEADERS: dict[Column, object] = {
    Column.COMPANY: QT_TRANSLATE_NOOP("AuditListModel", "Company"),
    Column.BIN: QT_TRANSLATE_NOOP("AuditListModel", "BIN"),
    Column.REGION: QT_TRANSLATE_NOOP("AuditListModel", "Region"),
    Column.STATUS: QT_TRANSLATE_NOOP("AuditListModel", "Status"),
    Column.REVISION: QT_TRANSLATE_NOOP("AuditListModel", "Revision"),
    Column.GMP_STATUS: QT_TRANSLATE_NOOP("AuditListModel", "GMP status"),
    Column.VISIT: QT_TRANSLATE_NOOP("AuditListModel", "Visit"),
    Column.COMPLETE: QT_TRANSLATE_NOOP("AuditListModel", "Complete"),
    Column.ERRORS: QT_TRANSLATE_NOOP("AuditListModel", "Errors"),
    Column.WARNINGS: QT_TRANSLATE_NOOP("AuditListModel", "Warnings"),
}
STATS_COLUMNS = (Column.COMPLETE, Column.ERRORS, Column.WARNINGS)
NUMBER_COLUMNS = (Column.REVISION, *STATS_COLUMNS)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditListModel", text)


def load_audit_rows(database: Database) -> list[AuditRow]:
    """Every audit with its company (and its kept summary), every company without an audit."""
    from auditor.db.listing import load_audit_rows as rows
    from auditor.forms.version import FORM_VERSION

    return rows(database, FORM_VERSION)


def load_company_rows(database: Database, company_id: uuid.UUID) -> list[AuditRow]:
    from auditor.db.listing import load_company_rows as rows
    from auditor.forms.version import FORM_VERSION

    return rows(database, company_id, FORM_VERSION)


# The Kazakh alphabet holds the Russian one with its own letters placed after their nearest
# relatives (Ә after А, Қ after К, ...); code point order would put them after Я.
_CYRILLIC_ORDER = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_COLLATION = str.maketrans({letter: chr(0xE000 + n) for n, letter in enumerate(_CYRILLIC_ORDER)})
_LEADING_MARKS = "«»\"'„“”‘’ .,-–—("


def collation_key(text: str) -> str:
    """A key that sorts names as a Kazakh or Russian reader expects: by alphabet, ignoring
    the quotation marks around a company's name and letter case."""
    return text.lstrip(_LEADING_MARKS).casefold().translate(_COLLATION)


def sort_key(row: AuditRow, column: int, lang: str) -> Any:
    """What a column sorts by; None when not known (such rows go last)."""
    if column == Column.COMPANY:
        return collation_key(row.company_name(lang))
    if column == Column.BIN:
        return row.bin
    if column == Column.REGION:
        return collation_key(CHOICE_LISTS["regions"].label(row.region_code, lang))
    if column == Column.STATUS:
        return collation_key(_status_text(row, lang))
    if column == Column.REVISION:
        return row.revision
    if column == Column.GMP_STATUS:
        label = _gmp_label(row.gmp_status, lang)
        return collation_key(label) if label else None
    if column == Column.VISIT:
        return row.visit_start
    stats = row.stats
    if stats is None or stats.failed:
        return None
    if column == Column.COMPLETE:
        return stats.complete_percent
    if column == Column.ERRORS:
        return stats.errors
    if column == Column.WARNINGS:
        return stats.warnings
    return None


def _gmp_label(code: str | None, lang: str) -> str | None:
    return CHOICE_LISTS["gmp_statuses"].label(code, lang) if code else None


def _status_text(row: AuditRow, lang: str) -> str:
    if row.status is None:
        return QCoreApplication.translate("AuditListModel", "No audit yet")
    return CHOICE_LISTS["audit_statuses"].label(row.status, lang)


def _stats_text(row: AuditRow, column: int, lang: str) -> str:
    if row.audit_id is None:
        return ""
    stats = row.stats
    if stats is None:
        return UNKNOWN
    if stats.failed:
        return "?"
    if column == Column.COMPLETE:
        return format_percent(stats.complete_percent, lang)
    return format_number(stats.errors if column == Column.ERRORS else stats.warnings, lang)


class AuditListModel(QAbstractTableModel):
    """Companies and their audits: one row per audit, and one per company without an audit.

    ``owner`` is the widget the background checks run for (and this model's parent). With
    ``checks_started=False`` no check runs until :meth:`start_checks`, so that an application
    starting up paints its window before the checks compete with it for the interpreter.
    ``database`` may come later (:meth:`set_database`): until then the list is empty.
    """

    rows_changed = Signal()  # rows were reloaded, added or changed: counts may differ
    statistics_finished = Signal()  # every audit's statistics are known

    def __init__(
        self, database: Database | None, owner: QWidget, *, checks_started: bool = True
    ) -> None:
        super().__init__(owner)
        self._checks_started = checks_started
        self._database = database
        self._owner = owner
        self._rows: list[AuditRow] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._pending: list[uuid.UUID] = []
        self._running: Operation[dict[uuid.UUID, tuple[str, AuditStats]]] | None = None
        self._generation = 0  # a reload makes results of earlier checks stale
        self._badge: tuple[object, QPixmap] | None = None
        self._stale: set[uuid.UUID] = set()  # changed while a check of them was running
        self._stopped = False
        # Keeps summaries worked out in the background (the window hands them to its database
        # writer).
        self.store_summaries: Callable[[dict[uuid.UUID, tuple[str, AuditStats]]], None] | None = (
            None)

    # --- loading -------------------------------------------------------------------------

    def set_database(self, database: Database) -> None:
        """The database the list comes from, once it is open; rows follow with :meth:`reload`
        or :meth:`set_rows`."""
        self._database = database

    def _require_database(self) -> Database:
        if self._database is None:
            raise RuntimeError("the database is not open yet")
        return self._database

    def reload(self) -> None:
        """Read the list again; statistics still valid for an unchanged audit are kept."""
        if self._database is None:
            return  # still opening: the rows come with set_rows
        self.set_rows(load_audit_rows(self._database))

    def set_rows(self, rows: list[AuditRow]) -> None:
        """Show ``rows`` (read by :func:`load_audit_rows`, on any thread); statistics still
        valid for an unchanged audit are kept."""
        known = {row.stats_key: row.stats for row in self._rows if row.stats is not None}
        for row in rows:
            if row.audit_id is None:
                row.stats = None
            elif row.stats is None:  # none kept that still holds: one shown may
                row.stats = known.get(row.stats_key)
        self.beginResetModel()
        self._rows = rows
        self._sort_rows()
        self.endResetModel()
        self._generation += 1
        self._stale.clear()
        self._pending = [r.audit_id for r in rows if r.audit_id is not None and r.stats is None]
        self.rows_changed.emit()
        self._check_next_batch()

    def update_audit(self, audit_id: uuid.UUID) -> None:
        """An audit changed (in the editor): read its row again and check it anew."""
        positions = [n for n, row in enumerate(self._rows) if row.audit_id == audit_id]
        if not positions:
            self.reload()
            return
        company_id = self._rows[positions[0]].company_id
        database = self._require_database()
        fresh = {row.audit_id: row for row in load_company_rows(database, company_id)}
        if audit_id not in fresh:
            self.reload()
            return
        for n, row in enumerate(self._rows):
            if row.company_id != company_id or row.audit_id not in fresh:
                continue
            new = fresh[row.audit_id]
            new.stats = None if row.audit_id == audit_id else row.stats
            self._rows[n] = new
            self.dataChanged.emit(self.index(n, 0), self.index(n, len(Column) - 1))
        if self._running is not None:
            self._stale.add(audit_id)
        if audit_id in self._pending:
            self._pending.remove(audit_id)
        self._pending.insert(0, audit_id)
        self.rows_changed.emit()
        self._check_next_batch()

    # --- background checks ---------------------------------------------------------------

    def statistics_ready(self) -> bool:
        """Whether every audit's completeness and issue counts are known."""
        return not self._pending and self._running is None

    def start_checks(self) -> None:
        if not self._checks_started:
            self._checks_started = True
            self._check_next_batch()

    def stop_background_work(self) -> None:
        """No further checks are started (the window is closing); a running one ends alone."""
        self._stopped = True
        self._pending.clear()

    def _check_next_batch(self) -> None:
        if self._stopped or not self._checks_started or self._running is not None:
            return
        if not self._pending:
            self.statistics_finished.emit()
            return
        batch, self._pending = self._pending[:STATS_BATCH], self._pending[STATS_BATCH:]
        generation = self._generation
        database = self._require_database()

        def work(progress: Progress) -> dict[uuid.UUID, tuple[str, AuditStats]]:
            from auditor.forms.summary import compute_audit_stats

            return compute_audit_stats(database, batch)

        self._running = run_operation(
            self._owner,
            QCoreApplication.translate("AuditListModel", "Checking audits"),
            work,
            on_success=lambda result: self._batch_done(generation, result),
            on_failure=lambda error: self._batch_failed(generation, batch, error),
            show_progress=False,
        )

    def _batch_done(self, generation: int,
                    result: dict[uuid.UUID, tuple[str, AuditStats]]) -> None:
        self._running = None
        if self.store_summaries is not None:
            self.store_summaries(result)  # kept: the next start shows them at once
        if generation == self._generation:
            self._apply_stats({k: stats for k, (_basis, stats) in result.items()
                               if k not in self._stale})
        self._stale.clear()
        self._check_next_batch()

    def _batch_failed(
        self, generation: int, batch: list[uuid.UUID], error: BaseException
    ) -> None:
        from auditor.db.listing import CHECK_FAILED

        self._running = None
        log.error("checking audits failed", exc_info=error)
        if generation == self._generation:
            self._apply_stats({audit_id: CHECK_FAILED for audit_id in batch})
        self._stale.clear()
        self._check_next_batch()

    def _apply_stats(self, stats: dict[uuid.UUID, AuditStats]) -> None:
        changed: list[int] = []
        for n, row in enumerate(self._rows):
            if row.audit_id is not None and row.audit_id in stats:
                row.stats = stats[row.audit_id]
                changed.append(n)
        if not changed:
            return
        if self._sort is not None and self._sort[0] in STATS_COLUMNS:
            self.sort(*self._sort)
        else:
            first, last = Column.COMPLETE, Column.WARNINGS
            self.dataChanged.emit(self.index(min(changed), first), self.index(max(changed), last))

    # --- rows ----------------------------------------------------------------------------

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def rows(self) -> Sequence[AuditRow]:
        return self._rows

    def find_rows(self, predicate: Callable[[AuditRow], bool]) -> list[int]:
        return [n for n, row in enumerate(self._rows) if predicate(row)]

    def retranslate(self) -> None:
        """The UI language changed: headers and labels are read again by the views."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._sort is not None:
            self.sort(*self._sort)  # names and labels sort differently in another language
        if self._rows:
            last = self.index(len(self._rows) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # --- the model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(str(HEADERS[Column(section)]))
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMBER_COLUMNS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, current_language())
        if role == SORT_ROLE:
            return sort_key(row, column, current_language())
        if role == AUDIT_ID_ROLE:
            return str(row.audit_id) if row.audit_id is not None else None
        if role == COMPANY_ID_ROLE:
            return str(row.company_id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.COMPANY and row.is_demo:
            return self._demo_badge()
        if role == DEMO_ROLE:
            return row.is_demo
        return None

    def _demo_badge(self) -> QPixmap:
        """The "demo" badge beside a demo company's name, drawn once per language and size."""
        font = QApplication.font()
        height = QFontMetrics(font).height() + 2
        app = QApplication.instance()
        ratio = app.devicePixelRatio() if isinstance(app, QApplication) else 1.0
        key = (current_language(), height, ratio, font.key())
        if self._badge is None or self._badge[0] != key:
            self._badge = (key, badge_pixmap(font, height, ratio))
        return self._badge[1]

    def _display(self, row: AuditRow, column: int, lang: str) -> str:
        if column == Column.COMPANY:
            return row.company_name(lang)
        if column == Column.BIN:
            return row.bin
        if column == Column.REGION:
            return CHOICE_LISTS["regions"].label(row.region_code, lang)
        if column == Column.STATUS:
            return _status_text(row, lang)
        if column == Column.REVISION:
            return "" if row.revision is None else str(row.revision)
        if column == Column.GMP_STATUS:
            return _gmp_label(row.gmp_status, lang) or ""
        if column == Column.VISIT:
            return row.visit_start.strftime("%d.%m.%Y") if row.visit_start else ""
        return _stats_text(row, column, lang)

    def _tooltip(self, row: AuditRow, column: int) -> str | None:
        if column == Column.COMPANY:
            names = [n for n in (row.name_kk, row.name_ru) if n]
            if row.is_demo:
                names.append(badge_meaning())
            return "\n".join(names) or None
        if column in STATS_COLUMNS and row.audit_id is not None:
            if row.stats is None:
                return QCoreApplication.translate("AuditListModel", "Being checked…")
            if row.stats.failed:
                return QCoreApplication.translate(
                    "AuditListModel",
                    "This audit could not be checked; the log file has the details.",
                )
        if column == Column.GMP_STATUS and row.gmp_status:
            return _gmp_label(row.gmp_status, current_language())
        return None

    def _foreground(self, row: AuditRow, column: int) -> QColor | None:
        if column == Column.ERRORS and row.stats is not None and row.stats.errors > 0:
            return QColor(176, 0, 32)
        if column == Column.STATUS and row.audit_id is None:
            return QColor(110, 110, 110)
        return None

    # --- sorting -------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self._rows[index.row()] for index in persistent]
        self._sort_rows()
        position = {id(row): n for n, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(position[id(row)], index.column())
                for row, index in zip(held, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        lang = current_language()
        keyed = [(sort_key(row, column, lang), row) for row in self._rows]
        known = [pair for pair in keyed if pair[0] is not None]
        unknown = [row for key, row in keyed if key is None]
        known.sort(key=lambda pair: pair[0], reverse=order == Qt.SortOrder.DescendingOrder)
        # Rows whose value is not known yet (or empty) stay at the end in either direction.
        self._rows = [row for _, row in known] + unknown


@dataclass(frozen=True)
class AuditFilter:
    """What the user narrowed the list to; every part must match."""

    words: tuple[str, ...] = ()
    region: str | None = None
    status: str | None = None  # an audit status, or NO_AUDIT
    gmp_status: str | None = None

    def matches(self, row: AuditRow) -> bool:
        if self.region is not None and row.region_code != self.region:
            return False
        if self.status is not None:
            if self.status == NO_AUDIT:
                if row.audit_id is not None:
                    return False
            elif row.status != self.status:
                return False
        if self.gmp_status is not None and row.gmp_status != self.gmp_status:
            return False
        text = row.search_text
        # A plain loop: this runs for every row on every keystroke.
        for word in self.words:  # noqa: SIM110
            if word not in text:
                return False
        return True

    @property
    def is_empty(self) -> bool:
        return self == AuditFilter()


class AuditFilterProxy(QSortFilterProxyModel):
    """Filters the list by text, region, audit status and GMP status; sorts in the source."""

    def __init__(self, source: AuditListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._filter = AuditFilter()
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)

    @property
    def current_filter(self) -> AuditFilter:
        return self._filter

    def set_filter(self, new: AuditFilter) -> None:
        if new == self._filter:
            return
        self.beginFilterChange()
        self._filter = new
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        words = tuple(text.casefold().split())
        self.set_filter(replace(self._filter, words=words))

    def set_region(self, code: str | None) -> None:
        self.set_filter(replace(self._filter, region=code or None))

    def set_status(self, code: str | None) -> None:
        self.set_filter(replace(self._filter, status=code or None))

    def set_gmp_status(self, code: str | None) -> None:
        self.set_filter(replace(self._filter, gmp_status=code or None))

    def clear_filter(self) -> None:
        self.set_filter(AuditFilter())

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self._filter.matches(self._source.row_at(source_row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)

    def audit_counts(self) -> tuple[int, int]:
        """(audits shown, audits in the list): companies without an audit are not counted."""
        audits = [row for row in self._source.rows() if row.audit_id is not None]
        if self._filter.is_empty:
            return len(audits), len(audits)
        matches = self._filter.matches
        return sum(1 for row in audits if matches(row)), len(audits)

    def source_row(self, proxy_row: int) -> AuditRow:
        return self._source.row_at(self.mapToSource(self.index(proxy_row, 0)).row())

