"""Official documents: ``sothon documents kinds | render | specimens | verify`` and the register of issued
documents (``list | save | delete | restore``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from desktop_app import i18n
from desktop_app.cli.common import Commands, Refusal, opened, parse_day
from desktop_app.domain.clock import vn_today
from desktop_app.domain.errors import SothonError
from desktop_app.i18n import tr


def add_commands(commands: Commands) -> None:
    c = commands.add("documents", tr("official documents: render, specimens, verify a signed PDF"), json_flag=False)
    documents = commands.nested(c, "documents_command")
    h = documents.add("specimens", tr("render one PDF of every document kind from this directory's data"),
                      cmd_specimens)
    h.add_argument("--out", required=True)
    h.add_argument("--sign", action="store_true")
    h = documents.add("render", tr("render one document"), cmd_render)
    h.add_argument("kind")
    h.add_argument("--id", dest="record_id")
    h.add_argument("--on", help=tr("the date the content is for: a list as of that day, the meeting's day"
                                   " (dd/mm/yyyy or yyyy-mm-dd)"))
    h.add_argument("--date", help=tr("the document's own date, printed in its date line (default: --on, else"
                                     " today); signing refuses a later date than today"))
    h.add_argument("--year", type=int)
    h.add_argument("--election-day", help=tr("voter list: the election day, on which ages and residence are"
                                             " counted (default: --on)"))
    h.add_argument("--election-name", help=tr("voter list: the election's name, printed under the title"))
    h.add_argument("--area", help=tr("voter list: the voting area (Khu vực bỏ phiếu)"))
    h.add_argument("--cosigner", help=tr("minutes: the profile that co-signs as secretary (printed in its block;"
                                         " it signs later with 'documents cosign')"))
    h.add_argument("--out", required=True)
    h.add_argument("--sign", action="store_true")
    h = documents.add("cosign", tr("add the second signature a kept document awaits (minutes: the secretary's)"),
                      cmd_cosign)
    h.add_argument("id")
    h.add_argument("--out", help=tr("also write the co-signed PDF to this file"))
    h = documents.add("delegate", tr("let another profile sign the unit's state documents on the head's behalf"
                                     " (ký thay: KT. TRƯỞNG THÔN)"), cmd_delegate)
    h.add_argument("delegate", metavar="PROFILE", help=tr("the login name of the profile that signs on the head's behalf"))
    h.add_argument("--title", required=True, help=tr("that person's own title, printed under KT. (e.g. 'Phó"
                                                     " trưởng thôn')"))
    h.add_argument("--from", dest="valid_from", help=tr("first day (default: today)"))
    h.add_argument("--until", dest="valid_until", help=tr("last day (default: until revoked)"))
    documents.add("delegations", tr("who may sign on the head's behalf, and when"), cmd_delegations)
    h = documents.add("undelegate", tr("end a permission to sign on the head's behalf"), cmd_undelegate)
    h.add_argument("id")
    h.add_argument("--on", help=tr("the first day it no longer holds (default: today)"))
    h = documents.add("verify", tr("check the signature of a PDF (needs no data directory)"), cmd_verify_pdf)
    h.add_argument("file")
    h.add_argument("--trust", help=tr("a PEM certificate file to trust (default: the certificate in the PDF)"))
    documents.add("kinds", tr("list the document kinds"), cmd_kinds)
    h = documents.add("list", tr("the signed documents this unit keeps (the register of issued documents)"),
                      cmd_list)
    h.add_argument("--deleted", action="store_true", help=tr("include documents moved to the trash"))
    h = documents.add("save", tr("write a kept signed document to a file or folder"), cmd_save)
    h.add_argument("id")
    h.add_argument("--out", required=True)
    h = documents.add("delete", tr("move a kept document to the trash"), cmd_delete)
    h.add_argument("id")
    h = documents.add("restore", tr("bring a kept document back from the trash"), cmd_restore)
    h.add_argument("id")


def cmd_verify_pdf(args) -> tuple[Any, str]:
    from desktop_app.services import signatures

    if not Path(args.file).is_file():
        raise SothonError("file_not_found", path=args.file)
    doc = signatures.verify_pdf_file(Path(args.file), Path(args.trust) if args.trust else None)
    if not doc["valid"]:
        from desktop_app.messages import render

        reason = doc.get("reason") or "signature_invalid"
        raise Refusal({"error": reason, "message": render(SothonError(reason)), **doc})
    return doc, tr("Valid signature by {signer}, signed {when}.", signer=doc["signer"] or "?",
                   when=doc["signed_at"] or "?")


def cmd_kinds(args) -> tuple[Any, str]:
    from desktop_app.services import documents

    kinds = [{"kind": k.code, "title": k.title, "record": k.record, "takes_date": k.takes_date,
              "takes_year": k.takes_year, "landscape": k.landscape} for k in documents.KINDS.values()]
    return kinds, "\n".join(f"{k['kind']}\t{k['title']}" for k in kinds)


def cmd_specimens(args) -> tuple[Any, str]:
    from desktop_app.services import archive, documents, signatures

    unsigned: list[str] = []
    with opened(args) as app:
        spaces: dict[str, Any] = {}
        drafts: set[str] = set()
        paths = documents.render_specimens(app, Path(args.out), acting=app.profile, spaces=spaces, drafts=drafts)
        if args.sign:
            for path in paths:
                # Who is printed is who signs: a kind another role signs (or a mediation paper of a case
                # the profile does not mediate) stays an unsigned draft.
                if archive.may_sign(app, path.stem) and path.stem not in drafts:
                    signatures.sign_pdf_file(app, path, path, space=spaces.get(path.stem))
                else:
                    unsigned.append(path.stem)
    doc = {"out": str(Path(args.out)), "files": [str(p) for p in paths], "signed": args.sign,
           "unsigned": unsigned}
    text = tr("{count} documents written to {path}.", count=len(paths), path=args.out)
    if unsigned:
        text += "\n" + tr("Not signed (another profile signs them): {kinds}.", kinds=", ".join(unsigned))
    return doc, text


def cmd_render(args) -> tuple[Any, str]:
    from desktop_app.services import archive, documents

    with opened(args) as app:
        on, date = parse_day(args.on), parse_day(args.date)
        election = documents.Election(day=parse_day(args.election_day), name=args.election_name, area=args.area)
        kept = None
        if args.sign:
            _pdf, kept = archive.issue(app, args.kind, issued_on=date, on=on, year=args.year,
                                       record_id=args.record_id, election=election, cosigner=args.cosigner,
                                       write_to=Path(args.out))
            path = Path(args.out)
        else:
            pdf = documents.render(app, args.kind, record_id=args.record_id, on=on, year=args.year, date=date,
                                   election=election)
            path = documents.write(Path(args.out), pdf)
        # The kind made: a party cell meeting's invitation is the party's, whichever invitation was asked for.
        kind = kept.kind if kept else documents.resolve_kind(app, args.kind, args.record_id)
    doc = {"file": str(path), "kind": kind, "signed": args.sign, "kept": kept.id if kept else None}
    text = tr("Written {path}.", path=path)
    if kept is not None:
        text += "\n" + tr("Signed and kept in the register of issued documents ({id}).", id=kept.id)
    return doc, text


def cmd_cosign(args) -> tuple[Any, str]:
    from desktop_app.services import archive

    with opened(args) as app:
        _pdf, view = archive.cosign(app, args.id, write_to=Path(args.out) if args.out else None)
    return view.as_json(), tr("Co-signed by {name}: {title}.", name=view.cosigner or "", title=view.title)


def cmd_list(args) -> tuple[Any, str]:
    from desktop_app.services import archive

    with opened(args) as app:
        views = archive.list_documents(app, include_deleted=args.deleted)
    rows = [v.as_json() for v in views]
    lines = [f"{v.id}\t{i18n.format_date(dt.date.fromisoformat(v.issued_on))}\t{v.number or ''}\t{v.title}"
             f"{' — ' + v.record_label if v.record_label else ''}\t{v.signer or ''}\t{v.sent_state}"
             for v in views]
    return rows, "\n".join(lines) or tr("No signed document is kept yet.")


def cmd_save(args) -> tuple[Any, str]:
    from desktop_app.services import archive

    with opened(args) as app:
        path = archive.save_copy(app, args.id, Path(args.out))
    return {"file": str(path), "id": args.id}, tr("Written {path}.", path=path)


def cmd_delete(args) -> tuple[Any, str]:
    from desktop_app.services import archive

    with opened(args) as app:
        view = archive.delete(app, args.id)
    return view.as_json(), tr("Moved to the trash: {title}.", title=view.title)


def cmd_restore(args) -> tuple[Any, str]:
    from desktop_app.services import archive

    with opened(args) as app:
        view = archive.restore(app, args.id)
    return view.as_json(), tr("Restored: {title}.", title=view.title)


def delegation_json(d) -> dict:  # noqa: ANN001 — delegation.Delegation
    return {"id": d.id, "profile": d.profile_name, "name": d.display_name, "title": d.title,
            "valid_from": d.valid_from.isoformat(), "valid_until": d.valid_until.isoformat() if d.valid_until else None,
            "revoked_on": d.revoked_on.isoformat() if d.revoked_on else None,
            "active": d.active_on(vn_today())}


def _delegation_line(d) -> str:  # noqa: ANN001
    until = i18n.format_date(d.valid_until) if d.valid_until else tr("until revoked")
    line = f"{d.id}\t{d.display_name} ({d.profile_name})\tKT. - {d.title}\t{i18n.format_date(d.valid_from)} - {until}"
    if d.revoked_on:
        line += "\t" + tr("revoked from {date}", date=i18n.format_date(d.revoked_on))
    return line


def cmd_delegate(args) -> tuple[Any, str]:
    from desktop_app.services import delegation

    with opened(args) as app:
        d = delegation.grant(app, args.delegate, title=args.title, valid_from=parse_day(args.valid_from),
                             valid_until=parse_day(args.valid_until))
    return delegation_json(d), tr("{name} may sign the unit's state documents on the head's behalf.",
                                  name=d.display_name) + "\n" + _delegation_line(d)


def cmd_delegations(args) -> tuple[Any, str]:
    from desktop_app.services import delegation

    with opened(args) as app:
        rows = delegation.list_delegations(app)
    return [delegation_json(d) for d in rows], ("\n".join(_delegation_line(d) for d in rows)
                                               or tr("Nobody signs on the head's behalf."))


def cmd_undelegate(args) -> tuple[Any, str]:
    from desktop_app.services import delegation

    with opened(args) as app:
        d = delegation.revoke(app, args.id, on=parse_day(args.on))
    return delegation_json(d), tr("{name} no longer signs on the head's behalf from {date}.", name=d.display_name,
                                  date=i18n.format_date(d.revoked_on))
