"""Sites and production lines of an audit: where the producer makes what, and how much."""

from __future__ import annotations

from auditor.db.models import Audit, ProductionLine, Site
from auditor.demo.draws import Draws
from auditor.demo.plans import Plan, address

# A few kilometres around the regional centre: close enough to stay inside the country even
# for centres near a border (Petropavl, Oral, Shymkent, Almaty).
JITTER_DEGREES = 0.08


def producer_type(draw: Draws, plan: Plan) -> str:
    forms = {form for site in plan.sites for form, *_ in site.lines}
    if plan.devices:
        return "medical_devices"
    if "api" in forms:
        return "api"
    if any(draw.cat.forms[f].device for f in forms):
        return "medicines_and_devices"
    return "medicines"


def size_position(draw: Draws, size: str) -> float:
    u = draw.rng.random()
    return {"small": u * 0.55, "medium": 0.3 + u * 0.5, "large": 0.6 + u * 0.4}[size]


def draw_utilization(draw: Draws) -> float:
    rng = draw.rng
    band = rng.random()
    if band < 0.86:
        return rng.uniform(0.40, 0.95)
    if band < 0.95:
        return rng.uniform(0.12, 0.40)  # new lines still ramping up, lost contracts
    if band < 0.98:
        return rng.uniform(0.95, 1.0)
    return rng.uniform(1.0, 1.08)  # overtime beyond the design shift pattern


def sites_and_lines(
    draw: Draws, plan: Plan, audit: Audit
) -> tuple[list[Site], list[ProductionLine]]:
    rng = draw.rng
    sites: list[Site] = []
    lines: list[ProductionLine] = []
    line_numbers: dict[str, int] = {}
    for site_plan in plan.sites:
        place = draw.cat.places[site_plan.region]
        site_forms = [form for form, *_ in site_plan.lines]
        activities = sorted({draw.cat.forms[f].activity for f in site_forms})
        activities += ["primary_packaging", "secondary_packaging", "qc_testing"]
        if not plan.devices:
            activities.append("batch_certification")
        if any(draw.cat.forms[f].device and f != "dev1" for f in site_forms):
            activities.append("sterilisation")
        if rng.random() < 0.6:
            activities.append("storage_distribution")
        if plan.ownership in ("foreign", "mixed") and rng.random() < 0.4:
            activities.append("importing")
        site = Site(
            id=draw.uid(),
            audit=audit,
            name=site_plan.name,
            region_code=site_plan.region,
            address=address(draw, site_plan.region),
            kato=f"{site_plan.region}0000000",
            latitude=round(place.latitude + rng.uniform(-JITTER_DEGREES, JITTER_DEGREES),
                           5),
            longitude=round(place.longitude + rng.uniform(-JITTER_DEGREES, JITTER_DEGREES),
                            5),
            activities=activities,
        )
        sites.append(site)
        for form, design, commissioned, name in site_plan.lines:
            spec = draw.cat.forms[form]
            number = line_numbers[form] = line_numbers.get(form, 0) + 1
            if design is None:
                raw = draw.log_between(*spec.capacity, size_position(draw, plan.size))
                design = float(f"{raw:.2g}")  # capacities are quoted in round figures
            utilization = draw_utilization(draw)
            if commissioned is None:
                commissioned = rng.randint(1998, 2025)
            if commissioned >= 2025:
                utilization = min(utilization, rng.uniform(0.15, 0.5))
            actual = round(design * utilization)
            shifts = draw_shifts(draw, utilization)
            line = ProductionLine(
                id=draw.uid(),
                site=site,
                audit=audit,
                name=name or f"{spec.line_name} №{number}",
                dosage_form=spec.dosage_form,
                unit=spec.unit,
                design_capacity=design,
                actual_output=float(actual),
                output_value_kzt=round(actual * rng.uniform(*spec.price)),
                shifts_per_day=shifts,
                hours_per_shift=12.0 if shifts == 2 and rng.random() < 0.3 else 8.0,
                working_days=rng.randint(300, 345) if shifts == 3 else rng.randint(220, 252),
                commissioned_year=commissioned,
            )
            lines.append(line)
    return sites, lines


def draw_shifts(draw: Draws, utilization: float) -> int:
    # The shift pattern explains the utilization: a line that runs one shift is rarely full.
    if utilization < 0.45:
        return draw.pick((1, 1, 1, 2))
    if utilization < 0.8:
        return draw.pick((1, 2, 2, 2, 3))
    return draw.pick((2, 3, 3))
