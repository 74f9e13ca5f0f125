"""Backups on demand and a checked restore."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from desktop_app.domain.errors import StorageError
from desktop_app.storage import backup
from desktop_app.storage.db import known_revisions, read_revision


def backup_now(app, out: Path | None = None) -> Path:  # noqa: ANN001 — bootstrap.App
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = out or app.backups_dir / f"manual-{stamp}.db"
    if target.is_dir():
        target = target / f"sothon-{stamp}.db"
    try:
        return backup.backup_database(app.db_path, target)
    except OSError as exc:
        raise StorageError("data_dir_unwritable", path=str(target.parent), detail=exc.strerror or str(exc)) from exc


def restore_from(app, file: Path) -> Path:  # noqa: ANN001 — bootstrap.App
    """Check ``file`` (integrity, a Sổ Thôn database, not from a newer version), keep a copy of the
    current database, then restore. Returns the path of that copy. Nothing changes if a check fails."""
    backup.check_backup_file(file)
    revision = read_revision(file)
    if revision is not None and revision not in known_revisions():
        raise StorageError("database_newer", revision=revision)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        safety = backup.backup_database(app.db_path, app.backups_dir / f"before-restore-{stamp}.db")
        app.close()
        backup.restore_database(file, app.db_path)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError("restore_failed", path=str(file), detail=str(exc)) from exc
    # An older backup is migrated to this version the next time the database opens.
    return safety
