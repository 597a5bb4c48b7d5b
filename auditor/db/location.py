"""Where the database lives: ``--db PATH``, else ``$AUDITOR_DB``, else the user data directory."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "PharmaCapacityAuditor"
ENV_VAR = "AUDITOR_DB"
DEFAULT_FILE_NAME = "auditor.sqlite"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return data_dir() / DEFAULT_FILE_NAME
