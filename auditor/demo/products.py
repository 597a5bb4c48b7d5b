"""The products of an audit, where their substances come from, and what the Single
Distributor buys of them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from auditor.db.models import Audit, Product, ProductionLine, SupplyContract
from auditor.demo.catalogue import Candidate
from auditor.demo.draws import Draws
from auditor.demo.plans import VISIT_YEAR, Plan


def trade_name(candidate: Candidate, round_: int, brand: str, endings: Sequence[str]) -> str:
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


def portfolio(
    draw: Draws, plan: Plan, audit: Audit, lines: list[ProductionLine]
) -> list[Product]:
    rng = draw.rng
    form_keys = {form for site in plan.sites for form, *_ in site.lines}
    candidates = [c for form in sorted(form_keys) for c in draw.cat.candidates[form]]
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
        key = draw.cat.forms[candidate.form].dosage_form
        weight_by_form[key] = weight_by_form.get(key, 0.0) + weight

    products: list[Product] = []
    for (candidate, round_), weight in zip(chosen, weights, strict=True):
        spec = draw.cat.forms[candidate.form]
        medicine = candidate.medicine
        share = weight / weight_by_form[spec.dosage_form]
        # Part of the output is contract work for others, so products share ~90% of it.
        volume = output_by_form.get(spec.dosage_form, 0.0) * share * 0.9
        draw.registration_serial += rng.randint(1, 4)
        product = Product(
            id=draw.uid(),
            audit=audit,
            inn=medicine.inn if medicine else None,
            trade_name=trade_name(candidate, round_, plan.brand, draw.cat.brand_endings),
            atc_code=medicine.atc if medicine else None,
            dosage_form=spec.dosage_form,
            strength=candidate.strength,
            registration_number=(
                f"РК-{'ИМН' if spec.device else 'ЛС'}-5№"
                f"{draw.registration_serial % 1_000_000:06d}"),
            registration_expiry=None if rng.random() < 0.3 else draw.day(
                date(VISIT_YEAR, 3, 1), date(VISIT_YEAR + 5, 12, 31)),
            on_national_formulary=bool(medicine) and rng.random() < (
                0.85 if medicine and (medicine.is_oncology or medicine.is_cardiovascular)
                else 0.6),
            is_oncology=bool(medicine and medicine.is_oncology),
            is_cardiovascular=bool(medicine and medicine.is_cardiovascular),
            annual_volume=float(round(volume)),
            volume_unit=spec.unit,
        )
        localize(draw, plan, product, candidate)
        products.append(product)
    return products


def localize(draw: Draws, plan: Plan, product: Product, candidate: Candidate) -> None:
    rng = draw.rng
    if candidate.device is not None:
        stage = None
        product.api_origin = None
        product.api_country = None
    else:
        if candidate.form == "api" or (
            candidate.medicine is not None and candidate.medicine.inn in draw.cat.api_substances
            and rng.random() < 0.05
        ):
            stage = "full_cycle"
        elif candidate.form == "insulin":
            stage = "primary_packaging_fill_finish"
        elif candidate.form in ("bio", "blood", "vaccine"):
            stage = draw.pick(("primary_packaging_fill_finish", "fdf_from_imported_api"))
        else:
            stage = draw.pick(("fdf_from_imported_api", "primary_packaging_fill_finish",
                               "secondary_packaging"), (87, 7, 6))
        if stage == "full_cycle":
            product.api_origin, product.api_country = "domestic", "KZ"
        else:
            product.api_origin = "mixed" if rng.random() < 0.05 else "imported"
            product.api_country = draw.pick(draw.cat.api_countries,
                                            draw.cat.api_country_weights)
    product.localization_stage = stage
    # Domestic origin is proven by a document, never asserted: imported goods have been
    # passed off as domestic, so the evidence travels with the product.
    if stage == "secondary_packaging" and rng.random() < 0.5:
        product.origin_evidence, product.origin_document = "none", None
    elif rng.random() < 0.55:
        product.origin_evidence = "ct_kz_certificate"
        product.origin_document = (
            f"KZ{plan.region}{rng.randint(21, 25)}{draw.next_document():07d}")
    else:
        product.origin_evidence = "producer_register"
        product.origin_document = f"РКП-{rng.randint(2025, 2026)}-{draw.next_document():06d}"


def market(
    draw: Draws, plan: Plan,
    audit: Audit,
    lines: list[ProductionLine],
    products: list[Product],
    visit: date,
) -> None:
    rng = draw.rng
    output_value = sum(line.output_value_kzt or 0 for line in lines)
    revenue = round(output_value * rng.uniform(0.9, 1.2), -6)
    established = plan.public is not None or plan.size != "small"
    exports = rng.random() < (0.5 if established else 0.12)
    export_share = rng.uniform(0.03, 0.3) if exports else 0.0
    audit.revenue_kzt = int(revenue)
    audit.export_revenue_kzt = int(round(revenue * export_share, -5))
    audit.domestic_sales_kzt = audit.revenue_kzt - audit.export_revenue_kzt
    audit.export_countries = sorted(rng.sample(draw.cat.export_countries, rng.randint(1, 4))) \
        if exports else []

    formulary = [p for p in products if p.on_national_formulary]
    if plan.public is not None and plan.public.contract is not None:
        term, items = plan.public.contract
        supply_contract(draw, audit, term, min(items, len(products)), products, visit)
    elif formulary and rng.random() < (0.9 if plan.public else 0.6):
        for _ in range(1 if plan.size == "small" else rng.randint(1, 2)):
            term = draw.pick((10, 7, 5, 3), (50, 15, 25, 10))
            items = rng.randint(1, max(1, min(len(formulary), 120)))
            supply_contract(draw, audit, term, items, formulary, visit)
    elif plan.devices and products and rng.random() < 0.45:
        supply_contract(draw, audit, draw.pick((3, 5, 10)), rng.randint(1, len(products)), products,
                        visit)


def supply_contract(
    draw: Draws, audit: Audit, term: int, items: int, products: list[Product], visit: date
) -> None:
    rng = draw.rng
    signed = draw.day(date(2019, 3, 1), min(visit, date(2025, 12, 20)))
    # The distributor takes part of each product's yearly volume, at about ex-works price.
    share = rng.uniform(0.3, 0.7)
    yearly_units = 0.0
    yearly_value = 0.0
    for product in products[:items]:
        units = (product.annual_volume or 0.0) * share
        yearly_units += units
        yearly_value += units * draw.cat.price_of_dosage_form.get(
            product.dosage_form or "", 100.0)
    SupplyContract(
        id=draw.uid(),
        audit=audit,
        counterparty=draw.cat.single_distributor,
        contract_number=f"{draw.next_document()}-ДДП/{signed.year}",
        signed_on=signed,
        term_years=term,
        items_count=items,
        volume_units=float(round(yearly_units * term)),
        value_kzt=int(round(yearly_value * term, -5)),
    )
