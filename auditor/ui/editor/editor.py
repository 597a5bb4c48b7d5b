"""The audit editor: the window an auditor fills an audit in, all day, on the factory floor.

A section navigator on the left (completeness and error badges), the section's page on the
right, generated from the questionnaire. Every change is saved as the auditor goes (a choice at
once, typed text when its answer is left or the typing pauses), with no Save button, and can be
undone; the validation engine runs again shortly after each change, so messages
beside the answers, marks in the tables and the badges follow the typing. Finalizing lists the
errors left (each leads to its answer) or, when there are none, takes the company
representative's sign-off and locks the audit; reopening asks for a reason and makes a new
revision.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from auditor.db.audits import ImportedAudit
from auditor.db.database import Database
from auditor.db.models import Audit
from auditor.domain.bin import is_demo_bin
from auditor.domain.lists import CHOICE_LISTS
from auditor.domain.text import Text
from auditor.forms.checker import Verdict
from auditor.forms.engine import Issue
from auditor.forms.fields import Field
from auditor.forms.questionnaire import FORM
from auditor.ui.demo import DemoBanner
from auditor.ui.editor.attachments import AttachmentsPanel
from auditor.ui.editor.banner import Banner
from auditor.ui.editor.checking import ValidationSchedule
from auditor.ui.editor.commands import (
    Described,
)
from auditor.ui.editor.editing import EditControl
from auditor.ui.editor.field_row import FieldRow
from auditor.ui.editor.finalizing import FinalizeFlow
from auditor.ui.editor.formatting import format_number
from auditor.ui.editor.inputs.line import LineInput
from auditor.ui.editor.mnemonics import mnemonic_of
from auditor.ui.editor.navigator import SectionListModel
from auditor.ui.editor.pages import ATTACHMENTS, AttachmentsPage, PageHost, SectionPage
from auditor.ui.editor.repeat import RepeatGroup
from auditor.ui.editor.store import (
    AuditStore,
)
from auditor.ui.i18n import current_language, format_percent
from auditor.ui.operations.writer import DatabaseWriter

DEVELOPMENT_SECTION = "development"

class LazyPage(QWidget):
    """A page of the stack whose content is made the first time it is shown."""

    def __init__(self, build: Callable[[QWidget], QWidget], parent: QWidget) -> None:
        super().__init__(parent)
        self._build = build
        self.content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure_built(self) -> QWidget:
        if self.content is None:
            self.content = self._build(self)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.content)
        return self.content


class AuditEditor(QMainWindow):
    """One audit, edited: every change saved at once, undoable, checked as it is typed."""

    changed = Signal(object)  # the audit's uuid, after saved changes, finalize or reopen

    def __init__(
        self,
        database: Database,
        document: Audit,
        *,
        actor: str,
        signer: str | None = None,
        writer: DatabaseWriter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``document``: the audit as :func:`~auditor.ui.editor.store.read_document` read it
        (on a worker); ``actor``: who the trail names for the changes made here; ``signer``:
        the signed-in auditor's name, as a sign-off shows it (the actor when not given);
        ``writer``: the database's one writer (a window of its own makes one)."""
        super().__init__(parent)
        self.database = database
        self.audit_id = document.id
        self.actor = actor
        self.writer = writer if writer is not None else DatabaseWriter(database, self)
        self.store = AuditStore(database, document, actor=actor, writer=self.writer,
                                parent=self)
        self._closing = False
        self._unreadable_let_go = False  # closing may lose text that cannot be read: agreed
        # The window's parts: changes as undo steps and their writes; when the engine checks;
        # the finalize and reopen dialogs.
        self.edits = EditControl(self.store, self, self.built_groups, self.repeat_group)
        self.undo_stack = self.edits.undo_stack
        self.validation = ValidationSchedule(FORM, lambda: self.store.audit, self)
        self.validation.checked.connect(self._show_verdict)
        self.validation.announced.connect(lambda: self.changed.emit(self.audit_id))
        self.finalizing = FinalizeFlow(
            self.store, self, signer=signer or actor, flush_typing=self.flush_typing,
            pages=self.built_pages,
        )
        self.finalizing.go_to.connect(self.jump_to)
        self.attachments: AttachmentsPanel | None = None
        self.host = PageHost(
            self.store, self.edits.edit_cell, self.edits.field_edited, self._menu_mnemonics,
            self,
        )

        self._build_window()
        self._build_actions()
        self._build_menus()
        self.store.value_written.connect(self._after_value)
        self.store.rows_written.connect(self._after_rows)
        self.store.reloaded.connect(self._after_reload)
        self.store.status_written.connect(self._after_status)
        self.store.refused.connect(self.edits.refused_by_the_database)
        self.writer.state_changed.connect(self._show_saved)
        self.edits.typing_changed.connect(self._show_saved)
        self.undo_stack.canUndoChanged.connect(self._update_undo_actions)
        self.undo_stack.canRedoChanged.connect(self._update_undo_actions)
        self.undo_stack.undoTextChanged.connect(self._update_undo_actions)
        self.undo_stack.redoTextChanged.connect(self._update_undo_actions)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.navigator_model.set_attachment_count(len(self.store.audit.attachments))
        self.retranslate()
        self._apply_status()
        self.show_page(0)
        self.resize(1200, 760)
        # The first verdict comes once the window is up and painted (checking 500 products
        # takes about as long as opening the audit); the badges show "…" until then.
        self.validation.later()

    # --- building ---------------------------------------------------------------------------

    def _build_window(self) -> None:
        central = QWidget(self)
        self.banner = Banner(central)
        self.reopen_button = QPushButton(self.banner)
        self.banner.row.addWidget(self.reopen_button)
        self.reopen_button.clicked.connect(self.finalizing.reopen)
        self.navigator_model = SectionListModel(FORM, self)
        self.navigator = QListView(central)
        self.navigator.setModel(self.navigator_model)
        self.navigator.setWordWrap(True)
        self.navigator.setSpacing(2)
        self.navigator.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.navigator.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.navigator.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.navigator.setMinimumWidth(200)
        self.navigator.selectionModel().currentChanged.connect(self._navigator_moved)
        self.stack = QStackedWidget(central)
        self._pages: list[LazyPage] = []
        for section in FORM.sections:
            self._pages.append(LazyPage(self._section_builder(section.key), self.stack))
        self._pages.append(LazyPage(self._build_attachments, self.stack))
        for page in self._pages:
            self.stack.addWidget(page)
        splitter = QSplitter(Qt.Orientation.Horizontal, central)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([260, 940])
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        # Demo data says so at the top.
        demo = is_demo_bin(self.store.audit.company.bin)
        self.demo_banner = DemoBanner(central) if demo else None
        if self.demo_banner is not None:
            layout.addWidget(self.demo_banner)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.summary = QLabel(self)
        self.saved_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.summary)
        self.statusBar().addPermanentWidget(self.saved_label)

    def _section_builder(self, key: str) -> Callable[[QWidget], QWidget]:
        def build(container: QWidget) -> QWidget:
            return self._build_section_page(key, container)

        return build

    def _build_section_page(self, key: str, container: QWidget) -> SectionPage:
        page = SectionPage(FORM.section(key), self.host, container)
        for row in page.rows.values():
            row.typing_problem_changed.connect(self._show_pending_errors)
        for group in page.groups.values():
            group.add_requested.connect(self.edits.add_row)
            group.duplicate_requested.connect(self.edits.duplicate_row)
            group.remove_requested.connect(self.edits.remove_row)
            group.row_actions_changed.connect(self._update_row_actions)
            group.delegate.typing_problem.connect(self._show_cell_problem)
        if page.attachments_note is not None:
            page.attachments_note.go.connect(self.show_attachments)
        if key == DEVELOPMENT_SECTION:
            page.add_potential()
        page.set_read_only(self.read_only)
        if self.verdict is not None:
            page.set_verdict(self.verdict)
        return page

    def _build_attachments(self, container: QWidget) -> QWidget:
        page = AttachmentsPage(container)
        panel = AttachmentsPanel(self.database, self.audit_id, actor=self.actor,
                                 writer=self.writer, parent=page)
        page.add_panel(panel)
        panel.set_read_only(self.read_only)
        panel.changed.connect(self._attachments_changed)
        self.attachments = panel
        return page

    def _action(
        self,
        slot: Callable[[], object],
        keys: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        pixmap = QStyle.StandardPixmap
        self.undo_action = self._action(self.edits.undo, QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(self.style().standardIcon(pixmap.SP_ArrowBack))
        self.redo_action = self._action(self.edits.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(self.style().standardIcon(pixmap.SP_ArrowForward))
        self.add_row_action = self._action(lambda: self._on_group(RepeatGroup.add), "Ctrl+Ins")
        # Copying and removing act on the table the keyboard is in, never on one elsewhere on
        # the page whose row happens to be current.
        self.duplicate_row_action = self._action(
            lambda: self._on_group(RepeatGroup.duplicate, focused=True), "Ctrl+D"
        )
        self.remove_row_action = self._action(
            lambda: self._on_group(RepeatGroup.remove, focused=True), "Ctrl+Del"
        )
        self.finalize_action = self._action(
            self.finalizing.finalize, "Ctrl+Shift+F", pixmap.SP_DialogApplyButton
        )
        self.reopen_action = self._action(self.finalizing.reopen, None,
                                          pixmap.SP_BrowserReload)
        self.close_action = self._action(self.close, QKeySequence.StandardKey.Close)
        self.previous_action = self._action(lambda: self._step_page(-1), "Ctrl+PgUp")
        self.next_action = self._action(lambda: self._step_page(1), "Ctrl+PgDown")
        self.section_actions: list[QAction] = []
        for number, _section in enumerate(FORM.sections[:9]):
            action = self._action(self._page_shower(number), f"Ctrl+{number + 1}")
            self.section_actions.append(action)
        self.attachments_action = self._action(self.show_attachments, "Ctrl+0")

    def _page_shower(self, number: int) -> Callable[[], object]:
        return lambda: self.show_page(number)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.audit_menu = bar.addMenu("")
        self.audit_menu.addAction(self.finalize_action)
        self.audit_menu.addAction(self.reopen_action)
        self.audit_menu.addSeparator()
        self.audit_menu.addAction(self.close_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.add_row_action)
        self.edit_menu.addAction(self.duplicate_row_action)
        self.edit_menu.addAction(self.remove_row_action)
        self.go_menu = bar.addMenu("")
        self.go_menu.addAction(self.previous_action)
        self.go_menu.addAction(self.next_action)
        self.go_menu.addSeparator()
        for action in self.section_actions:
            self.go_menu.addAction(action)
        self.go_menu.addAction(self.attachments_action)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("editor_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.finalize_action)
        self.toolbar.addAction(self.reopen_action)
        self.addToolBar(self.toolbar)

    # --- pages ------------------------------------------------------------------------------

    def built_pages(self) -> Iterator[SectionPage]:
        for lazy in self._pages:
            if isinstance(lazy.content, SectionPage):
                yield lazy.content

    def built_groups(self) -> Iterator[RepeatGroup]:
        for page in self.built_pages():
            yield from page.groups.values()

    def page(self, section_key: str) -> SectionPage:
        """The page of a section, built if it was not yet."""
        number = next(n for n, s in enumerate(FORM.sections) if s.key == section_key)
        content = self._pages[number].ensure_built()
        assert isinstance(content, SectionPage)
        return content

    def field_row(self, field_key: str) -> FieldRow:
        field = FORM.field(field_key)
        assert field.section is not None
        return self.page(field.section.key).rows[field_key]

    def repeat_group(self, repeat_name: str) -> RepeatGroup:
        repeat = FORM.repeat(repeat_name)
        assert repeat.section is not None
        return self.page(repeat.section.key).groups[repeat_name]

    def show_page(self, number: int) -> QWidget:
        content = self._pages[number].ensure_built()
        self.stack.setCurrentIndex(number)
        index = self.navigator_model.index(number)
        if self.navigator.currentIndex() != index:
            self.navigator.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._update_row_actions()
        return content

    def show_attachments(self) -> None:
        self.show_page(len(self._pages) - 1)

    def current_page_number(self) -> int:
        return self.stack.currentIndex()

    def _step_page(self, step: int) -> None:
        self.show_page((self.stack.currentIndex() + step) % len(self._pages))

    def _navigator_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() != self.stack.currentIndex():
            self.show_page(current.row())

    # --- typing into answers ----------------------------------------------------------------

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and self.isAncestorOf(old):
            self.edits.commit_typing()  # the auditor left the answer: what was typed is saved
            self.edits.new_burst()
            self._tidy_typed_text(old)
        self._update_row_actions()

    def _tidy_typed_text(self, widget: QWidget) -> None:
        """Typing is over: show the answer as it is saved (1250000 → 1 250 000)."""
        if not isinstance(widget, LineInput):
            return
        for page in self.built_pages():
            row = page.rows.get(widget.field.key)
            if row is not None and row.widget is widget:
                if widget.read_value().storable:
                    widget.show_value(self.store.value(widget.field), force=True)
                return

    def _show_cell_problem(self, problem: Text | None) -> None:
        if problem is None:
            self.statusBar().clearMessage()
        else:
            self.statusBar().showMessage(problem(current_language()), 8000)

    # --- rows -------------------------------------------------------------------------------

    def _on_group(self, act: Callable[[RepeatGroup], None], *, focused: bool = False) -> None:
        group = self._active_group(focused=focused)
        if group is not None:
            act(group)

    def _active_group(self, *, focused: bool = False) -> RepeatGroup | None:
        """The repeat the keyboard is in (its table or a cell editor), or else (unless
        ``focused``) the page's only one."""
        widget = QApplication.focusWidget()
        while widget is not None:
            if isinstance(widget, RepeatGroup):
                return widget
            widget = widget.parentWidget()
        if focused:
            return None
        content = self._pages[self.stack.currentIndex()].content
        if isinstance(content, SectionPage) and len(content.groups) == 1:
            return next(iter(content.groups.values()))
        return None

    def _update_row_actions(self) -> None:
        group = self._active_group()
        self.add_row_action.setEnabled(group is not None and group.can_add())
        focused = self._active_group(focused=True)
        can_change = focused is not None and focused.can_change_row()
        self.duplicate_row_action.setEnabled(can_change)
        self.remove_row_action.setEnabled(can_change)

    # --- after the store wrote --------------------------------------------------------------

    def _after_value(self, record: Any, field: Field) -> None:
        for page in self.built_pages():
            if field.repeat is None:
                page.show_value(field)
            page.update_relevance()
        if field.repeat is None:
            # Answers of the audit may decide what applies in any table.
            for group in self.built_groups():
                group.model.refresh()
            if field.is_company_field:
                self._show_title()
        else:
            table = self._built_group(field.repeat.name)
            if table is not None:
                table.model.record_changed(record)
            self._refresh_referring_tables({field.repeat.name})
        self.validation.value_saved(field)

    def _after_rows(self, names: set[str]) -> None:
        self._refresh_referring_tables(names)
        self._update_row_actions()
        self.validation.rows_saved([FORM.repeat(name) for name in names])

    def _after_reload(self) -> None:
        self.validation.everything_changed()
        self.navigator_model.set_attachment_count(len(self.store.audit.attachments))
        for page in self.built_pages():
            page.show_values(force=True)
            page.update_relevance()
            page.refresh_tables()
        self._apply_status()
        self.validation.later()

    def _after_status(self) -> None:
        self.undo_stack.clear()
        self.validation.everything_changed()
        for page in self.built_pages():
            page.show_values(force=True)
            page.refresh_tables()
        self._apply_status()
        self.validation.saved()
        self.validation.check_now()

    def _built_group(self, name: str) -> RepeatGroup | None:
        return next((g for g in self.built_groups() if g.repeat.name == name), None)

    def _refresh_referring_tables(self, names: set[str]) -> None:
        """Tables that name rows of these repeats (a line's site) show the new names."""
        for group in self.built_groups():
            if any(field.ref in names for field in group.model.fields):
                group.model.refresh()

    def _attachments_changed(self) -> None:
        self.store.expire_attachments()  # read again: the reload brings the new list
        self.validation.saved()

    # --- validation -------------------------------------------------------------------------

    @property
    def verdict(self) -> Verdict | None:
        return self.validation.verdict

    def validate_now(self) -> Verdict:
        """Ask the engine now, show its verdict everywhere and announce saved changes."""
        return self.validation.check_now()

    def _show_verdict(self, verdict: Verdict) -> None:
        self.navigator_model.set_verdict(verdict)
        for page in self.built_pages():
            page.set_verdict(verdict)
        self._show_pending_errors()

    def pending_errors(self) -> dict[str, int]:
        """Per section, answers whose typed text cannot be read and so is not saved: errors
        the engine cannot see (an answer it already finds wrong is not counted twice)."""
        verdict = self.verdict
        pending: Counter[str] = Counter()
        for issue in self.finalizing.typing_issues():
            found = verdict.by_field.get(issue.field, []) if verdict is not None else []
            if not any(known.is_error for known in found):
                pending[issue.section] += 1
        return dict(pending)

    def _show_pending_errors(self) -> None:
        self.navigator_model.set_pending_errors(self.pending_errors())
        self._show_summary()

    def _show_summary(self) -> None:
        verdict = self.verdict
        if verdict is None:
            self.summary.setText("")
            return
        lang = current_language()
        parts = [
            self.tr("{percent} complete").format(
                percent=format_percent(verdict.completeness["overall"].percent, lang)
            ),
            self.tr("%n error(s)", "",
                    verdict.errors + sum(self.navigator_model.pending_errors.values())),
            self.tr("%n warning(s)", "", verdict.warnings),
            self.tr("potential index {score}").format(
                score=format_number(verdict.potential.score, lang, decimals=1)
            ),
        ]
        self.summary.setText(" · ".join(parts))

    def _show_saved(self) -> None:
        writer = self.writer
        if writer.waiting:
            text = self.tr("Waiting for the database: another program is using it…")
        elif writer.pending_for(self) or self.edits.typing:
            text = self.tr("Saving…")
        elif self.database.read_only:
            text = self.tr("Read-only")
        elif writer.saved_at is None:
            text = self.tr("Changes are saved as you go")
        else:
            text = self.tr("Saved at {time}").format(time=writer.saved_at.strftime("%H:%M:%S"))
        self.saved_label.setText(text)
        if self._closing and not writer.pending_for(self):
            QTimer.singleShot(0, self, self.close)  # the changes it waited for are saved

    # --- jumping to an issue ----------------------------------------------------------------

    def jump_to(self, issue: Issue) -> None:
        """Show the section of an issue and put the focus on its answer (or its cell)."""
        if issue.repeat == ATTACHMENTS:
            self.show_attachments()
            return
        number = next(
            (n for n, s in enumerate(FORM.sections) if s.key == issue.section), None
        )
        if number is None:
            return
        page = self.show_page(number)
        assert isinstance(page, SectionPage)
        if issue.repeat is None:
            page.focus_field(issue.field)
        else:
            page.focus_cell(issue.repeat, issue.record_id, issue.row, issue.field)

    # --- finalize and reopen ----------------------------------------------------------------

    def flush_typing(self) -> None:
        """Save what was typed in answers and what open cell editors hold, and bring the
        verdict up to date."""
        self.edits.commit_typing()
        for group in self.built_groups():
            group.delegate.flush()
        if self.validation.waiting:
            self.validation.check_now()

    # --- state ------------------------------------------------------------------------------

    @property
    def imported(self) -> ImportedAudit | None:
        """Where the audit came from, while it is read-only here as an audit imported from
        another installation."""
        return self.store.imported

    @property
    def read_only(self) -> bool:
        """Nothing can be changed: the audit is finalized or imported from another
        installation, or the database was opened read-only (another running copy of the
        application works in it)."""
        return (self.store.audit.is_finalized or self.imported is not None
                or self.database.read_only)

    def _apply_status(self) -> None:
        read_only = self.read_only
        self.banner.setVisible(read_only)
        for page in self.built_pages():
            page.set_read_only(read_only)
        if self.attachments is not None:
            self.attachments.set_read_only(read_only)
        self.finalize_action.setEnabled(not read_only)
        imported = self.imported
        reopenable = ((self.store.audit.is_finalized or imported is not None)
                      and not self.database.read_only)
        # Shown to a field auditor too, disabled: its tooltip says who may reopen it.
        self.reopen_action.setEnabled(
            reopenable and (imported is None or imported.reopen_refused is None))
        self.reopen_button.setEnabled(self.reopen_action.isEnabled())
        self.reopen_button.setVisible(reopenable)
        self._update_undo_actions()
        self._update_row_actions()
        self._show_title()
        self._show_banner()

    def _update_undo_actions(self, *_args: object) -> None:
        stack = self.undo_stack
        self.undo_action.setEnabled(stack.canUndo() and not self.read_only)
        self.redo_action.setEnabled(stack.canRedo() and not self.read_only)
        undo, redo = stack.undoText(), stack.redoText()
        self.undo_action.setText(
            self.tr("&Undo {change}").format(change=undo) if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {change}").format(change=redo) if redo else self.tr("&Redo")
        )
        # The toolbar keeps short words; what would be undone is in the menu and the tooltip.
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.undo_action.setToolTip(self.undo_action.text().replace("&", ""))
        self.redo_action.setToolTip(self.redo_action.text().replace("&", ""))

    def _show_title(self) -> None:
        audit = self.store.audit
        company = audit.company
        lang = current_language()
        name = company.name_in(lang)
        status = CHOICE_LISTS["audit_statuses"].label(audit.status, lang)
        self.setWindowTitle(
            self.tr("{company} — revision {revision}, {status}").format(
                company=name, revision=audit.revision, status=status
            )
        )

    def _show_banner(self) -> None:
        finalized = self.store.audit.finalized_at
        when = finalized.astimezone().strftime("%d.%m.%Y %H:%M") if finalized else "—"
        imported = self.imported
        reopen_tip = self.tr("Unlock the finalized audit as a new revision; a reason is asked")
        if self.database.read_only:
            text = self.tr("Read-only: the database is open in another window of the "
                           "application; change the audit there.")
        elif imported is not None:
            came = imported.imported_at.astimezone().strftime("%d.%m.%Y %H:%M")
            text = self.tr("Imported on {date} from {file} (auditor: {auditor}).").format(
                date=came, file=imported.file_name,
                auditor=imported.auditor or self.tr("not named"))
            if imported.reopen_refused is not None:
                reopen_tip = imported.reopen_refused(current_language())
            else:
                reopen_tip = self.tr(
                    "It came from another installation and is read-only here. As a ministry "
                    "analyst you can reopen it, with a reason, to change it here.")
            text += " " + reopen_tip
        else:
            text = self.tr("Finalized on {date} — read-only. Reopen to change.").format(
                date=when)
        self.banner.text.setText(text)
        self.reopen_button.setText(self.tr("&Reopen…"))
        self.reopen_action.setToolTip(reopen_tip)
        self.reopen_button.setToolTip(reopen_tip)

    def _menu_mnemonics(self) -> set[str]:
        """Letters the menu bar uses with Alt, which labels on the pages must not take."""
        letters = {mnemonic_of(action.text()) for action in self.menuBar().actions()}
        letters.add(mnemonic_of(self.reopen_button.text()))
        return letters - {""}

    def _unreadable_text_may_go(self) -> bool:
        """Text typed that cannot be read as its answer is not saved: closing asks whether to
        lose it; the answer is shown when the auditor keeps the window."""
        issues = self.finalizing.typing_issues()
        if not issues or self._unreadable_let_go:
            return True
        lang = current_language()
        answers = "\n".join(
            f"• {FORM.field(issue.field).label(lang)}: {issue.text(lang)}" for issue in issues
        )
        answer = QMessageBox.question(
            self,
            self.tr("Close the audit"),
            self.tr("What was typed in these answers cannot be read and is not saved:\n"
                    "{answers}\n\nClose and lose it?").format(answers=answers),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._unreadable_let_go = True
            return True
        self.jump_to(issues[0])
        return False

    # --- language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.audit_menu.setTitle(self.tr("&Audit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.toolbar.setWindowTitle(self.tr("Audit"))
        self.finalize_action.setText(self.tr("&Finalize…"))
        self.finalize_action.setToolTip(
            self.tr("Check the audit; when it has no errors, sign it off and lock it")
        )
        self.reopen_action.setText(self.tr("&Reopen…"))  # its tooltip: see _show_banner
        self.close_action.setText(self.tr("&Close"))
        self.add_row_action.setText(self.tr("&Add row"))
        self.duplicate_row_action.setText(self.tr("D&uplicate row"))
        self.remove_row_action.setText(self.tr("Re&move row"))
        self.previous_action.setText(self.tr("&Previous section"))
        self.next_action.setText(self.tr("&Next section"))
        lang = current_language()
        for action, section in zip(self.section_actions, FORM.sections, strict=False):
            action.setText(section.label(lang).replace("&", "&&"))
        self.attachments_action.setText(self.tr("A&ttachments"))
        for number in range(self.undo_stack.count()):
            step = self.undo_stack.command(number)
            if isinstance(step, Described):
                step.retranslate()
        self._update_undo_actions()
        self._show_title()
        self._show_banner()
        self._show_summary()
        self._show_saved()
        self.navigator_model.refresh()
        for page in self.built_pages():
            page.retranslate()  # again, now that the menus' letters are the new ones

    # --- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_typing()
        if not self._closing and not self._unreadable_text_may_go():
            event.ignore()
            return
        if self.validation.unannounced:
            self.validation.check_now()
        if self.writer.pending_for(self):
            # Changes are still on their way to the disk: the window waits for them, says so,
            # and closes when they are saved (see _show_saved).
            self._closing = True
            event.ignore()
            self.statusBar().showMessage(
                self.tr("Saving the last changes; the window closes when they are saved…"))
            return
        super().closeEvent(event)
        if event.isAccepted() and self.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
            self.store.close()
