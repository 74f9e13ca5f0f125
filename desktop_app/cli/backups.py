"""Backups of the database: ``sothon backup`` and ``sothon restore``."""

from __future__ import annotations

from pathlib import Path

from desktop_app.cli.common import Commands, opened
from desktop_app.i18n import tr


def add_commands(commands: Commands) -> None:
    c = commands.add("backup", tr("write a backup copy of the database now"), cmd_backup)
    c.add_argument("--out", help=tr("file to write (default: the backups folder)"))
    c = commands.add("restore", tr("replace the database with a backup (after checking it)"), cmd_restore)
    c.add_argument("file")
    c.add_argument("--replace-unit", action="store_true", help=tr(
        "restore even when the backup holds another unit's data (this unit's data, key and profiles are"
        " replaced; the current database is kept in the backups folder)"))


def cmd_backup(args) -> tuple[dict, str]:
    from desktop_app.services.backups import backup_now

    with opened(args) as app:
        path = backup_now(app, Path(args.out) if args.out else None)
    return {"backup": str(path)}, tr("Backup written to {path}.", path=path)


def cmd_restore(args) -> tuple[dict, str]:
    from desktop_app.services.backups import restore_from

    with opened(args) as app:
        safety = restore_from(app, Path(args.file), replace_unit=args.replace_unit)
    return {"restored": str(Path(args.file)), "previous_saved_as": str(safety)}, tr(
        "Restored {path}. The database as it was is kept in {safety}.", path=args.file, safety=safety)
