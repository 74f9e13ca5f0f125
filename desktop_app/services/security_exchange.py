"""Security and order in the government bundle (docs/bundle-format.md, sections 7.4 and 8).

What goes to the commune:

- the event log (``collect_records``): one ``security_event`` record per event of the unit — when and where,
  its type, category, severity and status, the report to the commune police, the responding force, response
  and result, and the linked mediation case by the pseudonym the mediation log gives it (that log is always
  pseudonymised). The people involved are pseudonymised unless the bundle is sent named on purpose: each
  person by a pseudonym of the person alone (type ``security_event_person``), a resident by the same pseudonym
  the pseudonymised register gives the resident, with the role and birth year only; in a named bundle, with
  the real ids, name and address. The event's description and note (free text that names people) never go;
- the movement's activities: one ``security_activity`` record per activity (its kind, day, title, quantity,
  a model's type and status, a hot spot's transformation); the note never goes;
- the report figures (``report_figures``): the year to date, as the mediation figures are — the events of
  1 January of the year the bundle's period ends to its last day by type, category and severity, the
  activities of those days, the models and hot spots recorded by then, and the result of the assessment year
  the period ends in (or the one before) when the head has decided every criterion of it.

An event's record changes whenever the event or one of its people changes: its version is the sum of the
versions of the event and of every row of its people (deleted ones too), so it only grows.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from desktop_app.bundles import pseudonym
from desktop_app.domain.clock import VN_TZ
from desktop_app.storage.models import SecurityActivity, SecurityEvent, SecurityEventPerson

EVENT_TYPE = "security_event"
ACTIVITY_TYPE = "security_activity"
PERSON_TYPE = "security_event_person"  # the pseudonym type of a person involved
FIGURE_PREFIX = "security."


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _time(value: dt.datetime | None) -> str | None:
    return _aware(value).isoformat() if value is not None else None  # type: ignore[union-attr]


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


# --- the records -----------------------------------------------------------------------------------------


def _people(uow: Any, event_ids: list[str]) -> dict[str, list[SecurityEventPerson]]:
    out: dict[str, list[SecurityEventPerson]] = defaultdict(list)
    if event_ids:
        for row in uow.session.scalars(select(SecurityEventPerson).where(SecurityEventPerson.event_id.in_(event_ids))):
            out[row.event_id].append(row)
    return out


def _event_fields(e: SecurityEvent, people: list[SecurityEventPerson], key: bytes, named: bool) -> dict[str, Any]:
    live = sorted((p for p in people if p.deleted_at is None), key=lambda p: p.position)
    if named:
        persons = [{"id": p.id, "role": p.role, "resident_id": p.resident_id, "birth_year": p.birth_year,
                    "full_name": p.full_name, "address": p.address} for p in live]
    else:
        persons = [{"id": pseudonym.pseudonym_id(key, PERSON_TYPE, p.id), "role": p.role,
                    "resident_id": pseudonym.pseudonym_id(key, "resident", p.resident_id) if p.resident_id else None,
                    "birth_year": p.birth_year} for p in live]
    return {
        "occurred_at": _time(e.occurred_at), "ended_at": _time(e.ended_at), "place": e.place, "type": e.type,
        "category": e.category, "severity": e.severity, "status": e.status,
        "reported_at": _time(e.reported_at), "reported_to": e.reported_to, "responding_force": e.responding_force,
        "response": e.response, "result": e.result,
        # The mediation log goes pseudonymised in every bundle: the link names the case by that pseudonym.
        "mediation_case_id": pseudonym.pseudonym_id(key, "mediation_case", e.mediation_case_id)
        if e.mediation_case_id else None,
        "people_count": len(live), "people": persons,
    }


def _activity_fields(a: SecurityActivity) -> dict[str, Any]:
    return {"kind": a.kind, "held_on": a.held_on.isoformat(), "title": a.title, "quantity": a.quantity,
            "model_type": a.model_type, "status": a.status, "transformed": a.transformed,
            "transformed_on": _day(a.transformed_on)}


def collect_records(uow: Any, unit_code: str, since: dt.datetime | None, pseudonym_key: Callable[[], bytes], *,
                    named: bool = False) -> list[dict[str, Any]]:
    """The ``security_event`` and ``security_activity`` upserts and tombstones (records.schema.json) of the unit
    changed after ``since`` (all when None). The people involved in events are pseudonymised with
    ``pseudonym_key()`` unless ``named``; the key is asked for only when there is an event."""
    since = _aware(since)
    out: list[dict[str, Any]] = []
    events = list(uow.session.scalars(select(SecurityEvent).where(SecurityEvent.unit_code == unit_code)))
    if events:
        key = pseudonym_key()
        people = _people(uow, [e.id for e in events])
        for e in sorted(events, key=lambda e: (_aware(e.occurred_at), e.id)):
            rows = people.get(e.id, [])
            stamps = [t for r in (e, *rows) for t in (_aware(r.updated_at), _aware(r.deleted_at)) if t is not None]
            if since is not None and not any(t > since for t in stamps):
                continue
            version = e.version + sum(r.version for r in rows)
            if e.deleted_at is not None:
                out.append({"id": e.id, "type": EVENT_TYPE, "version": version,
                            "deleted_at": _time(e.deleted_at)})
                continue
            rec = {"id": e.id, "type": EVENT_TYPE, "version": version, "updated_at": _time(max(stamps)),
                   "unit_code": e.unit_code, "fields": _event_fields(e, rows, key, named)}
            if not named:
                rec["pseudonymised"] = True
            out.append(rec)
    for a in uow.session.scalars(select(SecurityActivity).where(SecurityActivity.unit_code == unit_code)
                                 .order_by(SecurityActivity.held_on, SecurityActivity.id)):
        stamps = [t for t in (_aware(a.updated_at), _aware(a.deleted_at)) if t is not None]
        if since is not None and not any(t > since for t in stamps):
            continue
        if a.deleted_at is not None:
            out.append({"id": a.id, "type": ACTIVITY_TYPE, "version": a.version, "deleted_at": _time(a.deleted_at)})
        else:
            out.append({"id": a.id, "type": ACTIVITY_TYPE, "version": a.version, "updated_at": _time(a.updated_at),
                        "unit_code": a.unit_code, "fields": _activity_fields(a)})
    return out


# --- the report figures ------------------------------------------------------------------------------------


def _assessment_figures(uow: Any, end: dt.date) -> dict[str, Any]:
    """The newest assessment (of the year ``end`` falls in, else the one before) whose every criterion the
    head decided (confirmed or overrode): its year, result (1 pass, 0 fail) and each criterion's status."""
    from desktop_app.domain.errors import ValidationError
    from desktop_app.domain.security import Status
    from desktop_app.services.security import assess

    running = end.year + (1 if end.month >= 11 else 0)  # residential areas: 1 November to 31 October
    for year in (running, running - 1):
        try:
            a = assess(uow, year=year, today=end)
        except ValidationError:
            continue
        if a.criteria and all(c.decision is not None for c in a.criteria) and a.result is not Status.NEEDS_ANSWER:
            return {f"{FIGURE_PREFIX}assessment_year": year,
                    f"{FIGURE_PREFIX}assessment_passed": 1 if a.result is Status.PASS else 0,
                    f"{FIGURE_PREFIX}assessment_criteria_passed": {
                        c.criterion.id: 1 if c.status is Status.PASS else 0 for c in a.criteria}}
    return {f"{FIGURE_PREFIX}assessment_year": None, f"{FIGURE_PREFIX}assessment_passed": None}


def report_figures(uow: Any, unit_code: str, period: dict[str, str]) -> dict[str, Any]:
    """The ``security.*`` figures of data/report.json for 1 January of the year ``period`` ({"from", "to"},
    ISO dates) ends in, to its end (docs/bundle-format.md, section 8)."""
    from desktop_app.services.security import rules

    end = dt.date.fromisoformat(period["to"])
    start = dt.date(end.year, 1, 1)
    r = rules(end)
    lo = dt.datetime.combine(start, dt.time.min, VN_TZ)  # Vietnamese days, stored in UTC
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, VN_TZ)
    events = list(uow.session.execute(select(SecurityEvent.type, SecurityEvent.category, SecurityEvent.severity,
                                             SecurityEvent.status, SecurityEvent.reported_at).where(
        SecurityEvent.unit_code == unit_code, SecurityEvent.deleted_at.is_(None),
        SecurityEvent.occurred_at >= lo, SecurityEvent.occurred_at < hi)))
    by_type = dict.fromkeys(r.types, 0)
    by_category = dict.fromkeys(r.categories, 0)
    by_severity = dict.fromkeys(r.severities, 0)
    for type_, category, severity, _status, _reported in events:
        by_type[type_] = by_type.get(type_, 0) + 1
        by_category[category] = by_category.get(category, 0) + 1
        by_severity[severity] = by_severity.get(severity, 0) + 1
    acts = list(uow.session.scalars(select(SecurityActivity).where(
        SecurityActivity.unit_code == unit_code, SecurityActivity.deleted_at.is_(None),
        SecurityActivity.held_on <= end)))
    within = [a for a in acts if a.held_on >= start]

    def count(kind: str) -> int:
        return sum(1 for a in within if a.kind == kind)

    def total(kind: str) -> int:
        return sum(a.quantity or 0 for a in within if a.kind == kind)

    models = [a for a in acts if a.kind == "self_governing_model"]
    spots = [a for a in acts if a.kind == "hot_spot"]
    p = FIGURE_PREFIX
    return {
        f"{p}events": len(events),
        f"{p}events_by_type": by_type,
        f"{p}events_by_category": by_category,
        f"{p}events_by_severity": by_severity,
        f"{p}events_reported_to_police": sum(1 for e in events if e[4] is not None),
        f"{p}events_resolved": sum(1 for e in events if e[3] == "resolved"),
        f"{p}propaganda_sessions": count("propaganda_session"),
        f"{p}propaganda_attendees": total("propaganda_session"),
        f"{p}materials_copies": total("materials_distributed"),
        f"{p}tips_to_police": total("tip_to_police"),
        f"{p}wanted_persons_surrendered": total("wanted_person_surrendered"),
        f"{p}self_governing_models": len(models),
        f"{p}self_governing_models_effective": sum(1 for a in models if a.status == "effective"),
        f"{p}self_governing_models_by_type": {code: sum(1 for a in models if a.model_type == code)
                                             for code in r.model_types},
        f"{p}hot_spots": len(spots),
        f"{p}hot_spots_transformed": sum(1 for a in spots if a.transformed_on and a.transformed_on <= end),
        **_assessment_figures(uow, end),
    }
