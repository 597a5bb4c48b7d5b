"""Errors the user can act on, in plain words; unexpected ones logged with where the log is.

The core raises errors that carry their reason in three languages (``reason: Text``): a locked
audit, a refused file, a rule of finalizing. Those are shown as they are. Anything else is a
defect: its traceback goes to ``auditor.log`` in the data directory and the user is told where.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from auditor.db import faults
from auditor.domain.text import Text
from auditor.ui.i18n import current_language

LOG_FILE_NAME = "auditor.log"
log = logging.getLogger("auditor")


def setup_logging(directory: Path) -> Path:
    """Log warnings and errors of the application to ``directory/auditor.log`` (rotated)."""
    import logging.handlers  # with sockets and pickling: not needed before the window shows

    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LOG_FILE_NAME
    for handler in log.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def log_path() -> Path | None:
    for handler in log.handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def user_message(error: BaseException, lang: str | None = None) -> str | None:
    """The plain-words reason of an error the user can act on, or None for a defect."""
    lang = lang or current_language()
    fault = faults.fault_text(error)  # busy, disk full, read-only, damaged: plain words
    if fault is not None:
        return fault(lang)
    reason = getattr(error, "reason", None)
    if isinstance(reason, Text):
        return reason(lang)
    if isinstance(error, OSError):
        return f"{error.filename or ''}: {error.strerror or error}".lstrip(": ")
    return None


def describe_unexpected(error: BaseException) -> str:
    """Log ``error`` with its traceback; return the sentence telling the user where it is."""
    log.error(
        "unexpected error: %s",
        "".join(traceback.format_exception(type(error), error, error.__traceback__)),
    )
    where = log_path()
    text = QCoreApplication.translate(
        "errors", "Something went wrong that the application did not expect: {error}."
    )
    text = text.format(error=f"{type(error).__name__}: {error}")
    if where is not None:
        saved = QCoreApplication.translate("errors", "The details are saved in {path}.")
        text += "\n" + saved.format(path=where)
    return text


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    message = user_message(error)
    if message is None:
        QMessageBox.critical(parent, title, describe_unexpected(error))
    else:
        QMessageBox.warning(parent, title, message)


def install_excepthook() -> None:
    """An exception escaping a slot is logged and shown instead of passing silently."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        error.__traceback__ = tb
        show_error(None, "Pharma Capacity Auditor", error)

    sys.excepthook = hook
