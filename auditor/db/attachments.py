"""The files and photos of an audit, kept inside its database: listed, added, copied out to be
opened, described and removed.

Files live inside the database, so an audit travels as one file and is exported whole. Listing
them never reads their bytes (``Attachment.content`` is deferred). Adding reads each file from
wherever it is (a slow USB stick) before anything is written; each added file is its own
savepoint, so one refused or unreadable file never takes the others with it.
"""

from __future__ import annotations

import os
import stat
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from auditor.db.audits import AuditRuleError, add_attachment
from auditor.db.database import Database
from auditor.db.models import Attachment, Audit
from auditor.domain import files
from auditor.domain.text import Text

Progress = Callable[[int, int], None]  # done, total; raises to cancel
_READ_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class AttachmentRow:
    """One attachment as the list shows it: everything but the bytes."""

    id: uuid.UUID
    file_name: str
    media_type: str
    size_bytes: int
    description: str | None
    added_at: datetime


def load_attachment_rows(database: Database, audit_id: uuid.UUID) -> list[AttachmentRow]:
    """The audit's attachments in the order they were added, without their content."""
    with database.session() as session:
        return attachment_rows(session, audit_id)


def attachment_rows(session: Session, audit_id: uuid.UUID) -> list[AttachmentRow]:
    result = session.execute(
        select(
            Attachment.id,
            Attachment.file_name,
            Attachment.media_type,
            Attachment.size_bytes,
            Attachment.description,
            Attachment.created_at,
        )
        .where(Attachment.audit_id == audit_id)
        .order_by(Attachment.created_at, Attachment.file_name, Attachment.id)
    )
    return [AttachmentRow(*row) for row in result]


class RefusalKind(Enum):
    TOO_LARGE = "too_large"
    EMPTY = "empty"
    UNREADABLE = "unreadable"
    NOT_ALLOWED = "not_allowed"  # not a document or image by its content and name


@dataclass(frozen=True)
class Refusal:
    file_name: str
    kind: RefusalKind
    size: int = 0
    detail: str = ""
    reason: Text | None = None


@dataclass
class AddResult:
    added: list[str]
    refused: list[Refusal]


def _read_file(path: Path, progress: Progress, done: int, total: int) -> bytes:
    chunks: list[bytes] = []
    read = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_READ_CHUNK):
            chunks.append(chunk)
            read += len(chunk)
            progress(done + read, total)  # a cancel takes effect here
    return b"".join(chunks)


def attach_files(
    session: Session,
    audit_id: uuid.UUID,
    paths: list[Path],
    progress: Progress,
    *,
    limit: int = files.MAX_ATTACHMENT_BYTES,
) -> AddResult:
    """Read each file and add it to the audit, each in a savepoint of its own."""
    result = AddResult(added=[], refused=[])
    sizes: dict[Path, int] = {}
    for path in paths:
        try:
            sizes[path] = path.stat().st_size
        except OSError as exc:
            result.refused.append(
                Refusal(path.name, RefusalKind.UNREADABLE, detail=exc.strerror or str(exc))
            )
    total = sum(size for size in sizes.values() if 0 < size <= limit)
    done = 0
    for path, size in sizes.items():
        if size == 0:
            result.refused.append(Refusal(path.name, RefusalKind.EMPTY))
            continue
        if size > limit:
            result.refused.append(Refusal(path.name, RefusalKind.TOO_LARGE, size=size))
            continue
        try:
            content = _read_file(path, progress, done, total)
        except OSError as exc:
            result.refused.append(
                Refusal(path.name, RefusalKind.UNREADABLE, detail=exc.strerror or str(exc))
            )
            continue
        done += size
        # The file may have changed between looking at it and reading it.
        if not content:
            result.refused.append(Refusal(path.name, RefusalKind.EMPTY))
            continue
        if len(content) > limit:
            result.refused.append(Refusal(path.name, RefusalKind.TOO_LARGE, size=len(content)))
            continue
        try:
            with session.begin_nested():
                audit = session.get(Audit, audit_id)
                if audit is None:
                    raise LookupError(f"audit {audit_id} is not in the database")
                add_attachment(audit, path.name, content)
                session.flush()
        except AuditRuleError as refused:
            result.refused.append(Refusal(path.name, RefusalKind.NOT_ALLOWED,
                                          reason=refused.reason))
            continue
        result.added.append(path.name)
        progress(done, total)
    return result


def write_copy_to_open(
    database: Database, attachment_id: uuid.UUID, file_name: str, directory: Path
) -> Path:
    """The attachment's bytes in ``directory``, ready for another app, under its clean name with
    the extension of what its content is — only for the documents and images an audit may keep
    (a file that came in some other way is refused: the system's "open" would run it).

    Each attachment gets a folder of its own so two files of the same name never collide. The
    copy is read-only: a change made in the other app would not reach the audit, and the
    read-only copy says so before work is lost.
    """
    with database.session() as session:
        content = session.scalar(select(Attachment.content).where(Attachment.id == attachment_id))
    if content is None:
        raise LookupError(f"attachment {attachment_id} is not in the database")
    name = files.clean_file_name(file_name)
    file_type = files.identify(content, name)
    if file_type is None:
        raise AuditRuleError(files.refusal(content, name) or files.MSG_NOT_ALLOWED.format(
            name=name))
    stem = name[: -len(files.extension_of(name))] if files.extension_of(name) else name
    target = directory / attachment_id.hex / f"{stem}{file_type.extension}"
    if target.exists():
        return target  # the bytes of an attachment never change
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(content)
    os.chmod(partial, stat.S_IREAD)
    partial.replace(target)
    return target


def remove_attachment(session: Session, attachment_id: uuid.UUID) -> bool:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        return False  # already gone: what the user wanted
    session.delete(attachment)
    session.flush()
    return True


def set_description(session: Session, attachment_id: uuid.UUID, description: str) -> None:
    attachment = session.get(Attachment, attachment_id)
    if attachment is not None:
        attachment.description = description or None
        session.flush()
