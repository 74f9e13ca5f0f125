"""Commune mode: keep each imported bundle's report figures (data/report.json), so that what a hamlet reports
only there — the yearly "An toàn về an ninh, trật tự" assessment's result — reaches the overview and the commune
report. Bundles imported before this revision have none (their files are not kept).

Revision ID: 0024_received_report
Revises: 0018_commune_report (re-chained at merge when other revisions land first)
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0024_received_report"
down_revision = "0018_commune_report"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("received_bundles") as batch:
        batch.add_column(sa.Column("report", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("received_bundles") as batch:
        batch.drop_column("report")
