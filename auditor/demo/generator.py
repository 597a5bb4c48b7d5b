"""Demo data: plausible audits of producers in Kazakhstan, for tests, screenshots and benchmarks.

The public producers of the domain notes come first, with their public facts (places, dosage
forms, capacities, special economic zones); invented producers follow. Everything else about a
public producer (inspections, staff, money) is invented as well, but never to its discredit: public
producers hold valid GMP certificates and have no critical deficiencies.

Everything is drawn from one ``random.Random(seed)``, record ids included, so one seed always
gives the same content; only timestamps differ between runs. Company ``i`` depends only on the
companies before it, so a larger demo begins with the same companies as a smaller one.

Codes stored are codes of the reference lists in :mod:`auditor.domain.lists`.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from auditor.db.audits import add_attachment, finalize_audit
from auditor.db.database import Database
from auditor.db.models import (
    Audit,
    AuditorProfile,
    Barrier,
    Company,
    Deficiency,
    GmpCertificate,
    Inspection,
    InvestmentProject,
    Partnership,
    Product,
    ProductionLine,
    Site,
    SupplyContract,
    SupportRequest,
)
from auditor.demo.catalogue import Candidate, Catalogue, PublicProducer, load_catalogue
from auditor.domain.bin import make_bin

__all__ = ["DemoSummary", "build_demo"]

DEMO_ACTOR = "demo"
# One transaction per batch: few enough commits (each one is an fsync) to be fast, small enough
# that a failure loses little and progress moves visibly.
BATCH_SIZE = 25
VISIT_YEAR = 2026

# A few kilometres around the regional centre: close enough to stay inside the country even
# for centres near a border (Petropavl, Oral, Shymkent, Almaty).
JITTER_DEGREES = 0.08

T = TypeVar("T")


@dataclass
class DemoSummary:
    companies: int
    audits: int
    products: int
    production_lines: int
    seconds: float
    skipped: int = 0  # companies left out because their BIN was already in the database


def _trade_name(candidate: Candidate, round_: int, brand: str, endings: Sequence[str]) -> str:
    """Later registrations of one INN in one form and strength carry other trade names, as real
    portfolios do (a generic name, branded generics); it lets one audit hold hundreds of
    products."""
    name = candidate.base_name
    if round_ == 0:
        return name
    if candidate.device is not None:
        return f"{name} {brand}-{round_:02d}"  # a model designation
    if round_ == 1:
        return f"{name}-{brand}"
    root = name.split()[0][:5].rstrip("аеиоуыэюяй")
    ending = endings[(round_ - 2) % len(endings)]
    cycle = (round_ - 2) // len(endings)
    return f"{root}{ending}" + (f" {cycle + 1}" if cycle else "")


# --- the generator ------------------------------------------------------------------------------


@dataclass
class _SitePlan:
    region: str
    name: str
    # form key, design capacity, year commissioned, line name; None: drawn when built
    lines: list[tuple[str, float | None, int | None, str | None]]


@dataclass
class _Plan:
    """What one producer is, decided before its records are built."""

    name: str
    name_kk: str
    legal_form: str
    brand: str
    bin: str
    region: str
    devices: bool
    sites: list[_SitePlan]
    products: int
    size: str  # small, medium, large
    ownership: str
    foreign_country: str | None
    cluster: str
    sez: str | None
    gmp: str  # code in gmp_statuses
    public: PublicProducer | None


@dataclass
class _Counts:
    companies: int = 0
    products: int = 0
    production_lines: int = 0


class _DemoGenerator:
    """Draws one company after another from a single random stream."""

    def __init__(self, rng: random.Random, catalogue: Catalogue) -> None:
        self.rng = rng
        self.cat = catalogue
        self.registration_serial = rng.randint(10_000, 20_000)
        self.document_serial = rng.randint(100, 900)

    # small helpers -------------------------------------------------------------------------

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

    # auditors ------------------------------------------------------------------------------

    def auditors(self) -> list[AuditorProfile]:
        regions = ("75", "71", "79", "35", "19", "55")
        profiles = []
        for number, region in enumerate(regions, start=1):
            profiles.append(
                AuditorProfile(
                    id=self.uid(),
                    full_name=self.person(),
                    auditor_code=f"AUD-{number:03d}",
                    organisation=self.cat.auditor_organisations[number % 2],
                    region_code=region,
                    language="kk" if number % 3 == 0 else "ru",
                    # A laptop of the demo's own: the demo stands for audits from the field.
                    installation_id=self.uid(),
                )
            )
        return profiles

    # companies -----------------------------------------------------------------------------

    def company_bin(self, index: int, year: int, month: int, *, fixed: bool = False) -> str:
        # Each company owns a block of eleven serials, so BINs are unique without looking back;
        # the check digit is unusable for about one serial in 121, then the next one is taken.
        # A public producer keeps one BIN whatever the seed: it is the same company.
        first = 1000 + index * 11 + (0 if fixed else self.rng.randint(0, 4))
        for offset in range(11):
            try:
                return make_bin(year, month, (first + offset) % 100_000)
            except ValueError:
                continue
        raise RuntimeError(f"no usable BIN serial for company {index}")  # pragma: no cover

    def company(self, index: int, auditors: Sequence[AuditorProfile]) -> Company:
        if index < len(self.cat.public):
            plan = self.public_plan(self.cat.public[index], index)
        else:
            plan = self.invented_plan(index)
        return self.build(plan, auditors)

    def public_plan(self, producer: PublicProducer, index: int) -> _Plan:
        year, month = producer.founded
        sites = [
            _SitePlan(site.region, site.name,
                      [(line.form, line.design, line.commissioned, line.name)
                       for line in site.lines])
            for site in producer.sites
        ]
        return _Plan(
            name=producer.name,
            name_kk=producer.name_kk or producer.name,
            legal_form=producer.legal_form,
            brand=producer.brand,
            bin=self.company_bin(index, year, month, fixed=True),
            region=producer.sites[0].region,
            devices=False,
            sites=sites,
            products=producer.products,
            size="large" if producer.products >= 100 else "medium",
            ownership=producer.ownership,
            foreign_country=producer.foreign_country,
            cluster=producer.cluster,
            sez=producer.sez,
            gmp="valid",
            public=producer,
        )

    def invented_plan(self, index: int) -> _Plan:
        rng = self.rng
        devices = rng.random() < 0.27
        if devices:
            forms_always, forms_maybe, _ = self.pick(
                self.cat.device_profiles, [p[2] for p in self.cat.device_profiles])
        else:
            forms_always, forms_maybe, _ = self.pick(
                self.cat.medicine_profiles, [p[2] for p in self.cat.medicine_profiles])
        forms = list(forms_always) + [f for f in forms_maybe if rng.random() < 0.35]
        # Some medicine plants also make the devices they need (infusion sets, syringes).
        if not devices and "lvp" in forms and rng.random() < 0.3:
            forms.append("dev2a")

        # Most producers are small; a few large ones hold hundreds of products. The mix gives
        # about 33 products per company overall (3,000 companies: about 100,000 products).
        size_draw = rng.random()
        if size_draw < 0.04:
            size, products = "large", rng.randint(150, 450)
        elif size_draw < 0.24:
            size, products = "medium", rng.randint(35, 110)
        else:
            size, products = "small", rng.randint(5, 30)
        available = sum(len(self.cat.candidates[f]) for f in forms)
        products = min(products, max(5, available * 3))

        region = self.pick(self.cat.region_codes, self.cat.region_weights)
        site_count = {"small": 1, "medium": self.pick((1, 1, 2)), "large": self.pick((1, 2, 3))}[
            size]
        site_count = min(site_count, len(forms))
        self.rng.shuffle(forms)
        site_forms: list[list[str]] = [[] for _ in range(site_count)]
        for position, form in enumerate(forms):
            site_forms[position % site_count].append(form)
        sites = []
        for number, own_forms in enumerate(site_forms):
            # A second site is often in another region: a plant near raw materials or a SEZ.
            site_region = region if number == 0 or rng.random() < 0.6 else self.pick(
                self.cat.region_codes, self.cat.region_weights)
            lines: list[tuple[str, float | None, int | None, str | None]] = []
            for form in own_forms:
                for _ in range(2 if size == "large" and rng.random() < 0.4 else 1):
                    lines.append((form, None, None, None))
            sites.append(_SitePlan(site_region, self.site_name(site_region, number, devices),
                                   lines))

        ownership = self.pick(("private_domestic", "foreign", "mixed", "state"), (70, 13, 14, 3))
        foreign = self.pick(self.cat.foreign_owners) if ownership in ("foreign", "mixed") else None
        cluster = self.cat.cluster_of_region.get(region)
        sez = self.cat.sez_of_region.get(region) if rng.random() < 0.15 else None
        if devices:
            gmp = self.pick(("valid", "not_certified", "in_transition", "expired"),
                            (45, 38, 10, 7))
        else:
            gmp = self.pick(("valid", "in_transition", "not_certified", "expired",
                             "non_compliant"), (62, 14, 9, 9, 6))
        # The third invented producer is always GMP-expired, so that even a small demo shows
        # the case (and tests can rely on it).
        if index == len(self.cat.public) + 2:
            gmp = "expired"
        root = self.pick(self.cat.name_roots)
        suffix = self.pick(self.cat.device_suffixes if devices else self.cat.medicine_suffixes)
        name = root + suffix + self.pick(self.cat.name_qualifiers)
        legal_form = "state_economic_management" if ownership == "state" else self.pick(
            ("llp", "jsc"), (86, 14))
        return _Plan(
            name=name,
            name_kk=name,
            legal_form=legal_form,
            brand=root.split()[0].replace("-", ""),
            bin=self.company_bin(index, rng.randint(1996, 2023), rng.randint(1, 12)),
            region=region,
            devices=devices,
            sites=sites,
            products=products,
            size=size,
            ownership=ownership,
            foreign_country=foreign,
            cluster=cluster if cluster and rng.random() < 0.5 else "none",
            sez=sez,
            gmp=gmp,
            public=None,
        )

    def site_name(self, region: str, number: int, devices: bool) -> str:
        city = self.cat.places[region].city_ru
        if devices:
            return f"Цех медицинских изделий №{number + 1}, г. {city}"
        return f"Производственная площадка №{number + 1}, г. {city}"

    def address(self, region: str) -> str:
        place = self.cat.places[region]
        street = f"{self.pick(self.cat.streets)}, {self.rng.randint(1, 250)}"
        if region in self.cat.cities:
            return f"г. {place.city_ru}, {street}"
        return f"{self.cat.places[region].oblast}, г. {place.city_ru}, {street}"

    # building the records ------------------------------------------------------------------

    def build(self, plan: _Plan, auditors: Sequence[AuditorProfile]) -> Company:
        rng = self.rng
        if plan.legal_form == "jsc":
            name_ru, name_kk = f"АО «{plan.name}»", f"«{plan.name_kk}» АҚ"
        elif plan.legal_form == "llp":
            name_ru, name_kk = f"ТОО «{plan.name}»", f"«{plan.name_kk}» ЖШС"
        else:
            name_ru, name_kk = f"ГП на ПХВ «{plan.name}»", f"«{plan.name_kk}» ШЖҚ МК"
        company = Company(
            id=self.uid(),
            bin=plan.bin,
            name_kk=name_kk,
            name_ru=name_ru,
            legal_form=plan.legal_form,
            region_code=plan.region,
            address=self.address(plan.region),
        )
        visit_start = self.day(date(VISIT_YEAR, 1, 19), date(VISIT_YEAR, 11, 27))
        # Visits happen on working days.
        while visit_start.weekday() >= 5:
            visit_start += timedelta(days=1)
        visit_end = visit_start + timedelta(days=rng.randint(1, 3 if plan.size != "small" else 2))
        auditor = self.pick(auditors)
        audit = Audit(
            id=self.uid(),
            company=company,
            auditor_id=auditor.id,
            visit_start=visit_start,
            visit_end=visit_end,
            producer_type=self.producer_type(plan),
            ownership_type=plan.ownership,
            cluster=plan.cluster,
            special_economic_zone=plan.sez,
            gmp_status=plan.gmp,
            auditor_confirmed=False,
        )
        if plan.foreign_country is not None:
            share = rng.uniform(51, 100) if plan.ownership == "foreign" else rng.uniform(10, 49)
            audit.foreign_share_pct = round(share, 1)
            audit.foreign_partner_country = plan.foreign_country
        else:
            audit.foreign_share_pct = 0.0

        sites, lines = self.sites_and_lines(plan, audit)
        certificates = self.gmp_records(plan, audit, sites, visit_start)
        products = self.products(plan, audit, lines)
        self.market(plan, audit, lines, products, visit_start)
        self.workforce(plan, audit)
        self.development(plan, audit, lines)
        self.barriers_and_support(plan, audit)
        self.findings(plan, audit, lines, products, certificates, visit_start)
        audit.representative_name = self.person()
        audit.representative_position = (
            "Председатель правления" if plan.legal_form == "jsc" and rng.random() < 0.4
            else self.pick(self.cat.positions))
        return company

    def producer_type(self, plan: _Plan) -> str:
        forms = {form for site in plan.sites for form, *_ in site.lines}
        if plan.devices:
            return "medical_devices"
        if "api" in forms:
            return "api"
        if any(self.cat.forms[f].device for f in forms):
            return "medicines_and_devices"
        return "medicines"

    def size_position(self, size: str) -> float:
        u = self.rng.random()
        return {"small": u * 0.55, "medium": 0.3 + u * 0.5, "large": 0.6 + u * 0.4}[size]

    def utilization(self) -> float:
        draw = self.rng.random()
        if draw < 0.86:
            return self.rng.uniform(0.40, 0.95)
        if draw < 0.95:
            return self.rng.uniform(0.12, 0.40)  # new lines still ramping up, lost contracts
        if draw < 0.98:
            return self.rng.uniform(0.95, 1.0)
        return self.rng.uniform(1.0, 1.08)  # overtime beyond the design shift pattern

    def sites_and_lines(
        self, plan: _Plan, audit: Audit
    ) -> tuple[list[Site], list[ProductionLine]]:
        rng = self.rng
        sites: list[Site] = []
        lines: list[ProductionLine] = []
        line_numbers: dict[str, int] = {}
        for site_plan in plan.sites:
            place = self.cat.places[site_plan.region]
            site_forms = [form for form, *_ in site_plan.lines]
            activities = sorted({self.cat.forms[f].activity for f in site_forms})
            activities += ["primary_packaging", "secondary_packaging", "qc_testing"]
            if not plan.devices:
                activities.append("batch_certification")
            if any(self.cat.forms[f].device and f != "dev1" for f in site_forms):
                activities.append("sterilisation")
            if rng.random() < 0.6:
                activities.append("storage_distribution")
            if plan.ownership in ("foreign", "mixed") and rng.random() < 0.4:
                activities.append("importing")
            site = Site(
                id=self.uid(),
                audit=audit,
                name=site_plan.name,
                region_code=site_plan.region,
                address=self.address(site_plan.region),
                kato=f"{site_plan.region}0000000",
                latitude=round(place.latitude + rng.uniform(-JITTER_DEGREES, JITTER_DEGREES),
                               5),
                longitude=round(place.longitude + rng.uniform(-JITTER_DEGREES, JITTER_DEGREES),
                                5),
                activities=activities,
            )
            sites.append(site)
            for form, design, commissioned, name in site_plan.lines:
                spec = self.cat.forms[form]
                number = line_numbers[form] = line_numbers.get(form, 0) + 1
                if design is None:
                    raw = self.log_between(*spec.capacity, self.size_position(plan.size))
                    design = float(f"{raw:.2g}")  # capacities are quoted in round figures
                utilization = self.utilization()
                if commissioned is None:
                    commissioned = rng.randint(1998, 2025)
                if commissioned >= 2025:
                    utilization = min(utilization, rng.uniform(0.15, 0.5))
                actual = round(design * utilization)
                shifts = self.shifts(utilization)
                line = ProductionLine(
                    id=self.uid(),
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

    def shifts(self, utilization: float) -> int:
        # The shift pattern explains the utilization: a line that runs one shift is rarely full.
        if utilization < 0.45:
            return self.pick((1, 1, 1, 2))
        if utilization < 0.8:
            return self.pick((1, 2, 2, 2, 3))
        return self.pick((2, 3, 3))

    # GMP -----------------------------------------------------------------------------------

    def gmp_records(
        self, plan: _Plan, audit: Audit, sites: list[Site], visit: date
    ) -> list[GmpCertificate]:
        certificates: list[GmpCertificate] = []
        if plan.public is not None and plan.public.brand == "КФК":
            # Public fact: the complex was inspected for GMP in 2017, before the EAEU rules
            # were applied in full, hence against national rules.
            self.inspection(plan, audit, sites[0], date(2017, 10, 9), "routine", "national",
                            "compliant", past=True, visit=visit)
        for site in sites:
            # A medicines certificate does not cover the devices made beside the medicines.
            site_forms = sorted({line.dosage_form for line in site.production_lines
                                 if line.dosage_form
                                 and line.dosage_form.startswith("device_") == plan.devices})
            certificates.extend(self.site_gmp(plan, audit, site, site_forms, visit))
        return certificates

    def site_gmp(
        self, plan: _Plan, audit: Audit, site: Site, scope: list[str], visit: date
    ) -> list[GmpCertificate]:
        rng = self.rng
        standard = "iso13485" if plan.devices else "eaeu"
        status = plan.gmp
        certificates: list[GmpCertificate] = []
        if status == "valid":
            inspected = self.day(visit - timedelta(days=900), visit - timedelta(days=90))
            if rng.random() < 0.4:
                # An earlier inspection, long closed: history the auditor also records.
                self.inspection(plan, audit, site, inspected - timedelta(days=rng.randint(
                    1000, 1200)), "routine", standard, "compliant", past=True, visit=visit)
            conclusion = "compliant" if plan.public or rng.random() < 0.7 else (
                "compliant_pending_capa")
            kind = "pre_licence" if rng.random() < 0.25 else "routine"
            if plan.devices and rng.random() < 0.5:
                end = inspected  # certification audits of device makers: no GMP inspection
            else:
                end = self.inspection(plan, audit, site, inspected, kind, standard, conclusion,
                                      past=False, visit=visit)
            certificates.append(self.certificate(plan, audit, site, scope, standard, end,
                                                 visit, expired=False))
            foreign = self.cat.foreign_inspectorates.get(plan.foreign_country or "")
            if foreign and not plan.devices and plan.public is None and rng.random() < 0.5:
                std, inspectorate = foreign
                end = self.inspection(plan, audit, site, self.day(
                    visit - timedelta(days=700), visit - timedelta(days=60)), "routine", std,
                    "compliant", past=False, visit=visit, inspectorate=inspectorate)
                certificates.append(self.certificate(plan, audit, site, scope, std, end, visit,
                                                     expired=False, authority=inspectorate))
        elif status == "expired":
            # The last certificate ran out before the visit year and nobody re-inspected.
            inspected = self.day(date(2020, 9, 1), date(2022, 6, 30))
            end = self.inspection(plan, audit, site, inspected, "routine", standard, "compliant",
                                  past=True, visit=visit)
            certificates.append(self.certificate(plan, audit, site, scope, standard, end, visit,
                                                 expired=True))
        elif status == "in_transition":
            if rng.random() < 0.6:
                inspected = self.day(visit - timedelta(days=200), visit - timedelta(days=20))
                self.inspection(plan, audit, site, inspected, "pre_licence", standard,
                                "compliant_pending_capa", past=False, visit=visit)
        elif status == "non_compliant":
            inspected = self.day(visit - timedelta(days=400), visit - timedelta(days=30))
            end = self.inspection(plan, audit, site, inspected, self.pick(("routine", "for_cause")),
                                  standard, "non_compliant", past=False, visit=visit)
            statement = self.certificate(plan, audit, site, scope, standard, end, visit,
                                         expired=False)
            statement.doc_type = "non_compliance_statement"
            statement.number = statement.number.replace("GMP/", "NC/")
            statement.valid_until = None
            statement.remarks = "Производство приостановлено до устранения критических замечаний."
            certificates.append(statement)
        return certificates

    def certificate(
        self,
        plan: _Plan,
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
        issued = min(inspected + timedelta(days=self.rng.randint(14, 75)),
                     visit - timedelta(days=1))
        valid_until: date | None = None  # EU GMP certificates carry no expiry date
        if standard != "eu":
            # Three years, as WHO model certificates allow at most (EAEU term unverified).
            valid_until = issued + timedelta(days=3 * 365 - 1)
        if plan.devices:
            number = f"ISO13485-{issued.year}-{self.next_document():05d}"
            authority = authority or self.pick(self.cat.iso_bodies)
        elif standard == "eaeu":
            number = f"GMP/EAEU/KZ/{self.next_document():05d}-{issued.year}"
            authority = authority or self.cat.expertise_centre
        else:
            number = f"GMP/{standard.upper()}/{self.next_document():05d}/{issued.year}"
        return GmpCertificate(
            id=self.uid(),
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

    def inspection(
        self,
        plan: _Plan,
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
        rng = self.rng
        end = start + timedelta(days=rng.randint(2, 5))
        areas = sorted(self.rng.sample(list(self.cat.deficiency_texts), rng.randint(4, 9)))
        inspection = Inspection(
            id=self.uid(),
            audit=audit,
            site=site,
            inspection_type=kind,
            standard=standard,
            inspectorate=inspectorate or (self.pick(self.cat.iso_bodies)
                                          if standard == "iso13485" else self.cat.inspectorate),
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
            area = self.pick(areas)
            if deficiency_class == "critical":
                text = self.pick(self.cat.critical_texts)
            else:
                text = self.pick(self.cat.deficiency_texts[area])
            due = end + timedelta(days=rng.randint(30, 150))
            capa = self.capa_status(age, past)
            closed_on = None
            if capa == "closed":
                closed_on = min(end + timedelta(days=rng.randint(10, 160)),
                                visit - timedelta(days=1))
            Deficiency(
                id=self.uid(),
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

    def capa_status(self, age_days: int, past: bool) -> str:
        if past or age_days > 540:
            return self.pick(("closed", "in_progress"), (95, 5))
        if age_days > 180:
            return self.pick(("closed", "in_progress", "open"), (70, 22, 8))
        return self.pick(("closed", "in_progress", "open"), (30, 40, 30))

    # products ------------------------------------------------------------------------------

    def products(
        self, plan: _Plan, audit: Audit, lines: list[ProductionLine]
    ) -> list[Product]:
        rng = self.rng
        form_keys = {form for site in plan.sites for form, *_ in site.lines}
        candidates = [c for form in sorted(form_keys) for c in self.cat.candidates[form]]
        rng.shuffle(candidates)
        if plan.public is not None and plan.public.brand == "Нобел":
            # Contract manufacturing for oncology: every oncology tablet is in the portfolio.
            candidates.sort(key=lambda c: not (c.medicine and c.medicine.is_oncology))
        if not candidates:
            return []
        chosen = [(candidates[i % len(candidates)], i // len(candidates))
                  for i in range(plan.products)]

        # The products of one form share the output of that form's lines.
        output_by_form: dict[str, float] = {}
        for line in lines:
            key = line.dosage_form or ""
            output_by_form[key] = output_by_form.get(key, 0.0) + (line.actual_output or 0.0)
        weights = [rng.lognormvariate(0, 1) for _ in chosen]
        weight_by_form: dict[str, float] = {}
        for (candidate, _), weight in zip(chosen, weights, strict=True):
            key = self.cat.forms[candidate.form].dosage_form
            weight_by_form[key] = weight_by_form.get(key, 0.0) + weight

        products: list[Product] = []
        for (candidate, round_), weight in zip(chosen, weights, strict=True):
            spec = self.cat.forms[candidate.form]
            medicine = candidate.medicine
            share = weight / weight_by_form[spec.dosage_form]
            # Part of the output is contract work for others, so products share ~90% of it.
            volume = output_by_form.get(spec.dosage_form, 0.0) * share * 0.9
            self.registration_serial += rng.randint(1, 4)
            product = Product(
                id=self.uid(),
                audit=audit,
                inn=medicine.inn if medicine else None,
                trade_name=_trade_name(candidate, round_, plan.brand, self.cat.brand_endings),
                atc_code=medicine.atc if medicine else None,
                dosage_form=spec.dosage_form,
                strength=candidate.strength,
                registration_number=(
                    f"РК-{'ИМН' if spec.device else 'ЛС'}-5№"
                    f"{self.registration_serial % 1_000_000:06d}"),
                registration_expiry=None if rng.random() < 0.3 else self.day(
                    date(VISIT_YEAR, 3, 1), date(VISIT_YEAR + 5, 12, 31)),
                on_national_formulary=bool(medicine) and rng.random() < (
                    0.85 if medicine and (medicine.is_oncology or medicine.is_cardiovascular)
                    else 0.6),
                is_oncology=bool(medicine and medicine.is_oncology),
                is_cardiovascular=bool(medicine and medicine.is_cardiovascular),
                annual_volume=float(round(volume)),
                volume_unit=spec.unit,
            )
            self.localization(plan, product, candidate)
            products.append(product)
        return products

    def localization(self, plan: _Plan, product: Product, candidate: Candidate) -> None:
        rng = self.rng
        if candidate.device is not None:
            stage = None
            product.api_origin = None
            product.api_country = None
        else:
            if candidate.form == "api" or (
                candidate.medicine is not None and candidate.medicine.inn in self.cat.api_substances
                and rng.random() < 0.05
            ):
                stage = "full_cycle"
            elif candidate.form == "insulin":
                stage = "primary_packaging_fill_finish"
            elif candidate.form in ("bio", "blood", "vaccine"):
                stage = self.pick(("primary_packaging_fill_finish", "fdf_from_imported_api"))
            else:
                stage = self.pick(("fdf_from_imported_api", "primary_packaging_fill_finish",
                                   "secondary_packaging"), (87, 7, 6))
            if stage == "full_cycle":
                product.api_origin, product.api_country = "domestic", "KZ"
            else:
                product.api_origin = "mixed" if rng.random() < 0.05 else "imported"
                product.api_country = self.pick(self.cat.api_countries,
                                                self.cat.api_country_weights)
        product.localization_stage = stage
        # Domestic origin is proven by a document, never asserted: imported goods have been
        # passed off as domestic, so the evidence travels with the product.
        if stage == "secondary_packaging" and rng.random() < 0.5:
            product.origin_evidence, product.origin_document = "none", None
        elif rng.random() < 0.55:
            product.origin_evidence = "ct_kz_certificate"
            product.origin_document = (
                f"KZ{plan.region}{rng.randint(21, 25)}{self.next_document():07d}")
        else:
            product.origin_evidence = "producer_register"
            product.origin_document = f"РКП-{rng.randint(2025, 2026)}-{self.next_document():06d}"

    # market, workforce, development ---------------------------------------------------------

    def market(
        self,
        plan: _Plan,
        audit: Audit,
        lines: list[ProductionLine],
        products: list[Product],
        visit: date,
    ) -> None:
        rng = self.rng
        output_value = sum(line.output_value_kzt or 0 for line in lines)
        revenue = round(output_value * rng.uniform(0.9, 1.2), -6)
        established = plan.public is not None or plan.size != "small"
        exports = rng.random() < (0.5 if established else 0.12)
        export_share = rng.uniform(0.03, 0.3) if exports else 0.0
        audit.revenue_kzt = int(revenue)
        audit.export_revenue_kzt = int(round(revenue * export_share, -5))
        audit.domestic_sales_kzt = audit.revenue_kzt - audit.export_revenue_kzt
        audit.export_countries = sorted(rng.sample(self.cat.export_countries, rng.randint(1, 4))) \
            if exports else []

        formulary = [p for p in products if p.on_national_formulary]
        if plan.public is not None and plan.public.contract is not None:
            term, items = plan.public.contract
            self.contract(audit, term, min(items, len(products)), products, visit)
        elif formulary and rng.random() < (0.9 if plan.public else 0.6):
            for _ in range(1 if plan.size == "small" else rng.randint(1, 2)):
                term = self.pick((10, 7, 5, 3), (50, 15, 25, 10))
                items = rng.randint(1, max(1, min(len(formulary), 120)))
                self.contract(audit, term, items, formulary, visit)
        elif plan.devices and products and rng.random() < 0.45:
            self.contract(audit, self.pick((3, 5, 10)), rng.randint(1, len(products)), products,
                          visit)

    def contract(
        self, audit: Audit, term: int, items: int, products: list[Product], visit: date
    ) -> None:
        rng = self.rng
        signed = self.day(date(2019, 3, 1), min(visit, date(2025, 12, 20)))
        # The distributor takes part of each product's yearly volume, at about ex-works price.
        share = rng.uniform(0.3, 0.7)
        yearly_units = 0.0
        yearly_value = 0.0
        for product in products[:items]:
            units = (product.annual_volume or 0.0) * share
            yearly_units += units
            yearly_value += units * self.cat.price_of_dosage_form.get(
                product.dosage_form or "", 100.0)
        SupplyContract(
            id=self.uid(),
            audit=audit,
            counterparty=self.cat.single_distributor,
            contract_number=f"{self.next_document()}-ДДП/{signed.year}",
            signed_on=signed,
            term_years=term,
            items_count=items,
            volume_units=float(round(yearly_units * term)),
            value_kzt=int(round(yearly_value * term, -5)),
        )

    def workforce(self, plan: _Plan, audit: Audit) -> None:
        rng = self.rng
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
        audit.clinical_trials = self.pick((0, 0, 0, 1, 2)) if plan.size != "small" else 0

    def development(self, plan: _Plan, audit: Audit, lines: list[ProductionLine]) -> None:
        rng = self.rng
        made = {line.dosage_form for line in lines}
        if plan.devices:
            pool = [f.dosage_form for f in self.cat.forms.values() if f.device]
        else:
            pool = [f.dosage_form for k, f in self.cat.forms.items() if not f.device and k != "api"]
        planned = sorted({f for f in rng.sample(pool, min(3, len(pool))) if f not in made})
        audit.planned_dosage_forms = planned[: rng.randint(0, 2)]

        notes = []
        if plan.public is not None:
            notes.append(plan.public.facts)
            for project in plan.public.investments:
                self.investment(plan, audit, project.project_type, project.status,
                                project.start_year, project.finish_year, project.name,
                                project.form, project.added_capacity)
            if plan.public.parent:
                self.partnership(audit, plan.public.parent, plan.foreign_country or "XX",
                                 "technology_transfer", "active", plan.public.founded[0] + 2,
                                 "Трансфер технологий и систем качества группы.")
        else:
            count = {"small": self.pick((0, 0, 1, 1, 2)), "medium": rng.randint(1, 2),
                     "large": rng.randint(1, 3)}[plan.size]
            for _ in range(count):
                self.invented_investment(plan, audit, lines)
        if audit.planned_dosage_forms:
            notes.append("Планируется освоение новых лекарственных форм.")

        partner_chance = {"small": 0.08, "medium": 0.35, "large": 0.7}[plan.size]
        if plan.public is None and not plan.devices and rng.random() < partner_chance:
            name, country, what = self.pick(self.cat.global_partners)
            kind = self.pick(("localization", "technology_transfer", "contract_manufacturing",
                              "licensing"), (45, 25, 20, 10))
            status = self.pick(("negotiation", "agreement_signed", "active"), (30, 35, 35))
            self.partnership(audit, name, country, kind, status, rng.randint(2021, 2026),
                             f"Локализация производства {what} компании {name}.")
        if rng.random() < (0.3 if plan.size == "small" else 0.7):
            name, kind = self.pick(self.cat.universities)
            self.partnership(audit, name, "KZ", kind, self.pick(("active", "agreement_signed")),
                             rng.randint(2015, 2025),
                             "Практика студентов, совместные исследования, подготовка кадров.")
        audit.development_notes = " ".join(notes) or None

    def invented_investment(
        self, plan: _Plan, audit: Audit, lines: list[ProductionLine]
    ) -> None:
        rng = self.rng
        kinds = ["expansion", "modernization", "new_dosage_form", "gmp_upgrade", "new_plant",
                 "rd_centre", "api_production"]
        kind = self.pick(kinds, (26, 24, 16, 16, 9, 6, 3))
        if plan.gmp == "valid" and kind == "gmp_upgrade":
            kind = "modernization"
        status = self.pick(("planned", "in_progress", "completed", "suspended"), (35, 35, 22, 8))
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
        form_key = self.pick([k for k, f in self.cat.forms.items() if f.device == plan.devices
                              and k != "api"])
        spec = self.cat.forms[form_key]
        names = {
            "expansion": f"Расширение производства: {spec.line_name.lower()}",
            "modernization": "Модернизация оборудования производственных линий",
            "new_dosage_form": f"Освоение новой формы: {spec.line_name.lower()}",
            "gmp_upgrade": "Приведение производства в соответствие с правилами GMP ЕАЭС",
            "new_plant": f"Строительство нового завода, г. {self.cat.places[plan.region].city_ru}",
            "rd_centre": "Лаборатория разработки и исследований биоэквивалентности",
            "api_production": "Организация производства фармацевтических субстанций",
        }
        capacity: float | None = None
        if kind in ("expansion", "new_dosage_form", "new_plant"):
            capacity = float(f"{self.log_between(*spec.capacity, rng.random()):.2g}")
        self.investment(plan, audit, kind, status, start, finish, names[kind],
                        form_key if capacity else None, capacity)

    def investment(
        self,
        plan: _Plan,
        audit: Audit,
        kind: str,
        status: str,
        start: int,
        finish: int,
        name: str,
        form: str | None,
        capacity: float | None,
    ) -> None:
        rng = self.rng
        low, high = {"small": (2e8, 3e9), "medium": (1e9, 1e10), "large": (3e9, 4e10)}[plan.size]
        capex = self.log_between(low, high, rng.random())
        new_products = rng.randint(0, 40) if kind != "gmp_upgrade" else 0
        partner = None
        if plan.public is not None:
            # No invented partners for real producers: only the group they belong to.
            partner = plan.public.parent
        elif plan.foreign_country and rng.random() < 0.5:
            partner = "Материнская компания"
        elif rng.random() < 0.2:
            partner = self.pick(self.cat.global_partners)[0]
        funding = self.pick(("own_funds", "bank_loan", "state_development_institution",
                             "state_programme", "foreign_investor", "mixed"),
                            (30, 20, 18, 7, 10 if plan.foreign_country else 1, 15))
        InvestmentProject(
            id=self.uid(),
            audit=audit,
            name=name,
            project_type=kind,
            status=status,
            capex_kzt=int(round(capex, -6)),
            funding_source=funding,
            start_year=start,
            finish_year=finish,
            added_capacity=capacity,
            capacity_unit=self.cat.forms[form].unit if form and capacity else None,
            new_products=new_products,
            socially_significant_products=rng.randint(0, new_products),
            jobs_created=rng.randint(10, 400),
            partner=partner,
            technology_transfer=partner is not None and rng.random() < 0.6,
            special_economic_zone=plan.sez,
        )

    def partnership(
        self,
        audit: Audit,
        name: str,
        country: str,
        kind: str,
        status: str,
        start: int,
        description: str,
    ) -> None:
        Partnership(
            id=self.uid(),
            audit=audit,
            partner_name=name,
            partner_country=country,
            partnership_type=kind,
            status=status,
            start_year=start,
            description=description,
        )

    def barriers_and_support(self, plan: _Plan, audit: Audit) -> None:
        rng = self.rng
        for code in self.rng.sample(list(self.cat.barrier_texts), rng.randint(1, 4)):
            Barrier(
                id=self.uid(),
                audit=audit,
                barrier_code=code,
                severity=self.pick(("low", "medium", "high"), (20, 45, 35)),
                description=self.cat.barrier_texts[code],
            )
        for code in self.rng.sample(list(self.cat.support_texts), self.pick((0, 1, 1, 2, 3))):
            SupportRequest(
                id=self.uid(),
                audit=audit,
                measure_code=code,
                status=self.pick(("requested", "received", "refused", "planned"),
                                 (40, 25, 10, 25)),
                amount_kzt=int(round(self.log_between(5e7, 5e9, rng.random()), -6))
                if code in self.cat.financial_measures else None,
                description=self.cat.support_texts[code],
            )

    # findings --------------------------------------------------------------------------------

    def findings(
        self,
        plan: _Plan,
        audit: Audit,
        lines: list[ProductionLine],
        products: list[Product],
        certificates: list[GmpCertificate],
        visit: date,
    ) -> None:
        rng = self.rng
        # Average over lines of each line's own utilization: their units differ.
        shares = [share for line in lines if (share := line.utilization) is not None]
        load = round(100 * sum(shares) / len(shares)) if shares else 0
        open_capa = sum(1 for d in audit.deficiencies if d.capa_status != "closed")
        oncology = sum(1 for p in products if p.is_oncology)
        cardio = sum(1 for p in products if p.is_cardiovascular)
        formulary = sum(1 for p in products if p.on_national_formulary)
        valid = [c.valid_until for c in certificates
                 if c.doc_type == "certificate" and c.valid_until and c.valid_until >= visit]
        lapsed = [c.valid_until for c in certificates
                  if c.doc_type == "certificate" and c.valid_until and c.valid_until < visit]
        slack = min(lines, key=lambda line: line.utilization or 1.0).name if lines else ""

        if rng.random() < 0.2:
            # About one audit in five is written up in Kazakh.
            parts = [f"Өндірістік қуаттардың орташа жүктемесі — {load}%."]
            if valid:
                parts.append(f"GMP сертификаты {max(valid):%d.%m.%Y} дейін жарамды.")
            elif lapsed:
                parts.append(f"GMP сертификатының қолданылу мерзімі {max(lapsed):%d.%m.%Y} "
                             "аяқталған.")
            else:
                parts.append("Кәсіпорында жарамды GMP сертификаты жоқ.")
            if open_capa:
                parts.append(f"Инспекция ескертулері бойынша {open_capa} түзету әрекеті (CAPA) "
                             "аяқталмаған.")
            parts.append(f"Портфельде {len(products)} тіркелген өнім, оның ішінде "
                         f"онкологиялық — {oncology}, жүрек-қантамыр — {cardio}.")
            advice = ["«СК-Фармация» ЖШС-мен ұзақ мерзімді шарт жасасу мүмкіндігін қарастыру.",
                      f"«{slack}» желісінде екінші ауысым енгізу арқылы жүктемені арттыру.",
                      "Белсенді фармацевтикалық субстанцияларды жергілікті өндіруді дамыту.",
                      "Сапа қызметінің бос орындарын толтыру."]
            if plan.gmp != "valid":
                advice.insert(0, "GMP инспекциясына өтінім беру.")
        else:
            parts = [f"Средняя загрузка производственных мощностей — {load}%."]
            if load < 60:
                parts.append("Резерв мощностей позволяет нарастить выпуск без капитальных "
                             "вложений.")
            if valid:
                parts.append(f"Сертификат GMP действует до {max(valid):%d.%m.%Y}.")
            elif lapsed:
                parts.append(f"Срок действия сертификата GMP истёк {max(lapsed):%d.%m.%Y}; "
                             "повторная инспекция не проводилась.")
            elif plan.gmp == "non_compliant":
                parts.append("По итогам инспекции производство признано не соответствующим "
                             "требованиям GMP.")
            else:
                parts.append("Действующего сертификата GMP нет.")
            if open_capa:
                parts.append(f"По замечаниям инспекций не закрыто {open_capa} CAPA.")
            parts.append(f"В портфеле {len(products)} зарегистрированных наименований, "
                         f"из них онкологических — {oncology}, сердечно-сосудистых — {cardio}; "
                         f"в КНФ включено {formulary}.")
            advice = ["Рассмотреть заключение долгосрочного договора с ТОО «СК-Фармация» "
                      "на позиции из КНФ.",
                      f"Ввести вторую смену на линии «{slack}» для увеличения загрузки.",
                      "Проработать локализацию производства субстанций совместно с партнёром.",
                      "Расширить портфель онкологических и сердечно-сосудистых препаратов.",
                      "Заполнить вакансии службы качества (QA/QC).",
                      "Проработать выход на рынки Центральной Азии при поддержке QazTrade."]
            if plan.gmp != "valid":
                advice.insert(0, "Подать заявку на инспекцию на соответствие правилам GMP ЕАЭС.")
        audit.findings = " ".join(parts)
        keep = advice[:1] + rng.sample(advice[1:], rng.randint(1, 2))
        audit.recommendations = "\n".join(f"{n}. {text}" for n, text in enumerate(keep, 1))



# --- entry point ---------------------------------------------------------------------------------


def _count_products_and_lines(company: Company) -> tuple[int, int]:
    audit = company.audits[0]
    return len(audit.products), len(audit.production_lines)


def _first_audit_attachment(generator: _DemoGenerator, company: Company) -> None:
    audit = company.audits[0]
    text = (
        f"Протокол аудита\n{company.name_ru}, БИН {company.bin}\n"
        f"Визит: {audit.visit_start:%d.%m.%Y} – {audit.visit_end:%d.%m.%Y}\n\n"
        f"{audit.findings}\n\nРекомендации:\n{audit.recommendations}\n"
    )
    attachment = add_attachment(audit, "protocol.txt", text.encode("utf-8"),
                                description="Протокол аудита (демонстрационные данные)")
    attachment.id = generator.uid()


def _missing_auditors(session: Session, auditors: Iterable[AuditorProfile]) -> list[AuditorProfile]:
    wanted = {a.id: a for a in auditors}
    present = set(session.scalars(select(AuditorProfile.id).where(
        AuditorProfile.id.in_(list(wanted)))))
    return [a for a_id, a in wanted.items() if a_id not in present]


def build_demo(
    database: Database,
    *,
    companies: int = 12,
    seed: int = 2024,
    finalize: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Add ``companies`` demo producers, each with one audit, to ``database``.

    Companies whose BIN is already in the database are skipped (and counted), so running the
    demo twice is harmless. With ``finalize`` every new audit is signed off and locked.
    """
    if companies < 0:
        raise ValueError(f"companies must not be negative: {companies}")
    started = time.perf_counter()
    generator = _DemoGenerator(random.Random(seed), load_catalogue())
    auditors = generator.auditors()
    with database.session() as session:
        existing_bins = set(session.scalars(select(Company.bin)))
        new_auditors = _missing_auditors(session, auditors)

    counts = _Counts()
    skipped = 0
    done = 0
    for batch_start in range(0, companies, BATCH_SIZE):
        batch: list[Company] = []
        for index in range(batch_start, min(batch_start + BATCH_SIZE, companies)):
            # Built even when skipped, so that the companies after it come out the same.
            company = generator.company(index, auditors)
            if index == 0:
                _first_audit_attachment(generator, company)
            if company.bin in existing_bins:
                skipped += 1
                continue
            existing_bins.add(company.bin)
            batch.append(company)
        if batch or new_auditors:
            with database.transaction(DEMO_ACTOR) as session:
                session.add_all(new_auditors)
                new_auditors = []
                session.add_all(batch)
                if finalize:
                    # Finalizing needs the records written first: the lock refuses any insert
                    # into an audit that is already finalized.
                    session.flush()
                    for company in batch:
                        audit = company.audits[0]
                        finalize_audit(
                            session,
                            audit,
                            representative_name=audit.representative_name or "",
                            representative_position=audit.representative_position or "",
                        )
        for company in batch:
            products, lines = _count_products_and_lines(company)
            counts.companies += 1
            counts.products += products
            counts.production_lines += lines
        done = min(batch_start + BATCH_SIZE, companies)
        if progress is not None:
            progress(done, companies)
    return DemoSummary(
        companies=counts.companies,
        audits=counts.companies,
        products=counts.products,
        production_lines=counts.production_lines,
        seconds=time.perf_counter() - started,
        skipped=skipped,
    )
