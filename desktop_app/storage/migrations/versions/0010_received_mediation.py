"""Commune mode: the hamlets' mediation log as received (``mediation_case`` records, pseudonymised).

Revision ID: 0010_received_mediation
Revises: 0008_commune (re-chained at merge if another branch lands first)
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_received_mediation"
down_revision = "0008_commune"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "received_mediation_cases",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("unit_code", sa.String(64), nullable=False, index=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=True),
        sa.Column("deleted_at", sa.String(40), nullable=True),
        sa.Column("pseudonymised", sa.Boolean(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("bundle_sha256", sa.String(64), nullable=False),
        sa.Column("bundle_sequence", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(20), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("received_on", sa.String(10), nullable=True),
        sa.Column("case_type", sa.String(40), nullable=True),
        sa.Column("type_group", sa.String(40), nullable=True),
        sa.Column("status", sa.String(20), nullable=True),
        sa.Column("confidential", sa.Boolean(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("received_mediation_cases")
