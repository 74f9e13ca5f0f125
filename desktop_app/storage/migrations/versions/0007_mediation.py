"""Grassroots mediation: teams and their mediators, cases with their parties, assignments, sessions, the
agreement and its obligations, and the follow-up checks.

Revision ID: 0007_mediation
Revises: 0005 (to be re-chained after the 0006 of another branch lands)
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_mediation"
down_revision = "0006_document_numbers"
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


def _fk(name: str, target: str, *, nullable: bool = False, index: bool = True) -> sa.Column:
    return sa.Column(name, sa.String(36), sa.ForeignKey(target), nullable=nullable, index=index)


def upgrade() -> None:
    op.create_table(
        "mediation_teams",
        *_record_columns(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("decision_number", sa.String(60), nullable=True),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("term_from", sa.Date(), nullable=True),
        sa.Column("term_to", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
    )
    op.create_table(
        "mediation_members",
        *_record_columns(),
        _fk("team_id", "mediation_teams.id"),
        _fk("resident_id", "residents.id", nullable=True, index=False),
        _fk("profile_id", "profiles.id", nullable=True, index=False),
        sa.Column("full_name", sa.String(120), nullable=False),
        sa.Column("sort_key", sa.Text(), nullable=False),
        sa.Column("sex", sa.String(10), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(300), nullable=True),
        sa.Column("ethnicity", sa.String(60), nullable=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("recognised_number", sa.String(60), nullable=True),
        sa.Column("recognised_on", sa.Date(), nullable=True),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(20), nullable=True),
    )
    op.create_table(
        "mediation_cases",
        *_record_columns(),
        _fk("team_id", "mediation_teams.id"),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(20), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False, index=True),
        sa.Column("start_ground", sa.String(40), nullable=False),
        sa.Column("case_type", sa.String(40), nullable=False),
        sa.Column("type_group", sa.String(40), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("place", sa.String(300), nullable=True),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("start_agreed_otherwise", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False, index=True),
        sa.Column("status_on", sa.Date(), nullable=False),
        sa.Column("scope_ground", sa.String(40), nullable=True),
        sa.Column("referred_to", sa.String(300), nullable=True),
        sa.Column("referred_on", sa.Date(), nullable=True),
        sa.Column("escalated_on", sa.DateTime(), nullable=True),
        sa.Column("escalated_to", sa.String(300), nullable=True),
        sa.Column("escalation_note", sa.Text(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("close_reason", sa.Text(), nullable=True),
        sa.Column("performance", sa.String(20), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
    )
    op.create_index("uq_mediation_cases_number", "mediation_cases", ["unit_code", "year", "seq"], unique=True,
                    sqlite_where=sa.text("deleted_at IS NULL"))
    op.create_table(
        "mediation_parties",
        *_record_columns(),
        _fk("case_id", "mediation_cases.id"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        _fk("resident_id", "residents.id", nullable=True, index=False),
        sa.Column("full_name", sa.String(120), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(300), nullable=True),
        sa.Column("claim", sa.Text(), nullable=True),
    )
    op.create_table(
        "mediation_assignments",
        *_record_columns(),
        _fk("case_id", "mediation_cases.id"),
        _fk("member_id", "mediation_members.id"),
        sa.Column("assigned_on", sa.Date(), nullable=False),
        sa.Column("chosen_by_parties", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "mediation_sessions",
        *_record_columns(),
        _fk("case_id", "mediation_cases.id"),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(300), nullable=True),
        sa.Column("participants", sa.JSON(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
    )
    op.create_table(
        "mediation_agreements",
        *_record_columns(),
        sa.Column("case_id", sa.String(36), sa.ForeignKey("mediation_cases.id"), nullable=False, unique=True),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("document_wanted", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "mediation_obligations",
        *_record_columns(),
        _fk("agreement_id", "mediation_agreements.id"),
        _fk("party_id", "mediation_parties.id", index=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("method", sa.Text(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
    )
    op.create_table(
        "mediation_follow_ups",
        *_record_columns(),
        _fk("case_id", "mediation_cases.id"),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("performed", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
    )


def downgrade() -> None:
    for table in ("mediation_follow_ups", "mediation_obligations", "mediation_agreements", "mediation_sessions",
                  "mediation_assignments", "mediation_parties", "mediation_cases", "mediation_members",
                  "mediation_teams"):
        op.drop_table(table)
