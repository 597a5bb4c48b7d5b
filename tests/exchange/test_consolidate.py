"""Consolidation: round trip, idempotence, supersession, conflicts, modified and bad inputs."""

from __future__ import annotations

import gc
import shutil
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from auditor.cli import main
from auditor.db.audits import finalize_audit, reopen_audit
from auditor.db.database import Database, open_database
from auditor.db.models import (
    TRACKED_MODELS,
    Attachment,
    Audit,
    AuditOrigin,
    AuditorProfile,
    Company,
    Conflict,
    ImportLogEntry,
    Product,
)
from auditor.demo import build_demo
from auditor.exchange.consolidate import Consolidator, latest_finalized_audits
from auditor.exchange.export import export_package
from auditor.exchange.national import write_national_workbook
from tests.helpers.records import KAZAKH, row_values


def _laptop(path: Path, seed: int = 21, companies: int = 3) -> Database:
    database = open_database(path)
    build_demo(database, companies=companies, seed=seed, finalize=True)
    return database


def _snapshot(database: Database) -> dict[str, dict[str, object]]:
    """Every stored value of every record, keyed by table and id."""
    result: dict[str, dict[str, object]] = {}
    with database.session() as session:
        auditors = set(session.scalars(select(Audit.auditor_id)))
        for model in TRACKED_MODELS:
            for record in session.scalars(select(model)):
                if isinstance(record, AuditorProfile) and record.id not in auditors:
                    continue  # profiles that audited nothing do not travel
                values = row_values(record)
                if isinstance(record, Attachment):
                    values["content"] = record.content
                result[f"{model.__tablename__}:{record.id}"] = values
    return result


def _counts(database: Database) -> dict[str, int]:
    with database.session() as session:
        return {
            m.__tablename__: session.scalar(select(func.count()).select_from(m)) or 0
            for m in (*TRACKED_MODELS, AuditOrigin, Conflict)
        }


def test_round_trip_keeps_every_value(tmp_path: Path, ministry: Database) -> None:
    laptop = _laptop(tmp_path / "laptop.sqlite")
    with laptop.transaction() as session:
        audit = session.scalars(select(Audit)).first()
        assert audit is not None
        reopen_audit(session, audit, "Уточнение")
        audit.findings = KAZAKH + "\nекінші жол"
        finalize_audit(session, audit, representative_name="Ә. Ғалымжанұлы",
                       representative_position="Сапа жөніндегі директор")
    package = export_package(laptop, tmp_path / "p.xlsx").path

    (result,) = Consolidator(ministry).run([package])

    assert result.result == "accepted" and result.audits == 3
    source, target = _snapshot(laptop), _snapshot(ministry)
    assert source.keys() == target.keys()
    for key, values in source.items():
        assert target[key] == values, key
    with ministry.session() as session:
        assert session.scalars(select(Attachment.content)).first()
        assert KAZAKH in (session.get_one(Audit, audit.id).findings or "")
        origins = session.scalars(select(AuditOrigin)).all()
        assert {o.file_name for o in origins} == {"p.xlsx"}
        assert all(o.file_sha256 and o.package_id and o.imported_at for o in origins)


def test_the_same_package_twice_changes_nothing(tmp_path: Path, ministry: Database) -> None:
    package = export_package(_laptop(tmp_path / "l.sqlite"), tmp_path / "p.xlsx").path
    Consolidator(ministry).run([package])
    before = _counts(ministry)
    (again,) = Consolidator(ministry).run([package])
    assert again.result == "already_imported" and again.accepted
    assert "already imported" in again.line("en")
    assert _counts(ministry) == before


def test_a_newer_revision_supersedes_and_the_older_stays_in_history(
    tmp_path: Path, ministry: Database
) -> None:
    laptop = _laptop(tmp_path / "l.sqlite")
    first = export_package(laptop, tmp_path / "r1.xlsx").path
    with laptop.transaction() as session:
        audit = session.scalars(select(Audit).order_by(Audit.created_at)).first()
        assert audit is not None
        reopen_audit(session, audit, "Повторный визит")
        audit.staff_total = (audit.staff_total or 0) + 7
        finalize_audit(session, audit, representative_name="Иванов И.",
                       representative_position="Директор")
        audit_id, staff = audit.id, audit.staff_total
    second = export_package(laptop, tmp_path / "r2.xlsx", [audit_id]).path

    results = Consolidator(ministry).run([first, second])

    assert [r.result for r in results] == ["accepted", "accepted"]
    with ministry.session() as session:
        stored = session.get_one(Audit, audit_id)
        assert (stored.revision, stored.staff_total, stored.status) == (2, staff, "finalized")
        history = session.scalars(
            select(AuditOrigin).where(AuditOrigin.audit_id == str(audit_id))
            .order_by(AuditOrigin.revision)
        ).all()
        assert [(h.revision, h.superseded_at is not None) for h in history] == [
            (1, True), (2, False)
        ]
        assert '"revision": 1' in history[0].snapshot
    # The older package arriving late changes nothing current; it goes into history.
    (late,) = Consolidator(ministry).run([shutil.copy(first, tmp_path / "late.xlsx")])
    assert late.result == "already_imported"


def test_same_revision_with_other_content_is_a_conflict(tmp_path: Path, ministry: Database) -> None:
    first = export_package(_laptop(tmp_path / "a.sqlite", seed=5), tmp_path / "a.xlsx").path
    other = open_database(tmp_path / "b.sqlite")
    build_demo(other, companies=3, seed=5)  # the same ids, as a copied database would have
    with other.transaction() as session:
        for audit in session.scalars(select(Audit)):
            audit.findings = "Другой текст выводов"
            finalize_audit(session, audit, representative_name="Петров",
                           representative_position="Директор")
    second = export_package(other, tmp_path / "b.xlsx").path
    Consolidator(ministry).run([first])
    before = _snapshot(ministry)

    (result,) = Consolidator(ministry).run([second])

    assert result.result == "conflict" and not result.accepted
    assert _snapshot(ministry) == before
    with ministry.session() as session:
        kinds = session.scalars(select(Conflict.kind)).all()
        assert kinds == ["same_revision_different_content"] * 3  # each audit of the package


def test_two_audits_of_one_company_are_both_kept_and_flagged(
    tmp_path: Path, ministry: Database
) -> None:
    first = _laptop(tmp_path / "a.sqlite", seed=5, companies=1)
    package_a = export_package(first, tmp_path / "a.xlsx").path
    second = open_database(tmp_path / "b.sqlite")
    with first.session() as session:
        company = session.scalars(select(Company)).one()
        bin_, name = company.bin, company.name_ru
    build_demo(second, companies=2, seed=99)  # another auditor, other records
    with second.transaction() as session:
        audit = session.scalars(select(Audit).order_by(Audit.created_at)).first()
        assert audit is not None
        # This auditor visited the same producer: the same BIN, their own company record.
        audit.company.bin = bin_
        audit.company.name_ru = name
        finalize_audit(session, audit, representative_name="Сидоров",
                       representative_position="Директор")
        second_id = audit.id
    package_b = export_package(second, tmp_path / "b.xlsx", [second_id]).path

    results = Consolidator(ministry).run([package_a, package_b])

    assert [r.result for r in results] == ["accepted", "accepted"]
    with ministry.session() as session:
        audits = session.scalars(select(Audit)).all()
        assert len(audits) == 2 and len({a.company_id for a in audits}) == 1
        (conflict,) = session.scalars(select(Conflict)).all()
        assert (conflict.kind, conflict.company_bin) == ("same_company_other_audit", bin_)
        (latest,) = latest_finalized_audits(session)
        assert latest.id == second_id


def test_one_package_with_two_audits_of_one_company(tmp_path: Path, ministry: Database) -> None:
    laptop = open_database(tmp_path / "laptop.sqlite")
    build_demo(laptop, companies=2, seed=31)
    with laptop.transaction() as session:
        first, second = session.scalars(select(Audit).order_by(Audit.created_at)).all()
        # The producer was visited twice: both audits are of the first company.
        second.company = first.company
        for audit in (first, second):
            finalize_audit(session, audit, representative_name="Иванов И.",
                           representative_position="Директор")
        ids = [first.id, second.id]
        bin_ = first.company.bin
    package = export_package(laptop, tmp_path / "twice.xlsx", ids).path

    (result,) = Consolidator(ministry).run([package])

    assert (result.result, result.audits) == ("accepted", 2)
    with ministry.session() as session:
        (company,) = session.scalars(select(Company)).all()
        assert company.bin == bin_
        assert {a.company_id for a in session.scalars(select(Audit))} == {company.id}
        (conflict,) = session.scalars(select(Conflict)).all()
        assert (conflict.kind, conflict.company_bin) == ("same_company_other_audit", bin_)


def test_a_run_leaves_the_garbage_collector_as_it_found_it(
    tmp_path: Path, ministry: Database
) -> None:
    package = export_package(_laptop(tmp_path / "l.sqlite", companies=1), tmp_path / "p.xlsx").path
    frozen = gc.get_freeze_count()

    (result,) = Consolidator(ministry).run([package])
    write_national_workbook(ministry, tmp_path / "national.xlsx")

    assert result.accepted
    assert gc.get_freeze_count() == frozen


def _edit_product(path: Path, target: Path, column: str, value: object) -> Path:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Products"]
    keys = [c.value for c in sheet[1]]
    sheet.cell(row=3, column=keys.index(column) + 1, value=value)
    workbook.save(target)
    return target


def test_a_modified_package_needs_explicit_acceptance(tmp_path: Path, ministry: Database) -> None:
    package = export_package(_laptop(tmp_path / "l.sqlite"), tmp_path / "p.xlsx").path
    edited = _edit_product(package, tmp_path / "edited.xlsx", "strength", "250 мг")

    (refused,) = Consolidator(ministry).run([edited])
    assert refused.result == "refused_modified" and "--accept-modified" in refused.line("en")
    assert not refused.accepted
    assert _counts(ministry)["audit"] == 0

    (accepted,) = Consolidator(ministry, accept_modified=True).run([edited])
    assert accepted.result == "accepted_modified"
    with ministry.session() as session:
        log = session.scalars(select(ImportLogEntry).order_by(ImportLogEntry.id)).all()
        assert [e.result for e in log] == ["refused_modified", "accepted_modified"]
        assert "modified package accepted" in (log[-1].reason or "")
        assert "250 мг" in session.scalars(select(Product.strength)).all()


def test_a_package_failing_validation_is_refused_whole(tmp_path: Path, ministry: Database) -> None:
    package = export_package(_laptop(tmp_path / "l.sqlite"), tmp_path / "p.xlsx").path
    broken = _edit_product(package, tmp_path / "bad-atc.xlsx", "atc_code", "ZZ")
    (result,) = Consolidator(ministry, accept_modified=True).run([broken])
    assert result.result == "refused"
    assert "failed validation" in result.line("en") and "products[" in result.line("en")
    counts = _counts(ministry)
    assert counts["audit"] == counts["product"] == counts["company"] == 0


def test_command_line_reports_each_input_and_sets_the_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    export_package(_laptop(tmp_path / "l.sqlite"), folder / "good.xlsx")
    (folder / "notes.xlsx").write_text("not a workbook")
    db = tmp_path / "ministry.sqlite"

    assert main(["consolidate", str(folder), "--db", str(db)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert sorted(lines) == [
        "good.xlsx: accepted: 3 audits imported",
        "notes.xlsx: refused: not an Excel workbook",
    ]
    national = tmp_path / "national.xlsx"
    assert main(["consolidate", str(folder / "good.xlsx"), "--db", str(db),
                 "--out", str(national)]) == 0
    assert "national workbook: " in capsys.readouterr().out
    assert "Summary by region" in openpyxl.load_workbook(national, read_only=True).sheetnames
    with pytest.raises(SystemExit) as usage:
        main(["consolidate", "--db", str(db)])
    assert usage.value.code == 2
    database = open_database(db)
    assert _counts(database)["audit"] == 3
    database.close()


def test_bad_files_among_many_are_refused_and_the_rest_imported(
    tmp_path: Path, ministry: Database
) -> None:
    good = export_package(_laptop(tmp_path / "l.sqlite", companies=1), tmp_path / "good.xlsx").path
    (tmp_path / "a-text.xlsx").write_text("bin;name\n", encoding="utf-8")
    (tmp_path / "b-truncated.xlsx").write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with zipfile.ZipFile(tmp_path / "c-bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * 50_000_000)
    inputs = [tmp_path / name for name in ("a-text.xlsx", "b-truncated.xlsx", "c-bomb.xlsx")]

    results = Consolidator(ministry).run([*inputs, good, *inputs])

    lines = [r.line("en") for r in results]
    expected = ["not an Excel workbook", "corrupt or truncated", "zip bomb"]
    for line, reason in zip(lines[:3] + lines[4:], expected * 2, strict=True):
        assert "refused" in line and reason in line, line
    assert results[3].result == "accepted"
    with ministry.session() as session:
        log = session.scalars(select(ImportLogEntry.result).order_by(ImportLogEntry.id)).all()
        assert log == ["refused"] * 3 + ["accepted"] + ["refused"] * 3


def test_records_keep_their_origin(tmp_path: Path, ministry: Database) -> None:
    laptop = _laptop(tmp_path / "l.sqlite")
    package = export_package(laptop, tmp_path / "from-almaty.xlsx").path
    Consolidator(ministry).run([package])
    with ministry.session() as session:
        for audit in session.scalars(select(Audit)):
            origin = session.scalars(
                select(AuditOrigin).where(AuditOrigin.audit_id == str(audit.id))
            ).one()
            assert origin.file_name == "from-almaty.xlsx"
            assert origin.installation_id == str(laptop.installation_id)
            assert origin.company_bin == audit.company.bin



def test_a_resaved_copy_is_recognised_in_any_later_run(tmp_path: Path) -> None:
    """The content digest of an audit (attachments included) is the same in every process."""
    import os
    import subprocess
    import sys

    laptop = _laptop(tmp_path / "l.sqlite", companies=1)  # the first demo audit has a file
    with laptop.session() as session:
        assert session.scalars(select(Attachment.id)).first() is not None
    package = export_package(laptop, tmp_path / "p.xlsx").path
    copy = tmp_path / "copy.xlsx"
    openpyxl.load_workbook(package).save(copy)  # what opening and saving in a spreadsheet does
    ministry = tmp_path / "ministry.sqlite"

    def consolidate(path: Path, seed: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "auditor", "consolidate", str(path), "--db", str(ministry)],
            capture_output=True, text=True, check=False, cwd=Path(__file__).parents[2],
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        return result.stdout.strip()

    assert consolidate(package, "1") == "p.xlsx: accepted: 1 audits imported"
    assert consolidate(copy, "2") == (
        "copy.xlsx: already_imported: every audit in it was already imported"
    )


def test_each_line_is_printed_as_its_input_finishes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = export_package(_laptop(tmp_path / "a.sqlite", companies=1), tmp_path / "a.xlsx").path
    second = tmp_path / "b.xlsx"
    second.write_text("not a workbook")
    seen_before_second: list[str] = []
    real = Consolidator._import_file

    def watched(self: Consolidator, path: Path, read: object) -> object:
        if path == second:  # what the user has seen when the second input starts
            seen_before_second.append(capsys.readouterr().out)
        return real(self, path, read)  # type: ignore[arg-type]

    monkeypatch.setattr(Consolidator, "_import_file", watched)

    assert main(["consolidate", str(first), str(second), "--db",
                 str(tmp_path / "ministry.sqlite")]) == 1

    assert seen_before_second == ["a.xlsx: accepted: 1 audits imported\n"]
    assert capsys.readouterr().out == "b.xlsx: refused: not an Excel workbook\n"


def test_a_defect_met_by_one_file_is_its_refused_line_and_the_run_goes_on(
    tmp_path: Path, ministry: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from auditor.exchange import consolidate as module

    laptop = _laptop(tmp_path / "l.sqlite", companies=2)
    with laptop.session() as session:
        ids = list(session.scalars(select(Audit.id).order_by(Audit.created_at)))
    one = export_package(laptop, tmp_path / "one.xlsx", ids[:1]).path
    two = export_package(laptop, tmp_path / "two.xlsx", ids[1:]).path
    real = module._structure

    def broken(package: Any, *args: Any) -> Any:
        if package.path.name == "one.xlsx":
            raise TypeError("unexpected None")  # a bug of ours, met by this file only
        return real(package, *args)

    monkeypatch.setattr(module, "_structure", broken)

    results = Consolidator(ministry).run([one, two])

    assert [r.line("en") for r in results] == [
        "one.xlsx: refused: internal error while checking its structure: "
        "«TypeError: unexpected None»",
        "two.xlsx: accepted: 1 audits imported",
    ]
    with ministry.session() as session:
        log = session.scalars(select(ImportLogEntry.result).order_by(ImportLogEntry.id)).all()
        assert log == ["refused", "accepted"]
