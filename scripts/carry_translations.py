"""After ``pyside6-lupdate``: a text that moved to another class keeps its translation.

Qt catalogues key a text by its class (the context). When code moves between classes, lupdate
marks the text under its new class as unfinished and the old entry as vanished; this carries
the translation over from the entry with the same text (and plural forms), then drops entries
whose text is gone from the code. What is left unfinished is new and needs a translator.
``make ts`` runs lupdate, this, and lupdate again (which writes the files in its own layout).

    python scripts/carry_translations.py resources/i18n/auditor_kk.ts [...]

Two lines of work that each translated new texts meet in one catalogue: ``--from`` names other
copies of the same language's catalogue whose translations fill what is unfinished here.

    python scripts/carry_translations.py resources/i18n/auditor_kk.ts --from other/auditor_kk.ts
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

GONE = ("vanished", "obsolete")


def _translated(root: ET.Element, known: dict[tuple[str, str], ET.Element]) -> None:
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue
        key = (message.findtext("source") or "", message.get("numerus", ""))
        known.setdefault(key, translation)


def carry(path: Path, donors: Sequence[Path] = ()) -> list[str]:
    """Fill the file's unfinished texts from its translated ones, then from the donors' (other
    copies of the same language's catalogue); the texts still unfinished."""
    tree = ET.parse(path)
    root = tree.getroot()
    known: dict[tuple[str, str], ET.Element] = {}
    _translated(root, known)
    for donor in donors:
        _translated(ET.parse(donor).getroot(), known)
    left = []
    for context in root.iter("context"):
        for message in list(context.iter("message")):
            translation = message.find("translation")
            if translation is None:
                continue
            if translation.get("type") in GONE:
                context.remove(message)
                continue
            if translation.get("type") != "unfinished":
                continue
            key = (message.findtext("source") or "", message.get("numerus", ""))
            found = known.get(key)
            if found is None:
                left.append(key[0])
                continue
            message.remove(translation)
            copy = ET.fromstring(ET.tostring(found))
            copy.tail = translation.tail
            message.append(copy)
    for context in list(root.iter("context")):
        if context.find("message") is None:
            root.remove(context)
    with path.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    return left


def main(args: list[str]) -> int:
    paths, donors = args, []
    if "--from" in args:
        at = args.index("--from")
        paths, donors = args[:at], [Path(name) for name in args[at + 1:]]
    for name in paths:
        language = Path(name).name
        for text in carry(Path(name), [d for d in donors if d.name == language]):
            print(f"{name}: to translate: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
