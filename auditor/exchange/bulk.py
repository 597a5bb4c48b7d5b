"""Long runs over many records: consolidating hundreds of packages, writing a national workbook.

Such a run makes hundreds of thousands of objects that live for a while (rows read from
workbooks, records loaded from the database), and Python's cyclic garbage collector then makes
full passes over every object of the process, the application's own modules and caches
included — a quarter of a national workbook's time. While a run lasts, the objects that were
alive before it are left out of those passes (``gc.freeze``); afterwards they are handed back,
so nothing is kept longer than it would have been.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def bulk_run() -> Iterator[None]:
    if gc.get_freeze_count():
        # Objects frozen already (by the application, or a run beside this one) stay so.
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
