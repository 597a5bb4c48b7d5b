"""Storage of audits: SQLAlchemy models, migrations, the audit trail."""
