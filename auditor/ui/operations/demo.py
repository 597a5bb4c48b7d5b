"""Demo data as one job for the database writer: removing all of it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from auditor.db.demo_data import DemoRemoval
from auditor.db.demo_data import remove_demo_data as remove_demo_records
from auditor.ui.operations.work import Operation, Progress
from auditor.ui.operations.writer import DatabaseWriter


def remove_demo_data(writer: DatabaseWriter, owner: QWidget, *, actor: str, title: str,
                     on_removed: Callable[[DemoRemoval], None]) -> Operation[DemoRemoval]:
    """Every company of the demo BIN range with its audits, in one transaction (Cancel takes
    everything back); a refusal is shown under ``title``."""

    def change(session: Session, progress: Progress) -> DemoRemoval:
        return remove_demo_records(session, progress)

    return writer.write(owner, title, change, actor=actor, on_success=on_removed,
                        show_progress=True, with_progress=True)
