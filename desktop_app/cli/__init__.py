"""The command line: ``sothon`` with no command opens the window; subcommands call services.

Contract (shared/ARCHITECTURE.md): global options before the command; ``--json`` after it prints
exactly one JSON document on stdout, also on failure; exit 0 success, 1 refused for a stated reason,
2 usage error. Logs never go to stdout.

This module keeps that contract, the global options and the hand-off to the window. Each area's commands
live in their own module (``cli/<area>.py``, see ``cli/common.py``) and are listed once in ``AREAS``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from desktop_app import i18n
from desktop_app.cli.common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, Commands, Parser, Refusal, UsageError
from desktop_app.domain.errors import RowErrors, SothonError
from desktop_app.i18n import tr

# One line an area, in the order ``sothon --help`` lists their commands. Each module has add_commands().
AREAS = (
    "setup",
    "register",
    "profiles",
    "documents",
    "identity",
    "exchange",
    "backups",
    "mediation",
    "meetings",
    "security",
    "commune",
    "transport",
)

__all__ = ["AREAS", "EXIT_OK", "EXIT_REFUSED", "EXIT_USAGE", "gui_main", "main"]


def _global_parser() -> argparse.ArgumentParser:
    """The options before the command: all that opening the window needs."""
    p = Parser(prog="sothon", description=tr("Sổ Thôn — the hamlet book."))
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
    commands = Commands(p.add_subparsers(dest="command", parser_class=Parser))
    for area in AREAS:
        importlib.import_module(f"{__name__}.{area}").add_commands(commands)
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
    # A date or time travels as ISO 8601 (the message shows it as dd/MM/yyyy HH:MM in Vietnam's time).
    doc.update({k: v.isoformat() for k, v in err.params.items() if k not in doc and isinstance(v, (dt.date, dt.time))})
    if isinstance(err, RowErrors):
        doc["rows"] = [
            {"row": row, "error": e.code, "message": render(e), **({"field": e.params["field"]}
                                                                    if "field" in e.params else {})}
            for row, e in err.errors
        ]
        doc["row_messages"] = render_rows(err)
    return doc


# --- the front door -------------------------------------------------------------------------------


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
        doc, text = args.handler(args)
    except UsageError as exc:
        if want_json:
            _print_json({"error": "usage", "message": str(exc)})
        else:
            (parser or _build_parser()).print_usage(sys.stderr)
            print(f"sothon: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Refusal as refusal:
        if want_json:
            _print_json(refusal.doc)
        else:
            print(refusal.text if refusal.text is not None else refusal.doc.get("message", refusal.doc.get("error")),
                  file=sys.stderr)
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
