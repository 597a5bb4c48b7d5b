"""Export audits as one package workbook, with dictionary, meta data and manifest."""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from auditor import __version__
from auditor.db.audits import load_full_audit
from auditor.db.database import CURRENT_PROFILE, Database
from auditor.db.models import AUDIT_STATUS_FINALIZED, Audit, AuditorProfile, Tracked
from auditor.db.schema import head_revision
from auditor.domain.text import Text
from auditor.exchange.package import (
    ATTACHMENT_CHUNK,
    ATTACHMENT_DATA_SHEET,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST_SHEET,
    META_SHEET,
    SHEETS,
    SheetSpec,
    cell_value,
    manifest_digest,
    row_digest,
)
from auditor.exchange.workbook import (
    cells,
    column_width,
    data_sheet,
    save_atomically,
    write_dictionary,
)
from auditor.forms.questionnaire import FORM, FORM_VERSION

Progress = Callable[[int, int], None]

# Labels of the columns that no questionnaire field covers.
SYSTEM_LABELS: dict[str, Text] = {
    "id": Text("Жазба идентификаторы", "Идентификатор записи", "Record id"),
    "audit_id": Text("Аудит идентификаторы", "Идентификатор аудита", "Audit id"),
    "bin": Text("Компанияның БСН", "БИН компании", "Company BIN"),
    "company_id": Text("Компания идентификаторы", "Идентификатор компании", "Company id"),
    "auditor_id": Text("Аудитор идентификаторы", "Идентификатор аудитора", "Auditor id"),
    "revision": Text("Редакция", "Редакция", "Revision"),
    "status": Text("Мәртебе", "Статус", "Status"),
    "finalized_at": Text("Аяқталған уақыты", "Время завершения", "Finalized at"),
    "created_at": Text("Құрылған уақыты", "Время создания", "Created at"),
    "updated_at": Text("Өзгертілген уақыты", "Время изменения", "Updated at"),
    "size_bytes": Text("Көлемі, байт", "Размер, байт", "Size, bytes"),
    "sha256": Text("SHA-256", "SHA-256", "SHA-256"),
    "installation_id": Text("Орнату идентификаторы", "Идентификатор установки",
                            "Installation id"),
    "full_name": Text("Аты-жөні", "ФИО", "Full name"),
    "auditor_code": Text("Аудитор коды", "Код аудитора", "Auditor code"),
    "organisation": Text("Ұйым", "Организация", "Organisation"),
    "region_code": Text("Өңір", "Регион", "Region"),
    "language": Text("Тіл", "Язык", "Language"),
}

MSG_NOTHING = Text(
    "Экспорттайтын аяқталған аудит жоқ.",
    "Нет завершённых аудитов для экспорта.",
    "There are no finalized audits to export.",
)
MSG_UNKNOWN = Text(
    "Мұндай аудит жоқ: {id}.", "Такого аудита нет: {id}.", "No such audit: {id}."
)


class ExportError(Exception):
    def __init__(self, reason: Text) -> None:
        self.reason = reason
        super().__init__(reason.en)


@dataclass
class ExportResult:
    path: Path
    package_id: uuid.UUID
    audits: int
    counts: dict[str, int] = field(default_factory=dict)
    data_sha256: str = ""


def column_label(spec: SheetSpec, key: str, lang: str) -> str:
    for candidate in FORM.all_fields():
        if candidate.model is spec.model and candidate.name == key:
            return candidate.label(lang)
    label = SYSTEM_LABELS.get(key)
    return label(lang) if label else key


def _records(session: Session, audits: list[Audit]) -> dict[str, list[Tracked]]:
    records: dict[str, list[Tracked]] = {spec.name: [] for spec in SHEETS}
    seen: set[uuid.UUID] = set()

    def add(sheet: str, record: Tracked | None) -> None:
        if record is not None and record.id not in seen:
            seen.add(record.id)
            records[sheet].append(record)

    for audit in audits:
        add("Companies", audit.company)
        add("Auditors", audit.auditor)
        add("Audits", audit)
        for sheet, collection in (
            ("Sites", audit.sites),
            ("Certificates", audit.certificates),
            ("Inspections", audit.inspections),
            ("Deficiencies", audit.deficiencies),
            ("ProductionLines", audit.production_lines),
            ("Products", audit.products),
            ("Contracts", audit.contracts),
            ("Investments", audit.investments),
            ("Partnerships", audit.partnerships),
            ("Barriers", audit.barriers),
            ("SupportRequests", audit.support_requests),
            ("Attachments", audit.attachments),
        ):
            for record in collection:
                add(sheet, record)
    return records


def _company_bin(record: Tracked, audits_by_id: dict[uuid.UUID, Audit]) -> str | None:
    audit = audits_by_id.get(getattr(record, "audit_id", None) or record.id)
    return audit.company.bin if audit is not None else None


def _row(spec: SheetSpec, record: Tracked, bin_of: Callable[[Tracked], str | None]) -> list[Any]:
    values = []
    for key in spec.columns:
        raw = getattr(record, key) if key != "bin" or spec.name == "Companies" else bin_of(record)
        values.append(cell_value(spec.column_kind(key), raw))
    return values





def export_package(
    database: Database,
    out: Path,
    audit_ids: Sequence[uuid.UUID] = (),
    *,
    lang: str = "ru",
    progress: Progress | None = None,
) -> ExportResult:
    """Write the named audits (all finalized ones when none are named) into ``out``.

    The workbook is written beside ``out`` and renamed into place, so a crash never leaves a
    half-written package under the final name.
    """
    package_id = uuid.uuid4()
    with database.session() as session:
        if audit_ids:
            ids = list(audit_ids)
        else:
            ids = list(
                session.scalars(
                    select(Audit.id)
                    .where(Audit.status == AUDIT_STATUS_FINALIZED)
                    .order_by(Audit.created_at)
                )
            )
        if not ids:
            raise ExportError(MSG_NOTHING)
        audits = []
        for number, audit_id in enumerate(ids, start=1):
            audit = load_full_audit(session, audit_id, with_files=True)
            if audit is None:
                raise ExportError(MSG_UNKNOWN.format(id=audit_id))
            audits.append(audit)
            if progress:
                progress(number, len(ids) + len(SHEETS))
        records = _records(session, audits)
        audits_by_id = {a.id: a for a in audits}
        profile_id = database.setting(CURRENT_PROFILE)
        profile = session.get(AuditorProfile, uuid.UUID(profile_id)) if profile_id else None
        if profile is None and audits[0].auditor is not None:
            profile = audits[0].auditor

        workbook = Workbook(write_only=True)
        manifest: list[tuple[str, str, str]] = []
        counts: dict[str, int] = {}
        meta_sheet = workbook.create_sheet(META_SHEET)  # first sheet a person sees
        for number, spec in enumerate(SHEETS, start=1):
            labels = [column_label(spec, key, lang) for key in spec.columns]
            widths = [column_width(k, lbl) for k, lbl in zip(spec.columns, labels, strict=True)]
            sheet = data_sheet(workbook, spec.name, spec.columns, labels, widths)
            rows = records[spec.name]
            counts[spec.name] = len(rows)
            for record in rows:
                values = _row(spec, record, lambda r: _company_bin(r, audits_by_id))
                sheet.append(cells(sheet, values))
                manifest.append(
                    (spec.name, str(record.id), row_digest(spec.name, spec.columns, values))
                )
            if progress:
                progress(len(ids) + number, len(ids) + len(SHEETS))

        keys = ["attachment_id", "part", "base64"]
        files_sheet = data_sheet(workbook, ATTACHMENT_DATA_SHEET, keys, keys, [38, 6, 60])
        for attachment in records["Attachments"]:
            content: bytes = getattr(attachment, "content", b"") or b""
            encoded = base64.b64encode(content).decode("ascii")
            pieces = [encoded[i:i + ATTACHMENT_CHUNK]
                      for i in range(0, len(encoded), ATTACHMENT_CHUNK)] or [""]
            for part, piece in enumerate(pieces, start=1):
                files_sheet.append(cells(files_sheet, [str(attachment.id), part, piece or None]))
            manifest.append(
                (ATTACHMENT_DATA_SHEET, str(attachment.id), hashlib.sha256(content).hexdigest())
            )

        write_dictionary(workbook)
        manifest_sheet = data_sheet(workbook, MANIFEST_SHEET, ["sheet", "record_id", "sha256"],
                                ["sheet", "record_id", "sha256"], [18, 38, 66])
        for line in manifest:
            manifest_sheet.append(cells(manifest_sheet, list(line)))
        data_sha256 = manifest_digest(manifest)

        meta: list[tuple[str, Any]] = [
            ("format", FORMAT_NAME),
            ("format_version", FORMAT_VERSION),
            ("package_id", str(package_id)),
            ("schema_version", head_revision()),
            ("form_version", FORM_VERSION),
            ("app_version", __version__),
            ("exported_at", datetime.now(UTC).isoformat()),
            ("language", lang),
            ("installation_id", str(database.installation_id)),
            ("auditor_name", profile.full_name if profile else None),
            ("auditor_code", profile.auditor_code if profile else None),
            ("auditor_organisation", profile.organisation if profile else None),
            ("audits", len(audits)),
            *((f"count:{name}", count) for name, count in counts.items()),
            ("data_sha256", data_sha256),
        ]
        meta_sheet.column_dimensions["A"].width = 26
        meta_sheet.column_dimensions["B"].width = 70
        for key, value in meta:
            meta_sheet.append(cells(meta_sheet, [key, value]))

    out = save_atomically(workbook, out)
    return ExportResult(out, package_id, len(audits), counts, data_sha256)
