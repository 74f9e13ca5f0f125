"""Meetings of the hamlet and of its party cell: attendance, votes, the tasks carried from one meeting to the
next, and the rules a recorded meeting must keep.

Pure rules. What the law can change (the kinds with their default agendas, the attendance threshold, who is
counted in a party cell's vote, the grades) is data in ``resources/rules/meetings.json``; ``rules_from_data``
turns that file's parsed JSON into ``MeetingRules``.

Attendance (shared/DOMAIN.md, "Meetings"): each expected participant is present, absent with reason, absent
without reason or exempt; guests are listed apart. The rate is present ÷ expected, the exempt left out; under
the threshold (85 %) is a quality warning, never a reason to refuse the minutes.

Votes: in a party cell only full members vote (probationary members speak but do not vote, Charter Art. 3), and
a motion passes with more than half of the *counted* full members in favour. The count leaves out the members
temporarily attached elsewhere, suspended or on approved leave, and the exempt members who are absent. At a
hamlet meeting the households vote and a decision needs more than half of all the hamlet's households; at the
other meetings more than half of those present.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from desktop_app.domain.errors import ValidationError


class Body(str, Enum):
    """Who meets: the tasks of one meeting come back at the next meeting of the same body."""

    HAMLET = "hamlet"
    PARTY_CELL = "party_cell"
    SECURITY = "security"
    MEDIATION_TEAM = "mediation_team"
    OTHER = "other"


class Voters(str, Enum):
    HOUSEHOLDS = "households"  # hamlet meeting: one vote a household, counted on all households
    FULL_MEMBERS = "full_members"  # party cell: full members, counted on the counted full members
    PRESENT = "present"  # anything else: those present


class Attendance(str, Enum):
    PRESENT = "present"
    ABSENT_WITH_REASON = "absent_with_reason"
    ABSENT_WITHOUT_REASON = "absent_without_reason"
    EXEMPT = "exempt"
    GUEST = "guest"


class Membership(str, Enum):
    FULL = "full"  # đảng viên chính thức
    PROBATIONARY = "probationary"  # đảng viên dự bị


class Standing(str, Enum):
    """A party member's standing in the cell's own activities."""

    ACTIVE = "active"
    ATTACHED_ELSEWHERE = "attached_elsewhere"  # sinh hoạt tạm thời nơi khác
    EXEMPT = "exempt"  # miễn sinh hoạt
    ON_LEAVE = "on_leave"  # nghỉ có phép
    SUSPENDED = "suspended"  # đình chỉ sinh hoạt


class TaskState(str, Enum):
    OPEN = "open"  # assigned, not yet reviewed at a later meeting
    DONE = "done"
    CARRIED_OVER = "carried_over"  # reviewed: not finished, assigned again at the reviewing meeting
    DROPPED = "dropped"


REVIEW_STATES = (TaskState.DONE, TaskState.CARRIED_OVER, TaskState.DROPPED)


class MeetingStatus(str, Enum):
    IN_PROGRESS = "in_progress"  # being recorded live
    HELD = "held"  # finished: the minutes are complete


# --- the rule data -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingKind:
    code: str
    body: Body
    party: bool
    label: str
    title: str
    voters: Voters
    legal_basis: str
    agenda: tuple[str, ...]


@dataclass(frozen=True)
class MeetingRules:
    valid_from: dt.date
    valid_to: dt.date | None
    legal_basis: str
    kinds: tuple[MeetingKind, ...]
    grades: tuple[tuple[str, str], ...]
    attendance_warning_below: float = 0.85
    repeated_absence_meetings: int = 3
    repeated_absence_count: int = 2
    hamlet_decision_share: float = 0.5
    party_resolution_share: float = 0.5
    other_vote_share: float = 0.5
    not_counted_standings: frozenset[Standing] = frozenset(
        {Standing.ATTACHED_ELSEWHERE, Standing.SUSPENDED, Standing.ON_LEAVE})

    def kind(self, code: str) -> MeetingKind:
        for k in self.kinds:
            if k.code == code:
                return k
        raise ValidationError("meeting_kind_unknown", field="kind", value=code,
                              known=", ".join(k.code for k in self.kinds))

    def grade_label(self, code: str | None) -> str | None:
        return next((label for c, label in self.grades if c == code), code)

    def check_grade(self, code: str | None) -> str | None:
        if code is None:
            return None
        if code not in {c for c, _ in self.grades}:
            raise ValidationError("meeting_grade_unknown", field="grade", value=code,
                                  known=", ".join(c for c, _ in self.grades))
        return code

    def share_for(self, voters: Voters) -> float:
        return {Voters.HOUSEHOLDS: self.hamlet_decision_share, Voters.FULL_MEMBERS: self.party_resolution_share,
                Voters.PRESENT: self.other_vote_share}[voters]


def _period_in_force(entries: Sequence[dict], on: dt.date) -> dict:
    in_force = [e for e in entries if dt.date.fromisoformat(e["valid_from"]) <= on
                and (not e.get("valid_to") or on <= dt.date.fromisoformat(e["valid_to"]))]
    return max(in_force or entries, key=lambda e: e["valid_from"])


def rules_from_data(data: dict, *, on: dt.date) -> MeetingRules:
    """The rules of ``resources/rules/meetings.json`` in force on ``on`` (the latest period if none is)."""
    e = _period_in_force(data["meetings"], on)
    cell = _period_in_force(data["party_cell"], on)
    hamlet = _period_in_force(data["hamlet_meeting"], on)
    kinds = tuple(MeetingKind(k["code"], Body(k["body"]), bool(k["party"]), k["label"], k["title"],
                              Voters(k["voters"]), k.get("legal_basis", ""), tuple(k["agenda"]))
                  for k in e["kinds"])
    return MeetingRules(
        valid_from=dt.date.fromisoformat(e["valid_from"]),
        valid_to=dt.date.fromisoformat(e["valid_to"]) if e.get("valid_to") else None,
        legal_basis=e["legal_basis"], kinds=kinds, grades=tuple((g["code"], g["label"]) for g in e["grades"]),
        attendance_warning_below=float(e["attendance_warning_below"]),
        repeated_absence_meetings=int(e["repeated_absence"]["meetings"]),
        repeated_absence_count=int(e["repeated_absence"]["absences"]),
        hamlet_decision_share=float(hamlet["decision_more_than_share_of_households"]),
        party_resolution_share=float(cell["resolution_more_than_share_of_counted_full_members"]),
        other_vote_share=float(e["other_vote_more_than_share_of_present"]),
        not_counted_standings=frozenset(Standing(s) for s in cell["not_counted_standings"]),
    )


# --- attendance --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceCounts:
    present: int
    absent_with_reason: int
    absent_without_reason: int
    exempt: int
    guests: int

    @property
    def expected(self) -> int:
        """Everyone expected to attend: the exempt left out (guests are never expected)."""
        return self.present + self.absent_with_reason + self.absent_without_reason

    @property
    def rate(self) -> float | None:
        """present ÷ expected, 0–1; None when nobody was expected."""
        return self.present / self.expected if self.expected else None

    def as_dict(self) -> dict:
        return {"present": self.present, "absent_with_reason": self.absent_with_reason,
                "absent_without_reason": self.absent_without_reason, "exempt": self.exempt,
                "guests": self.guests, "expected": self.expected, "attendance_rate": self.rate}


def attendance_counts(statuses: Iterable[Attendance]) -> AttendanceCounts:
    n = {a: 0 for a in Attendance}
    for s in statuses:
        n[Attendance(s)] += 1
    return AttendanceCounts(n[Attendance.PRESENT], n[Attendance.ABSENT_WITH_REASON],
                            n[Attendance.ABSENT_WITHOUT_REASON], n[Attendance.EXEMPT], n[Attendance.GUEST])


def attendance_warning(counts: AttendanceCounts, *, rules: MeetingRules) -> bool:
    """True when the rate is under the quality threshold (a warning, not a validity rule)."""
    return counts.rate is not None and counts.rate < rules.attendance_warning_below


def repeated_absentees(history: Sequence[dict[str, Attendance]], *, rules: MeetingRules) -> list[str]:
    """Who was absent (with or without reason) at least ``repeated_absence_count`` times among the last
    ``repeated_absence_meetings`` meetings of a body. ``history``: one {participant key: attendance} per
    meeting, newest first. Keys in the order first met."""
    recent = history[:rules.repeated_absence_meetings]
    absent = (Attendance.ABSENT_WITH_REASON, Attendance.ABSENT_WITHOUT_REASON)
    seen: dict[str, int] = {}
    for meeting in recent:
        for key, status in meeting.items():
            seen.setdefault(key, 0)
            if status in absent:
                seen[key] += 1
    return [k for k, n in seen.items() if n >= rules.repeated_absence_count]


# --- votes -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CellMember:
    """A party member as a meeting's vote sees them."""

    key: str
    membership: Membership
    standing: Standing
    attendance: Attendance
    name: str = ""


def counted_full_members(members: Iterable[CellMember], *, rules: MeetingRules) -> int:
    """The denominator of a party cell vote: the full members, without those attached elsewhere, suspended
    or on leave, and without the exempt who did not attend."""
    n = 0
    for m in members:
        if m.membership is not Membership.FULL or m.standing in rules.not_counted_standings:
            continue
        if (m.standing is Standing.EXEMPT or m.attendance is Attendance.EXEMPT) and \
                m.attendance is not Attendance.PRESENT:
            continue
        n += 1
    return n


@dataclass(frozen=True)
class VoteCount:
    in_favour: int
    against: int
    abstain: int = 0

    @property
    def cast(self) -> int:
        return self.in_favour + self.against + self.abstain


@dataclass(frozen=True)
class VoteResult:
    in_favour: int
    against: int
    abstain: int
    denominator: int  # what "more than half" is counted on
    voters_present: int  # who could vote, present
    passed: bool

    def share(self, part: int) -> float | None:
        return part / self.denominator if self.denominator else None


def more_than(part: int, whole: int, share: float) -> bool:
    """``part`` is more than ``share`` of ``whole`` (strictly), in exact integer arithmetic for the usual
    halves; ``whole`` 0 never passes."""
    if whole <= 0:
        return False
    if share == 0.5:
        return 2 * part > whole
    return part > whole * share


def check_vote(count: VoteCount, *, voters_present: int, index: int) -> None:
    """Refuses negative counts and more votes than voters present (``meeting_vote_*``)."""
    for name, value in (("in_favour", count.in_favour), ("against", count.against), ("abstain", count.abstain)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValidationError("meeting_vote_count_invalid", field=f"votes[{index}].{name}", index=index,
                                  value=str(value))
    if count.cast > voters_present:
        raise ValidationError("meeting_vote_over_present", field=f"votes[{index}]", index=index,
                              cast=count.cast, present=voters_present)


def vote_result(count: VoteCount, *, voters: Voters, voters_present: int, denominator: int,
                rules: MeetingRules, index: int = 1) -> VoteResult:
    """The result of one motion; refuses counts that do not add up (see ``check_vote``).

    ``voters_present``: who could vote and was there (households represented, full members present, people
    present); ``denominator``: what more than half is counted on (all the hamlet's households, the counted
    full members, those present)."""
    check_vote(count, voters_present=voters_present, index=index)
    passed = more_than(count.in_favour, denominator, rules.share_for(voters))
    return VoteResult(count.in_favour, count.against, count.abstain, denominator, voters_present, passed)


@dataclass(frozen=True)
class Ballot:
    member_key: str
    choice: str  # in_favour | against | abstain


def count_ballots(ballots: Sequence[Ballot], members: dict[str, CellMember], *, index: int) -> VoteCount:
    """Named ballots of a party cell vote: each by a full member who is present, once."""
    seen: set[str] = set()
    n = {"in_favour": 0, "against": 0, "abstain": 0}
    for b in ballots:
        m = members.get(b.member_key)
        if m is None:
            raise ValidationError("meeting_ballot_member_unknown", field=f"votes[{index}].ballots", index=index,
                                  value=b.member_key)
        if m.membership is not Membership.FULL:
            raise ValidationError("meeting_probationary_vote", field=f"votes[{index}].ballots", index=index,
                                  value=m.name or b.member_key)
        if m.attendance is not Attendance.PRESENT:
            raise ValidationError("meeting_ballot_absent", field=f"votes[{index}].ballots", index=index,
                                  value=m.name or b.member_key)
        if b.member_key in seen:
            raise ValidationError("meeting_ballot_twice", field=f"votes[{index}].ballots", index=index,
                                  value=m.name or b.member_key)
        if b.choice not in n:
            raise ValidationError("meeting_vote_choice_invalid", field=f"votes[{index}].ballots", index=index,
                                  value=b.choice)
        seen.add(b.member_key)
        n[b.choice] += 1
    return VoteCount(n["in_favour"], n["against"], n["abstain"])


# --- tasks -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TaskReview:
    """What the next meeting decided about one task of the previous one."""

    task_key: str
    state: TaskState
    note: str | None = None


def check_reviews(open_tasks: Sequence[str], reviews: Sequence[TaskReview]) -> dict[str, TaskReview]:
    """Each review names an open task of the previous meeting once and marks it done, carried over or
    dropped. Tasks left without a review stay open (reviewed at a later meeting)."""
    known = set(open_tasks)
    out: dict[str, TaskReview] = {}
    for i, r in enumerate(reviews, start=1):
        if r.task_key not in known:
            raise ValidationError("meeting_review_task_unknown", field=f"task_reviews[{i}]", index=i,
                                  value=r.task_key)
        if r.task_key in out:
            raise ValidationError("meeting_review_twice", field=f"task_reviews[{i}]", index=i, value=r.task_key)
        if r.state not in REVIEW_STATES:
            raise ValidationError("meeting_review_state_invalid", field=f"task_reviews[{i}].state", index=i,
                                  value=getattr(r.state, "value", str(r.state)))
        out[r.task_key] = r
    return out


# --- the meeting's own facts -------------------------------------------------------------------------


def clean_text(value: str | None) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def check_header(*, chair: str | None, secretary: str | None, start: dt.time | None, end: dt.time | None,
                 held_on: dt.date, today: dt.date, status: MeetingStatus) -> None:
    """Minutes name a chair and a secretary; the end is after the start; a held meeting is not in the future."""
    if not clean_text(chair):
        raise ValidationError("meeting_chair_required", field="chair")
    if not clean_text(secretary):
        raise ValidationError("meeting_secretary_required", field="secretary")
    if start is not None and end is not None:
        check_times(start, end)
    if status is MeetingStatus.HELD and held_on > today:
        raise ValidationError("meeting_date_future", field="date", value=held_on.strftime("%d/%m/%Y"))


def check_times(start: dt.time, end: dt.time) -> None:
    """Minutes keep times to the minute (hh:mm): the end must fall in a later minute than the start. The same
    minute (a live meeting finished as soon as it was opened) is ``meeting_end_same_minute``; an earlier one
    ``meeting_end_before_start``. Seconds are ignored on both sides, so 08:00:59 → 08:00:10 is the same minute,
    never "before"."""
    start_minute, end_minute = start.hour * 60 + start.minute, end.hour * 60 + end.minute
    if end_minute == start_minute:
        raise ValidationError("meeting_end_same_minute", field="end", start=start.strftime("%H:%M"))
    if end_minute < start_minute:
        raise ValidationError("meeting_end_before_start", field="end", start=start.strftime("%H:%M"),
                              end=end.strftime("%H:%M"))


PROBATION_MONTHS = 12  # Party Charter Art. 5: a probationary member is admitted officially after 12 months


def check_member_dates(*, membership: Membership, admitted_on: dt.date | None, official_on: dt.date | None) -> None:
    """A member's dates: the official-membership date is not before the admission date
    (``meeting_member_dates``) nor before the 12 months of probation are over
    (``meeting_member_probation_short``); a probationary member has no official-membership date yet
    (``meeting_member_probationary_official``)."""
    if official_on is None:
        return
    if membership is Membership.PROBATIONARY:
        raise ValidationError("meeting_member_probationary_official", field="official_on",
                              value=official_on.strftime("%d/%m/%Y"))
    if admitted_on is None:
        return
    if official_on < admitted_on:
        raise ValidationError("meeting_member_dates", field="official_on", value=official_on.strftime("%d/%m/%Y"),
                              other=admitted_on.strftime("%d/%m/%Y"))
    months = (official_on.year - admitted_on.year) * 12 + official_on.month - admitted_on.month
    if months < PROBATION_MONTHS or (months == PROBATION_MONTHS and official_on.day < admitted_on.day):
        raise ValidationError("meeting_member_probation_short", field="official_on",
                              value=official_on.strftime("%d/%m/%Y"), other=admitted_on.strftime("%d/%m/%Y"),
                              months=PROBATION_MONTHS)


def meeting_number(seq: int, year: int) -> str:
    return f"{seq:02d}/{year}"
