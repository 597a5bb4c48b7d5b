"""Upgrades keep data: a database the previous release wrote (the first schema, with an auditor
working on it) is migrated when the new version's window starts, with a backup beside it, and
its audits are listed."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from auditor.db.schema import head_revision
from auditor.resources import FIRST_SCHEMA_DB
from auditor.selftest import LAPTOP_DB, Context
from auditor.ui import selftest as ui_selftest

pytestmark = pytest.mark.qt

PROFILE_ID = "0c6e3f1a2b4d4e5f8a9b0c1d2e3f4a5b"


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_the_previous_releases_database_is_migrated_with_a_backup_when_the_window_starts(
    app: QApplication, tmp_path: Path
) -> None:
    path = tmp_path / "auditor.sqlite"
    shutil.copyfile(FIRST_SCHEMA_DB, path)
    with closing(sqlite3.connect(path)) as connection, connection:  # as that release left it
        connection.execute(
            "INSERT INTO auditor_profile (id, full_name, auditor_code, language,"
            " installation_id, created_at, updated_at) VALUES (?, 'Ерлан Қасымов', 'A-001',"
            " 'kk', ?, '2024-05-14 09:00:00', '2024-05-14 09:00:00')",
            (PROFILE_ID, "1" * 32),
        )
        connection.execute("INSERT INTO setting (key, value) VALUES ('current_profile_id', ?)",
                           (PROFILE_ID,))
    assert _revision(path) == "0001"

    detail = ui_selftest._main_window(Context(tmp_path, {LAPTOP_DB: path}))

    assert "1 audit listed" in detail and "menus in kk" in detail
    assert _revision(path) == head_revision()
    (backup,) = tmp_path.glob("auditor.schema-0001.*.backup.sqlite")
    assert _revision(backup) == "0001"
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT trade_name FROM product").fetchall() == [
            ("Гларгин-КФК",)]
