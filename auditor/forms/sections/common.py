"""Units and texts that several sections share."""

from __future__ import annotations

from auditor.domain.text import Text

PEOPLE = Text("адам", "чел.", "people")
TENGE = Text("теңге", "тенге", "KZT")
PERCENT = Text("%", "%", "%")
YEARS = Text("жыл", "лет", "years")
PER_YEAR = Text("жылына", "в год", "per year")
ITEMS = Text("атау", "наим.", "items")  # names in a contract's specification, new products
UNITS_OF_ISSUE = Text("бірлік", "ед.", "units")  # packs, vials, ... as a contract counts them
DEGREES = Text("°", "°", "°")  # geographic coordinates, decimal degrees
HOURS = Text("сағат", "ч", "hours")
DAYS = Text("күн", "дн.", "days")
SHIFTS = Text("ауысым", "смен", "shifts")
