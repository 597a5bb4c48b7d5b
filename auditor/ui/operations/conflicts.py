"""Conflicts of consolidation: read on a worker, settled as one job of the database writer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from auditor.db.database import Database
from auditor.exchange.conflicts import (
    Comparison,
    ConflictEntry,
    compare,
    open_conflicts,
    resolve_conflict,
)
from auditor.ui.operations.work import Operation, Progress, run_operation
from auditor.ui.operations.writer import DatabaseWriter

Refused = Callable[[BaseException], None]


def read_open_conflicts(owner: QWidget, database: Database, *,
                        on_read: Callable[[list[ConflictEntry]], None],
                        on_failed: Refused) -> Operation[list[ConflictEntry]]:
    """The open conflicts, read on a worker (the window never waits on the database)."""

    def read(_progress: Progress) -> list[ConflictEntry]:
        with database.session() as session:
            return open_conflicts(session)

    return run_operation(owner, "", read, on_success=on_read, on_failure=on_failed,
                         show_progress=False)


def read_comparison(owner: QWidget, database: Database, conflict_id: int, *,
                    on_read: Callable[[Comparison], None],
                    on_failed: Refused) -> Operation[Comparison]:
    """Both versions of one conflict, compared on a worker."""

    def read(_progress: Progress) -> Comparison:
        with database.session() as session:
            return compare(session, conflict_id)

    return run_operation(owner, "", read, on_success=on_read, on_failure=on_failed,
                         show_progress=False)


def resolve(writer: DatabaseWriter, owner: QWidget, conflict_id: int, keep: str, *,
            actor: str, title: str, on_done: Callable[[ConflictEntry], None],
            on_refused: Refused) -> Operation[ConflictEntry]:
    """Keep one version of a conflict; ``actor`` is who the trail names for the decision."""
    return writer.write(owner, title, lambda session: resolve_conflict(session, conflict_id, keep),
                        actor=actor, on_success=on_done, on_failure=on_refused,
                        show_progress=True)
