"""Transport by e-mail: each message read from a mailbox (a bundle at the commune, a receipt at the hamlet),
so that a message is handled once — imported, answered, quarantined — however often the mailbox is read.

Revision ID: 0019_mail
Revises: 0012_transport
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0019_mail"
down_revision = "0015_security_exchange"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mail_messages",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("mailbox", sa.String(400), nullable=False),
        sa.Column("uidvalidity", sa.String(20), nullable=False),
        sa.Column("uid", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(300), nullable=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("status", sa.String(30), nullable=False),
        sa.Column("error", sa.String(60), nullable=True),
        sa.Column("sender_code", sa.String(64), nullable=True),
        sa.Column("sha256", sa.String(64), nullable=True),
        sa.Column("reply_to", sa.String(320), nullable=True),
        sa.Column("reply_state", sa.String(20), nullable=False),
        sa.Column("fetched_at", sa.DateTime(), nullable=False),
        sa.Column("replied_at", sa.DateTime(), nullable=True),
        sa.UniqueConstraint("mailbox", "uidvalidity", "uid", name="uq_mail_messages_uid"),
    )
    op.create_index("ix_mail_messages_reply_state", "mail_messages", ["reply_state"])


def downgrade() -> None:
    op.drop_index("ix_mail_messages_reply_state", table_name="mail_messages")
    op.drop_table("mail_messages")
