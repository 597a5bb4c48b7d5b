"""The person working on this computer: their profile, and which one is current.

A profile is a field auditor's or a ministry analyst's (:mod:`auditor.domain.profile_kinds`);
its kind decides which answers it needs: an analyst has no auditor code.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from auditor.db.database import Database
from auditor.db.models import AuditorProfile, Setting
from auditor.db.settings import CURRENT_PROFILE
from auditor.domain.profile_kinds import (
    AUDITOR_CODE,
    DEFAULT_KIND,
    FULL_NAME,
    ORGANISATION,
    REGION_CODE,
    ProfileKind,
    missing_answers,
    profile_kind,
)
from auditor.domain.text import Text


def current_profile(database: Database) -> AuditorProfile | None:
    """The profile this database says is working on this laptop, if any."""
    with database.session() as session:
        return current_profile_in(session)


def current_profile_in(session: Session) -> AuditorProfile | None:
    """:func:`current_profile`, read in ``session``."""
    setting = session.get(Setting, CURRENT_PROFILE)
    if setting is None or not setting.value:
        return None
    try:
        profile_id = uuid.UUID(setting.value)
    except ValueError:
        return None
    return session.get(AuditorProfile, profile_id)


def kind_of(profile: AuditorProfile | None) -> ProfileKind:
    """The kind of user a profile belongs to (a field auditor's when there is none)."""
    return profile_kind(profile.kind if profile is not None else None)


class ProfileError(Exception):
    """Answers a profile cannot be saved with; ``reason`` says why in three languages."""

    def __init__(self, reason: Text) -> None:
        self.reason = reason
        super().__init__(reason.en)


@dataclass(frozen=True)
class ProfileAnswers:
    full_name: str
    auditor_code: str
    organisation: str | None
    region_code: str | None
    language: str
    kind: str = DEFAULT_KIND.code

    def problems(self) -> dict[str, Text]:
        """The answers this profile's kind requires and lacks, by answer."""
        answers = {FULL_NAME: self.full_name, AUDITOR_CODE: self.auditor_code,
                   ORGANISATION: self.organisation, REGION_CODE: self.region_code}
        return missing_answers(profile_kind(self.kind), answers)


def save_profile(session: Session, profile_id: uuid.UUID | None, answers: ProfileAnswers,
                 installation_id: uuid.UUID) -> AuditorProfile:
    """The profile with these answers (a new one when ``profile_id`` is None or gone), made the
    current one.

    Only the answers the profile's kind asks for are taken; the others stay as they were (an
    auditor who becomes an analyst keeps the code their earlier changes were made under).
    A required answer that is empty is refused with :class:`ProfileError`.
    """
    problems = answers.problems()
    if problems:
        raise ProfileError(next(iter(problems.values())))
    kind = profile_kind(answers.kind)
    profile = session.get(AuditorProfile, profile_id) if profile_id is not None else None
    if profile is None:
        profile = AuditorProfile(installation_id=installation_id, auditor_code="")
        session.add(profile)
    profile.kind = kind.code
    profile.full_name = answers.full_name.strip()
    if AUDITOR_CODE in kind.asks:
        profile.auditor_code = answers.auditor_code.strip()
    if ORGANISATION in kind.asks:
        profile.organisation = answers.organisation
    if REGION_CODE in kind.asks:
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
