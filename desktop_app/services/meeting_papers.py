"""A stored meeting's invitation (giấy mời) and its party cell resolution (nghị quyết), for ``services.documents``.

- ``invitation_kind``: which invitation fits a meeting — ``meeting_invitation`` (state layout, signed by the
  head) for a government meeting, ``party_cell_invitation`` (party layout, signed by the party cell secretary,
  a party document that travels only in party bundles) for a party cell meeting;
- ``document``: one of the three kinds from the stored meeting, as the acting profile may see it (a party cell
  meeting only for a party profile, ``meeting_party_only``); a meeting of the wrong body is ``not_found`` for
  the kind; a resolution is refused when the meeting voted none (``meeting_no_resolution``) or its motion did
  not pass (``meeting_resolution_not_passed``);
- ``specimen``: the kind for ``documents specimens`` — from the newest stored meeting the profile may see, else
  (a register with no such meeting) a sample made from the register.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from desktop_app.documents import kinds as k
from desktop_app.documents.kinds.common import household_number_key
from desktop_app.documents.model import Document
from desktop_app.domain.clock import vn_today
from desktop_app.domain.errors import NotFound, ValidationError
from desktop_app.domain.meetings import Attendance, Body, Membership
from desktop_app.domain.units import Role, UnitKind
from desktop_app.services import document_samples, meetings, views

KINDS = (k.MEETING_INVITATION, k.PARTY_CELL_INVITATION, k.PARTY_CELL_RESOLUTION)
INVITATIONS = (k.MEETING_INVITATION, k.PARTY_CELL_INVITATION)
_RECORD = {k.MEETING_INVITATION: "meeting", k.PARTY_CELL_INVITATION: "party_meeting",
           k.PARTY_CELL_RESOLUTION: "party_meeting"}


def invitation_kind(app: Any, meeting_id: str) -> str | None:
    """The invitation kind for the meeting ``meeting_id`` (None when there is no such meeting)."""
    from desktop_app.storage.models import Meeting

    if not hasattr(app, "uow"):
        return None
    with app.uow() as uow:
        m = uow.session.get(Meeting, meeting_id)
        if m is None or m.deleted_at is not None or m.unit_code != uow.unit_code:
            return None
        return k.PARTY_CELL_INVITATION if m.party else k.MEETING_INVITATION


def _signer_name(app: Any, kind: str) -> str | None:
    """The display name of the first profile that signs ``kind`` (a draft prints it)."""
    if kind == k.MEETING_INVITATION:
        role = Role.COMMUNE_OFFICER if app.unit.kind is UnitKind.COMMUNE else Role.HAMLET_HEAD
    else:
        role = Role.PARTY_SECRETARY
    with app.reader() as conn:
        return next((p.display_name for p in views.profiles(conn) if p.role is role), None)


def _households(uow: Any) -> list[tuple[str, str, str]]:
    """The hamlet's current households: (id, number, head's name)."""
    from desktop_app.storage.models import Household, Resident

    rows = list(uow.session.scalars(select(Household).where(Household.unit_code == uow.unit_code,
                                                            Household.deleted_at.is_(None))))
    heads = {r.id: r.full_name for r in uow.session.scalars(select(Resident).where(
        Resident.id.in_([h.head_id for h in rows if h.head_id]), Resident.deleted_at.is_(None)))} if rows else {}
    out = [(h.id, h.number, heads.get(h.head_id or "", f"Hộ số {h.number}")) for h in rows]
    return sorted(out, key=lambda x: household_number_key(x[1]))


def _invitation(uow: Any, v: meetings.MeetingView, number: int | None) -> k.Invitation:
    lines = [a for a in v.attendance if a.status is not Attendance.GUEST]
    guests = tuple(a.name for a in v.attendance if a.status is Attendance.GUEST)
    if v.row.body is Body.HAMLET:
        # Every household of the hamlet is invited (one representative each), the one recorded where there is.
        named = {a.household_id: a.name for a in lines if a.household_id}
        invitees = tuple(k.Invitee(named.get(hid, head), number_) for hid, number_, head in _households(uow))
        invited = k.HOUSEHOLDS
    elif v.row.party:
        invitees = tuple(k.Invitee(a.name, "Dự bị" if a.membership is Membership.PROBATIONARY else "Chính thức",
                                   "Miễn sinh hoạt" if a.status is Attendance.EXEMPT else "")
                         for a in lines if a.member_id)
        invited = k.MEMBERS
    else:
        invitees = tuple(k.Invitee(a.name) for a in lines)
        invited = k.PEOPLE
    return k.Invitation(meeting_name=v.row.title, date=v.row.date, start=v.start, place=v.place,
                        invited=invited, invitees=invitees, agenda=tuple(v.agenda), guests=guests, number=number)


def _task_line(t: meetings.TaskView) -> str:
    deadline = f" (hạn {t.deadline.strftime('%d/%m/%Y')})" if t.deadline else ""
    return f"Đồng chí {t.owner_name}: {t.text.rstrip('.')}{deadline}"


def _resolution(v: meetings.MeetingView, number: int | None) -> k.PartyResolution:
    vote = next((x for x in v.votes if x.is_resolution), None)
    if vote is None:
        raise ValidationError("meeting_no_resolution", number=v.row.number, title=v.row.title)
    if not vote.result.passed:
        raise ValidationError("meeting_resolution_not_passed", number=v.row.number, title=v.row.title,
                              motion=vote.motion, in_favour=vote.result.in_favour,
                              denominator=vote.result.denominator)
    roll = [a for a in v.attendance if a.member_id]
    full = sum(1 for a in roll if a.membership is Membership.FULL)
    return k.PartyResolution(
        date=v.row.date, meeting_name=v.row.title, place=v.place, full_members=full,
        probationary_members=len(roll) - full, present=v.counts.present, expected=v.counts.expected,
        motion=vote.motion, text=v.resolution, in_favour=vote.result.in_favour, against=vote.result.against,
        abstain=vote.result.abstain, denominator=vote.result.denominator,
        tasks=tuple(_task_line(t) for t in v.tasks), number=number)


def _make(unit: Any, kind: str, paper: Any, *, signer: str | None, date: dt.date | None) -> Document:
    if kind == k.MEETING_INVITATION:
        return k.meeting_invitation(unit, paper, signer=signer, date=date)
    if kind == k.PARTY_CELL_INVITATION:
        return k.party_cell_invitation(unit, paper, signer=signer, date=date)
    return k.party_cell_resolution(unit, paper, signer=signer, date=date)


def _invitation_date(date: dt.date | None, meeting_day: dt.date) -> dt.date:
    """An invitation's own date: the one given, else today — or the meeting's day, for a meeting already held."""
    return date or min(vn_today(), meeting_day)


def document(app: Any, kind: str, meeting_id: str, *, signer: str | None, number: int | None,
             date: dt.date | None) -> Document:
    """``kind`` (one of ``KINDS``) from the stored meeting ``meeting_id`` (see the module's docstring)."""
    if not hasattr(app, "uow"):
        raise NotFound("not_found", kind=_RECORD[kind], id=meeting_id)
    with app.uow() as uow:
        try:
            v = meetings.get_meeting(uow, meeting_id, viewer=app.profile)
        except NotFound:
            raise NotFound("not_found", kind=_RECORD[kind], id=meeting_id) from None
        if v.row.party != (kind != k.MEETING_INVITATION):
            raise NotFound("not_found", kind=_RECORD[kind], id=meeting_id)
        paper = _resolution(v, number) if kind == k.PARTY_CELL_RESOLUTION else _invitation(uow, v, number)
    if kind in INVITATIONS:
        date = _invitation_date(date, v.row.date)
    return _make(app.unit, kind, paper, signer=signer or _signer_name(app, kind), date=date)


# --- the specimens -------------------------------------------------------------------------------------


def _newest(app: Any, kind: str, acting: Any) -> str | None:
    """The newest stored meeting ``acting`` may see that ``kind`` can be made for."""
    party = kind != k.MEETING_INVITATION
    if party and not meetings.is_party_viewer(acting):
        return None
    with app.uow() as uow:
        rows = [r for r in meetings.list_meetings(uow, viewer=acting) if r.party == party]
        if kind == k.MEETING_INVITATION:  # the hamlet meeting first: its invitation lists every household
            rows.sort(key=lambda r: r.body is not Body.HAMLET)
        if kind != k.PARTY_CELL_RESOLUTION:
            return rows[0].id if rows else None
        for r in rows:
            v = meetings.get_meeting(uow, r.id, viewer=acting)
            if any(x.is_resolution and x.result.passed for x in v.votes):
                return r.id
    return None


def _sample(data: Any, kind: str, on: dt.date) -> Any:
    """A sample paper made from the register (a register with no meeting of the kind's body)."""
    u = data.unit
    if kind == k.MEETING_INVITATION:
        agenda = meetings.rules(on).kind("hamlet_meeting").agenda
        invitees = tuple(k.Invitee(h.head_name or f"Hộ số {h.number}", h.number) for h in data.households)
        return k.Invitation(meeting_name=f"Hội nghị thôn năm {on.year}", date=on + dt.timedelta(days=7),
                            start=dt.time(19, 30), place="Nhà văn hóa thôn", invited=k.HOUSEHOLDS,
                            invitees=invitees, agenda=agenda,
                            guests=("Đại diện lãnh đạo UBND xã", "Đại diện Ủy ban Mặt trận Tổ quốc xã"))
    cell = document_samples.sample_party_cell_meeting(unit_code=u.code, unit_name=u.name, residents=data.residents,
                                                      on=on, party_secretary=data.secretary_name)
    if kind == k.PARTY_CELL_INVITATION:
        full, probationary = document_samples.sample_party_members(unit_code=u.code, residents=data.residents, on=on)
        invitees = tuple(k.Invitee(n, "Chính thức") for n in full) + tuple(k.Invitee(n, "Dự bị") for n in probationary)
        return k.Invitation(meeting_name=cell.meeting_name, date=on + dt.timedelta(days=3), start=cell.start,
                            place=cell.place, invited=k.MEMBERS, invitees=invitees, agenda=cell.agenda,
                            guests=cell.guests)
    v = cell.resolution
    counted = cell.full_members - cell.not_counted
    members = cell.full_members + cell.probationary_members
    return k.PartyResolution(
        date=on, meeting_name=cell.meeting_name, place=cell.place, full_members=cell.full_members,
        probationary_members=cell.probationary_members, present=cell.present, expected=members - cell.exempt,
        motion=v.question if v else "", text="\n".join(cell.conclusions) or None,
        in_favour=v.in_favour if v else 0, against=v.against if v else 0, abstain=v.abstain if v else 0,
        denominator=counted)


def specimen(app: Any, data: Any, kind: str, *, acting: Any, on: dt.date, signer: str | None) -> Document:
    """``kind``'s specimen (see the module's docstring); ``data`` the register (``documents.load_unit``)."""
    meeting_id = _newest(app, kind, acting) if hasattr(app, "uow") else None
    if meeting_id is not None:
        day = None
        if kind in INVITATIONS:  # dated the specimens' day, but never after the meeting
            with app.uow() as uow:
                day = min(on, meetings.get_meeting(uow, meeting_id, viewer=app.profile).row.date)
        return document(app, kind, meeting_id, signer=signer, number=None, date=day)
    paper = _sample(data, kind, on)
    printed = signer or (data.secretary_name if kind != k.MEETING_INVITATION else data.head_name)
    return _make(data.unit, kind, paper, signer=printed, date=on)
