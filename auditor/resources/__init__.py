"""Data files the application ships beside its code, and where each of them is.

One place names them, for the code that reads them and for the packaged build (``build.spec``
lists this folder, the fonts, the translations and the migrations as data). No Qt here: the
layers below the UI read some of these files too.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1]
RESOURCE_DIR = Path(__file__).resolve().parent

# DejaVu Sans: Kazakh letters on systems whose fonts lack them; the Qt UI and the charts use it.
FONT_DIR = PACKAGE_DIR / "ui" / "fonts"
CHART_FONT = FONT_DIR / "DejaVuSans.ttf"

# The application's icon: the window, the Linux menu entry (PNG), Windows (ICO).
ICON_PNG = RESOURCE_DIR / "icon.png"
ICON_ICO = RESOURCE_DIR / "icon.ico"

# The ATC index: codes of levels 2 to 5 with their names (auditor/domain/atc.py reads it; where
# it comes from and what it holds is said at its top).
ATC_INDEX = RESOURCE_DIR / "atc-index.tsv"

# A database as the first schema revision left it (a copy of tests/fixtures/schema-0001.sqlite,
# written by the same script): `auditor self-test` migrates it on the user's machine.
FIRST_SCHEMA_DB = RESOURCE_DIR / "schema-0001.sqlite"
