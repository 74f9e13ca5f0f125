"""Plain-SQL reads of the credentials table (see ``models.Credential``), for a DB-API connection from
``readmodel.connect`` or ``UnitOfWork.dbapi()``. Writes go through the unit of work."""

from __future__ import annotations

from typing import Any

COLUMNS = (
    "c.id, c.unit_code, c.profile_id, c.purpose, c.certificate_pem, c.fingerprint_sha256, c.subject, "
    "c.not_after, c.created_at, c.retired_at"
)


def credential_rows(
    conn: Any, *, profile_id: str | None = None, purpose: str | None = None, current_only: bool = False
) -> list[tuple]:
    """Credentials, newest first."""
    where, params = ["c.deleted_at IS NULL"], []
    if profile_id is not None:
        where.append("c.profile_id = ?")
        params.append(profile_id)
    if purpose is not None:
        where.append("c.purpose = ?")
        params.append(purpose)
    if current_only:
        where.append("c.retired_at IS NULL")
    return conn.execute(
        f"SELECT {COLUMNS} FROM credentials c WHERE {' AND '.join(where)} "
        "ORDER BY c.created_at DESC, c.rowid DESC",
        params,
    ).fetchall()


def sealed_key(conn: Any, credential_id: str) -> str | None:
    row = conn.execute("SELECT private_key_encrypted FROM credentials WHERE id = ?",
                       (credential_id,)).fetchone()
    return row[0] if row else None


def current_holder_of(conn: Any, purpose: str) -> str | None:
    """The profile holding the current credential of ``purpose`` (the unit's encryption key), if any."""
    row = conn.execute(
        "SELECT profile_id FROM credentials WHERE purpose = ? AND retired_at IS NULL AND deleted_at IS NULL "
        "ORDER BY created_at DESC LIMIT 1",
        (purpose,),
    ).fetchone()
    return row[0] if row else None


def first_profile_with_role(conn: Any, role: str) -> str | None:
    row = conn.execute(
        "SELECT id FROM profiles WHERE role = ? AND deleted_at IS NULL ORDER BY created_at, rowid LIMIT 1",
        (role,),
    ).fetchone()
    return row[0] if row else None
