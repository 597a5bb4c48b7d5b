"""An audit as an editor holds it, and the changes it makes, applied by record id.

The editor keeps the audit in memory, loaded once (:func:`load_document`), and changes it as the
auditor types; each change is then written by the database writer in a session of its own, by
the ids of the records it concerns (:func:`set_column`, :func:`insert_records`,
:func:`delete_records`). The trail and the lock see these writes like any other.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import RelationshipDirection, Session
from sqlalchemy.orm.attributes import set_committed_value

from auditor.db.audits import ImportedAudit, imported_audit, load_full_audit
from auditor.db.models import Audit, Tracked
from auditor.db.trail import TrailError

# Where the document keeps what :func:`load_document` found of its import (SQLAlchemy's
# per-object ``info``, which no write looks at).
_IMPORTED_KEY = "imported"


class RecordGone(LookupError):
    """The record a change is for is no longer in the database (deleted elsewhere)."""


def load_document(session: Session, audit_id: uuid.UUID) -> Audit | None:
    """The audit with every record in it, ready to be read and changed with no session.

    Besides what :func:`load_full_audit` loads, each record's links to the records it belongs
    to (a line's site, a deficiency's inspection) are filled in from what was loaded, so the
    whole graph can be walked once the session is gone. The session is emptied.

    An audit imported from another installation carries where it came from
    (:func:`document_import`): the editor shows it read-only.
    """
    audit = load_full_audit(session, audit_id)
    if audit is None:
        return None
    sa_inspect(audit).info[_IMPORTED_KEY] = imported_audit(session, audit)
    loaded: dict[tuple[type, Any], Any] = {
        (type(obj), getattr(obj, "id", None)): obj for obj in session.identity_map.values()
    }
    for obj in list(loaded.values()):
        state = sa_inspect(obj)
        for relationship in state.mapper.relationships:
            if relationship.direction is not RelationshipDirection.MANYTOONE:
                continue
            if relationship.key not in state.unloaded:
                continue
            (column,) = relationship.local_columns
            key = state.dict.get(str(column.key))
            target = loaded.get((relationship.mapper.class_, key)) if key is not None else None
            if key is None or target is not None:
                set_committed_value(obj, relationship.key, target)
    session.expunge_all()
    return audit


def document_import(audit: Audit) -> ImportedAudit | None:
    """Where an audit read by :func:`load_document` came from, while it is read-only here as
    an audit imported from another installation; None for one that can be changed here."""
    found = sa_inspect(audit).info.get(_IMPORTED_KEY)
    return found if isinstance(found, ImportedAudit) else None


def _get(session: Session, model: type[Tracked], record_id: uuid.UUID) -> Tracked:
    record = session.get(model, record_id)
    if record is None:
        raise RecordGone(f"{model.__tablename__} {record_id}")
    return record


def set_column(
    session: Session, model: type[Tracked], record_id: uuid.UUID, key: str, value: Any
) -> None:
    """One answer: ``key`` of one record set to ``value`` (a list is stored as a copy)."""
    if key not in {attr.key for attr in sa_inspect(model).column_attrs}:
        raise TrailError(f"{model.__name__} has no column {key}")
    setattr(_get(session, model, record_id), key, list(value) if isinstance(value, list)
            else value)
    session.flush()


def insert_records(session: Session, records: Iterable[tuple[type[Tracked], Mapping[str, Any]]]
                   ) -> None:
    """New records with the column values given (ids included), in the order given."""
    for model, values in records:
        session.add(model(**{k: list(v) if isinstance(v, list) else v
                             for k, v in values.items()}))
        session.flush()  # in order: a line goes in after its site


def delete_records(session: Session, records: Iterable[tuple[type[Tracked], uuid.UUID]]) -> None:
    """Records deleted in the order given (what hangs on a record first); a record already
    gone is what was asked."""
    for model, record_id in records:
        record = session.get(model, record_id)
        if record is not None:
            session.delete(record)
            session.flush()
