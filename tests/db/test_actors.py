"""Who acts is given with each write: the trail names, for every change, the person whose write
made it, however many people write through one database in one process."""

from __future__ import annotations

import threading

from sqlalchemy import select

from auditor.db.database import Database
from auditor.db.models import Audit, Company, TrailEntry


def _audit(database: Database) -> Audit:
    with database.transaction("A-017") as session:
        company = Company(bin="940140000385", name_ru="ТОО «Тест»", region_code="75")
        audit = Audit(company=company)
        session.add(audit)
    return audit


def _who_changed(database: Database, field: str) -> list[tuple[str | None, str]]:
    with database.session() as session:
        return [(entry.new_value, entry.actor) for entry in session.scalars(
            select(TrailEntry).where(TrailEntry.field == field).order_by(TrailEntry.id)
        )]


def test_two_writes_open_at_once_are_each_recorded_with_their_own_actor(
    database: Database,
) -> None:
    audit = _audit(database)
    # Aigul opens her change, Bolat opens his, and each commits after the other began.
    with database.session("A-017") as aigul, database.session("B-042") as bolat:
        aigul.get_one(Audit, audit.id).findings = "Нет записей о калибровке"
        bolat.get_one(Audit, audit.id).recommendations = "Провести калибровку"
        aigul.commit()
        bolat.commit()

    assert _who_changed(database, "findings") == [('"Нет записей о калибровке"', "A-017")]
    assert _who_changed(database, "recommendations") == [('"Провести калибровку"', "B-042")]


def test_writers_on_two_threads_are_each_recorded_with_their_own_actor(
    database: Database,
) -> None:
    audit = _audit(database)
    both_started = threading.Barrier(2)

    def write(actor: str, field: str) -> None:
        both_started.wait(10)
        for n in range(10):
            with database.transaction(actor) as session:
                setattr(session.get_one(Audit, audit.id), field, f"{actor} {n}")

    threads = [threading.Thread(target=write, args=("A-017", "findings")),
               threading.Thread(target=write, args=("B-042", "recommendations"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    assert _who_changed(database, "findings") == [(f'"A-017 {n}"', "A-017") for n in range(10)]
    assert _who_changed(database, "recommendations") == [
        (f'"B-042 {n}"', "B-042") for n in range(10)
    ]


def test_a_write_that_names_no_one_is_the_application_s_own(database: Database) -> None:
    audit = _audit(database)
    with database.transaction() as session:
        session.get_one(Audit, audit.id).findings = "—"
    assert _who_changed(database, "findings") == [('"—"', "system")]
