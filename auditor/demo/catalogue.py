"""The demo's catalogue: what producers make, where they are, what they and their people are
called, the texts auditors write. It is data, in TOML files beside this module (``data/``),
read and checked once, at first use; a file that is not valid TOML, lacks a key, holds a value of
the wrong kind or a code the reference lists do not know is refused with an error naming it.

The order of every list matters: the generator draws from them with one random stream, so a
catalogue edited in its order gives other demo producers for the same seed.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from auditor.domain.atc import atc_problem
from auditor.domain.lists import CHOICE_LISTS

__all__ = [
    "DATA_DIR",
    "FILES",
    "Candidate",
    "Catalogue",
    "CatalogueError",
    "Device",
    "Form",
    "Medicine",
    "Place",
    "PublicProducer",
    "load_catalogue",
    "read_catalogue",
]

DATA_DIR = Path(__file__).resolve().parent / "data"
# Every file of the catalogue; build.spec and pyproject.toml ship the folder.
FILES = (
    "forms.toml",
    "medicines.toml",
    "devices.toml",
    "places.toml",
    "producers.toml",
    "invented.toml",
    "people.toml",
    "organisations.toml",
    "countries.toml",
    "texts.toml",
)


class CatalogueError(ValueError):
    """A catalogue file that cannot be used; the message names the file and the entry."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"demo catalogue file {path.name} ({path}): {problem}")
        self.path = path
        self.problem = problem


# --- what the catalogue holds ---------------------------------------------------------------------


@dataclass(frozen=True)
class Form:
    """How one kind of production looks: its list codes, line name, capacity and unit price."""

    dosage_form: str  # code in dosage_forms
    unit: str  # code in units; chosen so that form and unit fit (tablets in tablets, ...)
    line_name: str
    capacity: tuple[float, float]  # design capacity of one line per year, in ``unit``
    price: tuple[float, float]  # ex-works price per unit, KZT
    activity: str  # code in site_activities for making it
    device: bool = False


@dataclass(frozen=True)
class Medicine:
    inn: str  # as in the national register, in Russian
    atc: str  # WHO ATC level 5
    forms: tuple[tuple[str, tuple[str, ...]], ...]  # form key, strengths it is made in

    @property
    def is_oncology(self) -> bool:
        return self.atc.startswith(("L01", "L02"))

    @property
    def is_cardiovascular(self) -> bool:
        return self.atc.startswith("C")


@dataclass(frozen=True)
class Device:
    name: str
    form: str
    variants: tuple[str, ...]  # stored in Product.strength: size, volume, gauge


@dataclass(frozen=True)
class Candidate:
    """One product a producer could have: a medicine (or device) in one form and strength."""

    form: str
    strength: str
    medicine: Medicine | None = None
    device: Device | None = None

    @property
    def base_name(self) -> str:
        if self.medicine is not None:
            return self.medicine.inn
        assert self.device is not None
        return self.device.name


@dataclass(frozen=True)
class Place:
    city_ru: str
    city_kk: str
    latitude: float
    longitude: float
    weight: int  # share of invented producers; industry sits in the big cities
    oblast: str | None  # put before the city in an address outside the republican cities


@dataclass(frozen=True)
class PublicLine:
    form: str
    design: float
    commissioned: int
    name: str | None = None


@dataclass(frozen=True)
class PublicSite:
    region: str
    name: str
    lines: tuple[PublicLine, ...]


@dataclass(frozen=True)
class PublicInvestment:
    name: str
    project_type: str
    status: str
    start_year: int
    finish_year: int
    form: str | None  # form of the capacity added, if any
    added_capacity: float | None


@dataclass(frozen=True)
class PublicProducer:
    name: str  # bare name; the legal form is put around it in Russian and Kazakh
    legal_form: str
    brand: str
    founded: tuple[int, int]  # year and month it was founded (its demo BIN is of the demo range)
    sites: tuple[PublicSite, ...]
    products: int
    ownership: str
    foreign_country: str | None
    cluster: str
    sez: str | None
    parent: str | None  # a group the producer belongs to, shown as a partnership
    contract: tuple[int, int] | None  # term in years and items of a known long-term contract
    investments: tuple[PublicInvestment, ...]
    facts: str  # public facts, kept in development_notes
    name_kk: str | None = None  # the name in Kazakh where it is not the same word


class Profile(NamedTuple):
    """What an invented producer makes: forms always made, forms sometimes added, weight."""

    always: tuple[str, ...]
    sometimes: tuple[str, ...]
    weight: int


class GivenName(NamedTuple):
    name: str
    sex: str  # m or f


class ForeignInspectorate(NamedTuple):
    standard: str  # code in gmp_standards
    name: str


class GlobalPartner(NamedTuple):
    name: str
    country: str
    localizes: str  # what, in Russian (genitive)


class University(NamedTuple):
    name: str
    kind: str  # code in partnership_types


@dataclass(frozen=True)
class Catalogue:
    forms: Mapping[str, Form]
    medicines: tuple[Medicine, ...]
    api_substances: frozenset[str]  # substances a domestic API plant could make
    devices: tuple[Device, ...]
    places: Mapping[str, Place]  # by region code
    cities: frozenset[str]  # the republican cities: no oblast in an address
    streets: tuple[str, ...]
    cluster_of_region: Mapping[str, str]
    sez_of_region: Mapping[str, str]
    public: tuple[PublicProducer, ...]
    medicine_profiles: tuple[Profile, ...]
    device_profiles: tuple[Profile, ...]
    name_roots: tuple[str, ...]
    medicine_suffixes: tuple[str, ...]
    device_suffixes: tuple[str, ...]
    name_qualifiers: tuple[str, ...]
    brand_endings: tuple[str, ...]
    surnames: tuple[str, ...]
    given_names: tuple[GivenName, ...]
    fathers: tuple[str, ...]
    positions: tuple[str, ...]
    inspectorate: str
    expertise_centre: str
    single_distributor: str
    iso_bodies: tuple[str, ...]
    global_partners: tuple[GlobalPartner, ...]
    universities: tuple[University, ...]
    foreign_inspectorates: Mapping[str, ForeignInspectorate]  # by country of a foreign owner
    api_countries: tuple[str, ...]
    api_country_weights: tuple[int, ...]
    export_countries: tuple[str, ...]
    foreign_owners: tuple[str, ...]
    barrier_texts: Mapping[str, str]
    support_texts: Mapping[str, str]
    financial_measures: frozenset[str]  # support measures that come with an amount
    deficiency_texts: Mapping[str, tuple[str, ...]]
    critical_texts: tuple[str, ...]

    @property
    def auditor_organisations(self) -> tuple[str, str]:
        return self.inspectorate, self.expertise_centre

    @property
    def region_codes(self) -> tuple[str, ...]:
        return tuple(self.places)

    @property
    def region_weights(self) -> tuple[int, ...]:
        return tuple(p.weight for p in self.places.values())

    @functools.cached_property
    def candidates(self) -> Mapping[str, list[Candidate]]:
        """Every product a producer could have, by the kind of production that makes it."""
        by_form: dict[str, list[Candidate]] = {key: [] for key in self.forms}
        for medicine in self.medicines:
            for form, strengths in medicine.forms:
                by_form[form].extend(Candidate(form, s, medicine=medicine) for s in strengths)
            if medicine.inn in self.api_substances:
                by_form["api"].append(Candidate("api", "субстанция", medicine=medicine))
        for device in self.devices:
            by_form[device.form].extend(Candidate(device.form, v, device=device)
                                        for v in device.variants)
        return by_form

    @functools.cached_property
    def price_of_dosage_form(self) -> Mapping[str, float]:
        return {f.dosage_form: (f.price[0] + f.price[1]) / 2 for f in self.forms.values()}


# --- reading and checking -------------------------------------------------------------------------


class _Entry:
    """One table of a catalogue file, read key by key; every problem names file and place."""

    def __init__(self, path: Path, data: Mapping[str, Any], where: str = "") -> None:
        self.path = path
        self.data = data
        self.where = where
        self.read: set[str] = set()

    def fail(self, key: str | None, problem: str) -> CatalogueError:
        place = ".".join(p for p in (self.where, key) if p)
        return CatalogueError(self.path, f"{place}: {problem}" if place else problem)

    def _get(self, key: str, kinds: type | tuple[type, ...], what: str) -> Any:
        self.read.add(key)
        if key not in self.data:
            raise self.fail(key, "missing")
        value = self.data[key]
        allowed = kinds if isinstance(kinds, tuple) else (kinds,)
        # true and false are whole numbers to Python, never to the catalogue
        if not isinstance(value, allowed) or (isinstance(value, bool) and bool not in allowed):
            raise self.fail(key, f"{what} expected, found {value!r}")
        return value

    def has(self, key: str) -> bool:
        return key in self.data

    def text(self, key: str) -> str:
        value: str = self._get(key, str, "text")
        if not value.strip():
            raise self.fail(key, "empty text")
        return value

    def optional_text(self, key: str) -> str | None:
        return self.text(key) if key in self.data else None

    def integer(self, key: str) -> int:
        value: int = self._get(key, int, "a whole number")
        return value

    def number(self, key: str) -> float:
        return float(self._get(key, (int, float), "a number"))

    def flag(self, key: str, default: bool) -> bool:
        if key not in self.data:
            return default
        value: bool = self._get(key, bool, "true or false")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        items = self._get(key, list, "a list")
        if not items:
            raise self.fail(key, "empty list")
        for n, item in enumerate(items):
            if not isinstance(item, str):
                raise self.fail(f"{key}[{n}]", f"text expected, found {item!r}")
        return tuple(items)

    def numbers(self, key: str, count: int) -> tuple[float, ...]:
        items = self._get(key, list, "a list")
        if len(items) != count or not all(
            isinstance(x, int | float) and not isinstance(x, bool) for x in items
        ):
            raise self.fail(key, f"a list of {count} numbers expected, found {items!r}")
        return tuple(float(x) for x in items)

    def integers(self, key: str, count: int) -> tuple[int, ...]:
        items = self._get(key, list, "a list")
        if len(items) != count or not all(
            isinstance(x, int) and not isinstance(x, bool) for x in items
        ):
            raise self.fail(key, f"a list of {count} whole numbers expected, found {items!r}")
        return tuple(items)

    def table(self, key: str) -> _Entry:
        value = self._get(key, dict, "a table")
        return _Entry(self.path, value, ".".join(p for p in (self.where, key) if p))

    def tables(self, key: str, *, required: bool = True) -> list[_Entry]:
        if not required and key not in self.data:
            self.read.add(key)
            return []
        items = self._get(key, list, "a list of tables")
        if required and not items:
            raise self.fail(key, "empty list")
        entries = []
        for n, item in enumerate(items):
            if not isinstance(item, dict):
                raise self.fail(f"{key}[{n}]", f"a table expected, found {item!r}")
            entries.append(_Entry(self.path, item, f"{self.where + '.' if self.where else ''}"
                                  f"{key}[{n}]"))
        return entries

    def entries(self) -> list[tuple[str, _Entry]]:
        """This table's sub-tables by key, in the file's order."""
        found = []
        for key in self.data:
            found.append((key, self.table(key)))
        return found

    def text_values(self) -> dict[str, str]:
        """This table as key = text pairs, in the file's order."""
        return {key: self.text(key) for key in self.data}

    def code(self, key: str, list_name: str) -> str:
        value = self.text(key)
        self.check_code(key, value, list_name)
        return value

    def check_code(self, key: str, value: str, list_name: str) -> None:
        if value not in CHOICE_LISTS[list_name]:
            raise self.fail(key, f"{value!r} is not a code of the {list_name} list")

    def done(self) -> None:
        unknown = [key for key in self.data if key not in self.read]
        if unknown:
            raise self.fail(unknown[0], "unknown key")


def _load(directory: Path, name: str) -> _Entry:
    path = directory / name
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except FileNotFoundError:
        raise CatalogueError(path, "missing") from None
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(path, f"not valid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(path, f"cannot be read: {exc}") from None
    return _Entry(path, data)


def _known(entry: _Entry, key: str, value: str, known: Iterable[str], what: str) -> None:
    names = list(known)
    if value not in names:
        raise entry.fail(key, f"{value!r} is not {what} ({', '.join(names)})")


def _forms(file: _Entry) -> dict[str, Form]:
    forms = {}
    for key, entry in file.entries():
        capacity = entry.numbers("capacity", 2)
        price = entry.numbers("price", 2)
        forms[key] = Form(
            dosage_form=entry.code("dosage_form", "dosage_forms"),
            unit=entry.code("unit", "units"),
            line_name=entry.text("line_name"),
            capacity=(capacity[0], capacity[1]),
            price=(price[0], price[1]),
            activity=entry.code("activity", "site_activities"),
            device=entry.flag("device", False),
        )
        if not 0 < capacity[0] <= capacity[1] or not 0 < price[0] <= price[1]:
            raise entry.fail(None, "capacity and price must be positive, the lower one first")
        entry.done()
    if "api" not in forms:
        raise file.fail(None, "the kind of production 'api' is missing")
    return forms


def _read(directory: Path) -> Catalogue:
    files = {name: _load(directory, name) for name in FILES}
    form_file = files["forms.toml"]
    forms = _forms(form_file)
    form_keys = list(forms)

    # medicines ---------------------------------------------------------------------------------
    med_file = files["medicines.toml"]
    medicines = []
    for entry in med_file.tables("medicines"):
        atc = entry.text("atc")
        if (problem := atc_problem(atc)) is not None:
            raise entry.fail("atc", f"{atc!r} is not a level-5 ATC code ({problem.en})")
        made_in = entry.table("forms")
        made = []
        for form in list(made_in.data):
            _known(made_in, form, form, form_keys, "a kind of production of forms.toml")
            made.append((form, made_in.texts(form)))
        if not made:
            raise entry.fail("forms", "empty table")
        medicines.append(Medicine(entry.text("inn"), atc, tuple(made)))
        entry.done()
    inns = [m.inn for m in medicines]
    api_substances = med_file.texts("api_substances")
    for substance in api_substances:
        _known(med_file, "api_substances", substance, inns, "an INN of the medicines")
    med_file.done()

    # devices -----------------------------------------------------------------------------------
    dev_file = files["devices.toml"]
    devices = []
    for entry in dev_file.tables("devices"):
        form = entry.text("form")
        _known(entry, "form", form, [k for k, f in forms.items() if f.device],
               "a kind of production of devices in forms.toml")
        devices.append(Device(entry.text("name"), form, entry.texts("variants")))
        entry.done()
    dev_file.done()

    # places ------------------------------------------------------------------------------------
    place_file = files["places.toml"]
    places = {}
    for code, entry in place_file.table("regions").entries():
        place_file.check_code(f"regions.{code}", code, "regions")
        places[code] = Place(
            city_ru=entry.text("city_ru"),
            city_kk=entry.text("city_kk"),
            latitude=entry.number("latitude"),
            longitude=entry.number("longitude"),
            weight=entry.integer("weight"),
            oblast=entry.optional_text("oblast"),
        )
        entry.done()
    cities = place_file.texts("cities")
    for code in cities:
        _known(place_file, "cities", code, places, "a region of places.toml")
    for code, place in places.items():
        if place.oblast is None and code not in cities:
            raise place_file.fail(f"regions.{code}", "oblast missing (not one of the cities)")
    clusters = place_file.table("clusters")
    cluster_of_region = {}
    for code in list(clusters.data):
        _known(clusters, code, code, places, "a region of places.toml")
        cluster_of_region[code] = clusters.code(code, "clusters")
    zones = place_file.table("special_economic_zones")
    for code in zones.data:
        _known(zones, code, code, places, "a region of places.toml")
    sez_of_region = zones.text_values()
    streets = place_file.texts("streets")
    place_file.done()

    def region(entry: _Entry, key: str) -> str:
        value = entry.text(key)
        _known(entry, key, value, places, "a region of places.toml")
        return value

    def form_key(entry: _Entry, key: str) -> str:
        value = entry.text(key)
        _known(entry, key, value, form_keys, "a kind of production of forms.toml")
        return value

    # public producers --------------------------------------------------------------------------
    producer_file = files["producers.toml"]
    public = []
    for entry in producer_file.tables("producer"):
        sites = []
        for site in entry.tables("site"):
            lines = []
            for line in site.tables("lines"):
                lines.append(PublicLine(form_key(line, "form"), line.number("design"),
                                        line.integer("commissioned"),
                                        line.optional_text("name")))
                line.done()
            sites.append(PublicSite(region(site, "region"), site.text("name"), tuple(lines)))
            site.done()
        investments = []
        for project in entry.tables("investment", required=False):
            start, finish = project.integers("years", 2)
            investments.append(PublicInvestment(
                name=project.text("name"),
                project_type=project.code("project_type", "investment_types"),
                status=project.code("status", "investment_statuses"),
                start_year=start,
                finish_year=finish,
                form=form_key(project, "form") if project.has("form") else None,
                added_capacity=project.number("added_capacity")
                if project.has("added_capacity") else None,
            ))
            project.done()
        contract = None
        if entry.has("contract"):
            terms = entry.table("contract")
            contract = (terms.integer("years"), terms.integer("items"))
            terms.done()
        year, month = entry.integers("founded", 2)
        public.append(PublicProducer(
            name=entry.text("name_ru"),
            name_kk=entry.optional_text("name_kk"),
            legal_form=entry.code("legal_form", "legal_forms"),
            brand=entry.text("brand"),
            founded=(year, month),
            sites=tuple(sites),
            products=entry.integer("products"),
            ownership=entry.code("ownership", "ownership_types"),
            foreign_country=entry.code("foreign_country", "countries")
            if entry.has("foreign_country") else None,
            cluster=entry.code("cluster", "clusters"),
            sez=entry.optional_text("special_economic_zone"),
            parent=entry.optional_text("parent"),
            contract=contract,
            investments=tuple(investments),
            facts=entry.text("facts"),
        ))
        entry.done()
    producer_file.done()

    # invented producers ------------------------------------------------------------------------
    invented = files["invented.toml"]

    def profiles(key: str, devices: bool) -> tuple[Profile, ...]:
        found = []
        for entry in invented.tables(key):
            always, sometimes = entry.texts("always"), entry.texts("sometimes")
            for n, form in enumerate(always + sometimes):
                _known(entry, f"forms[{n}]", form, form_keys,
                       "a kind of production of forms.toml")
                if forms[form].device != devices:
                    raise entry.fail(None, f"{form!r} is not a kind of "
                                           f"{'devices' if devices else 'medicines'}")
            found.append(Profile(always, sometimes, entry.integer("weight")))
            entry.done()
        return tuple(found)

    medicine_profiles = profiles("medicine_profiles", devices=False)
    device_profiles = profiles("device_profiles", devices=True)
    name_roots = invented.texts("name_roots")
    medicine_suffixes = invented.texts("medicine_suffixes")
    device_suffixes = invented.texts("device_suffixes")
    name_qualifiers = invented.texts("name_qualifiers")
    brand_endings = invented.texts("brand_endings")
    invented.done()

    # people ------------------------------------------------------------------------------------
    people = files["people.toml"]
    given_names = []
    for entry in people.tables("given_names"):
        sex = entry.text("sex")
        _known(entry, "sex", sex, ("m", "f"), "m or f")
        given_names.append(GivenName(entry.text("name"), sex))
        entry.done()
    surnames, fathers = people.texts("surnames"), people.texts("fathers")
    positions = people.texts("positions")
    people.done()

    # organisations -----------------------------------------------------------------------------
    orgs = files["organisations.toml"]
    global_partners = []
    for entry in orgs.tables("global_partners"):
        global_partners.append(GlobalPartner(entry.text("name"),
                                             entry.code("country", "countries"),
                                             entry.text("localizes")))
        entry.done()
    universities = []
    for entry in orgs.tables("universities"):
        universities.append(University(entry.text("name"),
                                       entry.code("kind", "partnership_types")))
        entry.done()
    foreign_inspectorates = {}
    inspectorates = orgs.table("foreign_inspectorates")
    for country, entry in inspectorates.entries():
        inspectorates.check_code(country, country, "countries")
        foreign_inspectorates[country] = ForeignInspectorate(
            entry.code("standard", "gmp_standards"), entry.text("name"))
        entry.done()
    inspectorate, expertise_centre = orgs.text("inspectorate"), orgs.text("expertise_centre")
    single_distributor, iso_bodies = orgs.text("single_distributor"), orgs.texts("iso_bodies")
    orgs.done()

    # countries ---------------------------------------------------------------------------------
    country_file = files["countries.toml"]
    api_countries, api_country_weights = [], []
    for entry in country_file.tables("api_origins"):
        api_countries.append(entry.code("country", "countries"))
        api_country_weights.append(entry.integer("weight"))
        entry.done()
    export_countries = country_file.texts("export_countries")
    foreign_owners = country_file.texts("foreign_owners")
    for key, codes in (("export_countries", export_countries),
                       ("foreign_owners", foreign_owners)):
        for code in codes:
            country_file.check_code(key, code, "countries")
    country_file.done()

    # texts -------------------------------------------------------------------------------------
    text_file = files["texts.toml"]
    barriers = text_file.table("barriers")
    for code in barriers.data:
        barriers.check_code(code, code, "barriers")
    support = text_file.table("support")
    for code in support.data:
        support.check_code(code, code, "support_measures")
    deficiencies = text_file.table("deficiencies")
    deficiency_texts = {}
    for area in list(deficiencies.data):
        deficiencies.check_code(area, area, "inspection_areas")
        deficiency_texts[area] = deficiencies.texts(area)
    barrier_texts, support_texts = barriers.text_values(), support.text_values()
    financial = text_file.texts("financial_support")
    for code in financial:
        _known(text_file, "financial_support", code, support_texts, "a support measure above")
    critical_texts = text_file.texts("critical_deficiencies")
    text_file.done()

    return Catalogue(
        forms=forms,
        medicines=tuple(medicines),
        api_substances=frozenset(api_substances),
        devices=tuple(devices),
        places=places,
        cities=frozenset(cities),
        streets=streets,
        cluster_of_region=cluster_of_region,
        sez_of_region=sez_of_region,
        public=tuple(public),
        medicine_profiles=medicine_profiles,
        device_profiles=device_profiles,
        name_roots=name_roots,
        medicine_suffixes=medicine_suffixes,
        device_suffixes=device_suffixes,
        name_qualifiers=name_qualifiers,
        brand_endings=brand_endings,
        surnames=surnames,
        given_names=tuple(given_names),
        fathers=fathers,
        positions=positions,
        inspectorate=inspectorate,
        expertise_centre=expertise_centre,
        single_distributor=single_distributor,
        iso_bodies=iso_bodies,
        global_partners=tuple(global_partners),
        universities=tuple(universities),
        foreign_inspectorates=foreign_inspectorates,
        api_countries=tuple(api_countries),
        api_country_weights=tuple(api_country_weights),
        export_countries=export_countries,
        foreign_owners=foreign_owners,
        barrier_texts=barrier_texts,
        support_texts=support_texts,
        financial_measures=frozenset(financial),
        deficiency_texts=deficiency_texts,
        critical_texts=critical_texts,
    )


def read_catalogue(directory: Path = DATA_DIR) -> Catalogue:
    """The catalogue in ``directory``, read and checked now; :class:`CatalogueError` names the
    first file that cannot be used and why."""
    return _read(directory)


@functools.cache
def load_catalogue() -> Catalogue:
    """The application's catalogue, read and checked at first use, then kept."""
    return _read(DATA_DIR)
