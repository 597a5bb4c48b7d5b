"""Workforce, development plans, investments, partnerships, barriers and support requested."""

from __future__ import annotations

from auditor.db.models import (
    Audit,
    Barrier,
    InvestmentProject,
    Partnership,
    ProductionLine,
    SupportRequest,
)
from auditor.demo.draws import Draws
from auditor.demo.plans import Plan


def workforce(draw: Draws, plan: Plan, audit: Audit) -> None:
    rng = draw.rng
    low, high = {"small": (25, 160), "medium": (150, 600), "large": (500, 2200)}[plan.size]
    staff = rng.randint(low, high)
    audit.staff_total = staff
    audit.staff_qa_qc = max(2, round(staff * rng.uniform(0.07, 0.2)))
    # A medicine plant cannot release batches without a qualified person.
    audit.qualified_persons = rng.randint(1, 2 if plan.size == "small" else 5)
    if plan.devices:
        audit.qualified_persons = rng.randint(0, 1)
    audit.vacancies = round(staff * rng.uniform(0.0, 0.08))
    audit.rd_staff = round(staff * rng.uniform(0.0, 0.06))
    audit.rd_budget_kzt = int(round((audit.revenue_kzt or 0) * rng.uniform(0.0, 0.04), -5))
    audit.clinical_trials = draw.pick((0, 0, 0, 1, 2)) if plan.size != "small" else 0


def development(draw: Draws, plan: Plan, audit: Audit, lines: list[ProductionLine]) -> None:
    rng = draw.rng
    made = {line.dosage_form for line in lines}
    if plan.devices:
        pool = [f.dosage_form for f in draw.cat.forms.values() if f.device]
    else:
        pool = [f.dosage_form for k, f in draw.cat.forms.items() if not f.device and k != "api"]
    planned = sorted({f for f in rng.sample(pool, min(3, len(pool))) if f not in made})
    audit.planned_dosage_forms = planned[: rng.randint(0, 2)]

    notes = []
    if plan.public is not None:
        notes.append(plan.public.facts)
        for project in plan.public.investments:
            investment(draw, plan, audit, project.project_type, project.status,
                       project.start_year, project.finish_year, project.name,
                       project.form, project.added_capacity)
        if plan.public.parent:
            partnership(draw, audit, plan.public.parent, plan.foreign_country or "XX",
                        "technology_transfer", "active", plan.public.founded[0] + 2,
                        "Трансфер технологий и систем качества группы.")
    else:
        count = {"small": draw.pick((0, 0, 1, 1, 2)), "medium": rng.randint(1, 2),
                 "large": rng.randint(1, 3)}[plan.size]
        for _ in range(count):
            invented_investment(draw, plan, audit, lines)
    if audit.planned_dosage_forms:
        notes.append("Планируется освоение новых лекарственных форм.")

    partner_chance = {"small": 0.08, "medium": 0.35, "large": 0.7}[plan.size]
    if plan.public is None and not plan.devices and rng.random() < partner_chance:
        name, country, what = draw.pick(draw.cat.global_partners)
        kind = draw.pick(("localization", "technology_transfer", "contract_manufacturing",
                          "licensing"), (45, 25, 20, 10))
        status = draw.pick(("negotiation", "agreement_signed", "active"), (30, 35, 35))
        partnership(draw, audit, name, country, kind, status, rng.randint(2021, 2026),
                    f"Локализация производства {what} компании {name}.")
    if rng.random() < (0.3 if plan.size == "small" else 0.7):
        name, kind = draw.pick(draw.cat.universities)
        partnership(draw, audit, name, "KZ", kind, draw.pick(("active", "agreement_signed")),
                    rng.randint(2015, 2025),
                    "Практика студентов, совместные исследования, подготовка кадров.")
    audit.development_notes = " ".join(notes) or None


def invented_investment(
    draw: Draws, plan: Plan, audit: Audit, lines: list[ProductionLine]
) -> None:
    rng = draw.rng
    kinds = ["expansion", "modernization", "new_dosage_form", "gmp_upgrade", "new_plant",
             "rd_centre", "api_production"]
    kind = draw.pick(kinds, (26, 24, 16, 16, 9, 6, 3))
    if plan.gmp == "valid" and kind == "gmp_upgrade":
        kind = "modernization"
    status = draw.pick(("planned", "in_progress", "completed", "suspended"), (35, 35, 22, 8))
    if status == "completed":
        start = rng.randint(2017, 2023)
        finish = min(start + rng.randint(1, 3), 2025)
    elif status == "in_progress":
        start = rng.randint(2022, 2025)
        finish = rng.randint(max(start + 1, 2026), 2029)
    elif status == "planned":
        start = rng.randint(2026, 2027)
        finish = start + rng.randint(1, 3)
    else:
        start = rng.randint(2019, 2024)
        finish = start + rng.randint(2, 4)
    form_key = draw.pick([k for k, f in draw.cat.forms.items() if f.device == plan.devices
                          and k != "api"])
    spec = draw.cat.forms[form_key]
    names = {
        "expansion": f"Расширение производства: {spec.line_name.lower()}",
        "modernization": "Модернизация оборудования производственных линий",
        "new_dosage_form": f"Освоение новой формы: {spec.line_name.lower()}",
        "gmp_upgrade": "Приведение производства в соответствие с правилами GMP ЕАЭС",
        "new_plant": f"Строительство нового завода, г. {draw.cat.places[plan.region].city_ru}",
        "rd_centre": "Лаборатория разработки и исследований биоэквивалентности",
        "api_production": "Организация производства фармацевтических субстанций",
    }
    capacity: float | None = None
    if kind in ("expansion", "new_dosage_form", "new_plant"):
        capacity = float(f"{draw.log_between(*spec.capacity, rng.random()):.2g}")
    investment(draw, plan, audit, kind, status, start, finish, names[kind],
               form_key if capacity else None, capacity)


def investment(
    draw: Draws, plan: Plan,
    audit: Audit,
    kind: str,
    status: str,
    start: int,
    finish: int,
    name: str,
    form: str | None,
    capacity: float | None,
) -> None:
    rng = draw.rng
    low, high = {"small": (2e8, 3e9), "medium": (1e9, 1e10), "large": (3e9, 4e10)}[plan.size]
    capex = draw.log_between(low, high, rng.random())
    new_products = rng.randint(0, 40) if kind != "gmp_upgrade" else 0
    partner = None
    if plan.public is not None:
        # No invented partners for real producers: only the group they belong to.
        partner = plan.public.parent
    elif plan.foreign_country and rng.random() < 0.5:
        partner = "Материнская компания"
    elif rng.random() < 0.2:
        partner = draw.pick(draw.cat.global_partners)[0]
    funding = draw.pick(("own_funds", "bank_loan", "state_development_institution",
                         "state_programme", "foreign_investor", "mixed"),
                        (30, 20, 18, 7, 10 if plan.foreign_country else 1, 15))
    InvestmentProject(
        id=draw.uid(),
        audit=audit,
        name=name,
        project_type=kind,
        status=status,
        capex_kzt=int(round(capex, -6)),
        funding_source=funding,
        start_year=start,
        finish_year=finish,
        added_capacity=capacity,
        capacity_unit=draw.cat.forms[form].unit if form and capacity else None,
        new_products=new_products,
        socially_significant_products=rng.randint(0, new_products),
        jobs_created=rng.randint(10, 400),
        partner=partner,
        technology_transfer=partner is not None and rng.random() < 0.6,
        special_economic_zone=plan.sez,
    )


def partnership(
    draw: Draws, audit: Audit,
    name: str,
    country: str,
    kind: str,
    status: str,
    start: int,
    description: str,
) -> None:
    Partnership(
        id=draw.uid(),
        audit=audit,
        partner_name=name,
        partner_country=country,
        partnership_type=kind,
        status=status,
        start_year=start,
        description=description,
    )


def barriers_and_support(draw: Draws, plan: Plan, audit: Audit) -> None:
    rng = draw.rng
    for code in draw.rng.sample(list(draw.cat.barrier_texts), rng.randint(1, 4)):
        Barrier(
            id=draw.uid(),
            audit=audit,
            barrier_code=code,
            severity=draw.pick(("low", "medium", "high"), (20, 45, 35)),
            description=draw.cat.barrier_texts[code],
        )
    for code in draw.rng.sample(list(draw.cat.support_texts), draw.pick((0, 1, 1, 2, 3))):
        SupportRequest(
            id=draw.uid(),
            audit=audit,
            measure_code=code,
            status=draw.pick(("requested", "received", "refused", "planned"),
                             (40, 25, 10, 25)),
            amount_kzt=int(round(draw.log_between(5e7, 5e9, rng.random()), -6))
            if code in draw.cat.financial_measures else None,
            description=draw.cat.support_texts[code],
        )
