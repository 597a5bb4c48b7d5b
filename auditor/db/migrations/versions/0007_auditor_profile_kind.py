"""Auditor profiles: the kind of user, field auditor or ministry analyst.

Profiles stored before kinds existed belong to field auditors (the column's default).

Revision ID: 0007
Revises: 0006
Created: 2026-12-03 12:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("auditor_profile", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=20), nullable=False,
                      server_default="field_auditor")
        )
        batch_op.create_check_constraint(
            op.f("ck_auditor_profile_kind"), "kind IN ('field_auditor', 'ministry_analyst')"
        )


def downgrade() -> None:
    with op.batch_alter_table("auditor_profile", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_auditor_profile_kind"), type_="check")
        batch_op.drop_column("kind")
