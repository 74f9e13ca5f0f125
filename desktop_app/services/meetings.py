"""Meetings: the party cell's members, whole meetings recorded at once (``create_meeting``) or live, change by
change, during the meeting (``start_meeting`` … ``finish_meeting``), and the checklist of the tasks the previous
meeting of the same body assigned.

Every function takes a unit of work, validates with ``domain.meetings`` before writing anything, writes through
the unit of work (versioned and audited) and returns plain views; the caller commits. Party records (the
members, the party cell's meetings) are kept apart from the hamlet's: only a party profile (the party cell
secretary) sees or changes them (``meeting_party_only``); the lists leave them out for anyone else.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import func, select

from desktop_app.domain.clock import vn_today
from desktop_app.domain.errors import AuthError, NotFound, ValidationError
from desktop_app.domain.ids import new_id
from desktop_app.domain.meetings import (
    Attendance,
    AttendanceCounts,
    Ballot,
    Body,
    CellMember,
    MeetingKind,
    MeetingRules,
    MeetingStatus,
    Membership,
    Standing,
    TaskReview,
    TaskState,
    VoteCount,
    VoteResult,
    Voters,
    attendance_counts,
    attendance_warning,
    check_header,
    check_member_dates,
    check_reviews,
    clean_text,
    count_ballots,
    counted_full_members,
    meeting_number,
    more_than,
    repeated_absentees,
    rules_from_data,
    vote_result,
)
from desktop_app.domain.people import clean_name
from desktop_app.domain.units import Role
from desktop_app.domain.vietnamese import name_sort_key
from desktop_app.paths import RESOURCES
from desktop_app.services.views import ProfileInfo
from desktop_app.storage.models import (
    Household,
    Meeting,
    MeetingAgendaItem,
    MeetingAttendance,
    MeetingSpeech,
    MeetingTask,
    MeetingVote,
    PartyMember,
    Resident,
    utcnow,
)
from desktop_app.storage.uow import UnitOfWork

RULES_FILE = RESOURCES / "rules" / "meetings.json"
PARTY_ROLES = frozenset({Role.PARTY_SECRETARY})

# Members whose standing keeps them out of the roll call: they take part in another cell, or none.
_NOT_IN_ROLL_CALL = frozenset({Standing.ATTACHED_ELSEWHERE, Standing.SUSPENDED})
_LEAVE_REASON = "nghỉ có phép"


@lru_cache(maxsize=4)
def _rules_data() -> dict:
    return json.loads(RULES_FILE.read_text(encoding="utf-8"))


def rules(on: dt.date | None = None) -> MeetingRules:
    """The meeting rules in force on ``on`` (today by default)."""
    return rules_from_data(_rules_data(), on=on or vn_today())


def is_party_viewer(viewer: ProfileInfo | None) -> bool:
    return viewer is not None and viewer.role in PARTY_ROLES


def _require_party(viewer: ProfileInfo | None) -> None:
    if not is_party_viewer(viewer):
        raise AuthError("meeting_party_only")


# --- views ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberView:
    id: str
    full_name: str
    sex: str | None
    birth_year: int | None
    membership: Membership
    standing: Standing
    admitted_on: dt.date | None
    official_on: dt.date | None
    cell_role: str | None
    card_number: str | None
    resident_id: str | None
    left_on: dt.date | None
    note: str | None
    version: int


@dataclass(frozen=True)
class MeetingRow:
    id: str
    kind: str
    body: Body
    party: bool
    number: str
    date: dt.date
    title: str
    status: MeetingStatus
    version: int


@dataclass(frozen=True)
class AttendanceLine:
    id: str
    name: str
    status: Attendance
    reason: str | None
    member_id: str | None
    household_id: str | None
    resident_id: str | None
    membership: Membership | None = None  # party cell: the member's, for the vote


@dataclass(frozen=True)
class VoteView:
    id: str
    position: int
    motion: str
    is_resolution: bool
    result: VoteResult
    ballots: list[dict] | None


@dataclass(frozen=True)
class TaskView:
    id: str
    meeting_id: str
    text: str
    owner_name: str
    owner_resident_id: str | None
    owner_member_id: str | None
    deadline: dt.date | None
    state: TaskState
    carried_from_id: str | None
    reviewed_in_id: str | None
    review_note: str | None


@dataclass(frozen=True)
class MeetingView:
    row: MeetingRow
    start: dt.time | None
    end: dt.time | None
    place: str | None
    chair: str
    chair_title: str | None
    secretary: str
    households_total: int | None
    agenda: list[str]
    attendance: list[AttendanceLine]
    counts: AttendanceCounts
    attendance_warning: bool
    voters_present: int
    vote_denominator: int
    speeches: list[dict]  # {id, position, speaker, summary}
    votes: list[VoteView]
    conclusion: str | None
    resolution: str | None
    grade: str | None
    tasks: list[TaskView]  # assigned at this meeting
    reviewed: list[TaskView]  # tasks of the previous meeting reviewed here
    repeated_absentees: list[str] = field(default_factory=list)
    started_at: dt.datetime | None = None
    note: str | None = None


# --- helpers ----------------------------------------------------------------------------------------


def _live(model, uow: UnitOfWork, record_id: str | None, kind: str):  # -> the row
    row = uow.orm.get(model, record_id) if record_id else None
    if row is None or row.deleted_at is not None or row.unit_code != uow.require_unit():
        raise NotFound("not_found", kind=kind, id=record_id or "")
    return row


def _time(text: str | None, field: str) -> dt.time | None:
    if text in (None, ""):
        return None
    if isinstance(text, dt.time):
        return text
    try:
        hours, minutes = str(text).split(":")
        return dt.time(int(hours), int(minutes))
    except ValueError:
        raise ValidationError("meeting_time_invalid", field=field, value=str(text)) from None


def _hhmm(t: dt.time | None) -> str | None:
    return t.strftime("%H:%M") if t else None


def _member_view(m: PartyMember) -> MemberView:
    return MemberView(m.id, m.full_name, m.sex, m.birth_year, Membership(m.membership), Standing(m.standing),
                      m.admitted_on, m.official_on, m.cell_role, m.card_number, m.resident_id, m.left_on, m.note,
                      m.version)


def _choice(enum, value, field: str):  # -> a member of enum
    try:
        return enum(value)
    except ValueError:
        raise ValidationError("meeting_member_value_invalid", field=field, value=str(value),
                              known=", ".join(e.value for e in enum)) from None


# --- the party cell's members -----------------------------------------------------------------------


def list_members(uow: UnitOfWork, *, viewer: ProfileInfo | None, include_left: bool = False) -> list[MemberView]:
    """The cell's members in Vietnamese name order (those who left last, when asked for)."""
    _require_party(viewer)
    q = select(PartyMember).where(PartyMember.unit_code == uow.require_unit(),
                                  PartyMember.deleted_at.is_(None))
    if not include_left:
        q = q.where(PartyMember.left_on.is_(None))
    rows = sorted(uow.orm.scalars(q), key=lambda m: (m.left_on is not None, m.sort_key))
    return [_member_view(m) for m in rows]


def add_member(uow: UnitOfWork, *, viewer: ProfileInfo | None, resident_id: str | None = None,
               full_name: str | None = None, sex: str | None = None, birth_year: int | None = None,
               membership: Membership | str = Membership.FULL, standing: Standing | str = Standing.ACTIVE,
               admitted_on: dt.date | None = None, official_on: dt.date | None = None,
               cell_role: str | None = None, card_number: str | None = None, note: str | None = None) -> MemberView:
    """A member of the party cell: a resident of the register (name, sex and birth year from it) or by name."""
    _require_party(viewer)
    unit = uow.require_unit()
    membership = _choice(Membership, getattr(membership, "value", membership), "membership")
    standing = _choice(Standing, getattr(standing, "value", standing), "standing")
    if resident_id:
        r = _live(Resident, uow, resident_id, "resident")
        if uow.orm.scalar(select(PartyMember.id).where(PartyMember.resident_id == r.id, PartyMember.left_on.is_(None),
                                                       PartyMember.deleted_at.is_(None))):
            raise ValidationError("meeting_member_exists", field="resident_id", name=r.full_name)
        full_name, sex, birth_year = r.full_name, r.sex, r.birth_year
    name = clean_name(full_name)
    if not name:
        raise ValidationError("meeting_field_required", field="full_name")
    check_member_dates(membership=membership, admitted_on=admitted_on, official_on=official_on)
    m = uow.add(PartyMember(id=new_id(), unit_code=unit, resident_id=resident_id, full_name=name,
                            sort_key=name_sort_key(name), sex=sex, birth_year=birth_year, membership=membership.value,
                            admitted_on=admitted_on, official_on=official_on, standing=standing.value,
                            cell_role=clean_text(cell_role), card_number=clean_text(card_number),
                            note=clean_text(note)))
    uow.orm.flush()
    return _member_view(m)


def update_member(uow: UnitOfWork, member_id: str, *, viewer: ProfileInfo | None, **values: object) -> MemberView:
    """Change a member's membership (probationary → full with ``official_on``), standing, dates or note;
    ``left_on`` when they leave the cell."""
    _require_party(viewer)
    m = _live(PartyMember, uow, member_id, "party_member")
    allowed = {"membership", "standing", "admitted_on", "official_on", "cell_role", "card_number", "left_on", "note"}
    changes: dict[str, object] = {}
    for key, value in values.items():
        if key not in allowed:
            raise TypeError(key)
        if key == "membership":
            value = _choice(Membership, getattr(value, "value", value), "membership").value
        elif key == "standing":
            value = _choice(Standing, getattr(value, "value", value), "standing").value
        elif key in ("cell_role", "card_number", "note"):
            value = clean_text(value)  # type: ignore[arg-type]
        changes[key] = value
    check_member_dates(membership=Membership(changes.get("membership", m.membership)),
                       admitted_on=changes.get("admitted_on", m.admitted_on),  # type: ignore[arg-type]
                       official_on=changes.get("official_on", m.official_on))  # type: ignore[arg-type]
    uow.update(m, changes)
    return _member_view(m)


# --- reading meetings -------------------------------------------------------------------------------


def _row(m: Meeting) -> MeetingRow:
    return MeetingRow(m.id, m.kind, Body(m.body), m.party, m.number, m.held_on, m.title, MeetingStatus(m.status),
                      m.version)


def list_meetings(uow: UnitOfWork, *, viewer: ProfileInfo | None, kind: str | None = None,
                  year: int | None = None, body: Body | None = None) -> list[MeetingRow]:
    """The meetings ``viewer`` may see, newest first (party meetings only for a party profile)."""
    q = select(Meeting).where(Meeting.unit_code == uow.require_unit(), Meeting.deleted_at.is_(None))
    if kind:
        rules().kind(kind)
        q = q.where(Meeting.kind == kind)
    if year:
        q = q.where(Meeting.year == year)
    if body:
        q = q.where(Meeting.body == body.value)
    if not is_party_viewer(viewer):
        q = q.where(Meeting.party.is_(False))
    q = q.order_by(Meeting.held_on.desc(), Meeting.seq.desc())
    return [_row(m) for m in uow.orm.scalars(q)]


def _meeting(uow: UnitOfWork, meeting_id: str, viewer: ProfileInfo | None) -> Meeting:
    m = _live(Meeting, uow, meeting_id, "meeting")
    if m.party:
        _require_party(viewer)
    return m


def _children(uow: UnitOfWork, model, meeting_id: str) -> list:
    return list(uow.orm.scalars(select(model).where(model.meeting_id == meeting_id, model.deleted_at.is_(None))
                                .order_by(model.position)))


def _task_view(t: MeetingTask) -> TaskView:
    return TaskView(t.id, t.meeting_id, t.text, t.owner_name, t.owner_resident_id, t.owner_member_id, t.deadline,
                    TaskState(t.state), t.carried_from_id, t.reviewed_in_id, t.review_note)


@dataclass(frozen=True)
class _Electorate:
    voters: Voters
    voters_present: int
    denominator: int
    cell: dict[str, CellMember]


def _electorate(uow: UnitOfWork, m: Meeting, kind: MeetingKind, lines: Sequence[AttendanceLine],
                r: MeetingRules) -> _Electorate:
    if kind.voters is Voters.FULL_MEMBERS:
        members = {p.id: p for p in uow.orm.scalars(select(PartyMember).where(
            PartyMember.unit_code == m.unit_code, PartyMember.deleted_at.is_(None)))}
        seen = {line.member_id: line for line in lines if line.member_id}
        cell: dict[str, CellMember] = {}
        for p in members.values():
            if p.left_on is not None and p.left_on <= m.held_on and p.id not in seen:
                continue
            if p.admitted_on is not None and p.admitted_on > m.held_on and p.id not in seen:
                continue
            line = seen.get(p.id)
            status = line.status if line else Attendance.ABSENT_WITHOUT_REASON
            cell[p.id] = CellMember(p.id, Membership(p.membership), Standing(p.standing), status, p.full_name)
        present = sum(1 for c in cell.values() if c.membership is Membership.FULL and c.attendance is Attendance.PRESENT)
        return _Electorate(kind.voters, present, counted_full_members(cell.values(), rules=r), cell)
    present = sum(1 for line in lines if line.status is Attendance.PRESENT)
    if kind.voters is Voters.HOUSEHOLDS:
        present = sum(1 for line in lines if line.status is Attendance.PRESENT and line.household_id) or present
        return _Electorate(kind.voters, present, m.households_total or 0, {})
    return _Electorate(kind.voters, present, present, {})


def _attendance_lines(uow: UnitOfWork, m: Meeting) -> list[AttendanceLine]:
    rows = _children(uow, MeetingAttendance, m.id)
    memberships = {}
    if m.party:
        ids = [a.member_id for a in rows if a.member_id]
        if ids:
            memberships = {p.id: Membership(p.membership)
                           for p in uow.orm.scalars(select(PartyMember).where(PartyMember.id.in_(ids)))}
    return [AttendanceLine(a.id, a.name, Attendance(a.status), a.reason, a.member_id, a.household_id, a.resident_id,
                           memberships.get(a.member_id)) for a in rows]


def get_meeting(uow: UnitOfWork, meeting_id: str, *, viewer: ProfileInfo | None) -> MeetingView:
    m = _meeting(uow, meeting_id, viewer)
    r = rules(m.held_on)
    kind = r.kind(m.kind)
    lines = _attendance_lines(uow, m)
    counts = attendance_counts(line.status for line in lines)
    el = _electorate(uow, m, kind, lines, r)
    votes = []
    for v in _children(uow, MeetingVote, m.id):
        passed_share = r.share_for(el.voters)
        result = VoteResult(v.in_favour, v.against, v.abstain, el.denominator, el.voters_present,
                            more_than(v.in_favour, el.denominator, passed_share))
        votes.append(VoteView(v.id, v.position, v.motion, v.is_resolution, result, v.ballots))
    tasks = [_task_view(t) for t in _children(uow, MeetingTask, m.id)]
    reviewed = [_task_view(t) for t in uow.orm.scalars(select(MeetingTask).where(
        MeetingTask.reviewed_in_id == m.id, MeetingTask.deleted_at.is_(None)).order_by(MeetingTask.position))]
    return MeetingView(
        row=_row(m), start=_time(m.start_time, "start"), end=_time(m.end_time, "end"), place=m.place, chair=m.chair,
        chair_title=m.chair_title, secretary=m.secretary, households_total=m.households_total,
        agenda=[a.text for a in _children(uow, MeetingAgendaItem, m.id)], attendance=lines, counts=counts,
        attendance_warning=attendance_warning(counts, rules=r), voters_present=el.voters_present,
        vote_denominator=el.denominator,
        speeches=[{"id": s.id, "position": s.position, "speaker": s.speaker, "summary": s.summary}
                  for s in _children(uow, MeetingSpeech, m.id)],
        votes=votes, conclusion=m.conclusion, resolution=m.resolution, grade=m.grade, tasks=tasks, reviewed=reviewed,
        repeated_absentees=_repeated_absentees(uow, m, r), started_at=m.started_at, note=m.note)


def _repeated_absentees(uow: UnitOfWork, m: Meeting, r: MeetingRules) -> list[str]:
    """Names absent at repeated meetings of the body, up to and including this one."""
    recent = list(uow.orm.scalars(select(Meeting).where(
        Meeting.unit_code == m.unit_code, Meeting.body == m.body, Meeting.deleted_at.is_(None),
        Meeting.held_on <= m.held_on).order_by(Meeting.held_on.desc(), Meeting.seq.desc())
        .limit(r.repeated_absence_meetings)))
    history = []
    names: dict[str, str] = {}
    for meeting in recent:
        entry = {}
        for a in _children(uow, MeetingAttendance, meeting.id):
            if a.status == Attendance.GUEST.value:
                continue
            key = a.member_id or a.household_id or a.resident_id or a.name
            names.setdefault(key, a.name)
            entry[key] = Attendance(a.status)
        history.append(entry)
    return [names[k] for k in repeated_absentees(history, rules=r)]


# --- the previous meeting's tasks ---------------------------------------------------------------------


def _previous_meeting(uow: UnitOfWork, *, body: str, before: dt.date, exclude: str | None = None) -> Meeting | None:
    q = select(Meeting).where(Meeting.unit_code == uow.require_unit(), Meeting.body == body,
                              Meeting.deleted_at.is_(None), Meeting.held_on <= before)
    if exclude:
        q = q.where(Meeting.id != exclude)
    return uow.orm.scalars(q.order_by(Meeting.held_on.desc(), Meeting.seq.desc())).first()


def open_tasks(uow: UnitOfWork, *, viewer: ProfileInfo | None, body: Body, before: dt.date,
               exclude: str | None = None) -> list[TaskView]:
    """The checklist for a meeting of ``body`` on ``before``: every task still open from the earlier meetings
    of that body (the previous meeting's, and older ones nobody reviewed), oldest first."""
    if body is Body.PARTY_CELL:
        _require_party(viewer)
    q = (select(MeetingTask).join(Meeting, Meeting.id == MeetingTask.meeting_id)
         .where(Meeting.unit_code == uow.require_unit(), Meeting.body == body.value,
                Meeting.deleted_at.is_(None), Meeting.held_on <= before, MeetingTask.deleted_at.is_(None),
                MeetingTask.state == TaskState.OPEN.value))
    if exclude:
        q = q.where(Meeting.id != exclude)
    return [_task_view(t) for t in uow.orm.scalars(q.order_by(Meeting.held_on, MeetingTask.position))]


# --- recording a whole meeting ------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceInput:
    status: str
    member_id: str | None = None
    household_id: str | None = None
    resident_id: str | None = None
    name: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class VoteInput:
    motion: str
    in_favour: int = 0
    against: int = 0
    abstain: int = 0
    resolution: bool = False
    ballots: tuple[tuple[str, str], ...] | None = None  # (member id, choice)


@dataclass(frozen=True)
class TaskInput:
    text: str
    owner_resident_id: str | None = None
    owner_member_id: str | None = None
    deadline: dt.date | None = None


@dataclass(frozen=True)
class MeetingInput:
    kind: str
    date: dt.date
    chair: str | None = None
    secretary: str | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    place: str | None = None
    chair_title: str | None = None
    title: str | None = None
    status: MeetingStatus = MeetingStatus.HELD
    agenda: Sequence[str] | None = None
    attendance: Sequence[AttendanceInput] = ()
    guests: Sequence[str] = ()
    speeches: Sequence[tuple[str, str]] = ()
    votes: Sequence[VoteInput] = ()
    conclusion: str | None = None
    resolution: str | None = None
    grade: str | None = None
    tasks: Sequence[TaskInput] = ()
    task_reviews: Sequence[tuple[str, str, str | None]] = ()  # (task id, state, note)
    note: str | None = None


def default_title(kind: MeetingKind, on: dt.date) -> str:
    if kind.body is Body.PARTY_CELL:
        return f"{kind.title} tháng {on.month} năm {on.year}"
    return f"{kind.title} năm {on.year}" if kind.body is Body.HAMLET else f"{kind.title} tháng {on.month}/{on.year}"


def _households_total(uow: UnitOfWork) -> int:
    return uow.orm.scalar(select(func.count(Household.id)).where(Household.unit_code == uow.require_unit(),
                                                                 Household.deleted_at.is_(None))) or 0


def _resolve_attendance(uow: UnitOfWork, kind: MeetingKind, items: Sequence[AttendanceInput],
                        guests: Sequence[str]) -> list[dict]:
    unit = uow.require_unit()
    out: list[dict] = []
    seen: set[str] = set()
    # One query a table instead of one a line: a hamlet meeting lists every household (900 in a big one);
    # the ``get`` calls below then find the rows in the session (held here: its identity map is weak).
    households = [a.household_id for a in items if a.household_id]
    loaded: list = []
    for chunk in range(0, len(households), 500):
        rows = list(uow.orm.scalars(select(Household).where(Household.id.in_(households[chunk:chunk + 500]))))
        loaded += rows
        loaded += uow.orm.scalars(select(Resident).where(Resident.id.in_([h.head_id for h in rows if h.head_id])))
    for i, a in enumerate(items, start=1):
        try:
            status = Attendance(a.status)
        except ValueError:
            raise ValidationError("meeting_attendance_invalid", field=f"attendance[{i}].status", index=i,
                                  value=str(a.status)) from None
        name = clean_text(a.name)
        key = a.member_id or a.household_id or a.resident_id
        if a.member_id:
            p = uow.orm.get(PartyMember, a.member_id)
            if p is None or p.deleted_at is not None or p.unit_code != unit or kind.body is not Body.PARTY_CELL:
                raise ValidationError("meeting_attendee_unknown", field=f"attendance[{i}]", index=i, value=a.member_id)
            name = p.full_name
        elif a.household_id:
            h = uow.orm.get(Household, a.household_id)
            if h is None or h.deleted_at is not None or h.unit_code != unit:
                raise ValidationError("meeting_attendee_unknown", field=f"attendance[{i}]", index=i,
                                      value=a.household_id)
            if a.resident_id:
                rep = uow.orm.get(Resident, a.resident_id)
                if rep is None or rep.household_id != h.id or rep.deleted_at is not None:
                    raise ValidationError("meeting_attendee_unknown", field=f"attendance[{i}]", index=i,
                                          value=a.resident_id)
                name = rep.full_name
            elif not name:
                head = uow.orm.get(Resident, h.head_id) if h.head_id else None
                name = head.full_name if head else f"Hộ số {h.number}"
        elif a.resident_id:
            rep = uow.orm.get(Resident, a.resident_id)
            if rep is None or rep.deleted_at is not None or rep.unit_code != unit:
                raise ValidationError("meeting_attendee_unknown", field=f"attendance[{i}]", index=i,
                                      value=a.resident_id)
            name = rep.full_name
        elif kind.body in (Body.PARTY_CELL, Body.HAMLET) and status is not Attendance.GUEST:
            # a cell's roll call is its members, a hamlet meeting's its households
            raise ValidationError("meeting_attendee_unknown", field=f"attendance[{i}]", index=i, value=name or "")
        if not name:
            raise ValidationError("meeting_field_required", field=f"attendance[{i}].name")
        key = key or name
        if key in seen:
            raise ValidationError("meeting_attendee_twice", field=f"attendance[{i}]", index=i, value=name)
        seen.add(key)
        out.append({"member_id": a.member_id, "household_id": a.household_id, "resident_id": a.resident_id,
                    "name": name, "status": status.value, "reason": clean_text(a.reason)})
    for g in guests:
        name = clean_text(g)
        if name:
            out.append({"member_id": None, "household_id": None, "resident_id": None, "name": name,
                        "status": Attendance.GUEST.value, "reason": None})
    return out


def _owner(uow: UnitOfWork, task: TaskInput, index: int, *, party: bool) -> tuple[str, str | None, str | None]:
    unit = uow.require_unit()
    if task.owner_member_id:
        p = uow.orm.get(PartyMember, task.owner_member_id)
        if p is not None and p.deleted_at is None and p.unit_code == unit and party:
            return p.full_name, None, p.id
        raise ValidationError("meeting_task_owner_unknown", field=f"tasks[{index}].owner", index=index,
                              value=task.owner_member_id)
    if task.owner_resident_id:
        r = uow.orm.get(Resident, task.owner_resident_id)
        if r is not None and r.deleted_at is None and r.unit_code == unit:
            return r.full_name, r.id, None
        raise ValidationError("meeting_task_owner_unknown", field=f"tasks[{index}].owner", index=index,
                              value=task.owner_resident_id)
    raise ValidationError("meeting_task_owner_unknown", field=f"tasks[{index}].owner", index=index, value="—")


def _check_votes(votes: Sequence[VoteInput], el: _Electorate, r: MeetingRules) -> list[tuple[VoteInput, VoteCount]]:
    out = []
    for i, v in enumerate(votes, start=1):
        if not clean_text(v.motion):
            raise ValidationError("meeting_motion_required", field=f"votes[{i}].motion", index=i)
        if v.ballots is not None:
            if el.voters is not Voters.FULL_MEMBERS:
                raise ValidationError("meeting_ballot_member_unknown", field=f"votes[{i}].ballots", index=i,
                                      value=v.ballots[0][0] if v.ballots else "")
            count = count_ballots([Ballot(k, c) for k, c in v.ballots], el.cell, index=i)
        else:
            count = VoteCount(v.in_favour, v.against, v.abstain)
        vote_result(count, voters=el.voters, voters_present=el.voters_present, denominator=el.denominator,
                    rules=r, index=i)
        out.append((v, count))
    return out


def _next_seq(uow: UnitOfWork, body: str, year: int) -> int:
    # Deleted meetings count: a meeting in the trash keeps its number, so restoring it never clashes.
    return (uow.orm.scalar(select(func.max(Meeting.seq)).where(
        Meeting.unit_code == uow.require_unit(), Meeting.body == body, Meeting.year == year)) or 0) + 1


def create_meeting(uow: UnitOfWork, data: MeetingInput, *, viewer: ProfileInfo | None,
                   today: dt.date | None = None) -> MeetingView:
    """Record a whole meeting. Every rule is checked before anything is written; one failure refuses it all."""
    today = today or vn_today()
    unit = uow.require_unit()
    r = rules(data.date)
    kind = r.kind(data.kind)
    if kind.party:
        _require_party(viewer)
    check_header(chair=data.chair, secretary=data.secretary, start=data.start, end=data.end, held_on=data.date,
                 today=today, status=data.status)
    grade = r.check_grade(clean_text(data.grade))
    attendance = _resolve_attendance(uow, kind, data.attendance, data.guests)
    if kind.body is Body.HAMLET and not data.attendance:
        attendance = _household_roll(uow) + attendance
    if kind.body is Body.PARTY_CELL:
        listed = {a["member_id"] for a in attendance if a["member_id"]}
        attendance = attendance + [a for a in _member_roll(uow, data.date) if a["member_id"] not in listed]
    households_total = _households_total(uow) if kind.body is Body.HAMLET else None
    # The electorate, computed on the meeting as it will be stored (nothing written yet).
    probe = Meeting(id="", unit_code=unit, held_on=data.date, households_total=households_total)
    lines = [AttendanceLine("", a["name"], Attendance(a["status"]), a["reason"], a["member_id"], a["household_id"],
                            a["resident_id"]) for a in attendance]
    el = _electorate(uow, probe, kind, lines, r)
    votes = _check_votes(data.votes, el, r)
    owners = []
    for i, t in enumerate(data.tasks, start=1):
        if not clean_text(t.text):
            raise ValidationError("meeting_task_text_required", field=f"tasks[{i}].text", index=i)
        owners.append(_owner(uow, t, i, party=kind.party))
    pending = open_tasks(uow, viewer=viewer, body=kind.body, before=data.date)
    reviews = check_reviews([t.id for t in pending], [TaskReview(tid, _review_state(state, i), note)
                                                     for i, (tid, state, note) in enumerate(data.task_reviews, 1)])
    # --- every rule passed: write
    agenda = [t for t in (clean_text(x) for x in (data.agenda if data.agenda is not None else kind.agenda)) if t]
    seq = _next_seq(uow, kind.body.value, data.date.year)
    m = uow.add(Meeting(
        id=new_id(), unit_code=unit, kind=kind.code, body=kind.body.value, party=kind.party, year=data.date.year,
        seq=seq, number=meeting_number(seq, data.date.year), title=clean_text(data.title) or default_title(kind, data.date),
        held_on=data.date, start_time=_hhmm(data.start), end_time=_hhmm(data.end), place=clean_text(data.place),
        chair=clean_name(data.chair), chair_title=clean_text(data.chair_title), secretary=clean_name(data.secretary),
        status=data.status.value, households_total=households_total, conclusion=clean_text(data.conclusion),
        resolution=(data.resolution or "").strip() or None, grade=grade, note=clean_text(data.note),
        started_at=None))
    uow.orm.flush()
    for i, text in enumerate(agenda, start=1):
        uow.add(MeetingAgendaItem(id=new_id(), unit_code=unit, meeting_id=m.id, position=i, text=text))
    for i, a in enumerate(attendance, start=1):
        uow.add(MeetingAttendance(id=new_id(), unit_code=unit, meeting_id=m.id, position=i, **a))
    for i, (speaker, summary) in enumerate(data.speeches, start=1):
        uow.add(MeetingSpeech(id=new_id(), unit_code=unit, meeting_id=m.id, position=i,
                              speaker=clean_text(speaker) or "……", summary=summary.strip()))
    for i, (v, count) in enumerate(votes, start=1):
        uow.add(MeetingVote(id=new_id(), unit_code=unit, meeting_id=m.id, position=i, motion=clean_text(v.motion),
                            in_favour=count.in_favour, against=count.against, abstain=count.abstain,
                            is_resolution=v.resolution,
                            ballots=[{"member_id": k, "choice": c} for k, c in v.ballots] if v.ballots else None))
    uow.orm.flush()
    for tid, review in reviews.items():
        _apply_review(uow, m, tid, review)
    for i, (t, (owner, resident_id, member_id)) in enumerate(zip(data.tasks, owners, strict=True), start=1):
        uow.add(MeetingTask(id=new_id(), unit_code=unit, meeting_id=m.id, position=_next_task_position(uow, m.id),
                            text=clean_text(t.text), owner_name=owner, owner_resident_id=resident_id,
                            owner_member_id=member_id, deadline=t.deadline, state=TaskState.OPEN.value))
        uow.orm.flush()
    uow.orm.flush()
    return get_meeting(uow, m.id, viewer=viewer)


def _review_state(state: str, index: int) -> TaskState:
    try:
        return TaskState(state)
    except ValueError:
        raise ValidationError("meeting_review_state_invalid", field=f"task_reviews[{index}].state", index=index,
                              value=str(state)) from None


def _next_task_position(uow: UnitOfWork, meeting_id: str) -> int:
    return (uow.orm.scalar(select(func.max(MeetingTask.position)).where(MeetingTask.meeting_id == meeting_id)) or 0) + 1


def _apply_review(uow: UnitOfWork, m: Meeting, task_id: str, review: TaskReview) -> None:
    t = uow.orm.get(MeetingTask, task_id)
    uow.update(t, {"state": review.state.value, "reviewed_in_id": m.id, "review_note": clean_text(review.note)},
               action="review")
    if review.state is TaskState.CARRIED_OVER:
        uow.add(MeetingTask(id=new_id(), unit_code=m.unit_code, meeting_id=m.id,
                            position=_next_task_position(uow, m.id), text=t.text, owner_name=t.owner_name,
                            owner_resident_id=t.owner_resident_id, owner_member_id=t.owner_member_id,
                            deadline=None, state=TaskState.OPEN.value, carried_from_id=t.id))
        uow.orm.flush()


def _household_roll(uow: UnitOfWork) -> list[dict]:
    """A hamlet meeting's roll call: one line a household, its head as representative, absent until marked."""
    from desktop_app.documents.kinds.common import household_number_key

    rows = list(uow.orm.scalars(select(Household).where(Household.unit_code == uow.require_unit(),
                                                        Household.deleted_at.is_(None))))
    rows.sort(key=lambda h: household_number_key(h.number))
    heads = {r.id: r.full_name for r in uow.orm.scalars(select(Resident).where(
        Resident.id.in_([h.head_id for h in rows if h.head_id])))} if rows else {}
    return [{"member_id": None, "household_id": h.id, "resident_id": h.head_id if h.head_id in heads else None,
             "name": heads.get(h.head_id) or f"Hộ số {h.number}", "status": Attendance.ABSENT_WITHOUT_REASON.value,
             "reason": None} for h in rows]


def _member_roll(uow: UnitOfWork, on: dt.date) -> list[dict]:
    """A party cell meeting's roll call: the members in the cell on ``on``; the exempt as exempt, those on leave
    absent with reason, everyone else absent until marked present. Members attached elsewhere or suspended
    are not called."""
    out = []
    rows = sorted(uow.orm.scalars(select(PartyMember).where(PartyMember.unit_code == uow.require_unit(),
                                                            PartyMember.deleted_at.is_(None))),
                  key=lambda p: p.sort_key)
    for p in rows:
        if (p.left_on and p.left_on <= on) or (p.admitted_on and p.admitted_on > on):
            continue
        standing = Standing(p.standing)
        if standing in _NOT_IN_ROLL_CALL:
            continue
        status, reason = {Standing.EXEMPT: (Attendance.EXEMPT, None),
                          Standing.ON_LEAVE: (Attendance.ABSENT_WITH_REASON, _LEAVE_REASON)}.get(
            standing, (Attendance.ABSENT_WITHOUT_REASON, None))
        out.append({"member_id": p.id, "household_id": None, "resident_id": None, "name": p.full_name,
                    "status": status.value, "reason": reason})
    return out


# --- the live meeting: each change its own commit (the caller commits after each call) -----------------


def start_meeting(uow: UnitOfWork, *, viewer: ProfileInfo | None, kind: str, on: dt.date, chair: str | None,
                  secretary: str | None, start: dt.time | None = None, place: str | None = None,
                  chair_title: str | None = None, title: str | None = None) -> MeetingView:
    """Open a meeting in progress with its default agenda and the roll call (everyone absent until marked)."""
    data = MeetingInput(kind=kind, date=on, chair=chair, secretary=secretary, start=start, place=place,
                        chair_title=chair_title, title=title, status=MeetingStatus.IN_PROGRESS)
    v = create_meeting(uow, data, viewer=viewer, today=on)
    m = uow.orm.get(Meeting, v.row.id)
    uow.update(m, {"started_at": utcnow()}, action="start")
    return get_meeting(uow, m.id, viewer=viewer)


def _live_meeting(uow: UnitOfWork, meeting_id: str, viewer: ProfileInfo | None) -> Meeting:
    m = _meeting(uow, meeting_id, viewer)
    if m.status != MeetingStatus.IN_PROGRESS.value:
        raise ValidationError("meeting_not_in_progress", number=m.number)
    return m


def mark_attendance(uow: UnitOfWork, meeting_id: str, line_id: str, *, viewer: ProfileInfo | None,
                    status: Attendance, reason: str | None = None) -> AttendanceLine:
    m = _live_meeting(uow, meeting_id, viewer)
    a = _live(MeetingAttendance, uow, line_id, "meeting_attendance")
    if a.meeting_id != m.id:
        raise NotFound("not_found", kind="meeting_attendance", id=line_id)
    uow.update(a, {"status": Attendance(status).value, "reason": clean_text(reason)}, action="roll_call")
    return AttendanceLine(a.id, a.name, Attendance(a.status), a.reason, a.member_id, a.household_id, a.resident_id)


@dataclass(frozen=True)
class HouseholdLine:
    """One household's line of a hamlet meeting's roll call, as the household picker shows it."""

    line_id: str
    household_id: str
    number: str
    address: str | None
    head_name: str | None
    representative_id: str | None
    representative: str  # the name on the roll (the representative, else the head)
    members: list[tuple[str, str]]  # (resident id, full name) of the household's adults, the head first
    status: Attendance
    reason: str | None


HOUSEHOLD_STATUSES = (Attendance.PRESENT, Attendance.ABSENT_WITH_REASON, Attendance.ABSENT_WITHOUT_REASON)
ADULT_AGE = 18


def household_roll(uow: UnitOfWork, meeting_id: str, *, viewer: ProfileInfo | None) -> list[HouseholdLine]:
    """The households on a hamlet meeting's roll call, by their head's name in Vietnamese order (then number);
    each with the adults who may represent it (residents living in it, 18 or older in the meeting's year)."""
    from desktop_app.documents.kinds.common import household_number_key

    m = _meeting(uow, meeting_id, viewer)
    rows = [a for a in _children(uow, MeetingAttendance, m.id) if a.household_id]
    households = {h.id: h for h in uow.orm.scalars(select(Household).where(
        Household.id.in_([a.household_id for a in rows])))} if rows else {}
    people: dict[str, list[Resident]] = {}
    if households:
        for r in uow.orm.scalars(select(Resident).where(Resident.household_id.in_(list(households)),
                                                        Resident.deleted_at.is_(None))
                                 .order_by(Resident.sort_key)):
            people.setdefault(r.household_id, []).append(r)
    out = []
    for a in rows:
        h = households.get(a.household_id)
        if h is None:
            continue
        living = people.get(h.id, [])
        head = next((r for r in living if r.id == h.head_id), None)
        adults = [r for r in living if _may_represent(r, m.held_on)]
        adults.sort(key=lambda r: r.id != h.head_id)  # the head first, the rest in name order
        out.append(HouseholdLine(a.id, h.id, h.number, h.address, head.full_name if head else None, a.resident_id,
                                 a.name, [(r.id, r.full_name) for r in adults], Attendance(a.status), a.reason))
    out.sort(key=lambda x: (name_sort_key(x.head_name or x.representative), household_number_key(x.number)))
    return out


def _may_represent(r: Resident, on: dt.date) -> bool:
    return r.status == "present" and (r.birth_year is None or on.year - r.birth_year >= ADULT_AGE)


def mark_household(uow: UnitOfWork, meeting_id: str, line_id: str, *, viewer: ProfileInfo | None,
                   status: Attendance | str, reason: str | None = None,
                   representative_id: str | None = None) -> AttendanceLine:
    """At a hamlet meeting in progress, one household's attendance: present (by its representative: an adult
    living in the household, the head unless another is chosen), absent with a reason, or absent without."""
    m = _live_meeting(uow, meeting_id, viewer)
    a = _live(MeetingAttendance, uow, line_id, "meeting_attendance")
    if a.meeting_id != m.id or not a.household_id:
        raise NotFound("not_found", kind="meeting_attendance", id=line_id)
    try:
        status = Attendance(getattr(status, "value", status))
    except ValueError:
        status = None  # type: ignore[assignment]
    if status not in HOUSEHOLD_STATUSES:
        raise ValidationError("meeting_household_status_invalid", field="status", value=str(status or ""))
    reason = clean_text(reason)
    if status is Attendance.ABSENT_WITH_REASON and not reason:
        raise ValidationError("meeting_reason_required", field="reason", name=a.name)
    h = uow.orm.get(Household, a.household_id)
    changes: dict[str, object] = {"status": status.value,
                                  "reason": reason if status is Attendance.ABSENT_WITH_REASON else None}
    if representative_id:
        rep = uow.orm.get(Resident, representative_id)
        if rep is None or rep.deleted_at is not None or rep.household_id != h.id or rep.status != "present":
            raise ValidationError("meeting_representative_not_member", field="representative",
                                  number=h.number)
        if not _may_represent(rep, m.held_on):
            raise ValidationError("meeting_representative_minor", field="representative", name=rep.full_name,
                                  age=ADULT_AGE)
        changes.update({"resident_id": rep.id, "name": rep.full_name})
    uow.update(a, changes, action="roll_call")
    return AttendanceLine(a.id, a.name, Attendance(a.status), a.reason, a.member_id, a.household_id, a.resident_id)


def add_guest(uow: UnitOfWork, meeting_id: str, *, viewer: ProfileInfo | None, name: str) -> None:
    m = _live_meeting(uow, meeting_id, viewer)
    name = clean_text(name)
    if not name:
        raise ValidationError("meeting_field_required", field="name")
    pos = (uow.orm.scalar(select(func.max(MeetingAttendance.position)).where(
        MeetingAttendance.meeting_id == m.id)) or 0) + 1
    uow.add(MeetingAttendance(id=new_id(), unit_code=m.unit_code, meeting_id=m.id, position=pos, name=name,
                              status=Attendance.GUEST.value))


def add_speech(uow: UnitOfWork, meeting_id: str, *, viewer: ProfileInfo | None, speaker: str,
               summary: str) -> dict:
    m = _live_meeting(uow, meeting_id, viewer)
    speaker = clean_text(speaker)
    if not speaker:
        raise ValidationError("meeting_field_required", field="speaker")
    if not (summary or "").strip():
        raise ValidationError("meeting_field_required", field="summary")
    pos = (uow.orm.scalar(select(func.max(MeetingSpeech.position)).where(MeetingSpeech.meeting_id == m.id)) or 0) + 1
    s = uow.add(MeetingSpeech(id=new_id(), unit_code=m.unit_code, meeting_id=m.id, position=pos, speaker=speaker,
                              summary=summary.strip()))
    return {"id": s.id, "position": pos, "speaker": speaker, "summary": s.summary}


def edit_speech(uow: UnitOfWork, meeting_id: str, speech_id: str, *, viewer: ProfileInfo | None,
                summary: str) -> None:
    m = _live_meeting(uow, meeting_id, viewer)
    s = _live(MeetingSpeech, uow, speech_id, "meeting_speech")
    if s.meeting_id != m.id:
        raise NotFound("not_found", kind="meeting_speech", id=speech_id)
    uow.update(s, {"summary": (summary or "").strip() or s.summary})


def record_vote(uow: UnitOfWork, meeting_id: str, *, viewer: ProfileInfo | None, motion: str, in_favour: int,
                against: int, abstain: int = 0, resolution: bool = False) -> VoteView:
    """A vote counted on the meeting's present roll call (refused when it does not add up)."""
    m = _live_meeting(uow, meeting_id, viewer)
    r = rules(m.held_on)
    el = _electorate(uow, m, r.kind(m.kind), _attendance_lines(uow, m), r)
    ((v, count),) = _check_votes([VoteInput(motion, in_favour, against, abstain, resolution)], el, r)
    pos = (uow.orm.scalar(select(func.max(MeetingVote.position)).where(MeetingVote.meeting_id == m.id)) or 0) + 1
    uow.add(MeetingVote(id=new_id(), unit_code=m.unit_code, meeting_id=m.id, position=pos, motion=clean_text(motion),
                        in_favour=count.in_favour, against=count.against, abstain=count.abstain,
                        is_resolution=resolution))
    uow.orm.flush()
    return next(x for x in get_meeting(uow, m.id, viewer=viewer).votes if x.position == pos)


def add_task(uow: UnitOfWork, meeting_id: str, task: TaskInput, *, viewer: ProfileInfo | None) -> TaskView:
    m = _live_meeting(uow, meeting_id, viewer)
    if not clean_text(task.text):
        raise ValidationError("meeting_task_text_required", field="tasks[1].text", index=1)
    owner, resident_id, member_id = _owner(uow, task, 1, party=m.party)
    t = uow.add(MeetingTask(id=new_id(), unit_code=m.unit_code, meeting_id=m.id,
                            position=_next_task_position(uow, m.id), text=clean_text(task.text), owner_name=owner,
                            owner_resident_id=resident_id, owner_member_id=member_id, deadline=task.deadline,
                            state=TaskState.OPEN.value))
    uow.orm.flush()
    return _task_view(t)


def review_task(uow: UnitOfWork, meeting_id: str, task_id: str, *, viewer: ProfileInfo | None, state: TaskState,
                note: str | None = None) -> None:
    """At the meeting in progress, mark an open task of an earlier meeting of the body done, carried over or
    dropped."""
    m = _live_meeting(uow, meeting_id, viewer)
    pending = open_tasks(uow, viewer=viewer, body=Body(m.body), before=m.held_on, exclude=m.id)
    reviews = check_reviews([t.id for t in pending], [TaskReview(task_id, TaskState(state), note)])
    _apply_review(uow, m, task_id, reviews[task_id])


def update_minutes(uow: UnitOfWork, meeting_id: str, *, viewer: ProfileInfo | None, **values: object) -> None:
    """Change the minutes' texts of a meeting in progress: ``place``, ``conclusion``, ``resolution``, ``grade``,
    ``chair``, ``secretary``, ``note``."""
    m = _live_meeting(uow, meeting_id, viewer)
    allowed = {"place", "conclusion", "resolution", "grade", "chair", "secretary", "note", "chair_title"}
    changes: dict[str, object] = {}
    for key, value in values.items():
        if key not in allowed:
            raise TypeError(key)
        if key == "grade":
            value = rules(m.held_on).check_grade(clean_text(value))  # type: ignore[arg-type]
        elif key == "resolution":
            value = (str(value or "")).strip() or None
        else:
            value = clean_text(value)  # type: ignore[arg-type]
        if key in ("chair", "secretary") and not value:
            raise ValidationError(f"meeting_{key}_required", field=key)
        changes[key] = value
    uow.update(m, changes)


def finish_meeting(uow: UnitOfWork, meeting_id: str, *, viewer: ProfileInfo | None, end: dt.time,
                   today: dt.date | None = None) -> MeetingView:
    m = _live_meeting(uow, meeting_id, viewer)
    check_header(chair=m.chair, secretary=m.secretary, start=_time(m.start_time, "start"), end=end,
                 held_on=m.held_on, today=today or vn_today(), status=MeetingStatus.HELD)
    uow.update(m, {"end_time": _hhmm(end), "status": MeetingStatus.HELD.value}, action="finish")
    return get_meeting(uow, m.id, viewer=viewer)


# --- the trash: a meeting recorded by mistake, and the way back ---------------------------------------

# Papers that certify that the meeting took place and what it decided: kept signed, they keep the meeting in
# the book. An invitation does not (it was for a meeting that may not have been held as recorded).
_CERTIFYING_PAPERS = ("hamlet_meeting_minutes", "party_cell_minutes", "party_cell_resolution")
_REOPEN = "reopen"  # the audit action of a task put back on the checklist when the meeting reviewing it went


def _deleted_meeting(uow: UnitOfWork, meeting_id: str, viewer: ProfileInfo | None) -> Meeting:
    m = uow.orm.get(Meeting, meeting_id) if meeting_id else None
    if m is None or m.unit_code != uow.require_unit():
        raise NotFound("not_found", kind="meeting", id=meeting_id or "")
    if m.party:
        _require_party(viewer)
    return m


def delete_meeting(uow: UnitOfWork, meeting_id: str, *, viewer: ProfileInfo | None) -> MeetingRow:
    """Move a meeting recorded by mistake to the trash (kept, restorable; the next bundle carries its
    tombstone). Refused while signed minutes or a signed resolution of it are kept in the register of issued
    documents (``meeting_delete_papers_issued``) and when a later meeting reviewed the tasks it assigned
    (``meeting_delete_tasks_reviewed``). The tasks of earlier meetings that it reviewed go back on the
    checklist as open. The meeting keeps its number: the next meeting does not take it."""
    from desktop_app.storage.models import IssuedDocument

    m = _deleted_meeting(uow, meeting_id, viewer)
    if m.deleted_at is not None:
        raise ValidationError("meeting_in_trash", number=m.number)
    paper = uow.orm.scalars(select(IssuedDocument).where(
        IssuedDocument.record_id == m.id, IssuedDocument.deleted_at.is_(None),
        IssuedDocument.kind.in_(_CERTIFYING_PAPERS)).order_by(IssuedDocument.signed_at)).first()
    if paper is not None:
        raise ValidationError("meeting_delete_papers_issued", number=m.number,
                              document=paper.number_label or paper.title)
    later = uow.orm.scalars(select(Meeting).join(MeetingTask, MeetingTask.reviewed_in_id == Meeting.id).where(
        MeetingTask.meeting_id == m.id, MeetingTask.deleted_at.is_(None), Meeting.id != m.id,
        Meeting.deleted_at.is_(None)).order_by(Meeting.held_on)).first()
    if later is not None:
        raise ValidationError("meeting_delete_tasks_reviewed", number=m.number, later=later.number,
                              date=later.held_on)
    for t in uow.orm.scalars(select(MeetingTask).where(MeetingTask.reviewed_in_id == m.id,
                                                       MeetingTask.meeting_id != m.id)):
        uow.update(t, {"state": TaskState.OPEN.value, "reviewed_in_id": None, "review_note": None}, action=_REOPEN)
    uow.soft_delete(m)
    uow.orm.flush()
    return _row(m)


def restore_meeting(uow: UnitOfWork, meeting_id: str, *, viewer: ProfileInfo | None) -> MeetingRow:
    """Bring a meeting back from the trash, with the reviews it made of earlier meetings' tasks. Refused
    (``meeting_restore_tasks_reviewed``) when one of those tasks was reviewed again at another meeting since."""
    from desktop_app.storage.models import AuditEntry

    m = _deleted_meeting(uow, meeting_id, viewer)
    if m.deleted_at is None:
        raise ValidationError("meeting_not_in_trash", number=m.number)
    reopened: dict[str, dict] = {}  # task id → the review this meeting made, as the audit log kept it
    for e in uow.orm.scalars(select(AuditEntry).where(AuditEntry.record_type == MeetingTask.__tablename__,
                                                      AuditEntry.action == _REOPEN).order_by(AuditEntry.id)):
        if (e.changes.get("reviewed_in_id") or [None])[0] == m.id:
            reopened[e.record_id] = {k: v[0] for k, v in e.changes.items()}
    tasks = {t.id: t for t in uow.orm.scalars(select(MeetingTask).where(MeetingTask.id.in_(list(reopened))))}
    for task_id in reopened:
        t = tasks.get(task_id)
        if t is not None and t.reviewed_in_id not in (None, m.id):
            other = uow.orm.get(Meeting, t.reviewed_in_id)
            raise ValidationError("meeting_restore_tasks_reviewed", number=m.number, task=t.text,
                                  later=other.number if other else "")
    for task_id, review in reopened.items():
        t = tasks.get(task_id)
        if t is not None and t.reviewed_in_id is None:
            uow.update(t, {"state": review.get("state", t.state), "reviewed_in_id": m.id,
                           "review_note": review.get("review_note")}, action="review")
    uow.restore(m)
    uow.orm.flush()
    return _row(m)


def trash(uow: UnitOfWork, *, viewer: ProfileInfo | None) -> list[MeetingRow]:
    """The meetings in the trash that ``viewer`` may see, the last deleted first."""
    q = select(Meeting).where(Meeting.unit_code == uow.require_unit(), Meeting.deleted_at.is_not(None))
    if not is_party_viewer(viewer):
        q = q.where(Meeting.party.is_(False))
    return [_row(m) for m in uow.orm.scalars(q.order_by(Meeting.deleted_at.desc()))]


# --- documents from other tools (``meetings create --from``) -----------------------------------------


@lru_cache(maxsize=1)
def _validator():  # -> jsonschema validator
    from jsonschema import Draft202012Validator

    schema = json.loads((RESOURCES / "schemas" / "meeting.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def _day(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError("date_invalid", value=text) from None


def meeting_input_from_json(doc: object) -> MeetingInput:
    """A ``MeetingInput`` from a document of ``resources/schemas/meeting.schema.json``
    (``meeting_input_invalid`` naming the first place where it breaks the schema)."""
    errors = sorted(_validator().iter_errors(doc), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        path = "/".join(str(p) for p in err.absolute_path) or "(document)"
        raise ValidationError("meeting_input_invalid", field=path, path=path, detail=err.message)
    assert isinstance(doc, dict)
    return MeetingInput(
        kind=doc["kind"], date=_day(doc["date"]), chair=doc.get("chair"), secretary=doc.get("secretary"),
        start=_time(doc.get("start"), "start"), end=_time(doc.get("end"), "end"), place=doc.get("place"),
        chair_title=doc.get("chair_title"), title=doc.get("title"),
        status=MeetingStatus(doc.get("status", "held")), agenda=doc.get("agenda"),
        attendance=[AttendanceInput(a["status"], a.get("member_id"), a.get("household_id"), a.get("resident_id"),
                                    a.get("name"), a.get("reason")) for a in doc.get("attendance", [])],
        guests=doc.get("guests", []), speeches=[(s["speaker"], s["summary"]) for s in doc.get("speeches", [])],
        votes=[VoteInput(v["motion"], v.get("in_favour", 0), v.get("against", 0), v.get("abstain", 0),
                         v.get("resolution", False),
                         tuple((b["member_id"], b["choice"]) for b in v["ballots"]) if "ballots" in v else None)
               for v in doc.get("votes", [])],
        conclusion=doc.get("conclusion"), resolution=doc.get("resolution"), grade=doc.get("grade"),
        tasks=[TaskInput(t["text"], t.get("owner_resident_id"), t.get("owner_member_id"), _day(t.get("deadline")))
               for t in doc.get("tasks", [])],
        task_reviews=[(r["task_id"], r["state"], r.get("note")) for r in doc.get("task_reviews", [])],
        note=doc.get("note"))
