"""An exclusive operating-system lock on an open file, taken without waiting.

``flock`` on Linux and macOS, ``msvcrt.locking`` (``LockFileEx``) on Windows. The system
releases it when the file is closed or the process ends in any way (normally, killed, crashed),
so a lock is never left behind by a process that died. Two opens of one file conflict even in
the same process, which is what lets tests play two holders.
"""

from __future__ import annotations

import sys
from typing import IO


def lock_now(handle: IO[bytes]) -> None:
    """Lock ``handle``'s file exclusively; :class:`OSError` at once when another holds it
    (``BlockingIOError``, or ``EACCES`` on Windows)."""
    handle.seek(0)
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
