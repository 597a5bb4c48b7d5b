"""Operational faults of the database and the disk, in plain words.

Busy or locked databases, full disks, read-only files, damaged database files and disk errors
are not defects of the application: the user (or an administrator) can do something about each.
This module tells them apart from everything else and names each in three languages, so every
caller — the command line, the desktop application, consolidation, opening a database — shows the
same sentence.

API (no Qt, no SQLAlchemy session needed)::

    fault_of(error)              -> Fault | None   # which fault, or None: not a known one
    fault_text(error, path=None) -> Text | None    # the sentence, naming ``path`` if given

``error`` may be a ``sqlite3`` error, an SQLAlchemy ``DBAPIError`` wrapping one (``.orig``), an
``OSError`` (disk full, read-only file system, permission denied, I/O error), or any exception
caused by one of these (``__cause__`` / ``__context__`` are followed).
"""

from __future__ import annotations

import errno
import sqlite3
from enum import StrEnum
from pathlib import Path

from auditor.domain.text import Text


class Fault(StrEnum):
    BUSY = "busy"  # another connection holds a lock (SQLITE_BUSY, SQLITE_LOCKED)
    DISK_FULL = "disk_full"  # SQLITE_FULL, ENOSPC, EDQUOT, EFBIG
    READ_ONLY = "read_only"  # SQLITE_READONLY, SQLITE_PERM, EROFS, EACCES, EPERM
    DAMAGED = "damaged"  # SQLITE_CORRUPT, SQLITE_NOTADB
    IO_ERROR = "io_error"  # SQLITE_IOERR, SQLITE_CANTOPEN, EIO


FAULT_TEXTS: dict[Fault, Text] = {
    Fault.BUSY: Text(
        "Дерекқорды басқа бағдарлама бос емес немесе құлыптап тұр; ол аяқталған соң қайталаңыз. "
        "Ештеңе жартылай жазылған жоқ.",
        "База данных занята или заблокирована другой программой; повторите, когда та "
        "закончит. Ничего не записано наполовину.",
        "The database is busy or locked by another program; try again when it is done. "
        "Nothing was half-written.",
    ),
    Fault.DISK_FULL: Text(
        "Дискіде орын жоқ: осы қадамнан ештеңе сақталмады. Орын босатып, қайта іске қосыңыз.",
        "Диск заполнен: из этого шага ничего не сохранено. Освободите место и запустите снова.",
        "The disk is full: nothing of this step was saved. Free some space and run it again.",
    ),
    Fault.READ_ONLY: Text(
        "Файлға жазу мүмкін емес: ол тек оқуға арналған немесе рұқсат жоқ.",
        "Запись в файл невозможна: он только для чтения или нет прав.",
        "The file cannot be written: it is read-only or you lack the permission.",
    ),
    Fault.DAMAGED: Text(
        "Дерекқор файлы бүлінген; оны резервтік көшірмеден қалпына келтіріңіз.",
        "Файл базы данных повреждён; восстановите его из резервной копии.",
        "The database file is damaged; restore it from a backup.",
    ),
    Fault.IO_ERROR: Text(
        "Дискіні оқу немесе оған жазу кезінде қате шықты; дискіні тексеріп, қайталаңыз.",
        "Ошибка чтения или записи диска; проверьте диск и повторите.",
        "The disk reported an error while reading or writing; check it and try again.",
    ),
}

# Primary SQLite result codes (the low byte of an extended code).
_SQLITE_CODES = {
    3: Fault.READ_ONLY,  # SQLITE_PERM
    5: Fault.BUSY,  # SQLITE_BUSY
    6: Fault.BUSY,  # SQLITE_LOCKED
    8: Fault.READ_ONLY,  # SQLITE_READONLY
    10: Fault.IO_ERROR,  # SQLITE_IOERR
    11: Fault.DAMAGED,  # SQLITE_CORRUPT
    13: Fault.DISK_FULL,  # SQLITE_FULL
    14: Fault.IO_ERROR,  # SQLITE_CANTOPEN
    26: Fault.DAMAGED,  # SQLITE_NOTADB
}
# The same, told by the message, for drivers that give no code.
_SQLITE_MESSAGES = (
    ("database is locked", Fault.BUSY),
    ("database table is locked", Fault.BUSY),
    ("database or disk is full", Fault.DISK_FULL),
    ("attempt to write a readonly database", Fault.READ_ONLY),
    ("database disk image is malformed", Fault.DAMAGED),
    ("file is not a database", Fault.DAMAGED),
    ("disk i/o error", Fault.IO_ERROR),
    ("unable to open database file", Fault.IO_ERROR),
)
_ERRNOS = {
    errno.ENOSPC: Fault.DISK_FULL,
    errno.EFBIG: Fault.DISK_FULL,
    errno.EROFS: Fault.READ_ONLY,
    errno.EACCES: Fault.READ_ONLY,
    errno.EPERM: Fault.READ_ONLY,
    errno.EIO: Fault.IO_ERROR,
}
if hasattr(errno, "EDQUOT"):
    _ERRNOS[errno.EDQUOT] = Fault.DISK_FULL


def _sqlite_fault(error: sqlite3.Error) -> Fault | None:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        fault = _SQLITE_CODES.get(code & 0xFF)
        if fault is not None:
            return fault
    message = str(error).lower()
    for text, fault in _SQLITE_MESSAGES:
        if text in message:
            return fault
    return None


def _causes(error: BaseException) -> list[BaseException]:
    """``error``, what it wraps (``.orig``), and what caused it, without going round."""
    seen: list[BaseException] = []
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop(0)
        if current is None or any(current is known for known in seen):
            continue
        seen.append(current)
        orig = getattr(current, "orig", None)
        pending += [orig if isinstance(orig, BaseException) else None,
                    current.__cause__, current.__context__]
    return seen


def fault_of(error: BaseException) -> Fault | None:
    """The operational fault behind ``error``, or None when it is not one of them."""
    for current in _causes(error):
        if isinstance(current, sqlite3.Error):
            fault = _sqlite_fault(current)
            if fault is not None:
                return fault
        elif isinstance(current, OSError) and current.errno in _ERRNOS:
            return _ERRNOS[current.errno]
    return None


def fault_text(error: BaseException, path: Path | str | None = None) -> Text | None:
    """The plain sentence for the fault behind ``error`` (naming the file ``path``), or None
    when ``error`` is not a known operational fault."""
    fault = fault_of(error)
    if fault is None:
        return None
    text = FAULT_TEXTS[fault]
    if path is None:
        return text
    name = Path(path).name
    return Text(f"{name}: {text.kk}", f"{name}: {text.ru}", f"{name}: {text.en}")


__all__ = ["BUSY_TIMEOUT_MS", "FAULT_TEXTS", "Fault", "about", "fault_of", "fault_text", "is_busy"]


# How long one statement waits for another connection's write before SQLite reports it busy.
BUSY_TIMEOUT_MS = 5000


def is_busy(error: BaseException) -> bool:
    return fault_of(error) is Fault.BUSY


def about(path: Path | str, reason: Text) -> Text:
    """``reason`` as one line naming the file."""
    return Text("{file}: {reason}", "{file}: {reason}", "{file}: {reason}").format(
        file=Path(path).name, reason=reason
    )
