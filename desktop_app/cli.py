"""The command line: ``sothon`` with no command opens the window; subcommands call services.

Contract (shared/ARCHITECTURE.md): global options before the command; ``--json`` after it prints
exactly one JSON document on stdout, also on failure; exit 0 success, 1 refused for a stated reason,
2 usage error. Logs never go to stdout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from desktop_app import i18n
from desktop_app.domain.errors import RowErrors, SothonError
from desktop_app.domain.units import Role
from desktop_app.i18n import tr

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


class _Refusal(Exception):
    """A command's own failure document (exit 1), e.g. ``verify`` of an invalid PDF."""

    def __init__(self, doc: dict) -> None:
        super().__init__(doc.get("error"))
        self.doc = doc


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would exit 2 with text; we honour --json
        raise UsageError(message)


def _global_parser() -> argparse.ArgumentParser:
    """The options before the command: all that opening the window needs."""
    p = _Parser(prog="sothon", description=tr("Sổ Thôn — the hamlet book."))
    p.add_argument("--data-dir", help=tr("data directory (default: SOTHON_DATA_DIR or the user data folder)"))
    p.add_argument("--lang", choices=i18n.LANGUAGES, help=tr("language of messages: vi or en"))
    p.add_argument("--profile", help=tr("profile to act as (default: the default profile)"))
    p.add_argument("--exit-when-ready", action="store_true",
                   help=tr("open the window, wait until the first page shows data, then exit"))
    return p


def _window_args(argv: list[str]) -> argparse.Namespace | None:
    """The parsed global options when ``argv`` names no command (the window opens), else None. Building the
    whole parser, with every command's help text, costs more than a tenth of the window's start-up."""
    if any(a == "-h" or (len(a) >= 3 and "--help".startswith(a)) for a in argv):  # argparse takes "--he" too
        return None
    try:
        args, rest = _global_parser().parse_known_args(argv)
    except UsageError:
        return None
    if rest:
        return None
    args.command = None
    return args


def _build_parser() -> argparse.ArgumentParser:
    p = _global_parser()
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    def cmd(name: str, help_text: str, *, json_flag: bool = True) -> argparse.ArgumentParser:
        c = sub.add_parser(name, help=help_text)
        if json_flag:
            c.add_argument("--json", action="store_true", help=tr("print one JSON document"))
        return c

    c = cmd("init", tr("set up a new data directory for a hamlet or a commune"))
    c.add_argument("--role", choices=["hamlet", "commune"], required=True)
    c.add_argument("--province-code", required=True)
    c.add_argument("--commune-code", required=True)
    c.add_argument("--unit-name")
    c.add_argument("--unit-code")
    c.add_argument("--head-name", required=True)
    c.add_argument("--head-phone")

    c = cmd("demo", tr("fill an initialised data directory with realistic demo data"))
    c.add_argument("--scale", choices=["hamlet", "commune"], default="hamlet")
    c.add_argument("--seed", type=int, default=1)
    c.add_argument("--force", action="store_true")

    cmd("stats", tr("count the records"))

    c = cmd("search", tr("find residents by name or personal ID number"))
    c.add_argument("query")
    c.add_argument("--limit", type=int, default=20)
    c.add_argument("--all", action="store_true", help=tr("include people who died or moved away"))

    c = cmd("households", tr("the household register: import, export, template, list"), json_flag=False)
    hsub = c.add_subparsers(dest="households_command", required=True, parser_class=_Parser)
    h = hsub.add_parser("import", help=tr("import households and residents from .xlsx or .csv"))
    h.add_argument("file")
    h.add_argument("--dry-run", action="store_true", help=tr("check and count, write nothing"))
    h.add_argument("--json", action="store_true")
    h = hsub.add_parser("export", help=tr("export the register to .xlsx"))
    h.add_argument("file")
    h.add_argument("--json", action="store_true")
    h = hsub.add_parser("template", help=tr("write a blank import template (.xlsx)"))
    h.add_argument("file")
    h.add_argument("--json", action="store_true")
    h = hsub.add_parser("list", help=tr("list households"))
    h.add_argument("--json", action="store_true")

    c = cmd("reminders", tr("temporary residences that expire soon"))
    c.add_argument("--days", type=int, default=30, help=tr("how many days ahead (default 30)"))

    c = cmd("resident", tr("show one resident with the history of their record"))
    c.add_argument("id")

    c = cmd("profiles", tr("the people who use this copy: list, add, change passphrase"), json_flag=False)
    psub = c.add_subparsers(dest="profiles_command", required=True, parser_class=_Parser)
    h = psub.add_parser("list", help=tr("list the profiles"))
    h.add_argument("--json", action="store_true")
    h = psub.add_parser("add", help=tr("add a profile (its passphrase from SOTHON_NEW_PASSPHRASE, or asked)"))
    h.add_argument("--display-name", required=True)
    h.add_argument("--role", required=True, choices=[r.value for r in Role])
    h.add_argument("--name", help=tr("login name (default: from the display name, e.g. tran.thi.hoa)"))
    h.add_argument("--phone")
    h.add_argument("--json", action="store_true")
    h = psub.add_parser("passwd", help=tr("change the acting profile's passphrase (new one from"
                                          " SOTHON_NEW_PASSPHRASE, or asked)"))
    h.add_argument("--json", action="store_true")

    c = cmd("documents", tr("official documents: render, specimens, verify a signed PDF"), json_flag=False)
    dsub = c.add_subparsers(dest="documents_command", required=True, parser_class=_Parser)
    h = dsub.add_parser("specimens", help=tr("render one PDF of every document kind from this directory's data"))
    h.add_argument("--out", required=True)
    h.add_argument("--sign", action="store_true")
    h.add_argument("--json", action="store_true")
    h = dsub.add_parser("render", help=tr("render one document"))
    h.add_argument("kind")
    h.add_argument("--id", dest="record_id")
    h.add_argument("--on", help=tr("the date the document is made for (dd/mm/yyyy or yyyy-mm-dd)"))
    h.add_argument("--year", type=int)
    h.add_argument("--out", required=True)
    h.add_argument("--sign", action="store_true")
    h.add_argument("--json", action="store_true")
    h = dsub.add_parser("verify", help=tr("check the signature of a PDF (needs no data directory)"))
    h.add_argument("file")
    h.add_argument("--trust", help=tr("a PEM certificate file to trust (default: the certificate in the PDF)"))
    h.add_argument("--json", action="store_true")
    h = dsub.add_parser("kinds", help=tr("list the document kinds"))
    h.add_argument("--json", action="store_true")
    h = dsub.add_parser("list", help=tr("the signed documents this unit keeps (the register of issued documents)"))
    h.add_argument("--deleted", action="store_true", help=tr("include documents moved to the trash"))
    h.add_argument("--json", action="store_true")
    h = dsub.add_parser("save", help=tr("write a kept signed document to a file or folder"))
    h.add_argument("id")
    h.add_argument("--out", required=True)
    h.add_argument("--json", action="store_true")
    h = dsub.add_parser("delete", help=tr("move a kept document to the trash"))
    h.add_argument("id")
    h.add_argument("--json", action="store_true")
    h = dsub.add_parser("restore", help=tr("bring a kept document back from the trash"))
    h.add_argument("id")
    h.add_argument("--json", action="store_true")

    c = cmd("identity", tr("this unit's signing identity"), json_flag=False)
    isub = c.add_subparsers(dest="identity_command", required=True, parser_class=_Parser)
    h = isub.add_parser("show", help=tr("the unit certificate's fingerprint, subject and expiry"))
    h.add_argument("--json", action="store_true")
    h = isub.add_parser("export-cert", help=tr("write the unit's certificates (signing, then encryption) as PEM"))
    h.add_argument("file")
    h.add_argument("--json", action="store_true")

    c = cmd("verify", tr("check an exchange bundle (.sothon): signature, files, format (needs no data directory)"))
    c.add_argument("file")
    c.add_argument("--trust", help=tr("a PEM certificate file to trust (default: the certificate in the bundle)"))
    c.add_argument("--extract", metavar="DIR",
                   help=tr("also write the bundle's signed PDFs into DIR (an encrypted bundle needs the"
                           " recipient's data directory and passphrase)"))

    c = cmd("export", tr("write the next exchange bundle for the commune into a folder (hamlet)"))
    c.add_argument("--out", required=True, help=tr("folder to write the bundle in"))
    c.add_argument("--all", action="store_true",
                   help=tr("send every record, not only the changes since the last acknowledged bundle"))
    c.add_argument("--named", action="store_true",
                   help=tr("send residents with their names and details, and the signed lists that name them"
                           " (default: pseudonymised, lists held back)"))
    c.add_argument("--named-documents", action="store_true",
                   help=tr("send the signed documents that name residents (minutes, lists) while the register"
                           " stays pseudonymised"))
    c.add_argument("--party", action="store_true",
                   help=tr("a party bundle to the party committee (the party cell secretary signs it)"))

    c = cmd("outbox", tr("the exported bundles and their states; 'outbox mark' records a change of state"))
    osub = c.add_subparsers(dest="outbox_command", required=False, parser_class=_Parser)
    h = osub.add_parser("mark", help=tr("record that a bundle was sent, acknowledged or rejected by the recipient"))
    h.add_argument("id", help=tr("the bundle's id or its sequence number"))
    h.add_argument("state", choices=["sent", "acknowledged", "rejected"])
    h.add_argument("--reason", help=tr("why the recipient rejected it"))
    h.add_argument("--party", action="store_true", help=tr("a sequence number of the party chain"))
    h.add_argument("--json", action="store_true")

    c = cmd("recipient", tr("the commune (or party committee) this hamlet sends its bundles to"), json_flag=False)
    rsub = c.add_subparsers(dest="recipient_command", required=True, parser_class=_Parser)
    h = rsub.add_parser("set", help=tr("register the commune's certificate file (from 'sothon identity export-cert')"))
    h.add_argument("cert")
    h.add_argument("--party", action="store_true", help=tr("the certificate of the commune's party committee"))
    h.add_argument("--json", action="store_true")
    h = rsub.add_parser("show", help=tr("the registered recipients"))
    h.add_argument("--json", action="store_true")

    c = cmd("receipt", tr("signed receipts: the recipient answers a bundle; the sender reads the answer"),
            json_flag=False)
    rcsub = c.add_subparsers(dest="receipt_command", required=True, parser_class=_Parser)
    h = rcsub.add_parser("create", help=tr("answer a received bundle with a signed receipt (commune, party"
                                           " committee)"))
    h.add_argument("bundle")
    h.add_argument("--out", required=True, help=tr("folder to write the receipt in"))
    h.add_argument("--reject", metavar="REASON", help=tr("reject the bundle, saying why"))
    h.add_argument("--note", help=tr("a remark to the sender with an acceptance"))
    h.add_argument("--json", action="store_true")
    h = rcsub.add_parser("import", help=tr("read the recipient's receipt for one of this unit's bundles (hamlet)"))
    h.add_argument("file")
    h.add_argument("--json", action="store_true")

    c = cmd("backup", tr("write a backup copy of the database now"))
    c.add_argument("--out", help=tr("file to write (default: the backups folder)"))
    c = cmd("restore", tr("replace the database with a backup (after checking it)"))
    c.add_argument("file")
    return p


# --- output ---------------------------------------------------------------------------------------


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    if isinstance(value, Path):
        return str(value)
    raise TypeError(type(value))


def _print_json(doc: Any) -> None:
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, default=_json_default, indent=2) + "\n")


def _error_doc(err: SothonError) -> dict:
    from desktop_app.messages import render, render_rows

    doc: dict[str, Any] = {"error": err.code, "message": render(err)}
    doc.update({k: v for k, v in err.params.items() if k not in doc and isinstance(v, (str, int, float))})
    if isinstance(err, RowErrors):
        doc["rows"] = [
            {"row": row, "error": e.code, "message": render(e), **({"field": e.params["field"]}
                                                                    if "field" in e.params else {})}
            for row, e in err.errors
        ]
        doc["row_messages"] = render_rows(err)
    return doc


# --- helpers --------------------------------------------------------------------------------------


def _open(args: argparse.Namespace, *, unlock: bool = True, need_init: bool = True):
    from desktop_app import config
    from desktop_app.bootstrap import open_app

    app = open_app(config.resolve_data_dir(args.data_dir))
    if need_init and not app.initialised:
        app.close()
        raise SothonError("not_initialised")
    if unlock and app.initialised:
        name = args.profile or app.default_profile_name()
        passphrase = os.environ.get("SOTHON_PASSPHRASE")
        if passphrase is None and sys.stdin is not None and sys.stdin.isatty():
            passphrase = getpass.getpass(tr("Passphrase for {profile}: ", profile=name))
        try:
            app.unlock(name, passphrase)
        except SothonError:
            app.close()
            raise
        args.unlocked_with = passphrase
    return app


def _new_passphrase(variable: str = "SOTHON_PASSPHRASE") -> str:
    passphrase = os.environ.get(variable)
    if passphrase is not None:
        return passphrase
    if sys.stdin is None or not sys.stdin.isatty():
        raise SothonError("passphrase_required", profile="")
    first = getpass.getpass(tr("New passphrase: "))
    if getpass.getpass(tr("Repeat the passphrase: ")) != first:
        raise SothonError("passphrase_wrong", profile="")
    return first


def resident_json(v) -> dict:
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


# --- commands -------------------------------------------------------------------------------------


def cmd_init(args) -> tuple[dict, str]:
    from desktop_app.domain.units import UnitKind
    from desktop_app.services.setup import initialise

    app = _open(args, unlock=False, need_init=False)
    try:
        passphrase = _new_passphrase()
        with app.uow() as uow:
            result = initialise(
                uow, role=UnitKind(args.role), province_code=args.province_code, commune_code=args.commune_code,
                unit_name=args.unit_name, unit_code=args.unit_code, head_name=args.head_name,
                head_phone=args.head_phone, passphrase=passphrase,
            )
            uow.commit()
        app.settings.default_profile = result.profile.name
        app.save_settings()
    finally:
        app.close()
    u = result.unit
    doc = {
        "unit": {"code": u.code, "name": u.name, "kind": u.kind.value, "province_code": u.province_code,
                 "province_name": u.province_name, "commune_code": u.commune_code, "commune_name": u.commune_name},
        "profile": {"name": result.profile.name, "display_name": result.profile.display_name,
                    "role": result.profile.role.value},
        "data_dir": str(app.data_dir),
    }
    text = tr("Set up {unit} ({code}) in {commune}, {province}. Profile: {profile}.", unit=u.name, code=u.code,
              commune=u.commune_name, province=u.province_name, profile=result.profile.name)
    return doc, text


def cmd_demo(args) -> tuple[dict, str]:
    from desktop_app.services.demo import fill_demo

    app = _open(args)
    try:
        with app.uow() as uow:
            result = fill_demo(uow, scale=args.scale, seed=args.seed, force=args.force, today=dt.date.today())
            uow.commit()
    finally:
        app.close()
    doc = {"households": result.households, "residents": result.residents, "units": result.units}
    return doc, tr("Added {households} households and {residents} residents of demo data.",
                   households=result.households, residents=result.residents)


def cmd_stats(args) -> tuple[dict, str]:
    from desktop_app.services.register import stats

    app = _open(args)
    try:
        with app.uow() as uow:
            s = stats(uow)
    finally:
        app.close()
    doc = {"households": s.households, "residents": s.residents, "residents_by_residence_type": s.by_residence_type,
           "residents_by_sex": s.by_sex, "former_residents": s.former_residents, "deleted_residents": s.deleted,
           "unit": app.unit.code if app.unit else None}
    return doc, tr("{households} households, {residents} residents.", households=i18n.format_number(s.households),
                   residents=i18n.format_number(s.residents))


def cmd_search(args) -> tuple[Any, str]:
    from desktop_app.services.search import search_residents

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    app = _open(args)
    try:
        with app.uow() as uow:
            found = search_residents(uow, args.query, limit=args.limit, include_former=args.all)
    finally:
        app.close()
    lines = [f"{v.full_name}\t{v.birth_date.display() if v.birth_date else ''}\t{v.personal_id or ''}\t"
             + tr("household {number}", number=v.household_no) for v in found]
    return [resident_json(v) for v in found], "\n".join(lines) or tr("Nobody found.")


def cmd_households(args) -> tuple[Any, str]:
    from desktop_app.services import spreadsheet
    from desktop_app.services.register import list_households

    sub = args.households_command
    if sub == "template":
        path = spreadsheet.write_template(Path(args.file))
        return {"file": str(path)}, tr("Template written to {path}.", path=path)
    app = _open(args)
    try:
        if sub == "import":
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
        if sub == "export":
            with app.uow() as uow:
                n = spreadsheet.export_register(uow, Path(args.file))
            return {"file": str(Path(args.file)), "residents": n}, tr(
                "Exported {count} residents to {path}.", count=n, path=args.file)
        with app.uow() as uow:
            rows = list_households(uow)
        doc = [{"id": h.id, "number": h.number, "address": h.address, "head_id": h.head_id,
                "head_name": h.head_name, "members": h.member_count, "unit_code": h.unit_code} for h in rows]
        return doc, "\n".join(f"{h.number}\t{h.head_name or ''}\t{h.member_count}\t{h.address or ''}" for h in rows)
    finally:
        app.close()


def cmd_reminders(args) -> tuple[Any, str]:
    from desktop_app.services.register import expiring_temporary_residents

    if args.days < 0:
        raise UsageError("--days must not be negative")
    app = _open(args)
    try:
        with app.uow() as uow:
            due = expiring_temporary_residents(uow, today=dt.date.today(), within_days=args.days)
    finally:
        app.close()
    lines = [tr("{name} (household {number}): temporary residence ends {date}", name=v.full_name,
                number=v.household_no, date=i18n.format_date(v.residence_to)) for v in due]
    return ([resident_json(v) for v in due],
            "\n".join(lines) or tr("No temporary residence ends within {days} days.", days=args.days))


def cmd_resident(args) -> tuple[Any, str]:
    from desktop_app.services.register import get_resident, resident_events

    app = _open(args)
    try:
        with app.uow() as uow:
            v = get_resident(uow, args.id)
            events = resident_events(uow, v.id)
            audit = uow.history(v.id)
    finally:
        app.close()
    doc = resident_json(v) | {
        "events": [{"kind": e.kind, "date": e.on_date, "details": e.details} for e in events],
        "audit": [{"at": a.at, "profile": a.profile, "action": a.action, "changes": a.changes} for a in audit],
    }
    lines = [f"{v.full_name} ({v.birth_date.display() if v.birth_date else ''})"]
    for a in audit:
        changes = json.dumps(a.changes, ensure_ascii=False)
        lines.append(f"{a.at.astimezone():%d/%m/%Y %H:%M} {a.profile} {a.action} {changes}")
    text = "\n".join(lines)
    return doc, text


def profile_json(p) -> dict:  # noqa: ANN001 — ProfileInfo
    return {"id": p.id, "name": p.name, "display_name": p.display_name, "role": p.role.value, "phone": p.phone}


def cmd_profiles(args) -> tuple[Any, str]:
    from desktop_app.services import profiles

    app = _open(args)
    try:
        sub = args.profiles_command
        if sub == "list":
            rows = app.profiles()
            return [profile_json(p) for p in rows], "\n".join(f"{p.name}\t{p.display_name}\t{p.role.value}"
                                                             for p in rows)
        if sub == "add":
            passphrase = _new_passphrase("SOTHON_NEW_PASSPHRASE")
            with app.uow() as uow:
                p = profiles.add_profile(uow, acting=app.profile, name=args.name, display_name=args.display_name,
                                         role=Role(args.role), phone=args.phone, passphrase=passphrase)
                uow.commit()
            return profile_json(p), tr("Added profile {profile} ({name}).", profile=p.name, name=p.display_name)
        new = _new_passphrase("SOTHON_NEW_PASSPHRASE")
        app.change_passphrase(args.unlocked_with, new)
        return {"profile": app.profile.name, "changed": True}, tr("The passphrase of {profile} was changed.",
                                                                  profile=app.profile.name)
    finally:
        app.close()


def _parse_day(text: str | None) -> dt.date | None:
    if not text:
        return None
    from desktop_app.domain.people import BirthDate

    try:
        day = BirthDate.parse(text)
    except SothonError:
        raise SothonError("date_invalid", value=text) from None
    if day is None or not day.is_full:
        raise SothonError("date_invalid", value=text)
    return day.as_date()


def cmd_documents(args) -> tuple[Any, str]:
    from desktop_app.services import documents, signatures

    sub = args.documents_command
    if sub == "verify":
        if not Path(args.file).is_file():
            raise SothonError("file_not_found", path=args.file)
        doc = signatures.verify_pdf_file(Path(args.file), Path(args.trust) if args.trust else None)
        if not doc["valid"]:
            from desktop_app.messages import render

            reason = doc.get("reason") or "signature_invalid"
            doc = {"error": reason, "message": render(SothonError(reason)), **doc}
            raise _Refusal(doc)
        return doc, tr("Valid signature by {signer}, signed {when}.", signer=doc["signer"] or "?",
                       when=doc["signed_at"] or "?")
    if sub == "kinds":
        kinds = [{"kind": k.code, "title": k.title, "record": k.record, "takes_date": k.takes_date,
                  "takes_year": k.takes_year, "landscape": k.landscape} for k in documents.KINDS.values()]
        return kinds, "\n".join(f"{k['kind']}\t{k['title']}" for k in kinds)
    app = _open(args)
    try:
        if sub == "specimens":
            paths = documents.render_specimens(app, Path(args.out))
            if args.sign:
                for path in paths:
                    signatures.sign_pdf_file(app, path, path)
            doc = {"out": str(Path(args.out)), "files": [str(p) for p in paths], "signed": args.sign}
            return doc, tr("{count} documents written to {path}.", count=len(paths), path=args.out)
        if sub in ("list", "save", "delete", "restore"):
            return _issued_documents(app, args)
        on = _parse_day(args.on)
        pdf = documents.render(app, args.kind, record_id=args.record_id, on=on, year=args.year)
        kept = None
        if args.sign:
            from desktop_app.services import archive

            pdf, kept = archive.sign_and_keep(app, pdf, kind=args.kind, issued_on=on or dt.date.today(),
                                              year=args.year, record_id=args.record_id,
                                              record_label=archive.record_label(app, args.kind, args.record_id),
                                              write_to=Path(args.out))
            path = Path(args.out)
        else:
            path = documents.write(Path(args.out), pdf)
        doc = {"file": str(path), "kind": args.kind, "signed": args.sign, "kept": kept.id if kept else None}
        text = tr("Written {path}.", path=path)
        if kept is not None:
            text += "\n" + tr("Signed and kept in the register of issued documents ({id}).", id=kept.id)
        return doc, text
    finally:
        app.close()


def _issued_documents(app: Any, args) -> tuple[Any, str]:
    from desktop_app.services import archive

    sub = args.documents_command
    if sub == "list":
        views = archive.list_documents(app, include_deleted=args.deleted)
        rows = [v.as_json() for v in views]
        lines = [f"{v.id}\t{i18n.format_date(dt.date.fromisoformat(v.issued_on))}\t{v.title}"
                 f"{' — ' + v.record_label if v.record_label else ''}\t{v.signer or ''}\t{v.sent_state}"
                 for v in views]
        return rows, "\n".join(lines) or tr("No signed document is kept yet.")
    if sub == "save":
        path = archive.save_copy(app, args.id, Path(args.out))
        return {"file": str(path), "id": args.id}, tr("Written {path}.", path=path)
    view = archive.delete(app, args.id) if sub == "delete" else archive.restore(app, args.id)
    text = tr("Moved to the trash: {title}.", title=view.title) if sub == "delete" else tr(
        "Restored: {title}.", title=view.title)
    return view.as_json(), text


def cmd_identity(args) -> tuple[Any, str]:
    from desktop_app.services import identity

    app = _open(args)
    try:
        if args.identity_command == "show":
            doc = identity.identity_show(app)
            return doc, "\n".join(f"{k}: {v}" for k, v in doc.items())
        path = identity.export_cert(app, Path(args.file))
        return {"file": str(path)}, tr("Certificates written to {path}.", path=path)
    finally:
        app.close()


def cmd_verify(args) -> tuple[Any, str]:
    from desktop_app.bundles.reader import verify_bundle_file
    from desktop_app.messages import render

    doc = verify_bundle_file(Path(args.file), Path(args.trust) if args.trust else None)
    if not doc["valid"]:
        err = SothonError(doc["error"], **(doc.get("params") or {}))
        raise _Refusal({"valid": False, "error": doc["error"], "message": render(err),
                        **{k: v for k, v in doc.items() if k not in ("valid", "error", "params")}})
    text = tr("Valid bundle {sequence} from {sender} to {recipient}.", sequence=doc["sequence"],
              sender=doc["sender"].get("code") if isinstance(doc["sender"], dict) else doc["sender"],
              recipient=doc["recipient"].get("code") if isinstance(doc["recipient"], dict) else doc["recipient"])
    if args.extract:
        from desktop_app.services import inbox

        app = _open(args) if doc["encrypted"] else None
        try:
            from desktop_app.services.signatures import load_trust

            trust = load_trust(args.trust)  # None without --trust
            files = inbox.extract_documents(inbox.open_received(Path(args.file), app=app, trust=trust),
                                            Path(args.extract))
        finally:
            if app is not None:
                app.close()
        doc = {**doc, "extracted": files}
        text += "\n" + tr("{count} signed documents written to {path}.", count=len(files), path=args.extract)
    return doc, text


def cmd_export(args) -> tuple[dict, str]:
    from desktop_app.services import exchange

    app = _open(args)
    try:
        result = exchange.export_bundle(app, out_dir=Path(args.out), all=args.all, named=args.named,
                                        named_documents=args.named or args.named_documents,
                                        kind="party" if args.party else "government")
    finally:
        app.close()
    doc = {"bundle": result["bundle"], "sequence": result["sequence"], "counts": result["counts"],
           "kind": result["kind"], "documents": result["documents"], "held_back": result["held_back"]}
    counts = ", ".join(f"{k}: {v}" for k, v in sorted(result["counts"].items())) or "0"
    text = tr("Bundle {sequence} written to {path} ({counts}).", sequence=result["sequence"],
              path=result["bundle"], counts=counts)
    if result["held_back"]:
        text += "\n" + tr("{count} signed documents that name residents were not included; export with"
                          " --named-documents to send them.", count=result["held_back"])
    return doc, text


def cmd_outbox(args) -> tuple[Any, str]:
    from desktop_app.services import exchange

    app = _open(args)
    try:
        if getattr(args, "outbox_command", None) == "mark":
            row = exchange.mark(app, args.id, args.state, reason=args.reason,
                                kind="party" if args.party else "government")
            return row, tr("Bundle {sequence} is now {state}.", sequence=row["sequence"],
                           state=exchange.state_label(row["state"]))
        rows = exchange.list_outbox(app)
    finally:
        app.close()
    lines = [f"{r['sequence']}\t{r['kind']}\t{r['recipient']}\t{r['state']}\t{r['created_at']}\t{r['file']}"
             for r in rows]
    return rows, "\n".join(lines) or tr("No bundle has been exported yet.")


def cmd_recipient(args) -> tuple[Any, str]:
    from desktop_app.services import exchange

    app = _open(args)
    try:
        if args.recipient_command == "show":
            rows = [r for k in exchange.RECIPIENT_KINDS if (r := exchange.get_recipient(app, k)) is not None]
            lines = [f"{r['kind']}\t{r['code']}\t{r['name']}\t{r['signing_fingerprint']}" for r in rows]
            return rows, "\n".join(lines) or tr("No recipient is registered yet.")
        doc = exchange.set_recipient(app, Path(args.cert),
                                     kind=exchange.RECIPIENT_PARTY if args.party else exchange.RECIPIENT_COMMUNE)
    finally:
        app.close()
    return doc, tr("Bundles will be sent to {name} ({code}), certificate {fingerprint}.", name=doc["name"],
                   code=doc["code"], fingerprint=doc["signing_fingerprint"])


def cmd_receipt(args) -> tuple[dict, str]:
    from desktop_app.services import exchange, inbox

    app = _open(args)
    try:
        if args.receipt_command == "create":
            opened = inbox.open_received(Path(args.bundle), app=app)
            doc = inbox.write_receipt(app, opened, Path(args.out), accept=args.reject is None,
                                      reason=args.reject if args.reject is not None else args.note)
            text = tr("Receipt for bundle {sequence} from {sender} ({status}) written to {path}.",
                      sequence=doc["bundle"]["sequence"], sender=doc["bundle"]["sender"],
                      status=tr("accepted") if doc["status"] == "accepted" else tr("rejected"), path=doc["receipt"])
            return doc, text
        row = exchange.import_receipt(app, Path(args.file))
    finally:
        app.close()
    return row, tr("Bundle {sequence} is now {state}.", sequence=row["sequence"],
                   state=exchange.state_label(row["state"]))


def cmd_backup(args) -> tuple[dict, str]:
    from desktop_app.services.backups import backup_now

    app = _open(args)
    try:
        path = backup_now(app, Path(args.out) if args.out else None)
    finally:
        app.close()
    return {"backup": str(path)}, tr("Backup written to {path}.", path=path)


def cmd_restore(args) -> tuple[dict, str]:
    from desktop_app.services.backups import restore_from

    app = _open(args)
    try:
        safety = restore_from(app, Path(args.file))
    finally:
        app.close()
    return {"restored": str(Path(args.file)), "previous_saved_as": str(safety)}, tr(
        "Restored {path}. The database as it was is kept in {safety}.", path=args.file, safety=safety)


COMMANDS = {
    "init": cmd_init, "demo": cmd_demo, "stats": cmd_stats, "search": cmd_search, "households": cmd_households,
    "resident": cmd_resident, "reminders": cmd_reminders, "profiles": cmd_profiles, "documents": cmd_documents,
    "identity": cmd_identity, "verify": cmd_verify, "backup": cmd_backup, "restore": cmd_restore,
    "export": cmd_export, "outbox": cmd_outbox, "recipient": cmd_recipient, "receipt": cmd_receipt,
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    want_json = "--json" in argv
    lang = os.environ.get("SOTHON_LANG")
    for i, arg in enumerate(argv):  # before parsing, so that usage errors are in the chosen language too
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.partition("=")[2]
    if lang in i18n.LANGUAGES:
        i18n.set_language(lang)
    parser = None
    try:
        args = _window_args(argv)
        if args is not None:
            return gui_main(args=args)
        parser = _build_parser()
        args = parser.parse_args(argv)
        if args.command is None:
            return gui_main(args=args)
        doc, text = COMMANDS[args.command](args)
    except UsageError as exc:
        if want_json:
            _print_json({"error": "usage", "message": str(exc)})
        else:
            (parser or _build_parser()).print_usage(sys.stderr)
            print(f"sothon: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except _Refusal as refusal:
        if want_json:
            _print_json(refusal.doc)
        else:
            print(refusal.doc.get("message", refusal.doc.get("error")), file=sys.stderr)
        return EXIT_REFUSED
    except SothonError as err:
        doc = _error_doc(err)
        if want_json:
            _print_json(doc)
        else:
            print(doc["message"], file=sys.stderr)
            for line in doc.get("row_messages", []):
                print("  " + line, file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return EXIT_REFUSED
    except Exception as exc:  # noqa: BLE001 — a bug must still answer in the contract's form
        import logging

        logging.getLogger(__name__).exception("unexpected error in %s", argv)
        message = tr("Something went wrong: {detail}. Nothing was changed. Details are in the log file.",
                     detail=type(exc).__name__)
        if want_json:
            _print_json({"error": "unexpected", "message": message})
        else:
            print(message, file=sys.stderr)
        return EXIT_REFUSED
    if want_json:
        _print_json(doc)
    else:
        print(text)
    return EXIT_OK


def gui_main(args: argparse.Namespace | None = None) -> int:
    """Open the window (``sothon`` with no command, ``sothon-gui``, ``python -m desktop_app``)."""
    if args is None:
        try:
            args = _build_parser().parse_args(sys.argv[1:])
        except UsageError as exc:
            print(f"sothon: {exc}", file=sys.stderr)
            return EXIT_USAGE
    opened, pending = _early_unlock(args)
    from desktop_app.gui.app import run  # imports Qt while the passphrase is being checked

    return run(data_dir=args.data_dir, lang=args.lang, profile=args.profile, exit_when_ready=args.exit_when_ready,
               opened=opened, pending_unlock=pending)


def _early_unlock(args: argparse.Namespace):  # noqa: ANN202 — (App | None, PendingUnlock | None)
    """With SOTHON_PASSPHRASE set, open the data directory and start signing in before Qt loads.
    Anything that goes wrong is left for the window to report as usual."""
    passphrase = os.environ.get("SOTHON_PASSPHRASE")
    if passphrase is None:
        return None, None
    from desktop_app import config
    from desktop_app.bootstrap import open_app

    try:
        app = open_app(config.resolve_data_dir(args.data_dir))
    except SothonError:
        return None, None
    if not app.initialised:
        return app, None
    return app, app.unlock_in_background(args.profile, passphrase)
