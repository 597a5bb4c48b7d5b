"""GMP of an audit: inspections with their deficiencies and CAPA, certificates and statements.
Public producers hold valid certificates and have no critical deficiencies."""

from __future__ import annotations

from datetime import date, timedelta

from auditor.db.models import Audit, Deficiency, GmpCertificate, Inspection, Site
from auditor.demo.draws import Draws
from auditor.demo.plans import Plan


def gmp_records(
    draw: Draws, plan: Plan, audit: Audit, sites: list[Site], visit: date
) -> list[GmpCertificate]:
    certificates: list[GmpCertificate] = []
    if plan.public is not None and plan.public.brand == "КФК":
        # Public fact: the complex was inspected for GMP in 2017, before the EAEU rules
        # were applied in full, hence against national rules.
        record_inspection(draw, plan, audit, sites[0], date(2017, 10, 9), "routine", "national",
                          "compliant", past=True, visit=visit)
    for site in sites:
        # A medicines certificate does not cover the devices made beside the medicines.
        site_forms = sorted({line.dosage_form for line in site.production_lines
                             if line.dosage_form
                             and line.dosage_form.startswith("device_") == plan.devices})
        certificates.extend(site_gmp(draw, plan, audit, site, site_forms, visit))
    return certificates


def site_gmp(
    draw: Draws, plan: Plan, audit: Audit, site: Site, scope: list[str], visit: date
) -> list[GmpCertificate]:
    rng = draw.rng
    standard = "iso13485" if plan.devices else "eaeu"
    status = plan.gmp
    certificates: list[GmpCertificate] = []
    if status == "valid":
        inspected = draw.day(visit - timedelta(days=900), visit - timedelta(days=90))
        if rng.random() < 0.4:
            # An earlier inspection, long closed: history the auditor also records.
            record_inspection(draw, plan, audit, site, inspected - timedelta(days=rng.randint(
                1000, 1200)), "routine", standard, "compliant", past=True, visit=visit)
        conclusion = "compliant" if plan.public or rng.random() < 0.7 else (
            "compliant_pending_capa")
        kind = "pre_licence" if rng.random() < 0.25 else "routine"
        if plan.devices and rng.random() < 0.5:
            end = inspected  # certification audits of device makers: no GMP inspection
        else:
            end = record_inspection(draw, plan, audit, site, inspected, kind, standard, conclusion,
                                    past=False, visit=visit)
        certificates.append(record_certificate(draw, plan, audit, site, scope, standard, end,
                                               visit, expired=False))
        foreign = draw.cat.foreign_inspectorates.get(plan.foreign_country or "")
        if foreign and not plan.devices and plan.public is None and rng.random() < 0.5:
            std, inspectorate = foreign
            end = record_inspection(draw, plan, audit, site, draw.day(
                visit - timedelta(days=700), visit - timedelta(days=60)), "routine", std,
                "compliant", past=False, visit=visit, inspectorate=inspectorate)
            certificates.append(record_certificate(draw, plan, audit, site, scope, std, end, visit,
                                                   expired=False, authority=inspectorate))
    elif status == "expired":
        # The last certificate ran out before the visit year and nobody re-inspected.
        inspected = draw.day(date(2020, 9, 1), date(2022, 6, 30))
        end = record_inspection(draw, plan, audit, site, inspected, "routine", standard,
                                "compliant", past=True, visit=visit)
        certificates.append(record_certificate(draw, plan, audit, site, scope, standard, end, visit,
                                               expired=True))
    elif status == "in_transition":
        if rng.random() < 0.6:
            inspected = draw.day(visit - timedelta(days=200), visit - timedelta(days=20))
            record_inspection(draw, plan, audit, site, inspected, "pre_licence", standard,
                              "compliant_pending_capa", past=False, visit=visit)
    elif status == "non_compliant":
        inspected = draw.day(visit - timedelta(days=400), visit - timedelta(days=30))
        end = record_inspection(draw, plan, audit, site, inspected,
                                draw.pick(("routine", "for_cause")), standard, "non_compliant",
                                past=False, visit=visit)
        statement = record_certificate(draw, plan, audit, site, scope, standard, end, visit,
                                       expired=False)
        statement.doc_type = "non_compliance_statement"
        statement.number = statement.number.replace("GMP/", "NC/")
        statement.valid_until = None
        statement.remarks = "Производство приостановлено до устранения критических замечаний."
        certificates.append(statement)
    return certificates


def record_certificate(
    draw: Draws, plan: Plan,
    audit: Audit,
    site: Site,
    scope: list[str],
    standard: str,
    inspected: date,
    visit: date,
    *,
    expired: bool,
    authority: str | None = None,
) -> GmpCertificate:
    # Issued some weeks after the inspection, but never after the auditor saw it.
    issued = min(inspected + timedelta(days=draw.rng.randint(14, 75)),
                 visit - timedelta(days=1))
    valid_until: date | None = None  # EU GMP certificates carry no expiry date
    if standard != "eu":
        # Three years, as WHO model certificates allow at most (EAEU term unverified).
        valid_until = issued + timedelta(days=3 * 365 - 1)
    if plan.devices:
        number = f"ISO13485-{issued.year}-{draw.next_document():05d}"
        authority = authority or draw.pick(draw.cat.iso_bodies)
    elif standard == "eaeu":
        number = f"GMP/EAEU/KZ/{draw.next_document():05d}-{issued.year}"
        authority = authority or draw.cat.expertise_centre
    else:
        number = f"GMP/{standard.upper()}/{draw.next_document():05d}/{issued.year}"
    return GmpCertificate(
        id=draw.uid(),
        audit=audit,
        site=site,
        number=number,
        doc_type="certificate",
        standard=standard,
        issuing_authority=authority,
        inspection_date=inspected,
        issued_on=issued,
        valid_until=valid_until,
        scope_dosage_forms=scope,
        remarks="Срок действия истёк, повторная инспекция не проводилась." if expired else None,
    )


def record_inspection(
    draw: Draws, plan: Plan,
    audit: Audit,
    site: Site,
    start: date,
    kind: str,
    standard: str,
    conclusion: str,
    *,
    past: bool,
    visit: date,
    inspectorate: str | None = None,
) -> date:
    """Record an inspection with its deficiencies; returns the day it ended."""
    rng = draw.rng
    end = start + timedelta(days=rng.randint(2, 5))
    areas = sorted(draw.rng.sample(list(draw.cat.deficiency_texts), rng.randint(4, 9)))
    inspection = Inspection(
        id=draw.uid(),
        audit=audit,
        site=site,
        inspection_type=kind,
        standard=standard,
        inspectorate=inspectorate or (draw.pick(draw.cat.iso_bodies)
                                      if standard == "iso13485" else draw.cat.inspectorate),
        date_start=start,
        date_end=end,
        conclusion=conclusion,
        areas=areas,
        remarks=None,
    )
    if conclusion == "non_compliant":
        classes = ["critical"] * rng.randint(1, 2) + ["major"] * rng.randint(2, 4)
        classes += ["other"] * rng.randint(2, 6)
    elif conclusion == "compliant_pending_capa":
        classes = ["major"] * rng.randint(1, 3) + ["other"] * rng.randint(2, 7)
    else:
        major = rng.randint(0, 1) if plan.public is None else 0
        classes = ["major"] * major + ["other"] * rng.randint(0, 5)
    age = (visit - end).days
    for deficiency_class in classes:
        area = draw.pick(areas)
        if deficiency_class == "critical":
            text = draw.pick(draw.cat.critical_texts)
        else:
            text = draw.pick(draw.cat.deficiency_texts[area])
        due = end + timedelta(days=rng.randint(30, 150))
        capa = capa_status(draw, age, past)
        closed_on = None
        if capa == "closed":
            closed_on = min(end + timedelta(days=rng.randint(10, 160)),
                            visit - timedelta(days=1))
        Deficiency(
            id=draw.uid(),
            audit=audit,
            inspection=inspection,
            deficiency_class=deficiency_class,
            area=area,
            description=text,
            capa_status=capa,
            capa_due=due,
            capa_closed_on=closed_on,
        )
    return end


def capa_status(draw: Draws, age_days: int, past: bool) -> str:
    if past or age_days > 540:
        return draw.pick(("closed", "in_progress"), (95, 5))
    if age_days > 180:
        return draw.pick(("closed", "in_progress", "open"), (70, 22, 8))
    return draw.pick(("closed", "in_progress", "open"), (30, 40, 30))
