"""The only way the window changes data, and how it waits for nothing.

* :mod:`.writer` — one thread that writes to the database: every change the window makes is a
  job on it, in the order asked, never two at once; the window hears back on its own thread.
* :mod:`.work` — longer work that reads (exports, workbooks, loading) on worker threads, with
  progress and Cancel.
* One module per kind of change (:mod:`.audit`, ...): small typed functions a widget calls,
  each running the core call on the writer and returning what changed.
"""

from auditor.ui.operations.work import Cancelled, Operation, Progress, run_operation

__all__ = ["Cancelled", "Operation", "Progress", "run_operation"]
