"""Transport by e-mail: a delivered bundle whose receipt never came is mailed again after ``mail_resend_days``;
each bundle's delivery keeps how many times it was sent again and when last (the outbox shows it).

Revision ID: 0022_mail_resend
Revises: 0024_received_report (re-chained at merge)
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0022_mail_resend"
down_revision = "0024_received_report"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox_deliveries") as batch:
        batch.add_column(sa.Column("resends", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("resent_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox_deliveries") as batch:
        batch.drop_column("resent_at")
        batch.drop_column("resends")
