"""The editor's one session and the audit in it: every change is committed at once.

Committing one field with its trail entry takes about a millisecond, so it is done on the GUI
thread as the auditor types: a crash or a power cut loses at most the keystroke being typed.
A write the database refuses (a finalized audit, a broken constraint) is rolled back and the
audit reloaded, so what the editor shows is again what is saved; the caller shows the reason.

Rows of repeats are added and removed here as well, with what hangs on them: removing a site
removes its production lines and clears the certificates and inspections that named it; putting
it back (undo) restores all of that, with the same record ids.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, QObject, Signal
from sqlalchemy import Boolean, String, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import RelationshipDirection, Session
from sqlalchemy.orm.attributes import set_committed_value

from auditor.db.audits import finalize_audit, load_full_audit, reopen_audit
from auditor.db.database import Database
from auditor.db.models import AUDIT_STATUS_FINALIZED, Audit
from auditor.db.trail import AuditLockedError
from auditor.domain.text import Text
from auditor.forms.engine import Scope
from auditor.forms.fields import Field, FieldType, Repeat
from auditor.forms.questionnaire import FORM
from auditor.ui.editor.widgets import display_text
from auditor.ui.i18n import current_language

# Kept out of snapshots: it is set anew whenever a record is written.
_NOT_RESTORED = frozenset({"updated_at"})


class EditRefused(Exception):
    """A change that was not saved; ``cause`` says why. The editor shows the saved state again."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.cause = cause


class EditorRuleError(Exception):
    """A change the editor cannot make as asked; ``reason`` says why in three languages."""

    def __init__(self, reason: Text) -> None:
        super().__init__(reason.en)
        self.reason = reason


MSG_AUDIT_GONE = Text(
    "Аудит дерекқорда жоқ: оны басқа терезеде жойған болуы мүмкін.",
    "Аудита нет в базе: возможно, его удалили в другом окне.",
    "The audit is not in the database: it may have been deleted in another window.",
)
MSG_NEEDS_ROW = Text(
    "Алдымен «{repeat}» бөліміне жазба қосыңыз.",
    "Сначала добавьте запись в «{repeat}».",
    "First add a record to '{repeat}'.",
)
MSG_ROW_GONE = Text(
    "Бұл жазба енді жоқ.",
    "Этой записи больше нет.",
    "This record no longer exists.",
)
MSG_CHOOSE_ROW = Text(
    "Тізімнен жазба таңдаңыз: бұл сұраққа жауап бермеуге болмайды.",
    "Выберите запись из списка: этот вопрос нельзя оставить без ответа.",
    "Choose a record from the list: this answer cannot be left empty.",
)


class RowObserver(Protocol):
    """A table model over one repeat's rows, told before and after they change."""

    def beginInsertRows(self, parent: Any, first: int, last: int) -> None: ...
    def endInsertRows(self) -> None: ...
    def beginRemoveRows(self, parent: Any, first: int, last: int) -> None: ...
    def endRemoveRows(self) -> None: ...
    def beginResetModel(self) -> None: ...
    def endResetModel(self) -> None: ...


@dataclass(frozen=True)
class RowSnapshot:
    """A record's column values and its place in its repeat, enough to put it back as it was."""

    repeat: Repeat
    index: int
    values: dict[str, Any]

    @property
    def record_id(self) -> uuid.UUID:
        value = self.values["id"]
        assert isinstance(value, uuid.UUID)
        return value


@dataclass(frozen=True)
class Link:
    """A row of another repeat that pointed at a removed record (a certificate at its site)."""

    field: Field
    record_id: uuid.UUID
    target_id: uuid.UUID


@dataclass(frozen=True)
class Removal:
    """What removing a row took away: the row first, then what hung on it; links cleared."""

    rows: tuple[RowSnapshot, ...]
    links: tuple[Link, ...] = dataclass_field(default=())

    @property
    def repeats(self) -> set[str]:
        names = {snapshot.repeat.name for snapshot in self.rows}
        return names | {link.field.repeat.name for link in self.links if link.field.repeat}


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


class AuditStore(QObject):
    """The audit being edited, in one long-lived session; each write commits at once."""

    value_written = Signal(object, object)  # the record written and the Field
    rows_written = Signal(object)  # set of repeat names whose rows were added or removed
    status_written = Signal()  # finalized or reopened
    reloaded = Signal()  # after a refused write: everything may differ from what was shown

    def __init__(
        self, database: Database, audit_id: uuid.UUID, *, actor: str, parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self.audit_id = audit_id
        self.actor = actor
        self.session: Session = database.session(actor)
        audit = load_full_audit(self.session, audit_id)
        if audit is None:
            self.session.close()
            raise EditorRuleError(MSG_AUDIT_GONE)
        self.audit: Audit = audit
        self._observers: dict[str, RowObserver] = {}
        self._repeat_of_model = {repeat.model: repeat for repeat in FORM.repeats()}

    def close(self) -> None:
        self.session.close()

    # --- reading --------------------------------------------------------------------------

    def observe(self, repeat: Repeat, observer: RowObserver) -> None:
        self._observers[repeat.name] = observer

    def rows(self, repeat: Repeat) -> list[Any]:
        """The repeat's records as the audit holds them (not a copy: do not change it)."""
        rows: list[Any] = getattr(self.audit, repeat.name)
        return rows

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
        for index, record in enumerate(self.rows(repeat)):
            if record.id == record_id:
                return index, record
        return None

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

    # --- writing one answer ---------------------------------------------------------------

    def set_value(self, field: Field, record: Any, value: Any) -> None:
        """Store ``value`` as ``field``'s answer in ``record`` and commit, or raise EditRefused."""
        self.refuse_if_locked()
        target = self.owner(field, record)
        column = field.column
        if column is None or field.read_only or target is None:
            raise ValueError(f"{field!r} is not typed")
        if field.is_company_field:
            self._refuse_if_finalized_meanwhile()
        if value is None and not column.nullable:
            value = self._empty_value(field)
        reference = self._reference_key(field)
        try:
            if reference is not None:
                setattr(target, reference, self._referenced(field, value))
            else:
                setattr(target, field.name, _copy(value))
        except EditorRuleError as exc:
            raise EditRefused(exc) from exc
        self._commit()
        self.value_written.emit(target, field)

    def _empty_value(self, field: Field) -> Any:
        # A column that cannot be NULL keeps an empty answer as an empty text (the engine
        # still asks for it); one that cannot be empty at all must be chosen.
        assert field.column is not None
        column_type = field.column.type
        if isinstance(column_type, String):
            return ""
        if isinstance(column_type, Boolean):
            return False
        raise EditRefused(EditorRuleError(MSG_CHOOSE_ROW))

    def _reference_key(self, field: Field) -> str | None:
        """The relationship to set for a ROW_REF answer, so that both sides stay in step."""
        if field.type != FieldType.ROW_REF or field.model is None:
            return None
        for relationship in sa_inspect(field.model).relationships:
            if relationship.direction is not RelationshipDirection.MANYTOONE:
                continue
            if any(column.key == field.name for column in relationship.local_columns):
                return str(relationship.key)
        return None

    def _referenced(self, field: Field, value: Any) -> Any:
        if value is None:
            return None
        assert field.ref is not None
        found = self.find_row(FORM.repeat(field.ref), value)
        if found is None:
            raise EditorRuleError(MSG_ROW_GONE)
        return found[1]

    # --- rows -----------------------------------------------------------------------------

    def new_row_values(self, repeat: Repeat) -> dict[str, Any]:
        """Values a new row must have to be saved at all; everything else starts empty."""
        values: dict[str, Any] = {"id": uuid.uuid4()}
        fields = {f.name: f for f in repeat.fields}
        for column in sa_inspect(repeat.model).columns:
            key = str(column.key)
            if column.primary_key or column.nullable or column.default is not None:
                continue
            if key == "audit_id":
                continue  # set by putting the row into the audit
            field = fields.get(key)
            if field is not None and field.type == FieldType.ROW_REF and field.ref is not None:
                ref = FORM.repeat(field.ref)
                rows = self.rows(ref)
                if not rows:
                    raise EditorRuleError(MSG_NEEDS_ROW.format(repeat=ref.label))
                values[key] = rows[0].id
            elif isinstance(column.type, String):
                values[key] = ""
        return values

    def duplicate_values(self, repeat: Repeat, record_id: uuid.UUID) -> dict[str, Any]:
        found = self.find_row(repeat, record_id)
        if found is None:
            raise EditRefused(EditorRuleError(MSG_ROW_GONE))
        values = self._snapshot(repeat, found[1], found[0]).values
        values.pop("created_at", None)
        values["id"] = uuid.uuid4()
        return values

    def add_row(self, repeat: Repeat, values: dict[str, Any]) -> Removal:
        """Add a row at the end; return what puts exactly this row back after it is removed."""
        snapshot = RowSnapshot(repeat, len(self.rows(repeat)), dict(values))
        self.restore(Removal((snapshot,)))
        found = self.find_row(repeat, snapshot.record_id)
        assert found is not None
        return Removal((self._snapshot(repeat, found[1], found[0]),))

    def remove_row(self, repeat: Repeat, record_id: uuid.UUID) -> Removal:
        """Remove a row with what hangs on it; return what :meth:`restore` puts back."""
        self.refuse_if_locked()
        found = self.find_row(repeat, record_id)
        if found is None:
            raise EditRefused(EditorRuleError(MSG_ROW_GONE))
        index, record = found
        taken: list[tuple[RowSnapshot, Any]] = [(self._snapshot(repeat, record, index), record)]
        for dependent_repeat, dependent in self._dependents(record):
            position = self.rows(dependent_repeat).index(dependent)
            snapshot = self._snapshot(dependent_repeat, dependent, position)
            taken.append((snapshot, dependent))
        links: list[Link] = []
        for field in self._referrers(repeat):
            assert field.repeat is not None
            for other in self.rows(field.repeat):
                if getattr(other, field.name) == record.id:
                    links.append(Link(field, other.id, record.id))
                    reference = self._reference_key(field)
                    setattr(other, reference or field.name, None)
        # Later rows first, so that the positions kept stay right when they are put back.
        for snapshot, obj in sorted(taken, key=lambda pair: -pair[0].index):
            self._take_out(snapshot.repeat, obj)
        self._commit()
        for _snapshot, obj in taken:
            self._forget_in_parents(obj)
        removal = Removal(tuple(snapshot for snapshot, _obj in taken), tuple(links))
        self.rows_written.emit(removal.repeats)
        return removal

    def restore(self, removal: Removal) -> None:
        """Put removed rows back where they were, with their ids, and their links."""
        self.refuse_if_locked()
        created: dict[uuid.UUID, Any] = {}
        for snapshot in removal.rows:
            values = {k: _copy(v) for k, v in snapshot.values.items()}
            created[snapshot.record_id] = snapshot.repeat.model(**values)
        for snapshot in sorted(removal.rows, key=lambda s: s.index):
            self._put_in(snapshot.repeat, snapshot.index, created[snapshot.record_id])
        for record in created.values():
            self._attach(record, created)
        for link in removal.links:
            assert link.field.repeat is not None
            found = self.find_row(link.field.repeat, link.record_id)
            target = created.get(link.target_id)
            if found is not None and target is not None:
                setattr(found[1], self._reference_key(link.field) or link.field.name, target)
        self._commit()
        self.rows_written.emit(removal.repeats)

    def _snapshot(self, repeat: Repeat, record: Any, index: int) -> RowSnapshot:
        mapper = sa_inspect(type(record))
        values = {
            str(attr.key): _copy(getattr(record, attr.key))
            for attr in mapper.column_attrs
            if attr.key not in _NOT_RESTORED
        }
        return RowSnapshot(repeat, index, values)

    def _dependents(self, record: Any) -> Iterator[tuple[Repeat, Any]]:
        """Rows that go with ``record`` when it goes: a site's production lines."""
        for relationship in sa_inspect(type(record)).relationships:
            if relationship.direction is not RelationshipDirection.ONETOMANY:
                continue
            if not relationship.cascade.delete:
                continue
            for child in list(getattr(record, relationship.key)):
                repeat = self._repeat_of_model.get(type(child))
                if repeat is not None and child in self.rows(repeat):
                    yield repeat, child
                    yield from self._dependents(child)

    def _referrers(self, repeat: Repeat) -> Iterator[Field]:
        """Answers of other repeats that may point at a row of ``repeat`` and may be emptied."""
        for field in FORM.all_fields():
            column = field.column
            pointing = field.type == FieldType.ROW_REF and field.ref == repeat.name
            if pointing and column is not None and column.nullable:
                yield field

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

    def _attach(self, record: Any, created: dict[uuid.UUID, Any]) -> None:
        """Point a put-back row at its parents (a line at its site), as loading would."""
        for relationship in sa_inspect(type(record)).relationships:
            if relationship.direction is not RelationshipDirection.MANYTOONE:
                continue
            if relationship.key == "audit":
                continue  # set by putting the row into the audit's collection
            (column,) = relationship.local_columns
            key = getattr(record, str(column.key))
            if key is None:
                continue
            parent = created.get(key) or self.session.get(relationship.mapper.class_, key)
            if parent is not None:
                setattr(record, relationship.key, parent)

    def _forget_in_parents(self, record: Any) -> None:
        """Drop a deleted row from its parents' loaded collections (a site's lines), which the
        session keeps as they were, so that nothing later cascades to a row already gone."""
        state = sa_inspect(record)
        for relationship in state.mapper.relationships:
            back = relationship.back_populates
            if relationship.direction is not RelationshipDirection.MANYTOONE or not back:
                continue
            parent = state.dict.get(relationship.key)
            if parent is None or back not in sa_inspect(parent).dict:
                continue
            remaining = [row for row in getattr(parent, back) if row is not record]
            set_committed_value(parent, back, remaining)

    # --- the audit's status ---------------------------------------------------------------

    def finalize(self, representative_name: str, representative_position: str) -> None:
        try:
            finalize_audit(
                self.session,
                self.audit,
                representative_name=representative_name,
                representative_position=representative_position,
            )
        except Exception as exc:
            self._recover()
            raise EditRefused(exc) from exc
        self._commit()
        self.status_written.emit()

    def reopen(self, reason: str) -> None:
        try:
            reopen_audit(self.session, self.audit, reason)
        except Exception as exc:
            self._recover()
            raise EditRefused(exc) from exc
        self._commit()
        self.status_written.emit()

    def refuse_if_locked(self) -> None:
        if self.audit.is_finalized:
            raise EditRefused(AuditLockedError(self.audit.id))

    def _refuse_if_finalized_meanwhile(self) -> None:
        """The lock checks the audit and its rows against the status stored, but the company
        belongs to no one audit, so the lock does not cover it: a company answer given in a
        window of an audit that another window has finalized since is refused here. Ask the
        database (a fraction of a millisecond)."""
        status = self.session.scalar(select(Audit.status).where(Audit.id == self.audit_id))
        if status == AUDIT_STATUS_FINALIZED:
            self._recover()
            raise EditRefused(AuditLockedError(self.audit_id))

    # --- commit, or back to what is saved -------------------------------------------------

    def _commit(self) -> None:
        try:
            self.session.commit()
        except Exception as exc:
            self._recover()
            raise EditRefused(exc) from exc

    def _recover(self) -> None:
        observers = list(self._observers.values())
        for observer in observers:
            observer.beginResetModel()
        try:
            self.session.rollback()
            audit = load_full_audit(self.session, self.audit_id)
            if audit is not None:
                self.audit = audit
        finally:
            for observer in observers:
                observer.endResetModel()
        self.reloaded.emit()

    def expire_attachments(self) -> None:
        """Attachments are written by their own panel in its own session."""
        self.session.expire(self.audit, ["attachments"])


