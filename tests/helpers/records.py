"""Builders for tests: records with every column filled, and comparisons of stored rows."""

from __future__ import annotations

import itertools
import uuid
from datetime import date
from typing import Any

from sqlalchemy import BigInteger, Boolean, Date, Float, Integer, LargeBinary, String, Text
from sqlalchemy import inspect as sa_inspect

from auditor.db.audits import add_attachment
from auditor.db.base import CodeList
from auditor.db.models import (
    Audit,
    Barrier,
    Company,
    Deficiency,
    GmpCertificate,
    Inspection,
    InvestmentProject,
    Partnership,
    Product,
    ProductionLine,
    Site,
    SupplyContract,
    SupportRequest,
    Tracked,
)

_counter = itertools.count(1)

# Values chosen to catch lossy storage: Kazakh letters, large money, fractional capacity.
KAZAKH = "Қарағанды фармацевтикалық кешені — әңгүөұһі"
# A photo as a camera writes it begins (the rest of the bytes as they come).
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 40


def filled(model: type[Tracked], **overrides: Any) -> Any:
    """A record of ``model`` with every data column set to a distinctive non-default value."""
    n = next(_counter)
    values: dict[str, Any] = {}
    for column in sa_inspect(model).columns:
        if column.info.get("system") or column.primary_key or column.foreign_keys:
            continue
        if column.key in ("created_at", "updated_at"):
            continue
        values[column.key] = _value_for(column.type, n)
    values.update(overrides)
    return model(**values)


def _value_for(column_type: Any, n: int) -> Any:
    if isinstance(column_type, Boolean):
        return True
    if isinstance(column_type, BigInteger):
        return 12_345_678_901_234 + n
    if isinstance(column_type, Integer):
        return 2000 + n
    if isinstance(column_type, Float):
        return 1_500_000_000.25 + n
    if isinstance(column_type, Date):
        return date(2025, 1 + n % 12, 1 + n % 28)
    if isinstance(column_type, CodeList):
        return ["tablets", f"v{n}"]
    if isinstance(column_type, LargeBinary):
        return bytes(range(256)) * 3
    if isinstance(column_type, String | Text):
        length = getattr(column_type, "length", None) or 200
        text = f"{KAZAKH} {n}"
        return text[:length] if length >= len(text) else str(n).zfill(length)[-length:]
    raise TypeError(f"no sample value for {column_type!r}")


def full_audit(company: Company | None = None) -> Audit:
    """An audit with at least one record of every kind, every column filled."""
    company = company or filled(Company, bin="940140000385", region_code="75")
    audit = filled(Audit, company=company)
    site = filled(Site, audit=audit)
    filled(ProductionLine, site=site)
    inspection = filled(Inspection, audit=audit, site=site)
    filled(Deficiency, inspection=inspection)
    filled(GmpCertificate, audit=audit, site=site)
    filled(Product, audit=audit)
    filled(SupplyContract, audit=audit)
    filled(InvestmentProject, audit=audit)
    filled(Partnership, audit=audit)
    filled(Barrier, audit=audit)
    filled(SupportRequest, audit=audit)
    add_attachment(audit, "photo.jpg", JPEG, description=KAZAKH)
    return audit


def row_values(record: Tracked, *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """Every column value of ``record`` (file bytes included), for equality checks."""
    return {
        attr.key: getattr(record, attr.key)
        for attr in sa_inspect(type(record)).column_attrs
        if attr.key not in skip
    }


def new_id() -> uuid.UUID:
    return uuid.uuid4()
