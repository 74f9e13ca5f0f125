"""The exchange with the commune and the party committee: ``verify`` a bundle, ``export`` the next one,
the ``outbox``, the ``recipient`` it goes to, and signed ``receipt``s both ways."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.cli.common import Commands, Refusal, open_app, opened
from desktop_app.domain.errors import SothonError
from desktop_app.i18n import tr


def add_commands(commands: Commands) -> None:
    c = commands.add("verify", tr("check an exchange bundle (.sothon): signature, files, format (needs no data"
                                  " directory)"), cmd_verify)
    c.add_argument("file")
    c.add_argument("--trust", help=tr("a PEM certificate file to trust (default: the certificate in the bundle)"))
    c.add_argument("--extract", metavar="DIR",
                   help=tr("also write the bundle's signed PDFs into DIR (an encrypted bundle needs the"
                           " recipient's data directory and passphrase)"))

    c = commands.add("export", tr("write the next exchange bundle for the commune into a folder (hamlet)"),
                     cmd_export)
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

    c = commands.add("outbox", tr("the exported bundles and their states; 'outbox mark' records a change of state"),
                     cmd_outbox_list)
    outbox = commands.nested(c, "outbox_command", required=False)
    h = outbox.add("mark", tr("record that a bundle was sent, acknowledged or rejected by the recipient"),
                   cmd_outbox_mark)
    h.add_argument("id", help=tr("the bundle's id or its sequence number"))
    h.add_argument("state", choices=["sent", "acknowledged", "rejected"])
    h.add_argument("--reason", help=tr("why the recipient rejected it"))
    h.add_argument("--party", action="store_true", help=tr("a sequence number of the party chain"))

    c = commands.add("recipient", tr("the commune (or party committee) this hamlet sends its bundles to"),
                     json_flag=False)
    recipient = commands.nested(c, "recipient_command")
    h = recipient.add("set", tr("register the commune's certificate file (from 'sothon identity export-cert')"),
                      cmd_recipient_set)
    h.add_argument("cert")
    h.add_argument("--party", action="store_true", help=tr("the certificate of the commune's party committee"))
    recipient.add("show", tr("the registered recipients"), cmd_recipient_show)

    c = commands.add("receipt", tr("signed receipts: the recipient answers a bundle; the sender reads the answer"),
                     json_flag=False)
    receipt = commands.nested(c, "receipt_command")
    h = receipt.add("create", tr("answer a received bundle with a signed receipt (commune, party committee)"),
                    cmd_receipt_create)
    h.add_argument("bundle")
    h.add_argument("--out", required=True, help=tr("folder to write the receipt in"))
    h.add_argument("--reject", metavar="REASON", help=tr("reject the bundle, saying why"))
    h.add_argument("--note", help=tr("a remark to the sender with an acceptance"))
    h = receipt.add("import", tr("read the recipient's receipt for one of this unit's bundles (hamlet)"),
                    cmd_receipt_import)
    h.add_argument("file")


def cmd_verify(args) -> tuple[Any, str]:
    from desktop_app.bundles.reader import verify_bundle_file
    from desktop_app.messages import render

    doc = verify_bundle_file(Path(args.file), Path(args.trust) if args.trust else None)
    if not doc["valid"]:
        err = SothonError(doc["error"], **(doc.get("params") or {}))
        raise Refusal({"valid": False, "error": doc["error"], "message": render(err),
                       **{k: v for k, v in doc.items() if k not in ("valid", "error", "params")}})
    text = tr("Valid bundle {sequence} from {sender} to {recipient}.", sequence=doc["sequence"],
              sender=doc["sender"].get("code") if isinstance(doc["sender"], dict) else doc["sender"],
              recipient=doc["recipient"].get("code") if isinstance(doc["recipient"], dict) else doc["recipient"])
    if args.extract:
        from desktop_app.services import inbox
        from desktop_app.services.signatures import load_trust

        app = open_app(args) if doc["encrypted"] else None
        try:
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

    with opened(args) as app:
        result = exchange.export_bundle(app, out_dir=Path(args.out), all=args.all, named=args.named,
                                        named_documents=args.named or args.named_documents,
                                        kind="party" if args.party else "government")
    doc = {"bundle": result["bundle"], "sequence": result["sequence"], "counts": result["counts"],
           "kind": result["kind"], "documents": result["documents"], "held_back": result["held_back"]}
    counts = ", ".join(f"{k}: {v}" for k, v in sorted(result["counts"].items())) or "0"
    text = tr("Bundle {sequence} written to {path} ({counts}).", sequence=result["sequence"],
              path=result["bundle"], counts=counts)
    if result["held_back"]:
        text += "\n" + tr("{count} signed documents that name residents were not included; export with"
                          " --named-documents to send them.", count=result["held_back"])
    return doc, text


def cmd_outbox_list(args) -> tuple[Any, str]:
    from desktop_app.services.transport import sender

    with opened(args) as app:
        rows = sender.outbox(app)  # each row with its delivery attempts (services.transport)
    lines = [f"{r['sequence']}\t{r['kind']}\t{r['recipient']}\t{r['shown_state']}\t{r['created_at']}\t{r['file']}"
             for r in rows]
    return rows, "\n".join(lines) or tr("No bundle has been exported yet.")


def cmd_outbox_mark(args) -> tuple[Any, str]:
    from desktop_app.services import exchange

    with opened(args) as app:
        row = exchange.mark(app, args.id, args.state, reason=args.reason,
                            kind="party" if args.party else "government")
    return row, tr("Bundle {sequence} is now {state}.", sequence=row["sequence"],
                   state=exchange.state_label(row["state"]))


def cmd_recipient_show(args) -> tuple[Any, str]:
    from desktop_app.services import exchange

    with opened(args) as app:
        rows = [r for k in exchange.RECIPIENT_KINDS if (r := exchange.get_recipient(app, k)) is not None]
    lines = [f"{r['kind']}\t{r['code']}\t{r['name']}\t{r['signing_fingerprint']}" for r in rows]
    return rows, "\n".join(lines) or tr("No recipient is registered yet.")


def cmd_recipient_set(args) -> tuple[Any, str]:
    from desktop_app.services import exchange

    with opened(args) as app:
        doc = exchange.set_recipient(app, Path(args.cert),
                                     kind=exchange.RECIPIENT_PARTY if args.party else exchange.RECIPIENT_COMMUNE)
    return doc, tr("Bundles will be sent to {name} ({code}), certificate {fingerprint}.", name=doc["name"],
                   code=doc["code"], fingerprint=doc["signing_fingerprint"])


def cmd_receipt_create(args) -> tuple[dict, str]:
    from desktop_app.services import inbox

    with opened(args) as app:
        received = inbox.open_received(Path(args.bundle), app=app)
        doc = inbox.write_receipt(app, received, Path(args.out), accept=args.reject is None,
                                  reason=args.reject if args.reject is not None else args.note)
    text = tr("Receipt for bundle {sequence} from {sender} ({status}) written to {path}.",
              sequence=doc["bundle"]["sequence"], sender=doc["bundle"]["sender"],
              status=tr("accepted") if doc["status"] == "accepted" else tr("rejected"), path=doc["receipt"])
    return doc, text


def cmd_receipt_import(args) -> tuple[dict, str]:
    from desktop_app.services import exchange

    with opened(args) as app:
        row = exchange.import_receipt(app, Path(args.file))
    return row, tr("Bundle {sequence} is now {state}.", sequence=row["sequence"],
                   state=exchange.state_label(row["state"]))
