"""Conflicts of consolidation, seen and settled by a person.

Consolidation never overwrites what it does not own (:mod:`auditor.exchange.consolidate`): an
audit that collides with one in the database is listed as a conflict, and the package's content
of it is kept in the import history (an :class:`~auditor.db.models.AuditOrigin` superseded from
the start). This module

* lists the open conflicts (:func:`open_conflicts`);
* compares the two versions of one conflict field by field (:func:`compare`): the audit as the
  database holds it and the package's kept content, only what differs, each line labelled as
  the questionnaire labels it (the form is the one source of labels; the window shows values
  as the form shows them);
* settles a conflict by keeping one version (:func:`resolve_conflict`), in the caller's one
  transaction: keeping the database's changes nothing; keeping the package's makes its content
  the audit's current content (a company name conflict: the company's name), with the content
  it replaces kept in the import history, so nothing is lost. Either way the decision — which
  conflict, which version, who, when — goes into the audit trail and the conflict is closed.

National figures read the current content (:func:`~auditor.exchange.consolidate.
latest_finalized_audits`), so they follow the version kept.
"""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from auditor.db.audits import load_full_audit, reopen_audit
from auditor.db.base import utcnow
from auditor.db.guards import GuardError
from auditor.db.models import (
    AUDIT_STATUS_FINALIZED,
    Audit,
    AuditOrigin,
    AuditorProfile,
    Company,
    Conflict,
    Tracked,
    company_names,
)
from auditor.db.trail import ACTOR_KEY, SYSTEM_ACTOR, insert_new, record_decision
from auditor.domain.lists import AUDIT_STATUSES
from auditor.domain.text import Text
from auditor.exchange.celltext import one_line
from auditor.exchange.consolidate import (
    AUDIT_ID_OTHER_COMPANY,
    COMPANY_NAME_DIFFERS,
    ORIGIN_NOT_PROVEN,
    OTHER_INSTALLATION,
    RECORD_ID_IN_USE,
    SAME_COMPANY_OTHER_AUDIT,
    SAME_REVISION_DIFFERENT_CONTENT,
    SNAPSHOT_FILES,
    keep_summary,
    new_record,
    new_records,
    snapshot_json,
    stored_content_digest,
)
from auditor.exchange.convert import converters, model_values
from auditor.exchange.export import SYSTEM_LABELS, audit_rows
from auditor.exchange.package import PART_SHEETS, SHEET_BY_NAME, SheetSpec
from auditor.forms.fields import Field, FieldType, Repeat
from auditor.forms.questionnaire import FORM, validate

# The two versions of a conflict, as a decision names them.
KEEP_DATABASE = "database"
KEEP_PACKAGE = "package"
KEEPS = (KEEP_DATABASE, KEEP_PACKAGE)
# The trail's action for a conflict settled.
RESOLVE_ACTION = "resolve"

KIND_LABELS: dict[str, Text] = {
    SAME_REVISION_DIFFERENT_CONTENT: Text(
        "Сол редакция, басқа мазмұн", "Та же редакция, другое содержимое",
        "Same revision, other content"),
    SAME_COMPANY_OTHER_AUDIT: Text(
        "Бір компанияның екі аудиті", "Два аудита одной компании",
        "Two audits of one company"),
    AUDIT_ID_OTHER_COMPANY: Text(
        "Аудит басқа компанияға берілген", "Аудит отнесён к другой компании",
        "Audit given to another company"),
    OTHER_INSTALLATION: Text(
        "Басқа орнатудан келген редакция", "Редакция с другой установки",
        "Revision from another installation"),
    ORIGIN_NOT_PROVEN: Text(
        "Шығу тегі дәлелденбеген", "Происхождение не подтверждено", "Origin not proven"),
    COMPANY_NAME_DIFFERS: Text(
        "Компания атауы өзгеше", "Наименование компании отличается",
        "Company name differs"),
    RECORD_ID_IN_USE: Text(
        "Жазба идентификаторлары бос емес", "Идентификаторы записей заняты",
        "Record ids in use"),
}

MSG_NO_SUCH_CONFLICT = Text(
    "Мұндай қайшылық жоқ: {id}.", "Такого конфликта нет: {id}.", "No such conflict: {id}.")
MSG_ALREADY_RESOLVED = Text(
    "{id} қайшылығы шешілген ({at}, {by}).", "Конфликт {id} уже решён ({at}, {by}).",
    "Conflict {id} was already resolved ({at}, {by}).")
MSG_UNKNOWN_CHOICE = Text(
    "Нұсқа «database» немесе «package» болуы керек.",
    "Версия должна быть «database» или «package».",
    "The version to keep is either “database” or “package”.")
MSG_NOTHING_KEPT = Text(
    "Бұл қайшылықта сақталған пакет нұсқасы жоқ: дерекқордағысы ғана сақталады.",
    "У этого конфликта нет сохранённой версии пакета: сохранить можно только версию базы.",
    "This conflict has no package version kept: only the database's can be kept.")
MSG_KEPT_INCOMPLETE = Text(
    "Пакет нұсқасы толық сақталмаған (бағдарламаның бұрынғы нұсқасы оның компаниясын, "
    "аудиторын немесе файлдарын сақтамаған); оны ағымдағы нұсқа етуге болмайды.",
    "Версия пакета сохранена не полностью (прежняя версия программы не сохранила её "
    "компанию, аудитора или файлы); сделать её текущей нельзя.",
    "The package's version was not kept whole (an earlier version of the application did "
    "not keep its company, auditor or files); it cannot become current.")
MSG_PACKAGE_INVALID = Text(
    "Пакет нұсқасы тексеруден өтпеді ({n} қате): {detail}",
    "Версия пакета не прошла проверку (ошибок: {n}): {detail}",
    "The package's version fails validation ({n} errors): {detail}")
MSG_IDS_IN_USE = Text(
    "Пакет нұсқасының жазба идентификаторлары дерекқордағы басқа аудитте бар; оны сақтауға "
    "болмайды.",
    "Идентификаторы записей версии пакета заняты другим аудитом в базе; сохранить её нельзя.",
    "The record ids of the package's version are used by another audit in the database; it "
    "cannot be kept.")
MSG_NAME_SEALED = Text(
    "Компания атауы оның {n} аяқталған аудитімен бірге мөрленген; пакеттегі атауды сақтау "
    "үшін алдымен оларды қайта ашыңыз.",
    "Наименование компании опечатано вместе с её завершёнными аудитами ({n}); чтобы сохранить "
    "наименование из пакета, сначала откройте их заново.",
    "The company's name is sealed with its {n} finalized audit(s); reopen them first to keep "
    "the package's name.")
MSG_COMPANY_GONE = Text(
    "{bin} БСН-ді компания дерекқорда жоқ.", "Компании с БИН {bin} нет в базе.",
    "There is no company with BIN {bin} in the database.")

L_REVISION = SYSTEM_LABELS["revision"]
L_STATUS = SYSTEM_LABELS["status"]
L_SHA256 = SYSTEM_LABELS["sha256"]
L_AUDIT = Text("Аудит", "Аудит", "Audit")


class ConflictError(Exception):
    """A conflict that cannot be settled as asked; ``reason`` says why in three languages."""

    def __init__(self, reason: Text) -> None:
        self.reason = reason
        super().__init__(reason.en)


# --- the list ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConflictEntry:
    """One conflict as the list shows it."""

    id: int
    at: datetime
    kind: str
    company_bin: str
    company: Text  # the company's name in each language (its BIN when unknown)
    audit_id: str
    other_audit_id: str | None
    file_name: str
    details: str
    kept_origin_id: int | None
    resolution: str | None = None
    resolved_at: datetime | None = None
    resolved_by: str | None = None

    @property
    def kind_label(self) -> Text:
        return KIND_LABELS.get(self.kind, Text(self.kind, self.kind, self.kind))

    @property
    def is_open(self) -> bool:
        return self.resolution is None


def _entries(session: Session, conflicts: list[Conflict]) -> list[ConflictEntry]:
    bins = {c.company_bin for c in conflicts}
    names = {c.bin: c.names for c in session.scalars(
        select(Company).where(Company.bin.in_(bins)))} if bins else {}
    return [ConflictEntry(
        c.id, c.at, c.kind, c.company_bin,
        names.get(c.company_bin) or company_names(None, None, c.company_bin), c.audit_id,
        c.other_audit_id, c.file_name, c.details or "", c.kept_origin_id, c.resolution,
        c.resolved_at, c.resolved_by) for c in conflicts]


def open_conflicts(session: Session) -> list[ConflictEntry]:
    """The conflicts waiting for a decision, oldest first."""
    return _entries(session, list(session.scalars(
        select(Conflict).where(Conflict.resolution.is_(None)).order_by(Conflict.id))))


def _conflict(session: Session, conflict_id: int) -> Conflict:
    conflict = session.get(Conflict, conflict_id)
    if conflict is None:
        raise ConflictError(MSG_NO_SUCH_CONFLICT.format(id=conflict_id))
    return conflict


# --- the package's version, from the import history ---------------------------------------------


@dataclass
class _Kept:
    sheets: dict[str, list[dict[str, Any]]]
    files: dict[str, bytes] | None  # None: the history entry holds no files


def _read_snapshot(origin: AuditOrigin) -> _Kept:
    content = json.loads(origin.snapshot)
    files = content.pop(SNAPSHOT_FILES, None)
    return _Kept(content, {key: base64.b64decode(data) for key, data in files.items()}
                 if files is not None else None)


def _values(spec: SheetSpec, row: dict[str, Any]) -> dict[str, Any]:
    """A row of a snapshot as the model takes it (the cells' own converters; a fraction is
    kept as its exact text, see :func:`~auditor.exchange.package.canonical`)."""
    values: dict[str, Any] = {}
    for key, convert in converters(spec):
        cell = row.get(key)
        if cell is None or cell == "":
            values[key] = None
        elif isinstance(cell, str) and key != "bin" and spec.python_type(key) is float:
            values[key] = float(cell)
        else:
            values[key] = convert(cell)
    return values


def _record(spec: SheetSpec, row: dict[str, Any], files: dict[str, bytes]) -> Tracked:
    return new_record(spec, model_values(spec, _values(spec, row)), files)


def _package_audit(kept: _Kept) -> Audit:
    """The package's version of the audit as records outside any session."""
    (row,) = kept.sheets["Audits"]
    audit = _record(SHEET_BY_NAME["Audits"], row, {})
    assert isinstance(audit, Audit)
    for spec in PART_SHEETS:
        assert spec.collection is not None
        collection = getattr(audit, spec.collection)
        for part in kept.sheets.get(spec.name, []):
            collection.append(_record(spec, part, kept.files or {}))
    return audit


def _kept_origin(session: Session, conflict: Conflict) -> AuditOrigin | None:
    if conflict.kept_origin_id is None or conflict.kind == SAME_COMPANY_OTHER_AUDIT:
        return None
    return session.get(AuditOrigin, conflict.kept_origin_id)


# --- the comparison ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RowName:
    """The record of a repeat a line speaks of: "product «Paracetamol»"."""

    item: Text  # what a record of the repeat is called ("product")
    field: Field | None  # the field that names a record (its value shown as the form shows it)
    value: Any


@dataclass(frozen=True)
class Difference:
    """One line of the comparison: a field of the audit or of one of its records."""

    section: Text
    row: RowName | None
    label: Text
    field: Field | None  # None for what the questionnaire does not ask (values are text)
    database: Any
    package: Any

    @property
    def differs(self) -> bool:
        return bool(self.database != self.package)


@dataclass
class Comparison:
    """Both versions of one conflict, only where they differ (and what says which is which)."""

    conflict: ConflictEntry
    lines: list[Difference] = field(default_factory=list)
    # Why the package's version cannot be kept (None: it can).
    package_refusal: Text | None = None
    database_revision: int | None = None
    database_finalized: bool = False
    package_revision: int | None = None

    @property
    def can_keep_package(self) -> bool:
        return self.package_refusal is None

    @property
    def differing(self) -> list[Difference]:
        return [line for line in self.lines if line.differs]


def _compared_fields(repeat: Repeat) -> list[Field]:
    return [f for f in repeat.fields
            if f.model is not None and f.type not in (FieldType.CALCULATE, FieldType.ATTACHMENT)]


def _row_refs(audit: Audit | None) -> dict[Any, tuple[Repeat, Any]]:
    """Every record of an audit by id, with its repeat: what a row reference points at."""
    found: dict[Any, tuple[Repeat, Any]] = {}
    if audit is not None:
        for repeat in FORM.repeats():
            for record in repeat.rows(audit):
                found[record.id] = (repeat, record)
    return found


def _name_of(repeat: Repeat, record: Any) -> RowName:
    name_field = next((f for f in repeat.fields if f.name == repeat.row_label), None)
    value = getattr(record, repeat.row_label, None) if name_field is not None else None
    return RowName(repeat.item_label, name_field, value)


def _shown(field: Field, record: Any, refs: dict[Any, tuple[Repeat, Any]]) -> Any:
    """A field's value of a record; a reference to another record as that record's name."""
    value = getattr(record, field.name, None) if record is not None else None
    if field.type is FieldType.ROW_REF and value is not None:
        target = refs.get(value)
        if target is None:
            return str(value)
        name = _name_of(*target)
        return "" if name.value is None else str(name.value)
    return value


def _compare_audits(ours: Audit | None, theirs: Audit | None) -> list[Difference]:
    lines: list[Difference] = [
        Difference(L_AUDIT, None, L_REVISION, None,
                   ours.revision if ours else None, theirs.revision if theirs else None),
        Difference(L_AUDIT, None, L_STATUS, None,
                   _status(ours), _status(theirs)),
    ]
    our_refs, their_refs = _row_refs(ours), _row_refs(theirs)
    for section in FORM.sections:  # in the questionnaire's order, a section's records after it
        for item in section.fields:
            if item.model is not Audit or item.type is FieldType.CALCULATE:
                continue
            mine = getattr(ours, item.name, None) if ours is not None else None
            other = getattr(theirs, item.name, None) if theirs is not None else None
            if mine != other:
                lines.append(Difference(section.label, None, item.label, item, mine, other))
        for repeat in section.repeats:
            mine_rows = {r.id: r for r in (repeat.rows(ours) if ours is not None else [])}
            their_rows = {r.id: r for r in (repeat.rows(theirs) if theirs is not None else [])}
            for record_id in [*mine_rows, *(i for i in their_rows if i not in mine_rows)]:
                mine_row, their_row = mine_rows.get(record_id), their_rows.get(record_id)
                name = _name_of(repeat, mine_row if mine_row is not None else their_row)
                for item in _compared_fields(repeat):
                    mine = _shown(item, mine_row, our_refs)
                    other = _shown(item, their_row, their_refs)
                    if mine != other:
                        lines.append(Difference(section.label, name, item.label, item, mine,
                                                other))
                if repeat.name == "attachments":
                    mine_sha = getattr(mine_row, "sha256", None)
                    their_sha = getattr(their_row, "sha256", None)
                    if mine_sha != their_sha:
                        lines.append(Difference(section.label, name, L_SHA256, None, mine_sha,
                                                their_sha))
    return lines


def _status(audit: Audit | None) -> Text | None:
    """An audit's status as the lists name it."""
    if audit is None:
        return None
    return AUDIT_STATUSES[audit.status].label if audit.status in AUDIT_STATUSES else Text(
        audit.status, audit.status, audit.status)


def _package_names(conflict: Conflict) -> dict[str, str | None]:
    values = json.loads(conflict.package_values) if conflict.package_values else {}
    return {"name_kk": values.get("name_kk"), "name_ru": values.get("name_ru")}


def _sealed_audits(session: Session, company: Company) -> int:
    return len(session.scalars(select(Audit.id).where(
        Audit.company_id == company.id, Audit.seal_sha256.is_not(None))).all())


def compare(session: Session, conflict_id: int) -> Comparison:
    """Both versions of a conflict, field by field, only where they differ."""
    conflict = _conflict(session, conflict_id)
    (entry,) = _entries(session, [conflict])
    comparison = Comparison(entry)
    if conflict.kind == COMPANY_NAME_DIFFERS:
        company = session.scalars(select(Company).where(Company.bin == conflict.company_bin)
                                  ).first()
        names = _package_names(conflict)
        section = FORM.section("company").label
        for key in ("name_kk", "name_ru"):
            item = FORM.field(f"company.{key}")
            held = getattr(company, key) if company is not None else None
            # A name the package did not give is not in conflict (see consolidation).
            given = names[key] if names[key] is not None else held
            comparison.lines.append(Difference(section, None, item.label, item, held, given))
        if company is None:
            comparison.package_refusal = MSG_COMPANY_GONE.format(bin=conflict.company_bin)
        elif not conflict.package_values:
            comparison.package_refusal = MSG_NOTHING_KEPT
        elif sealed := _sealed_audits(session, company):
            comparison.package_refusal = MSG_NAME_SEALED.format(n=sealed)
        return comparison
    ours = load_full_audit(session, _uuid(conflict.audit_id))
    if ours is not None:
        comparison.database_revision = ours.revision
        comparison.database_finalized = ours.status == AUDIT_STATUS_FINALIZED
    origin = _kept_origin(session, conflict)
    theirs: Audit | None = None
    if conflict.kind == SAME_COMPANY_OTHER_AUDIT:
        # Both audits are in the database: the other one beside the one the package brought.
        theirs = ours
        ours = load_full_audit(session, _uuid(conflict.other_audit_id or ""))
        comparison.package_refusal = MSG_NOTHING_KEPT
    elif origin is None:
        comparison.package_refusal = MSG_NOTHING_KEPT
    else:
        theirs = _package_audit(_read_snapshot(origin))
        comparison.package_revision = theirs.revision
    comparison.lines = _compare_audits(ours, theirs)
    return comparison


def _uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


# --- the decision --------------------------------------------------------------------------------


def resolve_conflict(session: Session, conflict_id: int, keep: str) -> ConflictEntry:
    """Settle a conflict by keeping one version, in the session's transaction; the session's
    actor is who decided. Raises :class:`ConflictError` saying why it cannot be done."""
    if keep not in KEEPS:
        raise ConflictError(MSG_UNKNOWN_CHOICE)
    conflict = _conflict(session, conflict_id)
    actor = str(session.info.get(ACTOR_KEY, SYSTEM_ACTOR))
    if conflict.resolution is not None:
        at = conflict.resolved_at.isoformat(timespec="seconds") if conflict.resolved_at else ""
        raise ConflictError(MSG_ALREADY_RESOLVED.format(id=conflict.id, at=at,
                                                        by=conflict.resolved_by or ""))
    decided: dict[str, Any] = {"conflict": conflict.id, "kind": conflict.kind, "kept": keep}
    if keep == KEEP_PACKAGE:
        if conflict.kind == COMPANY_NAME_DIFFERS:
            decided["names"] = _keep_package_name(session, conflict)
        else:
            decided.update(_keep_package_audit(session, conflict))
    conflict.resolution = keep
    conflict.resolved_at = utcnow()
    conflict.resolved_by = actor
    record_decision(
        session, action=RESOLVE_ACTION, table_name=Conflict.__tablename__,
        record_id=str(conflict.id), audit_id=conflict.audit_id, field="resolution", old=None,
        new=decided,
        reason=f"conflict {conflict.id} ({conflict.kind}, {conflict.file_name}): kept the "
               f"{keep}'s version",
    )
    (entry,) = _entries(session, [conflict])
    return entry


def _keep_package_name(session: Session, conflict: Conflict) -> dict[str, str | None]:
    company = session.scalars(select(Company).where(Company.bin == conflict.company_bin)).first()
    if company is None:
        raise ConflictError(MSG_COMPANY_GONE.format(bin=conflict.company_bin))
    if not conflict.package_values:
        raise ConflictError(MSG_NOTHING_KEPT)
    sealed = _sealed_audits(session, company)
    if sealed:
        raise ConflictError(MSG_NAME_SEALED.format(n=sealed))
    theirs = _package_names(conflict)
    for key, value in theirs.items():
        if value is not None:
            setattr(company, key, value)
    session.flush()
    return {"name_kk": company.name_kk, "name_ru": company.name_ru}


def _keep_package_audit(session: Session, conflict: Conflict) -> dict[str, Any]:
    """The package's content becomes the audit's current content; the content it replaces
    goes into the import history."""
    origin = _kept_origin(session, conflict)
    if origin is None:
        raise ConflictError(MSG_NOTHING_KEPT)
    kept = _read_snapshot(origin)
    if kept.files is None and kept.sheets.get("Attachments"):
        raise ConflictError(MSG_KEPT_INCOMPLETE)  # kept by a version that left files out
    audit = _package_audit(kept)
    with session.no_autoflush:
        company = session.scalars(select(Company).where(Company.bin == origin.company_bin)
                                  ).first()
        if company is None:
            if not kept.sheets.get("Companies"):
                raise ConflictError(MSG_KEPT_INCOMPLETE)
            company_record = _record(SHEET_BY_NAME["Companies"], kept.sheets["Companies"][0], {})
            assert isinstance(company_record, Company)
            company = company_record
        set_committed_value(audit, "company", company)
        profile: AuditorProfile | None = None
        if audit.auditor_id is not None:
            profile = session.get(AuditorProfile, audit.auditor_id)
            if profile is None:
                rows = [r for r in kept.sheets.get("Auditors", [])
                        if r.get("id") == str(audit.auditor_id)]
                if not rows:
                    raise ConflictError(MSG_KEPT_INCOMPLETE)
                record = _record(SHEET_BY_NAME["Auditors"], rows[0], {})
                assert isinstance(record, AuditorProfile)
                profile = record
        set_committed_value(audit, "auditor", profile)
    found = validate(audit)
    errors = [issue for issue in found if issue.is_error]
    if errors:
        detail = one_line("; ".join(f"{i.path}: {i.text('en')}" for i in errors[:3]), 300)
        raise ConflictError(MSG_PACKAGE_INVALID.format(n=len(errors), detail=detail))
    existing = load_full_audit(session, audit.id, with_files=True)
    replaced: int | None = None
    if existing is not None:
        replaced = _retire(session, existing, conflict)
    try:
        with session.begin_nested():
            insert_new(session, new_records(audit))
    except (IntegrityError, GuardError) as exc:
        raise ConflictError(MSG_IDS_IN_USE) from exc
    keep_summary(session, audit, found)
    origin.superseded_at = None  # it is what the audit holds now
    session.flush()
    return {"origin": origin.id, "replaced_origin": replaced, "revision": audit.revision}


def _retire(session: Session, existing: Audit, conflict: Conflict) -> int:
    """Keep the audit's current content in the import history, then take it out."""
    sheets: dict[str, list[dict[str, Any]]] = {}
    files: dict[str, bytes] = {}
    for spec, record, values in audit_rows(existing):
        sheets.setdefault(spec.name, []).append(dict(zip(spec.columns, values, strict=True)))
        if spec.name == "Attachments":
            files[str(record.id)] = getattr(record, "content", b"") or b""
    current = list(session.scalars(select(AuditOrigin).where(
        AuditOrigin.audit_id == str(existing.id), AuditOrigin.superseded_at.is_(None))))
    came_from = current[-1] if current else None
    now = utcnow()
    for origin in current:
        origin.superseded_at = now
    bin_ = existing.company.bin if existing.company is not None else conflict.company_bin
    history = AuditOrigin(
        audit_id=str(existing.id), revision=existing.revision, company_bin=bin_,
        content_sha256=stored_content_digest(existing),
        package_id=came_from.package_id if came_from else "",
        file_name=came_from.file_name if came_from else "",
        file_sha256=came_from.file_sha256 if came_from else "",
        auditor=came_from.auditor if came_from else None,
        installation_id=came_from.installation_id if came_from else None,
        superseded_at=now, snapshot=snapshot_json(sheets, files),
    )
    session.add(history)
    if existing.is_finalized:
        reopen_audit(session, existing,
                     f"conflict {conflict.id}: replaced by the package's version "
                     f"({conflict.file_name}); this content is kept in the import history")
    session.delete(existing)
    session.flush()
    return history.id


def resolution_text(keep: str) -> Text:
    """What a decision kept, for a list or a line of the command line."""
    return KEPT_LABELS[keep]


KEPT_LABELS: dict[str, Text] = {
    KEEP_DATABASE: Text("дерекқор нұсқасы сақталды", "сохранена версия базы",
                        "kept the database's version"),
    KEEP_PACKAGE: Text("пакет нұсқасы сақталды", "сохранена версия пакета",
                       "kept the package's version"),
}

__all__ = [
    "KEEPS",
    "KEEP_DATABASE",
    "KEEP_PACKAGE",
    "KIND_LABELS",
    "Comparison",
    "ConflictEntry",
    "ConflictError",
    "Difference",
    "RowName",
    "compare",
    "open_conflicts",
    "resolution_text",
    "resolve_conflict",
]
