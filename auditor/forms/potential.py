"""The development potential index: a 0–100 score with its breakdown shown.

Each criterion gives a share from 0 to 1 of its weight; the index is the sum of the points. A
criterion without the answers it needs scores 0 and says "no data", so missing answers never
raise a producer's score. The weights and thresholds live here and nowhere else; what they mean
is explained in ``docs/potential-index.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from auditor.db.models import Audit
from auditor.domain.lists import CHOICE_LISTS
from auditor.domain.numbers import count_text, number_text, percent_text
from auditor.domain.text import Text

# criterion -> weight (points out of 100)
WEIGHTS: dict[str, int] = {
    "gmp": 25,
    "investment": 20,
    "capacity_headroom": 15,
    "localization": 15,
    "export": 10,
    "rd": 10,
    "workforce": 5,
}
assert sum(WEIGHTS.values()) == 100

GMP_STATUS_SHARE = {
    "valid": 1.0,
    "in_transition": 0.5,
    "expired": 0.2,
    "not_certified": 0.0,
    "non_compliant": 0.0,
}
OPEN_DEFICIENCY_PENALTY = {"critical": 0.5, "major": 0.1}  # per open deficiency
HEADROOM_FULL_AT = 0.5  # utilization at or below which all of the headroom share is given
INVESTMENT_FULL_AT = 0.5  # active capex / annual revenue
INVESTMENT_PROJECTS_FULL_AT = 2  # when revenue is unknown
LOCALIZATION_DEPTH = {
    "secondary_packaging": 0.25,
    "primary_packaging_fill_finish": 0.5,
    "fdf_from_imported_api": 0.75,
    "full_cycle": 1.0,
}
EXPORT_SHARE_FULL_AT = 0.20
EXPORT_COUNTRIES_FULL_AT = 5
RD_BUDGET_FULL_AT = 0.03  # of revenue
RD_STAFF_FULL_AT = 0.05  # of headcount
CLINICAL_TRIALS_FULL_AT = 2
QA_QC_FULL_AT = 0.10  # of headcount
VACANCIES_ZERO_AT = 0.10  # of headcount


@dataclass(frozen=True)
class Criterion:
    key: str
    label: Text
    weight: int
    share: float  # 0..1
    has_data: bool
    explanation: Text
    applicable: bool = True

    @property
    def points(self) -> float:
        return round(self.weight * self.share, 1)


@dataclass(frozen=True)
class PotentialIndex:
    criteria: tuple[Criterion, ...]

    @property
    def score(self) -> float:
        """Points over the weights that apply, on a 0–100 scale.

        A criterion that cannot apply (localization stages for a maker of devices only) is left
        out rather than scored 0, so such producers are not ranked down for what they don't do.
        """
        applicable = [c for c in self.criteria if c.applicable]
        weights = sum(c.weight for c in applicable)
        if not weights:
            return 0.0
        return round(100 * sum(c.weight * c.share for c in applicable) / weights, 1)


def _clamp(value: float) -> float:
    return max(0.0, min(1.0, value))


NO_DATA = Text("Деректер жоқ", "Нет данных", "No data")


def _gmp(audit: Audit) -> tuple[float, bool, Text]:
    if audit.gmp_status not in GMP_STATUS_SHARE:
        return 0.0, False, NO_DATA
    share = GMP_STATUS_SHARE[audit.gmp_status]
    open_count = {"critical": 0, "major": 0}
    for deficiency in audit.deficiencies:
        if deficiency.capa_status != "closed" and deficiency.deficiency_class in open_count:
            open_count[deficiency.deficiency_class] += 1
    penalty = sum(OPEN_DEFICIENCY_PENALTY[k] * n for k, n in open_count.items())
    critical, major = open_count["critical"], open_count["major"]
    status = CHOICE_LISTS["gmp_statuses"][audit.gmp_status].label
    return (
        _clamp(share - penalty),
        True,
        Text(
            f"{status.kk}; ашық сыни: {critical}, елеулі: {major}",
            f"{status.ru}; открытых критических: {critical}, существенных: {major}",
            f"{status.en}; open critical: {critical}, major: {major}",
        ),
    )


def _headroom(audit: Audit) -> tuple[float, bool, Text]:
    # Lines are counted in different units, so each line's utilization counts once.
    shares = [
        share for line in audit.production_lines if (share := line.utilization) is not None
    ]
    if not shares:
        return 0.0, False, NO_DATA
    utilization = sum(shares) / len(shares)
    share = _clamp((1.0 - utilization) / (1.0 - HEADROOM_FULL_AT))
    lines = count_text(len(shares), kk="{n} желі", ru=("{n} линия", "{n} линии", "{n} линий"),
                       en=("{n} line", "{n} lines"))
    return (
        share,
        True,
        Text(
            "Орташа жүктеме {percent} ({lines})",
            "Средняя загрузка {percent} ({lines})",
            "Average utilization {percent} ({lines})",
        ).format(percent=percent_text(round(100 * utilization)), lines=lines),
    )


def _investment(audit: Audit) -> tuple[float, bool, Text]:
    active = [p for p in audit.investments if p.status in ("planned", "in_progress")]
    capex = sum(p.capex_kzt or 0 for p in active)
    count = len(active)
    if audit.revenue_kzt:
        share = _clamp(capex / audit.revenue_kzt / INVESTMENT_FULL_AT)
    else:
        share = _clamp(count / INVESTMENT_PROJECTS_FULL_AT)
    billions = number_text(capex / 1e9, decimals=1)
    return (
        share,
        True,
        Text(
            f"Белсенді жобалар: {count}, инвестиция {{billions}} млрд теңге",
            f"Активных проектов: {count}, инвестиции {{billions}} млрд тенге",
            f"Active projects: {count}, capex KZT {{billions}} bn",
        ).format(billions=billions),
    )


NOT_APPLICABLE = Text(
    "Медициналық бұйымдар өндірушісіне қолданылмайды",
    "Не применяется к производителю медицинских изделий",
    "Does not apply to a maker of medical devices",
)


def _localization(audit: Audit) -> tuple[float, bool, Text]:
    if audit.producer_type == "medical_devices":
        return 0.0, False, NOT_APPLICABLE
    depths = [
        LOCALIZATION_DEPTH[p.localization_stage]
        for p in audit.products
        if p.localization_stage in LOCALIZATION_DEPTH
    ]
    if not depths:
        return 0.0, False, NO_DATA
    full = sum(1 for d in depths if d == 1.0)
    return (
        sum(depths) / len(depths),
        True,
        Text(
            f"{{products}}, оның {full} толық циклде",
            f"{{products}}, из них {full} полного цикла",
            f"{{products}}, {full} of them full cycle",
        ).format(products=count_text(
            len(depths), kk="{n} препарат",
            ru=("{n} препарат", "{n} препарата", "{n} препаратов"),
            en=("{n} product", "{n} products"))),
    )


def _export(audit: Audit) -> tuple[float, bool, Text]:
    if audit.export_revenue_kzt is None or not audit.revenue_kzt:
        return 0.0, False, NO_DATA
    export_share = audit.export_revenue_kzt / audit.revenue_kzt
    countries = len(audit.export_countries or [])
    share = 0.7 * _clamp(export_share / EXPORT_SHARE_FULL_AT) + 0.3 * _clamp(
        countries / EXPORT_COUNTRIES_FULL_AT
    )
    percent = percent_text(100 * export_share, decimals=1)
    return (
        share,
        True,
        Text(
            "Экспорт түсімнің {percent}, {countries}",
            "Экспорт {percent} выручки, {countries}",
            "Export {percent} of revenue, {countries}",
        ).format(percent=percent, countries=count_text(
            countries, kk="{n} ел", ru=("{n} страна", "{n} страны", "{n} стран"),
            en=("{n} country", "{n} countries"))),
    )


def _rd(audit: Audit) -> tuple[float, bool, Text]:
    if audit.rd_budget_kzt is None and audit.rd_staff is None and audit.clinical_trials is None:
        return 0.0, False, NO_DATA
    budget = (
        _clamp((audit.rd_budget_kzt or 0) / audit.revenue_kzt / RD_BUDGET_FULL_AT)
        if audit.revenue_kzt
        else 0.0
    )
    staff = (
        _clamp((audit.rd_staff or 0) / audit.staff_total / RD_STAFF_FULL_AT)
        if audit.staff_total
        else 0.0
    )
    trials = _clamp((audit.clinical_trials or 0) / CLINICAL_TRIALS_FULL_AT)
    people, studies = audit.rd_staff or 0, audit.clinical_trials or 0
    return (
        0.5 * budget + 0.3 * staff + 0.2 * trials,
        True,
        Text(
            f"ҒЗТКЖ қызметкерлері: {people}, клиникалық зерттеулер: {studies}",
            f"Персонал НИОКР: {people}, клинических исследований: {studies}",
            f"R&D staff: {people}, clinical trials: {studies}",
        ),
    )


def _workforce(audit: Audit) -> tuple[float, bool, Text]:
    if not audit.staff_total:
        return 0.0, False, NO_DATA
    quality = _clamp((audit.staff_qa_qc or 0) / audit.staff_total / QA_QC_FULL_AT)
    vacancies = _clamp((audit.vacancies or 0) / audit.staff_total / VACANCIES_ZERO_AT)
    total, qa = audit.staff_total, audit.staff_qa_qc or 0
    return (
        0.6 * quality + 0.4 * (1.0 - vacancies),
        True,
        Text(
            "Барлығы {total}, оның QA/QC {qa}",
            "Всего {total}, из них QA/QC {qa}",
            "Total {total}, QA/QC {qa}",
        ).format(total=number_text(total), qa=number_text(qa)),
    )


LABELS: dict[str, Text] = {
    "gmp": Text("GMP мәртебесі", "Статус GMP", "GMP status"),
    "investment": Text("Инвестициялық жобалар", "Инвестиционные проекты", "Investment pipeline"),
    "capacity_headroom": Text("Қуат қоры", "Резерв мощности", "Capacity headroom"),
    "localization": Text("Оқшаулау тереңдігі", "Глубина локализации", "Localization depth"),
    "export": Text("Экспорт", "Экспорт", "Export"),
    "rd": Text("ҒЗТКЖ", "НИОКР", "R&D"),
    "workforce": Text("Қызметкерлер", "Персонал", "Workforce"),
}

_MEASURES: dict[str, Callable[[Audit], tuple[float, bool, Text]]] = {
    "gmp": _gmp,
    "investment": _investment,
    "capacity_headroom": _headroom,
    "localization": _localization,
    "export": _export,
    "rd": _rd,
    "workforce": _workforce,
}


def development_potential(audit: Audit) -> PotentialIndex:
    criteria = []
    for key, weight in WEIGHTS.items():
        share, has_data, explanation = _MEASURES[key](audit)
        applicable = explanation is not NOT_APPLICABLE
        criteria.append(
            Criterion(key, LABELS[key], weight, share, has_data, explanation, applicable)
        )
    return PotentialIndex(tuple(criteria))
