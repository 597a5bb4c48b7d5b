"""The mouse wheel scrolls the page; it acts on an input only while the auditor works in it.

A choice list turns its answer with each wheel notch, and a list or a text box would keep the
wheel to itself: scrolling down a page would change the legal form or the region under the
pointer, each notch saved with its trail entry. So an input without the keyboard focus leaves
the wheel to the page, and never takes the focus from it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QWidget


def hold_focus_against_the_wheel(widget: QWidget) -> None:
    """The wheel does not give ``widget`` the focus (a click or Tab does)."""
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def left_to_the_page(widget: QWidget, event: QWheelEvent) -> bool:
    """Whether the wheel ``event`` goes on to the page, ``widget`` not being worked in."""
    if widget.hasFocus():
        return False
    event.ignore()
    return True
