"""The Meetings window's newer parts driven as their users would: the hamlet head's roll call by household
(search, representative, reasons), the live screen's clock to the minute, a finished meeting's read-only page
and its documents, and the party cell secretary's member editor; bad input refused with nothing saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_app.domain.clock import VN_TZ, vn_today
from desktop_app.domain.people import BirthDate, Relation, ResidentInput, Sex
from desktop_app.domain.units import Role
from desktop_app.gui.meetings.page import MeetingsPage
from desktop_app.services import meetings, profiles, register
from tests.conftest import PASSPHRASE, dump_tables

SHOTS = Path("/tmp/meetgui")
HEADS = ("Nguyễn Văn An", "Lê Thị Bình", "Phạm Văn Cường", "Hoàng Thị Dung", "Đặng Văn Đức", "Trần Thị Ánh")


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def households(hamlet):
    """Six households; household 4 (Hoàng Thị Dung's) also has her husband and a child of 10."""
    out = {}
    with hamlet.uow() as uow:
        for n, name in enumerate(HEADS, start=1):
            h = register.add_household(uow, number=str(n), address=f"Xóm {'Bắc' if n % 2 else 'Nam'}", head=ResidentInput(
                full_name=name, birth_date=BirthDate(1970, 5, n), sex=Sex.FEMALE if "Thị" in name else Sex.MALE))
            out[name] = h
        dung = out["Hoàng Thị Dung"].id
        husband = register.add_resident(uow, household_id=dung, data=ResidentInput(
            "Lý Văn Chồng", BirthDate(1968, 1, 1), Sex.MALE, relation=Relation.SPOUSE))
        child = register.add_resident(uow, household_id=dung, data=ResidentInput(
            "Lý Minh Con", BirthDate(vn_today().year - 10, 1, 1), Sex.MALE, relation=Relation.CHILD))
        uow.commit()
    return {"households": out, "husband": husband.id, "child": child.id}


def _page(qtbot, app) -> MeetingsPage:
    p = MeetingsPage(app)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    with qtbot.waitSignal(p.ready, timeout=10_000):
        pass
    return p


@pytest.fixture
def errors(monkeypatch):
    """Refusals the page shows, as their codes (the message box is not opened)."""
    shown: list = []
    monkeypatch.setattr("desktop_app.gui.meetings.page.show_error", lambda _parent, exc, **_kw: shown.append(exc))
    return shown


def _clock(page, *times: str) -> None:
    """The page's clock gives these times today, one a call."""
    today = dt.datetime.now(VN_TZ).date()
    values = iter(dt.datetime.combine(today, dt.time.fromisoformat(t), VN_TZ) for t in times)
    page.now = lambda: next(values)


def _stored(page):
    with page.app.uow() as uow:
        return meetings.get_meeting(uow, page.view.row.id, viewer=page.app.profile)


def test_the_hamlet_head_marks_households_found_by_name_or_address_with_their_representative(
        qtbot, hamlet, households, errors):
    page = _page(qtbot, hamlet)
    page.kind.setCurrentIndex(page.kind.findData("hamlet_meeting"))
    page.secretary.setText("Lê Thị Bình")
    _clock(page, "19:30:40")
    page.start.click()
    live, roll = page.live, page.live.households
    assert page.stack.currentWidget() is live and live.roll_stack.currentWidget() is roll
    assert _stored(page).start == dt.time(19, 30) and "19:30" in live.started.text()
    # the list in Vietnamese name order of the heads (given name, then family name): An, Ánh, Bình, Cường, Dung, Đức
    names = [roll.proxy.index(i, 0).data().split(" — ")[0] for i in range(roll.proxy.rowCount())]
    assert names == ["Nguyễn Văn An", "Trần Thị Ánh", "Lê Thị Bình", "Phạm Văn Cường", "Hoàng Thị Dung",
                     "Đặng Văn Đức"]
    roll.search.setText("dung")  # no diacritics typed
    assert roll.proxy.rowCount() == 1
    # who may represent the household: its adults, the head first (not the child of ten)
    reps = [roll.representative.itemText(i) for i in range(roll.representative.count())]
    assert reps == ["Hoàng Thị Dung", "Lý Văn Chồng"]
    roll.representative.setCurrentIndex(1)
    roll.present.click()
    line = next(a for a in _stored(page).attendance if a.household_id == households["households"]["Hoàng Thị Dung"].id)
    assert (line.status.value, line.name, line.resident_id) == ("present", "Lý Văn Chồng", households["husband"])
    assert "Lý Văn Chồng" in roll.proxy.index(0, 0).data()
    roll.search.setText("xom nam")  # by address: households 2, 4, 6 are in Xóm Nam
    assert roll.proxy.rowCount() == 3
    roll.search.setText("Đức")
    # absent with a reason but none written: refused, nothing saved
    before = dump_tables(hamlet.db_path)
    roll.reason.clear()
    roll.excused.click()
    assert [e.code for e in errors] == ["meeting_reason_required"]
    assert dump_tables(hamlet.db_path) == before
    roll.reason.setText("đi làm ăn xa")
    roll.excused.click()
    roll.search.setText("an")  # every word typed is looked for inside the folded names: Văn, Hoàng, Đặng, Ánh…
    assert roll.proxy.rowCount() == 5  # all but Lê Thị Bình
    v = _stored(page)
    assert v.counts.present == 1 and v.counts.absent_with_reason == 1 and v.counts.absent_without_reason == 4
    duc = next(a for a in v.attendance if a.name == "Đặng Văn Đức")
    assert duc.reason == "đi làm ăn xa"
    assert roll.found.text() == "Đang hiện 5/6 hộ; 1 hộ có mặt."
    roll.search.clear()
    _shot(page, "hamlet-live")


def test_a_household_representative_must_be_an_adult_of_that_household(hamlet, households):
    with hamlet.uow() as uow:
        v = meetings.start_meeting(uow, viewer=hamlet.profile, kind="hamlet_meeting", on=vn_today(),
                                   chair="Nguyễn Văn Trưởng", secretary="Lê Thị Bình", start=dt.time(19, 30))
        uow.commit()
    with hamlet.uow() as uow:
        lines = {x.head_name: x for x in meetings.household_roll(uow, v.row.id, viewer=hamlet.profile)}
    dung, an = lines["Hoàng Thị Dung"], lines["Nguyễn Văn An"]
    before = dump_tables(hamlet.db_path)
    for line, kwargs, code in (
            (dung, {"status": "present", "representative_id": households["child"]}, "meeting_representative_minor"),
            (an, {"status": "present", "representative_id": households["husband"]}, "meeting_representative_not_member"),
            (an, {"status": "exempt"}, "meeting_household_status_invalid"),
            (an, {"status": "absent_with_reason", "reason": "  "}, "meeting_reason_required")):
        with pytest.raises(Exception) as e, hamlet.uow() as uow:
            meetings.mark_household(uow, v.row.id, line.line_id, viewer=hamlet.profile, **kwargs)
            uow.commit()
        assert e.value.code == code
        assert dump_tables(hamlet.db_path) == before


def test_finishing_in_the_minute_the_meeting_started_is_refused_and_a_minute_later_it_is_finished(
        qtbot, hamlet, households, errors):
    page = _page(qtbot, hamlet)
    page.kind.setCurrentIndex(page.kind.findData("hamlet_meeting"))
    page.secretary.setText("Lê Thị Bình")
    _clock(page, "09:15:20", "09:15:58", "09:16:03")
    page.start.click()
    before = dump_tables(hamlet.db_path)
    page.live.finish.click()  # 09:15:58: the same minute as 09:15
    assert [e.code for e in errors] == ["meeting_end_same_minute"]
    from desktop_app.messages import render

    assert "09:15" in render(errors[0]) and "cùng một phút" in render(errors[0])
    assert dump_tables(hamlet.db_path) == before
    assert page.stack.currentWidget() is page.live
    page.live.finish.click()  # 09:16:03
    v = _stored(page)
    assert (v.row.status.value, v.start, v.end) == ("held", dt.time(9, 15), dt.time(9, 16))
    assert page.stack.currentWidget() is page.sheet


@pytest.fixture
def party(hamlet):
    with hamlet.uow() as uow:
        profiles.add_profile(uow, acting=hamlet.profile, name="bi.thu", display_name="Trần Văn Bí Thư",
                             role=Role.PARTY_SECRETARY, phone=None, passphrase=PASSPHRASE)
        uow.commit()
    hamlet.unlock("bi.thu", PASSPHRASE)
    ids = {}
    with hamlet.uow() as uow:
        for name, membership in (("Trần Văn Bí Thư", "full"), ("Lê Thị Thư Ký", "full"), ("Nguyễn Văn Một", "full"),
                                 ("Phạm Thị Hai", "full"), ("Vũ Văn Ba", "full"), ("Đỗ Văn Bốn", "full"),
                                 ("Hồ Thị Trẻ", "probationary")):
            ids[name] = meetings.add_member(uow, viewer=hamlet.profile, full_name=name, membership=membership,
                                            admitted_on=dt.date(2025, 3, 5) if membership == "probationary" else None).id
        uow.commit()
    return ids


def _held_cell_meeting(hamlet, ids):
    """Last month's cell meeting: five of seven present (71 %), a resolution passed 4/6, two tasks."""
    on = vn_today().replace(day=1) - dt.timedelta(days=20)
    absent = {"Đỗ Văn Bốn": "absent_with_reason", "Vũ Văn Ba": "absent_without_reason"}
    with hamlet.uow() as uow:
        v = meetings.create_meeting(uow, meetings.MeetingInput(
            kind="party_cell_regular", date=on, chair="Trần Văn Bí Thư", secretary="Lê Thị Thư Ký",
            start=dt.time(8), end=dt.time(10, 30), place="Nhà văn hóa thôn",
            attendance=[meetings.AttendanceInput(absent.get(n, "present"), member_id=i,
                                                 reason="ốm" if n == "Đỗ Văn Bốn" else None) for n, i in ids.items()],
            speeches=[("Nguyễn Văn Một", "Nhất trí với báo cáo; đề nghị phân công đảng viên phụ trách xóm.")],
            votes=[meetings.VoteInput("Nghị quyết lãnh đạo tháng", 4, 0, 0, True),
                   meetings.VoteInput("Đề nghị kết nạp quần chúng ưu tú", 3, 1, 0)],
            conclusion="Chi bộ thống nhất các nhiệm vụ như báo cáo.", resolution="Chi bộ thống nhất lãnh đạo.",
            grade="good",
            tasks=[meetings.TaskInput("Rà soát hộ nghèo", owner_member_id=ids["Nguyễn Văn Một"],
                                      deadline=on + dt.timedelta(days=25)),
                   meetings.TaskInput("Vận động phân loại rác", owner_member_id=ids["Phạm Thị Hai"])]),
            viewer=hamlet.profile)
        uow.commit()
    return v


def test_a_finished_meeting_opens_a_read_only_page_with_counts_shares_and_its_documents(
        qtbot, hamlet, party, errors):
    from desktop_app.gui.main_window import MainWindow

    stored = _held_cell_meeting(hamlet, party)
    window = MainWindow(hamlet)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_area("meetings")
    qtbot.waitUntil(lambda: page.view is not None and page.view.row.id == stored.row.id, timeout=10_000)
    sheet = page.sheet
    assert page.stack.currentWidget() is sheet
    assert "(71,4%)" in sheet.rate.text() and "Dưới 85%" in sheet.rate.text() and "b00020" in sheet.rate.styleSheet()
    assert sheet.attendance.rowCount() == 7
    cells = {sheet.attendance.item(i, 0).text(): (sheet.attendance.item(i, 1).text(), sheet.attendance.item(i, 2).text())
             for i in range(7)}
    assert cells["Đỗ Văn Bốn"] == ("vắng có lý do", "ốm")
    assert cells["Hồ Thị Trẻ (đảng viên dự bị)"][0] == "có mặt"
    # the denominator: six counted full members; 4 of 6 passed, 3 of 6 did not
    vote = [sheet.votes.item(0, c).text() for c in range(6)]
    assert vote[1:] == ["4 (66,7%)", "0 (0,0%)", "0 (0,0%)", "6 đảng viên chính thức được tính",
                        "được thông qua"]
    assert sheet.votes.item(1, 5).text() == "chưa được thông qua"
    assert sheet.votes.item(1, 1).text() == "3 (50,0%)"
    assert sheet.tasks.rowCount() == 2 and sheet.tasks.item(0, 1).text() == "Nguyễn Văn Một"
    assert sheet.tasks.item(1, 2).text() == "—" and sheet.tasks.item(0, 3).text() == "chưa rà soát"
    assert sheet.speeches.item(0, 0).text() == "Nguyễn Văn Một"
    kinds = [b.property("kind") for b in sheet.buttons]
    assert kinds[0] == "party_cell_minutes" and "hamlet_meeting_minutes" not in kinds
    for tab in range(sheet.tabs.count()):
        sheet.tabs.setCurrentIndex(tab)
        _shot(window, f"sheet-tab{tab}")
    sheet.tabs.setCurrentIndex(2)
    sheet.buttons[0].click()
    documents = window.page("documents")
    qtbot.waitUntil(lambda: documents.rendered is not None, timeout=60_000)
    assert not errors
    assert (documents.rendered.kind, documents.rendered.record_id) == ("party_cell_minutes", stored.row.id)
    assert window.stack.currentWidget() is documents
    _shot(window, "sheet-minutes-in-documents")


def test_the_member_editor_adds_and_changes_members_and_refuses_bad_dates_in_vietnamese(
        qtbot, hamlet, party, households):
    from desktop_app.gui.meetings.members import MemberForm, MembersDialog

    page = _page(qtbot, hamlet)
    assert page.members.isVisible()
    dialog = MembersDialog(hamlet, page)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 7 and "6 chính thức, 1 dự bị" in dialog.summary.text()
    form = MemberForm(hamlet, None, dialog)
    qtbot.addWidget(form)
    form.search.setText("duc")
    assert form.resident.currentText().startswith("Đặng Văn Đức")
    form.membership.setCurrentIndex(form.membership.findData("probationary"))
    form.admitted_on.set_value(dt.date(2025, 6, 1))
    form.official_on.set_value(dt.date(2026, 6, 1))
    before = dump_tables(hamlet.db_path)
    form.save()
    assert form.result() == 0 and "Đảng viên dự bị chưa có ngày chính thức" in form.message.text()
    assert dump_tables(hamlet.db_path) == before
    form.membership.setCurrentIndex(form.membership.findData("full"))
    form.official_on.set_value(dt.date(2026, 1, 1))
    form.save()
    assert "12 tháng" in form.message.text() and dump_tables(hamlet.db_path) == before
    form.official_on.set_value(dt.date(2026, 6, 1))
    form.save()
    assert form.result() == 1 and form.result_view.full_name == "Đặng Văn Đức"
    assert form.result_view.resident_id is not None and form.result_view.birth_year == 1970
    # by name, not in the register: the name is needed
    blank = MemberForm(hamlet, None, dialog)
    qtbot.addWidget(blank)
    blank.full_name.setText("   ")
    before = dump_tables(hamlet.db_path)
    blank.save()
    assert "Họ và tên" in blank.message.text() and dump_tables(hamlet.db_path) == before
    # changing one: Hồ Thị Trẻ on leave, then official too early
    dialog.refresh()
    young = next(m for m in dialog.rows if m.full_name == "Hồ Thị Trẻ")
    edit = MemberForm(hamlet, young, dialog)
    qtbot.addWidget(edit)
    edit.standing.setCurrentIndex(edit.standing.findData("on_leave"))
    edit.membership.setCurrentIndex(edit.membership.findData("full"))
    edit.official_on.set_value(dt.date(2025, 12, 1))
    before = dump_tables(hamlet.db_path)
    edit.save()
    assert "12 tháng" in edit.message.text() and dump_tables(hamlet.db_path) == before
    edit.official_on.set_value(dt.date(2026, 3, 5))
    edit.save()
    assert edit.result() == 1
    dialog.refresh(select=young.id)
    row = next(i for i in range(dialog.table.rowCount()) if dialog.table.item(i, 0).text() == "Hồ Thị Trẻ")
    assert [dialog.table.item(row, c).text() for c in range(1, 5)] == [
        "đảng viên chính thức", "05/03/2025", "05/03/2026", "nghỉ có phép"]
    dialog.resize(1000, 560)
    dialog.show()
    _shot(dialog, "members")
    edit2 = MemberForm(hamlet, young, dialog)
    qtbot.addWidget(edit2)
    edit2.show()
    _shot(edit2, "member-form")


def test_the_member_editor_is_only_for_a_party_profile(qtbot, hamlet):
    page = _page(qtbot, hamlet)
    assert not page.members.isVisible()


def test_a_finished_hamlet_meeting_lists_the_households_by_their_heads_name_with_number_and_address(
        qtbot, hamlet, households):
    hh = households["households"]
    with hamlet.uow() as uow:
        meetings.create_meeting(uow, meetings.MeetingInput(
            kind="hamlet_meeting", date=vn_today() - dt.timedelta(days=3), chair="Nguyễn Văn Trưởng",
            secretary="Lê Thị Bình", start=dt.time(19, 30), end=dt.time(21),
            attendance=[meetings.AttendanceInput("present", household_id=h.id) for h in hh.values()
                        if h.number != "5"]
            + [meetings.AttendanceInput("absent_with_reason", household_id=hh["Đặng Văn Đức"].id, reason="ốm")],
            votes=[meetings.VoteInput("Làm đường bê tông", 4, 1, 0)]), viewer=hamlet.profile)
        uow.commit()
    page = _page(qtbot, hamlet)
    sheet = page.sheet
    assert page.stack.currentWidget() is sheet
    first = [sheet.attendance.item(i, 0).text() for i in range(sheet.attendance.rowCount())]
    assert first[:2] == ["Nguyễn Văn An (hộ số 1, Xóm Bắc)", "Trần Thị Ánh (hộ số 6, Xóm Nam)"]
    assert sheet.attendance.item(5, 1).text() == "vắng có lý do" and sheet.attendance.item(5, 2).text() == "ốm"
    assert "(83,3%)" in sheet.rate.text() and "Dưới 85%" in sheet.rate.text()
    # a hamlet decision is counted on all the hamlet's households: 4 of 6 is more than half
    assert sheet.votes.item(0, 1).text() == "4 (66,7%)" and sheet.votes.item(0, 4).text() == "6 hộ của thôn"
    assert [b.property("kind") for b in sheet.buttons][0] == "hamlet_meeting_minutes"
    assert "party_cell_minutes" not in [b.property("kind") for b in sheet.buttons]


def test_the_documents_offered_follow_the_registry_kinds_made_for_a_meeting():
    """Every kind registered for a ``meeting`` record (the invitation, the cell's resolution) is offered with the
    minutes of the meeting's body; party kinds only for party meetings, state kinds only for the others."""
    from desktop_app.domain.meetings import Body, MeetingStatus
    from desktop_app.gui.meetings.sheet import document_kinds

    def row(body, party):
        return meetings.MeetingRow("m", "k", body, party, "01/2026", dt.date(2026, 11, 5), "t", MeetingStatus.HELD, 1)

    assert document_kinds(row(Body.PARTY_CELL, True)) == [
        "party_cell_minutes", "party_cell_invitation", "party_cell_resolution"]
    assert document_kinds(row(Body.HAMLET, False)) == ["hamlet_meeting_minutes", "meeting_invitation"]
    assert document_kinds(row(Body.SECURITY, False)) == ["meeting_invitation"]
