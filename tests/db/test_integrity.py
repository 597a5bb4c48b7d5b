"""Changes made behind the application's back are found (``auditor check``), refused by export,
and a damaged or unguarded file is refused at open, untouched.

Each tampering here is what someone with a database tool can do: remove the safeguard
triggers, change the data, put the triggers back as they were.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select

from auditor.cli import main
from auditor.db.audits import finalize_audit
from auditor.db.database import Database, DatabaseError, open_database
from auditor.db.integrity import check_database
from auditor.db.maintenance import MaintenanceError, backup_database, check_file
from auditor.db.models import Audit, Product, TrailEntry
from auditor.exchange.export import ExportError, export_package
from tests.helpers.records import full_audit

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _finalized(database: Database) -> Audit:
    with database.transaction("A-017") as session:
        audit = full_audit()
        session.add(audit)
    with database.transaction("A-017") as session:
        finalize_audit(session, session.get_one(Audit, audit.id),
                       representative_name="Ерлан Жақсыбеков",
                       representative_position="Директор по качеству")
    return audit


@contextmanager
def _tampering(path: Path) -> Iterator[sqlite3.Connection]:
    """A database tool's connection with the safeguards out of the way, put back after."""
    with closing(sqlite3.connect(path)) as connection:
        triggers = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        for name, _sql in triggers:
            connection.execute(f"DROP TRIGGER {name}")
        yield connection
        for _name, sql in triggers:
            connection.execute(sql)
        connection.commit()


def _problems(path: Path, lang: str = "en") -> list[str]:
    return [problem(lang) for problem in check_file(path).problems]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_untouched_database_checks_clean(database: Database, db_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    _finalized(database)
    database.close()
    assert _problems(db_path) == []
    assert main(["check", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "OK" in out and "1 finalized audits as sealed" in out


def test_a_raw_edit_of_a_finalized_audit_is_found_and_not_exported(
    database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    audit = _finalized(database)
    with database.session() as session:
        product = session.scalars(select(Product.id).where(Product.audit_id == audit.id)).one()
    database.close()
    with _tampering(db_path) as tool:
        tool.execute("UPDATE product SET annual_volume = annual_volume * 10 WHERE id = ?",
                     (product.hex,))

    (problem,) = _problems(db_path)
    assert f"product/{product.hex}" in problem and "changed after sealing" in problem
    assert "940140000385" in problem  # the company's BIN names the audit
    assert main(["--lang", "ru", "check", "--db", str(db_path)]) == 1
    assert "изменены после опечатывания" in capsys.readouterr().out

    reopened = open_database(db_path)
    with pytest.raises(ExportError, match="changed outside the application"):
        export_package(reopened, tmp_path / "package.xlsx")
    reopened.close()
    assert not (tmp_path / "package.xlsx").exists()


def test_records_added_to_or_removed_from_a_finalized_audit_are_named(
    database: Database, db_path: Path
) -> None:
    audit = _finalized(database)
    database.close()
    with _tampering(db_path) as tool:
        tool.execute("DELETE FROM barrier WHERE audit_id = ?", (audit.id.hex,))
        tool.execute(
            "INSERT INTO product (id, audit_id, trade_name, on_national_formulary, is_oncology, "
            "is_cardiovascular, created_at, updated_at) VALUES (?, ?, 'Imported, not ours', "
            "0, 0, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
            (uuid.uuid4().hex, audit.id.hex))
    (problem,) = _problems(db_path)
    assert "added after sealing: product/" in problem
    assert "removed after sealing: barrier/" in problem


def test_an_audit_unlocked_outside_the_application_is_found(database: Database,
                                                            db_path: Path) -> None:
    audit = _finalized(database)
    database.close()
    with _tampering(db_path) as tool:
        tool.execute("UPDATE audit SET status = 'draft', seal_sha256 = NULL WHERE id = ?",
                     (audit.id.hex,))
    (problem,) = _problems(db_path)
    assert "unlocked outside the application" in problem


def test_a_changed_trail_entry_breaks_the_chain_there(database: Database, db_path: Path) -> None:
    _finalized(database)
    database.close()
    with _tampering(db_path) as tool:
        tool.execute("UPDATE audit_trail SET actor = 'someone else' WHERE id = 3")
    assert _problems(db_path) == [
        f"audit trail: entry 3 ({_entry(db_path, 3)}) was changed, or an entry before it removed"
    ]


def test_a_removed_trail_entry_is_found(database: Database, db_path: Path) -> None:
    _finalized(database)
    database.close()
    with _tampering(db_path) as tool:
        tool.execute("DELETE FROM audit_trail WHERE id = 5")
    problems = _problems(db_path)
    assert problems[0] == "audit trail: entries 5 are missing"
    assert problems[1].startswith("audit trail: entry 6 ")


def test_removing_the_newest_trail_entries_is_found_through_the_seal(database: Database,
                                                                    db_path: Path) -> None:
    _finalized(database)
    database.close()
    with closing(sqlite3.connect(db_path)) as connection:
        (last,) = connection.execute("SELECT max(id) FROM audit_trail").fetchone()
    with _tampering(db_path) as tool:
        tool.execute("DELETE FROM audit_trail WHERE id >= ?", (last - 3,))
    (problem,) = _problems(db_path)
    assert "it was sealed after is missing or altered" in problem


def _entry(path: Path, number: int) -> str:
    with closing(sqlite3.connect(path)) as connection:
        action, table, record = connection.execute(
            "SELECT action, table_name, record_id FROM audit_trail WHERE id = ?", (number,)
        ).fetchone()
    return f"{action} {table} {record}"


def test_removed_safeguards_are_named_and_the_file_is_refused_untouched(
    database: Database, db_path: Path
) -> None:
    _finalized(database)
    database.close()
    with closing(sqlite3.connect(db_path)) as tool:
        tool.execute("DROP TRIGGER guard_product_update")
        tool.execute("CREATE TRIGGER sneaky AFTER INSERT ON product BEGIN SELECT 1; END")
        tool.commit()
    assert _problems(db_path) == [
        "safeguard guard_product_update is missing",
        "trigger sneaky was added outside the application",
    ]
    before = _digest(db_path)
    with pytest.raises(DatabaseError, match="safeguards were changed outside the application"):
        open_database(db_path)
    assert _digest(db_path) == before


def test_a_damaged_file_is_refused_untouched(database: Database, db_path: Path) -> None:
    _finalized(database)
    database.close()
    with closing(sqlite3.connect(db_path)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        (product_root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'product'").fetchone()
    with db_path.open("r+b") as handle:  # a disk error writes garbage over a table's page
        handle.seek((product_root - 1) * page_size + 8)
        handle.write(b"\xde\xad\xbe\xef" * 64)
    before = _digest(db_path)

    with pytest.raises(DatabaseError, match="damaged"):
        open_database(db_path)
    assert _digest(db_path) == before
    problems = _problems(db_path)
    assert problems and all(p.startswith("SQLite integrity:") for p in problems)


def test_the_first_schema_is_upgraded_with_its_trail_chained_and_guarded(tmp_path: Path) -> None:
    path = tmp_path / "auditor.sqlite"
    shutil.copy(FIXTURES / "schema-0001.sqlite", path)
    open_database(path).close()
    assert _problems(path) == []
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT count(*) FROM audit_trail WHERE chain IS NULL"
                                  ).fetchone() == (0,)


def test_a_backup_holds_the_changes_still_in_the_wal(database: Database, db_path: Path,
                                                     tmp_path: Path) -> None:
    audit = _finalized(database)  # kept open: its last changes are in the -wal file
    assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0
    copy = backup_database(db_path, tmp_path / "copy.sqlite")
    with closing(sqlite3.connect(copy)) as connection:
        assert connection.execute("SELECT status FROM audit WHERE id = ?",
                                  (audit.id.hex,)).fetchone() == ("finalized",)
    assert _problems(copy) == []
    with pytest.raises(MaintenanceError, match="over the database itself"):
        backup_database(db_path, db_path)
    database.close()


def test_check_reads_only(database: Database, db_path: Path) -> None:
    _finalized(database)
    database.close()
    before = _digest(db_path)
    engine_report = check_file(db_path)
    assert engine_report.ok and _digest(db_path) == before


def test_the_trail_entries_and_seals_are_counted(database: Database) -> None:
    _finalized(database)
    with database.engine.connect() as connection:
        report = check_database(connection)
    with database.session() as session:
        entries = len(session.scalars(select(TrailEntry.id)).all())
    assert (report.trail_entries, report.sealed_audits) == (entries, 1)
