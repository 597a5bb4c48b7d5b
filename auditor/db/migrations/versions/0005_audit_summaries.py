"""Audit summaries: completeness and issue counts kept with each audit, for the list.

Revision ID: 0005
Revises: 0004
Created: 2026-12-03 15:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_summary",
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("basis", sa.String(length=80), nullable=False),
        sa.Column("complete_percent", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.Column("warnings", sa.Integer(), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("audit_id", name=op.f("pk_audit_summary")),
    )


def downgrade() -> None:
    op.drop_table("audit_summary")
