"""Texts in the three languages of the application."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

Lang = Literal["kk", "ru", "en"]
LANGUAGES: tuple[Lang, ...] = get_args(Lang)
DEFAULT_LANG: Lang = "ru"


@dataclass(frozen=True, slots=True)
class Text:
    """One piece of user-facing text in Kazakh, Russian and English."""

    kk: str
    ru: str
    en: str

    def __call__(self, lang: str) -> str:
        if lang == "kk":
            return self.kk
        if lang == "en":
            return self.en
        return self.ru

    def format(self, **values: object) -> Text:
        """The same text with ``{name}`` placeholders filled in every language; a value that
        is itself a :class:`Text` is filled in in the same language."""

        def filled(lang: Lang) -> str:
            return self(lang).format(
                **{k: v(lang) if isinstance(v, Text) else v for k, v in values.items()}
            )

        return Text(filled("kk"), filled("ru"), filled("en"))


def is_lang(value: str) -> bool:
    return value in LANGUAGES
