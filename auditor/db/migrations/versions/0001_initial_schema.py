"""Initial schema: companies, audits and everything an audit captures; the audit trail.

Revision ID: 0001
Revises: (none)
Created: 2026-11-23 09:30:17.798281
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TRAIL_APPEND_ONLY = (
    "CREATE TRIGGER IF NOT EXISTS audit_trail_no_update BEFORE UPDATE ON audit_trail "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_trail_no_delete BEFORE DELETE ON audit_trail "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
)


def upgrade() -> None:
    op.create_table(
        "audit_trail",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=12), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("audit_id", sa.String(length=36), nullable=True),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_trail")),
    )
    with op.batch_alter_table("audit_trail", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_trail_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_trail_audit_id"), ["audit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_trail_record_id"), ["record_id"], unique=False)

    op.create_table(
        "auditor_profile",
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("auditor_code", sa.String(length=40), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=True),
        sa.Column("region_code", sa.String(length=2), nullable=True),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("installation_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auditor_profile")),
    )
    op.create_table(
        "company",
        sa.Column("bin", sa.String(length=12), nullable=False),
        sa.Column("name_kk", sa.String(length=300), nullable=True),
        sa.Column("name_ru", sa.String(length=300), nullable=True),
        sa.Column("legal_form", sa.String(length=40), nullable=True),
        sa.Column("region_code", sa.String(length=2), nullable=False),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "name_kk IS NOT NULL OR name_ru IS NOT NULL", name=op.f("ck_company_has_name")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company")),
        sa.UniqueConstraint("bin", name=op.f("uq_company_bin")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "audit",
        sa.Column("company_id", sa.Uuid(), nullable=False),
        sa.Column("auditor_id", sa.Uuid(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("visit_start", sa.Date(), nullable=True),
        sa.Column("visit_end", sa.Date(), nullable=True),
        sa.Column("finalized_at", sa.DateTime(), nullable=True),
        sa.Column("producer_type", sa.String(length=40), nullable=True),
        sa.Column("ownership_type", sa.String(length=40), nullable=True),
        sa.Column("foreign_share_pct", sa.Double(), nullable=True),
        sa.Column("foreign_partner_country", sa.String(length=2), nullable=True),
        sa.Column("cluster", sa.String(length=40), nullable=True),
        sa.Column("special_economic_zone", sa.String(length=200), nullable=True),
        sa.Column("gmp_status", sa.String(length=40), nullable=True),
        sa.Column("revenue_kzt", sa.BigInteger(), nullable=True),
        sa.Column("domestic_sales_kzt", sa.BigInteger(), nullable=True),
        sa.Column("export_revenue_kzt", sa.BigInteger(), nullable=True),
        sa.Column("export_countries", sa.JSON(), nullable=True),
        sa.Column("staff_total", sa.Integer(), nullable=True),
        sa.Column("staff_qa_qc", sa.Integer(), nullable=True),
        sa.Column("qualified_persons", sa.Integer(), nullable=True),
        sa.Column("vacancies", sa.Integer(), nullable=True),
        sa.Column("rd_staff", sa.Integer(), nullable=True),
        sa.Column("rd_budget_kzt", sa.BigInteger(), nullable=True),
        sa.Column("clinical_trials", sa.Integer(), nullable=True),
        sa.Column("planned_dosage_forms", sa.JSON(), nullable=True),
        sa.Column("development_notes", sa.Text(), nullable=True),
        sa.Column("findings", sa.Text(), nullable=True),
        sa.Column("recommendations", sa.Text(), nullable=True),
        sa.Column("representative_name", sa.String(length=200), nullable=True),
        sa.Column("representative_position", sa.String(length=200), nullable=True),
        sa.Column("auditor_confirmed", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("status IN ('draft', 'finalized')", name=op.f("ck_audit_status")),
        sa.CheckConstraint("revision >= 1", name=op.f("ck_audit_revision")),
        sa.ForeignKeyConstraint(
            ["auditor_id"],
            ["auditor_profile.id"],
            name=op.f("fk_audit_auditor_id_auditor_profile"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["company.id"],
            name=op.f("fk_audit_company_id_company"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit")),
    )
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_company_id"), ["company_id"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"],
            ["audit.id"],
            name=op.f("fk_attachment_audit_id_audit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_audit_id"), ["audit_id"], unique=False)

    op.create_table(
        "barrier",
        sa.Column("barrier_code", sa.String(length=40), nullable=False),
        sa.Column("severity", sa.String(length=40), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"], ["audit.id"], name=op.f("fk_barrier_audit_id_audit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_barrier")),
    )
    with op.batch_alter_table("barrier", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_barrier_audit_id"), ["audit_id"], unique=False)

    op.create_table(
        "investment_project",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("project_type", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=True),
        sa.Column("capex_kzt", sa.BigInteger(), nullable=True),
        sa.Column("funding_source", sa.String(length=40), nullable=True),
        sa.Column("start_year", sa.Integer(), nullable=True),
        sa.Column("finish_year", sa.Integer(), nullable=True),
        sa.Column("added_capacity", sa.Double(), nullable=True),
        sa.Column("capacity_unit", sa.String(length=40), nullable=True),
        sa.Column("new_products", sa.Integer(), nullable=True),
        sa.Column("socially_significant_products", sa.Integer(), nullable=True),
        sa.Column("jobs_created", sa.Integer(), nullable=True),
        sa.Column("partner", sa.String(length=300), nullable=True),
        sa.Column("technology_transfer", sa.Boolean(), nullable=False),
        sa.Column("special_economic_zone", sa.String(length=200), nullable=True),
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"],
            ["audit.id"],
            name=op.f("fk_investment_project_audit_id_audit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_investment_project")),
    )
    with op.batch_alter_table("investment_project", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_investment_project_audit_id"), ["audit_id"], unique=False
        )

    op.create_table(
        "partnership",
        sa.Column("partner_name", sa.String(length=300), nullable=False),
        sa.Column("partner_country", sa.String(length=2), nullable=True),
        sa.Column("partnership_type", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=True),
        sa.Column("start_year", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"],
            ["audit.id"],
            name=op.f("fk_partnership_audit_id_audit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership")),
    )
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partnership_audit_id"), ["audit_id"], unique=False)

    op.create_table(
        "product",
        sa.Column("inn", sa.String(length=200), nullable=True),
        sa.Column("trade_name", sa.String(length=200), nullable=False),
        sa.Column("atc_code", sa.String(length=7), nullable=True),
        sa.Column("dosage_form", sa.String(length=40), nullable=True),
        sa.Column("strength", sa.String(length=100), nullable=True),
        sa.Column("registration_number", sa.String(length=100), nullable=True),
        sa.Column("on_national_formulary", sa.Boolean(), nullable=False),
        sa.Column("is_oncology", sa.Boolean(), nullable=False),
        sa.Column("is_cardiovascular", sa.Boolean(), nullable=False),
        sa.Column("localization_stage", sa.String(length=40), nullable=True),
        sa.Column("origin_evidence", sa.String(length=40), nullable=True),
        sa.Column("origin_document", sa.String(length=100), nullable=True),
        sa.Column("annual_volume", sa.Double(), nullable=True),
        sa.Column("volume_unit", sa.String(length=40), nullable=True),
        sa.Column("api_origin", sa.String(length=40), nullable=True),
        sa.Column("api_country", sa.String(length=2), nullable=True),
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"], ["audit.id"], name=op.f("fk_product_audit_id_audit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product")),
    )
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_product_audit_id"), ["audit_id"], unique=False)

    op.create_table(
        "site",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("region_code", sa.String(length=2), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("kato", sa.String(length=9), nullable=True),
        sa.Column("latitude", sa.Double(), nullable=True),
        sa.Column("longitude", sa.Double(), nullable=True),
        sa.Column("activities", sa.JSON(), nullable=True),
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"], ["audit.id"], name=op.f("fk_site_audit_id_audit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site")),
    )
    with op.batch_alter_table("site", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_site_audit_id"), ["audit_id"], unique=False)

    op.create_table(
        "supply_contract",
        sa.Column("counterparty", sa.String(length=300), nullable=False),
        sa.Column("contract_number", sa.String(length=100), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("term_years", sa.Integer(), nullable=True),
        sa.Column("items_count", sa.Integer(), nullable=True),
        sa.Column("volume_units", sa.Double(), nullable=True),
        sa.Column("value_kzt", sa.BigInteger(), nullable=True),
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"],
            ["audit.id"],
            name=op.f("fk_supply_contract_audit_id_audit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supply_contract")),
    )
    with op.batch_alter_table("supply_contract", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_supply_contract_audit_id"), ["audit_id"], unique=False)

    op.create_table(
        "support_request",
        sa.Column("measure_code", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=True),
        sa.Column("amount_kzt", sa.BigInteger(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"],
            ["audit.id"],
            name=op.f("fk_support_request_audit_id_audit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_request")),
    )
    with op.batch_alter_table("support_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_support_request_audit_id"), ["audit_id"], unique=False)

    op.create_table(
        "gmp_certificate",
        sa.Column("site_id", sa.Uuid(), nullable=True),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("doc_type", sa.String(length=40), nullable=False),
        sa.Column("standard", sa.String(length=40), nullable=True),
        sa.Column("issuing_authority", sa.String(length=300), nullable=True),
        sa.Column("inspection_date", sa.Date(), nullable=True),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("scope_dosage_forms", sa.JSON(), nullable=True),
        sa.Column("api_names", sa.Text(), nullable=True),
        sa.Column("remarks", sa.Text(), nullable=True),
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"],
            ["audit.id"],
            name=op.f("fk_gmp_certificate_audit_id_audit"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
            name=op.f("fk_gmp_certificate_site_id_site"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gmp_certificate")),
    )
    with op.batch_alter_table("gmp_certificate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_gmp_certificate_audit_id"), ["audit_id"], unique=False)

    op.create_table(
        "inspection",
        sa.Column("site_id", sa.Uuid(), nullable=True),
        sa.Column("inspection_type", sa.String(length=40), nullable=True),
        sa.Column("standard", sa.String(length=40), nullable=True),
        sa.Column("inspectorate", sa.String(length=300), nullable=True),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("conclusion", sa.String(length=40), nullable=True),
        sa.Column("areas", sa.JSON(), nullable=True),
        sa.Column("remarks", sa.Text(), nullable=True),
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"],
            ["audit.id"],
            name=op.f("fk_inspection_audit_id_audit"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name=op.f("fk_inspection_site_id_site"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection")),
    )
    with op.batch_alter_table("inspection", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inspection_audit_id"), ["audit_id"], unique=False)

    op.create_table(
        "production_line",
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("dosage_form", sa.String(length=40), nullable=True),
        sa.Column("unit", sa.String(length=40), nullable=True),
        sa.Column("design_capacity", sa.Double(), nullable=True),
        sa.Column("actual_output", sa.Double(), nullable=True),
        sa.Column("output_value_kzt", sa.BigInteger(), nullable=True),
        sa.Column("shifts_per_day", sa.Integer(), nullable=True),
        sa.Column("hours_per_shift", sa.Double(), nullable=True),
        sa.Column("working_days", sa.Integer(), nullable=True),
        sa.Column("commissioned_year", sa.Integer(), nullable=True),
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"],
            ["audit.id"],
            name=op.f("fk_production_line_audit_id_audit"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
            name=op.f("fk_production_line_site_id_site"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_production_line")),
    )
    with op.batch_alter_table("production_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_production_line_audit_id"), ["audit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_production_line_site_id"), ["site_id"], unique=False)

    op.create_table(
        "deficiency",
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("deficiency_class", sa.String(length=40), nullable=False),
        sa.Column("area", sa.String(length=40), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("capa_status", sa.String(length=40), nullable=False),
        sa.Column("capa_due", sa.Date(), nullable=True),
        sa.Column("capa_closed_on", sa.Date(), nullable=True),
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"],
            ["audit.id"],
            name=op.f("fk_deficiency_audit_id_audit"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_deficiency_inspection_id_inspection"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deficiency")),
    )
    with op.batch_alter_table("deficiency", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deficiency_audit_id"), ["audit_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_deficiency_inspection_id"), ["inspection_id"], unique=False
        )

    for statement in TRAIL_APPEND_ONLY:
        op.execute(statement)


def downgrade() -> None:
    with op.batch_alter_table("deficiency", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deficiency_inspection_id"))
        batch_op.drop_index(batch_op.f("ix_deficiency_audit_id"))

    op.drop_table("deficiency")
    with op.batch_alter_table("production_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_production_line_site_id"))
        batch_op.drop_index(batch_op.f("ix_production_line_audit_id"))

    op.drop_table("production_line")
    with op.batch_alter_table("inspection", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inspection_audit_id"))

    op.drop_table("inspection")
    with op.batch_alter_table("gmp_certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gmp_certificate_audit_id"))

    op.drop_table("gmp_certificate")
    with op.batch_alter_table("support_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_support_request_audit_id"))

    op.drop_table("support_request")
    with op.batch_alter_table("supply_contract", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supply_contract_audit_id"))

    op.drop_table("supply_contract")
    with op.batch_alter_table("site", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_site_audit_id"))

    op.drop_table("site")
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_audit_id"))

    op.drop_table("product")
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnership_audit_id"))

    op.drop_table("partnership")
    with op.batch_alter_table("investment_project", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_investment_project_audit_id"))

    op.drop_table("investment_project")
    with op.batch_alter_table("barrier", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_barrier_audit_id"))

    op.drop_table("barrier")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_audit_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_company_id"))

    op.drop_table("audit")
    op.drop_table("setting")
    op.drop_table("company")
    op.drop_table("auditor_profile")
    with op.batch_alter_table("audit_trail", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_trail_record_id"))
        batch_op.drop_index(batch_op.f("ix_audit_trail_audit_id"))
        batch_op.drop_index(batch_op.f("ix_audit_trail_at"))

    op.drop_table("audit_trail")
