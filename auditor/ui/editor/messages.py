"""Errors and warnings beside an answer, each with its mark and colour."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from auditor.domain.text import Text
from auditor.forms.fields import Severity
from auditor.ui.editor.style import ERROR_COLOR, ERROR_MARK, WARNING_COLOR, WARNING_MARK
from auditor.ui.i18n import current_language

Message = tuple[Severity, Text]

# Between two messages shown on the one line.
_GAP = "   "


def _mark(severity: Severity) -> str:
    return ERROR_MARK if severity == Severity.ERROR else WARNING_MARK


def messages_plain(messages: Sequence[Message], lang: str) -> str:
    return "\n".join(f"{_mark(s)} {t(lang)}" for s, t in messages)


class MessageLabel(QLabel):
    """Errors (red, ✖) and warnings (amber, ⚠) under an answer, on one line.

    The line is there whether a message is shown or not (hidden, it keeps its place), so a
    message appearing or going away never moves the answers below it under the pointer. A
    message longer than the line ends in "…"; the whole text is in the tooltip.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.messages: tuple[Message, ...] = ()
        self.hide()

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        height = self.fontMetrics().height() + margins.top() + margins.bottom() + 2
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    def set_messages(self, messages: Sequence[Message]) -> None:
        self.messages = tuple(messages)
        self.retranslate()

    def retranslate(self) -> None:
        lang = current_language()
        self.setText(self._one_line(lang))
        full = messages_plain(self.messages, lang)
        self.setToolTip(full)
        self.setAccessibleDescription(full)
        self.setVisible(bool(self.messages))

    def _one_line(self, lang: str) -> str:
        """The messages side by side, cut with "…" where the line ends."""
        metrics = self.fontMetrics()
        room = self.contentsRect().width() if self.width() > 0 else 10**6
        parts = []
        for n, (severity, text) in enumerate(self.messages):
            plain = f"{_mark(severity)} {text(lang)}"
            if n:
                room -= metrics.horizontalAdvance(_GAP)
            width = metrics.horizontalAdvance(plain)
            if width > room:
                plain = metrics.elidedText(plain, Qt.TextElideMode.ElideRight, max(room, 0))
            color = (ERROR_COLOR if severity == Severity.ERROR else WARNING_COLOR).name()
            parts.append(f'<span style="color:{color}">{html.escape(plain)}</span>')
            room -= width
            if room <= 0:
                break
        return "&nbsp;&nbsp;&nbsp;".join(parts)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.messages and event.size().width() != event.oldSize().width():
            self.setText(self._one_line(current_language()))

    def plain_text(self) -> str:
        return messages_plain(self.messages, current_language())
