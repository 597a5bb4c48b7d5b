"""Undoable changes: an answer, a row added, duplicated or removed.

Every command writes through the editor at once, when done, undone and redone alike, so each
step is saved and in the audit trail like any other change. A command whose write is refused
marks itself obsolete and the undo stack drops it (the editor has shown why).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from auditor.forms.fields import Field, Repeat
from auditor.ui.editor.store import Removal

SET_VALUE_ID = 0x5E7

Describe = Callable[[], str]  # what the step did, in the interface's current language


class Described(QUndoCommand):
    """A step whose text follows the interface language (the Undo menu shows it)."""

    def __init__(self, describe: Describe) -> None:
        super().__init__(describe())
        self.describe = describe

    def retranslate(self) -> None:
        self.setText(self.describe())


class CommandHost(Protocol):
    """The editor as the commands see it: writes that report refusals to the user."""

    def write_value(self, field: Field, record_id: uuid.UUID | None, value: Any) -> bool: ...
    def write_new_row(self, repeat: Repeat, values: dict[str, Any]) -> Removal | None: ...
    def write_removal(self, repeat: Repeat, record_id: uuid.UUID) -> Removal | None: ...
    def write_restore(self, removal: Removal) -> bool: ...


class SetValueCommand(Described):
    """One answer changed. Keystrokes in the same field in one go merge into one step."""

    def __init__(
        self,
        host: CommandHost,
        field: Field,
        record_id: uuid.UUID | None,
        old: Any,
        new: Any,
        *,
        burst: int,
        describe: Describe,
    ) -> None:
        super().__init__(describe)
        self.host = host
        self.field = field
        self.record_id = record_id
        self.old = old
        self.new = new
        self.burst = burst

    def id(self) -> int:
        return SET_VALUE_ID

    def redo(self) -> None:
        if not self.host.write_value(self.field, self.record_id, self.new):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.host.write_value(self.field, self.record_id, self.old):
            self.setObsolete(True)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValueCommand):
            return False
        same_place = other.field is self.field and other.record_id == self.record_id
        if not same_place or other.burst != self.burst:
            return False
        self.new = other.new
        # Typed and typed away again: nothing to undo.
        self.setObsolete(self.new == self.old)
        return True


class AddRowCommand(Described):
    """A row added (empty, or a copy of another row: duplicate)."""

    def __init__(
        self, host: CommandHost, repeat: Repeat, values: dict[str, Any], *, describe: Describe
    ) -> None:
        super().__init__(describe)
        self.host = host
        self.repeat = repeat
        self.values = values
        self.record_id: uuid.UUID = values["id"]
        self._added: Removal | None = None

    def redo(self) -> None:
        if self._added is None:
            self._added = self.host.write_new_row(self.repeat, self.values)
            if self._added is None:
                self.setObsolete(True)
        elif not self.host.write_restore(self._added):
            self.setObsolete(True)

    def undo(self) -> None:
        removal = self.host.write_removal(self.repeat, self.record_id)
        if removal is None:
            self.setObsolete(True)
        else:
            self._added = removal


class RemoveRowCommand(Described):
    """A row removed, with what hangs on it; undo puts all of it back with the same ids."""

    def __init__(
        self, host: CommandHost, repeat: Repeat, record_id: uuid.UUID, *, describe: Describe
    ) -> None:
        super().__init__(describe)
        self.host = host
        self.repeat = repeat
        self.record_id = record_id
        self._removal: Removal | None = None

    def redo(self) -> None:
        removal = self.host.write_removal(self.repeat, self.record_id)
        if removal is None:
            self.setObsolete(True)
        else:
            self._removal = removal

    def undo(self) -> None:
        if self._removal is None or not self.host.write_restore(self._removal):
            self.setObsolete(True)
