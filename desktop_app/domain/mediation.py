"""Grassroots mediation (hòa giải ở cơ sở, Law 35/2013/QH13): the case lifecycle, its validation rules, the
team's composition rules, the overdue flags and the period statistics.

Pure rules. The lists the law can change (case types, grounds, outcomes, the start deadline) are data in
``resources/rules/mediation.json``; ``rules_from_data`` turns that file's parsed JSON into ``MediationRules``.

The lifecycle (shared/DOMAIN.md, "Grassroots mediation")::

    received ──assign──▶ assigned ──session──▶ in_progress ──close──▶ successful | unsuccessful | terminated
        │                   │  └──close(terminated)──▶ terminated        │
        └──refer──▶ referred ◀──refer──────────────────────────────────────┘
    successful ──follow_up──▶ successful (performance: not_yet → performed)

``escalate`` (risk of violence, reported to the commune police) is allowed in every open state and keeps it.
Only the transitions in ``TRANSITIONS`` are possible; anything else is ``mediation_transition_refused``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from desktop_app.domain.errors import ValidationError


class CaseStatus(str, Enum):
    RECEIVED = "received"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    SUCCESSFUL = "successful"
    UNSUCCESSFUL = "unsuccessful"
    TERMINATED = "terminated"
    REFERRED = "referred"


OPEN_STATUSES = frozenset({CaseStatus.RECEIVED, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS})


class Step(str, Enum):
    ASSIGN = "assign"
    REFER = "refer"
    SESSION = "session"
    CLOSE = "close"
    FOLLOW_UP = "follow_up"
    ESCALATE = "escalate"


class Outcome(str, Enum):
    SUCCESSFUL = "successful"
    UNSUCCESSFUL = "unsuccessful"
    TERMINATED = "terminated"
    REFERRED = "referred"


class Performance(str, Enum):
    """After a successful mediation: has what was agreed been carried out (đã / chưa thực hiện)?"""

    NOT_YET = "not_yet"
    PERFORMED = "performed"


class MemberRole(str, Enum):
    LEADER = "leader"
    MEMBER = "member"


class PartyKind(str, Enum):
    PARTY = "party"
    INTERESTED = "interested"  # người có quyền lợi, nghĩa vụ liên quan


class Overdue(str, Enum):
    LATE_START = "late_start"  # open, and not started within 3 calendar days of the assignment (Art. 20)
    DEADLINE_PASSED = "deadline_passed"  # an agreed obligation's deadline passed, not yet performed
    FOLLOW_UP_DUE = "follow_up_due"  # nobody has checked the agreement's performance for a while


class TeamWarning(str, Enum):
    TOO_FEW_MEMBERS = "team_too_few_members"
    NO_WOMAN = "team_no_woman"
    NO_LEADER = "team_no_leader"


# (from status, step, outcome of a close) → the status after it. Nothing else is possible.
TRANSITIONS: dict[tuple[CaseStatus, Step, Outcome | None], CaseStatus] = {
    (CaseStatus.RECEIVED, Step.ASSIGN, None): CaseStatus.ASSIGNED,
    (CaseStatus.RECEIVED, Step.REFER, None): CaseStatus.REFERRED,
    (CaseStatus.RECEIVED, Step.ESCALATE, None): CaseStatus.RECEIVED,
    (CaseStatus.ASSIGNED, Step.ASSIGN, None): CaseStatus.ASSIGNED,
    (CaseStatus.ASSIGNED, Step.SESSION, None): CaseStatus.IN_PROGRESS,
    (CaseStatus.ASSIGNED, Step.REFER, None): CaseStatus.REFERRED,
    (CaseStatus.ASSIGNED, Step.CLOSE, Outcome.TERMINATED): CaseStatus.TERMINATED,
    (CaseStatus.ASSIGNED, Step.ESCALATE, None): CaseStatus.ASSIGNED,
    (CaseStatus.IN_PROGRESS, Step.ASSIGN, None): CaseStatus.IN_PROGRESS,
    (CaseStatus.IN_PROGRESS, Step.SESSION, None): CaseStatus.IN_PROGRESS,
    (CaseStatus.IN_PROGRESS, Step.REFER, None): CaseStatus.REFERRED,
    (CaseStatus.IN_PROGRESS, Step.CLOSE, Outcome.SUCCESSFUL): CaseStatus.SUCCESSFUL,
    (CaseStatus.IN_PROGRESS, Step.CLOSE, Outcome.UNSUCCESSFUL): CaseStatus.UNSUCCESSFUL,
    (CaseStatus.IN_PROGRESS, Step.CLOSE, Outcome.TERMINATED): CaseStatus.TERMINATED,
    (CaseStatus.IN_PROGRESS, Step.ESCALATE, None): CaseStatus.IN_PROGRESS,
    (CaseStatus.SUCCESSFUL, Step.FOLLOW_UP, None): CaseStatus.SUCCESSFUL,
}


def next_status(status: CaseStatus, step: Step, *, outcome: Outcome | None = None,
                performance: Performance | None = None) -> CaseStatus:
    """The status after ``step`` (``close`` needs its ``outcome``; ``close`` with ``referred`` is ``refer``).

    Raises ``mediation_outcome_required`` for a close without an outcome and ``mediation_transition_refused``
    for a step the lifecycle does not allow from ``status`` (a follow-up after performance was recorded
    included)."""
    if step is Step.CLOSE:
        if outcome is None:
            raise ValidationError("mediation_outcome_required", field="outcome")
        if outcome is Outcome.REFERRED:
            step, outcome = Step.REFER, None
    else:
        outcome = None
    if step is Step.FOLLOW_UP and performance is Performance.PERFORMED:
        raise ValidationError("mediation_transition_refused", field="step", status=status.value, step=step.value)
    after = TRANSITIONS.get((status, step, outcome))
    if after is None:
        raise ValidationError("mediation_transition_refused", field="step", status=status.value,
                              step=step.value if outcome is None else outcome.value)
    return after


def allowed_steps(status: CaseStatus, performance: Performance | None = None) -> list[tuple[Step, Outcome | None]]:
    """The steps the lifecycle allows from ``status``, in the order the window offers them."""
    steps = [(s, o) for (st, s, o) in TRANSITIONS if st is status]
    if performance is Performance.PERFORMED:
        steps = [(s, o) for s, o in steps if s is not Step.FOLLOW_UP]
    return steps


def case_number(seq: int, year: int) -> str:
    """The case's number in its year's log book: ``01/2026``, ``02/2026`` … ``123/2026``."""
    return f"{seq:02d}/{year}"


# --- the rule data -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Labelled:
    code: str
    label: str


@dataclass(frozen=True)
class CaseTypeGroup:
    code: str
    label: str
    subtypes: tuple[Labelled, ...]


@dataclass(frozen=True)
class MediationRules:
    valid_from: dt.date
    valid_to: dt.date | None
    legal_basis: str
    groups: tuple[CaseTypeGroup, ...]
    start_grounds: tuple[Labelled, ...]
    out_of_scope_grounds: tuple[Labelled, ...]
    outcomes: tuple[Labelled, ...]
    start_within_days: int = 3
    min_mediators: int = 3
    requires_woman: bool = True
    follow_up_every_days: int = 30

    def group_of(self, subtype: str) -> str:
        """The statistics group of a case sub-type (``mediation_type_unknown`` if none has it)."""
        for g in self.groups:
            if any(s.code == subtype for s in g.subtypes):
                return g.code
        raise ValidationError("mediation_type_unknown", field="case_type", value=subtype)

    def subtype_label(self, subtype: str) -> str:
        return next((s.label for g in self.groups for s in g.subtypes if s.code == subtype), subtype)

    def group_label(self, group: str) -> str:
        return next((g.label for g in self.groups if g.code == group), group)

    def check_start_ground(self, code: str) -> str:
        if code not in {g.code for g in self.start_grounds}:
            raise ValidationError("mediation_start_ground_unknown", field="start_ground", value=code)
        return code

    def check_out_of_scope_ground(self, code: str) -> str:
        if code not in {g.code for g in self.out_of_scope_grounds}:
            raise ValidationError("mediation_scope_ground_unknown", field="scope_ground", value=code)
        return code


def _labelled(items: Iterable[dict]) -> tuple[Labelled, ...]:
    return tuple(Labelled(i["code"], i["label"]) for i in items)


def rules_from_data(data: dict, *, on: dt.date) -> MediationRules:
    """The rule set in force on ``on`` from ``resources/rules/mediation.json`` (already parsed)."""
    entries = []
    for r in data["rules"]:
        start = dt.date.fromisoformat(r["valid_from"])
        end = dt.date.fromisoformat(r["valid_to"]) if r.get("valid_to") else None
        entries.append((start, end, r))
    in_force = [e for e in entries if e[0] <= on and (e[1] is None or on <= e[1])]
    start, end, r = max(in_force, key=lambda e: e[0]) if in_force else min(entries, key=lambda e: e[0])
    groups = tuple(CaseTypeGroup(g["code"], g["label"], _labelled(g["subtypes"]))
                   for g in r["case_types"]["groups"])
    return MediationRules(
        valid_from=start, valid_to=end, legal_basis=r["legal_basis"], groups=groups,
        start_grounds=_labelled(r["start_grounds"]["items"]),
        out_of_scope_grounds=_labelled(r["out_of_scope_grounds"]["items"]),
        outcomes=_labelled(r["outcomes"]["items"]),
        start_within_days=int(r["start_deadline"]["calendar_days"]),
        min_mediators=int(r["team"]["min_mediators"]), requires_woman=bool(r["team"]["requires_woman"]),
        follow_up_every_days=int(r["follow_up"]["remind_every_days"]),
    )


# --- validation -------------------------------------------------------------------------------------


def _d(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def clean_text(value: str | None) -> str | None:
    text = " ".join((value or "").split())
    return text or None


def require_text(value: str | None, field: str) -> str:
    text = clean_text(value)
    if not text:
        raise ValidationError("mediation_field_required", field=field)
    return text


def check_not_before(day: dt.date, earliest: dt.date, *, field: str, what: str) -> None:
    """``day`` (the ``field``) must not be before ``earliest`` (the date of ``what``)."""
    if day < earliest:
        raise ValidationError("mediation_date_order", field=field, value=_d(day), other=_d(earliest), what=what)


def check_not_future(day: dt.date, *, today: dt.date, field: str) -> None:
    if day > today:
        raise ValidationError("mediation_date_future", field=field, value=_d(day))


def check_birth_year(year: int | None, *, today: dt.date, field: str = "birth_year") -> int | None:
    if year is None:
        return None
    if not isinstance(year, int) or not 1900 <= year <= today.year:
        raise ValidationError("mediation_birth_year_invalid", field=field, value=str(year))
    return year


@dataclass(frozen=True)
class PartyInput:
    """A party (or interested person): a resident picked from the register, or an outsider by name."""

    full_name: str | None = None
    resident_id: str | None = None
    kind: PartyKind = PartyKind.PARTY
    birth_year: int | None = None
    address: str | None = None
    position: str | None = None  # what this party asks for / their position


def validate_parties(parties: Sequence[PartyInput], *, today: dt.date) -> list[PartyInput]:
    """At least one party (kind ``party``); each with a name (or a resident); no resident twice."""
    cleaned = []
    seen: set[str] = set()
    for i, p in enumerate(parties):
        field_ = f"parties[{i}]"
        if not p.resident_id and not clean_text(p.full_name):
            raise ValidationError("mediation_party_name_required", field=f"{field_}.full_name", index=i + 1)
        if p.resident_id:
            if p.resident_id in seen:
                raise ValidationError("mediation_party_twice", field=f"{field_}.resident_id", index=i + 1)
            seen.add(p.resident_id)
        check_birth_year(p.birth_year, today=today, field=f"{field_}.birth_year")
        cleaned.append(PartyInput(full_name=clean_text(p.full_name), resident_id=p.resident_id, kind=p.kind,
                                  birth_year=p.birth_year, address=clean_text(p.address),
                                  position=clean_text(p.position)))
    if not any(p.kind is PartyKind.PARTY for p in cleaned):
        raise ValidationError("mediation_parties_required", field="parties")
    return cleaned


@dataclass(frozen=True)
class ObligationInput:
    party_index: int  # 1-based, into the case's parties in the order they were recorded
    text: str
    method: str | None = None
    deadline: dt.date | None = None


@dataclass(frozen=True)
class AgreementInput:
    agreed_on: dt.date
    content: str
    obligations: tuple[ObligationInput, ...] = ()
    document_wanted: bool = True  # Art. 24: a văn bản hòa giải thành only if the parties want one


def validate_agreement(a: AgreementInput, *, party_count: int, last_session: dt.date | None,
                       received_on: dt.date, today: dt.date) -> AgreementInput:
    """An agreement names what each party will do, how and by when; its date follows the last session."""
    content = require_text(a.content, "agreement.content")
    check_not_future(a.agreed_on, today=today, field="agreement.agreed_on")
    check_not_before(a.agreed_on, last_session or received_on, field="agreement.agreed_on",
                     what="session" if last_session else "received_on")
    if party_count == 0:
        raise ValidationError("mediation_agreement_parties_required", field="agreement.obligations")
    if not a.obligations:
        raise ValidationError("mediation_agreement_obligations_required", field="agreement.obligations")
    obligations = []
    for i, o in enumerate(a.obligations):
        f = f"agreement.obligations[{i}]"
        if not 1 <= o.party_index <= party_count:
            raise ValidationError("mediation_obligation_party_unknown", field=f"{f}.party",
                                  index=i + 1, value=str(o.party_index))
        text = clean_text(o.text)
        if not text:
            raise ValidationError("mediation_obligation_text_required", field=f"{f}.text", index=i + 1)
        if o.deadline is not None and o.deadline < a.agreed_on:
            raise ValidationError("mediation_deadline_before_agreement", field=f"{f}.deadline",
                                  value=_d(o.deadline), other=_d(a.agreed_on))
        obligations.append(ObligationInput(o.party_index, text, clean_text(o.method), o.deadline))
    return AgreementInput(a.agreed_on, content, tuple(obligations), a.document_wanted)


def check_mediators(member_ids: Sequence[str], *, team_member_ids: set[str],
                    member_resident_ids: dict[str, str | None], party_resident_ids: set[str]) -> None:
    """Assigned mediators are members of the case's team and none is a party to it (Art. 18)."""
    if not member_ids:
        raise ValidationError("mediation_mediators_required", field="mediators")
    for i, mid in enumerate(member_ids):
        if mid not in team_member_ids:
            raise ValidationError("mediation_mediator_not_in_team", field=f"mediators[{i}]", value=mid)
        rid = member_resident_ids.get(mid)
        if rid and rid in party_resident_ids:
            raise ValidationError("mediation_mediator_is_party", field=f"mediators[{i}]", value=mid)


# --- flags and warnings -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseFacts:
    """What the overdue flags look at."""

    status: CaseStatus
    urgent: bool = False
    start_agreed_otherwise: bool = False
    first_assigned_on: dt.date | None = None
    first_session_on: dt.date | None = None
    agreed_on: dt.date | None = None
    performance: Performance | None = None
    deadlines: tuple[dt.date, ...] = ()
    last_check_on: dt.date | None = None


def overdue(f: CaseFacts, *, today: dt.date, rules: MediationRules) -> list[Overdue]:
    """The case's overdue flags on ``today``."""
    flags = []
    # A late start needs attention while the case is open; once it has ended it is history, not a to-do.
    if f.first_assigned_on and f.status in OPEN_STATUSES and not (f.urgent or f.start_agreed_otherwise):
        limit = f.first_assigned_on + dt.timedelta(days=rules.start_within_days)
        started = f.first_session_on
        if (started is None and today > limit) or (started and started > limit):
            flags.append(Overdue.LATE_START)
    if f.status is CaseStatus.SUCCESSFUL and f.performance is not Performance.PERFORMED:
        if any(d < today for d in f.deadlines):
            flags.append(Overdue.DEADLINE_PASSED)
        since = f.last_check_on or f.agreed_on
        if since and (today - since).days >= rules.follow_up_every_days:
            flags.append(Overdue.FOLLOW_UP_DUE)
    return flags


@dataclass(frozen=True)
class MemberFacts:
    sex: str | None  # "male" | "female"
    role: MemberRole
    active: bool = True


def team_warnings(members: Iterable[MemberFacts], *, rules: MediationRules) -> list[TeamWarning]:
    """What the team's current composition breaks (Art. 12: ≥ 3 mediators, a woman among them; a leader)."""
    current = [m for m in members if m.active]
    warnings = []
    if len(current) < rules.min_mediators:
        warnings.append(TeamWarning.TOO_FEW_MEMBERS)
    if rules.requires_woman and not any(m.sex == "female" for m in current):
        warnings.append(TeamWarning.NO_WOMAN)
    if not any(m.role is MemberRole.LEADER for m in current):
        warnings.append(TeamWarning.NO_LEADER)
    return warnings


# --- statistics -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A month (``2026-07``), a quarter (``2026-Q3``) or a year (``2026``)."""

    code: str
    start: dt.date
    end: dt.date  # inclusive

    @classmethod
    def parse(cls, text: str) -> Period:
        import calendar
        import re

        t = (text or "").strip().upper()
        if m := re.fullmatch(r"(\d{4})", t):
            y = int(m[1])
            return cls(t, dt.date(y, 1, 1), dt.date(y, 12, 31))
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", t):
            y, q = int(m[1]), int(m[2])
            last = 3 * q
            return cls(t, dt.date(y, last - 2, 1), dt.date(y, last, calendar.monthrange(y, last)[1]))
        if m := re.fullmatch(r"(\d{4})-(\d{2})", t):
            y, mo = int(m[1]), int(m[2])
            if 1 <= mo <= 12:
                return cls(t, dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1]))
        raise ValidationError("mediation_period_invalid", field="period", value=text)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


STAT_KEYS = ("received", "successful", "unsuccessful", "terminated", "referred", "in_progress")


@dataclass(frozen=True)
class Figures:
    received: int = 0
    successful: int = 0
    unsuccessful: int = 0
    terminated: int = 0
    referred: int = 0
    in_progress: int = 0

    @property
    def success_denominator(self) -> int:
        return self.successful + self.unsuccessful

    @property
    def success_rate(self) -> float | None:
        """thành ÷ (thành + không thành), 0–1; None when nothing was closed either way."""
        d = self.success_denominator
        return round(self.successful / d, 4) if d else None

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in STAT_KEYS} | {
            "success_rate": self.success_rate, "success_rate_denominator": self.success_denominator}


def figures(statuses: Iterable[CaseStatus]) -> Figures:
    """Counts over cases received in a period, each by its current status: the outcomes add up to the
    cases received (still open cases — received, assigned, in progress — count as ``in_progress``)."""
    counts = dict.fromkeys(STAT_KEYS, 0)
    for s in statuses:
        counts["received"] += 1
        counts["in_progress" if s in OPEN_STATUSES else s.value] += 1
    return Figures(**counts)


@dataclass(frozen=True)
class Statistics:
    period: Period
    total: Figures
    by_type: dict[str, Figures] = field(default_factory=dict)


def statistics(period: Period, cases: Iterable[tuple[dt.date, CaseStatus, str]],
               groups: Sequence[str]) -> Statistics:
    """``cases``: (received on, current status, type group) of every case; those received in ``period``
    count. ``by_type`` has every group, also those with no case."""
    inside = [(s, g) for day, s, g in cases if period.contains(day)]
    return Statistics(period, figures(s for s, _ in inside),
                      {g: figures(s for s, gg in inside if gg == g) for g in groups})
