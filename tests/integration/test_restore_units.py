"""Restoring a backup that holds another unit's data: shown, refused unless confirmed, nothing changed."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import StorageError
from desktop_app.i18n import tr
from desktop_app.messages import render
from desktop_app.services.backups import backup_now, restore_from
from tests.conftest import dump_tables, make_commune, make_hamlet
from tests.integration.test_cli import INIT, run


@pytest.fixture
def other_hamlets_backup(tmp_path, monkeypatch, capsys):
    """A backup of Thôn Tây (another hamlet of the same commune)."""
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    other = tmp_path / "tay"
    args = [a if a != "Thôn Đông" else "Thôn Tây" for a in INIT]
    code, doc = run(capsys, "--data-dir", str(other), *args, "--json")
    assert code == 0 and doc["unit"]["code"] == "17380-thon-tay"
    out = tmp_path / "tay-backup.db"
    code, _ = run(capsys, "--data-dir", str(other), "backup", "--out", str(out), "--json")
    assert code == 0
    return out


def test_the_command_line_refuses_another_hamlets_backup_and_changes_nothing(
        other_hamlets_backup, tmp_path, capsys):
    app = make_hamlet(tmp_path / "dong")
    run(capsys, "--data-dir", str(app.data_dir), "demo", "--json")
    app.close()
    before = dump_tables(app.db_path)
    backups_before = sorted(p.name for p in app.backups_dir.glob("*"))

    code, doc = run(capsys, "--data-dir", str(app.data_dir), "restore", str(other_hamlets_backup), "--json")

    assert code == 1 and doc["error"] == "restore_other_unit"
    assert "Thôn Tây (mã 17380-thon-tay)" in doc["message"]
    assert "Thôn Đông (mã 17380-thon-dong)" in doc["message"]
    assert "--replace-unit" in doc["message"]
    assert dump_tables(app.db_path) == before
    assert sorted(p.name for p in app.backups_dir.glob("*")) == backups_before  # not even a safety copy


def test_replace_unit_restores_another_hamlets_backup_and_keeps_the_previous_database(
        other_hamlets_backup, tmp_path, capsys):
    app = make_hamlet(tmp_path / "dong")
    app.close()
    code, doc = run(capsys, "--data-dir", str(app.data_dir), "restore", str(other_hamlets_backup),
                    "--replace-unit", "--json")
    assert code == 0, doc
    from desktop_app.bootstrap import open_app

    reopened = open_app(app.data_dir)
    assert reopened.unit.code == "17380-thon-tay" and reopened.unit.name == "Thôn Tây"
    reopened.close()
    kept = dump_tables(doc["previous_saved_as"])
    assert [r[0] for r in kept["units"] if r[-2]] == ["17380-thon-dong"]  # code … is_own, created_at


def test_a_communes_backup_is_refused_on_a_hamlet_copy_through_the_service(tmp_path):
    commune = make_commune(tmp_path / "commune")
    copy = backup_now(commune, tmp_path / "commune.db")
    commune.close()
    hamlet = make_hamlet(tmp_path / "hamlet")
    before = dump_tables(hamlet.db_path)
    with pytest.raises(StorageError) as caught:
        restore_from(hamlet, copy)
    assert caught.value.code == "restore_other_unit"
    assert caught.value.params["backup_unit"] == tr("{name} (code {code})", name="Xã Yên Xuân", code="17380")
    assert "Xã Yên Xuân" in render(caught.value)
    assert dump_tables(hamlet.db_path) == before
    hamlet.close()


def test_the_units_own_backup_restores_without_confirmation(tmp_path):
    hamlet = make_hamlet(tmp_path / "hamlet")
    copy = backup_now(hamlet, tmp_path / "own.db")
    assert restore_from(hamlet, copy).name.startswith("before-restore-")
