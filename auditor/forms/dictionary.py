"""The data dictionary: every field with its key, labels, type, unit and allowed values.

It is generated from the form definition and goes into every exported workbook, so a reader of
a workbook knows what each column means without the application.
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.domain.text import LANGUAGES
from auditor.forms.fields import Field, Form


@dataclass(frozen=True)
class DictionaryEntry:
    key: str
    section: str
    repeat: str | None
    type: str
    required: str  # "yes", "no" or the condition
    relevant: str  # "" or the condition
    labels: dict[str, str]
    hints: dict[str, str]
    units: dict[str, str]
    allowed: dict[str, str]  # per language: "code = label; ..." or the rule for numbers
    calculation: str


def _allowed(field: Field, lang: str) -> str:
    choices = field.choice_list
    if choices is not None:
        return "; ".join(f"{c.code} = {c.label(lang)}" for c in choices)
    return "; ".join(c.expression for c in field.constraints)


def _required(required: bool | str) -> str:
    if isinstance(required, str):
        return required
    return "yes" if required else "no"


def data_dictionary(form: Form) -> list[DictionaryEntry]:
    entries = []
    for section in form.sections:
        for field in section.all_fields():
            required = field.required
            entries.append(
                DictionaryEntry(
                    key=field.key,
                    section=section.key,
                    repeat=field.repeat.name if field.repeat else None,
                    type=str(field.type),
                    required=_required(required),
                    relevant=field.relevant or "",
                    labels={lang: field.label(lang) for lang in LANGUAGES},
                    hints={lang: field.hint(lang) for lang in LANGUAGES},
                    units={lang: field.unit(lang) if field.unit else "" for lang in LANGUAGES},
                    allowed={lang: _allowed(field, lang) for lang in LANGUAGES},
                    calculation=field.calculate or "",
                )
            )
    return entries
