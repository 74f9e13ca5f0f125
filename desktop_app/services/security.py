"""Security and order: the event log, the movement's activities, the yearly assessment against the standard
"An toàn về an ninh, trật tự" and the figures of the periodic report.

Every function takes a unit of work, validates with ``domain.security``, writes through the unit of work (versioned
and audited) and returns plain views; the caller commits. A refused input raises before anything is written.

The assessment's evidence comes from **providers**: a function ``(uow, period) -> list[Evidence]`` registered under
the name a criterion lists in ``resources/rules/security.json``. This module registers those it can answer from its
own records, the register and mediation; another area (the party cell's meetings) registers its own with
``register_evidence_provider("party_resolution", fn)``. A criterion whose provider is not registered shows
``needs_answer`` with the fact said.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from sqlalchemy import func, select

from desktop_app import i18n
from desktop_app.domain import clock
from desktop_app.domain.clock import (
    VN_TZ,  # report periods are counted in Vietnamese days
    vn_day,
    vn_today,
)
from desktop_app.domain.errors import NotFound, ValidationError
from desktop_app.domain.ids import new_id
from desktop_app.domain.mediation import Period as MediationPeriod
from desktop_app.domain.security import (
    MISSING,
    NO_RECORDS,
    ActivityInput,
    AssessmentPeriod,
    AssessmentRules,
    CriterionResult,
    EventInput,
    Evidence,
    PersonInput,
    PersonRole,
    SecurityRules,
    Status,
    assessment_from_data,
    check_decision,
    evaluate,
    overall,
    rules_from_data,
    validate_activity,
    validate_event,
)
from desktop_app.i18n import N_, tr  # report periods are counted in Vietnamese days
from desktop_app.paths import RESOURCES
from desktop_app.storage.models import (
    Household,
    MediationCase,
    Resident,
    SecurityActivity,
    SecurityAssessmentDecision,
    SecurityEvent,
    SecurityEventPerson,
    SecurityReport,
)
from desktop_app.storage.uow import UnitOfWork

RULES_FILE = RESOURCES / "rules" / "security.json"


@lru_cache(maxsize=4)
def _rules_data() -> dict:
    return json.loads(RULES_FILE.read_text(encoding="utf-8"))


def rules(on: dt.date | None = None) -> SecurityRules:
    """The event and activity lists in force on ``on`` (today by default)."""
    return rules_from_data(_rules_data(), on=on or vn_today())


def assessment_rules(year: int) -> AssessmentRules:
    return assessment_from_data(_rules_data(), year=year)


def _live(model, uow: UnitOfWork, record_id: str, kind: str):
    row = uow.orm.get(model, record_id) if record_id else None
    if row is None or row.deleted_at is not None or row.unit_code != uow.unit_code:
        raise NotFound("not_found", kind=kind, id=record_id or "")
    return row


# --- events -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonView:
    position: int
    role: str
    full_name: str
    resident_id: str | None
    birth_year: int | None
    address: str | None


@dataclass(frozen=True)
class EventView:
    id: str
    occurred_at: dt.datetime
    ended_at: dt.datetime | None
    place: str
    type: str
    category: str
    severity: str
    status: str
    description: str
    reported_at: dt.datetime | None
    reported_to: str | None
    responding_force: str | None
    response: str | None
    result: str | None
    mediation_case_id: str | None
    mediation_case_number: str | None
    note: str | None
    people: list[PersonView]
    version: int


def _event_view(uow: UnitOfWork, e: SecurityEvent) -> EventView:
    people = uow.orm.scalars(select(SecurityEventPerson).where(
        SecurityEventPerson.event_id == e.id, SecurityEventPerson.deleted_at.is_(None))
        .order_by(SecurityEventPerson.position))
    number = None
    if e.mediation_case_id:
        c = uow.orm.get(MediationCase, e.mediation_case_id)
        number = c.number if c is not None else None
    return EventView(e.id, e.occurred_at, e.ended_at, e.place, e.type, e.category, e.severity, e.status,
                     e.description, e.reported_at, e.reported_to, e.responding_force, e.response, e.result,
                     e.mediation_case_id, number, e.note,
                     [PersonView(p.position, p.role, p.full_name, p.resident_id, p.birth_year, p.address)
                      for p in people], e.version)


def _checked_event(uow: UnitOfWork, data: EventInput, *, now: dt.datetime) -> tuple[EventInput, SecurityRules,
                                                                                   list[PersonInput]]:
    """The event validated as it will be kept (times in UTC), its rules, and its people with the residents'
    names from the register; raises before anything is written."""
    r = rules(vn_day(data.occurred_at))  # Vietnam's day, as when it is followed up (stored in UTC)
    e = validate_event(data, r, now=now)
    e = replace(e, **{k: getattr(e, k).astimezone(dt.UTC) for k in ("occurred_at", "ended_at", "reported_at")
                      if getattr(e, k) is not None})
    if e.mediation_case_id:
        _live(MediationCase, uow, e.mediation_case_id, "mediation_case")
    people = []
    for p in e.people:
        if p.resident_id:
            res = _live(Resident, uow, p.resident_id, "resident")
            home = uow.orm.get(Household, res.household_id)
            p = PersonInput(res.full_name, res.id, p.role, res.birth_year, p.address or (home.address if home else None))
        people.append(p)
    return e, r, people


def record_event(uow: UnitOfWork, data: EventInput, *, now: dt.datetime | None = None) -> EventView:
    """Record an event of the security-order log; people who are residents take their name from the register."""
    now = now or clock.now()
    unit = uow.require_unit()
    e, r, people = _checked_event(uow, data, now=now)
    row = uow.add(SecurityEvent(
        id=new_id(), unit_code=unit, occurred_at=e.occurred_at, ended_at=e.ended_at, place=e.place, type=e.type,
        category=r.types[e.type].category or "order", severity=e.severity, status=e.status,
        description=e.description, reported_at=e.reported_at, reported_to=e.reported_to,
        responding_force=e.responding_force, response=e.response, result=e.result,
        mediation_case_id=e.mediation_case_id, note=e.note))
    uow.orm.flush()
    for i, p in enumerate(people, start=1):
        uow.add(SecurityEventPerson(id=new_id(), unit_code=unit, event_id=row.id, position=i, role=p.role.value,
                                    resident_id=p.resident_id, full_name=p.full_name, birth_year=p.birth_year,
                                    address=p.address))
    uow.orm.flush()
    return _event_view(uow, row)


def update_event(uow: UnitOfWork, event_id: str, *, status: str | None = None, response: str | None = None,
                 result: str | None = None, reported_at: dt.datetime | None = None, reported_to: str | None = None,
                 ended_at: dt.datetime | None = None, now: dt.datetime | None = None) -> EventView:
    """Follow an event up: its status, the response and result, the report to the police, its end."""
    now = now or clock.now()
    row = _live(SecurityEvent, uow, event_id, "security_event")
    current = EventInput(
        occurred_at=row.occurred_at, ended_at=ended_at or row.ended_at, place=row.place, type=row.type,
        severity=row.severity, description=row.description, status=status or row.status,
        reported_at=reported_at or row.reported_at, reported_to=reported_to or row.reported_to,
        responding_force=row.responding_force, response=response if response is not None else row.response,
        result=result if result is not None else row.result, mediation_case_id=row.mediation_case_id, note=row.note)
    e = validate_event(current, rules(vn_day(row.occurred_at)), now=now)
    e = replace(e, **{k: getattr(e, k).astimezone(dt.UTC) for k in ("ended_at", "reported_at")
                      if getattr(e, k) is not None})
    uow.update(row, {"ended_at": e.ended_at, "status": e.status, "reported_at": e.reported_at,
                     "reported_to": e.reported_to, "response": e.response, "result": e.result})
    uow.orm.flush()
    return _event_view(uow, row)


def edit_event(uow: UnitOfWork, event_id: str, data: EventInput, *, expected_version: int | None = None,
               now: dt.datetime | None = None) -> EventView:
    """Correct an event as a whole (the window's edit form, ``events update --from``): every field and the people
    involved, with the same checks as when it was recorded. Versioned and audited; people no longer listed are
    soft-deleted, those kept are updated in place. ``expected_version``: refused if someone changed it since."""
    now = now or clock.now()
    row = _live(SecurityEvent, uow, event_id, "security_event")
    if expected_version is not None and row.version != expected_version:
        raise ValidationError("security_event_changed", field="version", expected=expected_version,
                              version=row.version)
    e, r, people = _checked_event(uow, data, now=now)
    uow.update(row, {"occurred_at": e.occurred_at, "ended_at": e.ended_at, "place": e.place, "type": e.type,
                     "category": r.types[e.type].category or "order", "severity": e.severity, "status": e.status,
                     "description": e.description, "reported_at": e.reported_at, "reported_to": e.reported_to,
                     "responding_force": e.responding_force, "response": e.response, "result": e.result,
                     "mediation_case_id": e.mediation_case_id, "note": e.note})
    old = list(uow.orm.scalars(select(SecurityEventPerson).where(
        SecurityEventPerson.event_id == row.id, SecurityEventPerson.deleted_at.is_(None))
        .order_by(SecurityEventPerson.position)))
    for i, p in enumerate(people, start=1):
        values = {"position": i, "role": p.role.value, "resident_id": p.resident_id, "full_name": p.full_name,
                  "birth_year": p.birth_year, "address": p.address}
        if i <= len(old):
            uow.update(old[i - 1], values)
        else:
            uow.add(SecurityEventPerson(id=new_id(), unit_code=row.unit_code, event_id=row.id, **values))
    for gone in old[len(people):]:
        uow.soft_delete(gone)
    uow.orm.flush()
    return _event_view(uow, row)


def event_input(view: EventView) -> EventInput:
    """The form's starting values: an ``EventInput`` holding what ``view`` shows."""
    return EventInput(
        occurred_at=view.occurred_at, ended_at=view.ended_at, place=view.place, type=view.type,
        severity=view.severity, description=view.description, status=view.status,
        people=tuple(PersonInput(p.full_name, p.resident_id, PersonRole(p.role), p.birth_year, p.address)
                     for p in view.people),
        reported_at=view.reported_at, reported_to=view.reported_to, responding_force=view.responding_force,
        response=view.response, result=view.result, mediation_case_id=view.mediation_case_id, note=view.note)


def get_event(uow: UnitOfWork, event_id: str) -> EventView:
    return _event_view(uow, _live(SecurityEvent, uow, event_id, "security_event"))


def _events_between(uow: UnitOfWork, start: dt.date, end: dt.date) -> list[SecurityEvent]:
    # Days are Vietnamese days: an event at 00:05 on 1 October (+07) is in October, though stored as 30
    # September 17:05 UTC.
    lo = dt.datetime.combine(start, dt.time.min, VN_TZ)
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, VN_TZ)
    return list(uow.orm.scalars(select(SecurityEvent).where(
        SecurityEvent.unit_code == uow.require_unit(), SecurityEvent.deleted_at.is_(None),
        SecurityEvent.occurred_at >= lo, SecurityEvent.occurred_at < hi).order_by(SecurityEvent.occurred_at)))


def list_events(uow: UnitOfWork, *, year: int | None = None) -> list[EventView]:
    """The events, newest first (of ``year`` when given)."""
    if year is not None:
        rows = _events_between(uow, dt.date(year, 1, 1), dt.date(year, 12, 31))
    else:
        rows = list(uow.orm.scalars(select(SecurityEvent).where(
            SecurityEvent.unit_code == uow.require_unit(), SecurityEvent.deleted_at.is_(None))))
    rows.sort(key=lambda e: e.occurred_at, reverse=True)
    return [_event_view(uow, e) for e in rows]


def _own_event(uow: UnitOfWork, event_id: str) -> SecurityEvent:
    row = uow.orm.get(SecurityEvent, event_id) if event_id else None
    if row is None or row.unit_code != uow.require_unit():
        raise NotFound("not_found", kind="security_event", id=event_id or "")
    return row


def _event_label(e: SecurityEvent) -> str:
    at = e.occurred_at if e.occurred_at.tzinfo else e.occurred_at.replace(tzinfo=dt.UTC)
    return f"{at.astimezone(VN_TZ):%d/%m/%Y %H:%M}, {e.place}"


def delete_event(uow: UnitOfWork, event_id: str) -> EventView:
    """Move an event recorded by mistake to the trash (kept with its people, restorable; the next bundle
    carries its tombstone and the commune stops counting it). Refused while it is linked to a mediation case
    (``security_event_delete_mediation_linked``): the case's file names the event it came from; unlink it
    first by correcting the event."""
    row = _own_event(uow, event_id)
    if row.deleted_at is not None:
        raise ValidationError("security_event_in_trash", label=_event_label(row))
    if row.mediation_case_id:
        case = uow.orm.get(MediationCase, row.mediation_case_id)
        if case is not None and case.deleted_at is None:
            raise ValidationError("security_event_delete_mediation_linked", label=_event_label(row),
                                  case=case.number)
    uow.soft_delete(row)
    uow.orm.flush()
    return _event_view(uow, row)


def restore_event(uow: UnitOfWork, event_id: str) -> EventView:
    """Bring an event back from the trash, as it was."""
    row = _own_event(uow, event_id)
    if row.deleted_at is None:
        raise ValidationError("security_event_not_in_trash", label=_event_label(row))
    uow.restore(row)
    uow.orm.flush()
    return _event_view(uow, row)


def trash(uow: UnitOfWork) -> list[EventView]:
    """The events in the trash, the last deleted first."""
    rows = uow.orm.scalars(select(SecurityEvent).where(SecurityEvent.unit_code == uow.require_unit(),
                                                       SecurityEvent.deleted_at.is_not(None))
                           .order_by(SecurityEvent.deleted_at.desc()))
    return [_event_view(uow, e) for e in rows]


# --- activities ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityView:
    id: str
    kind: str
    held_on: dt.date
    title: str | None
    quantity: int | None
    model_type: str | None
    status: str | None
    transformed: bool | None
    transformed_on: dt.date | None
    note: str | None
    version: int


def _activity_view(a: SecurityActivity) -> ActivityView:
    return ActivityView(a.id, a.kind, a.held_on, a.title, a.quantity, a.model_type, a.status, a.transformed,
                        a.transformed_on, a.note, a.version)


def record_activity(uow: UnitOfWork, data: ActivityInput, *, today: dt.date | None = None) -> ActivityView:
    today = today or vn_today()
    a = validate_activity(data, rules(data.held_on), today=today)
    row = uow.add(SecurityActivity(id=new_id(), unit_code=uow.require_unit(), kind=a.kind, held_on=a.held_on,
                                   title=a.title, quantity=a.quantity, model_type=a.model_type, status=a.status,
                                   transformed=a.transformed, transformed_on=a.transformed_on, note=a.note))
    uow.orm.flush()
    return _activity_view(row)


def update_activity(uow: UnitOfWork, activity_id: str, *, status: str | None = None,
                    transformed_on: dt.date | None = None, today: dt.date | None = None) -> ActivityView:
    """A model's new status, or a hot spot transformed on a day."""
    today = today or vn_today()
    row = _live(SecurityActivity, uow, activity_id, "security_activity")
    a = validate_activity(ActivityInput(
        row.kind, row.held_on, row.title, row.quantity, row.model_type, status or row.status,
        True if transformed_on else row.transformed, transformed_on or row.transformed_on, row.note),
        rules(row.held_on), today=today)
    uow.update(row, {"status": a.status, "transformed": a.transformed, "transformed_on": a.transformed_on})
    uow.orm.flush()
    return _activity_view(row)


def edit_activity(uow: UnitOfWork, activity_id: str, data: ActivityInput, *,
                  today: dt.date | None = None) -> ActivityView:
    """Correct a movement activity as a whole (the window's form), with the same checks as recording it;
    versioned and audited."""
    today = today or vn_today()
    row = _live(SecurityActivity, uow, activity_id, "security_activity")
    a = validate_activity(data, rules(data.held_on), today=today)
    uow.update(row, {"kind": a.kind, "held_on": a.held_on, "title": a.title, "quantity": a.quantity,
                     "model_type": a.model_type, "status": a.status, "transformed": a.transformed,
                     "transformed_on": a.transformed_on, "note": a.note})
    uow.orm.flush()
    return _activity_view(row)


def list_activities(uow: UnitOfWork, *, kind: str | None = None, start: dt.date | None = None,
                    end: dt.date | None = None) -> list[ActivityView]:
    q = select(SecurityActivity).where(SecurityActivity.unit_code == uow.require_unit(),
                                       SecurityActivity.deleted_at.is_(None))
    if kind:
        q = q.where(SecurityActivity.kind == kind)
    if start:
        q = q.where(SecurityActivity.held_on >= start)
    if end:
        q = q.where(SecurityActivity.held_on <= end)
    return [_activity_view(a) for a in uow.orm.scalars(q.order_by(SecurityActivity.held_on.desc()))]


# --- the assessment: evidence providers -------------------------------------------------------------------

Provider = Callable[[UnitOfWork, AssessmentPeriod], list[Evidence]]
_PROVIDERS: dict[str, Provider] = {}


def register_evidence_provider(name: str, provider: Provider) -> None:
    """Make ``provider`` answer the evidence ``name`` a criterion lists (the last registration wins)."""
    _PROVIDERS[name] = provider


def unregister_evidence_provider(name: str) -> None:
    _PROVIDERS.pop(name, None)


def current_households(uow: UnitOfWork, *, on: dt.date | None = None) -> list[str]:
    """Ids of the households with at least one resident living here (``on``: at that day, by residence dates)."""
    q = (select(Household.id).join(Resident, Resident.household_id == Household.id).where(
        Household.unit_code == uow.require_unit(), Household.deleted_at.is_(None),
        Resident.deleted_at.is_(None), Resident.status == "present").distinct())
    return sorted(uow.orm.scalars(q))


def _household_registration(uow: UnitOfWork, p: AssessmentPeriod) -> list[Evidence]:
    q1_end = dt.date(p.year, 3, 31)
    regs = [a for a in list_activities(uow, kind="movement_registration", start=p.start, end=p.end)]
    households = len(current_households(uow))
    if not households:
        return [Evidence("household_registration", "registration_no_households", {}, None,
                         tuple(a.id for a in regs))]
    if not regs:
        return [Evidence("household_registration", "registration_missing", {"households": households}, False)]
    latest = max(regs, key=lambda a: (a.held_on, a.quantity or 0))
    share = (latest.quantity or 0) / households if households else 0.0
    in_q1 = any(a.held_on <= q1_end for a in regs)
    out = [Evidence("household_registration", "registration_share",
                    {"registered": latest.quantity or 0, "households": households,
                     "percent": round(100 * share, 1), "on": latest.held_on.isoformat()},
                    share >= 1.0, (latest.id,))]
    out.append(Evidence("household_registration", "registration_in_q1" if in_q1 else "registration_after_q1",
                        {"on": min(a.held_on for a in regs).isoformat()}, in_q1, tuple(a.id for a in regs)))
    return out


def _propaganda(uow: UnitOfWork, p: AssessmentPeriod) -> list[Evidence]:
    sessions = list_activities(uow, kind="propaganda_session", start=p.start, end=p.end)
    materials = list_activities(uow, kind="materials_distributed", start=p.start, end=p.end)
    return [Evidence("propaganda", "propaganda_sessions",
                     {"sessions": len(sessions), "attendees": sum(a.quantity or 0 for a in sessions),
                      "copies": sum(a.quantity or 0 for a in materials)}, None,
                     tuple(a.id for a in sessions + materials))]


def _national_security(uow: UnitOfWork, p: AssessmentPeriod) -> list[Evidence]:
    found = [e for e in _events_between(uow, p.start, p.end) if e.category == "national_security"]
    if not found:
        return [Evidence("national_security_events", "national_security_none", {}, True)]
    by_type = Counter(e.type for e in found)
    return [Evidence("national_security_events", "national_security_found",
                     {"count": len(found), "types": ", ".join(sorted(by_type))}, False, tuple(e.id for e in found))]


CRIME_CATEGORIES = ("crime", "social_evil")


def _crime_comparison(uow: UnitOfWork, p: AssessmentPeriod) -> list[Evidence]:
    before = assessment_rules(p.year - 1).period(p.year - 1) if p.year > 1 else None
    now_rows = [e for e in _events_between(uow, p.start, p.end) if e.category in CRIME_CATEGORIES]
    out = []
    if before is None or not _has_records(uow, before):
        out.append(Evidence("crime_comparison", "crime_no_previous", {"count": len(now_rows)}, None,
                            tuple(e.id for e in now_rows)))
        out.append(Evidence("crime_comparison", MISSING, {"provider": "previous_period"}, None))
        return out
    prev_rows = [e for e in _events_between(uow, before.start, before.end) if e.category in CRIME_CATEGORIES]
    out.append(Evidence("crime_comparison", "crime_compared",
                        {"count": len(now_rows), "previous": len(prev_rows),
                         "previous_from": before.start.isoformat(), "previous_to": before.end.isoformat()},
                        len(now_rows) <= len(prev_rows), tuple(e.id for e in now_rows)))
    grave = [e for e in now_rows if e.severity == "particularly_serious"]
    if grave:
        out.append(Evidence("crime_comparison", "crime_particularly_serious", {"count": len(grave)}, False,
                            tuple(e.id for e in grave)))
    return out


def _self_governing_models(uow: UnitOfWork, p: AssessmentPeriod) -> list[Evidence]:
    models = [a for a in list_activities(uow, kind="self_governing_model", end=p.end)]
    working = [a for a in models if a.status in ("effective", "active")]
    if not models:
        return [Evidence("self_governing_models", "models_none", {}, None)]
    return [Evidence("self_governing_models", "models_working", {"working": len(working), "count": len(models),
                     "effective": sum(1 for a in models if a.status == "effective")},
                     bool(working), tuple(a.id for a in models))]


def _mediation(uow: UnitOfWork, p: AssessmentPeriod) -> list[Evidence]:
    from desktop_app.services.mediation import case_statistics

    s = case_statistics(uow, MediationPeriod(f"{p.start.isoformat()}/{p.end.isoformat()}", p.start, p.end))
    t = s.total.as_dict()
    ids = tuple(uow.orm.scalars(select(MediationCase.id).where(
        MediationCase.unit_code == uow.require_unit(), MediationCase.deleted_at.is_(None),
        MediationCase.received_on >= p.start, MediationCase.received_on <= p.end)))
    return [Evidence("mediation", "mediation_figures",
                     {"received": t["received"], "successful": t["successful"],
                      "unsuccessful": t["unsuccessful"], "in_progress": t["in_progress"]}, None, ids)]


def _party_resolution(uow: UnitOfWork, p: AssessmentPeriod) -> list[Evidence]:
    """The party cell's resolution leading the movement in quarter I of the assessment's year (MEETINGS):
    a held party cell meeting from 1 January to 31 March whose resolution, or a motion voted as a resolution,
    speaks of security and order. Only its number and date are shown (party records stay the party's)."""
    from desktop_app.domain.vietnamese import fold
    from desktop_app.storage.models import Meeting, MeetingVote

    start, end = dt.date(p.year, 1, 1), dt.date(p.year, 3, 31)
    held = list(uow.orm.scalars(select(Meeting).where(
        Meeting.unit_code == uow.require_unit(), Meeting.deleted_at.is_(None), Meeting.party.is_(True),
        Meeting.status == "held", Meeting.held_on >= start, Meeting.held_on <= end).order_by(Meeting.held_on)))
    if not held:
        return [Evidence("party_resolution", MISSING, {"provider": "party_resolution"}, None)]
    motions: dict[str, list[str]] = {}
    for v in uow.orm.scalars(select(MeetingVote).where(
            MeetingVote.meeting_id.in_([m.id for m in held]), MeetingVote.deleted_at.is_(None),
            MeetingVote.is_resolution.is_(True))):
        motions.setdefault(v.meeting_id, []).append(v.motion)

    def on_security(m) -> bool:  # noqa: ANN001
        text = fold(" ".join([m.title or "", m.resolution or "", *motions.get(m.id, [])]))
        return "an ninh" in text or "trat tu" in text

    found = [m for m in held if on_security(m)]
    if found:
        first = found[0]
        return [Evidence("party_resolution", "party_resolution_found",
                         {"number": first.number, "on": first.held_on.isoformat()}, True,
                         tuple(m.id for m in found))]
    return [Evidence("party_resolution", "party_resolution_unrelated", {"count": len(held)}, None,
                     tuple(m.id for m in held))]


for _name, _fn in (("party_resolution", _party_resolution),
                   ("household_registration", _household_registration), ("propaganda", _propaganda),
                   ("national_security_events", _national_security), ("crime_comparison", _crime_comparison),
                   ("self_governing_models", _self_governing_models), ("mediation", _mediation)):
    register_evidence_provider(_name, _fn)


def _has_records(uow: UnitOfWork, p: AssessmentPeriod) -> bool:
    """Whether anything of the security area was recorded in ``p`` (events or activities)."""
    if _events_between(uow, p.start, p.end):
        return True
    n = uow.orm.scalar(select(func.count()).select_from(SecurityActivity).where(
        SecurityActivity.unit_code == uow.require_unit(), SecurityActivity.deleted_at.is_(None),
        SecurityActivity.held_on >= p.start, SecurityActivity.held_on <= p.end))
    return bool(n)


@dataclass(frozen=True)
class Assessment:
    year: int
    period: AssessmentPeriod
    rules: AssessmentRules
    has_records: bool
    criteria: list[CriterionResult]
    result: Status
    closed: bool  # the period has ended (before it ends the assessment is provisional)
    previous: AssessmentPeriod | None = field(default=None)


def _check_year(year: int, today: dt.date) -> None:
    if not 2000 <= year <= today.year + 2:
        raise ValidationError("security_year_invalid", field="year", value=str(year))


def assess(uow: UnitOfWork, *, year: int, today: dt.date | None = None) -> Assessment:
    """The year's assessment: each criterion's computed status from its evidence, then the head's decisions."""
    today = today or vn_today()
    _check_year(year, today)
    ar = assessment_rules(year)
    p = ar.period(year)
    if p.start > today:
        raise ValidationError("security_period_not_begun", field="year", start=p.start.isoformat())
    has = _has_records(uow, p)
    decisions = {d.criterion_id: d for d in uow.orm.scalars(select(SecurityAssessmentDecision).where(
        SecurityAssessmentDecision.unit_code == uow.require_unit(), SecurityAssessmentDecision.year == year,
        SecurityAssessmentDecision.deleted_at.is_(None)))}
    results = []
    for c in ar.criteria:
        evidence: list[Evidence] = []
        if not has:
            evidence.append(Evidence("assessment", NO_RECORDS, {"from": p.start.isoformat(), "to": p.end.isoformat()}))
        for name in c.evidence:
            provider = _PROVIDERS.get(name)
            if provider is None:
                evidence.append(Evidence(name, MISSING, {"provider": name}))
            else:
                evidence.extend(provider(uow, p))
        computed = evaluate(c, evidence, has_records=has)
        d = decisions.get(c.id)
        decision = None
        status = computed
        if d is not None:
            status = Status(d.status)
            decision = {"status": d.status, "computed_then": d.computed, "reason": d.reason, "by": d.decided_by,
                        "at": d.updated_at, "confirmed": d.status == d.computed}
        results.append(CriterionResult(c, computed, tuple(evidence), status, decision))
    return Assessment(year, p, ar, has, results, overall(r.status for r in results), today > p.end)


def decide_criterion(uow: UnitOfWork, *, year: int, criterion_id: str, status: Status, reason: str | None,
                     today: dt.date | None = None) -> Assessment:
    """The head confirms a criterion's computed status, or overrides it with a reason (audited)."""
    a = assess(uow, year=year, today=today)
    found = [r for r in a.criteria if r.criterion.id == criterion_id]
    if not found:
        raise ValidationError("security_criterion_unknown", field="criterion", value=criterion_id,
                              allowed=", ".join(r.criterion.id for r in a.criteria))
    computed = found[0].computed
    reason = check_decision(computed, status, reason)
    row = uow.orm.scalar(select(SecurityAssessmentDecision).where(
        SecurityAssessmentDecision.unit_code == uow.require_unit(), SecurityAssessmentDecision.year == year,
        SecurityAssessmentDecision.criterion_id == criterion_id, SecurityAssessmentDecision.deleted_at.is_(None)))
    values = {"computed": computed.value, "status": status.value, "reason": reason, "decided_by": uow.actor}
    if row is None:
        uow.add(SecurityAssessmentDecision(id=new_id(), unit_code=uow.require_unit(), year=year,
                                           criterion_id=criterion_id, **values))
    else:
        uow.update(row, values, action="decide")
    uow.orm.flush()
    return assess(uow, year=year, today=today)


# --- the periodic report's figures ---------------------------------------------------------------------


def parse_period(text: str, *, today: dt.date | None = None) -> MediationPeriod:
    """A month (2026-07), a quarter (2026-Q3) or a year (2026) that has begun."""
    today = today or vn_today()
    try:
        p = MediationPeriod.parse(text)
    except ValidationError:
        raise ValidationError("security_period_invalid", field="period", value=text) from None
    if p.start > today:
        raise ValidationError("security_period_not_begun", field="period", start=p.start.isoformat())
    return p


_ARRIVALS = ("birth", "move_in")
_DEPARTURES = ("death", "move_out")
MOVEMENT_KINDS = ("birth", "death", "move_in", "move_out")


@dataclass(frozen=True)
class Population:
    """The register as it stood at the end of one day, and its movements over a period."""

    on: dt.date
    households: int
    residents: int
    by_residence_type: dict[str, int]
    by_sex: dict[str, int]
    movements: dict[str, int]


def population_on(uow: UnitOfWork, *, on: dt.date, since: dt.date | None = None) -> Population:
    """Households and residents living here at the end of ``on``, rebuilt from the register's resident events,
    and the movements from ``since`` to ``on`` (both inclusive).

    A resident (not in the trash) lives here on a day when the last arrival or departure dated on or before it
    is an arrival: a birth or a move in is an arrival on its day, a death or a move out a departure. Being
    entered into the register (``registered``) is no arrival: such a resident lived here from the start of
    their residence (``residence_from``), or always when it is not known; a resident gone without an event
    (dead or moved away with only a date) left on that date. A household counts when one of its residents
    lived here that day, in the household that day's events name (a move between households records the
    household it went to). Residence type and sex are the resident's current ones.

    Movements: the births, deaths, moves in and out of the period (``resident_events`` by their date), the
    temporary residences that began (``temporary_from``) and ended (``temporary_to``) in it."""
    from desktop_app.domain.people import ResidenceType, Sex
    from desktop_app.storage.models import ResidentEvent

    unit = uow.require_unit()
    people = list(uow.orm.execute(select(
        Resident.id, Resident.household_id, Resident.residence_type, Resident.sex, Resident.status,
        Resident.status_date, Resident.residence_from, Resident.residence_to, Resident.birth_date).where(
        Resident.unit_code == unit, Resident.deleted_at.is_(None))))
    events: dict[str, list] = {}
    for rid, hid, kind, day, details in uow.orm.execute(select(
            ResidentEvent.resident_id, ResidentEvent.household_id, ResidentEvent.kind, ResidentEvent.on_date,
            ResidentEvent.details).where(ResidentEvent.unit_code == unit, ResidentEvent.deleted_at.is_(None))
            .order_by(ResidentEvent.on_date, ResidentEvent.created_at)):
        events.setdefault(rid, []).append((day, kind, hid, details or {}))
    by_number = {n: i for n, i, _gone in sorted(uow.orm.execute(select(
        Household.number, Household.id, Household.deleted_at.is_not(None)).where(Household.unit_code == unit)).all(),
        key=lambda row: not row[2])}  # a number still in use names that household, else the deleted one
    by_type = {t.value: 0 for t in ResidenceType}
    by_sex = {x.value: 0 for x in Sex}
    households: set[str] = set()
    residents = 0
    for rid, hid, rtype, sex, status, status_date, res_from, _res_to, birth in people:
        mine = events.get(rid, [])
        steps = [(day, kind in _ARRIVALS) for day, kind, _h, _d in mine if kind in _ARRIVALS + _DEPARTURES]
        if not any(kind in _ARRIVALS for _day, kind, _h, _d in mine[:1]):  # no recorded arrival first
            born = dt.date.fromisoformat(birth) if birth and len(birth) == 10 else dt.date.min
            steps.insert(0, (max(res_from or dt.date.min, born), True))
        if status != "present" and status_date is not None and not any(kind in _DEPARTURES for _, kind, _h, _d in mine):
            steps.append((status_date, False))
        before = [here for day, here in sorted(steps, key=lambda x: x[0]) if day <= on]
        if not before or not before[-1]:
            continue
        residents += 1
        by_type[rtype] = by_type.get(rtype, 0) + 1
        by_sex[sex] = by_sex.get(sex, 0) + 1
        past = [e for e in mine if e[0] <= on]
        later = [e for e in mine if e[0] > on]
        if past and past[-1][2]:
            households.add(past[-1][2])
        elif later and later[0][1] == "household_change" and later[0][3].get("from_household") in by_number:
            households.add(by_number[later[0][3]["from_household"]])
        else:
            households.add((later[0][2] if later else None) or hid)
    start = since or on
    moves = dict.fromkeys(MOVEMENT_KINDS, 0)
    live = {p[0] for p in people}
    for rid, mine in events.items():
        if rid in live:
            for day, kind, _h, _d in mine:
                if kind in moves and start <= day <= on:
                    moves[kind] += 1
    temporary = [p for p in people if p[2] == ResidenceType.TEMPORARY.value]
    moves["temporary_from"] = sum(1 for p in temporary if p[6] is not None and start <= p[6] <= on)
    moves["temporary_to"] = sum(1 for p in temporary if p[7] is not None and start <= p[7] <= on)
    return Population(on, len(households), residents, by_type, by_sex, moves)


def report_figures(uow: UnitOfWork, period: MediationPeriod, *, today: dt.date | None = None) -> dict:
    """Every figure of the periodic report, computed from the records (the PDF prints exactly these). The
    population is the register at the end of the period (of today, while it runs: ``population.as_of``), with
    the movements within it (``population_on``)."""
    from desktop_app.services.mediation import case_statistics

    today = today or vn_today()
    unit = uow.require_unit()
    r = rules(period.end)
    pop = population_on(uow, on=min(period.end, today), since=period.start)
    events = _events_between(uow, period.start, period.end)
    by_type = {code: 0 for code in r.types}
    by_category = {code: 0 for code in r.categories}
    for e in events:
        by_type[e.type] = by_type.get(e.type, 0) + 1
        by_category[e.category] = by_category.get(e.category, 0) + 1
    m = case_statistics(uow, period)
    acts = list_activities(uow, start=period.start, end=period.end)

    def count(kind: str) -> int:
        return sum(1 for a in acts if a.kind == kind)

    def total(kind: str) -> int:
        return sum(a.quantity or 0 for a in acts if a.kind == kind)

    models = list_activities(uow, kind="self_governing_model", end=period.end)
    spots = list_activities(uow, kind="hot_spot", end=period.end)
    narrative = uow.orm.scalar(select(SecurityReport.narrative).where(
        SecurityReport.unit_code == unit, SecurityReport.period == period.code, SecurityReport.deleted_at.is_(None)))
    return {
        "period": {"code": period.code, "from": period.start.isoformat(), "to": period.end.isoformat()},
        "complete": today > period.end,
        "population": {"as_of": pop.on.isoformat(), "households": pop.households, "residents": pop.residents,
                       "by_residence_type": pop.by_residence_type, "by_sex": pop.by_sex,
                       "movements": pop.movements},
        "events": {"total": len(events), "by_type": by_type, "by_category": by_category,
                   "reported_to_police": sum(1 for e in events if e.reported_at is not None),
                   "resolved": sum(1 for e in events if e.status == "resolved")},
        "mediation": {k: v for k, v in m.total.as_dict().items()},
        "activities": {
            "propaganda_sessions": count("propaganda_session"), "attendees": total("propaganda_session"),
            "materials_copies": total("materials_distributed"), "tips_to_police": total("tip_to_police"),
            "wanted_persons_surrendered": total("wanted_person_surrendered"),
            "self_governing_models": len(models),
            "self_governing_models_effective": sum(1 for a in models if a.status == "effective"),
            "hot_spots": len(spots),
            "hot_spots_transformed": sum(1 for a in spots if a.transformed_on and a.transformed_on <= period.end),
        },
        "narrative": narrative or "",
    }


def narrative_for(uow: UnitOfWork, period: MediationPeriod) -> str | None:
    """The narrative kept for ``period``'s report, or None."""
    return uow.orm.scalar(select(SecurityReport.narrative).where(
        SecurityReport.unit_code == uow.require_unit(), SecurityReport.period == period.code,
        SecurityReport.deleted_at.is_(None)))


def save_narrative(uow: UnitOfWork, *, period: MediationPeriod, narrative: str | None) -> None:
    """Keep the narrative the head wrote for ``period``'s report (audited like any record)."""
    text = (narrative or "").strip() or None
    if text and len(text) > 10000:
        raise ValidationError("security_text_too_long", field="narrative", length=len(text), limit=10000)
    row = uow.orm.scalar(select(SecurityReport).where(
        SecurityReport.unit_code == uow.require_unit(), SecurityReport.period == period.code,
        SecurityReport.deleted_at.is_(None)))
    if row is None:
        uow.add(SecurityReport(id=new_id(), unit_code=uow.require_unit(), period=period.code, narrative=text))
    else:
        uow.update(row, {"narrative": text})
    uow.orm.flush()


# --- documents from other tools (``events create --from``, ``activities create --from``) -----------------


@lru_cache(maxsize=4)
def _validator(name: str):  # -> jsonschema validator
    from jsonschema import Draft202012Validator

    schema = json.loads((RESOURCES / "schemas" / f"security-{name}.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _check_schema(doc: object, name: str) -> None:
    errors = sorted(_validator(name).iter_errors(doc), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        path = "/".join(str(p) for p in err.absolute_path) or "(document)"
        raise ValidationError("security_input_invalid", field=path, path=path, detail=err.message)


def _time(text: str | None, name: str) -> dt.datetime | None:
    if text is None:
        return None
    try:
        at = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError("security_time_invalid", field=name, value=text) from None
    if at.tzinfo is None:
        raise ValidationError("security_time_invalid", field=name, value=text)
    return at


def _day(text: str | None, name: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError("security_time_invalid", field=name, value=text) from None


def event_input_from_json(doc: object) -> EventInput:
    """An ``EventInput`` from a document of ``resources/schemas/security-event.schema.json``."""
    _check_schema(doc, "event")
    assert isinstance(doc, dict)
    people = tuple(PersonInput(p.get("full_name"), p.get("resident_id"), PersonRole(p.get("role", "involved")),
                               p.get("birth_year"), p.get("address")) for p in doc.get("people", []))
    return EventInput(
        occurred_at=_time(doc["occurred_at"], "occurred_at"), ended_at=_time(doc.get("ended_at"), "ended_at"),
        place=doc["place"], type=doc["type"], severity=doc["severity"], description=doc["description"],
        status=doc.get("status", "open"), people=people, reported_at=_time(doc.get("reported_at"), "reported_at"),
        reported_to=doc.get("reported_to"), responding_force=doc.get("responding_force"),
        response=doc.get("response"), result=doc.get("result"), mediation_case_id=doc.get("mediation_case_id"),
        note=doc.get("note"))


def activity_input_from_json(doc: object) -> ActivityInput:
    """An ``ActivityInput`` from a document of ``resources/schemas/security-activity.schema.json``."""
    _check_schema(doc, "activity")
    assert isinstance(doc, dict)
    return ActivityInput(kind=doc["kind"], held_on=_day(doc["held_on"], "held_on"), title=doc.get("title"),
                         quantity=doc.get("quantity"), model_type=doc.get("model_type"), status=doc.get("status"),
                         transformed=doc.get("transformed"),
                         transformed_on=_day(doc.get("transformed_on"), "transformed_on"), note=doc.get("note"))


# --- texts of the assessment (the window, the command line and the PDF show the same) -------------------------

_EVIDENCE_TEXTS = {
    NO_RECORDS: N_("Nothing was recorded from {from} to {to} (no event, no activity): the records cannot show this"
                   " criterion; answer it yourself."),
    "registration_missing": N_("No registration of the households for the movement in the period ({households}"
                               " households live here)."),
    "registration_no_households": N_("The register has no household yet: the share of households registered"
                                     " cannot be computed."),
    "registration_share": N_("{registered} of {households} households registered ({percent} %) on {on}."),
    "registration_in_q1": N_("The hamlet registered in quarter I ({on})."),
    "registration_after_q1": N_("The first registration was on {on}, after quarter I."),
    "propaganda_sessions": N_("{sessions} propaganda sessions with {attendees} attendees; {copies} copies of"
                              " handbooks and leaflets distributed. Whether policy and local rules were fully"
                              " carried out is for you to answer."),
    "national_security_none": N_("No event of Art. 4.3 (a–g) recorded in the period."),
    "national_security_found": N_("{count} events of Art. 4.3 recorded in the period: {types}."),
    "crime_no_previous": N_("{count} crime and social-evil events in the period; the previous period has no"
                            " records to compare with."),
    "crime_compared": N_("{count} crime and social-evil events, against {previous} in the previous period"
                         " ({previous_from} – {previous_to})."),
    "crime_particularly_serious": N_("{count} particularly serious crimes in the period."),
    "models_none": N_("No self-governing model recorded."),
    "models_working": N_("{working} of {count} self-governing models working ({effective} rated effective)."),
    "party_resolution_found": N_("The party cell's meeting {number} of {on} resolved on security and order in"
                                 " quarter I."),
    "party_resolution_unrelated": N_("The party cell met {count} times in quarter I, but no resolution recorded"
                                     " speaks of security and order: answer it yourself."),
    "mediation_figures": N_("Mediation: {received} cases received, {successful} successful, {unsuccessful}"
                            " unsuccessful, {in_progress} in progress."),
}
_MISSING_TEXTS = {
    "party_resolution": N_("The party cell's resolution in quarter I is not in this copy's records (meetings):"
                           " answer it yourself."),
    "previous_period": N_("Without records of the previous period the comparison cannot be made: answer it"
                          " yourself."),
}
_STATUS_LABELS = {Status.PASS: N_("pass"), Status.FAIL: N_("fail"), Status.NEEDS_ANSWER: N_("needs your answer")}


def status_label(status: Status) -> str:
    return tr(_STATUS_LABELS[status])


def evidence_text(e: Evidence) -> str:
    """The evidence in the current language, dates as dd/MM/yyyy and amounts with the language's grouping."""
    if e.code == MISSING:
        template = _MISSING_TEXTS.get(e.params.get("provider", ""), N_("No data source for {provider}: answer"
                                                                      " it yourself."))
        return tr(template, provider=e.params.get("provider", ""))
    params = {}
    for k, v in e.params.items():
        if isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-":
            v = i18n.format_date(dt.date.fromisoformat(v))
        elif isinstance(v, float):
            v = i18n.format_number(v, 1)
        elif isinstance(v, int) and not isinstance(v, bool):
            v = i18n.format_number(v)
        params[k] = v
    template = _EVIDENCE_TEXTS.get(e.code)
    if template is None:  # a provider from another area names its own text in params["text"]
        return str(e.params.get("text", e.code))
    return tr(template, **params)


# --- the periodic report as a document ----------------------------------------------------------------


def report_labels(on: dt.date):  # -> documents.kinds.ReportLabels
    from desktop_app.documents.kinds import ReportLabels

    r = rules(on)
    return ReportLabels(tuple((c.code, c.label) for c in r.categories.values()),
                        tuple((t.code, t.label, t.category or "order") for t in r.types.values()))


def report_document(app, *, period: str, signer: str | None, number: int | None, date: dt.date | None):
    """The report's ``Document`` for ``period`` (refused before it begins), with the head printed as signer
    (``signer``, else the hamlet head's profile)."""
    from desktop_app.documents.kinds import security_report
    from desktop_app.services import views

    today = vn_today()
    p = parse_period(period, today=max(today, date or today))
    with app.uow() as uow:
        figures = report_figures(uow, p, today=date or today)
        if signer is None:
            signer = views.first_name_in_role(uow.dbapi(), views.Role.HAMLET_HEAD)
    return security_report(app.unit, figures, report_labels(p.end), head_name=signer, number=number,
                           date=date or today)


# --- the yearly assessment and the registration as documents -------------------------------------------


def _head_name(uow: UnitOfWork, signer: str | None) -> str | None:
    from desktop_app.services import views

    if signer is not None:
        return signer
    heads = [x for x in views.profiles(uow.dbapi()) if x.role.value == "hamlet_head"]
    return heads[0].display_name if heads else None


def assessment_paper(a: Assessment):  # -> documents.kinds.AssessmentPaper
    """The assessment as its report prints it: every criterion with its evidence (codes and parameters, and how
    many records each rests on), the computed status, the head's decision and reason, and the result."""
    from desktop_app.documents.kinds import AssessmentPaper, PaperCriterion, PaperEvidence

    criteria = []
    for c in a.criteria:
        d = c.decision or {}
        at = d.get("at")
        if isinstance(at, dt.datetime):
            at = vn_day(at)
        criteria.append(PaperCriterion(
            number=c.criterion.number, title=c.criterion.title, legal_basis=c.criterion.legal_basis,
            computed=c.computed.value, status=c.status.value,
            evidence=tuple(PaperEvidence(e.code, dict(e.params), len(e.records)) for e in c.evidence),
            decided_on=at if c.decision else None, computed_then=d.get("computed_then"), reason=d.get("reason")))
    labels = {t.code: t.label for t in rules(a.period.end).types.values()}
    return AssessmentPaper(year=a.year, start=a.period.start, end=a.period.end, closed=a.closed,
                           legal_basis=a.rules.legal_basis, amended_by=a.rules.amended_by,
                           authority=a.rules.authority, criteria=tuple(criteria), result=a.result.value,
                           type_labels=labels)


def assessment_document(app, *, year: int, signer: str | None, number: int | None, date: dt.date | None):
    """The yearly self-assessment's report (``security_assessment``) for ``year``, the head printed as signer;
    refused for a year whose period has not begun (``security_period_not_begun``)."""
    from desktop_app.documents.kinds import security_assessment

    today = date or vn_today()
    with app.uow() as uow:
        a = assess(uow, year=year, today=today)
        head = _head_name(uow, signer)
    return security_assessment(app.unit, assessment_paper(a), head_name=head, number=number, date=date or today)


def registration_paper(uow: UnitOfWork, *, year: int, on: dt.date):  # -> documents.kinds.RegistrationPaper
    """What the registration for ``year`` says: the criteria in force, the households and residents on the day of
    the households' registration (the first of quarter I, else ``on``), how many registered, the party cell's
    resolution of quarter I (its number and date only) and the self-governing models kept."""
    from desktop_app.documents.kinds import RegistrationPaper

    _check_year(year, on)
    ar = assessment_rules(year)
    p = ar.period(year)
    q1 = [a for a in list_activities(uow, kind="movement_registration", start=dt.date(year, 1, 1),
                                     end=dt.date(year, 3, 31)) if a.held_on <= on]
    reg = max(q1, key=lambda a: (a.held_on, a.quantity or 0)) if q1 else None
    day = reg.held_on if reg is not None else on
    pop = population_on(uow, on=day)
    resolution = None
    for e in _party_resolution(uow, p):
        if e.code == "party_resolution_found":
            resolution = f"số {e.params['number']} ngày {dt.date.fromisoformat(e.params['on']):%d/%m/%Y}"
    models = tuple(a.title for a in sorted(list_activities(uow, kind="self_governing_model", end=on),
                                           key=lambda a: a.held_on)
                   if a.title and a.status in ("effective", "active"))
    return RegistrationPaper(year=year, on=day, households=pop.households, residents=pop.residents,
                             registered=reg.quantity if reg is not None else None, party_resolution=resolution,
                             criteria=tuple((c.number, c.title) for c in ar.criteria), models=models,
                             legal_basis=ar.legal_basis, amended_by=ar.amended_by)


def registration_document(app, *, year: int, signer: str | None, number: int | None, date: dt.date | None):
    """The registration form (``security_registration``) for ``year``, the head printed as signer."""
    from desktop_app.documents.kinds import security_registration

    today = date or vn_today()
    with app.uow() as uow:
        paper = registration_paper(uow, year=year, on=today)
        head = _head_name(uow, signer)
    return security_registration(app.unit, paper, head_name=head, number=number, date=today)


# --- the dashboard: the hamlet at a glance --------------------------------------------------------------


def dashboard_checks(uow: UnitOfWork, *, today: dt.date | None = None) -> dict:
    """What the dashboard needs the rules for (computed after its first figures are shown): the running
    assessment's status and the open mediation cases not started in time.

    ``assessment``: {year, result, open: [criterion numbers], failed: [...]} or None before the period begins;
    ``mediation_late_starts``: [(case id, case number)]."""
    from desktop_app.services import mediation

    today = today or vn_today()
    year = today.year + (1 if today.month >= 11 else 0)  # residential areas: from 1 November
    try:
        a = assess(uow, year=year, today=today)
        assessment = {"year": year, "result": a.result.value,
                      "open": [c.criterion.number for c in a.criteria if c.status is Status.NEEDS_ANSWER],
                      "failed": [c.criterion.number for c in a.criteria if c.status is Status.FAIL]}
    except ValidationError:
        assessment = None
    late = [(c.id, c.number) for c in mediation.list_cases(uow, open_only=True, today=today)
            if "late_start" in c.overdue]
    return {"assessment": assessment, "mediation_late_starts": late}


def dashboard(uow: UnitOfWork, *, today: dt.date | None = None, party: bool = False) -> dict:
    """What the hamlet head sees first: ``services.dashboard.glance`` (population, events per month by category
    over the last 12 months, this year's mediation outcomes, meetings held, the outbox, the reminders read
    with plain SQL) and ``dashboard_checks`` (the assessment's status, mediation late starts) together."""
    from desktop_app.services.dashboard import glance

    today = today or vn_today()
    return (glance(uow.dbapi(), unit_code=uow.require_unit(), today=today, party=party)
            | dashboard_checks(uow, today=today))
