"""What one producer is, decided before its records are built: a public producer of the
catalogue as it is, an invented one drawn from the catalogue's profiles and names."""

from __future__ import annotations

from dataclasses import dataclass

from auditor.demo.catalogue import PublicProducer
from auditor.demo.draws import Draws
from auditor.domain.bin import make_demo_bin

# The year the demo's visits take place.
VISIT_YEAR = 2026


@dataclass
class SitePlan:
    region: str
    name: str
    # form key, design capacity, year commissioned, line name; None: drawn when built
    lines: list[tuple[str, float | None, int | None, str | None]]


@dataclass
class Plan:
    """What one producer is, decided before its records are built."""

    name: str
    name_kk: str
    legal_form: str
    brand: str
    bin: str
    region: str
    devices: bool
    sites: list[SitePlan]
    products: int
    size: str  # small, medium, large
    ownership: str
    foreign_country: str | None
    cluster: str
    sez: str | None
    gmp: str  # code in gmp_statuses
    public: PublicProducer | None


def company_bin(draw: Draws, index: int, year: int, month: int, *, fixed: bool = False) -> str:
    """The BIN of demo company ``index``: one of the demo range (:func:`make_demo_bin`), which no
    real company holds, so that demo data is known as such wherever it goes.

    Each company owns a block of eleven serials, so BINs are unique without looking back; the
    check digit is unusable for some serials, then the next one of the block is taken. The
    registration date the company would have (``year``, ``month``) and, for an invented one, a
    shift within its block are still drawn and left unused: the draws after them, and so every
    seed's content, stay what they were when demo BINs carried those dates.
    """
    del year, month
    if not fixed:
        draw.rng.randint(0, 4)
    first = 1000 + index * 11
    for offset in range(11):
        try:
            return make_demo_bin((first + offset) % 100_000)
        except ValueError:
            continue
    raise RuntimeError(f"no usable BIN serial for company {index}")  # pragma: no cover


def public_plan(draw: Draws, producer: PublicProducer, index: int) -> Plan:
    year, month = producer.founded
    sites = [
        SitePlan(site.region, site.name,
                 [(line.form, line.design, line.commissioned, line.name)
                  for line in site.lines])
        for site in producer.sites
    ]
    return Plan(
        name=producer.name,
        name_kk=producer.name_kk or producer.name,
        legal_form=producer.legal_form,
        brand=producer.brand,
        bin=company_bin(draw, index, year, month, fixed=True),
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


def invented_plan(draw: Draws, index: int) -> Plan:
    rng = draw.rng
    devices = rng.random() < 0.27
    if devices:
        forms_always, forms_maybe, _ = draw.pick(
            draw.cat.device_profiles, [p[2] for p in draw.cat.device_profiles])
    else:
        forms_always, forms_maybe, _ = draw.pick(
            draw.cat.medicine_profiles, [p[2] for p in draw.cat.medicine_profiles])
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
    available = sum(len(draw.cat.candidates[f]) for f in forms)
    products = min(products, max(5, available * 3))

    region = draw.pick(draw.cat.region_codes, draw.cat.region_weights)
    site_count = {"small": 1, "medium": draw.pick((1, 1, 2)), "large": draw.pick((1, 2, 3))}[
        size]
    site_count = min(site_count, len(forms))
    draw.rng.shuffle(forms)
    site_forms: list[list[str]] = [[] for _ in range(site_count)]
    for position, form in enumerate(forms):
        site_forms[position % site_count].append(form)
    sites = []
    for number, own_forms in enumerate(site_forms):
        # A second site is often in another region: a plant near raw materials or a SEZ.
        site_region = region if number == 0 or rng.random() < 0.6 else draw.pick(
            draw.cat.region_codes, draw.cat.region_weights)
        lines: list[tuple[str, float | None, int | None, str | None]] = []
        for form in own_forms:
            for _ in range(2 if size == "large" and rng.random() < 0.4 else 1):
                lines.append((form, None, None, None))
        sites.append(SitePlan(site_region, site_name(draw, site_region, number, devices),
                              lines))

    ownership = draw.pick(("private_domestic", "foreign", "mixed", "state"), (70, 13, 14, 3))
    foreign = draw.pick(draw.cat.foreign_owners) if ownership in ("foreign", "mixed") else None
    cluster = draw.cat.cluster_of_region.get(region)
    sez = draw.cat.sez_of_region.get(region) if rng.random() < 0.15 else None
    if devices:
        gmp = draw.pick(("valid", "not_certified", "in_transition", "expired"),
                        (45, 38, 10, 7))
    else:
        gmp = draw.pick(("valid", "in_transition", "not_certified", "expired",
                         "non_compliant"), (62, 14, 9, 9, 6))
    # The third invented producer is always GMP-expired, so that even a small demo shows
    # the case (and tests can rely on it).
    if index == len(draw.cat.public) + 2:
        gmp = "expired"
    root = draw.pick(draw.cat.name_roots)
    suffix = draw.pick(draw.cat.device_suffixes if devices else draw.cat.medicine_suffixes)
    name = root + suffix + draw.pick(draw.cat.name_qualifiers)
    legal_form = "state_economic_management" if ownership == "state" else draw.pick(
        ("llp", "jsc"), (86, 14))
    return Plan(
        name=name,
        name_kk=name,
        legal_form=legal_form,
        brand=root.split()[0].replace("-", ""),
        bin=company_bin(draw, index, rng.randint(1996, 2023), rng.randint(1, 12)),
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


def site_name(draw: Draws, region: str, number: int, devices: bool) -> str:
    city = draw.cat.places[region].city_ru
    if devices:
        return f"Цех медицинских изделий №{number + 1}, г. {city}"
    return f"Производственная площадка №{number + 1}, г. {city}"


def address(draw: Draws, region: str) -> str:
    place = draw.cat.places[region]
    street = f"{draw.pick(draw.cat.streets)}, {draw.rng.randint(1, 250)}"
    if region in draw.cat.cities:
        return f"г. {place.city_ru}, {street}"
    return f"{draw.cat.places[region].oblast}, г. {place.city_ru}, {street}"
