"""Backups: SQLite's online backup API, grandfather-father-son rotation, and a checked restore."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.clock import vn_today
from desktop_app.domain.errors import StorageError

log = logging.getLogger(__name__)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
AUTO_PREFIX = "auto-"


def backup_database(source: Path, target: Path) -> Path:
    """Copy a live database consistently (readers and the writer may keep working) to ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(tmp, target)
    return target


def check_backup_file(path: Path) -> None:
    """Raise unless ``path`` is an intact Sổ Thôn database (``PRAGMA integrity_check``)."""
    if not path.is_file():
        raise StorageError("backup_not_found", path=str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
            if result != [("ok",)]:
                raise StorageError("backup_corrupt", path=str(path), detail="; ".join(r[0] for r in result[:3]))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError("backup_corrupt", path=str(path), detail=str(exc)) from exc
    if not {"alembic_version", "residents", "units"} <= tables:
        raise StorageError("backup_not_sothon", path=str(path))


@dataclass(frozen=True)
class BackupUnit:
    """The unit whose data a backup holds (its own unit row)."""

    code: str
    name: str
    kind: str


def backup_unit(path: Path) -> BackupUnit | None:
    """The own unit recorded in a checked backup, or None for a copy that was never set up."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT code, name, kind FROM units WHERE is_own = 1 LIMIT 1").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StorageError("backup_corrupt", path=str(path), detail=str(exc)) from exc
    finally:
        conn.close()
    return BackupUnit(*row) if row else None


def restore_database(backup_file: Path, live: Path) -> None:
    """Replace the live database with a checked backup. Every connection must be closed first.

    The backup is copied into a new file beside the live one (SQLite's backup API, so page sizes and
    journal modes of the two files do not matter), switched to WAL, and moved over the live file in one
    rename; the old file's -wal/-shm, which belong to the replaced content, are removed. A failure
    before the rename leaves the live database as it was.
    """
    staged = live.with_name(live.name + ".restoring")
    staged.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(staged)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=WAL")
        finally:
            dst.close()
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    # Fold the live WAL into its file first, so that removing -wal/-shm below discards nothing that the
    # rename would not replace anyway.
    conn = sqlite3.connect(live)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        Path(str(live) + suffix).unlink(missing_ok=True)
    os.replace(staged, live)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_on: dt.date


def list_auto_backups(folder: Path) -> list[BackupFile]:
    found = []
    for p in folder.glob(f"{AUTO_PREFIX}*.db"):
        try:
            day = dt.date.fromisoformat(p.stem[len(AUTO_PREFIX) :][:10])
        except ValueError:
            continue
        found.append(BackupFile(p, day))
    return sorted(found, key=lambda b: b.taken_on, reverse=True)


def backups_to_keep(days: list[dt.date]) -> set[dt.date]:
    """Grandfather-father-son: the newest backup of each of the last 7 days that have one, of the last
    4 ISO weeks, and of the last 12 months."""
    keep: set[dt.date] = set()
    newest_first = sorted(set(days), reverse=True)
    for group_of, limit in ((lambda d: d, KEEP_DAILY), (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
                            (lambda d: (d.year, d.month), KEEP_MONTHLY)):
        seen: list = []
        for d in newest_first:
            g = group_of(d)
            if g not in seen:
                seen.append(g)
                if len(seen) > limit:
                    break
                keep.add(d)
    return keep


def rotate(db: Path, folder: Path, *, today: dt.date | None = None) -> Path | None:
    """Take today's automatic backup if there is none yet, then prune by ``backups_to_keep``.
    Returns the new backup's path, or None when today's already existed."""
    today = today or vn_today()
    target = folder / f"{AUTO_PREFIX}{today.isoformat()}.db"
    made = None
    if not target.exists():
        made = backup_database(db, target)
    existing = list_auto_backups(folder)
    keep = backups_to_keep([b.taken_on for b in existing])
    for b in existing:
        if b.taken_on not in keep:
            try:
                b.path.unlink()
            except OSError:
                log.warning("could not prune old backup %s", b.path)
    return made
