"""An auditor profile made current, as the first-start dialog leaves the database."""

from __future__ import annotations

from auditor.db.database import Database
from auditor.db.models import AuditorProfile
from auditor.db.settings import CURRENT_PROFILE
from auditor.domain.profile_kinds import FIELD_AUDITOR


def add_profile(
    database: Database,
    language: str,
    *,
    full_name: str = "Ерлан Қасымов",
    auditor_code: str = "KZ-AUD-001",
    kind: str = FIELD_AUDITOR.code,
) -> AuditorProfile:
    with database.transaction(auditor_code or full_name) as session:
        profile = AuditorProfile(
            full_name=full_name,
            auditor_code=auditor_code,
            language=language,
            kind=kind,
            installation_id=database.installation_id,
        )
        session.add(profile)
    database.set_setting(CURRENT_PROFILE, str(profile.id))
    return profile
