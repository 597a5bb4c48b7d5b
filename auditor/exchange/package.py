"""The package workbook format: sheets, columns, values and the integrity manifest.

A package is one .xlsx workbook. Each entity has a sheet with a stable English name; row 1
holds the machine keys of the columns (stable, documented in docs/package-format.md), row 2 the
labels in the exporter's language, data starts on row 3. Every row carries its own ``id``, its
``audit_id`` and the company ``bin`` so rows join without the application.

The manifest is a SHA-256 per row over a canonical form of its values, and one per attachment
over its bytes. The canonical form is what a value reads back as from the workbook, so a package
that nobody touched verifies exactly, and an edit in Excel shows up as the rows it changed.
"""

from __future__ import annotations

import hashlib
import json
import math
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Date
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import InstrumentedAttribute

from auditor.db.base import CodeList, UTCDateTime
from auditor.db.models import Audit, AuditorProfile, Company, Tracked
from auditor.exchange.celltext import cell_text

FORMAT_NAME = "pharma-capacity-auditor/package"
# 2: the manifest covers the Meta sheet too (one line per key). Format-1 packages are still
# read; their Meta is not covered, so it proves nothing (see docs/package-format.md).
FORMAT_VERSION = 2
FIRST_FORMAT_WITH_META_IN_MANIFEST = 2
HEADER_ROWS = 2  # machine keys, then human labels
LIST_SEPARATOR = "; "
# Attachment bytes travel as base64 text in pieces below Excel's 32,767-character cell limit.
ATTACHMENT_CHUNK = 32_000

META_SHEET = "Meta"
DICTIONARY_SHEET = "Dictionary"
MANIFEST_SHEET = "Manifest"
ATTACHMENT_DATA_SHEET = "AttachmentData"


@dataclass(frozen=True)
class SheetSpec:
    name: str
    model: type[Tracked]
    columns: tuple[str, ...]  # machine keys: model columns plus "bin"
    # The audit's collection whose records the sheet holds (``Audit.sites``: "sites"); None
    # for the sheets of companies, auditors and audits themselves.
    collection: str | None = None

    def records(self, audit: Audit) -> list[Tracked]:
        """The records of ``audit`` this sheet holds (a sheet of an audit's collection)."""
        assert self.collection is not None, self.name
        return list(getattr(audit, self.collection))

    def column_kind(self, key: str) -> str:
        """How a column's values are written: text, date, timestamp, list or plain."""
        return _column_kinds(self.model).get(key, "plain")

    def python_type(self, key: str) -> type:
        return _python_types(self.model)[key]


@cache
def _column_kinds(model: type[Tracked]) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for column in sa_inspect(model).columns:
        if isinstance(column.type, UTCDateTime):
            kinds[column.key] = "timestamp"
        elif isinstance(column.type, Date):
            kinds[column.key] = "date"
        elif isinstance(column.type, CodeList):
            kinds[column.key] = "list"
        elif column.type.python_type is uuid.UUID:
            kinds[column.key] = "uuid"
        elif column.type.python_type is str:
            kinds[column.key] = "text"
    return kinds


@cache
def _python_types(model: type[Tracked]) -> dict[str, type]:
    return {column.key: column.type.python_type for column in sa_inspect(model).columns}


def _columns(model: type[Tracked], *, skip: tuple[str, ...] = ()) -> tuple[str, ...]:
    keys = [c.key for c in sa_inspect(model).columns if c.key not in skip]
    leading = [k for k in ("id", "audit_id", "bin") if k in keys]
    if model is not AuditorProfile and "bin" not in leading:
        leading.append("bin")  # the company's BIN on every row of an audit
    rest = [k for k in keys if k not in leading]
    return (*leading, *rest)


def _sheet(name: str, model: type[Tracked], *, skip: tuple[str, ...] = ()) -> SheetSpec:
    return SheetSpec(name, model, _columns(model, skip=skip))


def _part_sheet(name: str, collection: InstrumentedAttribute[Any], *,
                skip: tuple[str, ...] = ()) -> SheetSpec:
    """The sheet of one of an audit's collections; its model is the collection's."""
    model: type[Tracked] = collection.property.mapper.class_
    return SheetSpec(name, model, _columns(model, skip=skip), collection.key)


# In the order the sheets are written.
SHEETS: tuple[SheetSpec, ...] = (
    _sheet("Companies", Company),
    # Whether a person is a field auditor or an analyst matters on their own installation
    # only; the sheet keeps the columns it always had.
    _sheet("Auditors", AuditorProfile, skip=("kind",)),
    # The seal belongs to the database that sealed it; the package has its own manifest.
    _sheet("Audits", Audit, skip=("seal_sha256",)),
    _part_sheet("Sites", Audit.sites),
    _part_sheet("Certificates", Audit.certificates),
    _part_sheet("Inspections", Audit.inspections),
    _part_sheet("Deficiencies", Audit.deficiencies),
    _part_sheet("ProductionLines", Audit.production_lines),
    _part_sheet("Products", Audit.products),
    _part_sheet("Contracts", Audit.contracts),
    _part_sheet("Investments", Audit.investments),
    _part_sheet("Partnerships", Audit.partnerships),
    _part_sheet("Barriers", Audit.barriers),
    _part_sheet("SupportRequests", Audit.support_requests),
    _part_sheet("Attachments", Audit.attachments, skip=("content",)),
)
SHEET_BY_NAME = {spec.name: spec for spec in SHEETS}
# The sheets of an audit's collections (sites, products, ...), in the order they are written.
PART_SHEETS: tuple[SheetSpec, ...] = tuple(spec for spec in SHEETS if spec.collection)


# --- values ------------------------------------------------------------------------------------


def cell_value(kind: str, value: Any) -> Any:
    """A model value as it is written into a cell (text made safe by ``cell_text``)."""
    if value is None:
        return None
    if isinstance(value, str):
        return cell_text(value) or None
    if kind == "timestamp":
        # Text, not an Excel date: Excel keeps neither the time zone nor microseconds.
        return value.isoformat()
    if kind == "list":
        return LIST_SEPARATOR.join(str(v) for v in value) if value else None
    if kind == "uuid":
        return str(value)
    return value


def canonical(value: Any) -> Any:
    """A cell value in the one form it has both when written and when read back."""
    if type(value) is str:  # most cells
        return value or None
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 2**53:
            return int(value)
        return repr(value)
    if isinstance(value, datetime):
        # Only dates are written as Excel dates; a reader may hand them back as midnight.
        return value.date().isoformat() if value.time() == datetime.min.time() else (
            value.isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# The same text as ``json.dumps(..., ensure_ascii=False, sort_keys=True)``, made once.
_DIGEST_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def row_digest(sheet: str, keys: Iterable[str], values: Iterable[Any]) -> str:
    payload = _DIGEST_JSON.encode(
        [sheet, dict(zip(keys, (canonical(v) for v in values), strict=True))]
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


META_KEYS = ("key", "value")
DATA_SHA256 = "data_sha256"  # the Meta key of the digest over the manifest


def meta_lines(meta: Iterable[tuple[str, Any]]) -> list[tuple[str, str, str]]:
    """The manifest lines of the Meta sheet: one per key (but ``data_sha256`` itself), over the
    key and its value as they read back."""
    return [(META_SHEET, key, row_digest(META_SHEET, META_KEYS, (key, value)))
            for key, value in meta if key != DATA_SHA256]


def manifest_digest(lines: Iterable[tuple[str, str, str]]) -> str:
    """One digest over every (sheet, record id, row digest) of a package."""
    digest = hashlib.sha256()
    for sheet, record_id, row_hash in sorted(lines):
        digest.update(f"{sheet}\t{record_id}\t{row_hash}\n".encode())
    return digest.hexdigest()


Getter = Callable[[Any], Any]
