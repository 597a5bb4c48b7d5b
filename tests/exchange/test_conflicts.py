"""Conflicts settled by a person: the two versions compared, one kept, the decision in the trail,
the national figures following the version kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from auditor.cli import main
from auditor.db.audits import finalize_audit
from auditor.db.database import Database, open_database
from auditor.db.integrity import check_database
from auditor.db.models import Audit, AuditOrigin, Company, Conflict, TrailEntry
from auditor.demo import build_demo
from auditor.exchange.conflicts import (
    KEEP_DATABASE,
    KEEP_PACKAGE,
    ConflictError,
    compare,
    open_conflicts,
    resolve_conflict,
)
from auditor.exchange.consolidate import Consolidator
from auditor.exchange.export import export_package
from auditor.exchange.national import (
    CONFLICTS_SHEET,
    L_TOTAL,
    field_heading,
    write_national_workbook,
)
from auditor.forms.questionnaire import FORM
from tests.helpers.conflicts import OTHER_FINDINGS, TwoVersions, two_versions

ANALYST = "MIN-01"
STAFF = FORM.field("audit.staff_total")


@pytest.fixture
def two(tmp_path: Path) -> Any:
    made = two_versions(tmp_path)
    yield made
    made.database.close()


def _resolve(database: Database, conflict_id: int, keep: str) -> None:
    with database.transaction(ANALYST) as session:
        resolve_conflict(session, conflict_id, keep)


def _staff_total(database: Database, out: Path) -> int:
    """The national total of staff, as the workbook's summary by region gives it."""
    written = write_national_workbook(database, out, lang="en")
    sheet = openpyxl.load_workbook(written, read_only=True)["Summary by region"]
    rows = list(sheet.iter_rows(values_only=True))
    column = rows[0].index(field_heading("audit.staff_total")("en"))
    (total,) = [row[column] for row in rows[1:] if row[0] == L_TOTAL("en")]
    return int(total)


def test_the_comparison_shows_only_what_differs_labelled_as_the_form(two: TwoVersions) -> None:
    with two.database.session() as session:
        (first, *_others) = open_conflicts(session)
        comparison = compare(session, first.id)
    ours, theirs = two.staff[first.audit_id]
    differing = {line.label("en"): (line.database, line.package)
                 for line in comparison.differing}
    assert differing[STAFF.label("en")] == (ours, theirs)
    assert differing[FORM.field("audit.findings").label("en")][1] == OTHER_FINDINGS
    # What is the same in both is not listed: the visit dates, the products.
    labels = {line.label("en") for line in comparison.lines}
    assert FORM.field("audit.visit_start").label("en") not in labels
    assert FORM.field("product.trade_name").label("en") not in labels
    assert comparison.can_keep_package
    assert first.company("ru") and first.kind == "same_revision_different_content"


def test_keeping_the_database_version_changes_nothing_and_closes_the_conflict(
    two: TwoVersions, tmp_path: Path
) -> None:
    database = two.database
    with database.session() as session:
        conflict = open_conflicts(session)[0]
    before = _staff_total(database, tmp_path / "before.xlsx")

    _resolve(database, conflict.id, KEEP_DATABASE)

    with database.session() as session:
        audit = session.get_one(Audit, _id(conflict.audit_id))
        assert audit.staff_total == two.staff[conflict.audit_id][0]
        assert conflict.id not in [c.id for c in open_conflicts(session)]
        stored = session.get_one(Conflict, conflict.id)
        assert (stored.resolution, stored.resolved_by) == (KEEP_DATABASE, ANALYST)
        entry = _decision(session, conflict.id)
        assert entry.actor == ANALYST
        assert json.loads(entry.new_value or "")["kept"] == KEEP_DATABASE
    assert _staff_total(database, tmp_path / "after.xlsx") == before
    listed = openpyxl.load_workbook(tmp_path / "after.xlsx", read_only=True)[CONFLICTS_SHEET]
    audits = [row[4] for row in listed.iter_rows(min_row=3, values_only=True)]
    assert conflict.audit_id not in audits and len(audits) == len(two.staff) - 1
    with pytest.raises(ConflictError, match="already resolved"):
        _resolve(database, conflict.id, KEEP_PACKAGE)


def test_keeping_the_package_version_replaces_the_audit_and_the_national_figures_follow(
    two: TwoVersions, tmp_path: Path
) -> None:
    database = two.database
    with database.session() as session:
        conflict = open_conflicts(session)[0]
    ours, theirs = two.staff[conflict.audit_id]
    before = _staff_total(database, tmp_path / "before.xlsx")

    _resolve(database, conflict.id, KEEP_PACKAGE)

    assert _staff_total(database, tmp_path / "after.xlsx") == before - ours + theirs
    with database.session() as session:
        audit = session.get_one(Audit, _id(conflict.audit_id))
        assert (audit.staff_total, audit.findings) == (theirs, OTHER_FINDINGS)
        assert audit.is_finalized and audit.seal_sha256  # as its auditor signed it
        # The content replaced is in the import history; the package's is current.
        history = session.scalars(select(AuditOrigin).where(
            AuditOrigin.audit_id == conflict.audit_id).order_by(AuditOrigin.id)).all()
        current = [o for o in history if o.superseded_at is None]
        assert [o.id for o in current] == [conflict.kept_origin_id]
        replaced = json.loads(history[-1].snapshot)
        assert replaced["Audits"][0]["staff_total"] == ours
        entry = _decision(session, conflict.id)
        assert entry.actor == ANALYST and entry.audit_id == conflict.audit_id
        decided = json.loads(entry.new_value or "")
        assert (decided["kept"], decided["replaced_origin"]) == (KEEP_PACKAGE, history[-1].id)
        assert session.get_one(Conflict, conflict.id).resolution == KEEP_PACKAGE
    with database.engine.connect() as connection:
        assert check_database(connection).ok


def test_the_replaced_version_keeps_its_files_in_the_history(two: TwoVersions) -> None:
    """Nothing is lost: the content replaced is kept whole, its attachments' bytes too."""
    database = two.database
    with database.session() as session:
        conflict = open_conflicts(session)[0]
    _resolve(database, conflict.id, KEEP_PACKAGE)
    with database.session() as session:
        replaced = session.scalars(select(AuditOrigin).where(
            AuditOrigin.audit_id == conflict.audit_id, AuditOrigin.superseded_at.is_not(None))
            .order_by(AuditOrigin.id.desc())).first()
        assert replaced is not None
        files = json.loads(replaced.snapshot)["files"]
    with database.session() as session:
        audit = session.get_one(Audit, _id(conflict.audit_id))
        assert set(files) == {str(a.id) for a in audit.attachments}


def test_a_company_name_conflict_keeps_the_name_chosen(tmp_path: Path) -> None:
    first = open_database(tmp_path / "a.sqlite")
    build_demo(first, companies=1, seed=7)
    with first.session() as session:
        audit = session.scalars(select(Audit)).one()
        bin_, name_ru, audit_a = audit.company.bin, audit.company.name_ru, audit.id
    second = open_database(tmp_path / "b.sqlite")
    build_demo(second, companies=1, seed=8)
    with second.transaction() as session:
        audit = session.scalars(select(Audit)).one()
        audit.company.bin = bin_
        audit.company.name_ru = "ТОО «Новое наименование»"
        audit_b = audit.id
    packages = [export_package(first, tmp_path / "a.xlsx", [audit_a]).path,
                export_package(second, tmp_path / "b.xlsx", [audit_b]).path]
    ministry = open_database(tmp_path / "ministry.sqlite")
    Consolidator(ministry).run(packages)
    with ministry.session() as session:
        (name,) = [c for c in open_conflicts(session) if c.kind == "company_name_differs"]
        lines = {line.label("en"): (line.database, line.package)
                 for line in compare(session, name.id).differing}
    assert lines == {FORM.field("company.name_ru").label("en"):
                     (name_ru, "ТОО «Новое наименование»")}

    _resolve(ministry, name.id, KEEP_PACKAGE)

    with ministry.session() as session:
        company = session.scalars(select(Company).where(Company.bin == bin_)).one()
        assert company.name_ru == "ТОО «Новое наименование»"
        assert _decision(session, name.id).actor == ANALYST
    ministry.close()


def test_a_sealed_company_name_is_not_changed_by_a_conflict(tmp_path: Path) -> None:
    first = open_database(tmp_path / "a.sqlite")
    build_demo(first, companies=1, seed=7, finalize=True)
    with first.session() as session:
        company = session.scalars(select(Company)).one()
        bin_, name_ru = company.bin, company.name_ru
    second = open_database(tmp_path / "b.sqlite")
    build_demo(second, companies=1, seed=8)
    with second.transaction() as session:
        audit = session.scalars(select(Audit)).one()
        audit.company.bin, audit.company.name_ru = bin_, "ТОО «Другое»"
        finalize_audit(session, audit, representative_name="Петров",
                       representative_position="Директор")
    packages = [export_package(first, tmp_path / "a.xlsx").path,
                export_package(second, tmp_path / "b.xlsx").path]
    ministry = open_database(tmp_path / "ministry.sqlite")
    Consolidator(ministry).run(packages)
    with ministry.session() as session:
        (name,) = [c for c in open_conflicts(session) if c.kind == "company_name_differs"]
        comparison = compare(session, name.id)
    assert not comparison.can_keep_package
    assert comparison.package_refusal is not None
    assert "sealed" in comparison.package_refusal("en")
    with pytest.raises(ConflictError, match="sealed"):
        _resolve(ministry, name.id, KEEP_PACKAGE)
    _resolve(ministry, name.id, KEEP_DATABASE)
    with ministry.session() as session:
        assert session.scalars(select(Company.name_ru)).one() == name_ru
    ministry.close()


def test_the_command_line_lists_and_resolves(
    two: TwoVersions, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(two.database.path)
    with two.database.session() as session:
        conflicts = open_conflicts(session)
    two.database.close()

    assert main(["conflicts", "--db", db, "--lang", "en"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == len(conflicts)
    assert listed[0].startswith(f"{conflicts[0].id}\t") and "Same revision" in listed[0]

    assert main(["conflicts", "--db", db, "--keep", "package", str(conflicts[0].id),
                 "--by", ANALYST]) == 0
    assert "kept the package's version" in capsys.readouterr().out
    assert main(["conflicts", "--db", db, "--keep", "package", str(conflicts[0].id),
                 "--by", ANALYST]) == 1
    assert "already resolved" in capsys.readouterr().err
    database = open_database(Path(db))
    with database.session() as session:
        assert session.get_one(Audit, _id(conflicts[0].audit_id)).staff_total == (
            two.staff[conflicts[0].audit_id][1])
        assert _decision(session, conflicts[0].id).actor == ANALYST
    database.close()


def _decision(session: Any, conflict_id: int) -> TrailEntry:
    return session.scalars(select(TrailEntry).where(
        TrailEntry.action == "resolve", TrailEntry.record_id == str(conflict_id))).one()


def _id(value: str) -> Any:
    import uuid

    return uuid.UUID(value)
