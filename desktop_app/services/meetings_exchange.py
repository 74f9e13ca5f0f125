"""Meetings in bundles (docs/bundle-format.md, sections 7.3 and 8).

- the government bundle carries every **government** meeting of the unit (the hamlet meeting, the security-order
  and mediation team's meetings, the others) as a ``meeting`` record (``collect_records``): its kind, date,
  title, the attendance counts and rate, each vote with its computed result (``passed``) and the denominator it
  was counted on, and the tasks it assigned with their state. People are pseudonymised unless the bundle is sent
  named: then no chair, secretary, place, motion, task text or name goes, and a task owner who is a resident
  refers to the resident's pseudonym (``bundles.pseudonym``, the register's own); a named bundle carries them
  with the real ids. The record's id is always the meeting's own (a meeting names no one), so the commune holds
  each meeting once whichever way it came; a task's id is the task's own;
- a **party cell** meeting never goes in a government bundle: the party bundle to the party committee carries it
  as a ``party_meeting`` record (``collect_party_records``), with names — the party committee is the recipient
  the cell's minutes are written for — and what only the cell's records have (membership, grade, resolution);
- the report figures (``report_figures``): ``meetings.held`` — the government meetings held in the report
  period — and ``meetings.held_by_kind``; party meetings are never counted there.

A meeting's record changes whenever the meeting or anything hanging from it changes (agenda, roll call,
speeches, votes, tasks — also a task reviewed at a later meeting): its version is the sum of the versions of the
meeting and of every row of it (deleted ones too), so it only grows.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

from desktop_app.bundles import pseudonym
from desktop_app.domain.meetings import Attendance, MeetingStatus
from desktop_app.storage.models import (
    Meeting,
    MeetingAgendaItem,
    MeetingAttendance,
    MeetingSpeech,
    MeetingTask,
    MeetingVote,
)

RECORD_TYPE = "meeting"
PARTY_RECORD_TYPE = "party_meeting"  # a party record: party bundles only (bundles.format.PARTY_TYPE_PREFIX)
FIGURE_PREFIX = "meetings."
_CHILDREN = (MeetingAgendaItem, MeetingAttendance, MeetingSpeech, MeetingVote, MeetingTask)


def _iso_time(value: dt.datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.isoformat()


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _hhmm(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


# --- the report figures ------------------------------------------------------------------------------


def report_figures(uow: Any, unit_code: str, period: dict[str, str]) -> dict[str, Any]:
    """``meetings.held``: the unit's government meetings held (finished) from ``period["from"]`` to
    ``period["to"]`` (ISO dates, both included); ``meetings.held_by_kind``: {kind: count}, every government kind
    of the rule set listed (0 when none). Party cell meetings are left out."""
    from desktop_app.services.meetings import rules

    start, end = dt.date.fromisoformat(period["from"]), dt.date.fromisoformat(period["to"])
    kinds = Counter(uow.session.scalars(select(Meeting.kind).where(
        Meeting.unit_code == unit_code, Meeting.deleted_at.is_(None), Meeting.party.is_(False),
        Meeting.status == MeetingStatus.HELD.value, Meeting.held_on >= start, Meeting.held_on <= end)))
    by_kind = {k.code: kinds.get(k.code, 0) for k in rules(end).kinds if not k.party}
    for code, n in kinds.items():  # a kind a later rule set dropped still counts
        by_kind.setdefault(code, n)
    return {f"{FIGURE_PREFIX}held": sum(kinds.values()), f"{FIGURE_PREFIX}held_by_kind": by_kind}


def first_meeting_day(uow: Any, unit_code: str) -> dt.date | None:
    """The day the unit's first government meeting was held (the first bundle's period starts no later)."""
    return uow.session.scalar(select(func.min(Meeting.held_on)).where(
        Meeting.unit_code == unit_code, Meeting.deleted_at.is_(None), Meeting.party.is_(False)))


# --- the records -------------------------------------------------------------------------------------


def _children(uow: Any, meeting_ids: list[str]) -> dict[str, list[Any]]:
    """Every row hanging from each meeting (deleted ones too: their versions count)."""
    out: dict[str, list[Any]] = defaultdict(list)
    if not meeting_ids:
        return out
    for model in _CHILDREN:
        for row in uow.session.scalars(select(model).where(model.meeting_id.in_(meeting_ids))):
            out[row.meeting_id].append(row)
    return out


def _counts(v: Any) -> dict[str, Any]:
    c = v.counts
    return {"present": c.present, "absent_with_reason": c.absent_with_reason,
            "absent_without_reason": c.absent_without_reason, "exempt": c.exempt, "guests": c.guests,
            "expected": c.expected}


def _fields(v: Any, *, named: bool, party: bool, ref: Callable[[str, str | None], str | None]) -> dict[str, Any]:
    """The record's fields from the meeting's view (``meetings.get_meeting``); ``ref(type, id)`` the id a
    reference to a person's record carries (a pseudonym unless named)."""
    fields: dict[str, Any] = {
        "number": v.row.number, "year": v.row.date.year, "kind": v.row.kind, "body": v.row.body.value,
        "date": v.row.date.isoformat(), "title": v.row.title, "status": v.row.status.value,
        "start": _hhmm(v.start), "end": _hhmm(v.end), "households_total": v.households_total,
        "attendance": _counts(v), "attendance_rate": v.counts.rate, "attendance_warning": bool(v.attendance_warning),
        "voters_present": v.voters_present, "vote_denominator": v.vote_denominator,
        "votes": [], "tasks": [],
    }
    for x in v.votes:
        vote = {"position": x.position, "in_favour": x.result.in_favour, "against": x.result.against,
                "abstain": x.result.abstain, "voters_present": x.result.voters_present,
                "denominator": x.result.denominator, "passed": x.result.passed, "resolution": bool(x.is_resolution)}
        if named:
            vote["motion"] = x.motion
        fields["votes"].append(vote)
    for i, t in enumerate(v.tasks, start=1):
        task = {"id": t.id, "position": i, "state": t.state.value, "deadline": _day(t.deadline),
                "carried_from_id": t.carried_from_id, "owner_resident_id": ref("resident", t.owner_resident_id)}
        if named:
            task |= {"text": t.text, "owner": t.owner_name}
        if party:
            task["owner_member_id"] = t.owner_member_id
        fields["tasks"].append(task)
    fields["reviewed_task_ids"] = [t.id for t in v.reviewed]
    if named:
        fields |= {"place": v.place, "chair": v.chair, "chair_title": v.chair_title, "secretary": v.secretary,
                   "attendees": [{"name": a.name, "status": a.status.value, "reason": a.reason,
                                  "household_id": a.household_id, "resident_id": a.resident_id,
                                  **({"member_id": a.member_id,
                                      "membership": a.membership.value if a.membership else None} if party else {})}
                                 for a in v.attendance if a.status is not Attendance.GUEST],
                   "guests": [a.name for a in v.attendance if a.status is Attendance.GUEST]}
    if party:
        fields |= {"grade": v.grade, "resolution": v.resolution, "conclusion": v.conclusion}
    return fields


def _records(uow: Any, unit_code: str, since: dt.datetime | None, *, party: bool, named: bool,
             viewer: Any, key: Callable[[], bytes] | None) -> list[dict[str, Any]]:
    from desktop_app.services import meetings

    rows = list(uow.session.scalars(select(Meeting).where(Meeting.unit_code == unit_code,
                                                          Meeting.party.is_(party))))
    if not rows:
        return []
    secret = key() if key is not None and not named else None

    def ref(record_type: str, record_id: str | None) -> str | None:
        if record_id is None or secret is None:
            return record_id
        return pseudonym.pseudonym_id(secret, record_type, record_id)

    children = _children(uow, [m.id for m in rows])
    since = _aware(since)
    rtype = PARTY_RECORD_TYPE if party else RECORD_TYPE
    out: list[dict[str, Any]] = []
    for m in sorted(rows, key=lambda m: (m.held_on, m.seq, m.id)):
        own = children.get(m.id, [])
        version = m.version + sum(r.version for r in own)
        stamps = [t for r in (m, *own) for t in (_aware(r.updated_at), _aware(r.deleted_at)) if t is not None]
        if since is not None and not any(t > since for t in stamps):
            continue
        flag = {} if party else {"pseudonymised": not named}
        if m.deleted_at is not None:
            out.append({"id": m.id, "type": rtype, "version": version, **flag,
                        "deleted_at": _iso_time(m.deleted_at)})
            continue
        view = meetings.get_meeting(uow, m.id, viewer=viewer)
        out.append({"id": m.id, "type": rtype, "version": version, **flag, "updated_at": _iso_time(max(stamps)),
                    "unit_code": m.unit_code, "fields": _fields(view, named=named or party, party=party, ref=ref)})
    return out


def collect_records(uow: Any, unit_code: str, since: dt.datetime | None, pseudonym_key: Callable[[], bytes], *,
                    named: bool) -> list[dict[str, Any]]:
    """The ``meeting`` upserts and tombstones (records.schema.json) of the unit's government meetings changed
    after ``since`` (all when None); people pseudonymised with ``pseudonym_key()`` unless ``named``."""
    return _records(uow, unit_code, since, party=False, named=named, viewer=None, key=pseudonym_key)


def collect_party_records(uow: Any, unit_code: str, since: dt.datetime | None, *,
                          viewer: Any) -> list[dict[str, Any]]:
    """The ``party_meeting`` upserts and tombstones of the cell's meetings changed after ``since``, with names,
    read as ``viewer`` (the party cell secretary who exports the party bundle)."""
    return _records(uow, unit_code, since, party=True, named=True, viewer=viewer, key=None)
