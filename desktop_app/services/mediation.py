"""Grassroots mediation: teams and mediators, cases from intake to follow-up, statistics.

Every function takes a unit of work, validates with ``domain.mediation``, writes through the unit of work
(versioned and audited) and returns plain views; the caller commits. A refused step raises before anything
is written. Reads take the acting profile (``viewer``): a confidential case shows its parties, content and
sessions only to its assigned mediators and its team's leader; anyone else sees number, type and status.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import func, select

from desktop_app.domain.clock import VN_TZ, vn_today
from desktop_app.domain.errors import AuthError, NotFound, ValidationError
from desktop_app.domain.ids import new_id
from desktop_app.domain.mediation import (
    OPEN_STATUSES,
    AgreementInput,
    CaseFacts,
    CaseStatus,
    MediationRules,
    MemberFacts,
    MemberRole,
    ObligationInput,
    Outcome,
    PartyInput,
    PartyKind,
    Performance,
    Period,
    Statistics,
    Step,
    allowed_steps,
    case_number,
    check_birth_year,
    check_mediators,
    check_not_before,
    check_not_future,
    clean_text,
    next_status,
    overdue,
    require_text,
    rules_from_data,
    statistics,
    team_warnings,
    validate_agreement,
    validate_parties,
)
from desktop_app.domain.people import clean_name, normalize_phone
from desktop_app.domain.vietnamese import name_sort_key
from desktop_app.paths import RESOURCES
from desktop_app.services.views import ProfileInfo
from desktop_app.storage.models import (
    Household,
    MediationAgreement,
    MediationAssignment,
    MediationCase,
    MediationFollowUp,
    MediationMember,
    MediationObligation,
    MediationParty,
    MediationSession,
    MediationTeam,
    Profile,
    Resident,
)
from desktop_app.storage.uow import UnitOfWork

RULES_FILE = RESOURCES / "rules" / "mediation.json"


@lru_cache(maxsize=4)
def _rules_data() -> dict:
    return json.loads(RULES_FILE.read_text(encoding="utf-8"))


def rules(on: dt.date | None = None) -> MediationRules:
    """The mediation rules in force on ``on`` (today by default)."""
    return rules_from_data(_rules_data(), on=on or vn_today())


# --- views ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberView:
    id: str
    team_id: str
    full_name: str
    sex: str | None
    birth_year: int | None
    address: str | None
    ethnicity: str | None
    role: MemberRole
    resident_id: str | None
    profile_id: str | None
    recognised_number: str | None
    recognised_on: dt.date | None
    joined_on: dt.date | None
    left_on: dt.date | None
    phone: str | None

    @property
    def active(self) -> bool:
        return self.left_on is None


@dataclass(frozen=True)
class TeamView:
    id: str
    name: str
    decision_number: str | None
    decision_date: dt.date | None
    term_from: dt.date | None
    term_to: dt.date | None
    note: str | None
    members: list[MemberView]
    warnings: list[str]
    version: int


@dataclass(frozen=True)
class CaseRow:
    """A line of the case list: what every profile may see, and the overdue flags."""

    id: str
    number: str
    year: int
    received_on: dt.date
    type_group: str
    case_type: str
    status: CaseStatus
    confidential: bool
    overdue: list[str]
    performance: Performance | None
    team_id: str
    version: int


@dataclass(frozen=True)
class PartyView:
    id: str
    position: int
    kind: PartyKind
    full_name: str
    birth_year: int | None
    address: str | None
    resident_id: str | None
    claim: str | None


@dataclass(frozen=True)
class ObligationView:
    party_id: str
    party_position: int
    text: str
    method: str | None
    deadline: dt.date | None


@dataclass(frozen=True)
class AgreementView:
    agreed_on: dt.date
    content: str
    document_wanted: bool
    obligations: list[ObligationView]


@dataclass(frozen=True)
class CaseView:
    """A whole case as ``viewer`` may see it (``restricted``: a confidential case they are not part of —
    only the row's fields are filled)."""

    row: CaseRow
    restricted: bool
    start_ground: str | None = None
    summary: str | None = None
    place: str | None = None
    urgent: bool = False
    start_agreed_otherwise: bool = False
    note: str | None = None
    parties: list[PartyView] = field(default_factory=list)
    mediators: list[dict] = field(default_factory=list)  # {member_id, full_name, assigned_on, chosen_by_parties}
    sessions: list[dict] = field(default_factory=list)  # {id, held_on, place, participants, summary}
    agreement: AgreementView | None = None
    follow_ups: list[dict] = field(default_factory=list)  # {checked_on, performed, note}
    escalation: dict | None = None  # {reported_at, reported_to, note}
    referral: dict | None = None  # {scope_ground, referred_to, referred_on}
    closed_on: dt.date | None = None
    close_reason: str | None = None
    allowed_steps: list[str] = field(default_factory=list)  # "assign", "close:successful", …
    timeline: list[dict] = field(default_factory=list)  # {on, kind, detail}


# --- helpers ----------------------------------------------------------------------------------------


def _live(model, uow: UnitOfWork, record_id: str, kind: str):  # model: a mediation table; -> its row
    row = uow.orm.get(model, record_id) if record_id else None
    if row is None or row.deleted_at is not None:
        raise NotFound("not_found", kind=kind, id=record_id or "")
    return row


def _member_view(m: MediationMember) -> MemberView:
    return MemberView(m.id, m.team_id, m.full_name, m.sex, m.birth_year, m.address, m.ethnicity,
                      MemberRole(m.role), m.resident_id, m.profile_id, m.recognised_number, m.recognised_on,
                      m.joined_on, m.left_on, m.phone)


def _resident_facts(uow: UnitOfWork, resident_id: str) -> tuple[Resident, str | None]:
    r = _live(Resident, uow, resident_id, "resident")
    h = uow.orm.get(Household, r.household_id)
    return r, (h.address if h else None)


# --- teams ------------------------------------------------------------------------------------------


def list_teams(uow: UnitOfWork) -> list[TeamView]:
    teams = uow.orm.scalars(select(MediationTeam).where(MediationTeam.unit_code == uow.require_unit(),
                                                        MediationTeam.deleted_at.is_(None))
                            .order_by(MediationTeam.created_at))
    return [get_team(uow, t.id) for t in teams]


def get_team(uow: UnitOfWork, team_id: str) -> TeamView:
    t = _live(MediationTeam, uow, team_id, "mediation_team")
    rows = uow.orm.scalars(select(MediationMember).where(MediationMember.team_id == t.id,
                                                         MediationMember.deleted_at.is_(None)))
    # The leader first, then Vietnamese name order (given name, middle, family); those who left last.
    members = sorted(rows, key=lambda m: (m.left_on is not None, m.role != MemberRole.LEADER.value, m.sort_key))
    views = [_member_view(m) for m in members]
    warnings = team_warnings([MemberFacts(m.sex, m.role, m.active) for m in views], rules=rules())
    return TeamView(t.id, t.name, t.decision_number, t.decision_date, t.term_from, t.term_to, t.note, views,
                    [w.value for w in warnings], t.version)


def create_team(uow: UnitOfWork, *, name: str, decision_number: str | None = None,
                decision_date: dt.date | None = None, term_from: dt.date | None = None,
                term_to: dt.date | None = None, note: str | None = None) -> TeamView:
    """A mediation team of the unit (its members are added one by one)."""
    unit = uow.require_unit()
    name = require_text(name, "name")
    if term_from and term_to and term_to < term_from:
        raise ValidationError("mediation_date_order", field="term_to", value=term_to.strftime("%d/%m/%Y"),
                              other=term_from.strftime("%d/%m/%Y"), what="term_from")
    t = uow.add(MediationTeam(id=new_id(), unit_code=unit, name=name, decision_number=clean_text(decision_number),
                              decision_date=decision_date, term_from=term_from, term_to=term_to,
                              note=clean_text(note)))
    uow.orm.flush()
    return get_team(uow, t.id)


def add_member(uow: UnitOfWork, *, team_id: str, role: MemberRole = MemberRole.MEMBER,
               resident_id: str | None = None, full_name: str | None = None, sex: str | None = None,
               birth_year: int | None = None, address: str | None = None, ethnicity: str | None = None,
               recognised_number: str | None = None, recognised_on: dt.date | None = None,
               joined_on: dt.date | None = None, phone: str | None = None, profile_id: str | None = None,
               today: dt.date | None = None) -> MemberView:
    """A mediator: a resident (name, sex, birth year and address come from the register) or an outsider.
    A new leader takes over from the current one, who stays a member."""
    today = today or vn_today()
    t = _live(MediationTeam, uow, team_id, "mediation_team")
    if resident_id:
        r, home = _resident_facts(uow, resident_id)
        if uow.orm.scalar(select(MediationMember.id).where(
                MediationMember.team_id == t.id, MediationMember.resident_id == r.id,
                MediationMember.left_on.is_(None), MediationMember.deleted_at.is_(None))):
            raise ValidationError("mediation_member_exists", field="resident_id", name=r.full_name)
        full_name, sex, birth_year, address = r.full_name, r.sex, r.birth_year, address or home
    name = clean_name(full_name)
    if not name:
        raise ValidationError("mediation_field_required", field="full_name")
    if sex not in ("male", "female"):
        raise ValidationError("sex_required", field="sex", name=name)
    check_birth_year(birth_year, today=today)
    if profile_id:
        _check_profile(uow, profile_id)
    if role is MemberRole.LEADER:
        for old in uow.orm.scalars(select(MediationMember).where(
                MediationMember.team_id == t.id, MediationMember.role == MemberRole.LEADER.value,
                MediationMember.deleted_at.is_(None))):
            uow.update(old, {"role": MemberRole.MEMBER.value})
    m = uow.add(MediationMember(
        id=new_id(), unit_code=t.unit_code, team_id=t.id, resident_id=resident_id, profile_id=profile_id,
        full_name=name, sort_key=name_sort_key(name), sex=sex, birth_year=birth_year, address=clean_text(address),
        ethnicity=clean_text(ethnicity), role=role.value, recognised_number=clean_text(recognised_number),
        recognised_on=recognised_on, joined_on=joined_on, left_on=None, phone=normalize_phone(phone)))
    uow.orm.flush()
    return _member_view(m)


def _check_profile(uow: UnitOfWork, profile_id: str) -> None:
    p = uow.orm.get(Profile, profile_id)
    if p is None or p.deleted_at is not None:
        raise NotFound("not_found", kind="profile", id=profile_id)


def link_profile(uow: UnitOfWork, *, member_id: str, profile_id: str | None) -> MemberView:
    """Link a mediator to the profile they use this copy with (or unlink with None)."""
    m = _live(MediationMember, uow, member_id, "mediation_member")
    if profile_id:
        _check_profile(uow, profile_id)
    uow.update(m, {"profile_id": profile_id})
    return _member_view(m)


def update_team(uow: UnitOfWork, team_id: str, *, name: str, decision_number: str | None = None,
                decision_date: dt.date | None = None, term_from: dt.date | None = None,
                term_to: dt.date | None = None, note: str | None = None) -> TeamView:
    """Correct the team's name, its recognition decision and its term (versioned and audited)."""
    t = _live(MediationTeam, uow, team_id, "mediation_team")
    name = require_text(name, "name")
    if term_from and term_to and term_to < term_from:
        raise ValidationError("mediation_date_order", field="term_to", value=term_to.strftime("%d/%m/%Y"),
                              other=term_from.strftime("%d/%m/%Y"), what="term_from")
    uow.update(t, {"name": name, "decision_number": clean_text(decision_number), "decision_date": decision_date,
                   "term_from": term_from, "term_to": term_to, "note": clean_text(note)})
    uow.orm.flush()
    return get_team(uow, t.id)


def update_member(uow: UnitOfWork, member_id: str, *, role: MemberRole, address: str | None = None,
                  ethnicity: str | None = None, recognised_number: str | None = None,
                  recognised_on: dt.date | None = None, joined_on: dt.date | None = None,
                  phone: str | None = None, profile_id: str | None = None,
                  today: dt.date | None = None) -> MemberView:
    """Correct a mediator's role, recognition, term and contact details (a resident's name, sex and birth
    year stay the register's). Making a mediator the leader makes the current leader a member."""
    today = today or vn_today()
    m = _live(MediationMember, uow, member_id, "mediation_member")
    if recognised_on:
        check_not_future(recognised_on, today=today, field="recognised_on")
    if joined_on and m.left_on:
        check_not_before(m.left_on, joined_on, field="left_on", what="joined_on")
    if profile_id:
        _check_profile(uow, profile_id)
    if role is MemberRole.LEADER and m.role != MemberRole.LEADER.value:
        for old in uow.orm.scalars(select(MediationMember).where(
                MediationMember.team_id == m.team_id, MediationMember.role == MemberRole.LEADER.value,
                MediationMember.id != m.id, MediationMember.deleted_at.is_(None))):
            uow.update(old, {"role": MemberRole.MEMBER.value})
    uow.update(m, {"role": role.value, "address": clean_text(address), "ethnicity": clean_text(ethnicity),
                   "recognised_number": clean_text(recognised_number), "recognised_on": recognised_on,
                   "joined_on": joined_on, "phone": normalize_phone(phone), "profile_id": profile_id or None})
    uow.orm.flush()
    return _member_view(m)


def member_leaves(uow: UnitOfWork, *, member_id: str, on: dt.date) -> MemberView:
    """A mediator leaves the team on ``on`` (kept in the team's history and in past cases)."""
    m = _live(MediationMember, uow, member_id, "mediation_member")
    if m.joined_on:
        check_not_before(on, m.joined_on, field="left_on", what="joined_on")
    uow.update(m, {"left_on": on})
    return _member_view(m)


# --- cases: intake ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseInput:
    received_on: dt.date
    start_ground: str
    case_type: str
    summary: str
    parties: Sequence[PartyInput]
    team_id: str | None = None  # None: the unit's only team
    place: str | None = None
    confidential: bool = False
    urgent: bool = False
    start_agreed_otherwise: bool = False
    note: str | None = None


def _default_team(uow: UnitOfWork) -> MediationTeam:
    teams = list(uow.orm.scalars(select(MediationTeam).where(MediationTeam.unit_code == uow.require_unit(),
                                                             MediationTeam.deleted_at.is_(None))))
    if len(teams) != 1:
        raise ValidationError("mediation_team_required", field="team_id", count=len(teams))
    return teams[0]


def create_case(uow: UnitOfWork, data: CaseInput, *, viewer: ProfileInfo | None,
                today: dt.date | None = None) -> CaseView:
    """Record a case received by the team; it takes the next number of its year (``01/2026`` …)."""
    today = today or vn_today()
    unit = uow.require_unit()
    r = rules(data.received_on)
    team = _live(MediationTeam, uow, data.team_id, "mediation_team") if data.team_id else _default_team(uow)
    check_not_future(data.received_on, today=today, field="received_on")
    r.check_start_ground(data.start_ground)
    group = r.group_of(data.case_type)
    summary = require_text(data.summary, "summary")
    parties = validate_parties(data.parties, today=today)
    resolved = []
    for p in parties:
        if p.resident_id:
            res, home = _resident_facts(uow, p.resident_id)
            p = PartyInput(full_name=res.full_name, resident_id=res.id, kind=p.kind,
                           birth_year=res.birth_year, address=p.address or home, position=p.position)
        resolved.append(p)
    year = data.received_on.year
    seq = (uow.orm.scalar(select(func.max(MediationCase.seq)).where(
        MediationCase.unit_code == unit, MediationCase.year == year, MediationCase.deleted_at.is_(None))) or 0) + 1
    c = uow.add(MediationCase(
        id=new_id(), unit_code=unit, team_id=team.id, year=year, seq=seq, number=case_number(seq, year),
        received_on=data.received_on, start_ground=data.start_ground, case_type=data.case_type, type_group=group,
        summary=summary, place=clean_text(data.place), confidential=data.confidential, urgent=data.urgent,
        start_agreed_otherwise=data.start_agreed_otherwise, status=CaseStatus.RECEIVED.value,
        status_on=data.received_on, note=clean_text(data.note)))
    uow.orm.flush()
    for i, p in enumerate(resolved, start=1):
        uow.add(MediationParty(id=new_id(), unit_code=unit, case_id=c.id, position=i, kind=p.kind.value,
                               resident_id=p.resident_id, full_name=clean_name(p.full_name), birth_year=p.birth_year,
                               address=p.address, claim=p.position))
    uow.orm.flush()
    return get_case(uow, c.id, viewer=viewer, today=today)


# --- cases: the steps -------------------------------------------------------------------------------


def _case_for_step(uow: UnitOfWork, case_id: str, viewer: ProfileInfo | None) -> MediationCase:
    c = _live(MediationCase, uow, case_id, "mediation_case")
    if c.confidential and not _may_see(uow, c, viewer):
        raise AuthError("mediation_confidential", number=c.number)
    return c


def _move(uow: UnitOfWork, c: MediationCase, step: Step, *, on: dt.date, outcome: Outcome | None = None,
          **values: object) -> None:
    after = next_status(CaseStatus(c.status), step, outcome=outcome,
                        performance=Performance(c.performance) if c.performance else None)
    changes = dict(values)
    if after.value != c.status:
        changes |= {"status": after.value, "status_on": on}
    if changes:
        uow.update(c, changes, action=step.value)


def _dated(day: dt.date, c: MediationCase, *, field: str, today: dt.date) -> None:
    check_not_future(day, today=today, field=field)
    check_not_before(day, c.received_on, field=field, what="received_on")


def _first_assigned(uow: UnitOfWork, case_id: str) -> dt.date | None:
    return uow.orm.scalar(select(func.min(MediationAssignment.assigned_on)).where(
        MediationAssignment.case_id == case_id, MediationAssignment.deleted_at.is_(None)))


def _last_session(uow: UnitOfWork, case_id: str) -> dt.date | None:
    return uow.orm.scalar(select(func.max(MediationSession.held_on)).where(
        MediationSession.case_id == case_id, MediationSession.deleted_at.is_(None)))


def assign_mediators(uow: UnitOfWork, case_id: str, *, mediators: Sequence[str], assigned_on: dt.date,
                     chosen_by_parties: bool = False, viewer: ProfileInfo | None,
                     today: dt.date | None = None) -> CaseView:
    """Assign one or more of the team's mediators (Art. 18: never one who is a party to the case)."""
    today = today or vn_today()
    c = _case_for_step(uow, case_id, viewer)
    next_status(CaseStatus(c.status), Step.ASSIGN)
    _dated(assigned_on, c, field="assigned_on", today=today)
    team = {m.id: m for m in uow.orm.scalars(select(MediationMember).where(
        MediationMember.team_id == c.team_id, MediationMember.deleted_at.is_(None),
        MediationMember.left_on.is_(None)))}
    party_residents = set(uow.orm.scalars(select(MediationParty.resident_id).where(
        MediationParty.case_id == c.id, MediationParty.resident_id.is_not(None),
        MediationParty.deleted_at.is_(None))))
    check_mediators(list(mediators), team_member_ids=set(team),
                    member_resident_ids={k: m.resident_id for k, m in team.items()},
                    party_resident_ids=party_residents)
    already = set(uow.orm.scalars(select(MediationAssignment.member_id).where(
        MediationAssignment.case_id == c.id, MediationAssignment.deleted_at.is_(None))))
    for mid in dict.fromkeys(mediators):
        if mid not in already:
            uow.add(MediationAssignment(id=new_id(), unit_code=c.unit_code, case_id=c.id, member_id=mid,
                                        assigned_on=assigned_on, chosen_by_parties=chosen_by_parties))
    _move(uow, c, Step.ASSIGN, on=assigned_on)
    uow.orm.flush()
    return get_case(uow, c.id, viewer=viewer, today=today)


def refer_case(uow: UnitOfWork, case_id: str, *, referred_to: str, referred_on: dt.date,
               scope_ground: str | None = None, viewer: ProfileInfo | None,
               today: dt.date | None = None) -> CaseView:
    """An out-of-scope matter (Art. 3 §2) is referred to the competent body, not mediated."""
    today = today or vn_today()
    c = _case_for_step(uow, case_id, viewer)
    next_status(CaseStatus(c.status), Step.REFER)
    to = require_text(referred_to, "referred_to")
    _dated(referred_on, c, field="referred_on", today=today)
    if scope_ground is not None:
        rules(c.received_on).check_out_of_scope_ground(scope_ground)
    _move(uow, c, Step.REFER, on=referred_on, referred_to=to, referred_on=referred_on, scope_ground=scope_ground,
          closed_on=referred_on)
    return get_case(uow, c.id, viewer=viewer, today=today)


def record_session(uow: UnitOfWork, case_id: str, *, held_on: dt.date, place: str | None = None,
                   participants: Sequence[str] = (), summary: str | None = None,
                   viewer: ProfileInfo | None, today: dt.date | None = None) -> CaseView:
    """A mediation session (the first one starts the mediation)."""
    today = today or vn_today()
    c = _case_for_step(uow, case_id, viewer)
    next_status(CaseStatus(c.status), Step.SESSION)
    _dated(held_on, c, field="held_on", today=today)
    first = _first_assigned(uow, c.id)
    if first:
        check_not_before(held_on, first, field="held_on", what="assigned_on")
    people = [n for n in (clean_text(p) for p in participants) if n]
    uow.add(MediationSession(id=new_id(), unit_code=c.unit_code, case_id=c.id, held_on=held_on,
                             place=clean_text(place), participants=people, summary=clean_text(summary)))
    _move(uow, c, Step.SESSION, on=held_on)
    uow.orm.flush()
    return get_case(uow, c.id, viewer=viewer, today=today)


def close_case(uow: UnitOfWork, case_id: str, *, outcome: Outcome | None, closed_on: dt.date,
               reason: str | None = None, agreement: AgreementInput | None = None,
               viewer: ProfileInfo | None, today: dt.date | None = None) -> CaseView:
    """End the mediation: thành (with the agreement), không thành or chấm dứt (with the reason)."""
    today = today or vn_today()
    c = _case_for_step(uow, case_id, viewer)
    if outcome is Outcome.REFERRED:
        raise ValidationError("mediation_use_refer", field="outcome")
    next_status(CaseStatus(c.status), Step.CLOSE, outcome=outcome)
    _dated(closed_on, c, field="closed_on", today=today)
    last = _last_session(uow, c.id)
    if last:
        check_not_before(closed_on, last, field="closed_on", what="session")
    parties = list(uow.orm.scalars(select(MediationParty).where(
        MediationParty.case_id == c.id, MediationParty.deleted_at.is_(None)).order_by(MediationParty.position)))
    values: dict[str, object] = {"closed_on": closed_on}
    if outcome is Outcome.SUCCESSFUL:
        if agreement is None:
            raise ValidationError("mediation_agreement_required", field="agreement")
        agreement = validate_agreement(agreement, party_count=len(parties), last_session=last,
                                       received_on=c.received_on, today=today)
        a = uow.add(MediationAgreement(id=new_id(), unit_code=c.unit_code, case_id=c.id,
                                       agreed_on=agreement.agreed_on, content=agreement.content,
                                       document_wanted=agreement.document_wanted))
        uow.orm.flush()
        for o in agreement.obligations:
            uow.add(MediationObligation(id=new_id(), unit_code=c.unit_code, agreement_id=a.id,
                                        party_id=parties[o.party_index - 1].id, text=o.text, method=o.method,
                                        deadline=o.deadline))
        values["performance"] = Performance.NOT_YET.value
        values["close_reason"] = clean_text(reason)
    else:
        values["close_reason"] = require_text(reason, "reason")
    _move(uow, c, Step.CLOSE, on=closed_on, outcome=outcome, **values)
    uow.orm.flush()
    return get_case(uow, c.id, viewer=viewer, today=today)


def record_follow_up(uow: UnitOfWork, case_id: str, *, checked_on: dt.date, performed: bool,
                     note: str | None = None, viewer: ProfileInfo | None, today: dt.date | None = None) -> CaseView:
    """A dated check of whether the agreement has been carried out (Art. 25)."""
    today = today or vn_today()
    c = _case_for_step(uow, case_id, viewer)
    next_status(CaseStatus(c.status), Step.FOLLOW_UP,
                performance=Performance(c.performance) if c.performance else None)
    a = uow.orm.scalar(select(MediationAgreement).where(MediationAgreement.case_id == c.id))
    check_not_future(checked_on, today=today, field="checked_on")
    check_not_before(checked_on, a.agreed_on if a else c.received_on, field="checked_on", what="agreed_on")
    uow.add(MediationFollowUp(id=new_id(), unit_code=c.unit_code, case_id=c.id, checked_on=checked_on,
                              performed=performed, note=clean_text(note)))
    _move(uow, c, Step.FOLLOW_UP, on=checked_on,
          performance=(Performance.PERFORMED if performed else Performance.NOT_YET).value)
    uow.orm.flush()
    return get_case(uow, c.id, viewer=viewer, today=today)


def escalate_case(uow: UnitOfWork, case_id: str, *, reported_at: dt.datetime, reported_to: str,
                  note: str | None = None, viewer: ProfileInfo | None, today: dt.date | None = None) -> CaseView:
    """A risk of violence reported to the commune police: when and to whom (the case stays where it is)."""
    today = today or vn_today()
    c = _case_for_step(uow, case_id, viewer)
    next_status(CaseStatus(c.status), Step.ESCALATE)
    to = require_text(reported_to, "reported_to")
    if reported_at.tzinfo is None:
        reported_at = reported_at.replace(tzinfo=VN_TZ)  # a time without an offset is Vietnam's
    _dated(reported_at.astimezone(VN_TZ).date(), c, field="reported_at", today=today)
    _move(uow, c, Step.ESCALATE, on=today, escalated_on=reported_at, escalated_to=to,
          escalation_note=clean_text(note))
    return get_case(uow, c.id, viewer=viewer, today=today)


# --- reads ------------------------------------------------------------------------------------------


def _may_see(uow: UnitOfWork, c: MediationCase, viewer: ProfileInfo | None) -> bool:
    """Everything of a case that is not confidential; of a confidential one, only its assigned mediators and
    its team's leader (Art. 4: the parties' private information stays private)."""
    if not c.confidential:
        return True
    if viewer is None:
        return False
    s = uow.orm
    assigned = s.scalar(select(MediationAssignment.id).join(MediationMember, MediationMember.id ==
                                                            MediationAssignment.member_id).where(
        MediationAssignment.case_id == c.id, MediationAssignment.deleted_at.is_(None),
        MediationMember.profile_id == viewer.id))
    leader = s.scalar(select(MediationMember.id).where(
        MediationMember.team_id == c.team_id, MediationMember.role == MemberRole.LEADER.value,
        MediationMember.left_on.is_(None), MediationMember.deleted_at.is_(None),
        MediationMember.profile_id == viewer.id))
    return bool(assigned or leader)


def _facts(uow: UnitOfWork, case_ids: Sequence[str]) -> dict[str, dict]:
    """Per case: first assignment, first session, agreement date, deadlines, last check (for the flags)."""
    s = uow.orm
    out: dict[str, dict] = {cid: {"deadlines": []} for cid in case_ids}
    if not case_ids:
        return out
    for cid, first in s.execute(select(MediationAssignment.case_id, func.min(MediationAssignment.assigned_on))
                                .where(MediationAssignment.deleted_at.is_(None))
                                .group_by(MediationAssignment.case_id)):
        if cid in out:
            out[cid]["first_assigned_on"] = first
    for cid, first in s.execute(select(MediationSession.case_id, func.min(MediationSession.held_on))
                                .where(MediationSession.deleted_at.is_(None)).group_by(MediationSession.case_id)):
        if cid in out:
            out[cid]["first_session_on"] = first
    for cid, last in s.execute(select(MediationFollowUp.case_id, func.max(MediationFollowUp.checked_on))
                               .where(MediationFollowUp.deleted_at.is_(None)).group_by(MediationFollowUp.case_id)):
        if cid in out:
            out[cid]["last_check_on"] = last
    for cid, agreed, deadline in s.execute(
            select(MediationAgreement.case_id, MediationAgreement.agreed_on, MediationObligation.deadline)
            .outerjoin(MediationObligation, MediationObligation.agreement_id == MediationAgreement.id)):
        if cid in out:
            out[cid]["agreed_on"] = agreed
            if deadline:
                out[cid]["deadlines"].append(deadline)
    return out


def _row(c: MediationCase, facts: dict, *, today: dt.date, r: MediationRules) -> CaseRow:
    perf = Performance(c.performance) if c.performance else None
    f = CaseFacts(status=CaseStatus(c.status), urgent=c.urgent, start_agreed_otherwise=c.start_agreed_otherwise,
                  first_assigned_on=facts.get("first_assigned_on"), first_session_on=facts.get("first_session_on"),
                  agreed_on=facts.get("agreed_on"), performance=perf, deadlines=tuple(facts["deadlines"]),
                  last_check_on=facts.get("last_check_on"))
    return CaseRow(c.id, c.number, c.year, c.received_on, c.type_group, c.case_type, CaseStatus(c.status),
                   c.confidential, [o.value for o in overdue(f, today=today, rules=r)], perf, c.team_id, c.version)


def list_cases(uow: UnitOfWork, *, status: CaseStatus | None = None, year: int | None = None,
               open_only: bool = False, overdue_only: bool = False, today: dt.date | None = None) -> list[CaseRow]:
    """The unit's cases, newest number first; what every profile may see of each."""
    today = today or vn_today()
    stmt = select(MediationCase).where(MediationCase.unit_code == uow.require_unit(),
                                       MediationCase.deleted_at.is_(None))
    if status is not None:
        stmt = stmt.where(MediationCase.status == status.value)
    if open_only:
        stmt = stmt.where(MediationCase.status.in_([s.value for s in OPEN_STATUSES]))
    if year is not None:
        stmt = stmt.where(MediationCase.year == year)
    cases = list(uow.orm.scalars(stmt.order_by(MediationCase.year.desc(), MediationCase.seq.desc())))
    facts = _facts(uow, [c.id for c in cases])
    r = rules(today)
    rows = [_row(c, facts[c.id], today=today, r=r) for c in cases]
    return [row for row in rows if row.overdue] if overdue_only else rows


def get_case(uow: UnitOfWork, case_id: str, *, viewer: ProfileInfo | None, today: dt.date | None = None) -> CaseView:
    """The whole case as ``viewer`` may see it."""
    today = today or vn_today()
    s = uow.orm
    c = _live(MediationCase, uow, case_id, "mediation_case")
    row = _row(c, _facts(uow, [c.id])[c.id], today=today, r=rules(today))
    if not _may_see(uow, c, viewer):
        return CaseView(row=row, restricted=True)
    parties = [PartyView(p.id, p.position, PartyKind(p.kind), p.full_name, p.birth_year, p.address, p.resident_id,
                         p.claim) for p in s.scalars(select(MediationParty).where(
                             MediationParty.case_id == c.id, MediationParty.deleted_at.is_(None))
                             .order_by(MediationParty.position))]
    position = {p.id: p.position for p in parties}
    mediators = [{"member_id": m.id, "full_name": m.full_name, "assigned_on": a.assigned_on,
                  "chosen_by_parties": a.chosen_by_parties}
                 for a, m in s.execute(select(MediationAssignment, MediationMember)
                                       .join(MediationMember, MediationMember.id == MediationAssignment.member_id)
                                       .where(MediationAssignment.case_id == c.id,
                                              MediationAssignment.deleted_at.is_(None))
                                       .order_by(MediationAssignment.assigned_on, MediationMember.sort_key))]
    sessions = [{"id": x.id, "held_on": x.held_on, "place": x.place, "participants": list(x.participants),
                 "summary": x.summary}
                for x in s.scalars(select(MediationSession).where(MediationSession.case_id == c.id,
                                                                  MediationSession.deleted_at.is_(None))
                                   .order_by(MediationSession.held_on, MediationSession.created_at))]
    agreement = None
    a = s.scalar(select(MediationAgreement).where(MediationAgreement.case_id == c.id,
                                                  MediationAgreement.deleted_at.is_(None)))
    if a is not None:
        obligations = [ObligationView(o.party_id, position.get(o.party_id, 0), o.text, o.method, o.deadline)
                       for o in s.scalars(select(MediationObligation).where(
                           MediationObligation.agreement_id == a.id, MediationObligation.deleted_at.is_(None))
                           .order_by(MediationObligation.created_at))]
        agreement = AgreementView(a.agreed_on, a.content, a.document_wanted, obligations)
    follow_ups = [{"checked_on": f.checked_on, "performed": f.performed, "note": f.note}
                  for f in s.scalars(select(MediationFollowUp).where(MediationFollowUp.case_id == c.id,
                                                                     MediationFollowUp.deleted_at.is_(None))
                                     .order_by(MediationFollowUp.checked_on, MediationFollowUp.created_at))]
    escalation = ({"reported_at": c.escalated_on, "reported_to": c.escalated_to, "note": c.escalation_note}
                  if c.escalated_on else None)
    referral = ({"scope_ground": c.scope_ground, "referred_to": c.referred_to, "referred_on": c.referred_on}
                if c.referred_on else None)
    steps = [s_.value if o is None else f"{s_.value}:{o.value}"
             for s_, o in allowed_steps(row.status, row.performance)]
    view = CaseView(row=row, restricted=False, start_ground=c.start_ground, summary=c.summary, place=c.place,
                    urgent=c.urgent, start_agreed_otherwise=c.start_agreed_otherwise, note=c.note, parties=parties,
                    mediators=mediators, sessions=sessions, agreement=agreement, follow_ups=follow_ups,
                    escalation=escalation, referral=referral, closed_on=c.closed_on, close_reason=c.close_reason,
                    allowed_steps=steps)
    return _with_timeline(view)


def _with_timeline(v: CaseView) -> CaseView:
    """What happened, in date order: received, assignments, sessions, escalation, the end, follow-ups."""
    events: list[dict] = [{"on": v.row.received_on, "kind": "received", "detail": v.summary}]
    for m in v.mediators:
        events.append({"on": m["assigned_on"], "kind": "assigned", "detail": m["full_name"]})
    for x in v.sessions:
        events.append({"on": x["held_on"], "kind": "session", "detail": x["summary"]})
    if v.escalation:
        events.append({"on": v.escalation["reported_at"].astimezone(VN_TZ).date(), "kind": "escalated",
                       "detail": v.escalation["reported_to"]})
    if v.referral:
        events.append({"on": v.referral["referred_on"], "kind": "referred", "detail": v.referral["referred_to"]})
    elif v.closed_on:
        detail = v.agreement.content if v.agreement else v.close_reason
        events.append({"on": v.closed_on, "kind": v.row.status.value, "detail": detail})
    for f in v.follow_ups:
        events.append({"on": f["checked_on"], "kind": "performed" if f["performed"] else "not_yet_performed",
                       "detail": f["note"]})
    order = {"received": 0, "assigned": 1, "session": 2, "escalated": 3}
    events.sort(key=lambda e: (e["on"], order.get(e["kind"], 4)))
    return CaseView(**{**{k: getattr(v, k) for k in v.__dataclass_fields__}, "timeline": events})


def case_statistics(uow: UnitOfWork, period: Period) -> Statistics:
    """Received, successful, … in ``period`` over the cases **received** in it, by their current state."""
    rows = uow.orm.execute(select(MediationCase.received_on, MediationCase.status, MediationCase.type_group).where(
        MediationCase.unit_code == uow.require_unit(), MediationCase.deleted_at.is_(None),
        MediationCase.received_on >= period.start, MediationCase.received_on <= period.end))
    return statistics(period, [(d, CaseStatus(s), g) for d, s, g in rows],
                      [g.code for g in rules(period.end).groups])


# --- documents from other tools (``mediation create --from``, ``transition --from``) -------------------


@lru_cache(maxsize=4)
def _validator(name: str, definition: str | None = None):  # -> jsonschema validator
    from jsonschema import Draft202012Validator

    schema = json.loads((RESOURCES / "schemas" / f"mediation-{name}.schema.json").read_text(encoding="utf-8"))
    if definition is not None:
        schema = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": f"#/$defs/{definition}"}
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _check_schema(doc: object, name: str, definition: str | None = None) -> None:
    """``mediation_input_invalid`` naming the first place where ``doc`` breaks its schema."""
    errors = sorted(_validator(name, definition).iter_errors(doc), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        path = "/".join(str(p) for p in err.absolute_path) or "(document)"
        raise ValidationError("mediation_input_invalid", field=path, path=path, detail=err.message)


def _day(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError("date_invalid", value=text) from None


def case_input_from_json(doc: object) -> CaseInput:
    """A ``CaseInput`` from a document of ``resources/schemas/mediation-case.schema.json``."""
    _check_schema(doc, "case")
    assert isinstance(doc, dict)
    parties = [PartyInput(full_name=p.get("full_name"), resident_id=p.get("resident_id"),
                          kind=PartyKind(p.get("kind", "party")), birth_year=p.get("birth_year"),
                          address=p.get("address"), position=p.get("position")) for p in doc["parties"]]
    return CaseInput(received_on=_day(doc["received_on"]), start_ground=doc["start_ground"],
                     case_type=doc["case_type"], summary=doc["summary"], parties=parties, team_id=doc.get("team_id"),
                     place=doc.get("place"), confidential=doc.get("confidential", False),
                     urgent=doc.get("urgent", False), start_agreed_otherwise=doc.get("start_agreed_otherwise", False),
                     note=doc.get("note"))


def apply_step(uow: UnitOfWork, case_id: str, step: Step, doc: object, *, viewer: ProfileInfo | None,
               today: dt.date | None = None) -> CaseView:
    """One step from a document of ``resources/schemas/mediation-step.schema.json`` (its ``step`` part)."""
    _check_schema(doc, "step", step.value)
    assert isinstance(doc, dict)
    common = {"viewer": viewer, "today": today}
    if step is Step.ASSIGN:
        return assign_mediators(uow, case_id, mediators=doc["mediators"], assigned_on=_day(doc["assigned_on"]),
                                chosen_by_parties=doc.get("chosen_by_parties", False), **common)
    if step is Step.REFER:
        return refer_case(uow, case_id, referred_to=doc["referred_to"], referred_on=_day(doc["referred_on"]),
                          scope_ground=doc.get("scope_ground"), **common)
    if step is Step.SESSION:
        return record_session(uow, case_id, held_on=_day(doc["held_on"]), place=doc.get("place"),
                              participants=doc.get("participants", []), summary=doc.get("summary"), **common)
    if step is Step.CLOSE:
        a = doc.get("agreement")
        agreement = None if a is None else AgreementInput(
            agreed_on=_day(a["agreed_on"]), content=a["content"], document_wanted=a.get("document_wanted", True),
            obligations=tuple(ObligationInput(o["party"], o["text"], o.get("method"), _day(o.get("deadline")))
                              for o in a["obligations"]))
        outcome = Outcome(doc["outcome"]) if doc.get("outcome") else None
        return close_case(uow, case_id, outcome=outcome, closed_on=_day(doc["closed_on"]), reason=doc.get("reason"),
                          agreement=agreement, **common)
    if step is Step.FOLLOW_UP:
        return record_follow_up(uow, case_id, checked_on=_day(doc["checked_on"]), performed=doc["performed"],
                                note=doc.get("note"), **common)
    try:
        at = dt.datetime.fromisoformat(doc["reported_at"])
    except ValueError:
        raise ValidationError("date_invalid", value=doc["reported_at"]) from None
    return escalate_case(uow, case_id, reported_at=at, reported_to=doc["reported_to"], note=doc.get("note"), **common)


def get_case_row(uow: UnitOfWork, case_id: str) -> MediationCase:
    """The stored case (for the demo generator and tests)."""
    return _live(MediationCase, uow, case_id, "mediation_case")
