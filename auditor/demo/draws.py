"""The random stream of a demo: every value of it is drawn here, record ids included, so one seed
always gives the same content."""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TypeVar

from auditor.demo.catalogue import Catalogue

T = TypeVar("T")


class Draws:
    """The one random stream a demo is drawn from, with the catalogue it draws on."""

    def __init__(self, rng: random.Random, catalogue: Catalogue) -> None:
        self.rng = rng
        self.cat = catalogue
        self.registration_serial = rng.randint(10_000, 20_000)
        self.document_serial = rng.randint(100, 900)

    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def pick(self, items: Sequence[T], weights: Sequence[float] | None = None) -> T:
        if weights is None:
            return items[self.rng.randrange(len(items))]
        return self.rng.choices(items, weights)[0]

    def day(self, first: date, last: date) -> date:
        if last <= first:
            return first
        return first + timedelta(days=self.rng.randint(0, (last - first).days))

    def log_between(self, low: float, high: float, position: float) -> float:
        """A value between ``low`` and ``high`` on a log scale; ``position`` in [0, 1]."""
        return float(low * (high / low) ** position)

    def next_document(self) -> int:
        self.document_serial += self.rng.randint(1, 7)
        return self.document_serial

    def person(self) -> str:
        surname = self.pick(self.cat.surnames)
        given, sex = self.pick(self.cat.given_names)
        father = self.pick(self.cat.fathers)
        if sex == "f":
            if surname.endswith(("ов", "ев", "ин")):
                surname += "а"
            patronymic = father + "овна"
        else:
            patronymic = father + "ович"
        return f"{surname} {given} {patronymic}"
