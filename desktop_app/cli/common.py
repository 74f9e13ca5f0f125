"""What every area's commands share: the usage and refusal errors, the parser class that honours ``--json``,
the helper that adds a command with its handler, and opening the data directory as a profile.

An area module (``cli/<area>.py``) has one function, ``add_commands(commands)``, which adds its subcommands
with ``commands.add(name, help, handler)``; a handler takes the parsed arguments and returns
``(json_document, human_text)``. Services are imported inside handlers, so that building the parser stays cheap.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from desktop_app.domain.errors import SothonError
from desktop_app.i18n import tr

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

Handler = Callable[[argparse.Namespace], tuple[Any, str]]


class UsageError(Exception):
    """A command line argparse would refuse (exit 2)."""


class Refusal(Exception):
    """A command's own failure document (exit 1), e.g. ``verify`` of an invalid PDF; or, for a command over
    several files of which one was refused, the list of every file's result with its human ``text``."""

    def __init__(self, doc: dict | list, text: str | None = None) -> None:
        super().__init__(doc.get("error") if isinstance(doc, dict) else text)
        self.doc = doc
        self.text = text


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would exit 2 with text; we honour --json
        raise UsageError(message)


class Commands:
    """One level of subcommands: ``add`` a command with its handler, ``nested`` for a command's own
    subcommands (``sothon households import``)."""

    def __init__(self, subparsers: Any) -> None:
        self._sub = subparsers

    def add(self, name: str, help_text: str, handler: Handler | None = None, *,
            json_flag: bool = True) -> argparse.ArgumentParser:
        parser = self._sub.add_parser(name, help=help_text)
        if json_flag:
            parser.add_argument("--json", action="store_true", help=tr("print one JSON document"))
        if handler is not None:
            parser.set_defaults(handler=handler)
        return parser

    def nested(self, parser: argparse.ArgumentParser, dest: str, *, required: bool = True) -> Commands:
        return Commands(parser.add_subparsers(dest=dest, required=required, parser_class=Parser))


def open_app(args: argparse.Namespace, *, unlock: bool = True, need_init: bool = True):  # noqa: ANN201 — App
    """The data directory of ``--data-dir``, signed in as ``--profile`` (or the default profile) with
    ``SOTHON_PASSPHRASE`` or a passphrase asked at the terminal. The caller closes it."""
    from desktop_app import config
    from desktop_app.bootstrap import open_app as _open_app

    app = _open_app(config.resolve_data_dir(args.data_dir))
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


@contextmanager
def opened(args: argparse.Namespace, *, unlock: bool = True, need_init: bool = True) -> Iterator[Any]:
    """``open_app`` for the length of a ``with`` block, closed after it whatever happens."""
    app = open_app(args, unlock=unlock, need_init=need_init)
    try:
        yield app
    finally:
        app.close()


def new_passphrase(variable: str = "SOTHON_PASSPHRASE") -> str:
    """A new passphrase from ``variable`` in the environment, or asked twice at the terminal."""
    passphrase = os.environ.get(variable)
    if passphrase is not None:
        return passphrase
    if sys.stdin is None or not sys.stdin.isatty():
        raise SothonError("passphrase_required", profile="")
    first = getpass.getpass(tr("New passphrase: "))
    if getpass.getpass(tr("Repeat the passphrase: ")) != first:
        raise SothonError("passphrase_wrong", profile="")
    return first


def parse_day(text: str | None) -> dt.date | None:
    """A full date typed as dd/mm/yyyy or yyyy-mm-dd (``date_invalid`` otherwise); None when not given."""
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


def read_text(source: str) -> str:
    """A text file given on the command line (``-``: standard input), UTF-8; ``file_not_found`` or
    ``file_unreadable`` naming it."""
    from pathlib import Path

    try:
        return sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SothonError("file_not_found", path=source) from None
    except OSError as exc:
        raise SothonError("file_unreadable", path=source, detail=str(exc)) from None


def read_json(source: str, invalid: str) -> Any:
    """A JSON document given on the command line (``read_text``); ``invalid`` is the area's error code for
    text that is not JSON (``mediation_input_invalid`` …), with the line and column."""
    import json

    text = read_text(source)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SothonError(invalid, path=f"{exc.lineno}:{exc.colno}", detail=exc.msg) from None
