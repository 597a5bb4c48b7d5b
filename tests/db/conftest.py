from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from auditor.db.database import Database, open_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "auditor.sqlite"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()
