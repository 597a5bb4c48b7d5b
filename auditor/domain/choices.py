"""Reference lists: a code that is stored, a label in three languages that is shown."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from auditor.domain.text import Text


@dataclass(frozen=True, slots=True)
class Choice:
    code: str
    label: Text
    group: str | None = None  # code of a grouping item, e.g. the category of a dosage form
    note: Text | None = None  # help shown beside the choice


class ChoiceList:
    """An ordered, immutable list of choices looked up by code."""

    def __init__(
        self,
        name: str,
        title: Text,
        choices: Iterable[Choice],
        *,
        unverified: bool = False,
    ) -> None:
        self.name = name
        self.title = title
        self.choices: tuple[Choice, ...] = tuple(choices)
        self.unverified = unverified  # facts still to be confirmed; the UI says so in help
        self._by_code = {c.code: c for c in self.choices}
        if len(self._by_code) != len(self.choices):
            raise ValueError(f"duplicate code in choice list {name!r}")

    def __iter__(self) -> Iterator[Choice]:
        return iter(self.choices)

    def __len__(self) -> int:
        return len(self.choices)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __getitem__(self, code: str) -> Choice:
        return self._by_code[code]

    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.choices)

    def label(self, code: str, lang: str) -> str:
        choice = self._by_code.get(code)
        return choice.label(lang) if choice else code

    def __repr__(self) -> str:
        return f"ChoiceList({self.name!r}, {len(self.choices)} choices)"
