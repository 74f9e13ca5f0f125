"""This unit's signing identity: ``sothon identity show | export-cert``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.cli.common import Commands, opened
from desktop_app.i18n import tr


def add_commands(commands: Commands) -> None:
    c = commands.add("identity", tr("this unit's signing identity"), json_flag=False)
    identity = commands.nested(c, "identity_command")
    identity.add("show", tr("the unit certificate's fingerprint, subject and expiry"), cmd_show)
    h = identity.add("export-cert", tr("write the unit's certificates (signing, then encryption) as PEM"),
                     cmd_export_cert)
    h.add_argument("file")


def cmd_show(args) -> tuple[Any, str]:
    from desktop_app.services import identity

    with opened(args) as app:
        doc = identity.identity_show(app)
    return doc, "\n".join(f"{k}: {v}" for k, v in doc.items())


def cmd_export_cert(args) -> tuple[Any, str]:
    from desktop_app.services import identity

    with opened(args) as app:
        path = identity.export_cert(app, Path(args.file))
    return {"file": str(path)}, tr("Certificates written to {path}.", path=path)
