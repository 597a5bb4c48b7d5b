"""Schema upgrades keep data and make a backup; unknown or newer files are refused untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, select

from auditor.db.database import DatabaseError, open_database
from auditor.db.models import Audit, Base, Company, Product, TrailEntry
from auditor.db.schema import head_revision, upgrade_to_head

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_a_first_revision_database_upgrades_with_its_data_and_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "auditor.sqlite"
    shutil.copy(FIXTURES / "schema-0001.sqlite", path)

    database = open_database(path)

    assert _revision(path) == head_revision() != "0001"
    backup = database.backup_made
    assert backup is not None and backup.parent == tmp_path
    assert _revision(backup) == "0001"
    with closing(sqlite3.connect(backup)) as connection:
        assert connection.execute("SELECT trade_name FROM product").fetchall() == [
            ("Гларгин-КФК",)
        ]
    with database.session() as session:
        company = session.scalars(select(Company)).one()
        assert company.name_kk == "«Қарағанды фармацевтикалық кешені» ЖШС"
        audit = session.scalars(select(Audit)).one()
        assert (audit.staff_total, audit.revenue_kzt) == (420, 18_500_000_000)
        assert audit.export_countries == ["KG", "UZ"]
        assert audit.sites[0].latitude == pytest.approx(49.8047)
        product = session.scalars(select(Product)).one()
        assert (product.atc_code, product.annual_volume) == ("A10AE04", 1_200_000.0)
        assert product.registration_expiry is None  # the column the upgrade added
        assert session.scalars(select(TrailEntry.new_value)).one() == "420"
    # The upgraded file works as a current one, trail and all.
    with database.transaction() as session:
        session.scalars(select(Product)).one().registration_expiry = None
        session.scalars(select(Audit)).one().staff_total = 430
    database.close()
    assert open_database(path).backup_made is None  # already current: no second backup


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "from-the-future.sqlite"
    open_database(path).close()
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '0042'")
    before = _digest(path)

    with pytest.raises(DatabaseError) as refused:
        open_database(path)

    message = refused.value.reason("en")
    assert "0042" in message and head_revision() in message
    assert "0042" in refused.value.reason("kk") and "0042" in refused.value.reason("ru")
    assert _digest(path) == before
    assert list(tmp_path.glob("*backup*")) == []


@pytest.mark.parametrize(
    "content",
    [b"PK\x03\x04 this is a zip, not a database", b"just some text\n" * 50],
    ids=["zip", "text"],
)
def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match="not an SQLite database"):
        open_database(path)
    assert path.read_bytes() == content


def test_another_applications_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO customers (name) VALUES ('x')")
    before = _digest(path)
    with pytest.raises(DatabaseError, match="not a Pharma Capacity Auditor database"):
        open_database(path)
    assert _digest(path) == before


def test_migrations_build_exactly_the_schema_of_the_models(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.sqlite'}")
    upgrade_to_head(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_a_new_database_is_created_at_the_newest_schema(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.sqlite"
    open_database(path).close()
    assert _revision(path) == head_revision()


def test_the_head_revision_the_application_knows_is_the_newest_migration() -> None:
    # A new migration without HEAD_REVISION moved on would leave every database a revision
    # behind without upgrading it, and stamp packages with the old revision.
    from auditor.db.schema import script_directory

    assert head_revision() == script_directory().get_current_head()


def test_opening_a_database_at_its_head_revision_needs_no_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "auditor.sqlite"
    open_database(path).close()
    probe = ("import sys; from pathlib import Path; from auditor.db.database import open_database;"
             f"open_database(Path({str(path)!r})).close();"
             "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                           check=True).stdout.strip()
    assert shown == "[]"
