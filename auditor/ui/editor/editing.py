"""The editor's edit control: every change an auditor makes, as an undoable step, and its write.

Typing into an answer, a cell, adding, duplicating or removing a row each become a command on
the undo stack; the command asks for its write here (:class:`~auditor.ui.editor.commands.
CommandHost`), and the write goes to the store, which queues it to the database writer. A write
the rules refuse is reported in the user's language and leaves the answer as it was saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from auditor.forms.fields import Field, Repeat
from auditor.ui.editor.commands import AddRowCommand, RemoveRowCommand, SetValueCommand
from auditor.ui.editor.field_row import FieldRow
from auditor.ui.editor.inputs.registry import TYPED_INPUTS, TYPING_PAUSE_MS
from auditor.ui.editor.repeat import RepeatGroup
from auditor.ui.editor.store import (
    MSG_ROW_GONE,
    AuditStore,
    EditorRuleError,
    EditRefused,
    Removal,
)
from auditor.ui.errors import show_error
from auditor.ui.i18n import current_language


class EditControl(QObject):
    """Changes as undo steps, and their writes through the store (the commands' host)."""

    typing_changed = Signal()  # typed text started or stopped waiting to be saved

    def __init__(
        self,
        store: AuditStore,
        window: QWidget,
        groups: Callable[[], Iterator[RepeatGroup]],
        group_of: Callable[[str], RepeatGroup],
    ) -> None:
        super().__init__(window)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._window = window
        self._groups = groups
        self._group_of = group_of
        self._burst = 0  # changes in one go to one answer share a number and undo together
        self._write_refused = False
        self._typing: dict[str, FieldRow] = {}  # answers typed in, not yet saved
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.commit_typing)

    # --- answers ----------------------------------------------------------------------------

    def field_edited(self, row: FieldRow) -> None:
        """An answer's input changed: a choice is saved at once; typed text once the auditor
        leaves the answer or pauses (:meth:`commit_typing`). What cannot be read as an answer
        says why and is not saved."""
        parsed = row.input.read_value()
        row.set_typing_problem(parsed.problem)
        if isinstance(row.widget, TYPED_INPUTS):
            waiting = bool(self._typing)
            self._typing[row.field.key] = row
            self._pause.start()
            if not waiting:
                self.typing_changed.emit()
            return
        self._burst += 1  # each choice is a step of its own
        self._save(row)
        self._burst += 1

    @property
    def typing(self) -> bool:
        """Typed text waits to be saved (the auditor is still typing)."""
        return bool(self._typing)

    def commit_typing(self) -> None:
        """Save what was typed, in answers and in open cells, each as one change, if it reads
        as an answer."""
        self._pause.stop()
        rows, self._typing = list(self._typing.values()), {}
        for row in rows:
            self._save(row)
        for group in self._groups():
            group.delegate.commit_typing()
        if rows:
            self.typing_changed.emit()

    def _save(self, row: FieldRow) -> None:
        parsed = row.input.read_value()
        if not parsed.storable:
            return
        field = row.field
        current = self.store.value(field)
        if parsed.value == current:
            return
        if not self.push_value(field, None, current, parsed.value):
            row.input.show_value(self.store.value(field), force=True)
            row.set_typing_problem(None)

    def edit_cell(self, record: Any, field: Field, value: Any) -> bool:
        return self.push_value(field, record, self.store.value(field, record), value)

    def push_value(self, field: Field, record: Any, old: Any, new: Any) -> bool:
        owner = self.store.owner(field, record)
        command = SetValueCommand(
            self,
            field,
            getattr(owner, "id", None),
            old,
            new,
            burst=self._burst,
            describe=lambda: self.tr("change of “{answer}”").format(
                answer=field.label(current_language())
            ),
        )
        self._write_refused = False
        self.undo_stack.push(command)
        return not self._write_refused

    def new_burst(self) -> None:
        """What comes next is a change of its own (the focus moved on): it undoes alone."""
        self._burst += 1

    # --- rows -------------------------------------------------------------------------------

    def add_row(self, repeat: Repeat) -> None:
        try:
            values = self.store.new_row_values(repeat)
        except EditorRuleError as exc:
            show_error(self._window, self.tr("The row was not added"), exc)
            return

        def describe() -> str:
            table = repeat.label(current_language())
            return self.tr("adding a row to “{table}”").format(table=table)

        self._push_row(AddRowCommand(self, repeat, values, describe=describe), repeat,
                       values["id"])

    def duplicate_row(self, repeat: Repeat, record_id: uuid.UUID) -> None:
        try:
            values = self.store.duplicate_values(repeat, record_id)
        except EditRefused as exc:
            show_error(self._window, self.tr("The row was not added"), exc.cause)
            return

        def describe() -> str:
            table = repeat.label(current_language())
            return self.tr("copy of a row of “{table}”").format(table=table)

        self._push_row(AddRowCommand(self, repeat, values, describe=describe), repeat,
                       values["id"])

    def _push_row(self, command: AddRowCommand, repeat: Repeat, record_id: uuid.UUID) -> None:
        self._burst += 1
        self._write_refused = False
        self.undo_stack.push(command)
        if not self._write_refused:
            group = self._group_of(repeat.name)
            group.select_record(record_id)
            group.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_row(self, repeat: Repeat, record_id: uuid.UUID) -> None:
        # A filled row was asked about by its table (RepeatGroup.remove); undo puts it back.
        self._burst += 1

        def describe() -> str:
            table = repeat.label(current_language())
            return self.tr("removal of a row of “{table}”").format(table=table)

        self.undo_stack.push(RemoveRowCommand(self, repeat, record_id, describe=describe))

    # --- undo -------------------------------------------------------------------------------

    def undo(self) -> None:
        self.commit_typing()  # what is being typed is a change too: the undo takes it back
        self._close_cell_editors()
        self._burst += 1
        self.undo_stack.undo()

    def redo(self) -> None:
        self.commit_typing()
        self._close_cell_editors()
        self._burst += 1
        self.undo_stack.redo()

    def _close_cell_editors(self) -> None:
        # What they hold is saved already (commit_typing); left open, they would save it again
        # over the undo.
        for group in self._groups():
            group.delegate.discard()

    # --- writes, as the undo commands ask for them (CommandHost) ----------------------------

    def write_value(self, field: Field, record_id: uuid.UUID | None, value: Any) -> bool:
        record = self._record_for(field, record_id)
        if record is None:
            self._refused(EditorRuleError(MSG_ROW_GONE))
            return False
        try:
            self.store.set_value(field, record, value)
        except EditRefused as exc:
            self._refused(exc.cause)
            return False
        return True

    def write_new_row(self, repeat: Repeat, values: dict[str, Any]) -> Removal | None:
        try:
            return self.store.add_row(repeat, values)
        except EditRefused as exc:
            self._refused(exc.cause)
            return None

    def write_removal(self, repeat: Repeat, record_id: uuid.UUID) -> Removal | None:
        try:
            return self.store.remove_row(repeat, record_id)
        except EditRefused as exc:
            self._refused(exc.cause)
            return None

    def write_restore(self, removal: Removal) -> bool:
        try:
            self.store.restore(removal)
        except EditRefused as exc:
            self._refused(exc.cause)
            return False
        return True

    def _record_for(self, field: Field, record_id: uuid.UUID | None) -> Any:
        if field.repeat is None:
            return self.store.owner(field)
        found = self.store.find_row(field.repeat, record_id)
        return found[1] if found is not None else None

    def _refused(self, cause: BaseException) -> None:
        self._write_refused = True
        show_error(self._window, self.tr("The change was not saved"), cause)

    def refused_by_the_database(self, _title: str, cause: BaseException) -> None:
        """A change shown already was refused when it was saved: say why; the audit is read
        again (what the undo steps would put back may no longer be there)."""
        self.undo_stack.clear()
        show_error(self._window, self.tr("The change was not saved"), cause)
