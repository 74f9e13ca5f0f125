"""Signing on the head's behalf (ký thay): the grants, and on each kept document the grant it was signed
under and the capacity printed.

Revision ID: 0013_delegation
Revises: 0010_received_mediation (re-chained at merge when other revisions land first)
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_delegation"
down_revision = "0010_received_mediation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signing_delegations",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("unit_code", sa.String(64), nullable=False, index=True),
        sa.Column("profile_id", sa.String(36), nullable=False, index=True),
        sa.Column("title", sa.String(80), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("granted_by", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    )
    with op.batch_alter_table("issued_documents") as batch:
        batch.add_column(sa.Column("delegation_id", sa.String(36), nullable=True))
        batch.add_column(sa.Column("signed_as", sa.String(140), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("issued_documents") as batch:
        batch.drop_column("signed_as")
        batch.drop_column("delegation_id")
    op.drop_table("signing_delegations")
