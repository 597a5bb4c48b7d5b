"""The garbage collector during long runs, as the process's entry points decide it: the command
line's handlers (a consolidation, a national workbook) and the desktop's job runner. The core
(``auditor.db``, ``auditor.forms``, ``auditor.exchange``) never touches the collector; what a
process does with it is its own owner's choice.

A long run makes hundreds of thousands of objects that live for a while (rows read from
workbooks, records loaded from the database), and Python's cyclic garbage collector then makes
full passes over every object of the process, the application's own modules and caches
included: a quarter of a national workbook's time, and, beside a window, pauses of a fifth of a
second (a full pass holds the interpreter lock the window's thread needs). While a run lasts,
the objects that were alive before it are left out of those passes (``gc.freeze``); when the
last run ends they are handed back, so nothing is kept longer than it would have been.

Runs may overlap (two pieces of long work beside one window): the first freezes, the last hands
back. Objects frozen by someone else stay frozen: when some are already (the desktop
application freezes what its start made, for good), nothing is done, and a freeze made while
runs go on is left in place when they end.
"""

from __future__ import annotations

import gc
import threading
from types import TracebackType


class _LongRuns:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0
        # Made just after our freeze; it is frozen too only if someone froze since.
        self._marker: list[object] | None = None

    def __enter__(self) -> None:
        with self._lock:
            if self._running == 0 and gc.get_freeze_count() == 0:
                gc.freeze()
                self._marker = []
            self._running += 1

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        with self._lock:
            self._running -= 1
            if self._running == 0 and self._marker is not None:
                # gc.get_objects() lists only what is not frozen: what was made since our
                # freeze, a short look.
                marker, self._marker = self._marker, None
                if any(o is marker for o in gc.get_objects()):
                    gc.unfreeze()


_RUNS = _LongRuns()


def long_run() -> _LongRuns:
    """``with long_run(): ...`` keeps older objects out of garbage collection while it lasts."""
    return _RUNS
