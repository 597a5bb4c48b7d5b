"""Profiles of the two kinds of user: what each needs, and what older databases hold."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from auditor.db.database import Database, open_database
from auditor.db.models import AuditorProfile
from auditor.db.profiles import (
    ProfileAnswers,
    ProfileError,
    current_profile,
    kind_of,
    save_profile,
)
from auditor.domain.profile_kinds import FIELD_AUDITOR, MINISTRY_ANALYST

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _answers(kind: str, code: str = "", region: str | None = None) -> ProfileAnswers:
    return ProfileAnswers(full_name="Айгүл Сейітова", auditor_code=code,
                          organisation="Денсаулық сақтау министрлігі", region_code=region,
                          language="kk", kind=kind)


def _save(database: Database, answers: ProfileAnswers,
          profile_id: uuid.UUID | None = None) -> AuditorProfile:
    with database.transaction(answers.full_name) as session:
        return save_profile(session, profile_id, answers, database.installation_id)


def _profiles(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(AuditorProfile)) or 0


def test_an_analyst_profile_needs_no_auditor_code(database: Database) -> None:
    _save(database, _answers(MINISTRY_ANALYST.code))

    profile = current_profile(database)
    assert profile is not None
    assert kind_of(profile) is MINISTRY_ANALYST
    assert (profile.full_name, profile.auditor_code) == ("Айгүл Сейітова", "")


def test_a_field_auditor_profile_still_needs_the_code(database: Database) -> None:
    with pytest.raises(ProfileError) as refused:
        _save(database, _answers(FIELD_AUDITOR.code))

    assert refused.value.reason.en == "Enter your auditor code."
    assert refused.value.reason.ru == "Введите код аудитора."
    assert refused.value.reason.kk == "Аудитор кодыңызды енгізіңіз."
    assert _profiles(database) == 0
    assert current_profile(database) is None


def test_an_auditor_who_becomes_an_analyst_keeps_their_code(database: Database) -> None:
    """Changes made before stay under the code the trail named them by; the analyst is not
    asked for it, nor for a region."""
    auditor = _save(database, _answers(FIELD_AUDITOR.code, code="KZ-AUD-017", region="75"))

    _save(database, _answers(MINISTRY_ANALYST.code, region="11"), auditor.id)

    profile = current_profile(database)
    assert profile is not None and profile.id == auditor.id
    assert (profile.kind, profile.auditor_code, profile.region_code) == (
        MINISTRY_ANALYST.code, "KZ-AUD-017", "75")


def test_a_profile_stored_before_profiles_had_kinds_is_a_field_auditor(
    tmp_path: Path,
) -> None:
    path = tmp_path / "auditor.sqlite"
    shutil.copy(FIXTURES / "schema-0001.sqlite", path)
    profile_id = uuid.uuid4()
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "INSERT INTO auditor_profile (full_name, auditor_code, language, installation_id, "
            "id, created_at, updated_at) VALUES ('Ерлан Қасымов', 'KZ-AUD-001', 'ru', ?, ?, "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')",
            (uuid.uuid4().hex, profile_id.hex),
        )

    database = open_database(path)  # upgraded to the newest schema
    try:
        with database.session() as session:
            profile = session.get_one(AuditorProfile, profile_id)
            assert kind_of(profile) is FIELD_AUDITOR
            assert profile.kind == FIELD_AUDITOR.code
    finally:
        database.close()
