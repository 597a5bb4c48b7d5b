"""What every input offers, whichever widget it is.

The same inputs serve the form pages (one answer per audit) and the cells of repeat tables
(through the repeat delegate), so an answer is typed, shown and checked the same way wherever it
is: show a stored value, read what was typed as a value (or say why it cannot be read yet), tell
when the user changed it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QEvent, SignalInstance
from PySide6.QtGui import QKeyEvent, QKeySequence

from auditor.forms.fields import Field
from auditor.ui.editor.formatting import Parsed

# The rows a ROW_REF field may point at: (record id, how a person names the row).
RowChoices = Callable[[str], list[tuple[uuid.UUID, str]]]


@runtime_checkable
class FieldInput(Protocol):
    """What the form pages and the repeat delegate need from an input."""

    field: Field
    edited: SignalInstance  # the user changed the answer (each keystroke for typed text)

    def show_value(self, value: Any, *, force: bool = False) -> None:
        """Show a stored value; unless ``force``, text that already reads as it is kept."""

    def read_value(self) -> Parsed: ...

    def set_read_only(self, read_only: bool) -> None: ...

    def retranslate(self) -> None: ...


def refuse_own_undo(event: QEvent) -> bool:
    """True for Ctrl+Z / Ctrl+Y and friends, which belong to the editor's undo of saved changes.

    Inputs keep their own undo otherwise, which would undo text without the editor knowing.
    """
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(
        QKeySequence.StandardKey.Redo
    )
