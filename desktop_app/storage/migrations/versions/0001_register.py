"""The register: units, profiles, households, residents, their history, the audit log, search index.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("unit_code", sa.String(64), nullable=False, index=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "units",
        sa.Column("code", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("province_code", sa.String(2), nullable=False),
        sa.Column("province_name", sa.String(200), nullable=False),
        sa.Column("commune_code", sa.String(5), nullable=False),
        sa.Column("commune_name", sa.String(200), nullable=False),
        sa.Column("is_own", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "profiles",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("name", sa.String(60), nullable=False, unique=True),
        sa.Column("display_name", sa.String(120), nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("phone", sa.String(20), nullable=True),
        sa.Column("passphrase_hash", sa.Text(), nullable=False),
        sa.Column("unit_code", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    )
    op.create_table(
        "households",
        *_record_columns(),
        sa.Column("number", sa.String(20), nullable=False),
        sa.Column("address", sa.String(300), nullable=True),
        sa.Column("head_id", sa.String(36), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
    )
    op.create_index(
        "uq_households_unit_number",
        "households",
        ["unit_code", "number"],
        unique=True,
        sqlite_where=sa.text("deleted_at IS NULL"),
    )
    op.create_table(
        "residents",
        *_record_columns(),
        sa.Column("household_id", sa.String(36), sa.ForeignKey("households.id"), nullable=False, index=True),
        sa.Column("full_name", sa.String(120), nullable=False, index=True),
        sa.Column("sort_key", sa.Text(), nullable=False, index=True),
        sa.Column("search_key", sa.Text(), nullable=False, index=True),
        sa.Column("birth_date", sa.String(10), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True, index=True),
        sa.Column("sex", sa.String(10), nullable=False),
        sa.Column("personal_id", sa.String(12), nullable=True, index=True),
        sa.Column("relation", sa.String(20), nullable=False),
        sa.Column("residence_type", sa.String(30), nullable=False),
        sa.Column("residence_from", sa.Date(), nullable=True),
        sa.Column("residence_to", sa.Date(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("status_date", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(20), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
    )
    op.create_index(
        "uq_residents_unit_personal_id",
        "residents",
        ["unit_code", "personal_id"],
        unique=True,
        sqlite_where=sa.text("deleted_at IS NULL AND personal_id IS NOT NULL"),
    )
    op.create_table(
        "resident_events",
        *_record_columns(),
        sa.Column("resident_id", sa.String(36), sa.ForeignKey("residents.id"), nullable=False, index=True),
        sa.Column("household_id", sa.String(36), nullable=True),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("profile", sa.String(60), nullable=False),
        sa.Column("unit_code", sa.String(64), nullable=True),
        sa.Column("record_type", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False, index=True),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
    )
    # The audit log is append-only: entries are never deleted and only their values may be redacted
    # (erasure at a resident's request keeps the fact of the change).
    op.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_rewrite BEFORE UPDATE OF at, profile, record_type, record_id, action "
        "ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    )
    # Full-text index over folded names and ID numbers, kept in step with residents by triggers.
    # NOTE: external-content FTS5 (https://sqlite.org/fts5.html#external_content_tables): the index
    # stores only tokens; rows are read from residents by rowid.
    op.execute(
        "CREATE VIRTUAL TABLE resident_fts USING fts5("
        "search_key, personal_id, content='residents', content_rowid='rowid', "
        "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
    )
    op.execute(
        "CREATE TRIGGER residents_fts_ai AFTER INSERT ON residents BEGIN "
        "INSERT INTO resident_fts(rowid, search_key, personal_id) "
        "VALUES (new.rowid, new.search_key, new.personal_id); END"
    )
    op.execute(
        "CREATE TRIGGER residents_fts_ad AFTER DELETE ON residents BEGIN "
        "INSERT INTO resident_fts(resident_fts, rowid, search_key, personal_id) "
        "VALUES ('delete', old.rowid, old.search_key, old.personal_id); END"
    )
    op.execute(
        "CREATE TRIGGER residents_fts_au AFTER UPDATE OF search_key, personal_id ON residents BEGIN "
        "INSERT INTO resident_fts(resident_fts, rowid, search_key, personal_id) "
        "VALUES ('delete', old.rowid, old.search_key, old.personal_id); "
        "INSERT INTO resident_fts(rowid, search_key, personal_id) "
        "VALUES (new.rowid, new.search_key, new.personal_id); END"
    )


def downgrade() -> None:
    for name in ("resident_fts",):
        op.execute(f"DROP TABLE IF EXISTS {name}")
    for table in ("audit_log", "resident_events", "residents", "households", "profiles", "units"):
        op.drop_table(table)
