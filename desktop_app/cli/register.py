"""The household register: ``stats``, ``search``, ``households …``, ``reminders``, ``resident``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_app import i18n
from desktop_app.cli.common import Commands, UsageError, opened
from desktop_app.domain.clock import VN_TZ, vn_today
from desktop_app.i18n import tr


def add_commands(commands: Commands) -> None:
    commands.add("stats", tr("count the records"), cmd_stats)

    c = commands.add("search", tr("find residents by name or personal ID number"), cmd_search)
    c.add_argument("query")
    c.add_argument("--limit", type=int, default=20)
    c.add_argument("--all", action="store_true", help=tr("include people who died or moved away"))

    c = commands.add("households", tr("the household register: import, export, template, list"), json_flag=False)
    households = commands.nested(c, "households_command")
    h = households.add("import", tr("import households and residents from .xlsx or .csv"), cmd_households_import)
    h.add_argument("file")
    h.add_argument("--dry-run", action="store_true", help=tr("check and count, write nothing"))
    h = households.add("export", tr("export the register to .xlsx"), cmd_households_export)
    h.add_argument("file")
    h = households.add("template", tr("write a blank import template (.xlsx)"), cmd_households_template)
    h.add_argument("file")
    households.add("list", tr("list households"), cmd_households_list)

    c = commands.add("reminders", tr("temporary residences that expire soon"), cmd_reminders)
    c.add_argument("--days", type=int, default=30, help=tr("how many days ahead (default 30)"))

    c = commands.add("resident", tr("show one resident with the history of their record"), cmd_resident)
    c.add_argument("id")


def resident_json(v) -> dict:  # noqa: ANN001 — ResidentView
    return {
        "id": v.id,
        "full_name": v.full_name,
        "birth_date": v.birth_date.iso() if v.birth_date else None,
        "sex": v.sex.value,
        "personal_id": v.personal_id,
        "household_id": v.household_id,
        "household_no": v.household_no,
        "relation": v.relation.value,
        "residence_type": v.residence_type.value,
        "residence_from": v.residence_from,
        "residence_to": v.residence_to,
        "status": v.status.value,
        "status_date": v.status_date,
        "phone": v.phone,
        "unit_code": v.unit_code,
    }


def cmd_stats(args) -> tuple[dict, str]:
    from desktop_app.services.register import stats

    with opened(args) as app:
        with app.uow() as uow:
            s = stats(uow)
            commune = app.unit is not None and app.unit.kind.value == "commune"
            if commune:  # the commune's overview: each hamlet's figures from the bundles it sent
                from desktop_app.services.commune_overview import by_unit

                units = by_unit(uow)
    doc = {"households": s.households, "residents": s.residents, "residents_by_residence_type": s.by_residence_type,
           "residents_by_sex": s.by_sex, "former_residents": s.former_residents, "deleted_residents": s.deleted,
           "unit": app.unit.code if app.unit else None}
    if commune:
        doc["by_unit"] = units
    return doc, tr("{households} households, {residents} residents.", households=i18n.format_number(s.households),
                   residents=i18n.format_number(s.residents))


def cmd_search(args) -> tuple[Any, str]:
    from desktop_app.services.search import search_residents

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    with opened(args) as app:
        with app.uow() as uow:
            found = search_residents(uow, args.query, limit=args.limit, include_former=args.all)
    lines = [f"{v.full_name}\t{v.birth_date.display() if v.birth_date else ''}\t{v.personal_id or ''}\t"
             + tr("household {number}", number=v.household_no) for v in found]
    return [resident_json(v) for v in found], "\n".join(lines) or tr("Nobody found.")


def cmd_households_template(args) -> tuple[Any, str]:
    from desktop_app.services import spreadsheet

    path = spreadsheet.write_template(Path(args.file))
    return {"file": str(path)}, tr("Template written to {path}.", path=path)


def cmd_households_import(args) -> tuple[Any, str]:
    from desktop_app.services import spreadsheet

    with opened(args) as app:
        with app.uow() as uow:
            preview = spreadsheet.preview_import(uow, Path(args.file))
            preview.raise_if_invalid()  # a dry run reports the bad rows too
            counts = preview.counts()
            if not args.dry_run:
                spreadsheet.apply_import(uow, preview)
                uow.commit()
    doc = {"file": str(Path(args.file)), "dry_run": args.dry_run, **counts}
    text = tr("{new} new, {changed} changed, {unchanged} unchanged residents; {households_new} new"
              " households.", **counts)
    if args.dry_run:
        text += " " + tr("Nothing was written (--dry-run).")
    return doc, text


def cmd_households_export(args) -> tuple[Any, str]:
    from desktop_app.services import spreadsheet

    with opened(args) as app:
        with app.uow() as uow:
            n = spreadsheet.export_register(uow, Path(args.file))
    return {"file": str(Path(args.file)), "residents": n}, tr(
        "Exported {count} residents to {path}.", count=n, path=args.file)


def cmd_households_list(args) -> tuple[Any, str]:
    from desktop_app.services.register import list_households

    with opened(args) as app:
        with app.uow() as uow:
            rows = list_households(uow)
    doc = [{"id": h.id, "number": h.number, "address": h.address, "head_id": h.head_id,
            "head_name": h.head_name, "members": h.member_count, "unit_code": h.unit_code} for h in rows]
    return doc, "\n".join(f"{h.number}\t{h.head_name or ''}\t{h.member_count}\t{h.address or ''}" for h in rows)


def cmd_reminders(args) -> tuple[Any, str]:
    from desktop_app.services.register import expiring_temporary_residents

    if args.days < 0:
        raise UsageError("--days must not be negative")
    with opened(args) as app:
        with app.uow() as uow:
            due = expiring_temporary_residents(uow, today=vn_today(), within_days=args.days)
    lines = [tr("{name} (household {number}): temporary residence ends {date}", name=v.full_name,
                number=v.household_no, date=i18n.format_date(v.residence_to)) for v in due]
    return ([resident_json(v) for v in due],
            "\n".join(lines) or tr("No temporary residence ends within {days} days.", days=args.days))


def cmd_resident(args) -> tuple[Any, str]:
    from desktop_app.services.register import get_resident, resident_events

    with opened(args) as app:
        with app.uow() as uow:
            v = get_resident(uow, args.id)
            events = resident_events(uow, v.id)
            audit = uow.history(v.id)
    doc = resident_json(v) | {
        "events": [{"kind": e.kind, "date": e.on_date, "details": e.details} for e in events],
        "audit": [{"at": a.at, "profile": a.profile, "action": a.action, "changes": a.changes} for a in audit],
    }
    lines = [f"{v.full_name} ({v.birth_date.display() if v.birth_date else ''})"]
    for a in audit:
        changes = json.dumps(a.changes, ensure_ascii=False)
        lines.append(f"{a.at.astimezone(VN_TZ):%d/%m/%Y %H:%M} {a.profile} {a.action} {changes}")
    return doc, "\n".join(lines)
