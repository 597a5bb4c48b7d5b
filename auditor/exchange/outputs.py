"""Where a workbook may be written: checked before any work starts, and failures in plain words.

:func:`check_output` is the one check for every workbook the application writes (``auditor
export --out``, ``auditor consolidate --out``, the Export and national-workbook actions of the
window). It refuses, with one line, an output that

* is the database in use, or one of its companion files (``-wal``, ``-shm``, ``-journal``, the
  consolidation lock), by name or as the same file under another name (a link);
* is one of the inputs of the same run (a package given or found in a folder);
* is a folder, or anything but a regular file;
* exists and is not a workbook (a database, a document: it would be replaced by a workbook);
* lies in a place that cannot be written (a read-only disk or folder, no permission, a full
  disk) — found out by creating and removing a small file there.

Writing itself is atomic (:func:`auditor.exchange.workbook.save_atomically`); an operating-system
failure while writing (disk full, ...) becomes :class:`OutputError` with the sentence of
:mod:`auditor.db.faults`.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from auditor.db.faults import fault_text
from auditor.domain.text import Text
from auditor.exchange.runlock import LOCK_SUFFIX

_WORKBOOK_MAGIC = b"PK\x03\x04"
DATABASE_COMPANIONS = ("-wal", "-shm", "-journal", LOCK_SUFFIX)


class OutputError(Exception):
    """The output cannot be written there; ``reason`` is one line naming it."""

    def __init__(self, reason: Text) -> None:
        self.reason = reason
        super().__init__(reason.en)


def _refuse(out: Path, kk: str, ru: str, en: str) -> OutputError:
    return OutputError(Text(f"{out}: {kk}", f"{out}: {ru}", f"{out}: {en}"))


def database_files(database: Path) -> list[Path]:
    """The database file and the files SQLite and we keep beside it."""
    return [database, *(database.with_name(database.name + suffix)
                        for suffix in DATABASE_COMPANIONS)]


def _key(path: Path) -> str:
    return os.path.normcase(str(path.resolve()))


def _same(one: Path, other: Path) -> bool:
    try:
        if one.exists() and other.exists():
            return os.path.samefile(one, other)
    except OSError:
        pass
    return _key(one) == _key(other)


def _nearest_folder(path: Path) -> Path:
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def writing_failed(out: Path, error: OSError) -> OutputError:
    """The sentence for an operating-system failure while writing ``out``."""
    text = fault_text(error)
    if text is not None:
        return OutputError(Text(f"{out}: {text.kk}", f"{out}: {text.ru}", f"{out}: {text.en}"))
    detail = error.strerror or type(error).__name__
    return _refuse(out, f"жазу мүмкін болмады ({detail})", f"не удалось записать ({detail})",
                   f"could not be written ({detail})")


def check_output(out: Path, *, database: Path | None = None,
                 inputs: Iterable[Path] = ()) -> Path:
    """Refuse ``out`` (see the module's text) before any work; return it as given."""
    out = Path(out)
    if database is not None:
        for protected in database_files(Path(database)):
            if _same(out, protected):
                raise _refuse(out, "бұл дерекқор файлы; оның орнына жұмыс кітабы жазылмайды",
                              "это файл базы данных; книга вместо него не записывается",
                              "this is the database (or a file of it); a workbook is never "
                              "written in its place")
    for given in inputs:
        if _same(out, Path(given)):
            raise _refuse(out, "бұл кіріс файлдардың бірі", "это один из входных файлов",
                          "this is one of the inputs")
    if out.is_dir():
        raise _refuse(out, "бұл қалта, файл емес", "это папка, а не файл",
                      "this is a folder, not a file")
    if out.exists() or out.is_symlink():
        if not out.is_file():
            raise _refuse(out, "бұл кәдімгі файл емес", "это не обычный файл",
                          "this is not a regular file")
        try:
            with out.open("rb") as handle:
                head = handle.read(4)
        except OSError as exc:
            raise writing_failed(out, exc) from exc
        if head and head != _WORKBOOK_MAGIC:
            raise _refuse(out, "жұмыс кітабы емес файл бар; ол ауыстырылмайды",
                          "существует файл, который не является книгой; он не заменяется",
                          "exists and is not a workbook; it is not replaced")
    folder = _nearest_folder(out)
    if not folder.is_dir():
        raise _refuse(out, "оның қалтасы жоқ", "нет папки для него",
                      "its folder does not exist")
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".auditor-write-check-"):
            pass
    except OSError as exc:
        raise writing_failed(out, exc) from exc
    return out


__all__ = ["DATABASE_COMPANIONS", "OutputError", "check_output", "database_files",
           "writing_failed"]
