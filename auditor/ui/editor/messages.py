"""Errors and warnings beside an answer, each with its mark and colour."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from auditor.domain.text import Text
from auditor.forms.fields import Severity
from auditor.ui.editor.style import ERROR_COLOR, ERROR_MARK, WARNING_COLOR, WARNING_MARK
from auditor.ui.i18n import current_language

Message = tuple[Severity, Text]


def messages_html(messages: Sequence[Message], lang: str) -> str:
    lines = []
    for severity, text in messages:
        is_error = severity == Severity.ERROR
        color = (ERROR_COLOR if is_error else WARNING_COLOR).name()
        mark = ERROR_MARK if is_error else WARNING_MARK
        lines.append(f'<span style="color:{color}">{mark} {html.escape(text(lang))}</span>')
    return "<br>".join(lines)


def messages_plain(messages: Sequence[Message], lang: str) -> str:
    return "\n".join(
        f"{ERROR_MARK if s == Severity.ERROR else WARNING_MARK} {t(lang)}" for s, t in messages
    )


class MessageLabel(QLabel):
    """Errors (red, ✖) and warnings (amber, ⚠) under an answer; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messages: tuple[Message, ...] = ()
        self.hide()

    def set_messages(self, messages: Sequence[Message]) -> None:
        self.messages = tuple(messages)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(messages_html(self.messages, current_language()))
        self.setVisible(bool(self.messages))

    def plain_text(self) -> str:
        return messages_plain(self.messages, current_language())
