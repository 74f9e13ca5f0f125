"""Commune mode: the hamlets' security-order events and movement activities as received (``security_event`` and
``security_activity`` records).

Revision ID: 0015_security_exchange
Revises: 0012_transport (re-chained at merge if another branch lands first)
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_security_exchange"
down_revision = "0014_meetings_exchange"
branch_labels = None
depends_on = None


def _received_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("unit_code", sa.String(64), nullable=False, index=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=True),
        sa.Column("deleted_at", sa.String(40), nullable=True),
        sa.Column("pseudonymised", sa.Boolean(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("bundle_sha256", sa.String(64), nullable=False),
        sa.Column("bundle_sequence", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "received_security_events",
        *_received_columns(),
        sa.Column("occurred_at", sa.String(40), nullable=True),
        sa.Column("type", sa.String(40), nullable=True),
        sa.Column("category", sa.String(40), nullable=True),
        sa.Column("severity", sa.String(30), nullable=True),
        sa.Column("status", sa.String(20), nullable=True),
    )
    op.create_table(
        "received_security_activities",
        *_received_columns(),
        sa.Column("kind", sa.String(40), nullable=True),
        sa.Column("held_on", sa.String(10), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("received_security_activities")
    op.drop_table("received_security_events")
