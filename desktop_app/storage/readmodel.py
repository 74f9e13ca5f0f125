"""The read side: plain SQL over a DB-API ``sqlite3`` connection, no ORM.

Lists and look-ups that the window shows first (the register's first page, the unit, the profiles) read
through here, so opening the window never waits for SQLAlchemy to import (Architecture Patterns with
Python, chapter 12: views may be plain SQL). Writes always go through the unit of work and the ORM.
The same functions serve both paths: a connection from ``sqlite3.connect`` or the one inside a unit of
work (``UnitOfWork.dbapi()``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

RESIDENT_COLUMNS = (
    "r.id, r.unit_code, r.household_id, h.number, r.full_name, r.birth_date, r.sex, r.personal_id, r.relation, "
    "r.residence_type, r.residence_from, r.residence_to, r.status, r.status_date, r.phone, r.note, r.version, "
    "r.deleted_at"
)


@contextmanager
def connect(path: Path) -> Iterator[sqlite3.Connection]:
    """A short-lived connection for reads, with the pragmas every connection of ours uses."""
    conn = sqlite3.connect(path, timeout=10)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=10000")
        yield conn
    finally:
        conn.close()


def resident_rows(
    conn: Any, where: Sequence[str], params: Sequence[Any], *, offset: int = 0, limit: int | None = None,
    order: str = "r.sort_key, r.id",
) -> list[tuple]:
    sql = f"SELECT {RESIDENT_COLUMNS} FROM residents r JOIN households h ON h.id = r.household_id"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {order}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
    return conn.execute(sql, list(params)).fetchall()


CHUNK = 500  # SQLite builds may allow as few as 999 bound parameters in one statement


def resident_rows_by_id(conn: Any, ids: Sequence[str]) -> dict[str, tuple]:
    found: dict[str, tuple] = {}
    for i in range(0, len(ids), CHUNK):
        chunk = list(ids[i : i + CHUNK])
        rows = conn.execute(
            f"SELECT {RESIDENT_COLUMNS} FROM residents r JOIN households h ON h.id = r.household_id "
            f"WHERE r.id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
        found.update((row[0], row) for row in rows)
    return found


def count_residents(conn: Any, where: Sequence[str], params: Sequence[Any]) -> int:
    sql = "SELECT count(*) FROM residents r"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return conn.execute(sql, list(params)).fetchone()[0]


def resident_groups(conn: Any, unit_code: str | None) -> list[tuple[str, str, int]]:
    """(residence type, sex, count) of current residents."""
    sql = ("SELECT residence_type, sex, count(*) FROM residents WHERE deleted_at IS NULL AND status = 'present'"
           + (" AND unit_code = ?" if unit_code else "") + " GROUP BY residence_type, sex")
    return conn.execute(sql, [unit_code] if unit_code else []).fetchall()


def register_counts(conn: Any, unit_code: str | None) -> tuple[int, int, int]:
    """(current households, former residents, residents in the trash)."""
    unit = " AND unit_code = ?" if unit_code else ""
    args = [unit_code] if unit_code else []
    households = conn.execute(f"SELECT count(*) FROM households WHERE deleted_at IS NULL{unit}", args).fetchone()[0]
    former = conn.execute(
        f"SELECT count(*) FROM residents WHERE deleted_at IS NULL AND status != 'present'{unit}", args).fetchone()[0]
    deleted = conn.execute(f"SELECT count(*) FROM residents WHERE deleted_at IS NOT NULL{unit}", args).fetchone()[0]
    return households, former, deleted


def own_unit(conn: Any) -> tuple | None:
    return conn.execute(
        "SELECT code, name, kind, province_code, province_name, commune_code, commune_name "
        "FROM units WHERE is_own = 1"
    ).fetchone()


def units(conn: Any) -> list[tuple]:
    return conn.execute(
        "SELECT code, name, kind, province_code, province_name, commune_code, commune_name FROM units "
        "ORDER BY is_own DESC, code"
    ).fetchall()


def profiles(conn: Any) -> list[tuple]:
    return conn.execute(
        "SELECT id, name, display_name, role, phone FROM profiles WHERE deleted_at IS NULL ORDER BY created_at"
    ).fetchall()


def profile_with_hash(conn: Any, name: str) -> tuple | None:
    return conn.execute(
        "SELECT id, name, display_name, role, phone, passphrase_hash FROM profiles "
        "WHERE name = ? AND deleted_at IS NULL", (name,)
    ).fetchone()
