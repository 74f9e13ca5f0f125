"""Commune mode: a hamlet's records exactly as received, for reading only (the overview's drill-down and
``sothon received``). Nothing here writes; nothing shows what a hamlet did not send: a pseudonymised record has
no name, no address and no text, and says so.

``received(uow, code, record_type)`` → {"unit", "type", "total", "rows"}: one row per record held for the hamlet
``code`` (soft-deleted ones only with ``deleted=True``), the fields a commune officer reads in a list, in the
order the hamlet's own book keeps them — households by their number, residents by household (its head, then
the eldest first, Vietnamese name order breaking a tie), mediation cases by year and number, meetings, events,
activities and documents newest first. ``received_document(uow, doc_id)`` → (row, PDF bytes) of a document received; ``save_document`` writes
a copy of it. The queries are portable SQLAlchemy, as the import's and the overview's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop_app.atomic import write_atomic
from desktop_app.domain.errors import SothonError
from desktop_app.domain.vietnamese import collation_key, name_sort_key
from desktop_app.services import enrolment
from desktop_app.services.commune_report import require_commune
from desktop_app.storage.models import (
    ReceivedDocument,
    ReceivedHousehold,
    ReceivedMediationCase,
    ReceivedMeeting,
    ReceivedResident,
    ReceivedSecurityActivity,
    ReceivedSecurityEvent,
)

# The record types a commune officer reads, in the order the drill-down shows them (resident events are read
# through the overview's movements; party records never reach the commune).
MODELS: dict[str, type] = {
    "household": ReceivedHousehold,
    "resident": ReceivedResident,
    "mediation_case": ReceivedMediationCase,
    "meeting": ReceivedMeeting,
    "security_event": ReceivedSecurityEvent,
    "security_activity": ReceivedSecurityActivity,
    "document": ReceivedDocument,
}
RECORD_TYPES = tuple(MODELS)


def _number_key(number: str | None) -> tuple[int, int, str]:
    """Household and case numbers as a person sorts them: 2 before 10, "12A" after 12."""
    text = (number or "").strip()
    match = re.match(r"\d+", text)
    if match is None:
        return (1, 0, collation_key(text))
    return (0, int(match.group()), collation_key(text[match.end():]))


def _base(row: Any) -> dict[str, Any]:
    return {"id": row.id, "pseudonymised": bool(row.pseudonymised), "version": row.version,
            "updated_at": row.updated_at, "deleted_at": row.deleted_at, "bundle_sequence": row.bundle_sequence}


def _named(row: Any, fields: dict[str, Any], key: str) -> Any:
    return None if row.pseudonymised else fields.get(key)


def _households(uow: Any, rows: list[Any]) -> list[dict[str, Any]]:
    code = rows[0].unit_code if rows else None
    r = ReceivedResident
    members = dict(uow.session.execute(
        select(r.household_id, func.count()).where(r.unit_code == code, r.deleted_at.is_(None),
                                                   r.status == "present").group_by(r.household_id)).all())
    heads = {h.head_id for h in rows if h.head_id}
    names = {rid: (fields or {}).get("full_name") for rid, fields in uow.session.execute(
        select(r.id, r.fields).where(r.unit_code == code, r.id.in_(heads)))} if heads else {}
    out = []
    for h in rows:
        f = h.fields or {}
        out.append({**_base(h), "number": _named(h, f, "number"), "address": _named(h, f, "address"),
                    "head_id": h.head_id, "head": names.get(h.head_id), "members": members.get(h.id, 0)})
    out.sort(key=lambda d: (_number_key(d["number"]), d["id"]))
    return out


def _residents(uow: Any, rows: list[Any]) -> list[dict[str, Any]]:
    code = rows[0].unit_code if rows else None
    h = ReceivedHousehold
    numbers = {hid: (fields or {}).get("number") for hid, fields in uow.session.execute(
        select(h.id, h.fields).where(h.unit_code == code))}
    out = []
    for r in rows:
        f = r.fields or {}
        out.append({**_base(r), "household_id": r.household_id, "household_no": numbers.get(r.household_id),
                    "full_name": _named(r, f, "full_name"), "birth_year": r.birth_year, "sex": r.sex,
                    "relation": f.get("relation"), "residence_type": r.residence_type, "status": r.status})
    # As a household's page lists them: the head first, then the eldest; a name breaks a tie.
    out.sort(key=lambda d: (_number_key(d["household_no"]), d["household_id"] or "", d["relation"] != "head",
                            d["birth_year"] or 9999, name_sort_key(d["full_name"]) if d["full_name"] else "", d["id"]))
    return out


def _cases(_uow: Any, rows: list[Any]) -> list[dict[str, Any]]:
    out = []
    for c in rows:
        f = c.fields or {}
        out.append({**_base(c), "number": c.number, "year": c.year, "received_on": c.received_on,
                    "case_type": c.case_type, "type_group": c.type_group, "status": c.status,
                    "status_on": f.get("status_on"), "confidential": bool(c.confidential),
                    "party_count": f.get("party_count"), "closed_on": f.get("closed_on")})
    out.sort(key=lambda d: (-(d["year"] or 0), _number_key(d["number"]), d["id"]))
    return out


def _meetings(_uow: Any, rows: list[Any]) -> list[dict[str, Any]]:
    out = []
    for m in rows:
        f = m.fields or {}
        attendance = f.get("attendance") or {}
        out.append({**_base(m), "number": f.get("number"), "year": m.year, "kind": m.kind, "body": m.body,
                    "date": m.date, "title": f.get("title"), "status": m.status,
                    "present": attendance.get("present"), "expected": attendance.get("expected"),
                    "attendance_rate": f.get("attendance_rate"),
                    "attendance_warning": bool(f.get("attendance_warning")),
                    "votes": len(f.get("votes") or []), "tasks": len(f.get("tasks") or [])})
    out.sort(key=lambda d: (d["date"] or "", d["id"]), reverse=True)
    return out


def _events(_uow: Any, rows: list[Any]) -> list[dict[str, Any]]:
    out = []
    for e in rows:
        f = e.fields or {}
        out.append({**_base(e), "occurred_at": e.occurred_at, "place": f.get("place"), "type": e.type,
                    "category": e.category, "severity": e.severity, "status": e.status,
                    "people_count": f.get("people_count"), "reported_at": f.get("reported_at"),
                    "linked_case": bool(f.get("mediation_case_id"))})
    out.sort(key=lambda d: (d["occurred_at"] or "", d["id"]), reverse=True)
    return out


def _activities(_uow: Any, rows: list[Any]) -> list[dict[str, Any]]:
    out = []
    for a in rows:
        f = a.fields or {}
        out.append({**_base(a), "kind": a.kind, "held_on": a.held_on, "title": f.get("title"),
                    "quantity": a.quantity})
    out.sort(key=lambda d: (d["held_on"] or "", d["id"]), reverse=True)
    return out


def _documents(_uow: Any, rows: list[Any]) -> list[dict[str, Any]]:
    out = []
    for d in rows:
        f = d.fields or {}
        out.append({**_base(d), "kind": d.kind, "number": f.get("number"), "title": d.title,
                    "issued_on": d.issued_on, "signer": f.get("signer"), "signed_at": f.get("signed_at"),
                    "signed_as": f.get("signed_as"), "size": f.get("size"), "sha256": d.sha256,
                    "personal": bool(f.get("personal")), "file": f.get("file")})
    out.sort(key=lambda d: (d["issued_on"] or "", d["signed_at"] or "", d["id"]), reverse=True)
    return out


_ROWS: dict[str, Callable[[Any, list[Any]], list[dict[str, Any]]]] = {
    "household": _households, "resident": _residents, "mediation_case": _cases, "meeting": _meetings,
    "security_event": _events, "security_activity": _activities, "document": _documents,
}


def _require_unit(uow: Any, code: str) -> None:
    """A hamlet the commune knows: enrolled, or one it holds records from."""
    if code in enrolment.enrolled_codes(uow):
        return
    held = any(uow.session.execute(select(m.id).where(m.unit_code == code).limit(1)).first() for m in MODELS.values())
    if not held:
        raise SothonError("received_unit_unknown", code=code)


def received(uow: Any, code: str, record_type: str, *, deleted: bool = False, limit: int | None = None,
             offset: int = 0) -> dict[str, Any]:
    """The hamlet ``code``'s records of ``record_type`` as received (see the module's docstring): {"unit",
    "type", "total", "rows"}, ``rows`` the slice ``offset``..``offset + limit`` of the ordered list."""
    if record_type not in MODELS:
        raise SothonError("received_type_unknown", type=record_type, allowed=", ".join(RECORD_TYPES))
    if limit is not None and limit < 0 or offset < 0:
        raise SothonError("received_limit_invalid")
    _require_unit(uow, code)
    model = MODELS[record_type]
    columns = [c for c in model.__table__.columns if c.name != "content"]  # a document's PDF stays in the db
    query = select(*columns).where(model.unit_code == code)
    if not deleted:
        query = query.where(model.deleted_at.is_(None))
    rows = list(uow.session.execute(query))
    ordered = _ROWS[record_type](uow, rows)
    end = None if limit is None else offset + limit
    return {"unit": code, "type": record_type, "total": len(ordered), "rows": ordered[offset:end]}


def received_document(uow: Any, doc_id: str) -> tuple[dict[str, Any], bytes]:
    """A received document's row (as ``received`` lists it, with "unit") and its PDF."""
    d = uow.session.get(ReceivedDocument, doc_id)
    if d is None or d.deleted_at is not None or not d.content:
        raise SothonError("received_document_unknown", id=doc_id)
    (row,) = _documents(uow, [d])
    return {**row, "unit": d.unit_code}, bytes(d.content)


def document_file_name(row: dict[str, Any]) -> str:
    """The name the hamlet gave the PDF in its bundle ("documents/ds-ho-2026.pdf" → "ds-ho-2026.pdf")."""
    name = Path(row.get("file") or "").name
    return name if name.lower().endswith(".pdf") else f"{row['id']}.pdf"


def save_document(app: Any, doc_id: str, target: Path | str) -> Path:
    """Write a copy of a received document's PDF to ``target`` (atomically: no half-written file)."""
    require_commune(app)
    with app.uow() as uow:
        _row, pdf = received_document(uow, doc_id)
    target = Path(target)
    try:
        write_atomic(target, pdf)
    except OSError as exc:
        raise SothonError("file_unwritable", path=str(target), detail=exc.strerror or str(exc)) from exc
    return target
