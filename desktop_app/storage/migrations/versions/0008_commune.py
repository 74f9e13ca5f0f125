"""Commune mode: the enrolled hamlets' keys, the bundles received, and the records they carried.

Revision ID: 0008_commune
Revises: 0007_mediation (re-chained at merge if another branch lands first)
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_commune"
down_revision = "0007_mediation"
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
        "enrolled_keys",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("unit_code", sa.String(64), nullable=False, index=True),
        sa.Column("unit_name", sa.String(200), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False, unique=True),
        sa.Column("certificate_pem", sa.Text(), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_from", sa.Date(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
    )
    op.create_table(
        "received_bundles",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, index=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("sender_code", sa.String(64), nullable=True, index=True),
        sa.Column("recipient_code", sa.String(64), nullable=True),
        sa.Column("kind", sa.String(20), nullable=True),
        sa.Column("sequence", sa.Integer(), nullable=True),
        sa.Column("previous_sha256", sa.String(64), nullable=True),
        sa.Column("signer_fingerprint", sa.String(64), nullable=True),
        sa.Column("created_at", sa.String(40), nullable=True),
        sa.Column("period_from", sa.String(10), nullable=True),
        sa.Column("period_to", sa.String(10), nullable=True),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("missing_sequences", sa.JSON(), nullable=False),
        sa.Column("error", sa.String(60), nullable=True),
        sa.Column("issues", sa.JSON(), nullable=False),
        sa.Column("receipt", sa.LargeBinary(), nullable=True),
    )
    op.create_table(
        "received_households",
        *_received_columns(),
        sa.Column("head_id", sa.String(36), nullable=True),
    )
    op.create_table(
        "received_residents",
        *_received_columns(),
        sa.Column("household_id", sa.String(36), nullable=True),
        sa.Column("sex", sa.String(10), nullable=True),
        sa.Column("residence_type", sa.String(30), nullable=True),
        sa.Column("status", sa.String(20), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
    )
    op.create_table(
        "received_resident_events",
        *_received_columns(),
        sa.Column("resident_id", sa.String(36), nullable=True),
        sa.Column("kind", sa.String(30), nullable=True),
        sa.Column("on_date", sa.String(10), nullable=True),
    )
    op.create_table(
        "received_documents",
        *_received_columns(),
        sa.Column("kind", sa.String(40), nullable=True),
        sa.Column("title", sa.String(300), nullable=True),
        sa.Column("issued_on", sa.String(10), nullable=True),
        sa.Column("sha256", sa.String(64), nullable=True),
        sa.Column("content", sa.LargeBinary(), nullable=True),
    )


def downgrade() -> None:
    for name in ("received_documents", "received_resident_events", "received_residents", "received_households",
                 "received_bundles", "enrolled_keys"):
        op.drop_table(name)
