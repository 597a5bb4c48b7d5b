"""Changes to the auditor's profile, each one job for the database writer."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from auditor.db.models import AuditorProfile
from auditor.db.profiles import ProfileAnswers
from auditor.db.profiles import save_profile as save_profile_record
from auditor.db.profiles import set_language as set_language_record
from auditor.ui.operations.work import Operation
from auditor.ui.operations.writer import DatabaseWriter


def save_profile(writer: DatabaseWriter, owner: QWidget, profile_id: uuid.UUID | None,
                 answers: ProfileAnswers, *, actor: str, title: str,
                 on_saved: Callable[[AuditorProfile], None],
                 on_refused: Callable[[BaseException], None]) -> Operation[AuditorProfile]:
    installation_id = writer.database.installation_id

    def change(session: Session) -> AuditorProfile:
        return save_profile_record(session, profile_id, answers, installation_id)

    return writer.write(owner, title, change, actor=actor, on_success=on_saved,
                        on_failure=on_refused)


def set_language(writer: DatabaseWriter, owner: QWidget, profile_id: uuid.UUID, lang: str, *,
                 actor: str, title: str) -> Operation[None]:
    """The language the auditor chose, kept with their profile."""
    return writer.write(owner, title, lambda s: set_language_record(s, profile_id, lang),
                        actor=actor, key=("profile-language", profile_id))
