"""Checking a database for changes made behind the application's back (``auditor check``).

Four things are checked, each independent of the others:

* SQLite's own ``integrity_check`` and ``foreign_key_check`` (a damaged file);
* the guard triggers (:mod:`auditor.db.guards`): all there, none changed, none added;
* the audit trail's hash chain: every entry linked to the one before it, no id missing;
* every seal (:mod:`auditor.db.seal`): each finalized audit sealed, its content as sealed, the
  trail entry it was sealed after still there, and no audit unlocked without the trail saying so.

The check only reads. It names what it finds, one line each.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select, update

from auditor.db.base import utcnow
from auditor.db.guards import guard_problems
from auditor.db.models import (
    AUDIT_STATUS_FINALIZED,
    Audit,
    Company,
    TrailEntry,
    company_names,
)
from auditor.db.seal import GENESIS, check_seal, write_seal
from auditor.db.trail import SYSTEM_ACTOR, append_to_trail, chain_link
from auditor.domain.text import Text

# How many findings of one kind are listed before the rest are counted.
_SHOWN = 20


SQLITE_INTEGRITY = Text("SQLite тұтастығы: {line}", "целостность SQLite: {line}",
                        "SQLite integrity: {line}")
BROKEN_REFERENCE = Text("үзілген сілтеме: {table}, {row}-жол → {parent}",
                        "нарушенная ссылка: {table}, строка {row} → {parent}",
                        "broken reference: {table} row {row} → {parent}")
TRAIL_GAP = Text("аудит журналы: {ids} жазбалары жоқ", "журнал аудита: нет записей {ids}",
                 "audit trail: entries {ids} are missing")
TRAIL_BROKEN = Text(
    "аудит журналы: №{n} жазба ({what}) өзгертілген немесе одан бұрынғы жазба жойылған",
    "журнал аудита: запись №{n} ({what}) изменена, или удалена запись перед ней",
    "audit trail: entry {n} ({what}) was changed, or an entry before it removed",
)
AUDIT_NAME = Text("аудит {id} ({name}, БСН {bin}, {revision}-редакция)",
                  "аудит {id} ({name}, БИН {bin}, редакция {revision})",
                  "audit {id} ({name}, BIN {bin}, revision {revision})")
ABOUT_AUDIT = Text("{audit}: {problem}", "{audit}: {problem}", "{audit}: {problem}")
DRAFT_WITH_SEAL = Text("мөрі бар жоба", "черновик с печатью", "a draft that carries a seal")
UNLOCKED_OUTSIDE = Text(
    "журнал бойынша аяқталған, бірақ жоба күйінде тұр: бағдарламадан тыс ашылған",
    "по журналу завершён, но является черновиком: разблокирован вне программы",
    "the trail says it was finalized, but it is a draft: it was unlocked outside the "
    "application",
)
MORE_OF_THE_SAME = Text("… және осындай тағы {n}", "… и ещё {n} таких же",
                        "… and {n} more of the same kind")


@dataclass
class CheckReport:
    problems: list[Text] = field(default_factory=list)
    trail_entries: int = 0
    sealed_audits: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, lines: list[Text]) -> None:
        self.problems += lines[:_SHOWN]
        if len(lines) > _SHOWN:
            self.problems.append(MORE_OF_THE_SAME.format(n=len(lines) - _SHOWN))


def _trail(connection: Connection) -> Iterator[dict[str, Any]]:
    result = connection.execution_options(yield_per=5000).execute(
        select(TrailEntry).order_by(TrailEntry.id)
    )
    for row in result.mappings():
        yield dict(row)


def check_trail(connection: Connection, links: dict[int, str]) -> list[Text]:
    """Walk the hash chain; fill ``links`` (entry id → its link) for the seals' check."""
    problems = []
    previous, expected_id = GENESIS, 1
    for entry in _trail(connection):
        number = int(entry["id"])
        if number != expected_id:
            missing = f"{expected_id}" if number == expected_id + 1 else (
                f"{expected_id}–{number - 1}")
            problems.append(TRAIL_GAP.format(ids=missing))
        stored = entry["chain"]
        if stored is None or chain_link(previous, entry) != stored:
            what = f"{entry['action']} {entry['table_name']} {entry['record_id']}"
            problems.append(TRAIL_BROKEN.format(n=number, what=what))
        links[number] = stored or ""
        previous, expected_id = stored or GENESIS, number + 1
    return problems


def _about_audit(connection: Connection, audit_id: uuid.UUID, problem: Text) -> Text:
    row = connection.execute(
        select(Audit.revision, Company.bin, Company.name_ru, Company.name_kk)
        .join(Company, Company.id == Audit.company_id)
        .where(Audit.id == audit_id)
    ).one()
    name = AUDIT_NAME.format(id=audit_id, name=company_names(row.name_kk, row.name_ru, row.bin),
                             bin=row.bin, revision=row.revision)
    return ABOUT_AUDIT.format(audit=name, problem=problem)


def _status_actions(connection: Connection) -> dict[str, str]:
    """The last finalize or reopen the trail records for each audit."""
    last: dict[str, str] = {}
    rows = connection.execute(
        select(TrailEntry.record_id, TrailEntry.action)
        .where(TrailEntry.table_name == "audit", TrailEntry.action.in_(("finalize", "reopen")))
        .order_by(TrailEntry.id)
    )
    for record_id, action in rows:
        last[record_id] = action
    return last


def check_seals(connection: Connection, links: dict[int, str] | None) -> tuple[list[Text], int]:
    problems = []
    sealed = 0
    actions = _status_actions(connection)
    audits = connection.execute(select(Audit.id, Audit.status, Audit.seal_sha256)).all()
    for audit_id, status, seal_sha256 in audits:
        if status == AUDIT_STATUS_FINALIZED:
            check = check_seal(connection, audit_id, seal_sha256, links)
            sealed += 1
            if not check.ok:
                problems.append(_about_audit(connection, audit_id, check.describe()))
        elif seal_sha256 is not None:
            problems.append(_about_audit(connection, audit_id, DRAFT_WITH_SEAL))
        elif actions.get(str(audit_id)) == "finalize":
            problems.append(_about_audit(connection, audit_id, UNLOCKED_OUTSIDE))
    return problems, sealed


def check_database(connection: Connection) -> CheckReport:
    """Everything :mod:`this module <auditor.db.integrity>` describes, on a read connection."""
    report = CheckReport()
    integrity = [str(row[0]) for row in connection.exec_driver_sql("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        report.add([SQLITE_INTEGRITY.format(line=line) for line in integrity])
        return report  # nothing more can be read reliably from a damaged file
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    report.add([BROKEN_REFERENCE.format(table=row[0], row=row[1], parent=row[2])
                for row in broken])
    report.add(guard_problems(connection))
    links: dict[int, str] = {}
    report.add(check_trail(connection, links))
    report.trail_entries = len(links)
    problems, report.sealed_audits = check_seals(connection, links)
    report.add(problems)
    return report


# --- bringing what older versions wrote up to date (during an upgrade) -------------------------


def chain_unchained_entries(connection: Connection) -> None:
    """Link the entries written before the trail had its chain, in their order."""
    previous = GENESIS
    for entry in list(_trail(connection)):
        if entry["chain"] is None:
            entry["chain"] = chain_link(previous, entry)
            connection.execute(
                update(TrailEntry).where(TrailEntry.id == entry["id"]).values(chain=entry["chain"])
            )
        previous = entry["chain"]


def seal_unsealed_audits(connection: Connection) -> None:
    """Seal the audits finalized before audits had seals, as they are stored now."""
    unsealed = connection.execute(
        select(Audit.id, Audit.revision).where(
            Audit.status == AUDIT_STATUS_FINALIZED, Audit.seal_sha256.is_(None)
        )
    ).all()
    for audit_id, revision in unsealed:
        sha = write_seal(connection, audit_id, revision)
        connection.execute(update(Audit).where(Audit.id == audit_id)
                .values(seal_sha256=sha, updated_at=Audit.updated_at))
        append_to_trail(connection, [{
            "at": utcnow(), "actor": SYSTEM_ACTOR, "action": "seal", "table_name": "audit",
            "record_id": str(audit_id), "audit_id": str(audit_id), "field": "seal_sha256",
            "old_value": None, "new_value": f'"{sha}"',
            "reason": "sealed when the database was upgraded to sealed audits",
        }])

