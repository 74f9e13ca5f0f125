"""Backups on demand and a checked restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.domain import clock
from desktop_app.domain.errors import StorageError
from desktop_app.i18n import tr
from desktop_app.storage import backup
from desktop_app.storage.db import known_revisions, read_revision


def _stamp() -> str:
    """A backup's name says when it was made, in Vietnam's time like every time the program shows."""
    return clock.now().astimezone(clock.VN_TZ).strftime("%Y%m%d-%H%M%S")


def backup_now(app, out: Path | None = None) -> Path:  # noqa: ANN001 — bootstrap.App
    stamp = _stamp()
    target = out or app.backups_dir / f"manual-{stamp}.db"
    if target.is_dir():
        target = target / f"sothon-{stamp}.db"
    try:
        return backup.backup_database(app.db_path, target)
    except OSError as exc:
        raise StorageError("data_dir_unwritable", path=str(target.parent), detail=exc.strerror or str(exc)) from exc


def check_restorable(file: Path) -> backup.BackupUnit | None:
    """Check ``file`` (integrity, a Sổ Thôn database, not from a newer version); return whose data it
    holds (None for a copy that was never set up)."""
    backup.check_backup_file(file)
    revision = read_revision(file)
    if revision is not None and revision not in known_revisions():
        raise StorageError("database_newer", revision=revision)
    return backup.backup_unit(file)


def other_unit(app, found: backup.BackupUnit | None) -> bool:  # noqa: ANN001 — bootstrap.App
    """True when a backup holding ``found`` would replace this copy's unit with another one."""
    if app.unit is None:
        return False  # a copy not yet set up has no unit (and no profile) to lose
    return found is None or found.code != app.unit.code


def unit_label(unit) -> str:  # noqa: ANN001 — BackupUnit | UnitInfo | None
    return tr("(not set up)") if unit is None else tr("{name} (code {code})", name=unit.name, code=unit.code)


def restore_from(app, file: Path, *, replace_unit: bool = False) -> Path:  # noqa: ANN001 — bootstrap.App
    """Check ``file`` (see ``check_restorable``), keep a copy of the current database, then restore.
    Returns the path of that copy. Nothing changes if a check fails.

    A backup of another unit (another hamlet's, the commune's, or a copy never set up) would replace
    this unit's data, identity and profiles: it is refused with ``restore_other_unit`` unless
    ``replace_unit`` says the user confirmed exactly that.
    """
    found = check_restorable(file)
    if other_unit(app, found) and not replace_unit:
        raise StorageError("restore_other_unit", path=str(file), backup_unit=unit_label(found),
                           this_unit=unit_label(app.unit))
    stamp = _stamp()
    try:
        safety = backup.backup_database(app.db_path, app.backups_dir / f"before-restore-{stamp}.db")
        app.close()
        backup.restore_database(file, app.db_path)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError("restore_failed", path=str(file), detail=str(exc)) from exc
    # An older backup is migrated to this version the next time the database opens.
    return safety
