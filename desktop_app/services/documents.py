"""Official documents: gather a unit's data, render a document kind to PDF bytes, write files atomically.

``render(source, kind, ...)`` reads through plain SQL (``app.reader()`` or any DB-API connection of
ours; no ORM), builds the kind's definition (``documents.kinds``) and lays it out
(``documents.layout``). ``render_specimens`` writes one PDF of every kind from the data directory's
data — the catalogue of layouts for users and checks.

Errors: ``document_kind_unknown``, ``document_record_required``, ``document_year_invalid``,
``not_found`` (kind household/meeting), ``not_initialised``, ``file_unwritable``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop_app.documents import kinds as k
from desktop_app.documents import texts
from desktop_app.documents.kinds.common import head_title, household_number_key
from desktop_app.documents.layout import render_pdf, write_atomic
from desktop_app.documents.model import SIGNER, Document
from desktop_app.domain.clock import vn_today
from desktop_app.domain.delegation import on_behalf_line
from desktop_app.domain.errors import AuthError, NotFound, SothonError, ValidationError
from desktop_app.domain.units import Role, UnitKind
from desktop_app.domain.vietnamese import fold
from desktop_app.services import document_samples, meeting_papers, views
from desktop_app.services.views import HouseholdView, ResidentFilter, ResidentView, UnitInfo
from desktop_app.storage.household_reads import household_rows


@dataclass(frozen=True)
class KindInfo:
    """What the window and the command line need to offer a kind."""

    code: str
    title: str  # the document's own (Vietnamese) title
    record: str | None  # the record it is made for ("household"), or None for the whole unit
    takes_date: bool  # ``on``: the date the document carries (the election day for voters)
    takes_year: bool  # ``year``: the year a list is for
    landscape: bool
    party: bool = False  # a party document: kept apart, sent only in party bundles
    personal: bool = False  # lists residents by name: sent to the commune only in a named bundle
    cosigned: bool = False  # a form with two signers: a second profile may co-sign (minutes: the secretary)
    commune: bool = False  # made only in a commune's copy, from what its hamlets sent (the commune report)

    def made_in(self, unit_kind: UnitKind) -> bool:
        """Whether a copy of ``unit_kind`` makes this kind (a hamlet does not make the commune's report)."""
        return not self.commune or unit_kind is UnitKind.COMMUNE


def _info(code: str, *, record: str | None = None, year: bool = False, landscape: bool = False,
          party: bool = False, personal: bool = False, cosigned: bool = False, commune: bool = False) -> KindInfo:
    text = texts.kind_text(code)  # "name": how lists name a kind whose printed title others share ("GIẤY MỜI")
    return KindInfo(code, text.get("name", text["title"]), record, True, year, landscape, party, personal, cosigned,
                    commune)


KINDS: dict[str, KindInfo] = {
    k.HAMLET_MEETING: _info(k.HAMLET_MEETING, personal=True, cosigned=True),  # attendance: heads by name
    k.PARTY_CELL: _info(k.PARTY_CELL, party=True, personal=True, cosigned=True),  # members by name
    # A stored meeting's papers (services.meeting_papers): the invitation lists the invitees by name.
    k.MEETING_INVITATION: _info(k.MEETING_INVITATION, record="meeting", personal=True),
    k.PARTY_CELL_INVITATION: _info(k.PARTY_CELL_INVITATION, record="meeting", party=True, personal=True),
    k.PARTY_CELL_RESOLUTION: _info(k.PARTY_CELL_RESOLUTION, record="meeting", party=True, personal=True),
    k.HOUSEHOLD_LIST: _info(k.HOUSEHOLD_LIST, landscape=True, personal=True),
    k.RESIDENT_LIST: _info(k.RESIDENT_LIST, landscape=True, personal=True),
    k.VOTER_LIST: _info(k.VOTER_LIST, landscape=True, personal=True),
    k.LONGEVITY_LIST: _info(k.LONGEVITY_LIST, year=True, landscape=True, personal=True),
    k.MILITARY_AGE_LIST: _info(k.MILITARY_AGE_LIST, year=True, landscape=True, personal=True),
    k.HOUSEHOLD_CARD: _info(k.HOUSEHOLD_CARD, record="household", personal=True),
    k.MEDIATION_AGREEMENT: _info(k.MEDIATION_AGREEMENT, record="mediation_case", personal=True),
    k.MEDIATION_FAILURE: _info(k.MEDIATION_FAILURE, record="mediation_case", personal=True),
    k.MEDIATION_LOG: _info(k.MEDIATION_LOG, year=True, landscape=True, personal=True),
    k.MEDIATION_STATISTICS: _info(k.MEDIATION_STATISTICS, year=True),  # figures only: names no one
    k.SECURITY_REPORT: _info(k.SECURITY_REPORT),  # record_id: the period ("2026-Q3"); default the month of ``on``
    k.SECURITY_ASSESSMENT: _info(k.SECURITY_ASSESSMENT, year=True),  # the assessment year (01/11 – 31/10)
    k.SECURITY_REGISTRATION: _info(k.SECURITY_REGISTRATION, year=True),
    k.COMMUNE_REPORT: _info(k.COMMUNE_REPORT, commune=True),  # record_id: the period, as the security report's
}
_SECURITY_YEAR_KINDS = (k.SECURITY_ASSESSMENT, k.SECURITY_REGISTRATION)

# The mediation papers: made from a stored case, signed by a mediator; the case must have that outcome.
_MEDIATION_KINDS = {k.MEDIATION_AGREEMENT: "successful", k.MEDIATION_FAILURE: "unsuccessful"}


@dataclass(frozen=True)
class Election:
    """What a voter list is for: the election day (ages and residence are counted on it), the election's
    name and the voting area ("Khu vực bỏ phiếu"), printed at the top of the list when given."""

    day: dt.date | None = None
    name: str | None = None
    area: str | None = None


# The minutes render a stored meeting (``record_id``); without one, the specimens of a register with no meeting
# of that body show a sample meeting built from the register.
_MEETING_KINDS = {k.HAMLET_MEETING: "meeting", k.PARTY_CELL: "party_meeting"}
_MEETING_BODY = {k.HAMLET_MEETING: "hamlet", k.PARTY_CELL: "party_cell"}


@dataclass(frozen=True)
class UnitData:
    """One unit's register as the documents need it: current households and residents."""

    unit: UnitInfo
    households: list[HouseholdView]
    residents: list[ResidentView]
    head_name: str | None  # the profile that signs the unit's state documents (see ``signer_role``)
    secretary_name: str | None = None  # the party cell secretary's profile, who signs party documents


@contextmanager
def _connection(source: Any) -> Iterator[Any]:
    """An ``App`` (its ``reader()``) or a DB-API connection."""
    if hasattr(source, "reader"):
        with source.reader() as conn:
            yield conn
    else:
        yield source


def signer_role(kind: str, unit_kind: UnitKind) -> Role:
    """Who signs a kind: party documents the party cell secretary; the unit's state documents its head
    (a hamlet's head, or a commune officer at the commune)."""
    if KINDS[kind].party:
        return Role.PARTY_SECRETARY
    if kind in _MEDIATION_KINDS or kind in (k.MEDIATION_LOG, k.MEDIATION_STATISTICS):
        return Role.MEDIATOR
    return Role.COMMUNE_OFFICER if unit_kind is UnitKind.COMMUNE else Role.HAMLET_HEAD


def _first_names(conn: Any) -> dict[Role, str]:
    """The display name of the first profile of each role (the printed signer of a draft)."""
    out: dict[Role, str] = {}
    for p in views.profiles(conn):
        out.setdefault(p.role, p.display_name)
    return out


def _households(conn: Any, unit_code: str, residents: list[ResidentView],
                household_id: str | None = None) -> list[HouseholdView]:
    names = {r.id: r.full_name for r in residents}
    counts: dict[str, int] = {}
    for r in residents:
        counts[r.household_id] = counts.get(r.household_id, 0) + 1
    rows = household_rows(conn, unit_code=unit_code, household_id=household_id)
    out = [HouseholdView(hid, unit, number, address, head_id, names.get(head_id) if head_id else None,
                         counts.get(hid, 0), note, version, False)
           for hid, unit, number, address, head_id, note, version in rows]
    return sorted(out, key=lambda h: household_number_key(h.number))


def load_unit(conn: Any, *, household_id: str | None = None) -> UnitData:
    """The own unit's current households and residents (not deleted, dead or moved away)."""
    unit = views.own_unit(conn)
    if unit is None:
        raise ValidationError("not_initialised")
    residents = views.list_residents(conn, ResidentFilter(unit_code=unit.code, household_id=household_id))
    names = _first_names(conn)
    head = names.get(Role.COMMUNE_OFFICER if unit.kind is UnitKind.COMMUNE else Role.HAMLET_HEAD)
    return UnitData(unit, _households(conn, unit.code, residents, household_id), residents, head,
                    names.get(Role.PARTY_SECRETARY))


def _check_year(kind: str, year: int | None, on: dt.date) -> int:
    if year is None:
        return on.year
    if not isinstance(year, int) or not 1900 <= year <= 2200:
        raise ValidationError("document_year_invalid", kind=kind, value=str(year))
    return year


def _check(kind: str, record_id: str | None) -> KindInfo:
    info = KINDS.get(kind)
    if info is None:
        raise ValidationError("document_kind_unknown", kind=kind, known=", ".join(KINDS))
    if info.record and not record_id:
        raise ValidationError("document_record_required", kind=kind, record=info.record)
    return info


def build(source: Any, kind: str, *, record_id: str | None = None, on: dt.date | None = None,
          year: int | None = None, signer: str | None = None, number: int | None = None,
          date: dt.date | None = None, election: Election | None = None, cosigner: str | None = None,
          deputy_title: str | None = None) -> Document:
    """The definition of one document (what ``render`` lays out).

    ``on`` is the date the content is for (a list "as of", the meeting's day; default: ``date``);
    ``date`` the document's own date, printed in its date line (ngày ban hành; default ``on``, else
    today); ``election`` the voter list's election (its day defaults to ``on``);
    ``year`` the year a longevity or military-service list is for (default ``on``'s year);
    ``signer`` the name printed in the signature block — the signing profile's, when signing
    (default: the first profile whose role signs the kind, ``signer_role``); ``number`` the number
    allocated from the register of issued documents when signing (None: a draft, "Số: …/BB-TĐ");
    ``cosigner`` the name printed in the second signer's block of minutes (the secretary), when a profile
    is to co-sign them; ``deputy_title`` the title of a ``signer`` who signs on the head's behalf (ký thay:
    "KT. TRƯỞNG THÔN" above it, ``signed_on_behalf``).
    """
    kind = resolve_kind(source, kind, record_id)
    _check(kind, record_id)
    if kind in meeting_papers.KINDS:
        doc = meeting_papers.document(source, kind, record_id or "", signer=signer, number=number, date=date)
        return _on_behalf(doc, source.unit, kind, signer, deputy_title)
    if kind in _MEETING_KINDS and record_id:
        return _meeting_document(source, kind, record_id, signer=signer, number=number, date=date,
                                 cosigner=cosigner)
    if kind in _MEDIATION_KINDS:
        return _mediation_document(source, kind, record_id or "", signer=signer, number=number, date=date)
    if kind == k.MEDIATION_LOG:
        return _mediation_log_document(source, year=_check_year(kind, year, on or date or vn_today()),
                                       signer=signer, date=date)
    if kind == k.MEDIATION_STATISTICS:
        return _mediation_statistics_document(
            source, year=_check_year(kind, year, on or date or vn_today()), signer=signer, number=number,
            date=date, period=record_id)
    if kind == k.SECURITY_REPORT:
        from desktop_app.services import security

        return security.report_document(source, period=record_id or (on or date or vn_today()).strftime("%Y-%m"),
                                        signer=signer, number=number, date=date)
    if kind in _SECURITY_YEAR_KINDS:
        from desktop_app.services import security

        day = on or date or vn_today()
        make = security.assessment_document if kind == k.SECURITY_ASSESSMENT else security.registration_document
        # The assessment year a day falls in: residential areas from 1 November of the year before.
        default = day.year + (1 if kind == k.SECURITY_ASSESSMENT and day.month >= 11 else 0)
        return make(source, year=_check_year(kind, year, dt.date(default, 1, 1)), signer=signer, number=number,
                    date=date)
    if kind == k.COMMUNE_REPORT:
        from desktop_app.services import commune_report

        return commune_report.report_document(
            source, period=record_id or (on or date or vn_today()).strftime("%Y-%m"), signer=signer,
            number=number, date=date)
    with _connection(source) as conn:
        data = load_unit(conn, household_id=record_id if kind == k.HOUSEHOLD_CARD else None)
    return document_for(data, kind, record_id=record_id, on=on, year=year, signer=signer, number=number,
                        date=date, election=election, cosigner=cosigner, deputy_title=deputy_title)


def resolve_kind(source: Any, kind: str, record_id: str | None) -> str:
    """The invitation kind that fits the meeting ``record_id``: asked for ``meeting_invitation`` or
    ``party_cell_invitation``, a party cell meeting gets the party's and any other meeting the state's (who
    signs it and where it travels follow); every other kind is itself."""
    if kind in meeting_papers.INVITATIONS and record_id:
        return meeting_papers.invitation_kind(source, record_id) or kind
    return kind


def _on_behalf(doc: Document, unit: Any, kind: str, signer: str | None, deputy_title: str | None) -> Document:
    """``doc`` signed on the head's behalf when a deputy signs a state kind (see ``document_for``)."""
    if deputy_title and signer is not None and signed_as(kind, unit, deputy_title) is not None:
        changed = signed_on_behalf(doc, head_title(unit), deputy_title)
        if changed == doc:  # a kind whose head's block was not found: never print a deputy as the head
            raise AssertionError(f"{kind}: no head's signature block to sign on the head's behalf")
        doc = changed
    return doc


def _deputy_title(app: Any, kind: str, acting: Any, on: dt.date) -> str | None:
    """The title under "KT." of ``acting`` when the head lets it sign ``kind`` on ``on`` and today."""
    from desktop_app.services import delegation

    if not delegation.delegation_allowed_here(app) or signer_role(kind, app.unit.kind) is not delegation.head_role(app):
        return None
    granted = delegation.active_for(app, acting.id, on)
    return granted.title if granted is not None and granted.active_on(vn_today()) else None


def signed_as(kind: str, unit: Any, deputy_title: str) -> str | None:
    """The capacity a deputy's signature of ``kind`` prints: "KT. TRƯỞNG THÔN - PHÓ TRƯỞNG THÔN" where
    the signature block is the head's; None for minutes, whose block stays the chair's ("CHỦ TRÌ")."""
    if kind == k.HAMLET_MEETING or KINDS[kind].party:
        return None
    return f"{on_behalf_line(head_title(unit))} - {deputy_title}"


def signed_on_behalf(doc: Document, head: str, deputy_title: str) -> Document:
    """``doc`` signed on the head's behalf (ký thay, Decree 30/2020): the block whose title is the head's
    ("TRƯỞNG THÔN") and whose space takes the electronic signature gets "KT. TRƯỞNG THÔN" above the
    signer's own title ("PHÓ TRƯỞNG THÔN"). Blocks with another title (the chair of minutes) stay."""
    from desktop_app.documents.model import SIGNER, Signatures

    blocks = []
    for block in doc.blocks:
        if isinstance(block, Signatures):
            block = replace(block, signers=tuple(
                replace(s, on_behalf=on_behalf_line(head), title=deputy_title)
                if s.anchor == SIGNER and s.title == head and s.on_behalf is None else s
                for s in block.signers))
        blocks.append(block)
    return replace(doc, blocks=tuple(blocks))


def document_for(data: UnitData, kind: str, *, record_id: str | None = None, on: dt.date | None = None,
                 year: int | None = None, signer: str | None = None, number: int | None = None,
                 date: dt.date | None = None, election: Election | None = None,
                 cosigner: str | None = None, deputy_title: str | None = None) -> Document:
    """The definition of one document from a unit's data already read (``load_unit``); as ``build``."""
    doc = _document_for(data, kind, record_id=record_id, on=on, year=year, signer=signer, number=number,
                        date=date, election=election, cosigner=cosigner)
    return _on_behalf(doc, data.unit, kind, signer, deputy_title)


def _document_for(data: UnitData, kind: str, *, record_id: str | None, on: dt.date | None, year: int | None,
                  signer: str | None, number: int | None, date: dt.date | None, election: Election | None,
                  cosigner: str | None) -> Document:
    _check(kind, record_id)
    date = date or on or vn_today()
    on = on or date
    u = data.unit
    if signer is not None:
        data = replace(data, **({"secretary_name": signer} if KINDS[kind].party else {"head_name": signer}))
    if kind == k.HOUSEHOLD_CARD:
        household = next((h for h in data.households if h.id == record_id), None)
        if household is None:
            raise NotFound("not_found", kind="household", id=record_id)
        members = [r for r in data.residents if r.household_id == household.id]
        return k.household_card(u, household, members, on=date, head_name=data.head_name,
                               number=number)
    if kind == k.HAMLET_MEETING:
        meeting = document_samples.sample_hamlet_meeting(
            unit_code=u.code, unit_name=u.name, households=data.households, residents=data.residents,
            chair=data.head_name or "……", on=on)
        meeting = replace(meeting, number=number, **({"secretary": cosigner} if cosigner else {}))
        return k.hamlet_meeting_minutes(u, meeting, date=date)
    if kind == k.PARTY_CELL:
        meeting = document_samples.sample_party_cell_meeting(unit_code=u.code, unit_name=u.name,
                                                             residents=data.residents, on=on,
                                                             party_secretary=data.secretary_name)
        meeting = replace(meeting, number=number, **({"secretary": cosigner} if cosigner else {}))
        return k.party_cell_minutes(u, meeting, date=date)
    if kind == k.HOUSEHOLD_LIST:
        return k.household_list(u, data.households, on=date, as_of=on, head_name=data.head_name, number=number)
    if kind == k.RESIDENT_LIST:
        return k.resident_list(u, data.residents, data.households, on=date, as_of=on,
                               head_name=data.head_name, number=number)
    if kind == k.VOTER_LIST:
        election = election or Election()
        return k.voter_list(u, data.residents, data.households, election_day=election.day or on, on=date,
                            head_name=data.head_name, number=number, election_name=election.name,
                            area=election.area)
    if kind == k.LONGEVITY_LIST:
        return k.longevity_list(u, data.residents, data.households, year=_check_year(kind, year, on), on=date,
                                head_name=data.head_name, number=number)
    if kind == k.MILITARY_AGE_LIST:
        return k.military_age_list(u, data.residents, data.households, year=_check_year(kind, year, on), on=date,
                                   head_name=data.head_name, number=number)
    raise AssertionError(kind)  # pragma: no cover — every code in KINDS is handled above


def _mediation_document(app: Any, kind: str, case_id: str, *, signer: str | None, number: int | None,
                        date: dt.date | None) -> Document:
    """A mediation paper from the stored case, as the acting profile may see it: a confidential case's
    papers only for its mediators and team leader (``mediation_confidential``), and only for a case with
    the paper's outcome (``document_case_outcome``). The mediator printed is the signing profile, else
    the first mediator assigned."""
    from desktop_app.services import mediation

    with app.uow() as uow:
        view = mediation.get_case(uow, case_id, viewer=app.profile)
        profiles_of = {m.id: m.profile_id for t in mediation.list_teams(uow) for m in t.members}
    if view.restricted:
        raise AuthError("mediation_confidential", number=view.row.number)
    mediators = [m["full_name"] for m in view.mediators]
    if signer is not None and app.profile is not None and not any(
            profiles_of.get(m["member_id"]) == app.profile.id for m in view.mediators):
        # Who signs is who is printed: the paper names the case's mediators, so one of them signs it.
        raise SothonError("document_signer_not_mediator", kind=KINDS[kind].title, number=view.row.number,
                          profile=app.profile.display_name, mediators=", ".join(mediators) or "……")
    wanted = _MEDIATION_KINDS[kind]
    if view.row.status.value != wanted:
        raise ValidationError("document_case_outcome", kind=KINDS[kind].title, number=view.row.number,
                              status=view.row.status.value, wanted=wanted)
    r = mediation.rules(view.row.received_on)
    grounds = {g.code: g.label for g in r.start_grounds}
    by_id = {p.id: p for p in view.parties}

    def party(p: Any) -> k.PaperParty:
        return k.PaperParty(p.full_name, p.birth_year, p.address, p.claim)

    agreement = view.agreement
    paper = k.MediationPaper(
        case_number=view.row.number, case_type=r.subtype_label(view.row.case_type), received_on=view.row.received_on,
        start_ground=grounds.get(view.start_ground or ""), summary=view.summary,
        parties=tuple(party(p) for p in view.parties if p.kind.value == "party"),
        interested=tuple(party(p) for p in view.parties if p.kind.value != "party"),
        mediators=tuple(mediators),
        sessions=tuple(k.PaperSession(s["held_on"], s.get("place"), s.get("summary")) for s in view.sessions),
        closed_on=view.closed_on, agreement=agreement.content if agreement else None,
        obligations=tuple(k.PaperObligation(by_id[o.party_id].full_name if o.party_id in by_id else "……", o.text,
                                            o.method, o.deadline) for o in (agreement.obligations if agreement else ())),
        close_reason=view.close_reason, number=number)
    unit = app.unit
    mediator = signer or (paper.mediators[0] if paper.mediators else None)
    make = k.mediation_agreement if kind == k.MEDIATION_AGREEMENT else k.mediation_failure
    return make(unit, paper, mediator=mediator, date=date)


def _meeting_document(app: Any, kind: str, meeting_id: str, *, signer: str | None, number: int | None,
                      date: dt.date | None, cosigner: str | None) -> Document:
    """Minutes from a stored meeting, as the acting profile may see it (a party cell meeting only for a party
    profile, ``meeting_party_only``); a meeting of another body is ``not_found`` for the kind. The chair printed
    is the signing profile when one signs, else the chair recorded; the secretary the co-signer or the one
    recorded."""
    from desktop_app.domain.meetings import Attendance, Membership
    from desktop_app.services import meetings
    from desktop_app.storage.models import Household

    if not hasattr(app, "uow"):
        raise NotFound("not_found", kind=_MEETING_KINDS[kind], id=meeting_id)
    with app.uow() as uow:
        try:
            v = meetings.get_meeting(uow, meeting_id, viewer=app.profile)
        except NotFound:
            raise NotFound("not_found", kind=_MEETING_KINDS[kind], id=meeting_id) from None
        numbers = {h.id: h.number for h in uow.session.query(Household).filter(
            Household.id.in_([a.household_id for a in v.attendance if a.household_id]))}
    if v.row.body.value != _MEETING_BODY[kind]:
        raise NotFound("not_found", kind=_MEETING_KINDS[kind], id=meeting_id)
    r = meetings.rules(v.row.date)
    chair = signer or v.chair
    secretary = cosigner or v.secretary
    guests = tuple(a.name for a in v.attendance if a.status is Attendance.GUEST)
    speeches = tuple(k.Speech(s["speaker"], s["summary"]) for s in v.speeches)
    tasks = tuple(f"{t.owner_name}: {t.text}" + (f" (hạn {t.deadline.strftime('%d/%m/%Y')})" if t.deadline else "")
                  for t in v.tasks)
    reviewed = tuple(f"{t.text} — {_REVIEW_WORDS[t.state.value]}" for t in v.reviewed)
    if kind == k.HAMLET_MEETING:
        present = [a for a in v.attendance if a.status is Attendance.PRESENT and a.household_id]
        attendees = tuple(k.Attendee(numbers.get(a.household_id, ""), a.name)
                          for a in sorted(present, key=lambda a: household_number_key(numbers.get(a.household_id, ""))))
        conclusion = "\n".join(x for x in (v.conclusion, *(f"Giao nhiệm vụ: {t}." for t in tasks)) if x) or None
        meeting = k.HamletMeeting(
            date=v.row.date, start=v.start, end=v.end, place=v.place or "", chair=chair, chair_title=v.chair_title,
            secretary=secretary, households_total=v.households_total or 0, attendees=attendees,
            agenda=tuple(v.agenda), proceedings=speeches,
            votes=tuple(k.Vote(x.motion, x.result.in_favour, x.result.against, x.result.abstain) for x in v.votes),
            conclusion=conclusion, guests=guests, number=number)
        return k.hamlet_meeting_minutes(app.unit, meeting, date=date)
    roll = [a for a in v.attendance if a.member_id]
    full = sum(1 for a in roll if a.membership is Membership.FULL)
    absences = tuple(k.Absence(a.name, a.status is Attendance.ABSENT_WITH_REASON, a.reason) for a in roll
                     if a.status in (Attendance.ABSENT_WITH_REASON, Attendance.ABSENT_WITHOUT_REASON))
    vote = next((x for x in v.votes if x.is_resolution), v.votes[0] if v.votes else None)
    conclusions = tuple(x for x in (v.conclusion,) if x) + tuple(f"Phân công: {t}." for t in tasks)
    reports = tuple(f"Kiểm điểm nhiệm vụ kỳ trước: {t}." for t in reviewed)
    meeting = k.PartyCellMeeting(
        date=v.row.date, start=v.start, end=v.end, place=v.place or "", meeting_name=v.row.title, chair=chair,
        chair_title=v.chair_title, secretary=secretary, full_members=full, probationary_members=len(roll) - full,
        present=sum(1 for a in roll if a.status is Attendance.PRESENT), absences=absences,
        exempt=sum(1 for a in roll if a.status is Attendance.EXEMPT),
        not_counted=max(full - v.vote_denominator, 0), guests=guests, agenda=tuple(v.agenda), reports=reports,
        opinions=speeches, conclusions=conclusions,
        resolution=k.Vote((v.resolution or vote.motion), vote.result.in_favour, vote.result.against,
                          vote.result.abstain) if vote else None,
        grade=r.grade_label(v.grade) if v.grade else None, number=number)
    return k.party_cell_minutes(app.unit, meeting, date=date)


_REVIEW_WORDS = {"done": "đã hoàn thành", "carried_over": "chuyển sang kỳ này", "dropped": "không tiếp tục",
                 "open": "chưa rà soát"}


def _latest_meeting(app: Any, kind: str, acting: Any) -> str | None:
    """The newest stored meeting of the kind's body that ``acting`` may see, for the specimens."""
    if not hasattr(app, "uow"):
        return None
    from desktop_app.domain.meetings import Body
    from desktop_app.services import meetings

    if kind == k.PARTY_CELL and not meetings.is_party_viewer(acting):
        return None
    with app.uow() as uow:
        rows = meetings.list_meetings(uow, viewer=acting, body=Body(_MEETING_BODY[kind]))
    return rows[0].id if rows else None


def _team_leader(uow: Any) -> tuple[Any, Any]:
    """The unit's mediation team and its current leader (a ``MemberView``, or None)."""
    from desktop_app.domain.mediation import MemberRole
    from desktop_app.services import mediation

    teams = mediation.list_teams(uow)
    if not teams:
        raise ValidationError("document_no_mediation_team")
    team = teams[0]
    leader = next((m for m in team.members if m.active and m.role is MemberRole.LEADER), None)
    return team, leader


def _mediation_log_document(app: Any, *, year: int, signer: str | None, date: dt.date | None) -> Document:
    """The team's log book for ``year``: every case received in the year, in the order received, as the
    acting profile may see it (a confidential case it may not see shows no names). Signed by the team
    leader: another profile is refused (``document_signer_not_team_leader``)."""
    from desktop_app.services import mediation

    with app.uow() as uow:
        team, leader = _team_leader(uow)
        if signer is not None and (leader is None or app.profile is None or leader.profile_id != app.profile.id):
            raise SothonError("document_signer_not_team_leader", kind=KINDS[k.MEDIATION_LOG].title,
                              profile=app.profile.display_name if app.profile else "",
                              leader=leader.full_name if leader else "……")
        rows = sorted(mediation.list_cases(uow, year=year), key=lambda r: (r.received_on, r.number))
        views_ = [mediation.get_case(uow, r.id, viewer=app.profile) for r in rows]
    r = mediation.rules(dt.date(year, 12, 31))
    entries = []
    for v in views_:
        group = v.row.type_group
        if v.restricted:
            entries.append(k.LogEntry(v.row.received_on, (), "Vụ, việc bảo mật", r.subtype_label(v.row.case_type),
                                      "", v.row.status.value, group, "Bảo mật"))
            continue
        people = "; ".join(
            ", ".join(x for x in (p.full_name, f"{v.row.received_on.year - p.birth_year} tuổi" if p.birth_year else "",
                                  p.address or "") if x)
            + ("" if p.kind.value == "party" else " (người có quyền, nghĩa vụ liên quan)") for p in v.parties)
        if v.agreement is not None:
            agreed = v.agreement.content
        else:
            agreed = "; ".join(f"{p.full_name}: {p.claim}" for p in v.parties if p.claim) or (v.close_reason or "")
        note = {"referred": "Đã chuyển " + ((v.referral or {}).get("referred_to") or "cơ quan có thẩm quyền"),
                "terminated": "Chấm dứt hòa giải", "received": "Mới tiếp nhận", "assigned": "Đã phân công",
                "in_progress": "Đang hòa giải"}.get(v.row.status.value, "")
        entries.append(k.LogEntry(v.row.received_on, tuple(m["full_name"] for m in v.mediators), people,
                                  f"{r.subtype_label(v.row.case_type)}: {v.summary or ''}".rstrip(": "), agreed,
                                  v.row.status.value, group, note))
    team_name = team.name if fold(app.unit.name) in fold(team.name) else f"{team.name} {texts.in_text(app.unit.name)}"
    log = k.MediationLog(year=year, team_name=team_name, groups=tuple((g.code, g.label) for g in r.groups),
                         entries=tuple(entries), opened_on=dt.date(year, 1, 1), closed_on=dt.date(year, 12, 31))
    printed = signer or (leader.full_name if leader else None)
    return k.mediation_log(app.unit, log, leader=printed, date=date)


def _mediation_statistics_document(app: Any, *, year: int, signer: str | None, number: int | None,
                                   date: dt.date | None, period: str | None = None) -> Document:
    """The team's statistics report for ``year``, or for ``period`` (a month ``2026-07`` or a quarter
    ``2026-Q3``, given as the record id) — the cases received in it, each by its current state, as
    ``sothon mediation stats --period`` —, signed by the team leader like the log book. A period that has
    not begun is refused (``mediation_period_not_begun``)."""
    from desktop_app.domain.mediation import Period
    from desktop_app.services import mediation

    with app.uow() as uow:
        team, leader = _team_leader(uow)
        if signer is not None and (leader is None or app.profile is None or leader.profile_id != app.profile.id):
            raise SothonError("document_signer_not_team_leader", kind=KINDS[k.MEDIATION_STATISTICS].title,
                              profile=app.profile.display_name if app.profile else "",
                              leader=leader.full_name if leader else "……")
        period = Period.parse(period or str(year))
        if period.start > vn_today():
            raise ValidationError("mediation_period_not_begun", field="period", value=period.code,
                                  start=period.start.strftime("%d/%m/%Y"))
        stats = mediation.case_statistics(uow, period)
    r = mediation.rules(period.end)

    def row(label: str, f: Any) -> k.StatisticsRow:
        return k.StatisticsRow(label, f.received, f.successful, f.unsuccessful, f.terminated, f.referred,
                               f.in_progress, f.success_rate)

    team_name = team.name if fold(app.unit.name) in fold(team.name) else f"{team.name} {texts.in_text(app.unit.name)}"
    report = k.MediationReport(period_label=texts.period_words(period.code), start=period.start, end=period.end, team_name=team_name,
                               rows=tuple(row(r.group_label(g), f) for g, f in stats.by_type.items()),
                               total=row("Tổng số", stats.total), number=number)
    printed = signer or (leader.full_name if leader else None)
    return k.mediation_statistics(app.unit, report, leader=printed, date=date)


def render(source: Any, kind: str, *, record_id: str | None = None, on: dt.date | None = None,
           year: int | None = None, doc_id: str | None = None, signer: str | None = None,
           number: int | None = None, date: dt.date | None = None, election: Election | None = None,
           anchors: list | None = None, cosigner: str | None = None, deputy_title: str | None = None) -> bytes:
    """One document as PDF bytes. ``source`` is an ``App`` or a DB-API connection; ``doc_id`` the
    document's UUID for the footer QR code (a new one when not given); ``anchors`` receives where its
    signature spaces were drawn (``layout.SignatureSpace``); the rest as in ``build``."""
    doc = build(source, kind, record_id=record_id, on=on, year=year, signer=signer, number=number, date=date,
                election=election, cosigner=cosigner, deputy_title=deputy_title)
    return render_pdf(doc, doc_id=doc_id or str(uuid.uuid4()), anchors=anchors)


def signer_space(anchors: list, anchor: str = SIGNER) -> Any:
    """The signing profile's space for the signature among a render's ``anchors`` (the last one drawn, if a
    document repeats it), or None; ``anchor=COSIGNER`` for the second signer's."""
    return next((a for a in reversed(anchors) if a.anchor == anchor), None)


def write(path: Path | str, pdf: bytes) -> Path:
    """Write PDF bytes atomically (the whole file or the old one); ``file_unwritable`` on failure."""
    path = Path(path)
    try:
        return write_atomic(path, pdf)
    except OSError as exc:
        raise SothonError("file_unwritable", path=str(path), detail=exc.strerror or str(exc)) from exc


def _specimen_case(app: Any, kind: str, acting: Any) -> tuple[str, bool] | None:
    """A case for a mediation paper's specimen: (its id, whether ``acting`` mediates it), preferring one
    the acting profile mediates; None without an ``App`` or without a case of that outcome."""
    if not hasattr(app, "uow"):
        return None
    from desktop_app.domain.mediation import CaseStatus
    from desktop_app.services import mediation

    with app.uow() as uow:
        mine = {m.id for t in mediation.list_teams(uow) for m in t.members
                if acting is not None and m.profile_id == acting.id}
        found = None
        for row in mediation.list_cases(uow, status=CaseStatus(_MEDIATION_KINDS[kind])):
            view = mediation.get_case(uow, row.id, viewer=acting)
            if view.restricted:
                continue
            if any(m["member_id"] in mine for m in view.mediators):
                return row.id, True
            found = found or (row.id, False)
    return found


def render_specimens(source: Any, out_dir: Path | str, *, on: dt.date | None = None,
                     acting: Any = None, spaces: dict[str, Any] | None = None,
                     drafts: set[str] | None = None) -> list[Path]:
    """One PDF of every kind, ``<kind>.pdf`` in ``out_dir``, from the data directory's data.

    Reads the register once; the household card shows the first household by number, the mediation
    papers a case with their outcome (each skipped when there is none). ``acting`` (a ``ProfileInfo``)
    is printed as the signer of the kinds its role signs — of a mediation paper only when it mediates
    the case; ``drafts`` receives the kinds whose printed signer is someone else, which must stay
    unsigned; ``spaces`` receives, per kind, the signing profile's space for the signature
    (``signer_space``).
    """
    out = Path(out_dir)
    on = on or vn_today()
    with _connection(source) as conn:
        data = load_unit(conn)
    written = []
    for kind in KINDS:
        if not KINDS[kind].made_in(data.unit.kind):
            continue
        if kind in (k.MEDIATION_LOG, k.MEDIATION_STATISTICS):
            if not hasattr(source, "uow"):
                continue
            with source.uow() as uow:
                try:
                    _team, leader = _team_leader(uow)
                except ValidationError:
                    continue
            leads = leader is not None and acting is not None and leader.profile_id == acting.id
            if not leads and drafts is not None:
                drafts.add(kind)
            make = _mediation_log_document if kind == k.MEDIATION_LOG else _mediation_statistics_document
            extra = {} if kind == k.MEDIATION_LOG else {"number": None}
            doc = make(source, year=on.year, date=on, signer=acting.display_name if leads else None, **extra)
            anchors = []
            written.append(write(out / f"{kind}.pdf", render_pdf(doc, doc_id=str(uuid.uuid4()), anchors=anchors)))
            if spaces is not None:
                spaces[kind] = signer_space(anchors)
            continue
        if kind in (k.SECURITY_REPORT, k.COMMUNE_REPORT) or kind in _SECURITY_YEAR_KINDS:
            if not hasattr(source, "uow"):
                continue
            heads = acting is not None and acting.role is signer_role(kind, data.unit.kind)
            if not heads and drafts is not None:
                drafts.add(kind)
            doc = build(source, kind, on=on, date=on, signer=acting.display_name if heads else None)
            anchors = []
            written.append(write(out / f"{kind}.pdf", render_pdf(doc, doc_id=str(uuid.uuid4()), anchors=anchors)))
            if spaces is not None:
                spaces[kind] = signer_space(anchors)
            continue
        if kind in _MEDIATION_KINDS:
            case = _specimen_case(source, kind, acting)
            if case is None:
                continue
            case_id, mediates = case
            if not mediates and drafts is not None:
                drafts.add(kind)
            doc = _mediation_document(source, kind, case_id, number=None, date=on,
                                      signer=acting.display_name if mediates else None)
            anchors = []
            written.append(write(out / f"{kind}.pdf", render_pdf(doc, doc_id=str(uuid.uuid4()), anchors=anchors)))
            if spaces is not None:
                spaces[kind] = signer_space(anchors)
            continue
        record_id = None
        if kind in _MEETING_KINDS:
            record_id = _latest_meeting(source, kind, acting)
        if kind == k.HOUSEHOLD_CARD:
            if not data.households:
                continue
            record_id = data.households[0].id
        signer, deputy = None, None
        if acting is not None and acting.role is signer_role(kind, data.unit.kind):
            signer = acting.display_name
        elif acting is not None and hasattr(source, "uow") and signed_as(kind, data.unit, "") is not None:
            deputy = _deputy_title(source, kind, acting, on)
            signer = acting.display_name if deputy else None
        if signer is None and drafts is not None:
            drafts.add(kind)
        if kind in meeting_papers.KINDS:
            doc = _on_behalf(meeting_papers.specimen(source, data, kind, acting=acting, on=on, signer=signer),
                             data.unit, kind, signer, deputy)
        elif kind in _MEETING_KINDS and record_id:
            doc = _meeting_document(source, kind, record_id, signer=signer, number=None, date=None, cosigner=None)
        else:
            doc = document_for(data, kind, record_id=record_id if kind == k.HOUSEHOLD_CARD else None, on=on,
                               date=on, signer=signer, deputy_title=deputy)
        anchors: list = []
        written.append(write(out / f"{kind}.pdf", render_pdf(doc, doc_id=str(uuid.uuid4()), anchors=anchors)))
        if spaces is not None:
            spaces[kind] = signer_space(anchors)
    return written
