"""The auditor working on this computer: their profile, and which one is current."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from auditor.db.database import Database
from auditor.db.models import AuditorProfile, Setting
from auditor.db.settings import CURRENT_PROFILE


def current_profile(database: Database) -> AuditorProfile | None:
    """The profile this database says is working on this laptop, if any."""
    value = database.setting(CURRENT_PROFILE)
    if not value:
        return None
    try:
        profile_id = uuid.UUID(value)
    except ValueError:
        return None
    with database.session() as session:
        return session.get(AuditorProfile, profile_id)


@dataclass(frozen=True)
class ProfileAnswers:
    full_name: str
    auditor_code: str
    organisation: str | None
    region_code: str | None
    language: str


def save_profile(session: Session, profile_id: uuid.UUID | None, answers: ProfileAnswers,
                 installation_id: uuid.UUID) -> AuditorProfile:
    """The profile with these answers (a new one when ``profile_id`` is None or gone), made the
    current one."""
    profile = session.get(AuditorProfile, profile_id) if profile_id is not None else None
    if profile is None:
        profile = AuditorProfile(installation_id=installation_id)
        session.add(profile)
    profile.full_name = answers.full_name
    profile.auditor_code = answers.auditor_code
    profile.organisation = answers.organisation
    profile.region_code = answers.region_code
    profile.language = answers.language
    session.flush()
    session.merge(Setting(key=CURRENT_PROFILE, value=str(profile.id)))
    session.flush()
    session.expunge(profile)
    return profile


def set_language(session: Session, profile_id: uuid.UUID, lang: str) -> None:
    profile = session.get(AuditorProfile, profile_id)
    if profile is not None:
        profile.language = lang
        session.flush()
