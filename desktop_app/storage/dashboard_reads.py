"""Plain-SQL reads for the dashboard, the hamlet head's first page (the read side, like ``readmodel``; no ORM),
so the first page shows its figures before SQLAlchemy is imported. Timestamps come back as stored: naive UTC
text; dates as ISO text."""

from __future__ import annotations

from typing import Any


def event_times(conn: Any, unit_code: str, *, since_utc: str) -> list[tuple[str, str]]:
    """(occurred_at as stored, category) of the live security events from ``since_utc`` on."""
    return conn.execute(
        "SELECT occurred_at, category FROM security_events WHERE unit_code = ? AND deleted_at IS NULL"
        " AND occurred_at >= ? ORDER BY occurred_at", (unit_code, since_utc)).fetchall()


def case_statuses(conn: Any, unit_code: str, *, start: str, end: str) -> list[str]:
    """The current status of every live mediation case received from ``start`` to ``end`` (inclusive)."""
    return [r[0] for r in conn.execute(
        "SELECT status FROM mediation_cases WHERE unit_code = ? AND deleted_at IS NULL"
        " AND received_on >= ? AND received_on <= ?", (unit_code, start, end))]


def held_meetings(conn: Any, unit_code: str, *, start: str, end: str, party: bool) -> list[tuple[str, str]]:
    """(held_on, body) of the finished meetings from ``start`` to ``end``; party meetings only with ``party``."""
    sql = ("SELECT held_on, body FROM meetings WHERE unit_code = ? AND deleted_at IS NULL AND status = 'held'"
           " AND held_on >= ? AND held_on <= ?")
    if not party:
        sql += " AND party = 0"
    return conn.execute(sql, (unit_code, start, end)).fetchall()


def open_tasks(conn: Any, unit_code: str, *, party: bool) -> list[tuple[str, str, str | None, str, str, str]]:
    """(task id, text, deadline, owner, meeting id, meeting number) of the meeting tasks not done (state
    ``open``), oldest meeting first; party meetings' tasks only with ``party``."""
    sql = ("SELECT t.id, t.text, t.deadline, t.owner_name, m.id, m.number FROM meeting_tasks t"
           " JOIN meetings m ON m.id = t.meeting_id WHERE m.unit_code = ? AND m.deleted_at IS NULL"
           " AND t.deleted_at IS NULL AND t.state = 'open'")
    if not party:
        sql += " AND m.party = 0"
    return conn.execute(sql + " ORDER BY m.held_on, t.position", (unit_code,)).fetchall()


def outbox_states(conn: Any) -> list[tuple[str, int]]:
    """(state, count) of the exported bundles."""
    return conn.execute("SELECT state, count(*) FROM outbox GROUP BY state ORDER BY state").fetchall()


def kept_reports(conn: Any, unit_code: str, kind: str) -> list[tuple[str, str | None, str, str | None]]:
    """(id, record_id, issued_on, number_label) of the live signed documents of ``kind``, newest first."""
    return conn.execute(
        "SELECT id, record_id, issued_on, number_label FROM issued_documents WHERE unit_code = ? AND kind = ?"
        " AND deleted_at IS NULL ORDER BY issued_on DESC, created_at DESC", (unit_code, kind)).fetchall()


def carried_documents(conn: Any) -> list[tuple[str, str]]:
    """(state, document_ids JSON) of every government bundle in the outbox."""
    return conn.execute("SELECT state, document_ids FROM outbox WHERE kind = 'government'").fetchall()
