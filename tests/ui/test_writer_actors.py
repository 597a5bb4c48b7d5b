"""The window's one writer saves each change under the actor it was handed with: two people's
changes queued together are recorded each with its own name."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from auditor.db.database import Database, open_database
from auditor.db.models import Audit, Company, TrailEntry
from auditor.ui.operations.writer import DatabaseWriter

pytestmark = pytest.mark.qt

WAIT_MS = 30_000


@pytest.fixture
def database(tmp_path: Path, qapp: QApplication) -> Iterator[Database]:
    database = open_database(tmp_path / "audit.sqlite")
    yield database
    database.close()


def _audit_id(database: Database) -> uuid.UUID:
    with database.transaction("A-017") as session:
        audit = Audit(company=Company(bin="940140000385", name_ru="ТОО «Тест»",
                                      region_code="75"))
        session.add(audit)
    return audit.id


def _set(audit_id: uuid.UUID, field: str, value: str) -> object:
    def change(session: Session) -> None:
        setattr(session.get_one(Audit, audit_id), field, value)
    return change


def test_changes_of_two_people_queued_together_keep_their_own_names(
    qtbot: QtBot, database: Database
) -> None:
    audit_id = _audit_id(database)
    owner = QWidget()
    qtbot.addWidget(owner)
    writer = DatabaseWriter(database, owner)
    release = threading.Event()
    # The writer is busy, so both changes wait in its queue at the same time.
    writer.write(owner, "", lambda session: release.wait(WAIT_MS / 1000), actor="A-017")
    writer.write(owner, "", _set(audit_id, "findings", "Нет записей о калибровке"),
                 actor="A-017", key=("findings", audit_id))
    writer.write(owner, "", _set(audit_id, "recommendations", "Провести калибровку"),
                 actor="B-042", key=("recommendations", audit_id))
    release.set()
    qtbot.waitUntil(lambda: writer.pending == 0, timeout=WAIT_MS)

    with database.session() as session:
        changes = [(entry.field, entry.actor) for entry in session.scalars(
            select(TrailEntry).where(TrailEntry.action == "update").order_by(TrailEntry.id)
        )]
    assert changes == [("findings", "A-017"), ("recommendations", "B-042")]
