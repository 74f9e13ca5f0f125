"""Security and order: ``events list | show | create | update | delete | restore | trash``, ``activities list | create | update``, ``assess`` and
``report``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app import i18n
from desktop_app.cli.common import Commands, opened, read_json, read_text
from desktop_app.domain.clock import VN_TZ
from desktop_app.i18n import tr


def add_commands(commands: Commands) -> None:
    c = commands.add("events", tr("the security-order event log"), json_flag=False)
    m = commands.nested(c, "events_command")
    h = m.add("list", tr("list the events, newest first"), cmd_events_list)
    h.add_argument("--year", type=int)
    h = m.add("show", tr("show one event with the people involved"), cmd_events_show)
    h.add_argument("id")
    h = m.add("create", tr("record an event, from a JSON file"), cmd_events_create)
    h.add_argument("--from", dest="source", required=True, help=tr("the event as JSON (- for standard input)"))
    h = m.add("update", tr("follow an event up (status, response, result, report to the police), or correct it"
                           " as a whole from a JSON file"), cmd_events_update)
    h.add_argument("id")
    h.add_argument("--from", dest="source", help=tr("the whole event as JSON, as for create (- for standard input)"))
    h.add_argument("--status")
    h.add_argument("--response")
    h.add_argument("--result")
    h.add_argument("--reported-at", help=tr("when it was reported to the commune police (ISO 8601 with offset)"))
    h.add_argument("--reported-to", help=tr("the police officer or office reported to"))
    h.add_argument("--ended-at", help=tr("when it ended (ISO 8601 with offset)"))

    h = m.add("delete", tr("move an event recorded by mistake to the trash (restorable)"), cmd_events_delete)
    h.add_argument("id")
    h = m.add("restore", tr("bring an event back from the trash"), cmd_events_restore)
    h.add_argument("id")
    m.add("trash", tr("the events in the trash, the last deleted first"), cmd_events_trash)

    c = commands.add("activities", tr("the movement's activities: propaganda, tips, models, hot spots"),
                     json_flag=False)
    m = commands.nested(c, "activities_command")
    h = m.add("list", tr("list the movement's activities, newest first"), cmd_activities_list)
    h.add_argument("--kind")
    h.add_argument("--year", type=int)
    h = m.add("create", tr("record a movement activity, from a JSON file"), cmd_activities_create)
    h.add_argument("--from", dest="source", required=True, help=tr("the activity as JSON (- for standard input)"))
    h = m.add("update", tr("correct a movement activity as a whole, from a JSON file"), cmd_activities_update)
    h.add_argument("id")
    h.add_argument("--from", dest="source", required=True, help=tr("the activity as JSON (- for standard input)"))

    h = commands.add("assess", tr("the yearly assessment against the standard \"safe for security and order\""),
                     cmd_assess)
    h.add_argument("--year", type=int, required=True)
    h.add_argument("--confirm", metavar="CRITERION", help=tr("confirm a criterion's computed status"))
    h.add_argument("--override", metavar="CRITERION", help=tr("override a criterion's status (with --status and"
                                                              " --reason)"))
    h.add_argument("--status", choices=("pass", "fail"))
    h.add_argument("--reason")
    h.add_argument("--out", help=tr("also write the assessment report as a PDF to this file"))
    h.add_argument("--sign", action="store_true", help=tr("sign the report as the acting profile and keep it"))

    h = commands.add("report", tr("the periodic report on security and order to the commune, as a PDF"), cmd_report)
    h.add_argument("--period", required=True, help=tr("a year (2026), a quarter (2026-Q3) or a month (2026-07)"))
    h.add_argument("--out", required=True, help=tr("the PDF file to write"))
    h.add_argument("--sign", action="store_true", help=tr("sign it as the acting profile and keep it"))
    h.add_argument("--narrative-from", dest="narrative", help=tr("a text file with the head's assessment and"
                                                                 " proposals (kept for the period)"))


def _read_json(source: str) -> Any:
    return read_json(source, "security_input_invalid")


def _time(text: str | None, name: str):  # -> dt.datetime | None
    from desktop_app.services.security import _time as parse

    return parse(text, name)


def event_row_json(e) -> dict:  # EventView
    return {"id": e.id, "occurred_at": e.occurred_at, "type": e.type, "severity": e.severity, "status": e.status}


def event_json(e) -> dict:  # EventView
    return event_row_json(e) | {
        "ended_at": e.ended_at, "place": e.place, "category": e.category, "description": e.description,
        "reported_at": e.reported_at, "reported_to": e.reported_to, "responding_force": e.responding_force,
        "response": e.response, "result": e.result, "mediation_case_id": e.mediation_case_id,
        "mediation_case_number": e.mediation_case_number, "note": e.note, "version": e.version,
        "people": [{"position": p.position, "role": p.role, "full_name": p.full_name, "resident_id": p.resident_id,
                    "birth_year": p.birth_year, "address": p.address} for p in e.people]}


def _event_text(e) -> str:
    local = e.occurred_at.astimezone(VN_TZ)
    return f"{i18n.format_date(local.date())} {local:%H:%M}\t{e.type}\t{e.severity}\t{e.status}\t{e.place}"


def cmd_events_list(args) -> tuple[Any, str]:
    from desktop_app.services.security import list_events

    with opened(args) as app, app.uow() as uow:
        rows = list_events(uow, year=args.year)
    return [event_row_json(e) for e in rows], "\n".join(_event_text(e) for e in rows) or tr("No event recorded.")


def cmd_events_show(args) -> tuple[Any, str]:
    from desktop_app.services.security import get_event

    with opened(args) as app, app.uow() as uow:
        e = get_event(uow, args.id)
    lines = [_event_text(e), f"  {e.description}"] + [f"  {p.position}. {p.full_name} ({p.role})" for p in e.people]
    return event_json(e), "\n".join(lines)


def cmd_events_create(args) -> tuple[Any, str]:
    from desktop_app.services.security import event_input_from_json, record_event

    data = event_input_from_json(_read_json(args.source))
    with opened(args) as app, app.uow() as uow:
        e = record_event(uow, data)
        uow.commit()
    return event_json(e), tr("Event recorded.")


def cmd_events_delete(args) -> tuple[Any, str]:
    from desktop_app.services.security import delete_event

    with opened(args) as app, app.uow() as uow:
        e = delete_event(uow, args.id)
        uow.commit()
    return event_json(e) | {"deleted": True}, tr("Event moved to the trash.")


def cmd_events_restore(args) -> tuple[Any, str]:
    from desktop_app.services.security import restore_event

    with opened(args) as app, app.uow() as uow:
        e = restore_event(uow, args.id)
        uow.commit()
    return event_json(e) | {"deleted": False}, tr("Event restored to the log.")


def cmd_events_trash(args) -> tuple[Any, str]:
    from desktop_app.services.security import trash

    with opened(args) as app, app.uow() as uow:
        rows = trash(uow)
    return [event_row_json(e) | {"deleted": True} for e in rows], "\n".join(_event_text(e) for e in rows) or tr(
        "No event in the trash.")


def cmd_events_update(args) -> tuple[Any, str]:
    from desktop_app.cli.common import UsageError
    from desktop_app.services.security import edit_event, event_input_from_json, update_event

    if args.source:
        if any(v is not None for v in (args.status, args.response, args.result, args.reported_at, args.reported_to,
                                       args.ended_at)):
            raise UsageError("give --from or the follow-up options (--status …), not both")
        data = event_input_from_json(_read_json(args.source))
        with opened(args) as app, app.uow() as uow:
            e = edit_event(uow, args.id, data)
            uow.commit()
        return event_json(e), tr("Event updated.")
    with opened(args) as app, app.uow() as uow:
        e = update_event(uow, args.id, status=args.status, response=args.response, result=args.result,
                         reported_at=_time(args.reported_at, "reported_at"), reported_to=args.reported_to,
                         ended_at=_time(args.ended_at, "ended_at"))
        uow.commit()
    return event_json(e), tr("Event updated.")


def activity_json(a) -> dict:  # ActivityView
    return {"id": a.id, "kind": a.kind, "held_on": a.held_on, "title": a.title, "quantity": a.quantity,
            "model_type": a.model_type, "status": a.status, "transformed": a.transformed,
            "transformed_on": a.transformed_on, "note": a.note, "version": a.version}


def _activity_text(a) -> str:
    return "\t".join(str(x) for x in (i18n.format_date(a.held_on), a.kind, a.title or "",
                                      "" if a.quantity is None else a.quantity, a.status or ""))


def cmd_activities_list(args) -> tuple[Any, str]:
    import datetime as dt

    from desktop_app.services.security import list_activities

    start = dt.date(args.year, 1, 1) if args.year else None
    end = dt.date(args.year, 12, 31) if args.year else None
    with opened(args) as app, app.uow() as uow:
        rows = list_activities(uow, kind=args.kind, start=start, end=end)
    return [activity_json(a) for a in rows], "\n".join(_activity_text(a) for a in rows) or tr("No activity recorded.")


def cmd_activities_create(args) -> tuple[Any, str]:
    from desktop_app.services.security import activity_input_from_json, record_activity

    data = activity_input_from_json(_read_json(args.source))
    with opened(args) as app, app.uow() as uow:
        a = record_activity(uow, data)
        uow.commit()
    return activity_json(a), tr("Activity recorded.")


def cmd_activities_update(args) -> tuple[Any, str]:
    from desktop_app.services.security import activity_input_from_json, edit_activity

    data = activity_input_from_json(_read_json(args.source))
    with opened(args) as app, app.uow() as uow:
        a = edit_activity(uow, args.id, data)
        uow.commit()
    return activity_json(a), tr("Activity updated.")


def assessment_json(a) -> dict:  # Assessment
    from desktop_app.services.security import evidence_text

    return {
        "year": a.year, "period": {"from": a.period.start, "to": a.period.end}, "closed": a.closed,
        "has_records": a.has_records, "legal_basis": a.rules.legal_basis, "amended_by": a.rules.amended_by,
        "authority": a.rules.authority,
        "criteria": [{"id": r.criterion.id, "number": r.criterion.number, "title": r.criterion.title,
                      "legal_basis": r.criterion.legal_basis, "status": r.status.value, "computed": r.computed.value,
                      "decision": r.decision,
                      "evidence": [{"provider": e.provider, "code": e.code, "params": e.params, "holds": e.holds,
                                    "records": list(e.records), "text": evidence_text(e)} for e in r.evidence]}
                     for r in a.criteria],
        "result": a.result.value}


def _assessment_text(a) -> str:
    from desktop_app.services.security import evidence_text, status_label

    lines = [tr("Assessment {year}: {start} – {end}", year=a.year, start=i18n.format_date(a.period.start),
                end=i18n.format_date(a.period.end))]
    for r in a.criteria:
        lines.append(f"{r.criterion.number}. [{status_label(r.status)}] {r.criterion.title}")
        lines += [f"     - {evidence_text(e)}" for e in r.evidence]
    lines.append(tr("Result: {status}", status=status_label(a.result)))
    return "\n".join(lines)


def cmd_assess(args) -> tuple[Any, str]:
    from desktop_app.cli.common import UsageError

    if args.confirm and args.override:
        raise UsageError("give --confirm or --override, not both")
    if args.override and not args.status:
        raise UsageError("--override needs --status pass|fail")
    if args.sign and not args.out:
        raise UsageError("--sign needs --out FILE.pdf")
    with opened(args) as app:
        if args.out:  # refused before any decision is kept: a refused command writes nothing
            _check_writable(Path(args.out))
        if args.sign:
            from desktop_app.services import archive

            archive.require_signer(app, "security_assessment")
        a = _decide(app, args)
        doc = assessment_json(a)
        text = _assessment_text(a)
        if args.out:
            doc.update(_write_assessment(app, args, a))
            text += "\n" + tr("Written {path}.", path=doc["file"])
            if doc["kept"]:
                text += "\n" + tr("Signed and kept in the register of issued documents ({id}).", id=doc["kept"])
    return doc, text


def _check_writable(path: Path) -> None:
    import os

    from desktop_app.domain.errors import SothonError

    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir() or not os.access(folder, os.W_OK) or path.is_dir():
        raise SothonError("file_unwritable", path=str(path), detail="no writable folder")


def _write_assessment(app, args, a) -> dict:  # Assessment
    """The report of ``a`` as a PDF at ``--out``, signed and kept with ``--sign`` (the folder was checked before
    any decision was kept)."""
    from desktop_app.services import archive, documents

    if args.sign:
        _pdf, kept = archive.issue(app, "security_assessment", year=a.year, write_to=Path(args.out))
    else:
        kept = None
        documents.write(Path(args.out), documents.render(app, "security_assessment", year=a.year))
    return {"file": str(Path(args.out)), "signed": bool(args.sign), "kept": kept.id if kept else None}


def _decide(app, args):  # -> Assessment
    from desktop_app.domain.security import Status
    from desktop_app.services.security import assess, decide_criterion

    with app.uow() as uow:
        if args.confirm:
            current = assess(uow, year=args.year)
            found = [r for r in current.criteria if r.criterion.id == args.confirm]
            status = found[0].computed if found else Status.PASS
            a = decide_criterion(uow, year=args.year, criterion_id=args.confirm, status=status, reason=args.reason)
            uow.commit()
        elif args.override:
            a = decide_criterion(uow, year=args.year, criterion_id=args.override, status=Status(args.status),
                                 reason=args.reason)
            uow.commit()
        else:
            a = assess(uow, year=args.year)
    return a


def cmd_report(args) -> tuple[Any, str]:
    from desktop_app.services import archive, documents
    from desktop_app.services.security import narrative_for, parse_period, report_figures, save_narrative

    period = parse_period(args.period)
    narrative = read_text(args.narrative) if args.narrative else None
    with opened(args) as app:
        if args.sign:  # a refused signer changes nothing, the narrative included
            archive.require_signer(app, "security_report")
        previous = None
        if narrative is not None:
            with app.uow() as uow:
                previous = narrative_for(uow, period)
                save_narrative(uow, period=period, narrative=narrative)
                uow.commit()
        kept = None
        try:
            if args.sign:
                _pdf, kept = archive.issue(app, "security_report", record_id=period.code, write_to=Path(args.out))
                path = Path(args.out)
            else:
                path = documents.write(Path(args.out),
                                       documents.render(app, "security_report", record_id=period.code))
        except Exception:
            if narrative is not None:  # nothing half-done: the narrative goes back to what it was
                with app.uow() as uow:
                    save_narrative(uow, period=period, narrative=previous)
                    uow.commit()
            raise
        with app.uow() as uow:
            figures = report_figures(uow, period)
    doc = {"file": str(path), "period": figures["period"], "signed": args.sign, "kept": kept.id if kept else None,
           "figures": figures}
    text = tr("Written {path}.", path=path)
    if kept is not None:
        text += "\n" + tr("Signed and kept in the register of issued documents ({id}).", id=kept.id)
    return doc, text
