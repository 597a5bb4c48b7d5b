"""The database defends itself: a hash chain over the audit trail, seals of finalized audits.

The chain of the entries written so far, the seals of the audits finalized so far and the
guard triggers are made after every upgrade by ``auditor.db.schema.after_upgrade``.

Revision ID: 0004
Revises: 0003
Created: 2026-12-03 13:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ... ADD COLUMN: nothing is rebuilt.
    op.add_column("audit", sa.Column("seal_sha256", sa.String(length=64), nullable=True))
    op.add_column("audit_trail", sa.Column("chain", sa.String(length=64), nullable=True))
    op.create_table(
        "audit_seal",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("sealed_at", sa.DateTime(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("trail_id", sa.Integer(), nullable=False),
        sa.Column("trail_chain", sa.String(length=64), nullable=False),
        sa.Column("records", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_seal")),
    )
    op.create_index(op.f("ix_audit_seal_audit_id"), "audit_seal", ["audit_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_seal_audit_id"), table_name="audit_seal")
    op.drop_table("audit_seal")
    with op.batch_alter_table("audit_trail", schema=None) as batch_op:
        batch_op.drop_column("chain")
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_column("seal_sha256")
