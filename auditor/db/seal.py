"""Seals: a finalized audit's content as a digest, so that any later change is found.

When an audit is finalized (or arrives finalized in a package) it is sealed: every record it
consists of — the audit row, each record captured in it, the company and the auditor profile
it rests on, the bytes of its files — is reduced to a SHA-256 of its stored values, and the
digests are kept in ``audit_seal`` beside the audit's ``seal_sha256``. From then on the
database refuses changes to all of it (:mod:`auditor.db.guards`); should someone get around
that (remove the triggers with another tool), ``auditor check`` and export recompute the
digests and name the records that changed, appeared or disappeared.

Digests are taken over the values as SQLite stores them, column by column, leaving out empty
columns: a later schema version that adds an (empty) column keeps every seal valid. A migration
that fills a new column of sealed audits must seal them again.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, insert, select

from auditor.db.models import (
    AUDIT_PART_MODELS,
    Audit,
    AuditorProfile,
    AuditSeal,
    Company,
    TrailEntry,
)
from auditor.domain.text import LANGUAGES, Text

GENESIS = "0" * 64

# Columns of the audit row that sealing itself changes.
_AUDIT_UNSEALED = frozenset({"seal_sha256", "updated_at"})
# The part of a profile an audit rests on (its language is the person's own choice).
_PROFILE_SEALED = frozenset(
    {"id", "full_name", "auditor_code", "organisation", "region_code", "installation_id",
     "created_at"}
)

_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def _table(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _stored(value: Any) -> Any:
    if isinstance(value, bytes | memoryview):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    return value


def _digest(table: str, row: Mapping[str, Any], keep: frozenset[str] | None = None,
            leave: frozenset[str] = frozenset()) -> str:
    values = {
        key: _stored(value)
        for key, value in row.items()
        if value is not None and key not in leave and (keep is None or key in keep)
    }
    return hashlib.sha256(_JSON.encode([table, values]).encode("utf-8")).hexdigest()


def _rows(connection: Connection, table: str, where: str, key: str) -> Iterator[dict[str, Any]]:
    # Read as stored, without the columns' Python types: the seal is over the stored values.
    result = connection.exec_driver_sql(f"SELECT * FROM {table} WHERE {where} = ?", (key,))
    columns = list(result.keys())
    for row in result:
        yield dict(zip(columns, row, strict=True))


def _key(audit_id: uuid.UUID) -> str:
    return audit_id.hex  # how a UUID key is stored in SQLite


def content_digests(connection: Connection, audit_id: uuid.UUID) -> dict[str, str]:
    """``{"table/record id": digest}`` of everything the audit consists of, as stored now."""
    records: dict[str, str] = {}
    audit_table = _table(Audit).name
    audit_rows = list(_rows(connection, audit_table, "id", _key(audit_id)))
    if not audit_rows:
        return records
    (audit,) = audit_rows
    records[f"{audit_table}/{audit['id']}"] = _digest(audit_table, audit, leave=_AUDIT_UNSEALED)
    company_table = _table(Company).name
    for row in _rows(connection, company_table, "id", str(audit["company_id"])):
        records[f"{company_table}/{row['id']}"] = _digest(company_table, row)
    if audit.get("auditor_id") is not None:
        profile_table = _table(AuditorProfile).name
        for row in _rows(connection, profile_table, "id", str(audit["auditor_id"])):
            records[f"{profile_table}/{row['id']}"] = _digest(
                profile_table, row, keep=_PROFILE_SEALED
            )
    for model in AUDIT_PART_MODELS:
        table = _table(model).name
        for row in _rows(connection, table, "audit_id", _key(audit_id)):
            records[f"{table}/{row['id']}"] = _digest(table, row)
    return records


def overall_digest(records: Mapping[str, str]) -> str:
    return hashlib.sha256(_JSON.encode(dict(records)).encode("utf-8")).hexdigest()


def trail_head(connection: Connection) -> tuple[int, str]:
    """The last trail entry's id and link of the chain (0 and the start for an empty trail)."""
    row = connection.execute(
        select(TrailEntry.id, TrailEntry.chain).order_by(TrailEntry.id.desc()).limit(1)
    ).first()
    if row is None:
        return 0, GENESIS
    return int(row.id), str(row.chain or GENESIS)


def write_seal(connection: Connection, audit_id: uuid.UUID, revision: int) -> str:
    """Record the audit's content as it is stored now; return the digest to set as its
    ``seal_sha256`` (the database refuses that value unless this record exists)."""
    records = content_digests(connection, audit_id)
    sha = overall_digest(records)
    trail_id, trail_chain = trail_head(connection)
    connection.execute(insert(AuditSeal), [{
        "audit_id": audit_id,
        "revision": revision,
        "sha256": sha,
        "trail_id": trail_id,
        "trail_chain": trail_chain,
        "records": _JSON.encode(records),
    }])
    return sha


LISTED = Text("{label}: {keys}{more}", "{label}: {keys}{more}", "{label}: {keys}{more}")


def _more(n: int) -> Text:
    return Text(f" және тағы {n}", f" и ещё {n}", f" and {n} more")


_SEAL_LISTS = (
    ("changed", Text("мөрден кейін өзгертілген", "изменены после опечатывания",
                     "changed after sealing")),
    ("added", Text("мөрден кейін қосылған", "добавлены после опечатывания",
                   "added after sealing")),
    ("removed", Text("мөрден кейін жойылған", "удалены после опечатывания",
                     "removed after sealing")),
)
NOT_SEALED = Text("аяқталған, бірақ мөрленбеген", "завершён, но не опечатан",
                  "finalized but not sealed")
SEAL_MISSING = Text("мөр жазбасы жоқ", "запись печати отсутствует",
                    "its seal record is missing")
SEAL_ALTERED = Text("мөр жазбасы өзгертілген", "запись печати изменена",
                    "its seal record was altered")
ANCHOR_GONE = Text(
    "мөр қойылған кездегі журнал жазбасы №{n} жоқ не өзгертілген",
    "запись журнала №{n}, после которой поставлена печать, отсутствует или изменена",
    "the audit-trail entry {n} it was sealed after is missing or altered",
)


@dataclass
class SealCheck:
    """What differs between an audit as stored and as it was sealed."""

    audit_id: uuid.UUID
    changed: list[str] = field(default_factory=list)  # "table/record id"
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    problems: list[Text] = field(default_factory=list)  # the seal itself is missing or altered

    @property
    def ok(self) -> bool:
        return not (self.changed or self.added or self.removed or self.problems)

    def describe(self) -> Text:
        parts = list(self.problems)
        for name, label in _SEAL_LISTS:
            keys: list[str] = getattr(self, name)
            if keys:
                shown = ", ".join(keys[:5])
                more = _more(len(keys) - 5) if len(keys) > 5 else ""
                parts.append(LISTED.format(label=label, keys=shown, more=more))
        return Text(*("; ".join(getattr(p, lang) for p in parts) for lang in LANGUAGES))


def check_seal(connection: Connection, audit_id: uuid.UUID, seal_sha256: str | None,
               trail_links: Mapping[int, str] | None = None) -> SealCheck:
    """Compare the audit's content with its seal. ``trail_links`` (entry id → link), when
    given, also checks that the trail entry the seal was made after is still there."""
    check = SealCheck(audit_id)
    if seal_sha256 is None:
        check.problems.append(NOT_SEALED)
        return check
    seal = connection.execute(
        select(AuditSeal)
        .where(AuditSeal.audit_id == audit_id, AuditSeal.sha256 == seal_sha256)
        .order_by(AuditSeal.id.desc())
        .limit(1)
    ).first()
    if seal is None:
        check.problems.append(SEAL_MISSING)
        return check
    try:
        sealed: dict[str, str] = json.loads(seal.records)
    except ValueError:
        sealed = {}
    if overall_digest(sealed) != seal_sha256:
        check.problems.append(SEAL_ALTERED)
        return check
    if trail_links is not None and trail_links.get(seal.trail_id, GENESIS) != seal.trail_chain:
        check.problems.append(ANCHOR_GONE.format(n=seal.trail_id))
    now = content_digests(connection, audit_id)
    check.changed = sorted(k for k in sealed.keys() & now.keys() if sealed[k] != now[k])
    check.added = sorted(now.keys() - sealed.keys())
    check.removed = sorted(sealed.keys() - now.keys())
    return check
