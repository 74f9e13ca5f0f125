"""Commune mode: the hamlets' government meetings as received (``meeting`` records).

Revision ID: 0014_meetings_exchange
Revises: 0012_transport (re-chained at merge when other revisions land first)
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_meetings_exchange"
down_revision = "0012_transport"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "received_meetings",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("unit_code", sa.String(64), nullable=False, index=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=True),
        sa.Column("deleted_at", sa.String(40), nullable=True),
        sa.Column("pseudonymised", sa.Boolean(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("bundle_sha256", sa.String(64), nullable=False),
        sa.Column("bundle_sequence", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(40), nullable=True),
        sa.Column("body", sa.String(30), nullable=True),
        sa.Column("date", sa.String(10), nullable=True, index=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(20), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("received_meetings")
