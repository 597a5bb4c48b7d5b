"""Text made safe for a workbook cell, and for one line of a terminal, in one place.

Every text that the application writes into a workbook — package, national workbook with its
import log and conflict list, and whatever else comes later — passes through :func:`cell_text`
(or, for the big streamed sheets, through :mod:`auditor.exchange.sheetxml`, which uses the same
pattern and limit):

* characters XML 1.0 cannot carry (C0 controls other than tab and line breaks, lone surrogates,
  U+FFFE and U+FFFF) are dropped: a workbook holding one would not open;
* a text longer than a cell holds (32,767 characters, Excel's limit) is cut, and the cut is shown
  at its end (``…[+N]``, N characters left out). Package export never relies on that: it refuses
  an audit with an answer that long (see :func:`too_long`), so nothing is silently lost;
* text is always written as text, never as a formula, whatever it starts with (the writers set
  the cell type; nothing here changes the characters for that).

:func:`one_line` makes text from a file safe to print as one line of a terminal: control and
bidirectional-override characters are shown as escapes instead of acting on the screen.
"""

from __future__ import annotations

import re

from auditor.exchange.limits import CELL_MAX_CHARS

# Characters XML 1.0 cannot carry.
ILLEGAL_XML = "\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"
_ILLEGAL = re.compile(f"[{ILLEGAL_XML}]")
# Characters that act on a terminal or reorder what it shows: controls (line breaks included,
# a result is one line), C1 controls and the bidirectional overrides and isolates.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                          "\ud800-\udfff\ufffe\uffff]")


def cut_mark(left_out: int) -> str:
    return f"…[+{left_out}]"


def cell_text(value: str, limit: int = CELL_MAX_CHARS) -> str:
    """``value`` as a cell can hold it: XML-illegal characters dropped, cut to ``limit``."""
    if _ILLEGAL.search(value) is not None:
        value = _ILLEGAL.sub("", value)
    if len(value) > limit:
        keep = limit
        for _ in range(3):  # the mark's length depends on the count it shows
            keep = limit - len(cut_mark(len(value) - keep))
        value = value[:keep] + cut_mark(len(value) - keep)
    return value


def too_long(value: str) -> bool:
    """True when ``value`` does not fit into one cell."""
    return len(value) > CELL_MAX_CHARS


def one_line(value: str, limit: int = 2000) -> str:
    """``value`` safe to print as one line: unprintable characters as escapes, cut to
    ``limit`` characters."""
    if _UNPRINTABLE.search(value) is not None:
        value = _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace")
                                 .decode("ascii"), value)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def quoted(value: object, limit: int = 60) -> str:
    """A value from a file, quoted inside a message: one line, at most ``limit`` characters."""
    return "«" + one_line(str(value), limit) + "»"


__all__ = ["ILLEGAL_XML", "cell_text", "cut_mark", "one_line", "quoted", "too_long"]
