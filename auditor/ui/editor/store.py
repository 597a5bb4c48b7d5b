"""The audit being edited, held in memory, and its changes handed to the database writer.

The editor shows and checks the audit as it is in memory (loaded once, on a worker, with every
record in it); each change is made there at once, so the window answers the keystroke
immediately, and is then saved by the database writer (:mod:`auditor.ui.operations.writer`)
in order, each with its trail entry, while the window goes on. The keystrokes of one answer
waiting for the writer are saved once, with the last value.

A change the database refuses (the audit finalized in another window, the company locked by a
finalized audit, a full disk) is reported by :attr:`AuditStore.refused`; the audit is then read
again, after every change still waiting, so that what the editor shows is again what is saved.

Rows of repeats are added and removed here too, with what hangs on them (see
:mod:`auditor.forms.rows`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtWidgets import QWidget

from auditor.db.audits import MSG_IMPORTED, AuditRuleError, ImportedAudit
from auditor.db.base import utcnow
from auditor.db.database import Database
from auditor.db.editing import document_import
from auditor.db.models import Audit
from auditor.db.trail import AuditLockedError
from auditor.forms import rows as row_rules
from auditor.forms.engine import Scope
from auditor.forms.fields import Field, FieldType, Repeat
from auditor.forms.questionnaire import FORM
from auditor.forms.rows import Link, Removal, RowRuleError, RowSnapshot, copy_value
from auditor.ui.editor.formatting import display_text
from auditor.ui.i18n import current_language
from auditor.ui.operations import audit as operations
from auditor.ui.operations.audit import read_document
from auditor.ui.operations.writer import DatabaseWriter

__all__ = ["AuditStore", "EditRefused", "EditorRuleError", "Link", "Removal", "RowSnapshot",
           "read_document"]

EditorRuleError = RowRuleError
MSG_ROW_GONE = row_rules.MSG_ROW_GONE
class EditRefused(Exception):
    """A change that was not made; ``cause`` says why. The editor shows the saved state again."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.cause = cause


class RowObserver(Protocol):
    """A table model over one repeat's rows, told before and after they change."""

    def beginInsertRows(self, parent: Any, first: int, last: int) -> None: ...
    def endInsertRows(self) -> None: ...
    def beginRemoveRows(self, parent: Any, first: int, last: int) -> None: ...
    def endRemoveRows(self) -> None: ...
    def beginResetModel(self) -> None: ...
    def endResetModel(self) -> None: ...


class AuditStore(QObject):
    """The audit being edited, in memory; its changes saved by the database writer."""

    value_written = Signal(object, object)  # the record changed and the Field
    rows_written = Signal(object)  # set of repeat names whose rows were added or removed
    status_written = Signal()  # finalized or reopened, saved and read again
    reloaded = Signal()  # read again after a refused change: everything may differ
    refused = Signal(str, object)  # what was not saved (a title) and why (the error)

    def __init__(
        self,
        database: Database,
        audit: Audit,
        *,
        actor: str,
        writer: DatabaseWriter,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._owner = parent
        self.database = database
        self.audit = audit
        self.audit_id = audit.id
        self.actor = actor
        self.writer = writer
        self._observers: dict[str, RowObserver] = {}
        self._reloading = False

    def close(self) -> None:
        self._observers.clear()

    # --- reading --------------------------------------------------------------------------

    def observe(self, repeat: Repeat, observer: RowObserver) -> None:
        self._observers[repeat.name] = observer

    def rows(self, repeat: Repeat) -> list[Any]:
        """The repeat's records as the audit holds them (not a copy: do not change it)."""
        return row_rules.rows_of(self.audit, repeat)

    def owner(self, field: Field, record: Any = None) -> Any:
        """The record an answer is stored in: the company, the audit or a repeat's row."""
        if field.is_company_field:
            return self.audit.company
        if field.repeat is None:
            return self.audit
        return record

    def scope(self, repeat: Repeat | None = None, record: Any = None) -> Scope:
        return Scope(FORM, self.audit, record, repeat)

    def value(self, field: Field, record: Any = None) -> Any:
        """The answer (or the computed value) as the audit stands now."""
        return self.scope(field.repeat, record).field_value(field)

    def find_row(self, repeat: Repeat, record_id: uuid.UUID | None) -> tuple[int, Any] | None:
        return row_rules.find_row(self.audit, repeat, record_id)

    def row_title(self, repeat: Repeat, record: Any, index: int | None = None) -> str:
        """How a person names a row: its row label, else "site 2"."""
        lang = current_language()
        label_field = next((f for f in repeat.fields if f.name == repeat.row_label), None)
        if label_field is not None:
            title = display_text(label_field, getattr(record, repeat.row_label, None), lang)
            if title.strip():
                return title
        if index is None:
            found = self.find_row(repeat, getattr(record, "id", None))
            index = found[0] if found else 0
        return f"{repeat.item_label(lang)} {index + 1}"

    def row_has_answers(self, repeat: Repeat, record: Any) -> bool:
        """Whether anything was answered in a row: a value other than empty, "no" or the
        row it was linked to on creation (computed columns are not answers)."""
        for field in repeat.fields:
            if field.type in (FieldType.CALCULATE, FieldType.ROW_REF, FieldType.ATTACHMENT):
                continue
            value = getattr(record, field.name, None)
            if value is None or value is False or value == "" or value == [] or value == ():
                continue
            return True
        return False

    def row_choices(self, repeat_name: str) -> list[tuple[uuid.UUID, str]]:
        repeat = FORM.repeat(repeat_name)
        return [
            (record.id, self.row_title(repeat, record, index))
            for index, record in enumerate(self.rows(repeat))
        ]

    def reference_title(self, field: Field, value: Any) -> str:
        if field.ref is None or value is None:
            return ""
        repeat = FORM.repeat(field.ref)
        found = self.find_row(repeat, value)
        return self.row_title(repeat, found[1], found[0]) if found else "?"

    # --- one answer -----------------------------------------------------------------------

    def set_value(self, field: Field, record: Any, value: Any) -> None:
        """Make ``value`` ``field``'s answer in ``record`` now, and have it saved; raise
        EditRefused for what cannot be made at all."""
        self.refuse_if_locked()
        target = self.owner(field, record)
        column = field.column
        if column is None or field.read_only or target is None:
            raise ValueError(f"{field!r} is not typed")
        try:
            if value is None and not column.nullable:
                value = row_rules.empty_value(field)
            reference = row_rules.reference_key(field)
            if reference is not None:
                # In memory, both sides: the link (which the pages walk) and its key.
                setattr(target, reference, self._referenced(field, value))
            setattr(target, field.name, copy_value(value))
        except RowRuleError as exc:
            raise EditRefused(exc) from exc
        operations.set_answer(self.writer, self._owner, type(target), target.id, field.name,
                              copy_value(value), actor=self.actor,
                              on_refused=self._write_refused)
        self.value_written.emit(target, field)

    def _referenced(self, field: Field, value: Any) -> Any:
        if value is None:
            return None
        assert field.ref is not None
        found = self.find_row(FORM.repeat(field.ref), value)
        if found is None:
            raise RowRuleError(MSG_ROW_GONE)
        return found[1]

    # --- rows -----------------------------------------------------------------------------

    def new_row_values(self, repeat: Repeat) -> dict[str, Any]:
        return row_rules.new_row_values(FORM, self.audit, repeat)

    def duplicate_values(self, repeat: Repeat, record_id: uuid.UUID) -> dict[str, Any]:
        try:
            return row_rules.duplicate_values(self.audit, repeat, record_id)
        except RowRuleError as exc:
            raise EditRefused(exc) from exc

    def add_row(self, repeat: Repeat, values: dict[str, Any]) -> Removal:
        """Add a row at the end; return what puts exactly this row back after it is removed."""
        values = dict(values)
        values.setdefault("created_at", None)
        snapshot = RowSnapshot(repeat, len(self.rows(repeat)), values)
        self.restore(Removal((snapshot,)))
        found = self.find_row(repeat, snapshot.record_id)
        assert found is not None
        return Removal((row_rules.snapshot(repeat, found[1], found[0]),))

    def remove_row(self, repeat: Repeat, record_id: uuid.UUID) -> Removal:
        """Remove a row with what hangs on it; return what :meth:`restore` puts back."""
        self.refuse_if_locked()
        try:
            removal, taken = row_rules.plan_removal(FORM, self.audit, repeat, record_id)
        except RowRuleError as exc:
            raise EditRefused(exc) from exc
        for link in removal.links:
            assert link.field.repeat is not None
            found = self.find_row(link.field.repeat, link.record_id)
            if found is not None:
                reference = row_rules.reference_key(link.field)
                if reference is not None:
                    setattr(found[1], reference, None)
                setattr(found[1], link.field.name, None)
        # Later rows first, so that the positions kept stay right when they are put back.
        for snapshot, obj in sorted(zip(removal.rows, taken, strict=True),
                                    key=lambda pair: -pair[0].index):
            self._take_out(snapshot.repeat, obj)
        operations.remove_rows(self.writer, self._owner, removal, actor=self.actor,
                               on_refused=self._write_refused)
        self.rows_written.emit(removal.repeats)
        return removal

    def restore(self, removal: Removal) -> None:
        """Put removed rows back where they were, with their ids, and their links."""
        self.refuse_if_locked()
        created: dict[uuid.UUID, Any] = {}
        stamped: list[RowSnapshot] = []
        for snapshot in removal.rows:
            values = {k: copy_value(v) for k, v in snapshot.values.items()}
            values["audit_id"] = self.audit_id
            if values.get("created_at") is None:
                values["created_at"] = utcnow()  # a new row: stamped now, in memory and saved
            created[snapshot.record_id] = snapshot.repeat.model(**values)
            stamped.append(RowSnapshot(snapshot.repeat, snapshot.index, values))
        for snapshot in sorted(removal.rows, key=lambda s: s.index):
            self._put_in(snapshot.repeat, snapshot.index, created[snapshot.record_id])
        for record in created.values():
            row_rules.attach_to_parents(FORM, self.audit, record, created)
        for link in removal.links:
            assert link.field.repeat is not None
            found = self.find_row(link.field.repeat, link.record_id)
            target = created.get(link.target_id)
            if found is not None and target is not None:
                reference = row_rules.reference_key(link.field)
                if reference is not None:
                    setattr(found[1], reference, target)
                setattr(found[1], link.field.name, link.target_id)
        operations.restore_rows(self.writer, self._owner, Removal(tuple(stamped), removal.links),
                                actor=self.actor, on_refused=self._write_refused)
        self.rows_written.emit(removal.repeats)

    def _put_in(self, repeat: Repeat, index: int, record: Any) -> None:
        rows = self.rows(repeat)
        index = max(0, min(index, len(rows)))
        observer = self._observers.get(repeat.name)
        if observer is not None:
            observer.beginInsertRows(QModelIndex(), index, index)
        rows.insert(index, record)
        if observer is not None:
            observer.endInsertRows()

    def _take_out(self, repeat: Repeat, record: Any) -> None:
        rows = self.rows(repeat)
        index = next(n for n, row in enumerate(rows) if row is record)
        observer = self._observers.get(repeat.name)
        if observer is not None:
            observer.beginRemoveRows(QModelIndex(), index, index)
        del rows[index]
        if observer is not None:
            observer.endRemoveRows()
        row_rules.forget_in_parents(self.audit, record)

    # --- the audit's status ---------------------------------------------------------------

    def finalize(self, representative_name: str, representative_position: str,
                 on_refused: Callable[[BaseException], None]) -> None:
        """Sign off and lock, on the writer; then the audit is read again."""
        operations.finalize(self.writer, self._owner, self.audit_id, representative_name,
                            representative_position, actor=self.actor,
                            on_done=lambda _: self._read_again(self.status_written),
                            on_refused=on_refused)

    def reopen(self, reason: str, on_refused: Callable[[BaseException], None]) -> None:
        operations.reopen(self.writer, self._owner, self.audit_id, reason, actor=self.actor,
                          on_done=lambda _: self._read_again(self.status_written),
                          on_refused=on_refused)

    @property
    def imported(self) -> ImportedAudit | None:
        """Where the audit came from, while it is read-only as imported from another
        installation."""
        return document_import(self.audit)

    def refuse_if_locked(self) -> None:
        if self.audit.is_finalized:
            raise EditRefused(AuditLockedError(self.audit.id))
        if self.imported is not None:
            raise EditRefused(AuditRuleError(MSG_IMPORTED))

    # --- saving, or reading again -------------------------------------------------------

    def _write_refused(self, error: BaseException) -> None:
        self.refused.emit("", error)
        self.reload()

    def reload(self) -> None:
        """Read the audit again once every change waiting for the writer is done."""
        if self._reloading:
            return
        self._reloading = True
        self._read_again(self.reloaded)

    def _read_again(self, then: Any) -> None:
        def replace(audit: Audit) -> None:
            observers = list(self._observers.values())
            for observer in observers:
                observer.beginResetModel()
            self.audit = audit
            for observer in observers:
                observer.endResetModel()
            self._reloading = False
            then.emit()

        def failed(error: BaseException) -> None:
            self._reloading = False
            self.refused.emit("", error)

        operations.read_audit(self.writer, self._owner, self.audit_id, actor=self.actor,
                              on_read=replace, on_failed=failed)

    def expire_attachments(self) -> None:
        """Attachments are written by their own panel: read the audit's list of them again."""
        self._read_again(self.reloaded)
