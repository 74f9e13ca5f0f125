"""Meetings: the party cell's members, and meetings of every body with their agenda, attendance, speeches,
votes and tasks (the tasks come back for review at the next meeting of the same body).

Revision ID: 0009_meetings
Revises: 0013_delegation (re-chained at merge: the branches landed in the order 0010, 0013, 0009, 0011, 0012)
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_meetings"
down_revision = "0013_delegation"
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
        "party_members",
        *_record_columns(),
        _fk("resident_id", "residents.id", nullable=True, index=False),
        sa.Column("full_name", sa.String(120), nullable=False),
        sa.Column("sort_key", sa.Text(), nullable=False),
        sa.Column("sex", sa.String(10), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("membership", sa.String(20), nullable=False),
        sa.Column("admitted_on", sa.Date(), nullable=True),
        sa.Column("official_on", sa.Date(), nullable=True),
        sa.Column("standing", sa.String(30), nullable=False),
        sa.Column("cell_role", sa.String(30), nullable=True),
        sa.Column("card_number", sa.String(30), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
    )
    op.create_table(
        "meetings",
        *_record_columns(),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("body", sa.String(30), nullable=False, index=True),
        sa.Column("party", sa.Boolean(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(20), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False, index=True),
        sa.Column("start_time", sa.String(5), nullable=True),
        sa.Column("end_time", sa.String(5), nullable=True),
        sa.Column("place", sa.String(300), nullable=True),
        sa.Column("chair", sa.String(120), nullable=False),
        sa.Column("chair_title", sa.String(120), nullable=True),
        sa.Column("secretary", sa.String(120), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("households_total", sa.Integer(), nullable=True),
        sa.Column("conclusion", sa.Text(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("grade", sa.String(20), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
    )
    op.create_index("uq_meetings_number", "meetings", ["unit_code", "body", "year", "seq"], unique=True,
                    sqlite_where=sa.text("deleted_at IS NULL"))
    op.create_table(
        "meeting_agenda_items",
        *_record_columns(),
        _fk("meeting_id", "meetings.id"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_table(
        "meeting_attendance",
        *_record_columns(),
        _fk("meeting_id", "meetings.id"),
        _fk("member_id", "party_members.id", nullable=True, index=False),
        _fk("household_id", "households.id", nullable=True, index=False),
        _fk("resident_id", "residents.id", nullable=True, index=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("status", sa.String(30), nullable=False),
        sa.Column("reason", sa.String(300), nullable=True),
    )
    op.create_table(
        "meeting_speeches",
        *_record_columns(),
        _fk("meeting_id", "meetings.id"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("speaker", sa.String(200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
    )
    op.create_table(
        "meeting_votes",
        *_record_columns(),
        _fk("meeting_id", "meetings.id"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("motion", sa.Text(), nullable=False),
        sa.Column("in_favour", sa.Integer(), nullable=False),
        sa.Column("against", sa.Integer(), nullable=False),
        sa.Column("abstain", sa.Integer(), nullable=False),
        sa.Column("is_resolution", sa.Boolean(), nullable=False),
        sa.Column("ballots", sa.JSON(), nullable=True),
    )
    op.create_table(
        "meeting_tasks",
        *_record_columns(),
        _fk("meeting_id", "meetings.id"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner_name", sa.String(200), nullable=False),
        _fk("owner_resident_id", "residents.id", nullable=True, index=False),
        _fk("owner_member_id", "party_members.id", nullable=True, index=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("state", sa.String(20), nullable=False, index=True),
        _fk("reviewed_in_id", "meetings.id", nullable=True, index=False),
        _fk("carried_from_id", "meeting_tasks.id", nullable=True, index=False),
        sa.Column("review_note", sa.Text(), nullable=True),
    )


def downgrade() -> None:
    for table in ("meeting_tasks", "meeting_votes", "meeting_speeches", "meeting_attendance",
                  "meeting_agenda_items", "meetings", "party_members"):
        op.drop_table(table)
