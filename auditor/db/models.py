"""The audit data model: everything an audit captures has a column here.

The model is the schema; the questionnaire (``auditor.forms``) adds labels, help and rules by
pointing at these attributes. Columns that the application maintains itself (keys, links,
timestamps, status) carry ``info={"system": True}``; every other column is audit data that some
form field must let the auditor enter.

Codes of reference lists (regions, dosage forms, ...) are stored as short strings; their labels
live in ``auditor.domain.lists``.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, declared_attr, deferred, mapped_column, relationship

from auditor.db.base import Base, CodeList, Timestamps, UUIDPrimaryKey, utcnow
from auditor.domain import text as texts
from auditor.domain.capacity import capacity_utilization
from auditor.domain.profile_kinds import DEFAULT_KIND, PROFILE_KINDS

SYSTEM: dict[str, Any] = {"system": True}

AUDIT_STATUS_DRAFT = "draft"
AUDIT_STATUS_FINALIZED = "finalized"


def _code(length: int = 40) -> Any:
    return String(length)


class Tracked(UUIDPrimaryKey, Timestamps, Base):
    """Audit data: every insert, update and delete is written to the audit trail."""

    __abstract__ = True


class AuditPart(Tracked):
    """A record that belongs to one audit and is locked with it once the audit is finalized."""

    __abstract__ = True

    @declared_attr
    def audit_id(cls) -> Mapped[uuid.UUID]:
        return mapped_column(
            ForeignKey("audit.id", ondelete="CASCADE"), index=True, info=SYSTEM
        )

    def owning_audit(self) -> Audit | None:
        return getattr(self, "audit", None)


# --- people and companies -------------------------------------------------------------------


def company_name_in(lang: str, name_kk: str | None, name_ru: str | None, bin_: str) -> str:
    """The name of a company to show in ``lang``: its Kazakh name in Kazakh, its Russian name in
    Russian and in English (a company is registered under Kazakh and Russian names only); the
    other name when that one is missing, and the BIN when both are."""
    first, second = (name_kk, name_ru) if lang == "kk" else (name_ru, name_kk)
    return first or second or bin_


def company_names(name_kk: str | None, name_ru: str | None, bin_: str) -> texts.Text:
    """:func:`company_name_in` in every language, for a message written in all three."""
    return texts.Text(
        *(company_name_in(lang, name_kk, name_ru, bin_) for lang in texts.LANGUAGES)
    )


class AuditorProfile(Tracked):
    """A person who works with the application (a field auditor or a ministry analyst);
    ``installation_id`` tells which laptop their records came from."""

    __tablename__ = "auditor_profile"
    __table_args__ = (
        CheckConstraint(
            "kind IN (" + ", ".join(f"'{code}'" for code in PROFILE_KINDS) + ")", name="kind"
        ),
    )

    full_name: Mapped[str] = mapped_column(String(200))
    auditor_code: Mapped[str] = mapped_column(String(40))
    organisation: Mapped[str | None] = mapped_column(String(300))
    region_code: Mapped[str | None] = mapped_column(_code(2))
    language: Mapped[str] = mapped_column(String(2), default="ru")
    installation_id: Mapped[uuid.UUID] = mapped_column(info=SYSTEM)
    # Field auditor or ministry analyst (``auditor.domain.profile_kinds``); a profile stored
    # before kinds existed is a field auditor.
    kind: Mapped[str] = mapped_column(
        String(20), default=DEFAULT_KIND.code, server_default=DEFAULT_KIND.code, info=SYSTEM
    )


class Company(Tracked):
    """A producer, identified by its BIN. What changes over time is captured per audit."""

    __tablename__ = "company"
    __table_args__ = (
        CheckConstraint("name_kk IS NOT NULL OR name_ru IS NOT NULL", name="has_name"),
    )

    bin: Mapped[str] = mapped_column(String(12), unique=True)
    name_kk: Mapped[str | None] = mapped_column(String(300))
    name_ru: Mapped[str | None] = mapped_column(String(300))
    legal_form: Mapped[str | None] = mapped_column(_code())
    region_code: Mapped[str] = mapped_column(_code(2))
    address: Mapped[str | None] = mapped_column(Text)

    # No delete cascade: a company with audits must never disappear as a side effect. The
    # foreign key is RESTRICT and the ORM is told not to null the children out.
    audits: Mapped[list[Audit]] = relationship(
        back_populates="company", passive_deletes="all", order_by="Audit.created_at"
    )

    def name_in(self, lang: str) -> str:
        """The name to show in ``lang`` (:func:`company_name_in`)."""
        return company_name_in(lang, self.name_kk, self.name_ru, self.bin)

    @property
    def names(self) -> texts.Text:
        """The name to show in each language, for a message written in all three."""
        return company_names(self.name_kk, self.name_ru, self.bin)


def _children(class_name: str) -> dict[str, Any]:
    # Deleting a (draft) audit takes everything captured in it along. The ORM deletes each
    # record itself (rather than leaving it to ON DELETE CASCADE) so each one reaches the trail.
    return {
        "back_populates": "audit",
        "cascade": "all, delete-orphan",
        "order_by": f"{class_name}.created_at",
    }


# --- the audit --------------------------------------------------------------------------------


class Audit(Tracked):
    """One company at one point in time, by one auditor, with a revision number."""

    __tablename__ = "audit"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'finalized')", name="status"),
        CheckConstraint("revision >= 1", name="revision"),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("company.id", ondelete="RESTRICT"), index=True, info=SYSTEM
    )
    auditor_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("auditor_profile.id", ondelete="SET NULL"), info=SYSTEM
    )
    revision: Mapped[int] = mapped_column(Integer, default=1, info=SYSTEM)
    status: Mapped[str] = mapped_column(String(12), default=AUDIT_STATUS_DRAFT, info=SYSTEM)
    visit_start: Mapped[date | None]
    visit_end: Mapped[date | None]
    finalized_at: Mapped[datetime | None] = mapped_column(info=SYSTEM)

    # Company profile at the time of the audit
    producer_type: Mapped[str | None] = mapped_column(_code())
    ownership_type: Mapped[str | None] = mapped_column(_code())
    foreign_share_pct: Mapped[float | None]
    foreign_partner_country: Mapped[str | None] = mapped_column(_code(2))
    cluster: Mapped[str | None] = mapped_column(_code())
    special_economic_zone: Mapped[str | None] = mapped_column(String(200))

    # GMP status
    gmp_status: Mapped[str | None] = mapped_column(_code())

    # Market & contracts
    revenue_kzt: Mapped[int | None] = mapped_column(BigInteger)
    domestic_sales_kzt: Mapped[int | None] = mapped_column(BigInteger)
    export_revenue_kzt: Mapped[int | None] = mapped_column(BigInteger)
    export_countries: Mapped[list[str] | None] = mapped_column(CodeList)

    # Workforce & R&D
    staff_total: Mapped[int | None]
    staff_qa_qc: Mapped[int | None]
    qualified_persons: Mapped[int | None]
    vacancies: Mapped[int | None]
    rd_staff: Mapped[int | None]
    rd_budget_kzt: Mapped[int | None] = mapped_column(BigInteger)
    clinical_trials: Mapped[int | None]

    # Development potential
    planned_dosage_forms: Mapped[list[str] | None] = mapped_column(CodeList)
    development_notes: Mapped[str | None] = mapped_column(Text)

    # Findings & sign-off
    findings: Mapped[str | None] = mapped_column(Text)
    recommendations: Mapped[str | None] = mapped_column(Text)
    representative_name: Mapped[str | None] = mapped_column(String(200))
    representative_position: Mapped[str | None] = mapped_column(String(200))
    auditor_confirmed: Mapped[bool] = mapped_column(default=False)
    # Set when the audit is finalized: the digest of its content (see ``auditor.db.seal``).
    # While it is set, the database refuses every change but reopening.
    seal_sha256: Mapped[str | None] = mapped_column(String(64), info=SYSTEM)

    company: Mapped[Company] = relationship(back_populates="audits")
    auditor: Mapped[AuditorProfile | None] = relationship()

    sites: Mapped[list[Site]] = relationship(**_children("Site"))
    certificates: Mapped[list[GmpCertificate]] = relationship(**_children("GmpCertificate"))
    inspections: Mapped[list[Inspection]] = relationship(**_children("Inspection"))
    deficiencies: Mapped[list[Deficiency]] = relationship(**_children("Deficiency"))
    production_lines: Mapped[list[ProductionLine]] = relationship(
        **_children("ProductionLine")
    )
    products: Mapped[list[Product]] = relationship(**_children("Product"))
    contracts: Mapped[list[SupplyContract]] = relationship(**_children("SupplyContract"))
    investments: Mapped[list[InvestmentProject]] = relationship(
        **_children("InvestmentProject")
    )
    partnerships: Mapped[list[Partnership]] = relationship(**_children("Partnership"))
    barriers: Mapped[list[Barrier]] = relationship(**_children("Barrier"))
    support_requests: Mapped[list[SupportRequest]] = relationship(
        **_children("SupportRequest")
    )
    attachments: Mapped[list[Attachment]] = relationship(**_children("Attachment"))

    @property
    def is_finalized(self) -> bool:
        return self.status == AUDIT_STATUS_FINALIZED

    def owning_audit(self) -> Audit:
        return self


# --- Company & sites ------------------------------------------------------------------------


class Site(AuditPart):
    __tablename__ = "site"

    name: Mapped[str] = mapped_column(String(300))
    region_code: Mapped[str | None] = mapped_column(_code(2))
    address: Mapped[str | None] = mapped_column(Text)
    kato: Mapped[str | None] = mapped_column(String(9))
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    activities: Mapped[list[str] | None] = mapped_column(CodeList)

    audit: Mapped[Audit] = relationship(back_populates="sites")
    production_lines: Mapped[list[ProductionLine]] = relationship(
        back_populates="site",
        cascade="all, delete-orphan",
        order_by="ProductionLine.created_at",
    )


# --- GMP status -------------------------------------------------------------------------------


class GmpCertificate(AuditPart):
    __tablename__ = "gmp_certificate"

    site_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("site.id", ondelete="SET NULL"), info=SYSTEM
    )
    number: Mapped[str] = mapped_column(String(100))
    doc_type: Mapped[str] = mapped_column(_code(), default="certificate")
    standard: Mapped[str | None] = mapped_column(_code())
    issuing_authority: Mapped[str | None] = mapped_column(String(300))
    inspection_date: Mapped[date | None]
    issued_on: Mapped[date | None]
    valid_until: Mapped[date | None]
    scope_dosage_forms: Mapped[list[str] | None] = mapped_column(CodeList)
    api_names: Mapped[str | None] = mapped_column(Text)
    remarks: Mapped[str | None] = mapped_column(Text)

    audit: Mapped[Audit] = relationship(back_populates="certificates")
    site: Mapped[Site | None] = relationship()


class Inspection(AuditPart):
    __tablename__ = "inspection"

    site_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("site.id", ondelete="SET NULL"), info=SYSTEM
    )
    inspection_type: Mapped[str | None] = mapped_column(_code())
    standard: Mapped[str | None] = mapped_column(_code())
    inspectorate: Mapped[str | None] = mapped_column(String(300))
    date_start: Mapped[date | None]
    date_end: Mapped[date | None]
    conclusion: Mapped[str | None] = mapped_column(_code())
    areas: Mapped[list[str] | None] = mapped_column(CodeList)
    remarks: Mapped[str | None] = mapped_column(Text)

    audit: Mapped[Audit] = relationship(back_populates="inspections")
    site: Mapped[Site | None] = relationship()
    deficiencies: Mapped[list[Deficiency]] = relationship(
        back_populates="inspection",
        cascade="all, delete-orphan",
        order_by="Deficiency.created_at",
    )


class Deficiency(AuditPart):
    __tablename__ = "deficiency"

    inspection_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True, info=SYSTEM
    )
    deficiency_class: Mapped[str] = mapped_column(_code())
    area: Mapped[str | None] = mapped_column(_code())
    description: Mapped[str | None] = mapped_column(Text)
    capa_status: Mapped[str] = mapped_column(_code(), default="open")
    capa_due: Mapped[date | None]
    capa_closed_on: Mapped[date | None]

    audit: Mapped[Audit] = relationship(back_populates="deficiencies")
    inspection: Mapped[Inspection] = relationship(back_populates="deficiencies")

    def owning_audit(self) -> Audit | None:
        return self.audit or (self.inspection.audit if self.inspection else None)


# --- Production capacity ----------------------------------------------------------------------


class ProductionLine(AuditPart):
    __tablename__ = "production_line"

    site_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("site.id", ondelete="CASCADE"), index=True, info=SYSTEM
    )
    name: Mapped[str] = mapped_column(String(200))
    dosage_form: Mapped[str | None] = mapped_column(_code())
    unit: Mapped[str | None] = mapped_column(_code())
    design_capacity: Mapped[float | None]
    actual_output: Mapped[float | None]
    output_value_kzt: Mapped[int | None] = mapped_column(BigInteger)
    shifts_per_day: Mapped[int | None]
    hours_per_shift: Mapped[float | None]
    working_days: Mapped[int | None]
    commissioned_year: Mapped[int | None]

    audit: Mapped[Audit] = relationship(back_populates="production_lines")
    site: Mapped[Site] = relationship(back_populates="production_lines")

    @property
    def utilization(self) -> float | None:
        """Actual output over design capacity as a share (0.75 is 75%), derived and never
        typed."""
        return capacity_utilization(self.design_capacity, self.actual_output)

    def owning_audit(self) -> Audit | None:
        return self.audit or (self.site.audit if self.site else None)


# --- Product portfolio ------------------------------------------------------------------------


class Product(AuditPart):
    __tablename__ = "product"

    inn: Mapped[str | None] = mapped_column(String(200))
    trade_name: Mapped[str] = mapped_column(String(200))
    atc_code: Mapped[str | None] = mapped_column(String(7))
    dosage_form: Mapped[str | None] = mapped_column(_code())
    strength: Mapped[str | None] = mapped_column(String(100))
    registration_number: Mapped[str | None] = mapped_column(String(100))
    registration_expiry: Mapped[date | None]
    on_national_formulary: Mapped[bool] = mapped_column(default=False)
    is_oncology: Mapped[bool] = mapped_column(default=False)
    is_cardiovascular: Mapped[bool] = mapped_column(default=False)
    localization_stage: Mapped[str | None] = mapped_column(_code())
    origin_evidence: Mapped[str | None] = mapped_column(_code())
    origin_document: Mapped[str | None] = mapped_column(String(100))
    annual_volume: Mapped[float | None]
    volume_unit: Mapped[str | None] = mapped_column(_code())
    api_origin: Mapped[str | None] = mapped_column(_code())
    api_country: Mapped[str | None] = mapped_column(_code(2))

    audit: Mapped[Audit] = relationship(back_populates="products")


# --- Market & contracts -----------------------------------------------------------------------


class SupplyContract(AuditPart):
    """A long-term off-take contract, usually with the Single Distributor."""

    __tablename__ = "supply_contract"

    counterparty: Mapped[str] = mapped_column(String(300))
    contract_number: Mapped[str | None] = mapped_column(String(100))
    signed_on: Mapped[date | None]
    term_years: Mapped[int | None]
    items_count: Mapped[int | None]
    volume_units: Mapped[float | None]
    value_kzt: Mapped[int | None] = mapped_column(BigInteger)

    audit: Mapped[Audit] = relationship(back_populates="contracts")


# --- Development potential --------------------------------------------------------------------


class InvestmentProject(AuditPart):
    __tablename__ = "investment_project"

    name: Mapped[str] = mapped_column(String(300))
    project_type: Mapped[str | None] = mapped_column(_code())
    status: Mapped[str | None] = mapped_column(_code())
    capex_kzt: Mapped[int | None] = mapped_column(BigInteger)
    funding_source: Mapped[str | None] = mapped_column(_code())
    start_year: Mapped[int | None]
    finish_year: Mapped[int | None]
    added_capacity: Mapped[float | None]
    capacity_unit: Mapped[str | None] = mapped_column(_code())
    new_products: Mapped[int | None]
    socially_significant_products: Mapped[int | None]
    jobs_created: Mapped[int | None]
    partner: Mapped[str | None] = mapped_column(String(300))
    technology_transfer: Mapped[bool] = mapped_column(default=False)
    special_economic_zone: Mapped[str | None] = mapped_column(String(200))

    audit: Mapped[Audit] = relationship(back_populates="investments")


class Partnership(AuditPart):
    """Localization partners, technology transfer, universities and research institutes."""

    __tablename__ = "partnership"

    partner_name: Mapped[str] = mapped_column(String(300))
    partner_country: Mapped[str | None] = mapped_column(_code(2))
    partnership_type: Mapped[str | None] = mapped_column(_code())
    status: Mapped[str | None] = mapped_column(_code())
    start_year: Mapped[int | None]
    description: Mapped[str | None] = mapped_column(Text)

    audit: Mapped[Audit] = relationship(back_populates="partnerships")


# --- Barriers & support -----------------------------------------------------------------------


class Barrier(AuditPart):
    __tablename__ = "barrier"

    barrier_code: Mapped[str] = mapped_column(_code())
    severity: Mapped[str | None] = mapped_column(_code())
    description: Mapped[str | None] = mapped_column(Text)

    audit: Mapped[Audit] = relationship(back_populates="barriers")


class SupportRequest(AuditPart):
    __tablename__ = "support_request"

    measure_code: Mapped[str] = mapped_column(_code())
    status: Mapped[str | None] = mapped_column(_code())
    amount_kzt: Mapped[int | None] = mapped_column(BigInteger)
    description: Mapped[str | None] = mapped_column(Text)

    audit: Mapped[Audit] = relationship(back_populates="support_requests")


# --- Attachments ------------------------------------------------------------------------------


class Attachment(AuditPart):
    """A file or photo kept inside the database, so that the audit travels as one file."""

    __tablename__ = "attachment"

    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size_bytes: Mapped[int] = mapped_column(BigInteger, info=SYSTEM)
    sha256: Mapped[str] = mapped_column(String(64), info=SYSTEM)
    # Deferred: listing attachments or loading an audit never reads the file bytes.
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    description: Mapped[str | None] = mapped_column(Text)

    audit: Mapped[Audit] = relationship(back_populates="attachments")


# --- outside the audit data -------------------------------------------------------------------


class TrailEntry(Base):
    """One line of the append-only audit trail: who changed what, when, from what to what."""

    __tablename__ = "audit_trail"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(12))  # insert, update, delete, finalize, reopen
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    audit_id: Mapped[str | None] = mapped_column(String(36), index=True)
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)  # JSON
    new_value: Mapped[str | None] = mapped_column(Text)  # JSON
    reason: Mapped[str | None] = mapped_column(Text)
    # SHA-256 over the previous entry's link and this entry: an entry changed or removed
    # breaks the chain from there on (``auditor check``).
    chain: Mapped[str | None] = mapped_column(String(64))


class AuditSeal(Base):
    """The content of an audit when it was sealed: a digest per record, so that a change made
    afterwards is found and named (``auditor check``), and the trail entry it was sealed after,
    so that entries removed from the end of the trail are found too. Append-only."""

    __tablename__ = "audit_seal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    audit_id: Mapped[uuid.UUID] = mapped_column(index=True)
    revision: Mapped[int] = mapped_column(Integer)
    sealed_at: Mapped[datetime] = mapped_column(default=utcnow)
    sha256: Mapped[str] = mapped_column(String(64))
    trail_id: Mapped[int] = mapped_column(Integer)
    trail_chain: Mapped[str] = mapped_column(String(64))
    records: Mapped[str] = mapped_column(Text)  # JSON: {"table/record id": row digest}


class Setting(Base):
    """Per-database settings: the installation id, the current auditor profile."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


TRACKED_MODELS: tuple[type[Tracked], ...] = (
    AuditorProfile,
    Company,
    Audit,
    Site,
    GmpCertificate,
    Inspection,
    Deficiency,
    ProductionLine,
    Product,
    SupplyContract,
    InvestmentProject,
    Partnership,
    Barrier,
    SupportRequest,
    Attachment,
)
AUDIT_PART_MODELS: tuple[type[AuditPart], ...] = tuple(
    m for m in TRACKED_MODELS if issubclass(m, AuditPart)
)

__all__ = [
    "AUDIT_PART_MODELS",
    "AUDIT_STATUS_DRAFT",
    "AUDIT_STATUS_FINALIZED",
    "TRACKED_MODELS",
    "Attachment",
    "Audit",
    "AuditPart",
    "AuditSeal",
    "AuditorProfile",
    "Barrier",
    "Base",
    "Company",
    "Deficiency",
    "GmpCertificate",
    "Inspection",
    "InvestmentProject",
    "Partnership",
    "Product",
    "ProductionLine",
    "Setting",
    "Site",
    "SupplyContract",
    "SupportRequest",
    "Tracked",
    "TrailEntry",
]


# --- consolidation (the ministry's database) -----------------------------------------------------


class ImportLogEntry(Base):
    """One input given to consolidation and what became of it."""

    __tablename__ = "import_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    file_name: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    package_id: Mapped[str | None] = mapped_column(String(36), index=True)
    auditor: Mapped[str | None] = mapped_column(String(300))
    installation_id: Mapped[str | None] = mapped_column(String(36))
    # accepted, accepted_modified, accepted_in_part, already_imported, conflict, refused,
    # refused_modified (auditor.exchange.consolidate.RESULTS)
    result: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text)
    audits: Mapped[int] = mapped_column(Integer, default=0)


class AuditOrigin(Base):
    """Where one revision of an imported audit came from; superseded revisions stay here with
    their full content, so the history of every national figure can be traced."""

    __tablename__ = "audit_origin"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    audit_id: Mapped[str] = mapped_column(String(36), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    company_bin: Mapped[str] = mapped_column(String(12), index=True)
    content_sha256: Mapped[str] = mapped_column(String(64))
    package_id: Mapped[str] = mapped_column(String(36))
    file_name: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str] = mapped_column(String(64))
    auditor: Mapped[str | None] = mapped_column(String(300))
    installation_id: Mapped[str | None] = mapped_column(String(36))
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    superseded_at: Mapped[datetime | None]
    snapshot: Mapped[str] = mapped_column(Text)  # JSON: the audit's rows, sheet by sheet


class AuditSummary(Base):
    """What the validation engine last said of an audit (completeness, errors, warnings), kept
    so that a list of thousands of audits shows its counts at once. ``basis`` says what it was
    worked out from (the questionnaire's version and the audit's and company's last trail
    entries): a summary whose basis is no longer the audit's is worked out again."""

    __tablename__ = "audit_summary"

    audit_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    basis: Mapped[str] = mapped_column(String(80))
    complete_percent: Mapped[int] = mapped_column(Integer)
    errors: Mapped[int] = mapped_column(Integer)
    warnings: Mapped[int] = mapped_column(Integer)
    checked_at: Mapped[datetime] = mapped_column(default=utcnow)


class Conflict(Base):
    """Two sources that disagree, listed for a person to settle; nothing is overwritten."""

    __tablename__ = "conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    # same_revision_different_content, same_company_other_audit
    kind: Mapped[str] = mapped_column(String(40))
    company_bin: Mapped[str] = mapped_column(String(12), index=True)
    audit_id: Mapped[str] = mapped_column(String(36))
    other_audit_id: Mapped[str | None] = mapped_column(String(36))
    file_name: Mapped[str] = mapped_column(String(255))
    package_id: Mapped[str | None] = mapped_column(String(36))
    details: Mapped[str | None] = mapped_column(Text)
    # The package's side of the conflict: its content of the audit, kept in the import history
    # (an audit conflict), or its values (JSON: the company's names, for a name conflict).
    kept_origin_id: Mapped[int | None] = mapped_column(Integer)
    package_values: Mapped[str | None] = mapped_column(Text)
    # Set once a person decided: which version was kept ("database" or "package"), when, by whom.
    resolution: Mapped[str | None] = mapped_column(String(12))
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[str | None] = mapped_column(String(200))
