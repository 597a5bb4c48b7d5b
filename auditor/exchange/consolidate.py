"""Consolidation: packages from many auditors into one database, losing nothing.

Every input gets exactly one result, whatever it holds, and the run goes on to the next one:

* a file is checked before it is parsed (:mod:`auditor.exchange.xlsxguard`), read, and every
  cell made into its model value with its checks (:mod:`auditor.exchange.convert`); the
  package's rows must hang together (every row of an audit in it, references within the audit,
  every audit's company in it);
* each package is imported whole or not at all, in one transaction with its import-log line,
  after every audit in it has passed the same validation engine as the editor;
* no package replaces what it does not own (see :meth:`Consolidator._decide`): an audit already
  in the database is superseded only by a strictly higher revision of the same audit, of the
  same company (BIN), from the same auditor installation, proven by a package whose Meta sheet
  is covered by its manifest. Anything else that collides is a conflict: the original stays as
  it was, the other content is kept beside it (in the import history) and listed for a person
  to decide. A company name that differs from the database's for the same BIN is listed too;
  the audit is imported against the company already there, whose name is kept;
* anything unexpected while a file is read, converted or imported is that file's ``refused``
  line ("internal error while ..."), not the end of the run.

Faults of the database or the disk (busy, full, read-only, damaged) stop the run with one plain
sentence (:class:`ConsolidationFault`): what was imported before stays, the package being
imported is rolled back, a rerun takes up the rest. Only one consolidation of a database runs at
a time (:mod:`auditor.exchange.runlock`).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import time
import uuid
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import not_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import instance_dict, set_committed_value

from auditor.db.audits import load_full_audit, reopen_audit
from auditor.db.base import utcnow
from auditor.db.database import Database
from auditor.db.demo_data import demo_company, demo_counts_in_figures, holds_real_companies
from auditor.db.faults import Fault, fault_of, fault_text
from auditor.db.guards import REPLACE, GuardError
from auditor.db.listing import AuditStats, store_summaries, summary_bases
from auditor.db.models import (
    Attachment,
    Audit,
    AuditOrigin,
    AuditorProfile,
    Company,
    Conflict,
    ImportLogEntry,
    Tracked,
)
from auditor.db.trail import AuditLockedError, insert_new
from auditor.domain.bin import is_demo_bin
from auditor.domain.text import Text
from auditor.exchange.celltext import one_line, quoted
from auditor.exchange.convert import convert_package, model_values
from auditor.exchange.export import audit_rows
from auditor.exchange.package import (
    FIRST_FORMAT_WITH_META_IN_MANIFEST,
    META_SHEET,
    PART_SHEETS,
    SHEETS,
    SheetSpec,
    canonical,
    manifest_digest,
    row_digest,
)
from auditor.exchange.reader import (
    Package,
    PackageError,
    PackageSheets,
    Verification,
    package_from_sheets,
    read_package_sheets,
    refuse_at,
    verify,
)
from auditor.exchange.runlock import RunLockError, consolidation_lock
from auditor.forms.completeness import audit_completeness
from auditor.forms.engine import Issue
from auditor.forms.questionnaire import FORM, validate
from auditor.forms.version import FORM_VERSION

log = logging.getLogger("auditor")
_T = TypeVar("_T")

# The result of each input: one of these, defined here only.
ACCEPTED = "accepted"
ACCEPTED_MODIFIED = "accepted_modified"
ALREADY_IMPORTED = "already_imported"
ACCEPTED_IN_PART = "accepted_in_part"  # some audits imported, the others in conflict
CONFLICT = "conflict"
REFUSED = "refused"
# Refused only because it was changed after export: --accept-modified (or a confirmation in the
# window) takes it.
REFUSED_MODIFIED = "refused_modified"
RESULTS = (ACCEPTED, ACCEPTED_MODIFIED, ACCEPTED_IN_PART, ALREADY_IMPORTED, CONFLICT, REFUSED,
           REFUSED_MODIFIED)

# Kinds of conflicts, as the conflict list names them.
SAME_REVISION_DIFFERENT_CONTENT = "same_revision_different_content"
SAME_COMPANY_OTHER_AUDIT = "same_company_other_audit"
AUDIT_ID_OTHER_COMPANY = "audit_id_other_company"
OTHER_INSTALLATION = "other_installation"
ORIGIN_NOT_PROVEN = "origin_not_proven"
COMPANY_NAME_DIFFERS = "company_name_differs"
RECORD_ID_IN_USE = "record_id_in_use"


@dataclass
class InputResult:
    file: Path
    result: str
    reason: Text
    audits: int = 0
    logged: bool = False

    @property
    def accepted(self) -> bool:
        return self.result in (ACCEPTED, ACCEPTED_MODIFIED, ALREADY_IMPORTED)

    def line(self, lang: str) -> str:
        """One line for a terminal: file, result, reason (nothing in it acts on the screen)."""
        detail = self.reason(lang).removeprefix(f"{self.file.name}: ")
        return one_line(f"{self.file.name}: {self.result}: {detail}")


class ConsolidationFault(Exception):
    """The run stopped on a fault of the database or the disk, or could not start.

    ``reason`` is one plain line; ``results`` are the inputs finished before (imported and
    logged), the package being imported when it happened was rolled back.
    """

    def __init__(self, reason: Text, results: list[InputResult]) -> None:
        self.reason = reason
        self.results = results
        super().__init__(reason.en)


class _Fault(Exception):
    def __init__(self, reason: Text) -> None:
        self.reason = reason
        super().__init__(reason.en)


class _Stop(Exception):
    """A callback of the caller raised (a cancel in the window): the run ends with it."""

    def __init__(self, error: BaseException) -> None:
        self.error = error
        super().__init__(str(error))


class _Refused(Exception):
    def __init__(self, result: str, reason: Text, conflicts: Iterable[_Collision] = ()) -> None:
        self.result = result
        self.reason = reason
        self.conflicts = list(conflicts)  # recorded after the package's transaction rolled back
        super().__init__(reason.en)


def package_inputs(inputs: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and the .xlsx files inside folders, in a stable order."""
    for item in inputs:
        if item.is_dir():
            yield from sorted(p for p in item.rglob("*.xlsx") if not p.name.startswith("~$"))
        else:
            yield item


# --- cells back into records ------------------------------------------------------------------


def new_record(spec: SheetSpec, values: dict[str, Any], attachments: dict[str, bytes]) -> Tracked:
    """A new record with every column of the sheet, as ``spec.model(**values)`` makes it.

    Imported records are only ever inserted, and an insert takes a new record's values as they
    are: so they are set at once rather than one by one through the ORM's change tracking,
    which would cost as much as validating them. Relationships (and the attachment's bytes)
    are set the ordinary way.
    """
    record = sa_inspect(spec.model).class_manager.new_instance()
    instance_dict(record).update(model_values(spec, values))
    if isinstance(record, Attachment):
        record.content = attachments.get(str(record.id), b"")
    return record


# --- the package's audits ---------------------------------------------------------------------


@dataclass
class _Row:
    raw: dict[str, Any]  # as read from the workbook
    values: dict[str, Any]  # as the model takes them
    number: int  # Excel row


@dataclass
class _Bundle:
    audit: _Row
    rows: dict[str, list[_Row]]  # sheet -> rows of this audit
    content_sha256: str = ""

    @property
    def audit_id(self) -> str:
        return str(self.audit.values["id"])

    @property
    def revision(self) -> int:
        return int(self.audit.values["revision"])

    @property
    def bin(self) -> str:
        return str(self.audit.values["bin"])


@dataclass
class _Structure:
    bundles: list[_Bundle]
    companies: dict[str, _Row]  # by BIN
    auditors: dict[uuid.UUID, _Row]  # by id
    installation_id: str | None


SHEET_SPECS = {spec.name: spec for spec in SHEETS}


@cache
def _references(spec: SheetSpec) -> tuple[tuple[str, str], ...]:
    """(column, sheet) of the links from a record of an audit to another record of it."""
    tables = {s.model.__tablename__: s.name for s in PART_SHEETS}
    links = []
    for column in sa_inspect(spec.model).columns:
        if column.key == "audit_id":
            continue
        for key in column.foreign_keys:
            target = tables.get(key.column.table.name)
            if target is not None:
                links.append((column.key, target))
    return tuple(links)


def _meta_id(package: Package, key: str) -> str | None:
    value = package.meta.get(key)
    if value in (None, ""):
        return None
    try:
        return str(uuid.UUID(str(value)))
    except ValueError as exc:
        raise refuse_at(package.path, META_SHEET, package.meta_rows.get(key), "B", Text(
            f"{key}: {quoted(value)} идентификатор емес",
            f"{key}: {quoted(value)} не идентификатор",
            f"{key}: {quoted(value)} is not an id (UUID)")) from exc


def _structure(package: Package, values: dict[str, list[dict[str, Any]]],
               digests: dict[tuple[str, str], str]) -> _Structure:
    """The package's audits with their rows; refuse rows that do not hang together."""
    path = package.path
    installation = _meta_id(package, "installation_id")
    _meta_id(package, "package_id")

    def rows_of(name: str) -> list[_Row]:
        return [_Row(raw, value, number) for raw, value, number in zip(
            package.sheets[name], values[name], package.row_numbers[name], strict=True)]

    companies: dict[str, _Row] = {}
    for row in rows_of("Companies"):
        bin_ = row.values["bin"]
        if bin_ in companies:
            raise refuse_at(path, "Companies", row.number, "bin", Text(
                f"{bin_} БСН-і {companies[bin_].number}-жолда да бар",
                f"БИН {bin_} уже есть в строке {companies[bin_].number}",
                f"BIN {bin_} is already on row {companies[bin_].number}"))
        companies[bin_] = row
    auditors = {row.values["id"]: row for row in rows_of("Auditors")}
    bundles: dict[uuid.UUID, _Bundle] = {}
    for row in rows_of("Audits"):
        if row.values["bin"] not in companies:
            raise refuse_at(path, "Audits", row.number, "bin", Text(
                f"{row.values['bin']} БСН-ді компания Companies парағында жоқ",
                f"компании с БИН {row.values['bin']} нет на листе Companies",
                f"the company with BIN {row.values['bin']} is not in sheet Companies"))
        bundles[row.values["id"]] = _Bundle(row, defaultdict(list))
    owner_of: dict[str, dict[uuid.UUID, uuid.UUID]] = {}
    for spec in PART_SHEETS:
        owners = owner_of[spec.name] = {}
        for row in rows_of(spec.name):
            bundle = bundles.get(row.values["audit_id"])
            if bundle is None:
                raise refuse_at(path, spec.name, row.number, "audit_id", Text(
                    f"{row.values['audit_id']} аудиті бұл пакетте жоқ",
                    f"аудита {row.values['audit_id']} нет в этом пакете",
                    f"audit {row.values['audit_id']} is not in this package"))
            if row.values.get("bin") not in (None, bundle.bin):
                raise refuse_at(path, spec.name, row.number, "bin", Text(
                    f"{row.values['bin']} БСН-і аудит компаниясынікі ({bundle.bin}) емес",
                    f"БИН {row.values['bin']} не совпадает с БИН компании аудита "
                    f"({bundle.bin})",
                    f"BIN {row.values['bin']} is not its audit's company BIN ({bundle.bin})"))
            owners[row.values["id"]] = row.values["audit_id"]
            bundle.rows[spec.name].append(row)
    # Links between records stay within one audit of the package.
    for spec in SHEETS:
        for column, target in _references(spec):
            for bundle in bundles.values():
                for row in bundle.rows.get(spec.name, ()):
                    linked = row.values.get(column)
                    if linked is not None and owner_of[target].get(linked) != (
                            row.values["audit_id"]):
                        raise refuse_at(path, spec.name, row.number, column, Text(
                            f"{linked} жазбасы осы аудиттің {target} парағында жоқ",
                            f"записи {linked} нет на листе {target} этого аудита",
                            f"record {linked} is not in sheet {target} of the same audit"))
    result = list(bundles.values())
    for bundle in result:
        bundle.content_sha256 = _content_digest(package, bundle, digests)
    return _Structure(result, companies, auditors, installation)


def _content_digest(package: Package, bundle: _Bundle,
                    digests: dict[tuple[str, str], str]) -> str:
    """A digest of the audit's whole content, the same for every export of the same content."""
    rows = [
        (name, str(row.values["id"]), digests.get((name, str(row.values["id"]))) or row_digest(
            name, SHEET_SPECS[name].columns, [row.raw[k] for k in SHEET_SPECS[name].columns]))
        for name, sheet_rows in bundle.rows.items()
        for row in sheet_rows
    ]
    files = [(str(row.values["id"]), package.attachments.get(str(row.values["id"]), b""))
             for row in bundle.rows.get("Attachments", [])]
    return _digest_of(bundle.audit_id, bundle.audit.raw, rows, files)


def stored_content_digest(audit: Audit) -> str:
    """The same digest for an audit as this database holds it: what an export of it would
    give (an audit made here has no package it came in)."""
    rows = []
    files = []
    audit_row: dict[str, Any] = {}
    for spec, record, values in audit_rows(audit):
        if spec.name == "Audits":
            audit_row = dict(zip(spec.columns, values, strict=True))
        elif spec.collection:  # a part of the audit, as the package groups them
            rows.append((spec.name, str(record.id), row_digest(spec.name, spec.columns, values)))
            if spec.name == "Attachments":
                files.append((str(record.id), getattr(record, "content", b"") or b""))
    return _digest_of(str(audit.id), audit_row, rows, files)


def _digest_of(audit_id: str, audit_row: dict[str, Any], rows: list[tuple[str, str, str]],
               files: list[tuple[str, bytes]]) -> str:
    lines = list(rows)
    # The audit row minus what changes on every export of the same content.
    stable = {k: v for k, v in audit_row.items() if k not in ("updated_at",)}
    lines.append(("Audits", audit_id, json.dumps(
        {k: canonical(v) for k, v in stable.items()}, sort_keys=True, ensure_ascii=False)))
    for file_id, content in files:
        lines.append(("AttachmentData", file_id, hashlib.sha256(content).hexdigest()))
    return manifest_digest(lines)


# The key of an audit's file bytes in a snapshot (base64 by attachment id), beside its sheets.
SNAPSHOT_FILES = "files"


def snapshot_json(sheets: dict[str, list[dict[str, Any]]],
                  files: dict[str, bytes] | None = None) -> str:
    """An audit's content as the import history keeps it: its rows sheet by sheet, each value
    in its canonical cell form, and (for content that may become current again) its files."""
    content: dict[str, Any] = {
        name: [{k: canonical(v) for k, v in row.items()} for row in rows]
        for name, rows in sheets.items()
    }
    if files is not None:
        content[SNAPSHOT_FILES] = {
            key: base64.b64encode(data).decode("ascii") for key, data in files.items()
        }
    return json.dumps(content, ensure_ascii=False)


def _sheets_of(bundle: _Bundle) -> dict[str, list[dict[str, Any]]]:
    return {"Audits": [bundle.audit.raw],
            **{name: [row.raw for row in rows] for name, rows in bundle.rows.items()}}


def _snapshot(bundle: _Bundle) -> str:
    return snapshot_json(_sheets_of(bundle))


def _whole_snapshot(package: Package, bundle: _Bundle) -> str:
    """The audit's content with what it takes to make it current again: its company's and
    auditor's rows and its files."""
    auditor_id = bundle.audit.raw.get("auditor_id")
    companies = [row for row in package.sheets.get("Companies", [])
                 if str(row.get("bin")) == bundle.bin][:1]
    auditors = [row for row in package.sheets.get("Auditors", [])
                if auditor_id and row.get("id") == auditor_id][:1]
    files = {str(row.values["id"]): package.attachments.get(str(row.values["id"]), b"")
             for row in bundle.rows.get("Attachments", [])}
    return snapshot_json({"Companies": companies, "Auditors": auditors, **_sheets_of(bundle)},
                         files)


def keep_summary(session: Session, audit: Audit, issues: list[Issue]) -> None:
    """The audit's counts, kept with it, so the ministry's list shows them at once."""
    errors = sum(1 for issue in issues if issue.is_error)
    stats = AuditStats(audit_completeness(FORM, audit)["overall"].percent, errors,
                       len(issues) - errors)
    bases = summary_bases(session.connection(), FORM_VERSION,
                          [(audit.id, audit.company.id)])
    store_summaries(session, {audit.id: (bases[audit.id], stats)})


def new_records(audit: Audit) -> Iterator[Tracked]:
    """An audit built from a package's rows and what is new with it, linked by their keys as
    they are stored (for :func:`~auditor.db.trail.insert_new`)."""
    values = instance_dict(audit)
    owners: tuple[tuple[Tracked | None, str], ...] = (
        (audit.company, "company_id"), (audit.auditor, "auditor_id"))
    for owner, key in owners:
        values[key] = owner.id if owner is not None else None
        if owner is not None and sa_inspect(owner, raiseerr=True).transient:
            yield owner  # met for the first time
    yield audit
    for spec in PART_SHEETS:
        for record in spec.records(audit):
            instance_dict(record)["audit_id"] = audit.id
            yield record


# --- what to do with one audit ----------------------------------------------------------------


@dataclass
class _Collision:
    """An audit of the package that collides with one in the database."""

    bundle: _Bundle
    kind: str
    details: str  # English, for the conflict list
    reason: Text  # for the result line


@dataclass
class _Decision:
    action: str  # "new", "same", "history", "supersede", "conflict"
    existing: Audit | None = None
    collision: _Collision | None = None


# Packages read ahead of the one being imported (each is a few megabytes in memory).
_READ_AHEAD = 3

ResultCallback = Callable[[InputResult], None]
NoteCallback = Callable[[Text], None]

# A package is tried this many times while another program holds the database's write lock,
# each time after SQLite's own wait (busy_timeout, 5 s) and this pause: about half a minute.
BUSY_ATTEMPTS = 4
BUSY_PAUSE = 2.0

MSG_BUSY_WAITING = Text(
    "Дерекқор бос емес (басқа бағдарлама жазып жатыр); күтеміз…",
    "База данных занята (пишет другая программа); ждём…",
    "The database is busy (another program is writing to it); waiting…",
)


@dataclass
class _Context:
    """What is being done, for a message about something unexpected."""

    step: str = "reading the file"


class Consolidator:
    """Imports packages into one database, one transaction per package.

    ``busy_attempts`` times (each waiting SQLite's busy timeout, then ``busy_pause`` seconds)
    a package is tried again when another program holds the database's write lock, with a note
    through ``on_note``; then the run stops with :class:`ConsolidationFault`.
    """

    def __init__(self, database: Database, *, accept_modified: bool = False,
                 busy_attempts: int | None = None, busy_pause: float | None = None) -> None:
        self.database = database
        self.accept_modified = accept_modified
        self.busy_attempts = BUSY_ATTEMPTS if busy_attempts is None else busy_attempts
        self.busy_pause = BUSY_PAUSE if busy_pause is None else busy_pause
        self._context = _Context()
        self._on_note: NoteCallback | None = None
        # SHA-256 of every file accepted before, read once a run (no other consolidation runs
        # meanwhile); a file met again is answered without being converted.
        self._accepted_files: set[str] | None = None

    def run(
        self,
        inputs: Iterable[Path],
        progress: Callable[[int, int], None] | None = None,
        *,
        on_result: ResultCallback | None = None,
        on_note: NoteCallback | None = None,
    ) -> list[InputResult]:
        """Import every input; ``on_result`` hears of each result as soon as it is known.

        Raises :class:`ConsolidationFault` when another consolidation of the database runs,
        or when the database or the disk fails (with the results finished before).
        """
        files = list(package_inputs(inputs))
        results: list[InputResult] = []
        self._on_note = on_note
        self._accepted_files = None
        try:
            with consolidation_lock(self.database.path):
                self._run(files, results, progress, on_result)
        except RunLockError as exc:
            raise ConsolidationFault(exc.reason, results) from exc
        except _Fault as fault:
            raise ConsolidationFault(fault.reason, results) from fault
        except _Stop as stop:
            raise stop.error from None
        return results

    def _run(self, files: list[Path], results: list[InputResult],
             progress: Callable[[int, int], None] | None,
             on_result: ResultCallback | None) -> None:
        # The next files are checked and parsed while this one is imported: hashing,
        # decompressing and parsing a workbook happen outside Python, so they go on beside the
        # import. A file is checked before anything of it is parsed (a zip bomb is refused
        # before it is decompressed).
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="package-reader") as reader:

            def parse(path: Path) -> Future[PackageSheets]:
                return reader.submit(read_package_sheets, path)

            ahead = deque(parse(path) for path in files[:_READ_AHEAD])
            for number, path in enumerate(files, start=1):
                current = ahead.popleft()
                if number + len(ahead) < len(files):
                    ahead.append(parse(files[number + len(ahead)]))
                result = self._import_file(path, current.result)
                results.append(result)
                if on_result is not None:
                    on_result(result)
                if progress:
                    progress(number, len(files))

    # --- one input ---

    def _import_file(self, path: Path, read: Callable[[], PackageSheets]) -> InputResult:
        package: Package | None = None
        collisions: list[_Collision] = []
        self._context.step = "reading the file"
        try:
            package = package_from_sheets(read())
            result = self._import_package(package)
        except PackageError as exc:
            result = InputResult(path, REFUSED, exc.reason)
        except _Refused as exc:
            result = InputResult(path, exc.result, exc.reason)
            collisions = exc.conflicts
        except AuditLockedError as exc:
            result = InputResult(path, REFUSED, _named(path, exc.reason))
        except (_Fault, _Stop):
            raise
        except Exception as exc:  # a defect met by this file: its line, and the run goes on
            result = self._defect(path, exc)
        if not result.logged:
            self._retrying(lambda: self._log(path, package, result, collisions))
        return result

    def _defect(self, path: Path, exc: Exception) -> InputResult:
        if isinstance(exc, GuardError):  # the database's own safeguards said no
            return InputResult(path, REFUSED, _named(path, exc.reason))
        if isinstance(exc, IntegrityError):
            detail = quoted(exc.orig if exc.orig is not None else exc, 200)
            return InputResult(path, REFUSED, _named(path, Text(
                f"дерекқор оның жазбаларын қабылдамады ({detail})",
                f"база данных не приняла его записи ({detail})",
                f"the database refused its records while {self._context.step} ({detail})")))
        if log.hasHandlers():
            log.error("internal error while %s of %s", self._context.step, path, exc_info=exc)
        detail = quoted(f"{type(exc).__name__}: {exc}", 200)
        return InputResult(path, REFUSED, _named(path, Text(
            f"ішкі қате ({self._context.step}): {detail}",
            f"внутренняя ошибка ({self._context.step}): {detail}",
            f"internal error while {self._context.step}: {detail}")))

    def _import_package(self, package: Package) -> InputResult:
        path = package.path
        if self._retrying(lambda: self._file_already_imported(package.file_sha256)):
            return InputResult(path, ALREADY_IMPORTED, Text(
                "бұрын импортталған, ештеңе өзгермеді",
                "уже импортирован, ничего не изменено",
                "already imported, nothing changed",
            ))
        self._context.step = "checking its values"
        values = convert_package(package)
        self._context.step = "verifying its manifest"
        verification = verify(package)
        self._context.step = "checking its structure"
        structure = _structure(package, values, verification.digests)
        modified = False
        if not verification.ok:
            if not self.accept_modified:
                raise _Refused(REFUSED_MODIFIED, Text(
                    "экспорттан кейін өзгертілген; --accept-modified арқылы ғана қабылданады",
                    "изменён после экспорта; принимается только с --accept-modified",
                    "modified after export; imported only with --accept-modified ("
                    + "; ".join(c.describe() for c in verification.changes)[:300] + ")",
                ))
            modified = True
        return self._retrying(lambda: self._import(package, structure, verification, modified))

    def _import(self, package: Package, structure: _Structure, verification: Verification,
                modified: bool) -> InputResult:
        with self.database.transaction(f"import: {package.path.name}") as session:
            result = self._import_in(session, package, structure, verification, modified)
            # The log line commits with the records it speaks of.
            session.add(self._log_entry(package.path, package, result))
            result.logged = True
        if result.result in (ACCEPTED, ACCEPTED_MODIFIED) and self._accepted_files is not None:
            self._accepted_files.add(package.file_sha256)
        return result

    def _retrying(self, work: Callable[[], _T]) -> _T:
        """``work`` (one transaction), tried again while the database is busy; a fault of the
        database or the disk ends the run."""
        attempt = 1
        while True:
            try:
                return work()
            except (PackageError, _Refused, AuditLockedError, _Fault, _Stop):
                raise
            except Exception as exc:
                fault = fault_of(exc)
                if fault is None:
                    raise
                if fault is not Fault.BUSY or attempt >= self.busy_attempts:
                    raise _Fault(fault_text(exc, self.database.path) or Text(
                        str(exc), str(exc), str(exc))) from exc
                if self._on_note is not None and attempt == 1:
                    try:
                        self._on_note(MSG_BUSY_WAITING)
                    except Exception as stop:
                        raise _Stop(stop) from stop
                attempt += 1
                time.sleep(self.busy_pause)

    def _file_already_imported(self, file_sha256: str) -> bool:
        """The very same file was accepted before (a re-saved copy is judged audit by audit)."""
        if self._accepted_files is None:
            with self.database.session() as session:
                self._accepted_files = set(session.scalars(
                    select(ImportLogEntry.file_sha256).where(
                        ImportLogEntry.result.in_((ACCEPTED, ACCEPTED_MODIFIED)),
                        ImportLogEntry.file_sha256.is_not(None),
                    )
                ))
        return file_sha256 in self._accepted_files

    def _import_in(
        self,
        session: Session,
        package: Package,
        structure: _Structure,
        verification: Verification,
        modified: bool,
    ) -> InputResult:
        path = package.path
        self._context.step = "comparing it with the database"
        _refuse_demo_among_real(session, structure)
        decisions = [self._decide(session, package, structure, bundle,
                                  verification.origin_proven)
                     for bundle in structure.bundles]
        # An audit in conflict is listed for a person to decide; the package's other audits
        # are imported all the same (each in a savepoint: one refused by the database's keys
        # takes nothing of the others with it).
        collisions = [d.collision for d in decisions if d.collision is not None]
        imported = 0
        notes: list[Text] = []
        for bundle, decision in zip(structure.bundles, decisions, strict=True):
            if decision.action == "history":
                session.add(self._origin(package, bundle, superseded=True))
            elif decision.action in ("new", "supersede"):
                try:
                    with session.begin_nested():
                        if decision.existing is not None:
                            self._supersede(session, package, bundle, decision.existing)
                        imported += self._import_audit(session, package, structure, bundle,
                                                       notes)
                except _Refused as exc:
                    if exc.result != CONFLICT:
                        raise
                    collisions.extend(exc.conflicts)
        if collisions:
            if imported == 0:
                raise _Refused(CONFLICT, _conflict_reason(path, collisions), collisions)
            for collision in collisions:
                self._record_collision(session, path, package, collision)
            return InputResult(path, ACCEPTED_IN_PART,
                               _in_part_reason(path, imported, collisions), imported)
        if imported == 0 and structure.bundles:
            return InputResult(path, ALREADY_IMPORTED, Text(
                "барлық аудиттер бұрын импортталған",
                "все аудиты уже импортированы",
                "every audit in it was already imported",
            ), 0)
        note = Text(
            f"{imported} аудит импортталды", f"импортировано аудитов: {imported}",
            f"{imported} audits imported",
        )
        if modified:
            note = Text(
                f"{note.kk} (өзгертілген пакет қабылданды)",
                f"{note.ru} (принят изменённый пакет)",
                f"{note.en} (modified package accepted)",
            )
        for extra in notes:
            note = Text(f"{note.kk}; {extra.kk}", f"{note.ru}; {extra.ru}",
                        f"{note.en}; {extra.en}")
        return InputResult(path, ACCEPTED_MODIFIED if modified else ACCEPTED, note, imported)

    # --- the rules of supersession ---

    def _decide(self, session: Session, package: Package, structure: _Structure,
                bundle: _Bundle, origin_proven: bool) -> _Decision:
        """What becomes of one audit of the package.

        * not in the database: new;
        * the same audit id, another company (BIN): conflict — an id is never reused;
        * the same revision with the same content: nothing to do;
        * the same revision with other content: conflict;
        * otherwise the package must come from the installation the audit came from (its
          latest origin, or this database for an audit made here): else conflict;
        * a lower revision: kept in the history (not current);
        * a strictly higher revision, from a package that verifies (format 2: its manifest
          intact and covering Meta, so its installation too): supersedes; else conflict — a
          package changed after export, even one taken with --accept-modified, never replaces
          an audit.
        """
        existing = session.get(Audit, uuid.UUID(bundle.audit_id))
        if existing is None:
            return _Decision("new")
        existing_bin = existing.company.bin if existing.company is not None else None

        def conflict(kind: str, details: str, reason: Text) -> _Decision:
            return _Decision("conflict", existing, _Collision(bundle, kind, details, reason))

        if existing_bin != bundle.bin:
            return conflict(
                AUDIT_ID_OTHER_COMPANY,
                f"audit {bundle.audit_id} is of company {existing_bin} in the database; the "
                f"package gives it to company {bundle.bin} (revision {bundle.revision})",
                Text(f"{bundle.audit_id} аудиті дерекқорда {existing_bin} компаниясыныкі, "
                     f"пакет оны {bundle.bin} компаниясына береді",
                     f"аудит {bundle.audit_id} в базе принадлежит компании {existing_bin}, "
                     f"пакет относит его к компании {bundle.bin}",
                     f"audit {bundle.audit_id} belongs to company {existing_bin} in the "
                     f"database; the package gives it to company {bundle.bin}"))
        origin = self._latest_origin(session, bundle.audit_id)
        if existing.revision == bundle.revision and self._held_content(
                session, existing, origin) == bundle.content_sha256:
            return _Decision("same", existing)
        owner = (origin.installation_id if origin is not None
                 else str(self.database.installation_id))
        claimed = structure.installation_id
        if existing.revision == bundle.revision:
            return conflict(
                SAME_REVISION_DIFFERENT_CONTENT,
                f"revision {bundle.revision} differs from the one already imported"
                + ("" if claimed == owner else
                   f" (from installation {claimed}; the audit came from installation {owner})"),
                Text(f"{bundle.revision}-редакциясы бұрын басқа мазмұнмен импортталған",
                     f"редакция {bundle.revision} уже импортирована с другим содержимым",
                     f"revision {bundle.revision} of audit {bundle.audit_id} was already "
                     "imported with different content"))
        if claimed != owner:
            return conflict(
                OTHER_INSTALLATION,
                f"revision {bundle.revision} of audit {bundle.audit_id} comes from installation "
                f"{claimed}; the audit in the database (revision {existing.revision}) came "
                f"from installation {owner}",
                Text(f"{bundle.audit_id} аудитінің {bundle.revision}-редакциясы басқа "
                     f"орнатудан ({claimed}); дерекқордағысы {owner} орнатуынан",
                     f"редакция {bundle.revision} аудита {bundle.audit_id} пришла с другой "
                     f"установки ({claimed}); аудит в базе — с установки {owner}",
                     f"revision {bundle.revision} of audit {bundle.audit_id} comes from another "
                     f"installation ({claimed}) than the audit in the database ({owner})"))
        if bundle.revision < existing.revision:
            return _Decision("history", existing)
        if not origin_proven:
            why = (f"format {package.format_version}: its Meta is not covered by the manifest"
                   if package.format_version < FIRST_FORMAT_WITH_META_IN_MANIFEST
                   else "changed after export")
            return conflict(
                ORIGIN_NOT_PROVEN,
                f"revision {bundle.revision} would replace revision {existing.revision}, but "
                f"the package proves nothing of its origin ({why})",
                Text(f"{bundle.revision}-редакциясы {existing.revision}-редакциясын "
                     "ауыстырар еді, бірақ пакеттің шығу тегі дәлелденбеген",
                     f"редакция {bundle.revision} заменила бы редакцию {existing.revision}, "
                     "но происхождение пакета не подтверждено",
                     f"revision {bundle.revision} of audit {bundle.audit_id} would replace "
                     f"revision {existing.revision}, but the package does not prove where it "
                     f"comes from ({why})"))
        return _Decision("supersede", existing)

    @staticmethod
    def _held_content(session: Session, audit: Audit, origin: AuditOrigin | None) -> str:
        """The content digest of the audit as held: as its package gave it, or, for an audit
        made in this database, as an export of it would give it."""
        if origin is not None:
            return origin.content_sha256 or ""
        full = load_full_audit(session, audit.id, with_files=True)
        return stored_content_digest(full) if full is not None else ""

    # --- importing one audit ---

    def _import_audit(self, session: Session, package: Package, structure: _Structure,
                      bundle: _Bundle, notes: list[Text]) -> int:
        self._context.step = f"building audit {bundle.audit_id}"
        # The package's audits before this one are in the database before it is looked at:
        # two audits of one company share the company, and are flagged.
        session.flush()
        with session.no_autoflush:
            audit = self._build(session, package, structure, bundle, notes)
        self._context.step = f"validating audit {bundle.audit_id}"
        found = validate(audit)
        issues = [i for i in found if i.is_error]
        if issues:
            first = issues[:3]
            detail = one_line("; ".join(f"{i.path}: {i.text('en')}" for i in first), 400)
            raise _Refused(REFUSED, Text(
                f"тексеруден өтпеді ({len(issues)} қате): {detail}",
                f"не прошёл проверку ({len(issues)} ошибок): {detail}",
                f"failed validation ({len(issues)} errors): {detail}",
            ))
        self._context.step = f"importing audit {bundle.audit_id}"
        others = self._other_audits(session, audit)
        try:
            insert_new(session, new_records(audit))
        except (IntegrityError, GuardError) as exc:
            # A record id in use: refused by the key, or by the guard against writing over an
            # existing record (which checks first).
            detail = one_line(str(getattr(exc, "orig", None) or exc), 300)
            in_use = "UNIQUE constraint failed" in detail or (
                isinstance(exc, GuardError) and exc.code == REPLACE)
            if not in_use:
                raise
            text = Text(
                f"{bundle.audit_id} аудитінің жазба идентификаторлары дерекқорда бұрыннан бар",
                f"идентификаторы записей аудита {bundle.audit_id} уже заняты в базе",
                f"record ids of audit {bundle.audit_id} are already used in the database")
            collision = _Collision(bundle, RECORD_ID_IN_USE,
                                   f"the database refused the records of audit "
                                   f"{bundle.audit_id}: {detail}", text)
            raise _Refused(CONFLICT, _conflict_reason(package.path, [collision]),
                           [collision]) from exc
        self._flag_other_audits(session, package, audit, others)
        keep_summary(session, audit, found)
        session.add(self._origin(package, bundle))
        return 1

    def _latest_origin(self, session: Session, audit_id: str) -> AuditOrigin | None:
        return session.scalars(
            select(AuditOrigin)
            .where(AuditOrigin.audit_id == audit_id, AuditOrigin.superseded_at.is_(None))
            .order_by(AuditOrigin.id.desc())
        ).first()

    def _origin(self, package: Package, bundle: _Bundle, superseded: bool = False,
                snapshot: str | None = None) -> AuditOrigin:
        return AuditOrigin(
            audit_id=bundle.audit_id,
            revision=bundle.revision,
            company_bin=bundle.bin,
            content_sha256=bundle.content_sha256,
            package_id=_short(package.meta.get("package_id"), 36) or "",
            file_name=_short(package.path.name, 255) or "",
            file_sha256=package.file_sha256,
            auditor=_auditor(package),
            installation_id=_short(package.meta.get("installation_id"), 36),
            superseded_at=utcnow() if superseded else None,
            snapshot=snapshot if snapshot is not None else _snapshot(bundle),
        )

    def _supersede(
        self, session: Session, package: Package, bundle: _Bundle, existing: Audit
    ) -> None:
        for origin in session.scalars(
            select(AuditOrigin).where(
                AuditOrigin.audit_id == bundle.audit_id, AuditOrigin.superseded_at.is_(None)
            )
        ):
            origin.superseded_at = utcnow()
        reason = (
            f"superseded by revision {bundle.revision} from {package.path.name} "
            f"(package {package.meta.get('package_id')})"
        )
        if existing.is_finalized:
            reopen_audit(session, existing, reason)
        session.delete(existing)
        session.flush()

    def _build(self, session: Session, package: Package, structure: _Structure,
               bundle: _Bundle, notes: list[Text]) -> Audit:
        audit = new_record(SHEET_SPECS["Audits"], bundle.audit.values, {})
        assert isinstance(audit, Audit)
        # Set without the back references: a company already stored does not hear of an audit
        # that is inserted beside the session (see ``insert_new``).
        set_committed_value(audit, "company",
                            self._company(session, package, structure, bundle, notes))
        set_committed_value(
            audit, "auditor", self._auditor_profile(session, structure, audit.auditor_id)
        )
        for name, rows in bundle.rows.items():
            spec = SHEET_SPECS[name]
            assert spec.collection is not None, name
            collection = getattr(audit, spec.collection)
            for row in rows:
                collection.append(new_record(spec, row.values, package.attachments))
        return audit

    def _company(self, session: Session, package: Package, structure: _Structure,
                 bundle: _Bundle, notes: list[Text]) -> Company:
        row = structure.companies[bundle.bin]
        company = session.scalars(select(Company).where(Company.bin == bundle.bin)).first()
        if company is None:
            record = new_record(SHEET_SPECS["Companies"], row.values, {})
            assert isinstance(record, Company)
            return record
        # Companies merge by BIN, whichever laptop created them; the name the database has is
        # kept, and a different one is listed for a person to look at.
        theirs = (row.values.get("name_kk"), row.values.get("name_ru"))
        ours = (company.name_kk, company.name_ru)
        if any(their is not None and their != our
               for their, our in zip(theirs, ours, strict=True)):
            self._name_conflict(session, package, bundle, company, theirs, notes)
        return company

    def _name_conflict(self, session: Session, package: Package, bundle: _Bundle,
                       company: Company, theirs: tuple[str | None, str | None],
                       notes: list[Text]) -> None:
        details = (f"kept: kk {quoted(company.name_kk or '', 300)}, ru "
                   f"{quoted(company.name_ru or '', 300)}; package: kk "
                   f"{quoted(theirs[0] or '', 300)}, ru {quoted(theirs[1] or '', 300)}")
        package_id = _short(package.meta.get("package_id"), 36)
        known = session.scalar(select(Conflict.id).where(
            Conflict.kind == COMPANY_NAME_DIFFERS, Conflict.company_bin == company.bin,
            Conflict.details == details))
        if known is None:
            session.add(Conflict(
                kind=COMPANY_NAME_DIFFERS, company_bin=company.bin, audit_id=bundle.audit_id,
                other_audit_id=None, file_name=_short(package.path.name, 255) or "",
                package_id=package_id, details=details,
                package_values=json.dumps({"name_kk": theirs[0], "name_ru": theirs[1]},
                                          ensure_ascii=False, sort_keys=True),
            ))
        notes.append(Text(
            f"{company.bin} компаниясының атауы дерекқордағыдан өзгеше; дерекқордағы атау "
            "сақталды, айырмашылық қайшылықтар тізімінде",
            f"наименование компании {company.bin} отличается от записанного в базе; "
            "сохранено записанное, различие внесено в список конфликтов",
            f"the name of company {company.bin} differs from the database's; the database's "
            "name is kept and the difference listed as a conflict",
        ))

    def _auditor_profile(
        self, session: Session, structure: _Structure, auditor_id: uuid.UUID | None
    ) -> AuditorProfile | None:
        if auditor_id is None:
            return None
        profile = session.get(AuditorProfile, auditor_id)
        if profile is not None:
            return profile
        row = structure.auditors.get(auditor_id)
        if row is None:
            return None
        record = new_record(SHEET_SPECS["Auditors"], row.values, {})
        assert isinstance(record, AuditorProfile)
        return record

    def _other_audits(self, session: Session, audit: Audit) -> list[uuid.UUID]:
        """The company's audits already in the database; a company new to it has none."""
        company = audit.company
        if company is None or not sa_inspect(company).persistent:
            return []
        with session.no_autoflush:  # the audit joins the session only after this
            return list(session.scalars(
                select(Audit.id).where(Audit.company_id == company.id, Audit.id != audit.id)
            ))

    def _flag_other_audits(self, session: Session, package: Package, audit: Audit,
                           others: list[uuid.UUID]) -> None:
        for other in others:
            session.add(Conflict(
                kind=SAME_COMPANY_OTHER_AUDIT,
                company_bin=audit.company.bin,
                audit_id=str(audit.id),
                other_audit_id=str(other),
                file_name=_short(package.path.name, 255) or "",
                package_id=_short(package.meta.get("package_id"), 36),
                details="two audits of one company; national figures use the latest finalized",
            ))

    # --- the log and the conflict list ---

    def _log(
        self,
        path: Path,
        package: Package | None,
        result: InputResult,
        collisions: Iterable[_Collision] = (),
    ) -> None:
        with self.database.transaction("consolidation") as session:
            for collision in collisions:
                self._record_collision(session, path, package, collision)
            session.add(self._log_entry(path, package, result))

    def _record_collision(self, session: Session, path: Path, package: Package | None,
                          collision: _Collision) -> None:
        """List the conflict, and keep the package's content of the audit beside the original
        (in the import history, never current); once per package and audit."""
        assert package is not None
        package_id = _short(package.meta.get("package_id"), 36)
        bundle = collision.bundle
        known = session.scalar(select(Conflict.id).where(
            Conflict.kind == collision.kind, Conflict.audit_id == bundle.audit_id,
            Conflict.package_id == package_id, Conflict.file_name == _short(path.name, 255)))
        if known is not None:
            return
        kept = self._origin(package, bundle, superseded=True,
                            snapshot=_whole_snapshot(package, bundle))
        session.add(kept)
        session.flush()
        session.add(Conflict(
            kind=collision.kind,
            company_bin=bundle.bin,
            audit_id=bundle.audit_id,
            other_audit_id=None,
            file_name=_short(path.name, 255) or "",
            package_id=package_id,
            details=f"{collision.details}; the package's content is kept as import history "
                    f"entry {kept.id}, the audit in the database is unchanged",
            kept_origin_id=kept.id,
        ))

    def _log_entry(
        self, path: Path, package: Package | None, result: InputResult
    ) -> ImportLogEntry:
        return ImportLogEntry(
            file_name=_short(path.name, 255) or "",
            file_sha256=package.file_sha256 if package else None,
            package_id=_short(package.meta.get("package_id"), 36) if package else None,
            auditor=_auditor(package) if package else None,
            installation_id=(_short(package.meta.get("installation_id"), 36)
                             if package else None),
            result=result.result,
            reason=result.reason("en"),
            audits=result.audits,
        )


MSG_DEMO_INTO_REAL = Text(
    "демо-деректер (БСН-дері демо-ауқымнан): нақты компаниялары бар дерекқорға "
    "шоғырландырылмайды, әйтпесе ұлттық көрсеткіштер бұрмаланар еді; демо-пакеттерді бөлек "
    "дерекқорға шоғырландырыңыз",
    "демо-данные (БИН из демо-диапазона): в базу с настоящими компаниями не "
    "консолидируются, чтобы не исказить национальные показатели; консолидируйте "
    "демо-пакеты в отдельную базу",
    "demo data (BINs of the demo range): not consolidated into a database that holds real "
    "companies, where it would distort the national figures; consolidate demo packages "
    "into a database of their own",
)
MSG_DEMO_WITH_REAL = Text(
    "пакетте демо-аудиттер ({demo}) нақты аудиттермен ({real}) араласқан; бағдарлама "
    "мұндай пакет жасамайды, ол импортталмайды",
    "в пакете демо-аудиты ({demo}) смешаны с настоящими ({real}); программа таких пакетов "
    "не создаёт, он не импортируется",
    "the package mixes demo audits ({demo}) with real ones ({real}); the application never "
    "writes such a package, and it is not imported",
)


def _refuse_demo_among_real(session: Session, structure: _Structure) -> None:
    """Demo data comes into a demo database only (one without real companies), so that it
    never counts in national figures; a package never mixes it with real audits."""
    demo = sum(1 for bundle in structure.bundles if is_demo_bin(bundle.bin))
    if not demo:
        return
    real = len(structure.bundles) - demo
    if real:
        raise _Refused(REFUSED, MSG_DEMO_WITH_REAL.format(demo=demo, real=real))
    if holds_real_companies(session):
        raise _Refused(REFUSED, MSG_DEMO_INTO_REAL)


def _named(path: Path, text: Text) -> Text:
    return Text(f"{path.name}: {text.kk}", f"{path.name}: {text.ru}", f"{path.name}: {text.en}")


def _conflict_reason(path: Path, collisions: list[_Collision]) -> Text:
    first = collisions[0].reason
    more = len(collisions) - 1
    tail_kk = f" (тағы {more} қайшылық)" if more else ""
    tail_ru = f" (и ещё конфликтов: {more})" if more else ""
    tail_en = f" (and {more} more)" if more else ""
    return _named(path, Text(
        f"{first.kk}{tail_kk}; дерекқордағы аудит өзгерген жоқ, пакет ештеңе импорттамады, "
        "қайшылық шешу үшін тізімге енгізілді",
        f"{first.ru}{tail_ru}; аудит в базе не изменён, из пакета ничего не импортировано, "
        "конфликт внесён в список для решения",
        f"{first.en}{tail_en}; the audit in the database is unchanged, nothing of the package "
        "was imported, the conflict is listed for a person to decide",
    ))


def _in_part_reason(path: Path, imported: int, collisions: list[_Collision]) -> Text:
    first = collisions[0].reason
    n = len(collisions)
    return _named(path, Text(
        f"{imported} аудит импортталды; {n} аудит қайшылықта ({first.kk}): олар дерекқорда "
        "өзгерген жоқ, шешу үшін тізімге енгізілді",
        f"импортировано аудитов: {imported}; в конфликте: {n} ({first.ru}): в базе они не "
        "изменены, конфликты внесены в список для решения",
        f"{imported} audits imported; {n} in conflict ({first.en}): unchanged in the "
        "database, listed for a person to decide",
    ))


def _short(value: Any, length: int) -> str | None:
    """A value from a file for a column of ``length`` characters: text, at most that long."""
    if value is None or value == "":
        return None
    text = str(value)
    return text if len(text) <= length else text[: length - 1] + "…"


def _auditor(package: Package) -> str | None:
    name, code = package.meta.get("auditor_name"), package.meta.get("auditor_code")
    if not name and not code:
        return None
    return _short(f"{name or ''} ({code or ''})".strip(), 300)


def latest_finalized_audits(session: Session) -> list[Audit]:
    """One audit per company for national figures: the latest finalized one. Demo data counts
    only in a demo database (:func:`~auditor.db.demo_data.demo_counts_in_figures`)."""
    query = select(Audit).where(Audit.status == "finalized")
    if not demo_counts_in_figures(session):
        query = query.join(Company).where(not_(demo_company()))
    audits = session.scalars(query.order_by(Audit.finalized_at)).all()
    latest: dict[uuid.UUID, Audit] = {}
    for audit in audits:
        latest[audit.company_id] = audit
    return list(latest.values())


__all__ = ["FORM", "RESULTS", "SNAPSHOT_FILES", "ConsolidationFault", "Consolidator",
           "InputResult", "keep_summary", "latest_finalized_audits", "new_record", "new_records",
           "snapshot_json"]
