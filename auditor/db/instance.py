"""One running copy of the application works in a database; another one only looks.

Two windows writing one database would each show what the other has since changed as it was
when read, and save over it. The copy that opens a database first therefore holds an exclusive
operating-system lock (:mod:`auditor.db.oslock`) on a small file beside it
(``NAME.open-lock``) for as long as it runs; a copy started while it is held is told so and
opens the database read-only.

Light on purpose (no SQLAlchemy): the lock is taken before the window is first painted.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import IO

from auditor.db.oslock import lock_now, unlock
from auditor.domain.text import Text

LOCK_SUFFIX = ".open-lock"

MSG_OPEN_ELSEWHERE = Text(
    kk="Бұл дерекқор Pharma Capacity Auditor-дың басқа терезесінде ашық. Мұнда ол тек оқу "
    "үшін ашылады: қарауға болады, бірақ ештеңе өзгертілмейді. Жұмыс істеу үшін басқа "
    "терезені жауып, бағдарламаны қайта іске қосыңыз.",
    ru="Эта база данных уже открыта в другом окне Pharma Capacity Auditor. Здесь она открыта "
    "только для чтения: смотреть можно, изменять нельзя. Чтобы работать в ней, закройте "
    "другое окно и запустите программу снова.",
    en="This database is already open in another window of Pharma Capacity Auditor. Here it "
    "opens read-only: you can look, but nothing can be changed. To work in it, close the "
    "other window and start the application again.",
)


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


class InstanceLock:
    """This copy's hold on a database; :meth:`release` (or the end of the process) lets go."""

    def __init__(self, handle: IO[bytes] | None) -> None:
        self._handle = handle

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            with contextlib.suppress(OSError):
                unlock(handle)
            handle.close()


def hold_instance_lock(database: Path) -> InstanceLock | None:
    """Take the database's lock for this running copy; None when another copy holds it.

    A lock file that cannot be made (a read-only folder, a missing one) is no sign of another
    copy: the database is then opened as usual, and opening it says what is wrong, if anything.
    """
    path = lock_path(Path(database))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)  # a first start: nothing there yet
        handle = path.open("a+b")
    except OSError:
        return InstanceLock(None)
    try:
        lock_now(handle)
    except OSError:
        handle.close()
        return None
    return InstanceLock(handle)


__all__ = ["LOCK_SUFFIX", "MSG_OPEN_ELSEWHERE", "InstanceLock", "hold_instance_lock",
           "lock_path"]
