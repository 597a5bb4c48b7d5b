"""A quick read-only look into a database file before the database layer is loaded.

Plain ``sqlite3`` (SQLAlchemy and the migrations take a good part of a second to import): it
gives the interface language of the auditor the database names as current, so that the window
can be shown in that language at once.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from auditor.db.settings import CURRENT_PROFILE
from auditor.domain.text import LANGUAGES

PEEK_TIMEOUT_S = 0.2  # a database locked by another program is opened the normal way instead


def peek_profile_language(db_path: Path) -> str | None:
    """The interface language of the auditor the database at ``db_path`` names as current.

    None when the file names no auditor or cannot be read this way (missing, not SQLite,
    another schema, locked): the database is then opened before the window is shown, which says
    what is wrong, if anything. The file is never changed or created here.
    """
    try:
        if not db_path.is_file():
            return None
        uri = f"{db_path.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=PEEK_TIMEOUT_S)) as connection:
            found = connection.execute(
                "SELECT value FROM setting WHERE key = ?", (CURRENT_PROFILE,)
            ).fetchone()
            if found is None:
                return None
            named = str(found[0]).strip()
            # Identifiers are stored as 32 hex digits; the dashed form is accepted too.
            language = connection.execute(
                "SELECT language FROM auditor_profile WHERE id IN (?, ?)",
                (named.replace("-", "").lower(), named),
            ).fetchone()
    except (sqlite3.Error, OSError, ValueError):
        return None
    if language is None or language[0] not in LANGUAGES:
        return None
    return str(language[0])
