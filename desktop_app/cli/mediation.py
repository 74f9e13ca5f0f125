"""Grassroots mediation: ``mediation list | show | create | transition | stats | teams | team-add | member-add``."""

from __future__ import annotations

from typing import Any

from desktop_app import i18n
from desktop_app.cli.common import Commands, UsageError, opened, parse_day, read_json
from desktop_app.domain.errors import SothonError
from desktop_app.i18n import tr

STATUSES = ("received", "assigned", "in_progress", "successful", "unsuccessful", "terminated", "referred")
STEPS = ("assign", "refer", "session", "close", "follow_up", "escalate")


def add_commands(commands: Commands) -> None:
    c = commands.add("mediation", tr("grassroots mediation: teams, cases, statistics"), json_flag=False)
    m = commands.nested(c, "mediation_command")
    h = m.add("list", tr("list the mediation cases, newest first"), cmd_list)
    h.add_argument("--status", choices=STATUSES)
    h.add_argument("--year", type=int)
    h.add_argument("--overdue", action="store_true", help=tr("only cases with an overdue flag"))
    h = m.add("show", tr("show one case as the acting profile may see it"), cmd_show)
    h.add_argument("id")
    h = m.add("create", tr("record a case received by the team, from a JSON file"), cmd_create)
    h.add_argument("--from", dest="source", required=True, help=tr("the case as JSON (- for standard input)"))
    h = m.add("transition", tr("take one step of a case's lifecycle, from a JSON file"), cmd_transition)
    h.add_argument("id")
    h.add_argument("step", choices=STEPS)
    h.add_argument("--from", dest="source", required=True, help=tr("the step as JSON (- for standard input)"))
    h = m.add("stats", tr("statistics of the cases received in a period"), cmd_stats)
    h.add_argument("--period", required=True, help=tr("a year (2026), a quarter (2026-Q3) or a month (2026-07)"))
    m.add("teams", tr("the mediation teams, their mediators and warnings"), cmd_teams)
    h = m.add("team-add", tr("add a mediation team"), cmd_team_add)
    h.add_argument("--name", required=True)
    h.add_argument("--decision-number", help=tr("number of the commune's recognition decision"))
    h.add_argument("--decision-date", help=tr("date of the decision (dd/mm/yyyy)"))
    h.add_argument("--term-from")
    h.add_argument("--term-to")
    h = m.add("member-add", tr("add a mediator to a team: a resident, or an outsider by name"), cmd_member_add)
    h.add_argument("--team", required=True)
    h.add_argument("--resident", help=tr("the resident's id in the register"))
    h.add_argument("--name")
    h.add_argument("--sex", choices=("male", "female"))
    h.add_argument("--birth-year", type=int)
    h.add_argument("--address")
    h.add_argument("--ethnicity")
    h.add_argument("--leader", action="store_true", help=tr("the team leader (the current leader stays a member)"))
    h.add_argument("--profile-name", help=tr("the profile this mediator signs in with"))
    h.add_argument("--recognised-number", help=tr("number of the decision recognising the mediator"))
    h.add_argument("--recognised-on")


def _read_json(source: str) -> Any:
    return read_json(source, "mediation_input_invalid")


def row_json(r) -> dict:  # CaseRow
    return {"id": r.id, "number": r.number, "received_on": r.received_on, "type": r.type_group,
            "subtype": r.case_type, "status": r.status.value, "confidential": r.confidential, "overdue": r.overdue,
            "performance": r.performance.value if r.performance else None, "team_id": r.team_id,
            "version": r.version}


def case_json(v) -> dict:  # CaseView
    doc = row_json(v.row) | {"restricted": v.restricted}
    if v.restricted:
        return doc
    a = v.agreement
    return doc | {
        "start_ground": v.start_ground, "summary": v.summary, "place": v.place, "urgent": v.urgent,
        "start_agreed_otherwise": v.start_agreed_otherwise, "note": v.note,
        "parties": [{"id": p.id, "position": p.position, "kind": p.kind.value, "full_name": p.full_name,
                     "birth_year": p.birth_year, "address": p.address, "resident_id": p.resident_id,
                     "position_text": p.claim} for p in v.parties],
        "mediators": v.mediators, "sessions": v.sessions,
        "agreement": None if a is None else {
            "agreed_on": a.agreed_on, "content": a.content, "document_wanted": a.document_wanted,
            "obligations": [{"party": o.party_position, "party_id": o.party_id, "text": o.text, "method": o.method,
                             "deadline": o.deadline} for o in a.obligations]},
        "follow_ups": v.follow_ups, "escalation": v.escalation, "referral": v.referral, "closed_on": v.closed_on,
        "close_reason": v.close_reason, "allowed_steps": v.allowed_steps, "timeline": v.timeline,
    }


def _row_text(r) -> str:
    flags = f"  [{', '.join(r.overdue)}]" if r.overdue else ""
    return f"{r.number}\t{i18n.format_date(r.received_on)}\t{r.case_type}\t{r.status.value}{flags}"


def cmd_list(args) -> tuple[Any, str]:
    from desktop_app.domain.mediation import CaseStatus
    from desktop_app.services.mediation import list_cases

    with opened(args) as app, app.uow() as uow:
        rows = list_cases(uow, status=CaseStatus(args.status) if args.status else None, year=args.year,
                          overdue_only=args.overdue)
    return [row_json(r) for r in rows], "\n".join(_row_text(r) for r in rows) or tr("No mediation case.")


def _case_text(v) -> str:
    lines = [_row_text(v.row)]
    if v.restricted:
        lines.append(tr("Confidential: only its mediators and the team leader see the parties and the content."))
        return "\n".join(lines)
    lines += [f"  {p.position}. {p.full_name}" for p in v.parties]
    lines += [f"  {i18n.format_date(e['on'])}  {e['kind']}  {e['detail'] or ''}" for e in v.timeline]
    return "\n".join(lines)


def cmd_show(args) -> tuple[Any, str]:
    from desktop_app.services.mediation import get_case

    with opened(args) as app, app.uow() as uow:
        v = get_case(uow, args.id, viewer=app.profile)
    return case_json(v), _case_text(v)


def cmd_create(args) -> tuple[Any, str]:
    from desktop_app.services.mediation import case_input_from_json, create_case

    data = case_input_from_json(_read_json(args.source))
    with opened(args) as app, app.uow() as uow:
        v = create_case(uow, data, viewer=app.profile)
        uow.commit()
    return case_json(v), tr("Case {number} recorded.", number=v.row.number)


def cmd_transition(args) -> tuple[Any, str]:
    from desktop_app.domain.mediation import Step
    from desktop_app.services.mediation import apply_step

    doc = _read_json(args.source)
    with opened(args) as app, app.uow() as uow:
        v = apply_step(uow, args.id, Step(args.step), doc, viewer=app.profile)
        uow.commit()
    return case_json(v), tr("Case {number} is now {status}.", number=v.row.number, status=v.row.status.value)


def stats_json(s) -> dict:  # Statistics
    return {"period": s.period.code, "from": s.period.start, "to": s.period.end, **s.total.as_dict(),
            "by_type": {k: f.as_dict() for k, f in s.by_type.items()}}


def cmd_stats(args) -> tuple[Any, str]:
    from desktop_app.domain.mediation import Period
    from desktop_app.services.mediation import case_statistics

    period = Period.parse(args.period)
    with opened(args) as app, app.uow() as uow:
        s = case_statistics(uow, period)
    t = s.total
    rate = "—" if t.success_rate is None else i18n.format_number(100 * t.success_rate, 1) + " %"
    text = tr("{period}: {received} received, {successful} successful, {unsuccessful} unsuccessful, {terminated}"
              " terminated, {referred} referred, {in_progress} in progress; success rate {rate} of {denominator}.",
              period=period.code, rate=rate, denominator=t.success_denominator,
              **{k: v for k, v in t.as_dict().items() if isinstance(v, int) and k != "success_rate_denominator"})
    return stats_json(s), text


def team_json(t) -> dict:  # TeamView
    return {"id": t.id, "name": t.name, "decision_number": t.decision_number, "decision_date": t.decision_date,
            "term_from": t.term_from, "term_to": t.term_to, "warnings": t.warnings, "version": t.version,
            "members": [member_json(m) for m in t.members]}


def member_json(m) -> dict:  # MemberView
    return {"id": m.id, "full_name": m.full_name, "sex": m.sex, "birth_year": m.birth_year, "address": m.address,
            "ethnicity": m.ethnicity, "role": m.role.value, "resident_id": m.resident_id, "profile_id": m.profile_id,
            "recognised_number": m.recognised_number, "recognised_on": m.recognised_on, "left_on": m.left_on}


def cmd_teams(args) -> tuple[Any, str]:
    from desktop_app.services.mediation import list_teams

    with opened(args) as app, app.uow() as uow:
        teams = list_teams(uow)
    lines = []
    for t in teams:
        lines.append(f"{t.name} ({len(t.members)})" + (f"  [{', '.join(t.warnings)}]" if t.warnings else ""))
        lines += [f"  {m.full_name}\t{m.role.value}" for m in t.members]
    return [team_json(t) for t in teams], "\n".join(lines) or tr("No mediation team yet.")


def cmd_team_add(args) -> tuple[Any, str]:
    from desktop_app.services.mediation import create_team

    with opened(args) as app, app.uow() as uow:
        t = create_team(uow, name=args.name, decision_number=args.decision_number,
                        decision_date=parse_day(args.decision_date), term_from=parse_day(args.term_from),
                        term_to=parse_day(args.term_to))
        uow.commit()
    return team_json(t), tr("Team {name} added.", name=t.name)


def cmd_member_add(args) -> tuple[Any, str]:
    from desktop_app.domain.mediation import MemberRole
    from desktop_app.services.mediation import add_member

    if not args.resident and not args.name:
        raise UsageError("give --resident ID or --name NAME")
    with opened(args) as app:
        profile_id = None
        if args.profile_name:
            found = [p for p in app.profiles() if p.name == args.profile_name]
            if not found:
                raise SothonError("profile_unknown", profile=args.profile_name)
            profile_id = found[0].id
        with app.uow() as uow:
            m = add_member(uow, team_id=args.team, role=MemberRole.LEADER if args.leader else MemberRole.MEMBER,
                           resident_id=args.resident, full_name=args.name, sex=args.sex, birth_year=args.birth_year,
                           address=args.address, ethnicity=args.ethnicity, profile_id=profile_id,
                           recognised_number=args.recognised_number, recognised_on=parse_day(args.recognised_on))
            uow.commit()
    return member_json(m), tr("{name} added to the team.", name=m.full_name)
