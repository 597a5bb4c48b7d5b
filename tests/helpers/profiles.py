"""An auditor profile made current, as the first-start dialog leaves the database."""

from __future__ import annotations

from auditor.db.database import Database
from auditor.db.models import AuditorProfile
from auditor.db.settings import CURRENT_PROFILE


def add_profile(
    database: Database,
    language: str,
    *,
    full_name: str = "Ерлан Қасымов",
    auditor_code: str = "KZ-AUD-001",
) -> AuditorProfile:
    with database.transaction(auditor_code) as session:
        profile = AuditorProfile(
            full_name=full_name,
            auditor_code=auditor_code,
            language=language,
            installation_id=database.installation_id,
        )
        session.add(profile)
    database.set_setting(CURRENT_PROFILE, str(profile.id))
    return profile
