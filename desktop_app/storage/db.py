"""Opening the database: SQLite pragmas, corruption and version checks, migrations after a backup."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from desktop_app.domain.errors import StorageError
from desktop_app.storage import backup

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

# The newest migration's revision. Opening a database already at this revision needs no Alembic at all,
# which keeps start-up lean; a test checks it equals Alembic's own head.
SCHEMA_HEAD = "0025_commune_rules"


def _alembic_config():  # noqa: ANN202 — alembic.config.Config, imported only when migrating
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def make_engine(path: Path):  # noqa: ANN201 — sqlalchemy.Engine (imported here: start-up never needs it)
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    # NOTE: NullPool — each unit of work opens its own short-lived connection (TagStudio does the same);
    # SQLite connections are cheap, and no connection is ever shared between the GUI and a worker thread.
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool, connect_args={"timeout": 10})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # noqa: ANN001
        cur = dbapi_conn.cursor()
        # WAL: readers never block the writer (the window reads while a worker imports).
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        # FULL: a committed form, import or outbox state survives a power cut (WAL + NORMAL may lose the
        # last commits). The cost is one extra fsync per commit, invisible at a person's typing speed.
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.close()

    return engine


class WalKeeper:
    """One idle connection to the database, held while a batch of imports runs (the inbox service, fetch-mail,
    ``sothon import``): ``with WalKeeper(path): ...``.

    NOTE: in WAL mode the last connection to close checkpoints the WAL into the database and deletes it, and
    the next writer creates it again — three syncs more per unit of work at ``synchronous=FULL`` on top of the
    commit's own, since with NullPool every unit of work is a last connection. Measured with strace on 40
    imports: 6 syncs an import without a keeper, 3 with one (the commit, the folder, the receipt file). The
    keeper has read once, so it holds the shared lock that tells the others they are not the last; idle, it
    holds no snapshot: writers, readers and the automatic checkpoint (every 1000 pages) go on as before."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn: sqlite3.Connection | None = None

    def __enter__(self) -> WalKeeper:
        try:
            self.conn = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except sqlite3.Error:
            self.close()  # a convenience: without it every import still works, only slower
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def read_revision(path: Path) -> str | None:
    """The schema revision of a database file without migrating it; raises ``database_corrupt``."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            has = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if not has:
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError("database_corrupt", path=str(path), detail=str(exc)) from exc


def prepare_database(path: Path, *, backups_dir: Path) -> None:
    """Make the database at ``path`` ready for this version: create it, or migrate it after a backup.

    Refuses a database written by a newer version (``database_newer``) and a damaged file
    (``database_corrupt``) without changing either. A database already at ``SCHEMA_HEAD`` is only
    checked, with the standard library: neither SQLAlchemy nor Alembic is imported.
    """
    exists = path.exists() and path.stat().st_size > 0
    current = read_revision(path) if exists else None
    if current == SCHEMA_HEAD:
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                conn.execute("SELECT count(*) FROM units").fetchone()
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            raise StorageError("database_corrupt", path=str(path), detail=str(exc)) from exc
        return
    if current is not None and current not in known_revisions():
        raise StorageError("database_newer", revision=current)
    from alembic import command

    head = head_revision()
    if exists:
        backup.backup_database(path, backups_dir / f"pre-migration-{current or 'none'}-to-{head}.db")
    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except Exception as exc:
        raise StorageError("database_corrupt", path=str(path), detail=str(exc)) from exc
    finally:
        engine.dispose()
    log.info("database %s migrated from %s to %s", path, current, head)


def open_database(path: Path, *, backups_dir: Path):  # noqa: ANN201 — sqlalchemy.Engine
    """``prepare_database``, then an engine on it."""
    prepare_database(path, backups_dir=backups_dir)
    return make_engine(path)
