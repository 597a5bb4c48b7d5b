"""One consolidation of a database at a time.

Two consolidations of one database at once would each decide, package by package, what is new
and what supersedes what, from a database the other one is changing. A consolidation therefore
holds an exclusive operating-system lock on a small file beside the database
(``NAME.consolidation-lock``) for as long as it runs; a second one, in this process or another,
is refused at once with a clear sentence.

The lock is the operating system's (``flock`` on Linux and macOS, ``LockFileEx`` through
``msvcrt.locking`` on Windows), held on an open file: when the process ends — normally, killed
or crashed — the system releases it, so a consolidation that died never leaves the database
locked. The file itself stays (removing it could let two runs lock two different files); it is
empty and harmless. The database's own locks are not used for this: holding a write
transaction for a whole run would stop the auditors' window and every other writer for as long.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from auditor.db.faults import fault_text
from auditor.db.oslock import lock_now, unlock
from auditor.domain.text import Text

LOCK_SUFFIX = ".consolidation-lock"

MSG_ANOTHER_RUN = Text(
    "Осы дерекқорды басқа біріктіру жүріп жатыр; ол аяқталған соң қайталаңыз.",
    "Другая консолидация этой базы данных уже идёт; повторите, когда она закончится.",
    "Another consolidation of this database is running; try again when it has finished.",
)


class RunLockError(Exception):
    """The run cannot start; ``reason`` says why in plain words."""

    def __init__(self, reason: Text) -> None:
        self.reason = reason
        super().__init__(reason.en)


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


@contextlib.contextmanager
def consolidation_lock(database: Path) -> Iterator[None]:
    """Hold the database's consolidation lock while the block runs; :class:`RunLockError`
    when another consolidation holds it or the lock file cannot be made."""
    path = lock_path(Path(database))
    try:
        handle = path.open("a+b")
    except OSError as exc:
        raise RunLockError(fault_text(exc, path) or Text(
            f"{path.name}: құлып файлын жасау мүмкін емес ({exc.strerror})",
            f"{path.name}: не удаётся создать файл блокировки ({exc.strerror})",
            f"{path.name}: the lock file cannot be made ({exc.strerror})",
        )) from exc
    with handle:
        try:
            lock_now(handle)
        except OSError as exc:  # held by another run (BlockingIOError, or EACCES on Windows)
            raise RunLockError(MSG_ANOTHER_RUN) from exc
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                unlock(handle)


__all__ = ["LOCK_SUFFIX", "MSG_ANOTHER_RUN", "RunLockError", "consolidation_lock", "lock_path"]
