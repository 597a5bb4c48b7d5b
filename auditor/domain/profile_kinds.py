"""Who works with the application: a field auditor or a ministry analyst.

A profile says which kind of user it is, chosen at first start. The kind decides which of the
profile's answers are asked and required (an analyst has no auditor code), and what the user
may do that the other kind may not: only a ministry analyst reopens an audit that came from
another installation. Everything that depends on the kind is derived from :data:`PROFILE_KINDS`.

Codes are stored in the database (``auditor_profile.kind``) and must never change; labels may.
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.domain.text import Text

# The answers of a profile, as ``auditor.db.profiles.ProfileAnswers`` names them.
FULL_NAME = "full_name"
AUDITOR_CODE = "auditor_code"
ORGANISATION = "organisation"
REGION_CODE = "region_code"


@dataclass(frozen=True)
class ProfileKind:
    code: str
    label: Text
    description: Text
    asks: tuple[str, ...]  # the answers this kind gives, in the order they are asked
    requires: tuple[str, ...]  # those of them that must not be empty
    reopens_imported: bool  # may reopen an audit imported from another installation


FIELD_AUDITOR = ProfileKind(
    "field_auditor",
    Text("Көшпелі аудитор", "Выездной аудитор", "Field auditor"),
    Text(
        "Өндірушілерге барып, аудитті толтырады және оған қол қояды.",
        "Выезжает к производителям, заполняет и подписывает аудиты.",
        "Visits producers, fills in audits and signs them off.",
    ),
    asks=(FULL_NAME, AUDITOR_CODE, ORGANISATION, REGION_CODE),
    requires=(FULL_NAME, AUDITOR_CODE),
    reopens_imported=False,
)
MINISTRY_ANALYST = ProfileKind(
    "ministry_analyst",
    Text("Министрлік талдаушысы", "Аналитик министерства", "Ministry analyst"),
    Text(
        "Аудиторлардың пакеттерін біріктіреді, аудиттерді қарайды; аудитор коды керек емес.",
        "Сводит пакеты аудиторов и просматривает аудиты; код аудитора не нужен.",
        "Consolidates the auditors' packages and reviews audits; no auditor code is needed.",
    ),
    asks=(FULL_NAME, ORGANISATION),
    requires=(FULL_NAME,),
    reopens_imported=True,
)

PROFILE_KINDS: dict[str, ProfileKind] = {kind.code: kind for kind in (FIELD_AUDITOR,
                                                                       MINISTRY_ANALYST)}
# A profile made before profiles had kinds belongs to a field auditor: there were no others.
DEFAULT_KIND = FIELD_AUDITOR


def profile_kind(code: str | None) -> ProfileKind:
    """The kind a stored code stands for (the default for none)."""
    return PROFILE_KINDS.get(code or "", DEFAULT_KIND)


# What is said when a required answer is missing.
MISSING_ANSWER: dict[str, Text] = {
    FULL_NAME: Text("Аты-жөніңізді енгізіңіз.", "Введите ФИО.", "Enter your full name."),
    AUDITOR_CODE: Text(
        "Аудитор кодыңызды енгізіңіз.", "Введите код аудитора.", "Enter your auditor code."
    ),
}


def missing_answers(kind: ProfileKind, answers: dict[str, str | None]) -> dict[str, Text]:
    """The required answers of ``kind`` that are empty, each with what to do about it."""
    return {
        name: MISSING_ANSWER[name]
        for name in kind.requires
        if not (answers.get(name) or "").strip()
    }


__all__ = [
    "AUDITOR_CODE",
    "DEFAULT_KIND",
    "FIELD_AUDITOR",
    "FULL_NAME",
    "MINISTRY_ANALYST",
    "MISSING_ANSWER",
    "ORGANISATION",
    "PROFILE_KINDS",
    "REGION_CODE",
    "ProfileKind",
    "missing_answers",
    "profile_kind",
]
