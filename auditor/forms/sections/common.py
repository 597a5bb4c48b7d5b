"""Units and texts that several sections share."""

from __future__ import annotations

from auditor.domain.text import Text

PEOPLE = Text("адам", "чел.", "people")
TENGE = Text("теңге", "тенге", "KZT")
PERCENT = Text("%", "%", "%")
YEARS = Text("жыл", "лет", "years")
PER_YEAR = Text("жылына", "в год", "per year")
