"""Conflicts are resolved in the application: which version was kept, when and by whom, and
where the package's side of each conflict is kept.

Conflicts listed before name their kept content only in their details ("... kept as import
history entry N"; a company name conflict as "package: kk «...», ru «...»"): the new columns
are filled from there.

Revision ID: 0006
Revises: 0005
Created: 2026-12-04 10:00:00
"""

import json
import re

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_KEPT = re.compile(r"import history entry (\d+)")
_NAMES = re.compile(r"; package: kk «(.*)», ru «(.*)»$", re.DOTALL)


def upgrade() -> None:
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kept_origin_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("package_values", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("resolution", sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column("resolved_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("resolved_by", sa.String(length=200), nullable=True))
    connection = op.get_bind()
    conflict = sa.table("conflict", sa.column("id", sa.Integer()), sa.column("kind", sa.String()),
                        sa.column("details", sa.Text()), sa.column("kept_origin_id", sa.Integer()),
                        sa.column("package_values", sa.Text()))
    rows = connection.execute(sa.select(conflict.c.id, conflict.c.kind, conflict.c.details))
    for conflict_id, kind, details in list(rows):
        values: dict[str, object] = {}
        kept = _KEPT.search(details or "")
        if kept is not None:
            values["kept_origin_id"] = int(kept.group(1))
        names = _NAMES.search(details or "") if kind == "company_name_differs" else None
        if names is not None:
            values["package_values"] = json.dumps(
                {"name_kk": names.group(1) or None, "name_ru": names.group(2) or None},
                ensure_ascii=False, sort_keys=True)
        if values:
            connection.execute(conflict.update().where(conflict.c.id == conflict_id)
                               .values(**values))


def downgrade() -> None:
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_column("resolved_by")
        batch_op.drop_column("resolved_at")
        batch_op.drop_column("resolution")
        batch_op.drop_column("package_values")
        batch_op.drop_column("kept_origin_id")
