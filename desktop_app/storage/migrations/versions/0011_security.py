"""Security and order: the event log and the people involved, the movement's activities, the head's decisions on
the yearly assessment's criteria, and the periodic reports' narratives.

Revision ID: 0011_security
Revises: 0009_meetings (re-chained at merge: the branches landed in the order 0010, 0013, 0009, 0011, 0012)
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_security"
down_revision = "0009_meetings"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("unit_code", sa.String(64), nullable=False, index=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "security_events",
        *_record_columns(),
        sa.Column("occurred_at", sa.DateTime(), nullable=False, index=True),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("place", sa.String(300), nullable=False),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("category", sa.String(40), nullable=False),
        sa.Column("severity", sa.String(30), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("reported_at", sa.DateTime(), nullable=True),
        sa.Column("reported_to", sa.String(300), nullable=True),
        sa.Column("responding_force", sa.String(300), nullable=True),
        sa.Column("response", sa.Text(), nullable=True),
        sa.Column("result", sa.Text(), nullable=True),
        sa.Column("mediation_case_id", sa.String(36), sa.ForeignKey("mediation_cases.id"), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
    )
    op.create_table(
        "security_event_people",
        *_record_columns(),
        sa.Column("event_id", sa.String(36), sa.ForeignKey("security_events.id"), nullable=False, index=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("resident_id", sa.String(36), sa.ForeignKey("residents.id"), nullable=True),
        sa.Column("full_name", sa.String(120), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(300), nullable=True),
    )
    op.create_table(
        "security_activities",
        *_record_columns(),
        sa.Column("kind", sa.String(40), nullable=False, index=True),
        sa.Column("held_on", sa.Date(), nullable=False, index=True),
        sa.Column("title", sa.String(300), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=True),
        sa.Column("model_type", sa.String(40), nullable=True),
        sa.Column("status", sa.String(20), nullable=True),
        sa.Column("transformed", sa.Boolean(), nullable=True),
        sa.Column("transformed_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
    )
    op.create_table(
        "security_assessment_decisions",
        *_record_columns(),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.String(20), nullable=False),
        sa.Column("computed", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("decided_by", sa.String(120), nullable=False),
    )
    op.create_index("uq_security_decisions", "security_assessment_decisions", ["unit_code", "year", "criterion_id"],
                    unique=True, sqlite_where=sa.text("deleted_at IS NULL"))
    op.create_table(
        "security_reports",
        *_record_columns(),
        sa.Column("period", sa.String(10), nullable=False),
        sa.Column("narrative", sa.Text(), nullable=True),
    )
    op.create_index("uq_security_reports_period", "security_reports", ["unit_code", "period"], unique=True,
                    sqlite_where=sa.text("deleted_at IS NULL"))


def downgrade() -> None:
    for table in ("security_reports", "security_assessment_decisions", "security_activities",
                  "security_event_people", "security_events"):
        op.drop_table(table)
