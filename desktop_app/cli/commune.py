"""Commune mode: ``enroll`` a hamlet from its certificate file, the ``enrolled`` hamlets, ``revoke`` a key,
``import`` their bundles, ``commune report`` the commune's periodic report from them."""

from __future__ import annotations

from typing import Any

from desktop_app.cli.common import Commands, UsageError, opened, parse_day
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
