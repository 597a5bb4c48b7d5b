"""Demo data: plausible audits of producers in Kazakhstan, for tests, screenshots and benchmarks.

The public producers of the domain notes come first, with their public facts (places, dosage
forms, capacities, special economic zones); invented producers follow. Everything else about a
public producer (inspections, staff, money) is invented as well, but never to its discredit: public
producers hold valid GMP certificates and have no critical deficiencies.

Everything is drawn from one ``random.Random(seed)``, record ids included, so one seed always
gives the same content; only timestamps differ between runs. Company ``i`` depends only on the
companies before it, so a larger demo begins with the same companies as a smaller one.

Codes stored are codes of the reference lists in :mod:`auditor.domain.lists`.

Here one company after another is built and written; what it is comes from
:mod:`~auditor.demo.plans`, its records from :mod:`~auditor.demo.sites`, :mod:`~auditor.demo.gmp`,
:mod:`~auditor.demo.products`, :mod:`~auditor.demo.development` and :mod:`~auditor.demo.findings`,
all drawn through :class:`~auditor.demo.draws.Draws` from the catalogue
(:mod:`~auditor.demo.catalogue`, the TOML files of ``auditor/demo/data``).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from auditor.db.audits import add_attachment, finalize_audit
from auditor.db.database import Database
from auditor.db.models import Audit, AuditorProfile, Company
from auditor.demo.catalogue import load_catalogue
from auditor.demo.development import barriers_and_support, development, workforce
from auditor.demo.draws import Draws
from auditor.demo.findings import findings
from auditor.demo.gmp import gmp_records
from auditor.demo.plans import VISIT_YEAR, Plan, address, invented_plan, public_plan
from auditor.demo.products import market, portfolio
from auditor.demo.sites import producer_type, sites_and_lines

__all__ = ["DemoSummary", "build_demo"]

DEMO_ACTOR = "demo"
# One transaction per batch: few enough commits (each one is an fsync) to be fast, small enough
# that a failure loses little and progress moves visibly.
BATCH_SIZE = 25


@dataclass
class DemoSummary:
    companies: int
    audits: int
    products: int
    production_lines: int
    seconds: float
    skipped: int = 0  # companies left out because their BIN was already in the database


@dataclass
class _Counts:
    companies: int = 0
    products: int = 0
    production_lines: int = 0


def make_auditors(draw: Draws) -> list[AuditorProfile]:
    regions = ("75", "71", "79", "35", "19", "55")
    profiles = []
    for number, region in enumerate(regions, start=1):
        profiles.append(
            AuditorProfile(
                id=draw.uid(),
                full_name=draw.person(),
                auditor_code=f"AUD-{number:03d}",
                organisation=draw.cat.auditor_organisations[number % 2],
                region_code=region,
                language="kk" if number % 3 == 0 else "ru",
                # A laptop of the demo's own: the demo stands for audits from the field.
                installation_id=draw.uid(),
            )
        )
    return profiles


def make_company(draw: Draws, index: int, auditors: Sequence[AuditorProfile]) -> Company:
    if index < len(draw.cat.public):
        plan = public_plan(draw, draw.cat.public[index], index)
    else:
        plan = invented_plan(draw, index)
    return build_company(draw, plan, auditors)


def build_company(draw: Draws, plan: Plan, auditors: Sequence[AuditorProfile]) -> Company:
    rng = draw.rng
    if plan.legal_form == "jsc":
        name_ru, name_kk = f"АО «{plan.name}»", f"«{plan.name_kk}» АҚ"
    elif plan.legal_form == "llp":
        name_ru, name_kk = f"ТОО «{plan.name}»", f"«{plan.name_kk}» ЖШС"
    else:
        name_ru, name_kk = f"ГП на ПХВ «{plan.name}»", f"«{plan.name_kk}» ШЖҚ МК"
    company = Company(
        id=draw.uid(),
        bin=plan.bin,
        name_kk=name_kk,
        name_ru=name_ru,
        legal_form=plan.legal_form,
        region_code=plan.region,
        address=address(draw, plan.region),
    )
    visit_start = draw.day(date(VISIT_YEAR, 1, 19), date(VISIT_YEAR, 11, 27))
    # Visits happen on working days.
    while visit_start.weekday() >= 5:
        visit_start += timedelta(days=1)
    visit_end = visit_start + timedelta(days=rng.randint(1, 3 if plan.size != "small" else 2))
    auditor = draw.pick(auditors)
    audit = Audit(
        id=draw.uid(),
        company=company,
        auditor_id=auditor.id,
        visit_start=visit_start,
        visit_end=visit_end,
        producer_type=producer_type(draw, plan),
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

    sites, lines = sites_and_lines(draw, plan, audit)
    certificates = gmp_records(draw, plan, audit, sites, visit_start)
    products = portfolio(draw, plan, audit, lines)
    market(draw, plan, audit, lines, products, visit_start)
    workforce(draw, plan, audit)
    development(draw, plan, audit, lines)
    barriers_and_support(draw, plan, audit)
    findings(draw, plan, audit, lines, products, certificates, visit_start)
    audit.representative_name = draw.person()
    audit.representative_position = (
        "Председатель правления" if plan.legal_form == "jsc" and rng.random() < 0.4
        else draw.pick(draw.cat.positions))
    return company


# --- entry point ---------------------------------------------------------------------------------


def _count_products_and_lines(company: Company) -> tuple[int, int]:
    audit = company.audits[0]
    return len(audit.products), len(audit.production_lines)


def _first_audit_attachment(draw: Draws, company: Company) -> None:
    audit = company.audits[0]
    text = (
        f"Протокол аудита\n{company.name_in('ru')}, БИН {company.bin}\n"
        f"Визит: {audit.visit_start:%d.%m.%Y} – {audit.visit_end:%d.%m.%Y}\n\n"
        f"{audit.findings}\n\nРекомендации:\n{audit.recommendations}\n"
    )
    attachment = add_attachment(audit, "protocol.txt", text.encode("utf-8"),
                                description="Протокол аудита (демонстрационные данные)")
    attachment.id = draw.uid()


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
    draw = Draws(random.Random(seed), load_catalogue())
    auditors = make_auditors(draw)
    with database.session() as session:
        existing_bins = set(session.scalars(select(Company.bin)))
        missing_auditors = {a.id: a for a in _missing_auditors(session, auditors)}

    counts = _Counts()
    skipped = 0
    done = 0
    for batch_start in range(0, companies, BATCH_SIZE):
        batch: list[Company] = []
        for index in range(batch_start, min(batch_start + BATCH_SIZE, companies)):
            # Built even when skipped, so that the companies after it come out the same.
            company = make_company(draw, index, auditors)
            if index == 0:
                _first_audit_attachment(draw, company)
            if company.bin in existing_bins:
                skipped += 1
                continue
            existing_bins.add(company.bin)
            batch.append(company)
        # Only the auditors the audits name are written: every record of the demo is then
        # known as demo data by the BINs (an auditor through the demo audits naming it), and
        # removing the demo leaves none behind.
        named = {company.audits[0].auditor_id for company in batch}
        new_auditors = [missing_auditors.pop(a) for a in list(missing_auditors) if a in named]
        if batch:
            with database.transaction(DEMO_ACTOR) as session:
                session.add_all(new_auditors)
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
