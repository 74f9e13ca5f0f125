"""Deleting a meeting or a security-order event from its page (with a confirmation), refusals shown with nothing
changed, and the way back from the Trash page (pytest-qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.gui.meetings.page import MeetingsPage
from desktop_app.gui.register.trash_page import TrashPage
from desktop_app.gui.security.page import SecurityPage
from desktop_app.services import meetings, security
from desktop_app.services.security import event_input_from_json
from tests.conftest import dump_tables, keep_signed

SHOTS = "/tmp/tombstones"


def _meeting(hamlet, on: dt.date, title: str) -> str:
    with hamlet.uow() as uow:
        v = meetings.create_meeting(uow, meetings.MeetingInput(
            kind="hamlet_meeting", date=on, chair="Nguyễn Văn Trưởng", secretary="Lê Thị Thư",
            start=dt.time(19, 30), end=dt.time(21, 0), title=title), viewer=None, today=dt.date(2026, 12, 1))
        uow.commit()
    return v.row.id


def _event(hamlet, place: str) -> str:
    with hamlet.uow() as uow:
        e = security.record_event(uow, event_input_from_json({
            "occurred_at": "2026-07-14T21:30:00+07:00", "place": place, "type": "crime", "severity": "less_serious",
            "description": "Trộm cắp xe máy trước cửa nhà", "people": []}))
        uow.commit()
    return e.id


@pytest.fixture
def errors(monkeypatch):
    shown = []
    for page in ("meetings", "security", "register.trash_page"):
        module = f"desktop_app.gui.{page}" + ("" if "." in page else ".page")
        monkeypatch.setattr(f"{module}.show_error", lambda parent, exc, **kw: shown.append(exc))
    return shown


def _trash(qtbot, hamlet) -> TrashPage:
    trash = TrashPage(hamlet)
    qtbot.addWidget(trash)
    trash.resize(1366, 768)
    return trash


def _texts(table, column=0):
    return [table.item(i, column).text() for i in range(table.rowCount())]


def test_a_meeting_is_deleted_after_asking_and_restored_from_the_trash(qtbot, hamlet, errors, monkeypatch):
    kept = _meeting(hamlet, dt.date(2026, 11, 5), "Họp thôn tháng 11")
    gone = _meeting(hamlet, dt.date(2026, 11, 20), "Họp thôn ghi nhầm")
    page = MeetingsPage(hamlet)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    with qtbot.waitSignal(page.ready, timeout=10_000):
        pass
    assert page.selected_row().id == gone and page.delete.isEnabled()  # the newest is shown first
    asked = []
    monkeypatch.setattr(page, "_confirm", lambda title, text, yes: asked.append(text) or False)
    before = dump_tables(hamlet.db_path)
    assert page.delete_selected() is False  # Cancel: nothing changes
    assert "02/2026" in asked[0] and "20/11/2026" in asked[0] and "thùng rác" in asked[0]
    assert dump_tables(hamlet.db_path) == before
    page.grab().save(f"{SHOTS}/meetings-page.png")
    monkeypatch.setattr(page, "_confirm", lambda *a: True)
    with qtbot.waitSignal(page.data_changed):
        assert page.delete_selected() is True
    assert [r.id for r in page.rows] == [kept] and errors == []
    trash = _trash(qtbot, hamlet)
    assert _texts(trash.meetings_table, 2) == ["Họp thôn ghi nhầm"] and trash.meetings_table.item(0, 3).text()
    assert trash.meetings_label.text().endswith("(1)")
    trash.grab().save(f"{SHOTS}/trash-page.png")
    trash.select(gone)
    assert trash.restore_button.isEnabled()
    with qtbot.waitSignal(trash.data_changed):
        trash.restore_button.click()
    assert trash.meetings_table.rowCount() == 0 and errors == []
    page.refresh()
    assert {r.id for r in page.rows} == {kept, gone}


def test_a_meeting_with_signed_minutes_is_refused_with_the_message_and_stays(qtbot, hamlet, errors, monkeypatch):
    m = _meeting(hamlet, dt.date(2026, 11, 20), "Họp thôn")
    keep_signed(hamlet, "hamlet_meeting_minutes", record_id=m)
    page = MeetingsPage(hamlet)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.ready, timeout=10_000):
        pass
    monkeypatch.setattr(page, "_confirm", lambda *a: True)
    before = dump_tables(hamlet.db_path)
    assert page.delete_selected() is False
    assert [e.code for e in errors] == ["meeting_delete_papers_issued"]
    assert dump_tables(hamlet.db_path) == before and [r.id for r in page.rows] == [m]


def test_an_event_is_deleted_after_asking_and_restored_from_the_trash(qtbot, hamlet, errors, monkeypatch):
    kept, gone = _event(hamlet, "Cổng chợ"), _event(hamlet, "Ngõ 3, xóm 2")
    page = SecurityPage(hamlet)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    with qtbot.waitSignal(page.ready, timeout=10_000):
        pass
    page.select_event(gone)
    assert page.delete_event_button.isEnabled()
    asked = []
    monkeypatch.setattr(page, "_confirm", lambda title, text, yes: asked.append(text) or True)
    with qtbot.waitSignal(page.data_changed):
        assert page.delete_selected_event() is True
    assert "14/07/2026" in asked[0] and "Ngõ 3, xóm 2" in asked[0]
    assert [e.id for e in page.events] == [kept] and errors == []
    page.grab().save(f"{SHOTS}/security-page.png")
    trash = _trash(qtbot, hamlet)
    assert _texts(trash.events_table, 2) == ["Ngõ 3, xóm 2"]
    trash.select(gone)
    with qtbot.waitSignal(trash.data_changed):
        trash.restore_selected()
    assert trash.events_table.rowCount() == 0 and errors == []
    page.refresh()
    assert {e.id for e in page.events} == {kept, gone}


def test_a_trash_row_restored_meanwhile_elsewhere_is_refused_with_the_message(qtbot, hamlet, errors):
    gone = _meeting(hamlet, dt.date(2026, 11, 10), "Họp thôn")
    with hamlet.uow() as uow:
        meetings.delete_meeting(uow, gone, viewer=None)
        uow.commit()
    trash = _trash(qtbot, hamlet)
    trash.select(gone)
    with hamlet.uow() as uow:  # restored meanwhile from the command line: the row shown is stale
        meetings.restore_meeting(uow, gone, viewer=None)
        uow.commit()
    before = dump_tables(hamlet.db_path)
    trash.restore_selected()
    assert [e.code for e in errors] == ["meeting_not_in_trash"] and dump_tables(hamlet.db_path) == before


def test_a_communes_trash_has_no_list_of_security_events(qtbot, commune, hamlet):
    """Security and order is a hamlet's area: a commune's window has no such page, and its Trash no such list."""
    theirs = TrashPage(hamlet)
    qtbot.addWidget(theirs)
    assert not theirs.boxes[theirs.events_table].isHidden()
    page = TrashPage(commune)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    assert page.boxes[page.events_table].isHidden() and page.events == []
    assert not page.boxes[page.meetings_table].isHidden()
    assert "security" not in page.intro.text().lower() and "an ninh" not in page.intro.text().lower()
