"""Transport, hamlet side: each outbox bundle's delivery attempts over the network, so that a sender stopped
half-way (a power cut, the window closed) resumes with the same back-off after a restart.

Revision ID: 0012_transport
Revises: 0011_security (re-chained at merge: the branches landed in the order 0010, 0013, 0009, 0011, 0012)
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_transport"
down_revision = "0011_security"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outbox_deliveries",
        sa.Column("outbox_id", sa.String(36), sa.ForeignKey("outbox.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.String(60), nullable=True),
        sa.Column("last_message", sa.Text(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("outbox_deliveries")
