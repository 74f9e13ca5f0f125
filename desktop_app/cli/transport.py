"""Transport: the commune's inbox service (``serve``), the hamlet's delivery (``send``) and the ``settings``
both sides keep (the inbox address and its certificate pin among them)."""

from __future__ import annotations

import json
import sys
from typing import Any

from desktop_app.cli.common import Commands, UsageError, opened
from desktop_app.i18n import tr


def add_commands(commands: Commands) -> None:
    c = commands.add("serve", tr("run the commune's inbox service: hamlets upload their bundles and get the"
                                 " signed receipts (commune; stops on Ctrl+C or SIGTERM)"), cmd_serve)
    c.add_argument("--host", default="127.0.0.1", help=tr("address to listen on (default 127.0.0.1)"))
    c.add_argument("--port", type=int, default=8750, help=tr("port to listen on (default 8750; 0: any free port)"))
    c.add_argument("--tls-cert", metavar="FILE", help=tr("the server's TLS certificate (PEM), for HTTPS"))
    c.add_argument("--tls-key", metavar="FILE", help=tr("the server's TLS private key (PEM), for HTTPS"))
    c.add_argument("--max-upload-mb", type=int, default=64, help=tr("the largest bundle accepted, in MiB"))
    c.add_argument("--rate", type=float, default=60.0,
                   help=tr("uploads one hamlet may start per minute, on average (default 60)"))

    c = commands.add("send", tr("deliver the pending bundles to the commune's inbox service (hamlet); an"
                                " unreachable service is reported, not an error"), cmd_send)
    c.add_argument("--now", action="store_true", help=tr("try every pending bundle now, whatever its back-off"))

    commands.add("fetch-mail", tr("read the mailbox (IMAP): at the commune, import the bundles received by e-mail"
                                  " and answer each with its receipt; at a hamlet, read the receipts"), cmd_fetch_mail)

    c = commands.add("settings", tr("read or change a setting: language, text_scale, inbox_url, inbox_tls_pin,"
                                    " delivery_channel and the mail settings (docs/transport.md)"),
                     json_flag=False)
    settings = commands.nested(c, "settings_command")
    h = settings.add("get", tr("print a setting's value"), cmd_settings_get)
    h.add_argument("key")
    h = settings.add("set", tr("change a setting (an empty value clears it; a password: - reads it from the"
                               " standard input)"), cmd_settings_set)
    h.add_argument("key")
    h.add_argument("value")


def cmd_serve(args) -> tuple[Any, str]:
    import signal
    import threading

    from desktop_app import config
    from desktop_app.services.transport.server import InboxService, Limits

    if args.max_upload_mb < 1 or args.rate <= 0 or not 0 <= args.port <= 65535:
        raise UsageError(tr("--max-upload-mb, --rate and --port must be positive numbers"))
    if bool(args.tls_cert) != bool(args.tls_key):
        raise UsageError(tr("--tls-cert and --tls-key go together"))
    with opened(args) as app:
        config.setup_logging(app.data_dir)
        service = InboxService(app, host=args.host, port=args.port, tls_cert=args.tls_cert, tls_key=args.tls_key,
                               limits=Limits(max_upload=args.max_upload_mb * 1024 * 1024,
                                             rate_per_minute=args.rate, burst=max(1, int(args.rate // 3))))
        stop = threading.Event()
        previous = {sig: signal.signal(sig, lambda *_a: stop.set()) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            host, port = service.start()
            # One line on stderr (stdout belongs to --json): what scripts and tests wait for.
            print(json.dumps({"listening": service.url, "host": host, "port": port}), file=sys.stderr, flush=True)
            while not stop.wait(0.5):
                pass
        finally:
            service.stop()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    doc = {"stopped": True, "url": service.url, "counts": dict(sorted(service.counters.items()))}
    return doc, tr("The inbox service stopped.")


def _line(row: dict) -> str:
    from desktop_app.services.transport import sender

    state = state_label(row["shown_state"])
    line = f"{row['sequence']}\t{state}"
    if row["shown_state"] in (sender.WAITING, "delivered") and row["delivery"]["message"]:
        line += f"\t{row['delivery']['message']}"
    if row["state"] == "rejected" and row.get("reason"):
        line += f"\t{row['reason']}"
    return line


def state_label(state: str) -> str:
    from desktop_app.services import exchange
    from desktop_app.services.transport import sender

    if state == sender.WAITING:
        return tr("Waiting for network")
    return exchange.state_label(state)


def cmd_send(args) -> tuple[Any, str]:
    from desktop_app.services.transport import channels

    with opened(args) as app:
        doc = channels.send_pending(app, force=args.now)
    lines = [_line(r) for r in doc["bundles"]]
    by_mail = doc.get("channel") == "email"
    if not doc["bundles"]:
        lines.append(tr("No bundle is waiting to be sent."))
    elif doc["reachable"] is False:
        lines.insert(0, tr("The mail server cannot be reached now: {message}", message=doc["message"]) if by_mail
                     else tr("The commune's inbox service cannot be reached now: {message}", message=doc["message"]))
    elif doc["reachable"] is None:
        lines.insert(0, tr("No bundle is due to be mailed now; the bundles mailed wait for the commune's receipt.")
                     if by_mail else tr("No bundle is due for another try yet; use --now to try now."))
    if by_mail and doc.get("receipts_error"):
        lines.append(doc["receipts_error"]["message"])
    return doc, "\n".join(lines)


def cmd_settings_get(args) -> tuple[Any, str]:
    from desktop_app.services.transport import channels

    with opened(args, unlock=False, need_init=False) as app:
        value = channels.get_setting(app, args.key)
    return {"key": args.key, "value": value}, "" if value is None else str(value)


def cmd_settings_set(args) -> tuple[Any, str]:
    from desktop_app.services.transport import channels, mail

    secret = args.key in mail.PASSWORDS
    value = args.value
    if secret and value == "-":
        value = sys.stdin.readline().rstrip("\r\n")
    # A password is sealed with the profile's passphrase: that profile is opened for it.
    with opened(args, unlock=secret, need_init=secret) as app:
        value = channels.set_setting(app, args.key, value)
    return {"key": args.key, "value": value}, tr("{key} = {value}", key=args.key, value="" if value is None else value)


def cmd_fetch_mail(args) -> tuple[Any, str]:
    from desktop_app.services.transport import mail

    with opened(args) as app:
        doc = mail.fetch_mail(app)
    lines = []
    if "messages" in doc:
        for m in doc["messages"]:
            what = m["message"] or ""
            line = f"{m['uid']}\t{m['status']}"
            if m["sender"]:
                line += f"\t{m['sender']}" + (f" #{m['sequence']}" if m["sequence"] is not None else "")
            if what:
                line += f"\t{what}"
            if m["reply"] == "pending":
                line += "\t" + tr("the receipt is sent at the next fetch")
            lines.append(line)
        if not doc["messages"]:
            lines.append(tr("No new message in the mailbox."))
        for r in doc["replies"]:
            lines.append(tr("Receipt sent again to {sender} for bundle no. {sequence}.", sender=r["sender"],
                            sequence=r["sequence"]))
        if doc["reply_error"]:
            lines.append(doc["reply_error"]["message"])
        if doc["more"]:
            lines.append(tr("{count} more messages are read at the next fetch.", count=doc["more"]))
    else:
        for r in doc["receipts"]:
            lines.append(f"{r['uid']}\t{r['status']}" + (f"\t#{r['sequence']} {r['state']}" if r["sequence"] else "")
                         + (f"\t{r['message']}" if r["message"] else ""))
        if not doc["receipts"]:
            lines.append(tr("No new receipt in the mailbox."))
    return doc, "\n".join(lines)
