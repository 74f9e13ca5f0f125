"""Commune mode: the commune's own reporting rules, by key — ``report_due_day``, the day of the next month by
which a hamlet's monthly bundle is due (each commune follows its own regulation; without a row the default of
resources/rules/commune.json, the 5th).

Revision ID: 0025_commune_rules
Revises: 0022_mail_resend
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0025_commune_rules"
down_revision = "0022_mail_resend"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "commune_rules",
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("commune_rules")
