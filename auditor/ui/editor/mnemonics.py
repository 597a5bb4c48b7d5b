"""Mnemonics (Alt+letter): the letter a text already has, and a free letter for a new text."""

from __future__ import annotations


def mnemonic_of(text: str) -> str:
    """The letter after a single ``&`` in ``text`` (lower case), or ``""``."""
    position = 0
    while (position := text.find("&", position)) >= 0 and position + 1 < len(text):
        if text[position + 1] != "&":
            return text[position + 1].casefold()
        position += 2
    return ""


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with an ``&`` before its first letter not yet ``taken`` (which is updated)."""
    escaped = text.replace("&", "&&")
    for position, char in enumerate(escaped):
        if not char.isalpha():
            continue
        key = char.casefold()
        if key in taken:
            continue
        taken.add(key)
        return escaped[:position] + "&" + escaped[position:]
    return escaped
