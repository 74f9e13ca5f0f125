"""The database file: migrations, the schema they make, pragmas, backups and their rotation."""

import datetime as dt
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from desktop_app.domain.errors import StorageError
from desktop_app.storage import backup
from desktop_app.storage.db import head_revision, open_database, read_revision
from desktop_app.storage.models import Base


def test_migrations_build_exactly_the_schema_the_models_describe(tmp_path):
    engine = open_database(tmp_path / "s.db", backups_dir=tmp_path / "b")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    # Only the FTS5 shadow tables, which the models do not describe, may differ.
    assert [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("resident_fts"))] == []


def test_the_database_runs_in_wal_mode_with_foreign_keys_on(tmp_path):
    engine = open_database(tmp_path / "s.db", backups_dir=tmp_path / "b")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    engine.dispose()
    assert read_revision(tmp_path / "s.db") == head_revision()


def test_an_older_database_is_backed_up_before_it_is_migrated(tmp_path):
    db = tmp_path / "s.db"
    open_database(db, backups_dir=tmp_path / "b").dispose()
    with sqlite3.connect(db) as conn:  # pretend the file predates the current head
        conn.execute("DROP TABLE resident_fts")
        conn.execute("PRAGMA foreign_keys = OFF")
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                             "'sqlite_%' AND name NOT LIKE 'resident_fts%' AND name != 'alembic_version'")]
        for t in tables:
            conn.execute(f"DROP TABLE {t}")
        conn.execute("DELETE FROM alembic_version")
    conn.close()
    open_database(db, backups_dir=tmp_path / "b").dispose()
    assert [p.name for p in (tmp_path / "b").iterdir()] == [f"pre-migration-none-to-{head_revision()}.db"]


def test_a_newer_database_is_refused(tmp_path):
    db = tmp_path / "s.db"
    open_database(db, backups_dir=tmp_path / "b").dispose()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num='zzzz'")
    conn.close()
    with pytest.raises(StorageError) as exc:
        open_database(db, backups_dir=tmp_path / "b")
    assert exc.value.code == "database_newer"


def test_rotation_keeps_seven_days_four_weeks_and_twelve_months():
    days = [dt.date(2026, 11, 28) - dt.timedelta(days=i) for i in range(400)]
    keep = backup.backups_to_keep(days)
    assert set(days[:7]) <= keep
    assert len(keep) <= 7 + 4 + 12
    months = {(d.year, d.month) for d in keep}
    assert len(months) == 12


def test_rotate_takes_one_backup_a_day_and_prunes_old_ones(tmp_path):
    db = tmp_path / "s.db"
    open_database(db, backups_dir=tmp_path / "b").dispose()
    folder = tmp_path / "auto"
    start = dt.date(2026, 1, 1)
    for i in range(60):
        backup.rotate(db, folder, today=start + dt.timedelta(days=i))
    assert backup.rotate(db, folder, today=start + dt.timedelta(days=59)) is None  # already taken today
    kept = backup.list_auto_backups(folder)
    assert 7 <= len(kept) <= 7 + 4 + 12
    assert kept[0].taken_on == start + dt.timedelta(days=59)
    backup.check_backup_file(kept[-1].path)


def test_the_schema_head_constant_matches_the_newest_migration():
    from desktop_app.storage.db import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()


def test_a_database_of_the_first_schema_is_migrated_with_its_records_kept(tmp_path):
    from alembic import command

    from desktop_app.storage.db import _alembic_config, make_engine

    db = tmp_path / "old.db"
    engine = make_engine(db)
    with engine.begin() as conn:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql(
            "INSERT INTO units VALUES ('17380-thon-dong','Thôn Đông','hamlet','40','Nghệ An','17380','Xã Yên Xuân',1,"
            "'2026-01-01 00:00:00')")
    engine.dispose()
    assert read_revision(db) == "0001"
    open_database(db, backups_dir=tmp_path / "b").dispose()
    assert read_revision(db) == head_revision()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name FROM units").fetchall() == [("Thôn Đông",)]
    conn.close()
    backup.check_backup_file(tmp_path / "b" / f"pre-migration-0001-to-{head_revision()}.db")


def test_a_0004_database_keeps_its_commune_and_outbox_when_migrated(tmp_path):
    from alembic import command
    from sqlalchemy import create_engine

    from desktop_app.storage.db import _alembic_config

    db = tmp_path / "s.db"
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
    engine.dispose()
    now = "2026-11-01 08:00:00.000000"
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO recipients VALUES ('r1', '17380', 'Xã Yên Xuân', 'commune', 'S', 'E', 'sf', 'ef',"
                     " ?, ?, ?, 1)", (now, now, now))
        conn.execute("INSERT INTO outbox VALUES ('o1', '17380', 'government', 1, NULL, 'h', 'f.sothon', NULL,"
                     " '2026-01-01', '2026-11-01', '{}', ?, ?, 1, 'sent', ?, NULL)", (now, now, now))
    conn.close()
    open_database(db, backups_dir=tmp_path / "b").dispose()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT code, kind, signing_fingerprint FROM recipients").fetchall() == [
            ("17380", "commune", "sf")]
        assert conn.execute("SELECT sequence, state, document_ids FROM outbox").fetchall() == [(1, "sent", "[]")]
        # The commune and its party committee may now share a unit code, one recipient of each kind.
        conn.execute("INSERT INTO recipients VALUES ('r2', '17380', 'Đảng ủy xã', 'party_committee', 'S', 'E', 'sf',"
                     " 'ef', ?, ?, ?, 1)", (now, now, now))
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO recipients VALUES ('r3', '17380', 'x', 'commune', 'S', 'E', 'sf', 'ef', ?, ?, ?,"
                         " 1)", (now, now, now))
    conn.close()
