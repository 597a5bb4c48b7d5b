"""The section navigator: each section with how complete it is and its errors and warnings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from auditor.forms.checker import Verdict
from auditor.forms.fields import Form
from auditor.ui.i18n import current_language, format_percent

Index = QModelIndex | QPersistentModelIndex

ATTACHMENTS_ROW = "attachments"


class SectionListModel(QAbstractListModel):
    """One row per section, then the attachments page. Texts are made when asked."""

    def __init__(self, form: Form, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.keys = [section.key for section in form.sections] + [ATTACHMENTS_ROW]
        self.verdict: Verdict | None = None
        # Per section, answers whose typed text cannot be read (not saved, so not checked by
        # the engine): errors all the same until fixed or reverted.
        self.pending_errors: dict[str, int] = {}
        self.attachment_count: int | None = None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.keys):
            return None
        key = self.keys[index.row()]
        if key == ATTACHMENTS_ROW:
            return self._attachments_data(role)
        section = self.form.sections[index.row()]
        lang = current_language()
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{section.label(lang)}\n{self.status_text(key)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{section.hint(lang)}\n{self._answered_text(key)}".strip()
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(key)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{section.label(lang)}, {self.status_text(key)}"
        if role == Qt.ItemDataRole.UserRole:
            return key
        return None

    def _attachments_data(self, role: int) -> Any:
        label = self.tr("Attachments")
        if self.attachment_count is None:
            status = "…"
        else:
            status = self.tr("%n file(s)", "", self.attachment_count)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{label}\n{status}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{label}, {status}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Photos, certificates and documents kept with the audit.")
        if role == Qt.ItemDataRole.DecorationRole:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        if role == Qt.ItemDataRole.UserRole:
            return ATTACHMENTS_ROW
        return None

    def counts(self, key: str) -> tuple[int, int]:
        """Errors (those of text typed and not readable included) and warnings of a section."""
        pending = self.pending_errors.get(key, 0)
        if self.verdict is None:
            return pending, 0
        errors, warnings = self.verdict.counts.get(key, (0, 0))
        return errors + pending, warnings

    def percent(self, key: str) -> int | None:
        if self.verdict is None or key not in self.verdict.completeness:
            return None
        return self.verdict.completeness[key].percent

    def status_text(self, key: str) -> str:
        """"85 % · 2 errors · 1 warning": words next to the icon, so colour is not the cue."""
        percent = self.percent(key)
        if percent is None:
            return "…"
        errors, warnings = self.counts(key)
        parts = [format_percent(percent)]
        if errors:
            parts.append(self.tr("%n error(s)", "", errors))
        if warnings:
            parts.append(self.tr("%n warning(s)", "", warnings))
        return " · ".join(parts)

    def _answered_text(self, key: str) -> str:
        if self.verdict is None or key not in self.verdict.completeness:
            return ""
        done = self.verdict.completeness[key]
        return self.tr("{answered} of {expected} required answers given").format(
            answered=done.answered, expected=done.expected
        )

    def _icon(self, key: str) -> Any:
        errors, warnings = self.counts(key)
        percent = self.percent(key)
        style = QApplication.style()
        if errors:
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        if warnings:
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if percent == 100:
            return style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        return None

    def set_verdict(self, verdict: Verdict) -> None:
        self.verdict = verdict
        self.refresh()

    def set_pending_errors(self, pending: dict[str, int]) -> None:
        if pending != self.pending_errors:
            self.pending_errors = dict(pending)
            self.refresh()

    def set_attachment_count(self, count: int) -> None:
        self.attachment_count = count
        last = self.index(len(self.keys) - 1)
        self.dataChanged.emit(last, last)

    def refresh(self) -> None:
        self.dataChanged.emit(self.index(0), self.index(len(self.keys) - 1))
