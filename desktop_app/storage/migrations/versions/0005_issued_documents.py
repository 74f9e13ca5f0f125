"""Signed documents kept by the unit (the register of issued documents), which documents each exported
bundle carried, and one recipient per (code, kind) so that a commune and its party committee can share a
unit code.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issued_documents",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("unit_code", sa.String(64), nullable=False, index=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("record_id", sa.String(36), nullable=True),
        sa.Column("record_label", sa.String(200), nullable=True),
        sa.Column("party", sa.Boolean(), nullable=False),
        sa.Column("personal", sa.Boolean(), nullable=False),
        sa.Column("file_name", sa.String(120), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("signer_name", sa.String(200), nullable=True),
        sa.Column("signer_fingerprint", sa.String(64), nullable=True),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("profile_id", sa.String(36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    )
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("document_ids", sa.JSON(), nullable=False, server_default="[]"))
    # recipients.code was unique on its own (an unnamed constraint SQLite cannot drop): rebuild the table
    # with (code, kind) unique instead.
    op.create_table(
        "recipients_new",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("signing_certificate_pem", sa.Text(), nullable=False),
        sa.Column("encryption_certificate_pem", sa.Text(), nullable=False),
        sa.Column("signing_fingerprint", sa.String(64), nullable=False),
        sa.Column("encryption_fingerprint", sa.String(64), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.UniqueConstraint("code", "kind", name="uq_recipient_code_kind"),
    )
    op.execute("INSERT INTO recipients_new SELECT id, code, name, kind, signing_certificate_pem, "
               "encryption_certificate_pem, signing_fingerprint, encryption_fingerprint, registered_at, "
               "created_at, updated_at, version FROM recipients")
    op.drop_table("recipients")
    op.rename_table("recipients_new", "recipients")


def downgrade() -> None:
    op.create_table(
        "recipients_old",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("code", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("signing_certificate_pem", sa.Text(), nullable=False),
        sa.Column("encryption_certificate_pem", sa.Text(), nullable=False),
        sa.Column("signing_fingerprint", sa.String(64), nullable=False),
        sa.Column("encryption_fingerprint", sa.String(64), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.execute("INSERT OR IGNORE INTO recipients_old SELECT * FROM recipients WHERE kind = 'commune'")
    op.drop_table("recipients")
    op.rename_table("recipients_old", "recipients")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("document_ids")
    op.drop_table("issued_documents")
