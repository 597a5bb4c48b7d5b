"""Consolidation: the import log, the origin and history of imported audits, conflicts.

Revision ID: 0003
Revises: 0002
Created: 2026-11-23 10:49:00.309596
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_origin",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("audit_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("company_bin", sa.String(length=12), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("auditor", sa.String(length=300), nullable=True),
        sa.Column("installation_id", sa.String(length=36), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("superseded_at", sa.DateTime(), nullable=True),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_origin")),
    )
    with op.batch_alter_table("audit_origin", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_origin_audit_id"), ["audit_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_audit_origin_company_bin"), ["company_bin"], unique=False
        )

    op.create_table(
        "conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("company_bin", sa.String(length=12), nullable=False),
        sa.Column("audit_id", sa.String(length=36), nullable=False),
        sa.Column("other_audit_id", sa.String(length=36), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("package_id", sa.String(length=36), nullable=True),
        sa.Column("details", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict")),
    )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflict_company_bin"), ["company_bin"], unique=False)

    op.create_table(
        "import_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=True),
        sa.Column("package_id", sa.String(length=36), nullable=True),
        sa.Column("auditor", sa.String(length=300), nullable=True),
        sa.Column("installation_id", sa.String(length=36), nullable=True),
        sa.Column("result", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("audits", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_log")),
    )
    with op.batch_alter_table("import_log", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_log_file_sha256"), ["file_sha256"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_import_log_package_id"), ["package_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("import_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_log_package_id"))
        batch_op.drop_index(batch_op.f("ix_import_log_file_sha256"))

    op.drop_table("import_log")
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflict_company_bin"))

    op.drop_table("conflict")
    with op.batch_alter_table("audit_origin", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_origin_company_bin"))
        batch_op.drop_index(batch_op.f("ix_audit_origin_audit_id"))

    op.drop_table("audit_origin")
