"""Rows of the questionnaire's repeats: what a new row needs, what removing one takes along.

Removing a site removes its production lines and clears the certificates and inspections that
named it; putting it back (undo) restores all of that, with the same record ids. These are
worked out here, on the audit as it is held in memory (no session); the database writer then
applies them by record id (:func:`apply_removal`, :func:`apply_restore`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from sqlalchemy import Boolean, String
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import RelationshipDirection, Session

from auditor.db.editing import delete_records, insert_records, set_column
from auditor.db.models import Audit, Tracked
from auditor.domain.text import Text
from auditor.forms.fields import Field, FieldType, Form, Repeat

# Kept out of snapshots: it is set anew whenever a record is written.
_NOT_RESTORED = frozenset({"updated_at"})

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


class RowRuleError(Exception):
    """A row change that cannot be made as asked; ``reason`` says why in three languages."""

    def __init__(self, reason: Text) -> None:
        super().__init__(reason.en)
        self.reason = reason


def copy_value(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


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


def rows_of(audit: Audit, repeat: Repeat) -> list[Any]:
    rows: list[Any] = getattr(audit, repeat.name)
    return rows


def find_row(audit: Audit, repeat: Repeat, record_id: uuid.UUID | None
             ) -> tuple[int, Any] | None:
    for index, record in enumerate(rows_of(audit, repeat)):
        if record.id == record_id:
            return index, record
    return None


def snapshot(repeat: Repeat, record: Any, index: int) -> RowSnapshot:
    mapper = sa_inspect(type(record))
    values = {
        str(attr.key): copy_value(getattr(record, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in _NOT_RESTORED
    }
    return RowSnapshot(repeat, index, values)


def new_row_values(form: Form, audit: Audit, repeat: Repeat) -> dict[str, Any]:
    """Values a new row must have to be saved at all; everything else starts empty."""
    values: dict[str, Any] = {"id": uuid.uuid4(), "audit_id": audit.id}
    fields = {f.name: f for f in repeat.fields}
    for column in sa_inspect(repeat.model).columns:
        key = str(column.key)
        if column.primary_key or column.nullable or column.default is not None:
            continue
        if key == "audit_id":
            continue
        field = fields.get(key)
        if field is not None and field.type == FieldType.ROW_REF and field.ref is not None:
            ref = form.repeat(field.ref)
            rows = rows_of(audit, ref)
            if not rows:
                raise RowRuleError(MSG_NEEDS_ROW.format(repeat=ref.label))
            values[key] = rows[0].id
        elif isinstance(column.type, String):
            values[key] = ""
    return values


def duplicate_values(audit: Audit, repeat: Repeat, record_id: uuid.UUID) -> dict[str, Any]:
    found = find_row(audit, repeat, record_id)
    if found is None:
        raise RowRuleError(MSG_ROW_GONE)
    values = snapshot(repeat, found[1], found[0]).values
    values.pop("created_at", None)
    values["id"] = uuid.uuid4()
    return values


def empty_value(field: Field) -> Any:
    """What a column that cannot be NULL keeps for an emptied answer: an empty text (the engine
    still asks for it), False; one that cannot be empty at all must be chosen."""
    assert field.column is not None
    if isinstance(field.column.type, String):
        return ""
    if isinstance(field.column.type, Boolean):
        return False
    raise RowRuleError(MSG_CHOOSE_ROW)


def reference_key(field: Field) -> str | None:
    """The relationship a ROW_REF answer sets, so that both sides stay in step in memory."""
    if field.type != FieldType.ROW_REF or field.model is None:
        return None
    for relationship in sa_inspect(field.model).relationships:
        if relationship.direction is not RelationshipDirection.MANYTOONE:
            continue
        if any(column.key == field.name for column in relationship.local_columns):
            return str(relationship.key)
    return None


def dependents(form: Form, audit: Audit, record: Any) -> Iterator[tuple[Repeat, Any]]:
    """Rows that go with ``record`` when it goes: a site's production lines."""
    repeat_of_model = {repeat.model: repeat for repeat in form.repeats()}
    for relationship in sa_inspect(type(record)).relationships:
        if relationship.direction is not RelationshipDirection.ONETOMANY:
            continue
        if not relationship.cascade.delete:
            continue
        for child in list(getattr(record, relationship.key)):
            repeat = repeat_of_model.get(type(child))
            if repeat is not None and child in rows_of(audit, repeat):
                yield repeat, child
                yield from dependents(form, audit, child)


def referrers(form: Form, repeat: Repeat) -> Iterator[Field]:
    """Answers of other repeats that may point at a row of ``repeat`` and may be emptied."""
    for field in form.all_fields():
        column = field.column
        pointing = field.type == FieldType.ROW_REF and field.ref == repeat.name
        if pointing and column is not None and column.nullable:
            yield field


def plan_removal(form: Form, audit: Audit, repeat: Repeat, record_id: uuid.UUID
                 ) -> tuple[Removal, list[Any]]:
    """What removing a row takes away, and the records it takes (the row, then its
    dependents), as the audit stands in memory."""
    found = find_row(audit, repeat, record_id)
    if found is None:
        raise RowRuleError(MSG_ROW_GONE)
    index, record = found
    taken: list[tuple[RowSnapshot, Any]] = [(snapshot(repeat, record, index), record)]
    for dependent_repeat, dependent in dependents(form, audit, record):
        position = rows_of(audit, dependent_repeat).index(dependent)
        taken.append((snapshot(dependent_repeat, dependent, position), dependent))
    links: list[Link] = []
    for field in referrers(form, repeat):
        assert field.repeat is not None
        for other in rows_of(audit, field.repeat):
            if getattr(other, field.name) == record.id:
                links.append(Link(field, other.id, record.id))
    removal = Removal(tuple(s for s, _ in taken), tuple(links))
    return removal, [obj for _, obj in taken]


def attach_to_parents(form: Form, audit: Audit, record: Any, created: dict[uuid.UUID, Any]
                      ) -> None:
    """Point a row put back in memory at its parents (a line at its site), as loading does:
    among the rows put back with it, else among the audit's rows."""
    for relationship in sa_inspect(type(record)).relationships:
        if relationship.direction is not RelationshipDirection.MANYTOONE:
            continue
        if relationship.key == "audit":
            continue  # set by putting the row into the audit's collection
        (column,) = relationship.local_columns
        key = getattr(record, str(column.key))
        if key is None:
            continue
        parent = created.get(key)
        if parent is None:
            repeat = next((r for r in form.repeats() if r.model is relationship.mapper.class_),
                          None)
            found = find_row(audit, repeat, key) if repeat is not None else None
            parent = found[1] if found else None
        if parent is not None:
            setattr(record, relationship.key, parent)


def forget_in_parents(audit: Audit, record: Any) -> None:
    """Drop a removed row from its parents' collections in memory (a site's lines)."""
    state = sa_inspect(record)
    for relationship in state.mapper.relationships:
        back = relationship.back_populates
        if relationship.direction is not RelationshipDirection.MANYTOONE or not back:
            continue
        parent = state.dict.get(relationship.key)
        if parent is None or parent is audit:
            continue
        collection = getattr(parent, back)
        if record in collection:
            collection.remove(record)


# --- applied by the database writer, by record id --------------------------------------------


def _model(repeat: Repeat) -> type[Tracked]:
    model = repeat.model
    assert model is not None and issubclass(model, Tracked)
    return model


def apply_removal(session: Session, removal: Removal) -> None:
    for link in removal.links:
        assert link.field.repeat is not None
        set_column(session, _model(link.field.repeat), link.record_id, link.field.name, None)
    # What hangs on a row goes before the row.
    delete_records(session, [(_model(s.repeat), s.record_id) for s in reversed(removal.rows)])


def apply_restore(session: Session, removal: Removal) -> None:
    insert_records(session, [(_model(s.repeat), s.values) for s in removal.rows])
    for link in removal.links:
        assert link.field.repeat is not None
        set_column(session, _model(link.field.repeat), link.record_id, link.field.name,
                   link.target_id)
