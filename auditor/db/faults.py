"""Operational faults of the database in plain words: busy, full disk, read-only, damaged.

SQLite and the operating system report these as exceptions whose text means little to an
auditor ("database is locked", "[Errno 28]"). :func:`explain` turns each known fault into one
sentence in three languages; anything it does not know is a defect and returns None.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from auditor.domain.text import Text

# How long one statement waits for another connection's write before SQLite reports it busy.
BUSY_TIMEOUT_MS = 5000

BUSY = Text(
    kk="Дерекқорды басқа бағдарлама қолданып отыр (жазып жатыр). Ол аяқталғанша күтіп, қайта "
    "көріңіз; ештеңе өзгертілмеді.",
    ru="База данных занята другой программой (идёт запись). Дождитесь её окончания и "
    "повторите; ничего не изменено.",
    en="The database is busy: another program is writing to it. Wait for it to finish and "
    "try again; nothing was changed.",
)
FULL = Text(
    kk="Дискіде орын жоқ: ештеңе жазылмады. Орын босатып, қайта көріңіз.",
    ru="На диске нет места: ничего не записано. Освободите место и повторите.",
    en="The disk is full: nothing was written. Free some space and try again.",
)
READ_ONLY = Text(
    kk="Файлды тек оқуға болады (немесе оның қалтасына жазу рұқсаты жоқ): ештеңе жазылмады.",
    ru="Файл доступен только для чтения (или нет права записи в его папку): ничего не "
    "записано.",
    en="The file is read-only (or its folder cannot be written to): nothing was written.",
)
DAMAGED = Text(
    kk="Дерекқор файлы бүлінген: ол өзгертілмеді. Сақтық көшірмеден қалпына келтіріңіз.",
    ru="Файл базы данных повреждён; он не изменён. Восстановите его из резервной копии.",
    en="The database file is damaged; it was not changed. Restore it from a backup.",
)
IO_ERROR = Text(
    kk="Дискіден оқу не жазу қатесі: ештеңе жазылмады. Диск пен файлды тексеріңіз.",
    ru="Ошибка чтения или записи диска: ничего не записано. Проверьте диск и файл.",
    en="The disk could not be read or written: nothing was written. Check the disk and file.",
)
NO_ACCESS = Text(
    kk="Файлға қол жеткізу рұқсаты жоқ.",
    ru="Нет доступа к файлу.",
    en="The file cannot be accessed: permission denied.",
)

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_CODES = {
    5: BUSY,  # SQLITE_BUSY
    6: BUSY,  # SQLITE_LOCKED
    8: READ_ONLY,  # SQLITE_READONLY
    10: IO_ERROR,  # SQLITE_IOERR
    11: DAMAGED,  # SQLITE_CORRUPT
    13: FULL,  # SQLITE_FULL
    14: NO_ACCESS,  # SQLITE_CANTOPEN
    26: DAMAGED,  # SQLITE_NOTADB
}
_OS_ERRORS = {
    errno.ENOSPC: FULL,
    errno.EDQUOT: FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: NO_ACCESS,
    errno.EPERM: NO_ACCESS,
    errno.EIO: IO_ERROR,
}


def explain(error: BaseException) -> Text | None:
    """The fault ``error`` stands for, in plain words; None when it is not a known fault.

    Takes SQLite's errors directly or wrapped by SQLAlchemy (``.orig``), and OS errors.
    """
    original = getattr(error, "orig", None) or error
    if isinstance(original, sqlite3.Error):
        code = getattr(original, "sqlite_errorcode", None)
        if isinstance(code, int) and (code & 0xFF) in _SQLITE_CODES:
            return _SQLITE_CODES[code & 0xFF]
        return None
    if isinstance(original, OSError) and original.errno in _OS_ERRORS:
        return _OS_ERRORS[original.errno]
    return None


def is_busy(error: BaseException) -> bool:
    return explain(error) is BUSY


def about(path: Path, reason: Text) -> Text:
    """``reason`` as one line naming the file."""
    return Text("{file}: {reason}", "{file}: {reason}", "{file}: {reason}").format(
        file=path.name, reason=reason
    )
