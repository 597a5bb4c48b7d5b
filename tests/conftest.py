"""The packaged application's tests (``tests/bundle``) run only against a bundle.

``make test`` does not collect them: they need ``dist/auditor/`` built by ``make bundle`` and
the .deb, which take minutes. ``make test-bundle`` builds both and runs them with
``--bundle dist/auditor``; CI runs that target after ``make test``, so none of them is ever
skipped there, and without ``--bundle`` they are not collected rather than reported as skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from auditor.db.database import Database, open_database

BUNDLE_TESTS = Path(__file__).with_name("bundle")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--bundle", metavar="DIR", default=None,
                     help="run tests/bundle against this bundle folder (dist/auditor)")


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if collection_path == BUNDLE_TESTS and config.getoption("--bundle") is None:
        return True
    return None


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "auditor.sqlite"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    """A new database file, opened (created and migrated to head) as the app opens it."""
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def ministry(tmp_path: Path) -> Iterator[Database]:
    """The ministry's database, empty, next to the laptops' files."""
    database = open_database(tmp_path / "ministry.sqlite")
    yield database
    database.close()
