"""Plain-SQL reads of households for documents (the read side, like ``readmodel``; no ORM)."""

from __future__ import annotations

from typing import Any

HOUSEHOLD_COLUMNS = "id, unit_code, number, address, head_id, note, version"


def household_rows(conn: Any, *, unit_code: str | None = None, household_id: str | None = None) -> list[tuple]:
    """Current (not deleted) households: (id, unit_code, number, address, head_id, note, version)."""
    where, params = ["deleted_at IS NULL"], []
    if unit_code:
        where.append("unit_code = ?")
        params.append(unit_code)
    if household_id:
        where.append("id = ?")
        params.append(household_id)
    sql = f"SELECT {HOUSEHOLD_COLUMNS} FROM households WHERE {' AND '.join(where)}"
    return conn.execute(sql, params).fetchall()
