"""Alembic environment: migrations always run on a connection handed over by ``storage.db``."""

from alembic import context

from desktop_app.storage.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover — we never run alembic from its own CLI without a connection
    raise RuntimeError("Sổ Thôn migrations run through desktop_app.storage.db.open_database")

# NOTE: render_as_batch lets later migrations ALTER SQLite tables (SQLite cannot drop/alter columns).
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
