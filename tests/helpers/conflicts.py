"""A ministry database with conflicts to settle: the same audits from two laptops."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from auditor.db.audits import finalize_audit
from auditor.db.database import Database, open_database
from auditor.db.models import Audit
from auditor.demo import build_demo
from auditor.exchange.consolidate import Consolidator
from auditor.exchange.export import export_package

ADDED_STAFF = 1000
OTHER_FINDINGS = "Другой текст выводов"


@dataclass
class TwoVersions:
    database: Database  # the ministry's
    folder: Path
    staff: dict[str, tuple[int, int]]  # audit id -> (staff in the database, in the package)


def two_versions(folder: Path, companies: int = 2) -> TwoVersions:
    """Two laptops holding the same audits (a copied database) with other staff figures and
    findings; the ministry imports both: each audit of the second package is a conflict."""
    first = open_database(folder / "a.sqlite")
    build_demo(first, companies=companies, seed=5, finalize=True)
    second = open_database(folder / "b.sqlite")
    build_demo(second, companies=companies, seed=5)
    staff: dict[str, tuple[int, int]] = {}
    with second.transaction() as session:
        for audit in session.scalars(select(Audit)):
            before = audit.staff_total or 0
            audit.staff_total = before + ADDED_STAFF
            audit.findings = OTHER_FINDINGS
            staff[str(audit.id)] = (before, audit.staff_total)
            finalize_audit(session, audit, representative_name="Петров",
                           representative_position="Директор")
    packages = [export_package(first, folder / "a.xlsx").path,
                export_package(second, folder / "b.xlsx").path]
    first.close()
    second.close()
    ministry = open_database(folder / "ministry.sqlite")
    results = Consolidator(ministry).run(packages)
    assert [r.result for r in results] == ["accepted", "conflict"]
    return TwoVersions(ministry, folder, staff)
