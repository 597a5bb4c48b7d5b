"""Alembic environment: always run on a connection handed in by ``auditor.db.schema``."""

from alembic import context

from auditor.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run through auditor.db.schema, which supplies a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite changes columns by rebuilding the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
