"""Consolidation: packages from many auditors into one database, losing nothing.

Each package is imported whole or not at all, in one transaction, after every audit in it has
passed the same validation engine as the editor. What happened to each input is written to the
import log; disagreements between sources are written to the conflict list and never settled by
overwriting.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import instance_dict, set_committed_value

from auditor.db.audits import reopen_audit
from auditor.db.base import utcnow
from auditor.db.database import Database
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
from auditor.db.trail import insert_new
from auditor.domain.text import Text
from auditor.exchange.bulk import bulk_run
from auditor.exchange.package import SHEETS, SheetSpec, canonical, manifest_digest, row_digest
from auditor.exchange.reader import (
    Package,
    PackageError,
    PackageSheets,
    Verification,
    package_from_sheets,
    read_package_sheets,
    verify,
)
from auditor.forms.questionnaire import FORM, validate

ACCEPTED = "accepted"
ACCEPTED_MODIFIED = "accepted_modified"
ALREADY_IMPORTED = "already_imported"
CONFLICT = "conflict"
REFUSED = "refused"
# Refused only because it was changed after export: --accept-modified (or a confirmation in the
# window) takes it.
REFUSED_MODIFIED = "refused_modified"


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
        detail = self.reason(lang).removeprefix(f"{self.file.name}: ")
        return f"{self.file.name}: {self.result}: {detail}"


class _Refused(Exception):
    def __init__(self, result: str, reason: Text, conflicts: Iterable[Conflict] = ()) -> None:
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


# --- cells back into model values ------------------------------------------------------------


Converter = Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


def _to_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _to_list(value: Any) -> list[str]:
    return [part.strip() for part in str(value).split(";") if part.strip()]


def _to_int(value: Any) -> Any:
    return int(value) if isinstance(value, int | float) and float(value).is_integer() else value


def _to_float(value: Any) -> Any:
    return float(value) if isinstance(value, int | float) else value


def _to_str(value: Any) -> Any:
    return canonical(value) if not isinstance(value, str) else value


def _kind_converter(spec: SheetSpec, key: str) -> Converter:
    """How a (non-empty) cell of column ``key`` becomes the model's value."""
    kind = spec.column_kind(key)
    if kind == "uuid":
        return lambda value: uuid.UUID(str(value))
    if kind == "timestamp":
        return lambda value: datetime.fromisoformat(str(value))
    if kind == "date":
        return _to_date
    if kind == "list":
        return _to_list
    python_type = spec.python_type(key)
    if python_type is bool:
        return bool
    if python_type is int:
        return _to_int
    if python_type is float:
        return _to_float
    if python_type is str:
        return _to_str
    return _identity


def _converter(spec: SheetSpec, key: str) -> Converter:
    """How a cell of column ``key`` becomes the model's value; an empty cell is no answer."""
    convert = _kind_converter(spec, key)
    if convert is _to_str:

        def text_value(value: Any) -> Any:
            if type(value) is str:  # most cells of text columns
                return value or None
            return None if value is None or value == "" else canonical(value)

        return text_value

    def model_value(value: Any) -> Any:
        if value is None or value == "":
            return None
        return convert(value)

    return model_value


@cache
def _converters(spec: SheetSpec) -> tuple[tuple[str, Converter], ...]:
    """The model's columns of a sheet with their converters (the BIN is the company's own)."""
    return tuple(
        (key, _converter(spec, key))
        for key in spec.columns
        if key != "bin" or spec.model is Company
    )


def _record(spec: SheetSpec, row: dict[str, Any], attachments: dict[str, bytes]) -> Tracked:
    """A new record with every column of the sheet, as ``spec.model(**values)`` makes it.

    Imported records are only ever inserted, and an insert takes a new record's values as they
    are: so they are set at once rather than one by one through the ORM's change tracking,
    which would cost as much as validating them. Relationships (and the attachment's bytes)
    are set the ordinary way.
    """
    record = sa_inspect(spec.model).class_manager.new_instance()
    instance_dict(record).update(
        {key: convert(row.get(key)) for key, convert in _converters(spec)}
    )
    if isinstance(record, Attachment):
        record.content = attachments.get(str(record.id), b"")
    return record


# --- one audit of a package ------------------------------------------------------------------


@dataclass
class _Bundle:
    audit_row: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]]  # sheet -> rows of this audit
    content_sha256: str

    @property
    def audit_id(self) -> str:
        return str(self.audit_row["id"])

    @property
    def revision(self) -> int:
        return int(self.audit_row["revision"])


def _bundles(package: Package, digests: dict[tuple[str, str], str]) -> list[_Bundle]:
    """The package's audits, each with its rows and a digest of its whole content."""
    by_audit: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for spec in SHEETS:
        if spec.name in ("Companies", "Auditors"):
            continue
        for row in package.sheets[spec.name]:
            owner = str(row["id"] if spec.name == "Audits" else row.get("audit_id"))
            by_audit[owner][spec.name].append(row)
    bundles = []
    for audit_row in package.sheets["Audits"]:
        rows = by_audit[str(audit_row["id"])]
        lines = [
            (name, str(row["id"]), digests.get((name, str(row["id"]))) or row_digest(
                name, SHEET_SPECS[name].columns, [row[k] for k in SHEET_SPECS[name].columns]))
            for name, sheet_rows in rows.items()
            for row in sheet_rows
            if name != "Audits"
        ]
        # The audit row minus what changes on every export of the same content.
        stable = {k: v for k, v in audit_row.items() if k not in ("updated_at",)}
        lines.append(("Audits", str(audit_row["id"]), json.dumps(
            {k: canonical(v) for k, v in stable.items()}, sort_keys=True, ensure_ascii=False)))
        for row in rows.get("Attachments", []):
            content = package.attachments.get(str(row["id"]), b"")
            lines.append(("AttachmentData", str(row["id"]), hashlib.sha256(content).hexdigest()))
        bundles.append(_Bundle(audit_row, rows, manifest_digest(lines)))
    return bundles


SHEET_SPECS = {spec.name: spec for spec in SHEETS}


def _snapshot(bundle: _Bundle) -> str:
    return json.dumps(
        {name: [{k: canonical(v) for k, v in row.items()} for row in rows]
         for name, rows in {"Audits": [bundle.audit_row], **bundle.rows}.items()},
        ensure_ascii=False,
    )


# Packages read ahead of the one being imported (each is a few megabytes in memory).
_READ_AHEAD = 3


def _verified(read: PackageSheets) -> tuple[Package, Verification]:
    package = package_from_sheets(read)
    return package, verify(package)


class Consolidator:
    """Imports packages into one database, one transaction per package."""

    def __init__(self, database: Database, *, accept_modified: bool = False) -> None:
        self.database = database
        self.accept_modified = accept_modified

    def run(
        self, inputs: Iterable[Path], progress: Callable[[int, int], None] | None = None
    ) -> list[InputResult]:
        files = list(package_inputs(inputs))
        results = []
        # The next files are checked and parsed while this one is imported: hashing,
        # decompressing and parsing a workbook happen outside Python, so they go on beside the
        # import. A file is checked before anything of it is parsed (a zip bomb is refused
        # before it is decompressed).
        with bulk_run(), ThreadPoolExecutor(max_workers=1,
                                            thread_name_prefix="package-reader") as reader:

            def parse(path: Path) -> Future[PackageSheets]:
                return reader.submit(read_package_sheets, path)

            ahead = deque(parse(path) for path in files[:_READ_AHEAD])
            for number, path in enumerate(files, start=1):
                current = ahead.popleft()
                if number + len(ahead) < len(files):
                    ahead.append(parse(files[number + len(ahead)]))
                results.append(self._import_file(path, current.result))
                if progress:
                    progress(number, len(files))
        return results

    def import_file(self, path: Path) -> InputResult:
        return self._import_file(path, lambda: read_package_sheets(path))

    def _import_file(self, path: Path, read: Callable[[], PackageSheets]) -> InputResult:
        package: Package | None = None
        conflicts: list[Conflict] = []
        try:
            package, verification = _verified(read())
            result = self._import(package, verification)
        except PackageError as exc:
            result = InputResult(path, REFUSED, exc.reason)
        except _Refused as exc:
            result = InputResult(path, exc.result, exc.reason)
            conflicts = exc.conflicts
        if not result.logged:
            self._log(path, package, result, conflicts)
        return result

    # --- steps ---

    def _import(self, package: Package, verification: Verification) -> InputResult:
        path = package.path
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
        with self.database.transaction(f"import: {path.name}") as session:
            result = self._import_in(session, package, verification.digests, modified)
            # The log line commits with the records it speaks of.
            session.add(self._log_entry(path, package, result))
            result.logged = True
        return result

    def _import_in(
        self,
        session: Session,
        package: Package,
        digests: dict[tuple[str, str], str],
        modified: bool,
    ) -> InputResult:
        path = package.path
        if self._already_imported(session, package):
            return InputResult(path, ALREADY_IMPORTED, Text(
                "бұрын импортталған, ештеңе өзгермеді",
                "уже импортирован, ничего не изменено",
                "already imported, nothing changed",
            ))
        bundles = _bundles(package, digests)
        imported = 0
        for bundle in bundles:
            imported += self._import_audit(session, package, bundle)
        if imported == 0 and bundles:
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
        return InputResult(path, ACCEPTED_MODIFIED if modified else ACCEPTED, note, imported)

    def _already_imported(self, session: Session, package: Package) -> bool:
        done = session.scalar(
            select(ImportLogEntry.id).where(
                # The very same file; a re-saved copy is judged audit by audit instead.
                ImportLogEntry.result.in_((ACCEPTED, ACCEPTED_MODIFIED)),
                ImportLogEntry.file_sha256 == package.file_sha256,
            )
        )
        return done is not None

    def _import_audit(self, session: Session, package: Package, bundle: _Bundle) -> int:
        # The package's audits before this one are in the database before it is looked at:
        # two audits of one company share the company, and are flagged.
        session.flush()
        existing = session.get(Audit, uuid.UUID(bundle.audit_id))
        if existing is not None:
            if existing.revision == bundle.revision:
                origin = self._latest_origin(session, bundle.audit_id)
                if origin is not None and origin.content_sha256 == bundle.content_sha256:
                    return 0  # the same revision again
                self._conflict_refusal(package, bundle, existing)
            if existing.revision > bundle.revision:
                self._keep_as_history(session, package, bundle)
                return 0
            self._supersede(session, package, bundle, existing)
        with session.no_autoflush:
            audit = self._build(session, package, bundle)
        issues = [i for i in validate(audit) if i.is_error]
        if issues:
            first = issues[:3]
            detail = "; ".join(f"{i.path}: {i.text('en')}" for i in first)
            raise _Refused(REFUSED, Text(
                f"тексеруден өтпеді ({len(issues)} қате): {detail}",
                f"не прошёл проверку ({len(issues)} ошибок): {detail}",
                f"failed validation ({len(issues)} errors): {detail}",
            ))
        others = self._other_audits(session, audit)
        insert_new(session, self._new_records(audit))
        self._flag_other_audits(session, package, audit, others)
        session.add(self._origin(package, bundle))
        return 1

    @staticmethod
    def _new_records(audit: Audit) -> Iterator[Tracked]:
        """The audit and what is new with it, linked by their keys as they are stored."""
        values = instance_dict(audit)
        owners: tuple[tuple[Tracked | None, str], ...] = (
            (audit.company, "company_id"), (audit.auditor, "auditor_id"))
        for owner, key in owners:
            values[key] = owner.id if owner is not None else None
            if owner is not None and sa_inspect(owner, raiseerr=True).transient:
                yield owner  # met for the first time in this package
        yield audit
        for name in _COLLECTIONS.values():
            for record in getattr(audit, name):
                instance_dict(record)["audit_id"] = audit.id
                yield record

    def _latest_origin(self, session: Session, audit_id: str) -> AuditOrigin | None:
        return session.scalars(
            select(AuditOrigin)
            .where(AuditOrigin.audit_id == audit_id, AuditOrigin.superseded_at.is_(None))
            .order_by(AuditOrigin.id.desc())
        ).first()

    def _origin(self, package: Package, bundle: _Bundle, superseded: bool = False) -> AuditOrigin:
        return AuditOrigin(
            audit_id=bundle.audit_id,
            revision=bundle.revision,
            company_bin=str(bundle.audit_row.get("bin")),
            content_sha256=bundle.content_sha256,
            package_id=str(package.meta.get("package_id")),
            file_name=package.path.name,
            file_sha256=package.file_sha256,
            auditor=_auditor(package),
            installation_id=str(package.meta.get("installation_id") or "") or None,
            superseded_at=utcnow() if superseded else None,
            snapshot=_snapshot(bundle),
        )

    def _conflict_refusal(self, package: Package, bundle: _Bundle, existing: Audit) -> None:
        conflict = Conflict(
            kind="same_revision_different_content",
            company_bin=str(bundle.audit_row.get("bin")),
            audit_id=bundle.audit_id,
            other_audit_id=None,
            file_name=package.path.name,
            package_id=str(package.meta.get("package_id")),
            details=f"revision {bundle.revision} differs from the one already imported",
        )
        raise _Refused(CONFLICT, Text(
            f"{bundle.revision}-редакциясы бұрын басқа мазмұнмен импортталған; қайшылық тізімге "
            "енгізілді",
            f"редакция {bundle.revision} уже импортирована с другим содержимым; конфликт "
            "внесён в список",
            f"revision {bundle.revision} of audit {bundle.audit_id} was already imported with "
            "different content; listed as a conflict",
        ), [conflict])

    def _keep_as_history(self, session: Session, package: Package, bundle: _Bundle) -> None:
        session.add(self._origin(package, bundle, superseded=True))

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

    def _build(self, session: Session, package: Package, bundle: _Bundle) -> Audit:
        audit = _record(SHEET_SPECS["Audits"], bundle.audit_row, {})
        assert isinstance(audit, Audit)
        # Set without the back references: a company already stored does not hear of an audit
        # that is inserted beside the session (see ``insert_new``).
        set_committed_value(audit, "company", self._company(session, package, bundle))
        set_committed_value(
            audit, "auditor", self._auditor_profile(session, package, audit.auditor_id)
        )
        for name, rows in bundle.rows.items():
            if name == "Audits":
                continue
            spec = SHEET_SPECS[name]
            collection = getattr(audit, _COLLECTIONS[name])
            for row in rows:
                record = _record(spec, row, package.attachments)
                collection.append(record)
        return audit

    def _company(self, session: Session, package: Package, bundle: _Bundle) -> Company:
        bin_ = str(bundle.audit_row.get("bin"))
        company = session.scalars(select(Company).where(Company.bin == bin_)).first()
        if company is not None:
            return company  # companies merge by BIN, whichever laptop created them
        row = next(r for r in package.sheets["Companies"] if str(r.get("bin")) == bin_)
        record = _record(SHEET_SPECS["Companies"], row, {})
        assert isinstance(record, Company)
        return record

    def _auditor_profile(
        self, session: Session, package: Package, auditor_id: uuid.UUID | None
    ) -> AuditorProfile | None:
        if auditor_id is None:
            return None
        profile = session.get(AuditorProfile, auditor_id)
        if profile is not None:
            return profile
        row = next((r for r in package.sheets["Auditors"] if str(r.get("id")) == str(auditor_id)),
                   None)
        if row is None:
            return None
        record = _record(SHEET_SPECS["Auditors"], row, {})
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
                kind="same_company_other_audit",
                company_bin=audit.company.bin,
                audit_id=str(audit.id),
                other_audit_id=str(other),
                file_name=package.path.name,
                package_id=str(package.meta.get("package_id")),
                details="two audits of one company; national figures use the latest finalized",
            ))

    def _log(
        self,
        path: Path,
        package: Package | None,
        result: InputResult,
        conflicts: Iterable[Conflict] = (),
    ) -> None:
        with self.database.transaction("consolidation") as session:
            session.add_all(conflicts)
            session.add(self._log_entry(path, package, result))

    def _log_entry(
        self, path: Path, package: Package | None, result: InputResult
    ) -> ImportLogEntry:
        return ImportLogEntry(
            file_name=path.name,
            file_sha256=package.file_sha256 if package else None,
            package_id=str(package.meta.get("package_id")) if package else None,
            auditor=_auditor(package) if package else None,
            installation_id=str(package.meta.get("installation_id")) if package else None,
            result=result.result,
            reason=result.reason("en"),
            audits=result.audits,
        )


_COLLECTIONS = {
    "Sites": "sites",
    "Certificates": "certificates",
    "Inspections": "inspections",
    "Deficiencies": "deficiencies",
    "ProductionLines": "production_lines",
    "Products": "products",
    "Contracts": "contracts",
    "Investments": "investments",
    "Partnerships": "partnerships",
    "Barriers": "barriers",
    "SupportRequests": "support_requests",
    "Attachments": "attachments",
}


def _auditor(package: Package) -> str | None:
    name, code = package.meta.get("auditor_name"), package.meta.get("auditor_code")
    if not name and not code:
        return None
    return f"{name or ''} ({code or ''})".strip()


def latest_finalized_audits(session: Session) -> list[Audit]:
    """One audit per company for national figures: the latest finalized one."""
    audits = session.scalars(
        select(Audit).where(Audit.status == "finalized").order_by(Audit.finalized_at)
    ).all()
    latest: dict[uuid.UUID, Audit] = {}
    for audit in audits:
        latest[audit.company_id] = audit
    return list(latest.values())


__all__ = ["FORM", "Consolidator", "InputResult", "latest_finalized_audits"]
