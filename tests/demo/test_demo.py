"""The demo data set is deterministic, consistent, and speaks the reference lists."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, String, Table, func, select
from sqlalchemy.orm import Session

from auditor.db.database import Database, open_database
from auditor.db.models import (
    TRACKED_MODELS,
    Attachment,
    Audit,
    AuditorProfile,
    Company,
    Deficiency,
    GmpCertificate,
    Inspection,
    InvestmentProject,
    Product,
    ProductionLine,
    Site,
    SupplyContract,
)
from auditor.demo import DemoSummary, build_demo
from auditor.domain.atc import atc_problem
from auditor.domain.bin import is_demo_bin, parse_bin
from auditor.domain.lists import CHOICE_LISTS
from auditor.domain.profile_kinds import PROFILE_KINDS

# Which reference list each coded column draws on. The walk below insists that every short
# string or JSON column of every model is either here or known to be free text, so a coded
# column added later cannot slip past this test.
CODED: dict[tuple[str, str], str] = {
    ("auditor_profile", "region_code"): "regions",
    ("auditor_profile", "language"): "languages",
    ("company", "legal_form"): "legal_forms",
    ("company", "region_code"): "regions",
    ("audit", "status"): "audit_statuses",
    ("audit", "producer_type"): "producer_types",
    ("audit", "ownership_type"): "ownership_types",
    ("audit", "foreign_partner_country"): "countries",
    ("audit", "cluster"): "clusters",
    ("audit", "gmp_status"): "gmp_statuses",
    ("audit", "export_countries"): "countries",
    ("audit", "planned_dosage_forms"): "dosage_forms",
    ("site", "region_code"): "regions",
    ("site", "activities"): "site_activities",
    ("gmp_certificate", "doc_type"): "certificate_doc_types",
    ("gmp_certificate", "standard"): "gmp_standards",
    ("gmp_certificate", "scope_dosage_forms"): "dosage_forms",
    ("inspection", "inspection_type"): "inspection_types",
    ("inspection", "standard"): "gmp_standards",
    ("inspection", "conclusion"): "inspection_conclusions",
    ("inspection", "areas"): "inspection_areas",
    ("deficiency", "deficiency_class"): "deficiency_classes",
    ("deficiency", "area"): "inspection_areas",
    ("deficiency", "capa_status"): "capa_statuses",
    ("production_line", "dosage_form"): "dosage_forms",
    ("production_line", "unit"): "units",
    ("product", "dosage_form"): "dosage_forms",
    ("product", "localization_stage"): "localization_stages",
    ("product", "origin_evidence"): "origin_evidence",
    ("product", "volume_unit"): "units",
    ("product", "api_origin"): "api_origins",
    ("product", "api_country"): "countries",
    ("investment_project", "project_type"): "investment_types",
    ("investment_project", "status"): "investment_statuses",
    ("investment_project", "funding_source"): "funding_sources",
    ("investment_project", "capacity_unit"): "units",
    ("partnership", "partner_country"): "countries",
    ("partnership", "partnership_type"): "partnership_types",
    ("partnership", "status"): "partnership_statuses",
    ("barrier", "barrier_code"): "barriers",
    ("barrier", "severity"): "severities",
    ("support_request", "measure_code"): "support_measures",
    ("support_request", "status"): "support_statuses",
}
NOT_CODED = {
    ("auditor_profile", "auditor_code"),
    ("auditor_profile", "kind"),  # checked against PROFILE_KINDS below
    ("company", "bin"),  # checked against parse_bin
    ("site", "kato"),
    ("product", "atc_code"),  # checked against atc_problem
}
# Units a line of each dosage form may be counted in.
FITTING_UNITS: dict[str, set[str]] = {
    "tablets": {"tablets"},
    "hard_capsules": {"capsules"},
    "soft_capsules": {"capsules"},
    "liquids_internal": {"bottles"},
    "liquids_external": {"bottles"},
    "semi_solids": {"packs"},
    "suppositories": {"pieces"},
    "pressurised_preparations": {"packs"},
    "terminal_small_volume_liquids": {"ampoules", "vials"},
    "aseptic_small_volume_liquids": {"vials", "ampoules"},
    "terminal_large_volume_liquids": {"bottles"},
    "aseptic_large_volume_liquids": {"bottles"},
    "aseptic_solids_implants": {"vials"},
    "aseptic_lyophilisates": {"vials"},
    "biotech_products": {"vials", "syringes"},
    "immunologicals": {"doses", "vials"},
    "blood_products": {"vials", "bottles"},
    "api": {"kg", "tonnes"},
    "device_class_1": {"pieces"},
    "device_class_2a": {"pieces"},
    "device_class_2b": {"pieces"},
    "device_class_3": {"pieces"},
}
TIMESTAMPS = ("created_at", "updated_at")


def _build(path: Path, **options: Any) -> tuple[Database, DemoSummary]:
    database = open_database(path)
    return database, build_demo(database, **options)


def _content(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every audit-data table, timestamps left out, in id order."""
    content: dict[str, list[tuple[Any, ...]]] = {}
    with database.session() as session:
        for model in TRACKED_MODELS:
            table = model.__table__
            assert isinstance(table, Table)
            columns = [c for c in table.columns if c.key not in TIMESTAMPS]
            rows = session.execute(select(*columns).order_by(table.c.id)).all()
            content[table.name] = [tuple(row) for row in rows]
    return content


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database, summary = _build(tmp_path_factory.mktemp("demo") / "demo.sqlite", companies=20)
    assert summary.companies == 20
    yield database
    database.close()


@pytest.fixture
def session(demo: Database) -> Iterator[Session]:
    with demo.session() as session:
        yield session


# --- determinism ---------------------------------------------------------------------------------


def test_same_seed_gives_the_same_content_ids_included(tmp_path: Path) -> None:
    first, _ = _build(tmp_path / "a" / "demo.sqlite", companies=10, seed=11)
    second, _ = _build(tmp_path / "b" / "demo.sqlite", companies=10, seed=11)
    other, _ = _build(tmp_path / "c" / "demo.sqlite", companies=10, seed=12)
    try:
        same = _content(first)
        assert same == _content(second)
        assert all(same[model.__tablename__] for model in TRACKED_MODELS)
        different = _content(other)
        assert different != same
        # Not only ids: the invented producers themselves differ.
        assert {row[1:] for row in different["company"]} != {row[1:] for row in same["company"]}
    finally:
        for database in (first, second, other):
            database.close()


def test_a_larger_demo_begins_with_the_smaller_one(tmp_path: Path) -> None:
    small, _ = _build(tmp_path / "small" / "demo.sqlite", companies=9)
    large, _ = _build(tmp_path / "large" / "demo.sqlite", companies=11)
    try:
        small_companies = set(_content(small)["company"])
        assert small_companies < set(_content(large)["company"])
    finally:
        small.close()
        large.close()


# --- size and shape ------------------------------------------------------------------------------


def test_three_companies_are_the_first_three_public_producers(tmp_path: Path) -> None:
    database, summary = _build(tmp_path / "demo.sqlite", companies=3)
    with database.session() as session:
        names = set(session.scalars(select(Company.name_ru)))
        audits = session.scalar(select(func.count()).select_from(Audit))
    database.close()
    assert summary.companies == summary.audits == audits == 3
    assert names == {
        "АО «Химфарм»",
        "АО «Нобел Алматинская Фармацевтическая Фабрика»",
        "ТОО «Карагандинский фармацевтический комплекс»",
    }


def test_summary_counts_what_was_written_and_progress_reaches_the_end(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    database = open_database(tmp_path / "demo.sqlite")
    summary = build_demo(database, companies=4, progress=lambda done, total: calls.append(
        (done, total)))
    with database.session() as session:
        products = session.scalar(select(func.count()).select_from(Product))
        lines = session.scalar(select(func.count()).select_from(ProductionLine))
    database.close()
    assert (summary.products, summary.production_lines) == (products, lines)
    assert summary.skipped == 0 and summary.seconds > 0
    assert calls[-1] == (4, 4)


def test_the_largest_producer_has_500_products(session: Session) -> None:
    counts = session.execute(
        select(Company.name_ru, func.count(Product.id))
        .join(Audit, Audit.company_id == Company.id)
        .join(Product, Product.audit_id == Audit.id)
        .group_by(Company.id)
    ).all()
    by_name = dict(counts)
    assert by_name["АО «Химфарм»"] == 500
    assert max(by_name.values()) == 500
    assert min(by_name.values()) >= 5


def test_demo_twice_skips_the_companies_already_there(tmp_path: Path) -> None:
    database, first = _build(tmp_path / "demo.sqlite", companies=5)
    again = build_demo(database, companies=7)
    with database.session() as session:
        bins = list(session.scalars(select(Company.bin)))
    database.close()
    assert first.companies == 5
    assert (again.companies, again.skipped) == (2, 5)
    assert len(bins) == len(set(bins)) == 7


# --- sign-off ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("finalize", "status"), [(True, "finalized"), (False, "draft")])
def test_finalize_decides_the_status_of_every_audit(
    tmp_path: Path, finalize: bool, status: str
) -> None:
    database, _ = _build(tmp_path / "demo.sqlite", companies=3, finalize=finalize)
    with database.session() as session:
        audits = list(session.scalars(select(Audit)))
    database.close()
    assert {audit.status for audit in audits} == {status}
    for audit in audits:
        assert audit.auditor_confirmed is finalize
        assert (audit.finalized_at is not None) is finalize
        assert audit.representative_name and audit.representative_position


# --- identifiers and codes -----------------------------------------------------------------------


def test_every_bin_is_valid_unique_and_of_the_demo_range(session: Session) -> None:
    bins = list(session.scalars(select(Company.bin)))
    assert len(bins) == len(set(bins)) == 20
    for value in bins:
        assert parse_bin(value).entity_type == "resident"
        assert is_demo_bin(value)  # no real company holds it


def test_every_auditor_of_the_demo_is_of_a_known_kind(session: Session) -> None:
    kinds = set(session.scalars(select(AuditorProfile.kind)))
    assert kinds and kinds <= set(PROFILE_KINDS)


def test_every_coded_value_is_a_code_of_its_list(session: Session) -> None:
    checked = 0
    for model in TRACKED_MODELS:
        table = model.__table__
        assert isinstance(table, Table)
        for column in table.columns:
            key = (table.name, column.key)
            short_string = isinstance(column.type, String) and (column.type.length or 999) <= 40
            if column.primary_key or column.foreign_keys or not (
                short_string or isinstance(column.type, JSON)
            ):
                continue
            if key in NOT_CODED:
                continue
            assert key in CODED, f"{key}: coded column without a list in this test"
            choices = CHOICE_LISTS[CODED[key]]
            for (value,) in session.execute(select(column).distinct()):
                values = value if isinstance(value, list) else [value]
                for code in values:
                    if code is not None:
                        assert code in choices, f"{key}: {code!r} not in {choices.name}"
                        checked += 1
    assert checked > 100


def test_atc_codes_are_level_5_and_one_per_inn(session: Session) -> None:
    pairs = {(inn, atc) for inn, atc in session.execute(
        select(Product.inn, Product.atc_code).distinct())}
    medicines = {(inn, atc) for inn, atc in pairs if inn is not None}
    assert len(medicines) >= 80
    for inn, atc in medicines:
        assert atc is not None and atc_problem(atc) is None, (inn, atc)
    assert len({inn for inn, _ in medicines}) == len(medicines)
    known = {"Фторурацил": "L01BC02", "Эналаприл": "C09AA02", "Бисопролол": "C07AB07",
             "Инсулин гларгин": "A10AE04", "Амоксициллин": "J01CA04", "Иматиниб": "L01EA01"}
    for inn, atc in known.items():
        assert (inn, atc) in medicines


def test_priority_flags_follow_the_atc_group(session: Session) -> None:
    products = session.execute(
        select(Product.atc_code, Product.is_oncology, Product.is_cardiovascular)
    ).all()
    assert any(oncology for _, oncology, _ in products)
    assert any(cardio for _, _, cardio in products)
    for atc, oncology, cardio in products:
        assert oncology == bool(atc and atc.startswith(("L01", "L02"))), atc
        assert cardio == bool(atc and atc.startswith("C")), atc


def test_products_are_made_in_forms_the_producer_has_lines_for(session: Session) -> None:
    line_forms: dict[Any, set[str | None]] = {}
    for audit_id, form in session.execute(
        select(ProductionLine.audit_id, ProductionLine.dosage_form)
    ):
        line_forms.setdefault(audit_id, set()).add(form)
    for audit_id, form, unit in session.execute(
        select(Product.audit_id, Product.dosage_form, Product.volume_unit).distinct()
    ):
        assert form in line_forms[audit_id]
        assert form is not None and unit in FITTING_UNITS[form]


def test_domestic_origin_always_comes_with_its_evidence(session: Session) -> None:
    products = session.scalars(select(Product).where(Product.inn.is_not(None))).all()
    for product in products:
        assert product.localization_stage is not None
        assert product.origin_evidence is not None
        assert (product.origin_document is not None) == (product.origin_evidence != "none")
        if product.localization_stage == "full_cycle":
            assert (product.api_origin, product.api_country) == ("domestic", "KZ")
        else:
            assert product.api_origin in ("imported", "mixed")
    imported = [p.api_country for p in products if p.api_origin == "imported"]
    assert sum(country in ("CN", "IN") for country in imported) > len(imported) / 2


# --- capacity ------------------------------------------------------------------------------------


def test_utilization_is_mostly_40_to_95_percent_and_never_above_110(session: Session) -> None:
    lines = session.scalars(select(ProductionLine)).all()
    utilizations = [line.utilization for line in lines]
    assert all(u is not None and 0 < u <= 1.10 for u in utilizations)
    typical = [u for u in utilizations if u is not None and 0.4 <= u <= 0.95]
    assert len(typical) >= 0.7 * len(lines)
    for line in lines:
        assert line.dosage_form is not None and line.unit in FITTING_UNITS[line.dosage_form]
        assert line.shifts_per_day in (1, 2, 3)


def test_sites_are_in_kazakhstan_near_their_region(session: Session) -> None:
    per_audit = {audit_id: count for audit_id, count in session.execute(
        select(Site.audit_id, func.count()).group_by(Site.audit_id))}
    assert len(per_audit) == 20 and set(per_audit.values()) <= {1, 2, 3}
    for site in session.scalars(select(Site)):
        assert site.latitude is not None and site.longitude is not None
        assert 40.6 < site.latitude < 55.4 and 46.5 < site.longitude < 87.3
        assert site.kato is not None and site.region_code is not None
        assert site.kato.startswith(site.region_code)
        assert site.activities


# --- GMP -----------------------------------------------------------------------------------------


def test_certificates_follow_their_inspection_and_precede_the_visit(session: Session) -> None:
    for certificate in session.scalars(select(GmpCertificate)):
        visit = certificate.audit.visit_start
        assert visit is not None
        assert certificate.inspection_date is not None and certificate.issued_on is not None
        assert certificate.inspection_date <= certificate.issued_on < visit
        if certificate.valid_until is not None:
            assert certificate.valid_until > certificate.issued_on
    for inspection in session.scalars(select(Inspection)):
        assert inspection.date_end is not None and inspection.audit.visit_start is not None
        assert inspection.date_end < inspection.audit.visit_start


def test_gmp_status_agrees_with_the_certificates(session: Session) -> None:
    expired_seen = False
    for audit in session.scalars(select(Audit)):
        assert audit.visit_start is not None and audit.visit_start.year == 2026
        certificates = [c for c in audit.certificates if c.doc_type == "certificate"]
        in_force = [c for c in certificates
                    if c.valid_until is None or c.valid_until >= audit.visit_start]
        if audit.gmp_status == "valid":
            assert in_force
        elif audit.gmp_status == "expired":
            assert certificates and not in_force
            expired_seen = True
        else:
            assert not in_force
    assert expired_seen


def test_no_critical_deficiency_is_left_open_under_a_compliant_conclusion(
    session: Session,
) -> None:
    classes = set()
    for inspection in session.scalars(select(Inspection)):
        assert inspection.date_start is not None and inspection.date_end is not None
        assert inspection.date_start <= inspection.date_end
        for deficiency in inspection.deficiencies:
            classes.add(deficiency.deficiency_class)
            if deficiency.deficiency_class == "critical" and inspection.conclusion == "compliant":
                assert deficiency.capa_status == "closed"
            assert (deficiency.capa_closed_on is not None) == (deficiency.capa_status == "closed")
    statuses = set(session.scalars(select(Deficiency.capa_status).distinct()))
    assert {"other", "major"} <= classes
    assert len(statuses) >= 2


def test_public_producers_are_never_shown_in_a_bad_light(session: Session) -> None:
    public = session.scalars(select(Audit).join(Company).where(
        Company.name_ru.in_(["АО «Химфарм»", "ТОО «Келун-Казфарм»"]))).all()
    assert len(public) == 2
    for audit in public:
        assert audit.gmp_status == "valid"
        assert all(d.deficiency_class == "other" for d in audit.deficiencies)


# --- people, money, development ------------------------------------------------------------------


def test_workforce_and_percentages_are_consistent(session: Session) -> None:
    for audit in session.scalars(select(Audit)):
        assert audit.staff_total and audit.staff_qa_qc is not None
        assert 0 < audit.staff_qa_qc <= audit.staff_total
        assert audit.qualified_persons is not None
        if audit.producer_type != "medical_devices":
            assert audit.qualified_persons >= 1
        assert audit.foreign_share_pct is not None and 0 <= audit.foreign_share_pct <= 100
        assert audit.revenue_kzt is not None and audit.export_revenue_kzt is not None
        assert audit.domestic_sales_kzt == audit.revenue_kzt - audit.export_revenue_kzt
        assert audit.findings and audit.recommendations


def test_investments_and_contracts_are_plausible(session: Session) -> None:
    projects = session.scalars(select(InvestmentProject)).all()
    assert projects
    for project in projects:
        assert project.start_year is not None and project.finish_year is not None
        assert project.finish_year >= project.start_year
        assert project.capex_kzt is not None and 1e8 <= project.capex_kzt <= 1e11
    contracts = session.scalars(select(SupplyContract)).all()
    assert contracts
    for contract in contracts:
        assert contract.counterparty == "ТОО «СК-Фармация»"
        assert contract.term_years is not None and 1 <= contract.term_years <= 10
        assert contract.signed_on is not None and contract.signed_on < date(2026, 1, 1)


def test_the_first_audit_carries_a_text_attachment(session: Session) -> None:
    attachments = session.scalars(select(Attachment)).all()
    assert len(attachments) == 1
    assert attachments[0].media_type == "text/plain"
    assert "Химфарм" in attachments[0].content.decode("utf-8")
