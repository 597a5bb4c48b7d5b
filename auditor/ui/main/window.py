"""The main window: the companies and their audits, and everything started from there.

Above the table a filter bar narrows the list (text, region, audit status, GMP status); the
table opens an audit with Enter or a double click, each in its own editor window; demo companies
carry a DEMO badge. The File menu creates companies and audits, deletes drafts and companies
entered by mistake, and removes all demo data at once; the Exchange menu moves audits between
laptops and the ministry; Settings switches the language and edits the auditor's profile.

At start the window can be shown before its database is open (``database=None`` and the file's
``path``): it is painted with its menus, filters and an empty list saying the database is being
opened, and :meth:`MainWindow.attach_database` fills it in. Nothing at the top of this module
imports the database layer (SQLAlchemy, the migrations): that is what makes the first paint quick.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditor import __version__
from auditor.domain.profile_kinds import profile_kind
from auditor.ui.errors import log_path, show_error
from auditor.ui.i18n import LANGUAGES, current_language, format_number, install_translator
from auditor.ui.main.audit_list import (
    NO_AUDIT,
    AuditFilterProxy,
    AuditListModel,
    Column,
)
from auditor.ui.main.dialogs import (
    NewCompanyDialog,
    ProfileDialog,
    choice_list_items,
    fill_choice_combo,
    profile_actor,
)
from auditor.ui.operations import Operation, Progress, run_operation
from auditor.ui.operations.writer import DatabaseWriter

if TYPE_CHECKING:
    import uuid

    from auditor.db.database import Database
    from auditor.db.listing import AuditRow
    from auditor.db.models import AuditorProfile

log = logging.getLogger("auditor.ui.main.window")

BACKGROUND_FALLBACK_MS = 1000
FIT_SAMPLE_ROWS = 60
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}  # each in itself


class WindowShortcutsFirst(QObject):
    """Installed on a text box of ``window``: a key that is one of the window's shortcuts goes
    to the window. On X11 a text box takes Ctrl+E as "end of line" and Ctrl+U as "delete to
    the start", so Ctrl+E (export) would do nothing while the search box has the focus, as it
    does at start. The text box keeps its clipboard, undo and select-all keys and every key
    without Ctrl or Alt (Delete deletes a letter there, not the draft)."""

    KEPT = (
        QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut,
        QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Undo,
        QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.SelectAll,
    )

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and self._is_window_shortcut(event)):
            event.ignore()  # not taken by the text box: the window's shortcut runs
            return True
        return False

    def _is_window_shortcut(self, event: QKeyEvent) -> bool:
        held = event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                    | Qt.KeyboardModifier.AltModifier)
        if not held or any(event.matches(key) for key in self.KEPT):
            return False
        pressed = QKeySequence(event.keyCombination())
        return any(
            action.isEnabled() and any(
                key.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                for key in action.shortcuts())
            for action in self._window_actions()
        )

    def _window_actions(self) -> list[QAction]:
        actions = list(self._window.actions())
        menus = [a.menu() for a in self._window.menuBar().actions()]
        while menus:
            menu = menus.pop()
            if isinstance(menu, QMenu):
                for action in menu.actions():
                    actions.append(action)
                    menus.append(action.menu())
        return actions


class MainWindow(QMainWindow):
    """The companies and audits of ``database``, worked on by ``profile`` (None: no auditor
    known yet, the trail names "system" for changes made meanwhile).

    With ``database=None`` the window shows the file at ``path`` as being opened: the list is
    empty, what needs the database is disabled, until :meth:`attach_database`.
    """

    # Emitted once, after the first paint (or a moment after construction for a window never
    # shown): work that can wait starts then, so it does not hold up the first sight.
    first_shown = Signal()
    editor_opened = Signal(object)  # the audit editor window, once it is shown

    def __init__(
        self,
        database: Database | None,
        profile: AuditorProfile | None,
        parent: QWidget | None = None,
        *,
        path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        if database is not None:
            path = database.path
        elif path is None:
            raise ValueError("a window without an open database needs the database's path")
        self._database = database
        self._path: Path = path
        self.profile = profile
        # Every change this window and its editors make goes through this one writer.
        self._writer = DatabaseWriter(database, self) if database is not None else None
        self._editors: dict[uuid.UUID, QWidget] = {}
        self.active_dialog: QDialog | None = None  # the dialog opened last, while it is open
        self.exchange_menu: QMenu | None = None
        self.exchange_menu_tried = False  # True once the Exchange menu is built or known broken
        self._exchange_menu_asked = False
        self._background_started = False
        self._closing = False  # closing, waiting for the writer to save what it has

        self.model = AuditListModel(database, self, checks_started=False)
        self.model.store_summaries = self._store_summaries
        self.proxy = AuditFilterProxy(self.model, self)
        self._build_filter_bar()
        self._build_table()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        # The language chosen is saved in the profile, which comes with the database.
        self._language_group.setEnabled(self._database is not None)

        self.model.rows_changed.connect(self._update_count)
        self.model.modelReset.connect(self._update_actions)
        self.retranslate()
        self.model.reload()
        self._initial_size()
        self._fit_columns()
        self._update_actions()
        # Work that can wait starts once the window has been painted (see paintEvent); this
        # timer covers a window that is never shown.
        QTimer.singleShot(BACKGROUND_FALLBACK_MS, self, self._start_background_work)

    @property
    def database(self) -> Database:
        """The open database (a window still opening it has none yet: RuntimeError)."""
        if self._database is None:
            raise RuntimeError("the database is not open yet")
        return self._database

    @property
    def writer(self) -> DatabaseWriter:
        """The one writer of the open database."""
        if self._writer is None:
            raise RuntimeError("the database is not open yet")
        return self._writer

    def _store_summaries(self, summaries: dict[uuid.UUID, tuple[str, Any]]) -> None:
        if self._writer is None or not summaries or self.read_only:
            return

        def keep(session: Any) -> None:
            from auditor.db.listing import store_summaries

            store_summaries(session, summaries)

        self._writer.write(self, "", keep, actor=self.actor,
                           on_failure=lambda error: log.warning("summaries not kept: %s", error))

    def show_opening_note(self, text: str) -> None:
        """What opening the database waits for (another program holding it)."""
        self._opening_note.setText(text)

    @property
    def read_only(self) -> bool:
        """Whether the database is open only to look (another running copy works in it)."""
        return self._database is not None and self._database.read_only

    @property
    def is_opening(self) -> bool:
        """Whether the window waits for its database to be opened."""
        return self._database is None

    @property
    def actor(self) -> str:
        """Who the audit trail names for changes made in this window: each of its writes
        carries it."""
        return profile_actor(self.profile) or "system"

    @property
    def signer(self) -> str:
        """The signed-in auditor as a sign-off names them: full name and code."""
        profile = self.profile
        if profile is None:
            return self.actor
        name, code = profile.full_name.strip(), profile.auditor_code.strip()
        return f"{name} ({code})" if name and code else name or code or self.actor

    def attach_database(
        self,
        database: Database,
        profile: AuditorProfile | None,
        rows: list[AuditRow] | None = None,
    ) -> None:
        """The database is open: show its list (``rows`` as read on a worker, else read now)
        and enable what needs it."""
        self._database = database
        self._writer = DatabaseWriter(database, self)
        self._path = database.path
        self.profile = profile
        self.model.set_database(database)
        self._opening_note.hide()
        if rows is None:
            self.model.reload()
        else:
            self.model.set_rows(rows)
        self._fit_columns()
        self._language_group.setEnabled(True)
        self._update_status_bar()
        self._update_actions()
        if self._background_started:
            self._start_database_work()

    def set_profile(self, profile: AuditorProfile) -> None:
        """The auditor working in this window (after the first-start profile, or an edit)."""
        self.profile = profile
        self._update_status_bar()

    # --- building ------------------------------------------------------------------------

    def _build_filter_bar(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setObjectName("search")
        self.search_edit.installEventFilter(WindowShortcutsFirst(self))
        self.region_combo = self._filter_combo("region_filter")
        self.status_combo = self._filter_combo("status_filter")
        self.gmp_combo = self._filter_combo("gmp_filter")
        self.count_label = QLabel(self)
        self._search_label = QLabel(self)
        self._search_label.setBuddy(self.search_edit)
        self._region_label = QLabel(self)
        self._region_label.setBuddy(self.region_combo)
        self._status_label = QLabel(self)
        self._status_label.setBuddy(self.status_combo)
        self._gmp_label = QLabel(self)
        self._gmp_label.setBuddy(self.gmp_combo)

        self.search_edit.textChanged.connect(self.proxy.set_text)
        self.search_edit.textChanged.connect(self._update_count)
        self.region_combo.currentIndexChanged.connect(self._combo_filter_changed)
        self.status_combo.currentIndexChanged.connect(self._combo_filter_changed)
        self.gmp_combo.currentIndexChanged.connect(self._combo_filter_changed)

    def _filter_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        # Long Kazakh and Russian labels must not make the bar wider than the window; the
        # list that drops down shows them whole.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        return combo

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        # Sorted by company from the start; the list is still empty, so this costs nothing.
        self.table.horizontalHeader().setSortIndicator(Column.COMPANY, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        # Columns follow the window's width until the user sizes one by hand.
        self._fitting = False
        self._columns_sized_by_hand = False
        header.sectionResized.connect(self._column_resized)
        self.table.activated.connect(self._row_activated)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)

        # Two lines, so that long Kazakh and Russian labels fit a laptop screen.
        search_bar = QHBoxLayout()
        search_bar.addWidget(self._search_label)
        search_bar.addWidget(self.search_edit, 1)
        search_bar.addSpacing(12)
        search_bar.addWidget(self.count_label)
        combo_bar = QHBoxLayout()
        for n, (label, combo) in enumerate(
            (
                (self._region_label, self.region_combo),
                (self._status_label, self.status_combo),
                (self._gmp_label, self.gmp_combo),
            )
        ):
            if n:
                combo_bar.addSpacing(12)
            combo_bar.addWidget(label)
            combo_bar.addWidget(combo, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(search_bar)
        layout.addLayout(combo_bar)
        # While the database is being opened, a note lies over the middle of the empty list.
        self._opening_note = QLabel(central)
        self._opening_note.setObjectName("opening_note")
        self._opening_note.setEnabled(False)  # drawn in the muted colour of the palette
        self._opening_note.setVisible(self._database is None)
        list_area = QGridLayout()
        list_area.addWidget(self.table, 0, 0)
        list_area.addWidget(self._opening_note, 0, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addLayout(list_area, 1)
        self._opening_note.raise_()  # the table was moved into the layout after it: on top
        self.setCentralWidget(central)
        QWidget.setTabOrder(self.search_edit, self.region_combo)
        QWidget.setTabOrder(self.region_combo, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.gmp_combo)
        QWidget.setTabOrder(self.gmp_combo, self.table)

    def _action(
        self, slot: Callable[[], Any], shortcut: QKeySequence | QKeySequence.StandardKey | None
    ) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        ctrl = Qt.KeyboardModifier.ControlModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        self.new_company_action = self._action(self.new_company, QKeySequence(ctrl | Qt.Key.Key_N))
        self.new_audit_action = self._action(
            self.new_audit, QKeySequence(ctrl | shift | Qt.Key.Key_N)
        )
        self.open_audit_action = self._action(self.open_audit, QKeySequence(ctrl | Qt.Key.Key_O))
        self.delete_draft_action = self._action(self.delete_draft, QKeySequence(Qt.Key.Key_Delete))
        self.delete_company_action = self._action(self.delete_company, None)
        self.remove_demo_action = self._action(self.remove_demo_data, None)
        self.backup_action = self._action(self.back_up_database, None)
        self.quit_action = self._action(self.close, QKeySequence(ctrl | Qt.Key.Key_Q))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.find_action = self._action(self.focus_search, QKeySequence(ctrl | Qt.Key.Key_F))
        self.clear_filter_action = self._action(self.clear_filter, None)
        self.refresh_action = self._action(self.reload, QKeySequence(Qt.Key.Key_F5))
        self.profile_action = self._action(self.edit_profile, None)
        self.about_action = self._action(self.show_about, None)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.data_folder_action = self._action(self.open_data_folder, None)

        self._language_group = QActionGroup(self)
        self._language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(self._language_group)
            action.setCheckable(True)
            action.setData(lang)
            action.triggered.connect(lambda _checked=False, code=lang: self.switch_language(code))
            self.language_actions[lang] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._file_menu = bar.addMenu("")
        for action in (
            self.new_company_action,
            self.new_audit_action,
            self.open_audit_action,
            self.delete_draft_action,
            self.delete_company_action,
            self.remove_demo_action,
        ):
            self._file_menu.addAction(action)
        self._file_menu.addSeparator()
        self._file_menu.addAction(self.backup_action)
        self._file_menu.addSeparator()
        self._file_menu.addAction(self.quit_action)

        self._view_menu = bar.addMenu("")
        self._view_menu.addAction(self.find_action)
        self._view_menu.addAction(self.clear_filter_action)
        self._view_menu.addAction(self.refresh_action)

        self._settings_menu = bar.addMenu("")
        self._language_menu = self._settings_menu.addMenu("")
        for action in self.language_actions.values():
            self._language_menu.addAction(action)
        self._settings_menu.addAction(self.profile_action)

        self._help_menu = bar.addMenu("")
        self._help_menu.addAction(self.about_action)
        self._help_menu.addAction(self.data_folder_action)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._background_started:
            QTimer.singleShot(0, self, self._start_background_work)

    def _start_background_work(self) -> None:
        """What the first sight of the window need not wait for: opening the database (when
        the window was shown before), the Exchange menu (its code loads spreadsheet libraries,
        half a second) and the checks of every audit (they share the interpreter with the
        window while they run)."""
        if self._background_started:
            return
        self._background_started = True
        self.first_shown.emit()
        if self._database is not None:
            self._start_database_work()

    def _start_database_work(self) -> None:
        self._add_exchange_menu()
        self.model.start_checks()

    def _add_exchange_menu(self) -> None:
        """The Exchange menu (export, consolidate, import) comes from its own module, imported
        on a worker so that the window stays responsive meanwhile; without it the window still
        works, so a broken or missing module is logged, not fatal."""
        if self._exchange_menu_asked:
            return
        self._exchange_menu_asked = True

        def load(progress: Progress) -> ModuleType:
            return importlib.import_module("auditor.ui.exchange.menu")

        run_operation(
            self,
            "Exchange menu",  # failures are logged by _exchange_menu_failed, never shown
            load,
            on_success=self._build_exchange_menu,
            on_failure=self._exchange_menu_failed,
            show_progress=False,
        )

    def _exchange_menu_failed(self, error: BaseException) -> None:
        self.exchange_menu_tried = True
        log.warning("the exchange menu is not available", exc_info=error)

    def _build_exchange_menu(self, module: ModuleType) -> None:
        try:
            menu = module.ExchangeMenu(
                self.database,
                self,
                selected_audit_ids=self.selected_audit_ids,
                on_data_changed=self.reload,
                actor=lambda: self.actor,
                writer=self.writer,
                parent=self,
            )
        except Exception:
            log.exception("the exchange menu could not be built")
        else:
            self.menuBar().insertMenu(self._view_menu.menuAction(), menu)
            self.exchange_menu = menu
        finally:
            self.exchange_menu_tried = True

    def _build_status_bar(self) -> None:
        self._profile_label = QLabel(self)
        self._database_label = QLabel(self)
        self._database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self._profile_label)
        self.statusBar().addPermanentWidget(self._database_label)

    def _initial_size(self) -> None:
        # Room for the list's columns in every language (Russian and Kazakh headers and
        # labels are the longest), as much of a 1366×768 laptop screen as that takes.
        char = self.fontMetrics().averageCharWidth()
        width, height = char * 215, self.fontMetrics().height() * 42
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)

    def _list_width(self) -> int:
        """The width the columns have without a horizontal scroll bar."""
        if self.table.isVisible():
            width = self.table.viewport().width()
            if not self.table.verticalScrollBar().isVisible():
                # Rows still to come may bring the vertical scroll bar: leave it its room.
                width -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            return width
        central = self.centralWidget()
        layout = central.layout() if central is not None else None
        margins = layout.contentsMargins() if layout is not None else None
        sides = margins.left() + margins.right() if margins is not None else 0
        return (self.width() - sides - 2 * self.table.frameWidth()
                - self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent))

    def _fit_columns(self) -> None:
        """Column widths from the header and the first rows (measuring every row of a long
        list through the model would hold up the start), fitted into the list's width so no
        column is out of sight and no header is cut; after a language switch too."""
        sample = min(self.proxy.rowCount(), FIT_SAMPLE_ROWS)
        cell = self.table.fontMetrics()
        head = self.table.horizontalHeader().fontMetrics()
        char = cell.averageCharWidth()
        padding, indicator = 2 * char, 3 * char  # cell margins; the header's sort arrow
        wanted: dict[Column, int] = {}
        headers: dict[Column, int] = {}
        for column in Column:
            title = str(self.proxy.headerData(column, Qt.Orientation.Horizontal))
            width = headers[column] = head.horizontalAdvance(title) + padding + indicator
            for row in range(sample):
                index = self.proxy.index(row, column)
                text = index.data()
                if text:
                    badge = index.data(Qt.ItemDataRole.DecorationRole)  # the "demo" badge
                    extra = (badge.deviceIndependentSize().width() + char
                             if isinstance(badge, QPixmap) else 0)
                    width = max(width, cell.horizontalAdvance(str(text)) + padding + int(extra))
            wanted[column] = width
        # Long names and labels start at a sensible width and get back what they need when
        # the window has room; the rest is a drag or a tooltip away.
        caps = {Column.COMPANY: 42 * char, Column.GMP_STATUS: 28 * char, Column.REGION: 24 * char}
        widths = {column: min(width, caps.get(column, width)) for column, width in wanted.items()}
        spare = self._list_width() - sum(widths.values())
        for column in (Column.REGION, Column.GMP_STATUS, Column.COMPANY):
            extra = max(0, min(spare, wanted[column] - widths[column]))
            widths[column] += extra
            spare -= extra
        # Too narrow for them all: the long texts give way first, never below their header.
        floors = {Column.COMPANY: max(headers[Column.COMPANY], 20 * char)}
        for column in (Column.COMPANY, Column.GMP_STATUS, Column.REGION):
            if spare >= 0:
                break
            give = min(-spare, widths[column] - floors.get(column, headers[column]))
            if give > 0:
                widths[column] -= give
                spare += give
        self._fitting = True
        try:
            for column, width in widths.items():
                self.table.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _column_resized(self, *_: object) -> None:
        if not self._fitting:
            self._columns_sized_by_hand = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._columns_sized_by_hand:
            self._fit_columns()

    # --- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lang = current_language()
        # The database's file name; the window system adds the application's name after it.
        self.setWindowTitle(self._path.name)
        self._opening_note.setText(self.tr("Opening the database…"))
        self._search_label.setText(self.tr("Sea&rch:"))
        self.search_edit.setPlaceholderText(self.tr("Company name or BIN"))
        self._region_label.setText(self.tr("Re&gion:"))
        self._status_label.setText(self.tr("S&tatus:"))
        self._gmp_label.setText(self.tr("G&MP status:"))
        every = self.tr("All")
        fill_choice_combo(self.region_combo, choice_list_items("regions", lang), empty=every)
        statuses = [*choice_list_items("audit_statuses", lang), (NO_AUDIT, self.tr("No audit yet"))]
        fill_choice_combo(self.status_combo, statuses, empty=every)
        fill_choice_combo(self.gmp_combo, choice_list_items("gmp_statuses", lang), empty=every)
        for combo in (self.region_combo, self.status_combo, self.gmp_combo):
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

        self._file_menu.setTitle(self.tr("&File"))
        self._view_menu.setTitle(self.tr("&View"))
        self._settings_menu.setTitle(self.tr("&Settings"))
        self._language_menu.setTitle(self.tr("&Language"))
        self._help_menu.setTitle(self.tr("&Help"))
        self.new_company_action.setText(self.tr("&New company…"))
        self.new_audit_action.setText(self.tr("New &audit"))
        self.open_audit_action.setText(self.tr("&Open audit"))
        self.delete_draft_action.setText(self.tr("&Delete draft…"))
        self.delete_company_action.setText(self.tr("Delete co&mpany…"))
        self.remove_demo_action.setText(self.tr("Remove d&emo data…"))
        self.backup_action.setText(self.tr("&Back up database…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find company"))
        self.clear_filter_action.setText(self.tr("&Clear filters"))
        self.refresh_action.setText(self.tr("&Refresh list"))
        self.profile_action.setText(self.tr("Auditor &profile…"))
        self.about_action.setText(self.tr("&About"))
        self.data_folder_action.setText(self.tr("Open &data folder"))
        for code, action in self.language_actions.items():
            # Each language is named in itself, so anyone can find theirs.
            action.setText(LANGUAGE_NAMES[code])
            action.setChecked(code == lang)
        self._update_status_bar()
        self._update_count()
        self.model.retranslate()
        self._fit_columns()  # the headers and labels of the new language

    # --- list and filters ----------------------------------------------------------------

    def reload(self) -> None:
        """Read the list again, keeping the selected row where it can."""
        row = self.current_row()
        was_empty = self.model.rowCount() == 0
        self.model.reload()
        if was_empty:
            self._fit_columns()  # sized to the headers alone until now
        if row is not None:
            if row.audit_id is not None:
                self.select_audit(row.audit_id, clear_filter=False)
            else:
                self.select_company(row.company_id, clear_filter=False)
        self._update_actions()

    def _combo_filter_changed(self) -> None:
        self.proxy.set_region(self.region_combo.currentData())
        self.proxy.set_status(self.status_combo.currentData())
        self.proxy.set_gmp_status(self.gmp_combo.currentData())
        self._update_count()

    def _update_count(self) -> None:
        if self._database is None:
            self.count_label.clear()  # nothing is known yet; "0 of 0" would be wrong
            return
        shown, total = self.proxy.audit_counts()
        self.count_label.setText(
            self.tr("Audits shown: {shown} of {total}").format(
                shown=format_number(shown), total=format_number(total))
        )

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def clear_filter(self) -> None:
        self.search_edit.clear()
        for combo in (self.region_combo, self.status_combo, self.gmp_combo):
            combo.setCurrentIndex(0)

    def current_row(self) -> AuditRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.source_row(index.row())

    def selected_audit_ids(self) -> list[uuid.UUID]:
        """The audits of the selected rows (rows of companies without an audit are skipped)."""
        ids: list[uuid.UUID] = []
        for index in self.table.selectionModel().selectedRows():
            audit_id = self.proxy.source_row(index.row()).audit_id
            if audit_id is not None:
                ids.append(audit_id)
        return ids

    def select_audit(self, audit_id: uuid.UUID, *, clear_filter: bool = True) -> bool:
        return self._select_where(lambda row: row.audit_id == audit_id, clear_filter)

    def select_company(self, company_id: uuid.UUID, *, clear_filter: bool = True) -> bool:
        return self._select_where(lambda row: row.company_id == company_id, clear_filter)

    def _select_where(self, predicate: Callable[[AuditRow], bool], clear_filter: bool) -> bool:
        rows = self.model.find_rows(predicate)
        if not rows:
            return False
        index = self.proxy.mapFromSource(self.model.index(rows[0], 0))
        if not index.isValid() and clear_filter:
            self.clear_filter()  # the row is hidden by the filter: show it rather than nothing
            index = self.proxy.mapFromSource(self.model.index(rows[0], 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _row_activated(self, index: QModelIndex) -> None:
        row = self.proxy.source_row(index.row())
        if row.audit_id is None:
            self.new_audit()
        else:
            self.open_audit(row.audit_id)

    def _update_actions(self) -> None:
        open_ = self._database is not None
        writable = open_ and not self.read_only
        for action in (self.refresh_action, self.backup_action):
            action.setEnabled(open_)
        for action in (self.new_company_action, self.profile_action):
            action.setEnabled(writable)
        row = self.current_row()
        self.new_audit_action.setEnabled(writable and row is not None)
        self.open_audit_action.setEnabled(row is not None and row.audit_id is not None)
        self.delete_draft_action.setEnabled(
            writable and row is not None and row.audit_id is not None)
        self.delete_company_action.setEnabled(writable and row is not None)
        self.remove_demo_action.setEnabled(
            writable and any(r.is_demo for r in self.model.rows()))

    def _update_status_bar(self) -> None:
        if self._database is None:
            self._profile_label.clear()  # the profile is read with the database
        elif self.profile is None:
            self._profile_label.setText(self.tr("No auditor profile"))
        else:
            kind = profile_kind(self.profile.kind).label(current_language())
            name, code = self.profile.full_name, self.profile.auditor_code.strip()
            self._profile_label.setText(
                self.tr("{kind}: {name} ({code})").format(kind=kind, name=name, code=code)
                if code else self.tr("{kind}: {name}").format(kind=kind, name=name)
            )
        if self.read_only:
            self._database_label.setText(
                self.tr("Database: {path} — read-only, open in another window").format(
                    path=self._path))
        else:
            self._database_label.setText(self.tr("Database: {path}").format(path=self._path))

    # --- audits --------------------------------------------------------------------------

    def open_audit(self, audit_id: uuid.UUID | None = None) -> Operation[Any] | None:
        """Open the audit in its editor window (read on a worker first), or bring its window
        forward if it is open. :attr:`editor_opened` says when the window is there."""
        if audit_id is None:
            row = self.current_row()
            audit_id = row.audit_id if row is not None else None
        if audit_id is None:
            return None
        editor = self._editors.get(audit_id)
        if editor is not None:
            editor.show()
            editor.raise_()
            editor.activateWindow()
            self.editor_opened.emit(editor)
            return None
        title = self.tr("Open audit")
        database = self.database

        def read(progress: Progress) -> Any:
            # Loaded on first use: the editor and the questionnaire are not needed at start.
            from auditor.ui.editor.store import read_document

            return read_document(database, audit_id)

        return run_operation(self, title, read,
                             on_success=lambda document: self._show_editor(audit_id, document),
                             show_progress=False)

    def _show_editor(self, audit_id: uuid.UUID, document: Any) -> None:
        if audit_id in self._editors:  # opened twice in quick succession
            self.editor_opened.emit(self._editors[audit_id])
            return
        title = self.tr("Open audit")
        try:
            from auditor.ui.editor.editor import AuditEditor
        except ImportError as exc:
            log.exception("the audit editor is not available")
            show_error(self, title, exc)
            return
        try:
            editor: QWidget = AuditEditor(self.database, document, actor=self.actor,
                                          signer=self.signer, writer=self.writer, parent=self)
        except Exception as exc:
            show_error(self, title, exc)
            return
        editor.setWindowFlag(Qt.WindowType.Window, True)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        editor.changed.connect(self.model.update_audit)  # type: ignore[attr-defined]
        editor.destroyed.connect(lambda _=None, key=audit_id: self._editors.pop(key, None))
        self._editors[audit_id] = editor
        editor.show()
        self.editor_opened.emit(editor)

    def open_editors(self) -> dict[uuid.UUID, QWidget]:
        return dict(self._editors)

    def new_audit(self) -> Operation[uuid.UUID] | None:
        """Start a draft audit of the selected company and open it."""
        row = self.current_row()
        title = self.tr("New audit")
        if row is None:
            QMessageBox.information(self, title, self.tr("Choose a company in the list first."))
            return None
        from auditor.db.models import AUDIT_STATUS_DRAFT

        company = row.company_name(current_language())
        drafts = [
            r for r in self.model.rows()
            if r.company_id == row.company_id and r.status == AUDIT_STATUS_DRAFT
        ]
        if drafts:
            draft = drafts[0]
            answer = QMessageBox.question(
                self,
                title,
                self.tr(
                    "{company} already has a draft audit (revision {revision}). "
                    "Finish it rather than starting another. Open the draft?"
                ).format(company=company, revision=draft.revision),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Open,
            )
            if answer == QMessageBox.StandardButton.Open and draft.audit_id is not None:
                self.select_audit(draft.audit_id)
                self.open_audit(draft.audit_id)
            return None
        from auditor.ui.operations.audit import create_audit

        def created(audit_id: uuid.UUID) -> None:
            self.reload()
            self.select_audit(audit_id)
            self.open_audit(audit_id)

        return create_audit(
            self.writer, self, row.company_id,
            self.profile.id if self.profile is not None else None,
            actor=self.actor, title=title, on_created=created,
        )

    def delete_draft(self) -> Operation[None] | None:
        """Delete the selected draft audit after the user confirms; finalized ones are kept."""
        row = self.current_row()
        title = self.tr("Delete draft")
        if row is None or row.audit_id is None:
            QMessageBox.information(self, title, self.tr("Choose an audit in the list first."))
            return None
        company = row.company_name(current_language())
        if row.is_finalized:
            QMessageBox.information(
                self,
                title,
                self.tr(
                    "The audit of {company} (revision {revision}) is finalized and cannot be "
                    "deleted: a signed audit is kept as it was signed. To change it, reopen it "
                    "in the editor."
                ).format(company=company, revision=row.revision),
            )
            return None
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "Delete the draft audit of {company}, revision {revision}? Everything entered "
                "in it is deleted; the audit trail keeps a record of it."
            ).format(company=company, revision=row.revision),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        editor = self._editors.pop(row.audit_id, None)
        if editor is not None:
            editor.close()
        return self._run_delete(row.audit_id, title)

    def back_up_database(self, out: Path | None = None) -> Operation[Path] | None:
        """A consistent copy of the database, the changes still in its journal included (a
        copy of the file alone can miss the last ones), written on a worker."""
        title = self.tr("Back up database")
        if out is None:
            stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
            suggested = self._path.with_name(f"{self._path.stem}-backup-{stamp}.sqlite")
            chosen, _ = QFileDialog.getSaveFileName(
                self, title, str(suggested), self.tr("Database copies (*.sqlite)")
            )
            if not chosen:
                return None
            out = Path(chosen)
        path = self._path

        def work(progress: Progress) -> Path:
            from auditor.db.maintenance import backup_database

            return backup_database(path, out, progress)

        def done(written: Path) -> None:
            QMessageBox.information(
                self, title, self.tr("The database was copied to {path}.").format(path=written)
            )

        return run_operation(self, title, work, on_success=done)

    def _run_delete(self, audit_id: uuid.UUID, title: str) -> Operation[None]:
        from auditor.ui.operations.audit import delete_draft

        return delete_draft(self.writer, self, audit_id, actor=self.actor, title=title,
                            on_deleted=lambda _: self.reload())

    # --- companies -----------------------------------------------------------------------

    def new_company(self) -> NewCompanyDialog:
        dialog = NewCompanyDialog(self.database, self, actor=self.actor, writer=self.writer)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(lambda result: self._company_dialog_finished(dialog, result))
        self._open_dialog(dialog)
        return dialog

    def delete_company(self) -> Operation[None] | None:
        """Delete the selected company, one created by mistake, after the user confirms; a
        company with audits is refused, and its audits kept."""
        row = self.current_row()
        title = self.tr("Delete company")
        if row is None:
            QMessageBox.information(self, title, self.tr("Choose a company in the list first."))
            return None
        lang = current_language()
        company = row.company_name(lang)
        audits = len(self.model.find_rows(
            lambda r: r.company_id == row.company_id and r.audit_id is not None))
        if audits:
            # The core's own refusal, so the window and the database say the same thing.
            from auditor.db.companies import MSG_HAS_AUDITS

            QMessageBox.information(
                self, title, MSG_HAS_AUDITS.format(company=company, n=audits)(lang))
            return None
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "Delete the company {company} (BIN {bin})? It has no audits; the audit trail "
                "keeps a record of it."
            ).format(company=company, bin=row.bin),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        from auditor.ui.operations.company import delete_company

        return delete_company(self.writer, self, row.company_id, actor=self.actor, title=title,
                              on_deleted=lambda _: self.reload())

    def _company_dialog_finished(self, dialog: NewCompanyDialog, result: int) -> None:
        self.active_dialog = None
        if result == QDialog.DialogCode.Accepted and dialog.created_company_id is not None:
            self.reload()
            self.select_company(dialog.created_company_id)
        elif result == NewCompanyDialog.OPEN_EXISTING and dialog.existing_company_id is not None:
            self.select_company(dialog.existing_company_id)
        self.table.setFocus()

    def _open_dialog(self, dialog: QDialog) -> None:
        # Window-modal and not blocking: the event loop keeps running (and tests can drive it).
        self.active_dialog = dialog
        dialog.open()

    # --- settings ------------------------------------------------------------------------

    def switch_language(self, lang: str) -> None:
        """Switch the whole interface at once, and remember the choice in the profile."""
        app = QApplication.instance()
        if app is not None and lang != current_language():
            install_translator(app, lang)
        self.language_actions[lang].setChecked(True)
        if self.profile is None or self.profile.language == lang or self.read_only:
            return
        from auditor.ui.operations.profile import set_language

        self.profile.language = lang
        set_language(self.writer, self, self.profile.id, lang, actor=self.actor,
                     title=self.tr("Language"))

    def edit_profile(self) -> ProfileDialog:
        dialog = ProfileDialog(self.database, self.profile, self, writer=self.writer)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(lambda result: self._profile_dialog_finished(dialog, result))
        self._open_dialog(dialog)
        return dialog

    def _profile_dialog_finished(self, dialog: ProfileDialog, result: int) -> None:
        self.active_dialog = None
        if result == QDialog.DialogCode.Accepted and dialog.profile is not None:
            self.set_profile(dialog.profile)

    # --- help ----------------------------------------------------------------------------

    def about_text(self) -> str:
        log_file = log_path()
        return self.tr(
            "Pharma Capacity Auditor {version}\n\n"
            "Audit of pharmaceutical and medical-device producers of Kazakhstan: GMP status, "
            "production capacity and development potential.\n\n"
            "Database: {database}\nLog file: {log}"
        ).format(
            version=__version__,
            database=self._path,
            log=log_file if log_file is not None else self.tr("not written in this session"),
        )

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Pharma Capacity Auditor"), self.about_text())

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._path.parent)))

    # --- demo data -----------------------------------------------------------------------

    def remove_demo_data(self) -> Operation[Any] | None:
        """Remove every demo company (BIN of the demo range) with its audits, after the user
        confirms what goes; real companies are never touched."""
        title = self.tr("Remove demo data")
        demo = [row for row in self.model.rows() if row.is_demo]
        if not demo:
            QMessageBox.information(self, title, self.tr("This database holds no demo data."))
            return None
        from auditor.domain.bin import DEMO_BIN_PREFIX

        audits = [row for row in demo if row.audit_id is not None]
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "Remove all demo data? Demo companies: {companies}; their audits: {audits}, "
                "finalized among them: {finalized}. Demo data is what carries the DEMO badge "
                "(a BIN starting with {prefix}); real companies and their audits are not "
                "touched. The audit trail keeps a record of everything removed."
            ).format(
                companies=len({row.company_id for row in demo}),
                audits=len(audits),
                finalized=sum(1 for row in audits if row.is_finalized),
                prefix=DEMO_BIN_PREFIX,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        # The editors of demo audits close first (each saves what is being typed).
        for row in audits:
            editor = self._editors.get(row.audit_id) if row.audit_id is not None else None
            if editor is not None:
                editor.close()
        from auditor.ui.operations.demo import remove_demo_data

        def removed(result: Any) -> None:
            self.reload()
            self.statusBar().showMessage(self.tr("Demo data removed: {what}.").format(
                what=result.describe()(current_language())))

        return remove_demo_data(self.writer, self, actor=self.actor, title=title,
                                on_removed=removed)

    def offer_demo_data(self, companies: int = 12, seed: int = 2024) -> Operation[Any] | None:
        """With an empty database, offer demo producers to try the application with."""
        if self.model.rowCount() > 0 or self.read_only:
            return None
        title = self.tr("Demo data")
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "The database is empty. Load demo data (%n producer(s)) to try the application?",
                "", companies,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        database = self.database

        def work(progress: Progress) -> object:
            from auditor.demo import build_demo

            return build_demo(database, companies=companies, seed=seed, progress=progress)

        return self.writer.run(
            self, self.tr("Loading demo data"), work, on_success=lambda _: self.reload()
        )

    # --- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        # Editors save as they go; closing them first lets each finish what is being typed.
        # One still saving stays open until its changes are saved, then closes by itself.
        for editor in list(self._editors.values()):
            editor.close()
        still_open = any(editor.isVisible() for editor in self._editors.values())
        writer = self._writer
        if writer is None or not writer.pending:
            if still_open:  # an editor kept open for a reason of its own: the window stays
                event.ignore()
                return
        else:
            # Changes (or a long job such as a consolidation) are on their way to the disk:
            # the window says so and closes once the writer has nothing left to do.
            event.ignore()
            if not self._closing:
                self._closing = True
                writer.idle.connect(self._close_when_saved)
            self.statusBar().showMessage(
                self.tr("Saving the last changes; the window closes when they are saved…"))
            return
        self.model.stop_background_work()
        super().closeEvent(event)

    def _close_when_saved(self) -> None:
        # The editors that waited close on the same signal: this window follows once they have.
        QTimer.singleShot(0, self, self.close)
