"""The backup page's restore: another unit's backup needs a second confirmation naming both units."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.gui.backup_page import BackupPage
from desktop_app.services.backups import backup_now
from tests.conftest import dump_tables, make_commune


def _answer_boxes(monkeypatch, answers):
    """Replace QMessageBox.exec: record each box's text and press the button whose text is the next answer."""
    shown = []

    def exec_(box):
        shown.append((box.windowTitle(), box.text(), box.informativeText()))
        wanted = answers.pop(0)
        if not box.buttons() and wanted == "OK":  # a plain message: Qt adds its OK button when shown
            return 0
        for button in box.buttons():
            if wanted in button.text().replace("&", ""):
                button.click()
                return 0
        raise AssertionError(f"no button {wanted!r} in {[b.text() for b in box.buttons()]}")

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: shown.append((title, text, "")))
    return shown


@pytest.fixture
def other(tmp_path):
    """A backup of the commune's copy: another unit than the hamlet's."""
    commune = make_commune(tmp_path / "commune")
    path = backup_now(commune, tmp_path / "commune.db")
    commune.close()
    return path


@pytest.fixture
def page(qtbot, hamlet):
    page = BackupPage(hamlet)
    qtbot.addWidget(page)
    return page


def test_another_units_backup_is_named_and_cancelling_changes_nothing(page, hamlet, other, monkeypatch):
    before = dump_tables(hamlet.db_path)
    shown = _answer_boxes(monkeypatch, ["Khôi phục", "Hủy"])
    restored = []
    page.restored.connect(lambda: restored.append(True))

    assert not page.restore(other)

    assert len(shown) == 2
    title, text, informative = shown[1]
    assert "Xã Yên Xuân (mã 17380)" in text and "Thôn Đông (mã 17380-thon-dong)" in text
    assert "hồ sơ" in informative  # says the profiles go too
    assert not restored and dump_tables(hamlet.db_path) == before


def test_confirming_the_second_question_restores_the_other_units_backup(page, hamlet, other, monkeypatch):
    shown = _answer_boxes(monkeypatch, ["Khôi phục", "Thay bằng Xã Yên Xuân"])
    restored = []
    page.restored.connect(lambda: restored.append(True))

    assert page.restore(other)

    assert restored and len(shown) == 3 and "before-restore-" in shown[2][1]
    assert [r[0] for r in dump_tables(hamlet.db_path)["units"] if r[-2]] == ["17380"]


def test_without_confirmation_another_units_backup_is_refused_with_the_message(page, hamlet, other, monkeypatch):
    before = dump_tables(hamlet.db_path)
    shown = _answer_boxes(monkeypatch, ["OK"])

    assert not page.restore(other, confirm=False)

    assert "--replace-unit" in shown[0][1] and dump_tables(hamlet.db_path) == before


def test_a_backup_is_listed_at_vietnams_time_like_its_name(page, hamlet, monkeypatch):
    """Made at 20:00 UTC on 7 December: named 08/12 03:00 and listed so, on a computer in any zone."""
    import datetime as dt
    import os

    from desktop_app.domain import clock

    at = dt.datetime(2026, 12, 7, 20, 0, tzinfo=dt.UTC)
    monkeypatch.setattr(clock, "now", lambda: at)
    path = backup_now(hamlet)
    os.utime(path, (at.timestamp(), at.timestamp()))
    page.refresh()
    rows = [page.table.topLevelItem(i) for i in range(page.table.topLevelItemCount())]
    (row,) = [r for r in rows if r.text(3) == path.name]
    assert path.name == "manual-20261208-030000.db" and row.text(0) == "08/12/2026 03:00"
