"""Document numbers from the register of issued documents: each kept document holds the number it was
given when signed ("Số: 05/BB-TĐ"), one series per layout and document code per year, never shared;
and the co-signature a form with two signers awaits (minutes: the secretary beside the chair).

Documents kept before this revision have no number (they were printed with the same fixed one).

Revision ID: 0006_document_numbers
Revises: 0005
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_document_numbers"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("issued_documents") as batch:
        batch.add_column(sa.Column("number_series", sa.String(20), nullable=True))
        batch.add_column(sa.Column("number_year", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("number", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("number_label", sa.String(40), nullable=True))
        batch.add_column(sa.Column("cosigner_profile_id", sa.String(36), nullable=True))
        batch.add_column(sa.Column("cosigner_name", sa.String(200), nullable=True))
        batch.add_column(sa.Column("cosign_space", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("cosigned_at", sa.DateTime(), nullable=True))
    # Deleted documents keep their numbers too: a number once issued is never given again.
    op.create_index("uq_issued_documents_number", "issued_documents",
                    ["unit_code", "number_series", "number_year", "number"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_issued_documents_number", table_name="issued_documents")
    with op.batch_alter_table("issued_documents") as batch:
        batch.drop_column("cosigned_at")
        batch.drop_column("cosign_space")
        batch.drop_column("cosigner_name")
        batch.drop_column("cosigner_profile_id")
        batch.drop_column("number_label")
        batch.drop_column("number")
        batch.drop_column("number_year")
        batch.drop_column("number_series")
