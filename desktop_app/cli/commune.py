"""Commune mode: ``enroll`` a hamlet from its certificate file, the ``enrolled`` hamlets, ``revoke`` a key,
``import`` their bundles, ``commune report`` the commune's periodic report from them, ``received`` a hamlet's
records as received and ``received-copy`` a document it sent."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop_app.cli.common import Commands, UsageError, opened, parse_day
from desktop_app.domain.clock import VN_TZ, vn_today
from desktop_app.i18n import tr


def add_commands(commands: Commands) -> None:
    c = commands.add("enroll", tr("register a hamlet from its certificate file (commune)"), cmd_enroll)
    c.add_argument("cert")
    c.add_argument("--replace", action="store_true",
                   help=tr("the hamlet's new key: its current key stops counting from --from (default today)"))
    c.add_argument("--from", dest="from_day", metavar="DATE", help=tr("with --replace: the first day the old key"
                                                                      " no longer counts"))

    commands.add("enrolled", tr("the enrolled hamlets and their keys (commune)"), cmd_enrolled)

    c = commands.add("revoke", tr("stop trusting a hamlet's key for bundles signed from a date on (commune)"),
                     cmd_revoke)
    c.add_argument("code", help=tr("the hamlet's unit code"))
    c.add_argument("--from", dest="from_day", metavar="DATE", required=True,
                   help=tr("bundles signed on or after this day are refused; earlier ones stay valid"))
    add_import_commands(commands)

    c = commands.add("commune", tr("the commune's own papers from what its hamlets sent (commune)"), json_flag=False)
    m = commands.nested(c, "commune_command")
    h = m.add("report", tr("the commune's periodic report from its hamlets' figures, as a PDF"), cmd_commune_report)
    h.add_argument("--period", required=True, help=tr("a year (2026), a quarter (2026-Q3) or a month (2026-07)"))
    h.add_argument("--out", required=True, help=tr("the PDF file to write"))
    h.add_argument("--sign", action="store_true", help=tr("sign it as the acting profile and keep it"))

    h = m.add("overview", tr("who has sent what: each hamlet's months received on time, late or missing"),
              cmd_commune_overview)
    h.add_argument("--year", type=int, help=tr("the year (default: this year)"))
    h = m.add("due-day", tr("show or set the day of the next month by which a month's bundle is due"),
              cmd_commune_due_day)
    h.add_argument("day", nargs="?", help=tr("a day from 1 to 28; \"default\" goes back to the default"))

    c = commands.add("received", tr("a hamlet's records as the commune received them, read-only (commune)"),
                     cmd_received)
    c.add_argument("type", help=tr("household, resident, mediation_case, meeting, security_event,"
                                   " security_activity or document"))
    c.add_argument("--unit", required=True, metavar="CODE", help=tr("the hamlet's unit code (sothon enrolled)"))
    c.add_argument("--deleted", action="store_true", help=tr("also the records the hamlet deleted"))
    c.add_argument("--limit", type=int, metavar="N", help=tr("at most N records"))
    c.add_argument("--offset", type=int, default=0, metavar="N", help=tr("skip the first N records"))

    c = commands.add("received-copy", tr("save a copy of a document a hamlet sent (commune)"), cmd_received_copy)
    c.add_argument("id", help=tr("the document's id (sothon received document --unit CODE)"))
    c.add_argument("--out", required=True, metavar="FILE", help=tr("the PDF file to write"))


def _grouped(fingerprint: str | None) -> str:
    from desktop_app.services.credentials import group_fingerprint

    return group_fingerprint(fingerprint) if fingerprint else "—"


def cmd_enroll(args) -> tuple[Any, str]:
    from desktop_app.services import enrolment

    if args.from_day and not args.replace:
        raise UsageError(tr("--from goes with --replace"))
    with opened(args) as app:
        if args.replace:
            doc = enrolment.replace_key(app, args.cert, from_day=parse_day(args.from_day))
        else:
            doc = enrolment.enrol(app, args.cert)
    text = tr("Enrolled {name} ({code}). Compare this fingerprint with the one the hamlet's window shows:\n{fp}",
              name=doc["name"], code=doc["code"], fp=_grouped(doc["fingerprint"]))
    return doc, text


def cmd_enrolled(args) -> tuple[Any, str]:
    from desktop_app.services import enrolment

    with opened(args) as app:
        rows = enrolment.list_enrolled(app)
    if not rows:
        return rows, tr("No hamlet is enrolled yet.")
    lines = []
    for row in rows:
        state = (_grouped(row["fingerprint"]) if row["fingerprint"]
                 else tr("revoked from {day}", day=row["revoked_from"]))
        lines.append(f"{row['code']}  {row['name']}  {state}")
    return rows, "\n".join(lines)


def cmd_revoke(args) -> tuple[Any, str]:
    from desktop_app.services import enrolment

    day = parse_day(args.from_day)
    with opened(args) as app:
        doc = enrolment.revoke(app, args.code, from_day=day)
    return doc, tr("The key of {name} ({code}) no longer counts for bundles signed from {day} on.",
                   name=doc["name"], code=doc["code"], day=doc["revoked_from"])


def add_import_commands(commands: Commands) -> None:
    c = commands.add("import", tr("import hamlets' bundles into the commune's records (commune)"), cmd_import)
    c.add_argument("files", nargs="+", metavar="FILE")
    c.add_argument("--dry-run", action="store_true",
                   help=tr("check each bundle and show what would be added, changed and removed; write nothing"))
    c.add_argument("--receipts", metavar="DIR",
                   help=tr("folder to write the receipts in (default: the receipts folder of the data directory)"))


def _import_line(r: dict) -> str:
    from desktop_app import i18n

    name = r["file"]
    if r["status"] == "rejected":
        return tr("{file}: rejected — {message}", file=name, message=r["message"])
    totals = {k: sum(c[k] for c in r["counts"].values()) for k in ("added", "changed", "removed")}
    if r["status"] == "already_imported":
        line = tr("{file}: already imported, nothing changed.", file=name)
    elif r["dry_run"]:
        line = tr("{file}: would add {added}, change {changed}, remove {removed}.", file=name,
                  **{k: i18n.format_number(v) for k, v in totals.items()})
    else:
        line = tr("{file}: imported — {added} added, {changed} changed, {removed} removed.", file=name,
                  **{k: i18n.format_number(v) for k, v in totals.items()})
    if r["missing_sequences"]:
        line += " " + tr("Bundles not received yet: {numbers}.",
                         numbers=", ".join(str(n) for n in r["missing_sequences"]))
    return line


def cmd_import(args) -> tuple[Any, str]:
    from desktop_app.cli.common import Refusal
    from desktop_app.services import commune_import

    with opened(args) as app:
        results = commune_import.import_files(app, args.files, dry_run=args.dry_run, receipts_dir=args.receipts)
    text = "\n".join(_import_line(r) for r in results)
    if any(r["status"] == "rejected" for r in results):
        raise Refusal(results, text)
    return results, text


def _received_line(kind: str, row: dict) -> str:
    from desktop_app import i18n

    def day(value: str | None) -> str:
        return i18n.format_date(dt.date.fromisoformat(value[:10])) if value else "—"

    hidden = tr("(pseudonymised)")
    if kind == "household":
        return tr("Household {number}: {head}, {members} present — {address}", number=row["number"] or hidden,
                  head=row["head"] or hidden, members=row["members"], address=row["address"] or "—")
    if kind == "resident":
        return f"{row['household_no'] or '—'}  {row['full_name'] or hidden}  {row['birth_year'] or '—'}  " \
               f"{row['sex'] or '—'}  {row['residence_type'] or '—'}  {row['status'] or '—'}"
    if kind == "mediation_case":
        return f"{row['number'] or '—'}  {day(row['received_on'])}  {row['case_type'] or '—'}  {row['status'] or '—'}"
    if kind == "meeting":
        return f"{row['number'] or '—'}  {day(row['date'])}  {row['title'] or row['kind'] or '—'}  {row['status'] or '—'}"
    if kind == "security_event":
        return f"{day(row['occurred_at'])}  {row['type'] or '—'}  {row['severity'] or '—'}  {row['status'] or '—'}"
    if kind == "security_activity":
        return f"{day(row['held_on'])}  {row['kind'] or '—'}  {row['title'] or '—'}  {row['quantity'] or '—'}"
    return f"{row['id']}  {day(row['issued_on'])}  {row['number'] or '—'}  {row['title'] or row['kind'] or '—'}"


def cmd_received(args) -> tuple[Any, str]:
    from desktop_app import i18n
    from desktop_app.services import commune_records
    from desktop_app.services.commune_report import require_commune

    with opened(args) as app:
        require_commune(app)
        with app.uow() as uow:
            doc = commune_records.received(uow, args.unit, args.type, deleted=args.deleted, limit=args.limit,
                                           offset=args.offset)
    lines = [_received_line(args.type, row) + (" " + tr("(deleted)") if row["deleted_at"] else "")
             for row in doc["rows"]]
    head = tr("{shown} of {total} records received from {unit}.", shown=i18n.format_number(len(doc["rows"])),
              total=i18n.format_number(doc["total"]), unit=args.unit)
    return doc, "\n".join([head, *lines])


def cmd_received_copy(args) -> tuple[Any, str]:
    from desktop_app.services import commune_records

    with opened(args) as app:
        path = commune_records.save_document(app, args.id, args.out)
    return {"id": args.id, "file": str(path)}, tr("Saved to {path}.", path=str(path))


def cmd_commune_overview(args) -> tuple[Any, str]:
    from desktop_app.services import commune_overview as ov
    from desktop_app.services.commune_report import require_commune

    year = args.year or vn_today().year
    if not 2000 <= year <= 2100:
        raise UsageError(tr("--year must be a year from 2000 to 2100."))
    with opened(args, unlock=False) as app:
        require_commune(app)
        with app.reader() as conn:
            rows = ov.completeness(conn, year)
            day = ov.due_day(conn)
    hamlets = [{"code": r.code, "name": r.name, "revoked": r.revoked,
                "months": {str(m): s for m, s in enumerate(r.months, start=1)},
                "quarters": {str(q): s for q, s in enumerate(ov.quarters(r), start=1)},
                "missing_months": r.missing_months,
                "late_months": r.late_months,
                "last_sequence": r.last_sequence, "missing_sequences": r.missing_sequences,
                "last_contact": r.last_contact.isoformat() if r.last_contact else None} for r in rows]
    doc = {"year": year, "due_day": day, "hamlets": hamlets,
           "missing": [h["code"] for h in hamlets if h["missing_months"]],
           "late": [h["code"] for h in hamlets if h["late_months"]]}
    lines = [tr("Year {year}: a month is on time when its bundle was imported by day {day} of the next month.",
                year=year, day=day),
             tr("✓ on time  ! late  ✗ missing  … not yet due  · not over")]
    for r in rows:
        marks = " ".join(ov.MARKS[s] or "·" for s in r.months)  # a month not over: a dot, not a gap
        contact = (r.last_contact.astimezone(VN_TZ).strftime("%d/%m/%Y %H:%M") if r.last_contact
                   else "—")
        line = f"{r.code}\t{marks}\t" + tr("last no. {n}, last contact {when}",
                                              n="—" if r.last_sequence is None else r.last_sequence, when=contact)
        if r.missing_sequences:
            line += "\t" + tr("bundles missing: {numbers}", numbers=", ".join(map(str, r.missing_sequences)))
        lines.append(line)
    if not rows:
        lines.append(tr("No hamlet is enrolled yet."))
    return doc, "\n".join(lines)


def cmd_commune_due_day(args) -> tuple[Any, str]:
    from desktop_app.services import commune_overview as ov
    from desktop_app.services.commune_report import require_commune

    with opened(args, unlock=args.day is not None) as app:
        require_commune(app)
        if args.day is None:
            with app.reader() as conn:
                day = ov.due_day(conn)
        else:
            with app.uow() as uow:
                day = ov.set_due_day(uow, None if args.day.strip().lower() == "default" else args.day)
                uow.commit()
    default = ov.default_due_day()
    doc = {"due_day": day, "default": default}
    return doc, tr("A month's bundle is due by day {day} of the next month (default: day {default}).", day=day,
                   default=default)


def cmd_commune_report(args) -> tuple[Any, str]:
    from pathlib import Path

    from desktop_app.services import archive, documents
    from desktop_app.services.commune_report import (
        COMMUNE_REPORT,
        parse_period,
        report_figures,
        require_commune,
    )

    period = parse_period(args.period)
    with opened(args) as app:
        require_commune(app)  # a hamlet's copy is refused before anything is written
        kept = None
        if args.sign:
            _pdf, kept = archive.issue(app, COMMUNE_REPORT, record_id=period.code, write_to=Path(args.out))
            path = Path(args.out)
        else:
            path = documents.write(Path(args.out), documents.render(app, COMMUNE_REPORT, record_id=period.code))
        with app.uow() as uow:
            figures = report_figures(uow, period)
    doc = {"file": str(path), "period": figures["period"], "signed": args.sign, "kept": kept.id if kept else None,
           "number": kept.number if kept else None, "figures": figures}
    text = tr("Written {path}.", path=path)
    if figures["missing"]:
        text += "\n" + tr("Hamlets with missing months: {codes}.", codes=", ".join(figures["missing"]))
    if kept is not None:
        text += "\n" + tr("Signed and kept in the register of issued documents ({id}).", id=kept.id)
    return doc, text
