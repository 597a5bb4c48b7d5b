"""Changes to companies, each one job for the database writer."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from auditor.db.companies import NewCompany
from auditor.db.companies import create_company as create_company_record
from auditor.db.companies import delete_company as delete_company_record
from auditor.ui.operations.work import Operation
from auditor.ui.operations.writer import DatabaseWriter


def create_company(writer: DatabaseWriter, owner: QWidget, new: NewCompany, *, actor: str,
                   title: str, on_created: Callable[[uuid.UUID], None],
                   on_refused: Callable[[BaseException], None]) -> Operation[uuid.UUID]:
    def change(session: Session) -> uuid.UUID:
        return create_company_record(session, new)

    return writer.write(owner, title, change, actor=actor, on_success=on_created,
                        on_failure=on_refused)


def delete_company(writer: DatabaseWriter, owner: QWidget, company_id: uuid.UUID, *,
                   actor: str, title: str,
                   on_deleted: Callable[[None], None]) -> Operation[None]:
    """Delete a company without audits; a refusal (it has audits) is shown under ``title``."""

    def change(session: Session) -> None:
        delete_company_record(session, company_id)

    return writer.write(owner, title, change, actor=actor, on_success=on_deleted)
