"""Meetings: ``meetings list | show | create | checklist | kinds | members | member-add | member-set | delete |
restore | trash``."""

from __future__ import annotations

from typing import Any

from desktop_app import i18n
from desktop_app.cli.common import Commands, opened, parse_day, read_json
from desktop_app.domain.clock import vn_today
from desktop_app.i18n import tr

KINDS = ("hamlet_meeting", "party_cell_regular", "party_cell_thematic", "security_order", "mediation_team", "other")
MEMBERSHIPS = ("full", "probationary")
STANDINGS = ("active", "attached_elsewhere", "exempt", "on_leave", "suspended")


def add_commands(commands: Commands) -> None:
    c = commands.add("meetings", tr("hamlet meetings and party cell meetings: minutes, votes, tasks"),
                     json_flag=False)
    m = commands.nested(c, "meetings_command")
    h = m.add("list", tr("list the meetings the acting profile may see, newest first"), cmd_list)
    h.add_argument("--kind", choices=KINDS)
    h.add_argument("--year", type=int)
    h = m.add("show", tr("show one meeting: attendance, votes with their results, tasks"), cmd_show)
    h.add_argument("id")
    h = m.add("create", tr("record a whole meeting from a JSON file (refused whole when any rule fails)"),
              cmd_create)
    h.add_argument("--from", dest="source", required=True, help=tr("the meeting as JSON (- for standard input)"))
    h = m.add("checklist", tr("the open tasks of the earlier meetings of a body, to review at its next meeting"),
              cmd_checklist)
    h.add_argument("--kind", choices=KINDS, required=True)
    h.add_argument("--date", help=tr("the date of the next meeting (dd/mm/yyyy; default today)"))
    m.add("kinds", tr("the meeting kinds and their default agendas"), cmd_kinds)
    h = m.add("members", tr("the party cell's members (party profiles only)"), cmd_members)
    h.add_argument("--all", action="store_true", help=tr("also those who left the cell"))
    h = m.add("member-add", tr("add a member to the party cell: a resident, or by name"), cmd_member_add)
    h.add_argument("--resident", help=tr("the resident's id in the register"))
    h.add_argument("--name")
    h.add_argument("--sex", choices=("male", "female"))
    h.add_argument("--birth-year", type=int)
    h.add_argument("--membership", choices=MEMBERSHIPS, default="full")
    h.add_argument("--standing", choices=STANDINGS, default="active")
    h.add_argument("--admitted-on", help=tr("date of admission to the party (dd/mm/yyyy)"))
    h.add_argument("--official-on", help=tr("date of official membership (dd/mm/yyyy)"))
    h.add_argument("--cell-role", choices=("secretary", "deputy_secretary", "committee_member"))
    h = m.add("delete", tr("move a meeting recorded by mistake to the trash (restorable)"), cmd_delete)
    h.add_argument("id")
    h = m.add("restore", tr("bring a meeting back from the trash"), cmd_restore)
    h.add_argument("id")
    m.add("trash", tr("the meetings in the trash, the last deleted first"), cmd_trash)
    h = m.add("member-set", tr("change a party member's membership, standing or dates"), cmd_member_set)
    h.add_argument("id")
    h.add_argument("--membership", choices=MEMBERSHIPS)
    h.add_argument("--standing", choices=STANDINGS)
    h.add_argument("--official-on")
    h.add_argument("--left-on", help=tr("the date the member left the cell"))


def _read_json(source: str) -> Any:
    return read_json(source, "meeting_input_invalid")


def row_json(r) -> dict:  # MeetingRow
    return {"id": r.id, "kind": r.kind, "date": r.date, "title": r.title, "body": r.body.value,
            "number": r.number, "status": r.status.value, "party": r.party, "version": r.version}


def task_json(t) -> dict:  # TaskView
    return {"id": t.id, "meeting_id": t.meeting_id, "text": t.text, "owner": t.owner_name,
            "owner_resident_id": t.owner_resident_id, "owner_member_id": t.owner_member_id, "deadline": t.deadline,
            "state": t.state.value, "carried_from_id": t.carried_from_id, "reviewed_in_id": t.reviewed_in_id,
            "review_note": t.review_note}


def meeting_json(v) -> dict:  # MeetingView
    c = v.counts
    return row_json(v.row) | {
        "start": v.start.strftime("%H:%M") if v.start else None, "end": v.end.strftime("%H:%M") if v.end else None,
        "place": v.place, "chair": v.chair, "chair_title": v.chair_title, "secretary": v.secretary,
        "households_total": v.households_total, "agenda": v.agenda,
        "attendance": c.as_dict(), "attendance_rate": c.rate, "attendance_warning": v.attendance_warning,
        "repeated_absentees": v.repeated_absentees,
        "attendees": [{"id": a.id, "name": a.name, "status": a.status.value, "reason": a.reason,
                       "member_id": a.member_id, "household_id": a.household_id, "resident_id": a.resident_id}
                      for a in v.attendance],
        "voters_present": v.voters_present, "vote_denominator": v.vote_denominator,
        "speeches": [{"speaker": s["speaker"], "summary": s["summary"]} for s in v.speeches],
        "votes": [{"motion": x.motion, "resolution": x.is_resolution, "in_favour": x.result.in_favour,
                   "against": x.result.against, "abstain": x.result.abstain, "denominator": x.result.denominator,
                   "voters_present": x.result.voters_present, "in_favour_share": x.result.share(x.result.in_favour),
                   "passed": x.result.passed} for x in v.votes],
        "conclusion": v.conclusion, "resolution": v.resolution, "grade": v.grade,
        "tasks": [task_json(t) for t in v.tasks], "reviewed_tasks": [task_json(t) for t in v.reviewed],
    }


def _row_text(r) -> str:
    return f"{r.number}\t{i18n.format_date(r.date)}\t{r.kind}\t{r.title}"


def cmd_list(args) -> tuple[Any, str]:
    from desktop_app.services.meetings import list_meetings

    with opened(args) as app, app.uow() as uow:
        rows = list_meetings(uow, viewer=app.profile, kind=args.kind, year=args.year)
    return [row_json(r) for r in rows], "\n".join(_row_text(r) for r in rows) or tr("No meeting.")


def _meeting_text(v) -> str:
    c = v.counts
    rate = "—" if c.rate is None else i18n.format_number(100 * c.rate, 1) + " %"
    lines = [_row_text(v.row), tr("Present {present} of {expected} expected ({rate}); {guests} guests.",
                                  present=c.present, expected=c.expected, rate=rate, guests=c.guests)]
    for x in v.votes:
        lines.append(f"  {x.motion}: {x.result.in_favour}/{x.result.denominator} "
                     + (tr("passed") if x.result.passed else tr("not passed")))
    lines += [f"  [{t.state.value}] {t.text} — {t.owner_name}" for t in v.tasks]
    return "\n".join(lines)


def cmd_show(args) -> tuple[Any, str]:
    from desktop_app.services.meetings import get_meeting

    with opened(args) as app, app.uow() as uow:
        v = get_meeting(uow, args.id, viewer=app.profile)
    return meeting_json(v), _meeting_text(v)


def cmd_create(args) -> tuple[Any, str]:
    from desktop_app.services.meetings import create_meeting, meeting_input_from_json

    data = meeting_input_from_json(_read_json(args.source))
    with opened(args) as app, app.uow() as uow:
        v = create_meeting(uow, data, viewer=app.profile)
        uow.commit()
    return meeting_json(v), tr("Meeting {number} recorded.", number=v.row.number)


def cmd_checklist(args) -> tuple[Any, str]:

    from desktop_app.services.meetings import open_tasks, rules

    on = parse_day(args.date) or vn_today()
    with opened(args) as app, app.uow() as uow:
        tasks = open_tasks(uow, viewer=app.profile, body=rules(on).kind(args.kind).body, before=on)
    return [task_json(t) for t in tasks], "\n".join(f"[ ] {t.text} — {t.owner_name}" for t in tasks) or tr(
        "No open task.")


def cmd_kinds(args) -> tuple[Any, str]:
    from desktop_app.services.meetings import rules

    r = rules()
    doc = [{"code": k.code, "body": k.body.value, "party": k.party, "label": k.label, "voters": k.voters.value,
            "legal_basis": k.legal_basis, "agenda": list(k.agenda)} for k in r.kinds]
    return doc, "\n".join(f"{k.code}\t{k.label}" for k in r.kinds)


def member_json(m) -> dict:  # MemberView
    return {"id": m.id, "full_name": m.full_name, "sex": m.sex, "birth_year": m.birth_year,
            "membership": m.membership.value, "standing": m.standing.value, "admitted_on": m.admitted_on,
            "official_on": m.official_on, "cell_role": m.cell_role, "resident_id": m.resident_id,
            "left_on": m.left_on, "version": m.version}


def cmd_members(args) -> tuple[Any, str]:
    from desktop_app.services.meetings import list_members

    with opened(args) as app, app.uow() as uow:
        members = list_members(uow, viewer=app.profile, include_left=args.all)
    return [member_json(m) for m in members], "\n".join(
        f"{m.full_name}\t{m.membership.value}\t{m.standing.value}" for m in members) or tr("No party member yet.")


def cmd_member_add(args) -> tuple[Any, str]:
    from desktop_app.cli.common import UsageError
    from desktop_app.services.meetings import add_member

    if not args.resident and not args.name:
        raise UsageError("give --resident ID or --name NAME")
    with opened(args) as app, app.uow() as uow:
        m = add_member(uow, viewer=app.profile, resident_id=args.resident, full_name=args.name, sex=args.sex,
                       birth_year=args.birth_year, membership=args.membership, standing=args.standing,
                       admitted_on=parse_day(args.admitted_on), official_on=parse_day(args.official_on),
                       cell_role=args.cell_role)
        uow.commit()
    return member_json(m), tr("{name} added to the party cell.", name=m.full_name)


def cmd_member_set(args) -> tuple[Any, str]:
    from desktop_app.services.meetings import update_member

    values: dict[str, Any] = {}
    if args.membership:
        values["membership"] = args.membership
    if args.standing:
        values["standing"] = args.standing
    if args.official_on:
        values["official_on"] = parse_day(args.official_on)
    if args.left_on:
        values["left_on"] = parse_day(args.left_on)
    with opened(args) as app, app.uow() as uow:
        m = update_member(uow, args.id, viewer=app.profile, **values)
        uow.commit()
    return member_json(m), tr("{name}: changes saved.", name=m.full_name)


def cmd_delete(args) -> tuple[Any, str]:
    from desktop_app.services.meetings import delete_meeting

    with opened(args) as app, app.uow() as uow:
        r = delete_meeting(uow, args.id, viewer=app.profile)
        uow.commit()
    return row_json(r) | {"deleted": True}, tr("Meeting {number} moved to the trash.", number=r.number)


def cmd_restore(args) -> tuple[Any, str]:
    from desktop_app.services.meetings import restore_meeting

    with opened(args) as app, app.uow() as uow:
        r = restore_meeting(uow, args.id, viewer=app.profile)
        uow.commit()
    return row_json(r) | {"deleted": False}, tr("Meeting {number} is back in the book.", number=r.number)


def cmd_trash(args) -> tuple[Any, str]:
    from desktop_app.services.meetings import trash

    with opened(args) as app, app.uow() as uow:
        rows = trash(uow, viewer=app.profile)
    return [row_json(r) | {"deleted": True} for r in rows], "\n".join(_row_text(r) for r in rows) or tr(
        "No meeting in the trash.")
