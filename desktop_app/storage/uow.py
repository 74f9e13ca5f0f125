"""The unit of work: one short-lived session that rolls back unless told to commit.

Services take a unit of work as a parameter (``with uow: ...; uow.commit()``); every write goes
through ``add``/``update``/``soft_delete``/``restore`` here, which bump the record's version and append
an audit entry in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session

from desktop_app.domain.errors import ValidationError
from desktop_app.storage.models import AuditEntry, Base, utcnow

T = TypeVar("T", bound=Base)

_SKIP = {"created_at", "updated_at", "version", "sort_key", "search_key"}
# Secrets and key material never enter the audit log: only the fact that they were set or changed
# (certificates are public but long; their fingerprints stay, to say which one a change was about).
# A signed PDF's bytes are not audited either: its SHA-256 is.
_REDACT = {"passphrase_hash", "private_key_encrypted", "certificate_pem", "signing_certificate_pem",
           "encryption_certificate_pem", "secret", "content"}


def jsonable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class UnitOfWork:
    def __init__(self, engine: Engine | Connection, *, actor: str, unit_code: str | None) -> None:
        # An Engine: each unit of work opens its own connection. A Connection (not in a transaction): the
        # session begins and commits its transaction on it, and closing the unit of work leaves it open.
        self.engine = engine
        self.actor = actor
        self.unit_code = unit_code
        self.session: Session | None = None

    def __enter__(self) -> UnitOfWork:
        self.session = Session(self.engine, expire_on_commit=False, autoflush=True)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.session is not None
        # close() rolls back anything uncommitted and detaches objects without expiring them, so
        # plain values read inside the block stay readable after it.
        self.session.close()
        self.session = None

    @property
    def orm(self) -> Session:
        """The open session, for the services' ORM queries; only inside ``with uow:`` (a programming error
        otherwise)."""
        assert self.session is not None, "use the unit of work inside 'with uow:'"
        return self.session

    def require_unit(self) -> str:
        """The own unit's code; ``not_initialised`` before set-up chose one."""
        if not self.unit_code:
            raise ValidationError("not_initialised")
        return self.unit_code

    def commit(self) -> None:
        assert self.session is not None
        self.session.commit()

    def dbapi(self):  # noqa: ANN201 — sqlite3.Connection
        """The DB-API connection inside this unit of work's transaction, for the plain-SQL read model."""
        assert self.session is not None
        self.session.flush()  # plain SQL must see what the ORM has pending
        return self.session.connection().connection.driver_connection

    def rollback(self) -> None:
        assert self.session is not None
        self.session.rollback()

    # --- writes that are versioned and audited ------------------------------------------------------

    def audit(self, record_type: str, record_id: str, action: str, changes: dict[str, Any]) -> None:
        assert self.session is not None
        self.session.add(AuditEntry(**self.audit_values(record_type, record_id, action, changes)))

    def audit_values(self, record_type: str, record_id: str, action: str, changes: dict[str, Any]) -> dict[str, Any]:
        """The audit entry's columns, for a caller that inserts it with a Core statement (the commune import)."""
        return {"at": utcnow(), "profile": self.actor, "unit_code": self.unit_code, "record_type": record_type,
                "record_id": record_id, "action": action, "changes": changes}

    def add(self, obj: T) -> T:
        assert self.session is not None
        now = utcnow()
        if hasattr(obj, "version"):
            obj.created_at = obj.created_at or now  # type: ignore[attr-defined]
            obj.updated_at = now  # type: ignore[attr-defined]
            obj.version = 1  # type: ignore[attr-defined]
        self.session.add(obj)
        values = {
            c.key: [None, jsonable(getattr(obj, c.key))]
            for c in obj.__table__.columns  # type: ignore[attr-defined]
            if c.key not in _SKIP and c.key != "id" and getattr(obj, c.key) is not None
        }
        for key in _REDACT & values.keys():
            values[key] = [None, "***"]
        self.audit(obj.__tablename__, obj.id, "create", values)  # type: ignore[attr-defined]
        return obj

    def update(self, obj: Base, values: dict[str, Any], *, action: str = "update") -> dict[str, list]:
        """Set changed attributes; if any changed, bump the version and audit old → new."""
        changes: dict[str, list] = {}
        for key, new in values.items():
            old = getattr(obj, key)
            if jsonable(old) != jsonable(new):
                changes[key] = [jsonable(old), jsonable(new)]
                setattr(obj, key, new)
        if changes:
            obj.version += 1  # type: ignore[attr-defined]
            obj.updated_at = utcnow()  # type: ignore[attr-defined]
            audited = {k: v for k, v in changes.items() if k not in _SKIP}
            for key in _REDACT & audited.keys():
                audited[key] = ["***" if audited[key][0] is not None else None, "***"]
            self.audit(obj.__tablename__, obj.id, action, audited)  # type: ignore[attr-defined]
        return changes

    def soft_delete(self, obj: Base) -> None:
        self.update(obj, {"deleted_at": utcnow()}, action="delete")

    def restore(self, obj: Base) -> None:
        self.update(obj, {"deleted_at": None}, action="restore")

    def history(self, record_id: str) -> list[AuditEntry]:
        assert self.session is not None
        return list(
            self.session.scalars(
                select(AuditEntry).where(AuditEntry.record_id == record_id).order_by(AuditEntry.id)
            )
        )
