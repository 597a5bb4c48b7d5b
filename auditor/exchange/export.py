"""Export audits as one package workbook, with dictionary, meta data and manifest."""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlalchemy import not_, select
from sqlalchemy.orm import Session

from auditor import __version__
from auditor.db.audits import load_full_audit
from auditor.db.database import Database
from auditor.db.demo_data import demo_company, demo_counts_in_figures
from auditor.db.models import AUDIT_STATUS_FINALIZED, Audit, AuditorProfile, Company, Tracked
from auditor.db.schema import head_revision
from auditor.db.seal import check_seal
from auditor.db.settings import CURRENT_PROFILE
from auditor.domain.bin import is_demo_bin
from auditor.domain.text import Text
from auditor.exchange.celltext import too_long
from auditor.exchange.limits import CELL_MAX_CHARS
from auditor.exchange.outputs import check_output
from auditor.exchange.package import (
    ATTACHMENT_CHUNK,
    ATTACHMENT_DATA_SHEET,
    DATA_SHA256,
    FORMAT_NAME,
    FORMAT_VERSION,
    HEADER_ROWS,
    MANIFEST_SHEET,
    META_SHEET,
    PART_SHEETS,
    SHEET_BY_NAME,
    SHEETS,
    SheetSpec,
    cell_value,
    manifest_digest,
    meta_lines,
    row_digest,
)
from auditor.exchange.workbook import (
    DataRows,
    cells,
    column_width,
    data_sheet,
    save_atomically,
    write_dictionary,
    write_only_workbook,
)
from auditor.forms.questionnaire import FORM
from auditor.forms.version import FORM_VERSION

Progress = Callable[[int, int], None]
# Audit ids looked up at once (SQLite takes up to 32,766 bound parameters).
_CHUNK = 500

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


MSG_CHANGED_AFTER_SEALING = Text(
    "{audit} аудиті аяқталғаннан кейін бағдарламадан тыс өзгертілген ({details}); ол "
    "экспортталмайды. «auditor check» егжей-тегжейін көрсетеді.",
    "Аудит {audit} изменён вне программы после завершения ({details}); он не "
    "экспортируется. Подробности покажет «auditor check».",
    "Audit {audit} was changed outside the application after it was finalized ({details}); "
    "it is not exported. `auditor check` shows the details.",
)


MSG_DEMO_WITH_REAL = Text(
    "Демо-деректер нақты аудиттермен бір пакетке салынбайды: таңдалғандардың {demo} аудиті "
    "демо-компанияларға, {real} аудиті нақты компанияларға жатады. Оларды бөлек экспорттаңыз.",
    "Демо-данные не экспортируются в одном пакете с настоящими аудитами: из выбранных аудитов "
    "демо-компаний — {demo}, настоящих компаний — {real}. Экспортируйте их по отдельности.",
    "Demo data does not go into one package with real audits: of the audits chosen, {demo} "
    "are of demo companies and {real} of real ones. Export them separately.",
)
# The Meta key that says whether a package holds demo data ("yes") or real audits ("no").
DEMO_META_KEY = "demo"


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
    demo: bool = False  # the audits are demo data (of companies of the demo BIN range)


def column_label(spec: SheetSpec, key: str, lang: str) -> str:
    for candidate in FORM.all_fields():
        if candidate.model is spec.model and candidate.name == key:
            return candidate.label(lang)
    label = SYSTEM_LABELS.get(key)
    return label(lang) if label else key


def _audit_records(audit: Audit) -> Iterator[tuple[str, Tracked | None]]:
    """Every record an audit brings into the package, with the sheet it goes to."""
    yield "Companies", audit.company
    yield "Auditors", audit.auditor
    yield "Audits", audit
    for spec in PART_SHEETS:
        for record in spec.records(audit):
            yield spec.name, record


def audit_rows(audit: Audit) -> Iterator[tuple[SheetSpec, Tracked, tuple[Any, ...]]]:
    """Each record of one audit with the cell values an export writes for it."""
    bin_ = audit.company.bin if audit.company is not None else None
    for sheet, record in _audit_records(audit):
        if record is not None:
            spec = SHEET_BY_NAME[sheet]
            yield spec, record, _row(spec, record, lambda _record: bin_)


def _row(
    spec: SheetSpec, record: Tracked, bin_of: Callable[[Tracked], str | None]
) -> tuple[Any, ...]:
    values = []
    for key in spec.columns:
        value = getattr(record, key) if key != "bin" or spec.name == "Companies" else bin_of(
            record)
        if isinstance(value, str) and too_long(value):
            raise _too_long(spec, key, record, value, bin_of(record))
        values.append(cell_value(spec.column_kind(key), value))
    return tuple(values)


def _too_long(spec: SheetSpec, key: str, record: Tracked, value: str,
              bin_: str | None) -> ExportError:
    """An answer longer than a cell holds: the export is refused rather than cut."""
    audit_id = getattr(record, "audit_id", None) or (record.id if spec.name == "Audits" else None)
    whose_en = f"audit {audit_id}" if audit_id else f"{spec.name} record {record.id}"
    whose_ru = f"аудит {audit_id}" if audit_id else f"запись {record.id} листа {spec.name}"
    whose_kk = f"{audit_id} аудиті" if audit_id else f"{spec.name} парағының {record.id} жазбасы"
    company = f" (BIN {bin_})" if bin_ else ""
    return ExportError(Text(
        f"{whose_kk}{company}: «{column_label(spec, key, 'kk')}» ({spec.name}.{key}) жауабы "
        f"{len(value):,} таңба, ұяшыққа {CELL_MAX_CHARS:,} ғана сияды; оны қысқартып, қайта "
        "экспорттаңыз. Ештеңе жазылған жоқ.",
        f"{whose_ru}{company}: ответ «{column_label(spec, key, 'ru')}» ({spec.name}.{key}) "
        f"длиной {len(value):,} знаков, а в ячейку входит {CELL_MAX_CHARS:,}; сократите его и "
        "экспортируйте снова. Ничего не записано.",
        f"{whose_en}{company}: the answer to “{column_label(spec, key, 'en')}” "
        f"({spec.name}.{key}) has {len(value):,} characters, more than a spreadsheet cell holds "
        f"({CELL_MAX_CHARS:,}); shorten it and export again. Nothing was written.",
    ))


@dataclass
class _Profile:
    """Who exported the package, as the Meta sheet names them."""

    full_name: str | None = None
    auditor_code: str | None = None
    organisation: str | None = None

    @classmethod
    def of(cls, profile: AuditorProfile | None) -> _Profile | None:
        if profile is None:
            return None
        return cls(profile.full_name, profile.auditor_code, profile.organisation)


def export_package(
    database: Database,
    out: Path,
    audit_ids: Sequence[uuid.UUID] = (),
    *,
    lang: str = "ru",
    progress: Progress | None = None,
) -> ExportResult:
    """Write the named audits (all finalized ones when none are named) into ``out``.

    Demo data (audits of companies of the demo BIN range) travels on its own: a package holds
    demo audits or real ones, never both, and its Meta says which (``demo``: yes or no). With
    none named, a database that holds real companies exports its real audits; only a demo
    database (no real company in it) exports its demo audits.

    The workbook is written beside ``out`` and renamed into place, so a crash never leaves a
    half-written package under the final name. An output that would replace the database, a
    folder or something that is not a workbook is refused first
    (:func:`~auditor.exchange.outputs.check_output`), and so is an audit with an answer longer
    than a cell holds (nothing is cut).

    Audits are read one at a time and let go once their rows are taken: however many audits a
    package holds, only one of them is in memory as database objects. The rows themselves are
    plain values, written as SpreadsheetML when the workbook is saved. (Hundreds of audits held
    as objects at once would also make every full garbage collection of the process long, and
    with it the pause it causes on every other thread, the window's included.)
    """
    check_output(out, database=database.path)
    package_id = uuid.uuid4()
    with database.session() as session:
        if audit_ids:
            ids = list(audit_ids)
        else:
            query = select(Audit.id).where(Audit.status == AUDIT_STATUS_FINALIZED)
            if not demo_counts_in_figures(session):
                # Where real audits are, "every finalized audit" means every real one: demo
                # data travels only when asked for by name.
                query = query.join(Company).where(not_(demo_company()))
            ids = list(session.scalars(query.order_by(Audit.created_at)))
        if not ids:
            raise ExportError(MSG_NOTHING)
        demo = _demo_package(session, ids)
        profile_id = database.setting(CURRENT_PROFILE)
        profile = _Profile.of(
            session.get(AuditorProfile, uuid.UUID(profile_id)) if profile_id else None
        )

        with write_only_workbook() as workbook:
            return _write_package(workbook, session, database, ids, out, package_id, profile,
                                  lang, progress, demo)


def _demo_package(session: Session, ids: list[uuid.UUID]) -> bool:
    """Whether these audits are demo data; demo and real audits in one package are refused."""
    demo = real = 0
    for start in range(0, len(ids), _CHUNK):
        for bin_ in session.scalars(select(Company.bin).join(Audit).where(
                Audit.id.in_(ids[start:start + _CHUNK]))):
            if is_demo_bin(bin_):
                demo += 1
            else:
                real += 1
    if demo and real:
        raise ExportError(MSG_DEMO_WITH_REAL.format(demo=demo, real=real))
    return demo > 0


def _write_package(
    workbook: Workbook,
    session: Session,
    database: Database,
    ids: list[uuid.UUID],
    out: Path,
    package_id: uuid.UUID,
    profile: _Profile | None,
    lang: str,
    progress: Progress | None,
    demo: bool,
) -> ExportResult:
    meta_sheet = workbook.create_sheet(META_SHEET)  # first sheet a person sees
    sheets = {}
    for spec in SHEETS:
        labels = [column_label(spec, key, lang) for key in spec.columns]
        widths = [column_width(k, lbl) for k, lbl in zip(spec.columns, labels, strict=True)]
        sheets[spec.name] = data_sheet(workbook, spec.name, spec.columns, labels, widths)
    keys = ["attachment_id", "part", "base64"]
    files_sheet = data_sheet(workbook, ATTACHMENT_DATA_SHEET, keys, keys, [38, 6, 60])

    rows: dict[str, list[tuple[Any, ...]]] = {spec.name: [] for spec in SHEETS}
    manifest: dict[str, list[tuple[str, str, str]]] = {spec.name: [] for spec in SHEETS}
    files_manifest: list[tuple[str, str, str]] = []
    seen: set[uuid.UUID] = set()
    bins: dict[uuid.UUID, str | None] = {}  # company BIN by audit id

    def bin_of(record: Tracked) -> str | None:
        return bins.get(getattr(record, "audit_id", None) or record.id)

    for number, audit_id in enumerate(ids, start=1):
        audit = load_full_audit(session, audit_id, with_files=True)
        if audit is None:
            raise ExportError(MSG_UNKNOWN.format(id=audit_id))
        if audit.is_finalized:
            _refuse_if_changed_since_sealed(session, audit)
        if number == 1 and profile is None:
            profile = _Profile.of(audit.auditor)
        bins[audit.id] = audit.company.bin
        for sheet, record in _audit_records(audit):
            if record is None or record.id in seen:
                continue
            seen.add(record.id)
            spec = SHEET_BY_NAME[sheet]
            values = _row(spec, record, bin_of)
            rows[sheet].append(values)
            manifest[sheet].append((sheet, str(record.id), row_digest(sheet, spec.columns, values)))
            if sheet == "Attachments":
                content: bytes = getattr(record, "content", b"") or b""
                _write_file(files_sheet, str(record.id), content)
                files_manifest.append(
                    (ATTACHMENT_DATA_SHEET, str(record.id), hashlib.sha256(content).hexdigest())
                )
        # Done with this audit: its objects go, and with them the bytes of its files.
        del audit
        session.expunge_all()
        if progress:
            progress(number, len(ids) + 1)  # the last step is saving the workbook

    write_dictionary(workbook)
    manifest_sheet = data_sheet(workbook, MANIFEST_SHEET, ["sheet", "record_id", "sha256"],
                                ["sheet", "record_id", "sha256"], [18, 38, 66])
    counts = {name: len(sheet_rows) for name, sheet_rows in rows.items()}

    meta: list[tuple[str, Any]] = [
        ("format", FORMAT_NAME),
        ("format_version", FORMAT_VERSION),
        ("package_id", str(package_id)),
        # Near the top of the first sheet, covered by the manifest like every Meta value.
        (DEMO_META_KEY, "yes" if demo else "no"),
        ("schema_version", head_revision()),
        ("form_version", FORM_VERSION),
        ("app_version", __version__),
        ("exported_at", datetime.now(UTC).isoformat()),
        ("language", lang),
        ("installation_id", str(database.installation_id)),
        ("auditor_name", profile.full_name if profile else None),
        ("auditor_code", profile.auditor_code if profile else None),
        ("auditor_organisation", profile.organisation if profile else None),
        ("audits", len(ids)),
        *((f"count:{name}", count) for name, count in counts.items()),
    ]
    # Meta is covered by the manifest like every other sheet: its values as they will read
    # back (text made safe for a cell first).
    meta = [(key, cell_value("text", value)) for key, value in meta]
    lines = ([line for spec in SHEETS for line in manifest[spec.name]] + files_manifest
             + meta_lines(meta))
    data_sha256 = manifest_digest(lines)
    meta.append((DATA_SHA256, data_sha256))
    meta_sheet.column_dimensions["A"].width = 26
    meta_sheet.column_dimensions["B"].width = 70
    for key, value in meta:
        meta_sheet.append(cells(meta_sheet, [key, value]))

    data_rows = [DataRows(sheets[name], HEADER_ROWS + 1, sheet_rows)
                 for name, sheet_rows in rows.items()]
    data_rows.append(DataRows(manifest_sheet, HEADER_ROWS + 1, lines))
    out = save_atomically(workbook, out, data_rows)
    return ExportResult(out, package_id, len(ids), counts, data_sha256, demo)


def _refuse_if_changed_since_sealed(session: Session, audit: Audit) -> None:
    """A finalized audit travels only as it was sealed: one changed behind the application's
    back (its seal no longer matches) is not exported."""
    check = check_seal(session.connection(), audit.id, audit.seal_sha256)
    if not check.ok:
        same = "{name} ({bin}), {id}"
        name = Text(same, same, same).format(name=audit.company.names, bin=audit.company.bin,
                                             id=audit.id)
        raise ExportError(MSG_CHANGED_AFTER_SEALING.format(audit=name, details=check.describe()))


def _write_file(sheet: WriteOnlyWorksheet, attachment_id: str, content: bytes) -> None:
    """An attachment's bytes as base64 text, in pieces a cell can hold, one row each."""
    encoded = base64.b64encode(content).decode("ascii")
    pieces = [encoded[i:i + ATTACHMENT_CHUNK]
              for i in range(0, len(encoded), ATTACHMENT_CHUNK)] or [""]
    for part, piece in enumerate(pieces, start=1):
        sheet.append(cells(sheet, [attachment_id, part, piece or None]))
