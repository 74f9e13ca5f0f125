"""The Meetings area driven as the party cell secretary would: start a meeting, roll call by click, a speech
note, a vote; each change is in the database at once."""

from __future__ import annotations

import pytest

from desktop_app.domain.units import Role
from desktop_app.gui.meetings.page import MeetingsPage
from desktop_app.services import meetings, profiles
from tests.conftest import PASSPHRASE


@pytest.fixture
def page(qtbot, hamlet):
    with hamlet.uow() as uow:
        profiles.add_profile(uow, acting=hamlet.profile, name="bi.thu", display_name="Trần Văn Bí Thư",
                             role=Role.PARTY_SECRETARY, phone=None, passphrase=PASSPHRASE)
        uow.commit()
    hamlet.unlock("bi.thu", PASSPHRASE)
    with hamlet.uow() as uow:
        for name, membership in (("Trần Văn Bí Thư", "full"), ("Lê Thị Thư Ký", "full"), ("Nguyễn Văn Một", "full"),
                                 ("Phạm Thị Hai", "full"), ("Hồ Thị Trẻ", "probationary")):
            meetings.add_member(uow, viewer=hamlet.profile, full_name=name, membership=membership)
        uow.commit()
    p = MeetingsPage(hamlet)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    with qtbot.waitSignal(p.ready, timeout=10_000):
        pass
    return p


def _stored(page):
    with page.app.uow() as uow:
        return meetings.get_meeting(uow, page.view.row.id, viewer=page.app.profile)


def test_the_secretary_records_a_live_meeting_and_each_change_is_saved_at_once(page, qtbot, tmp_path):
    page.kind.setCurrentIndex(page.kind.findData("party_cell_regular"))
    page.secretary.setText("Lê Thị Thư Ký")
    page.start.click()
    assert page.stack.currentWidget() is page.live
    roll = page.live.roll
    assert roll.count() == 5
    for i in range(4):  # four of five present
        page._roll_clicked(roll.item(i))
    v = _stored(page)
    assert v.counts.present == 4 and v.counts.expected == 5
    page.live.speaker.setEditText("Nguyễn Văn Một")
    page.live.speech.setText("Nhất trí với báo cáo của chi ủy.")
    page.save_speech()
    assert [s["summary"] for s in _stored(page).speeches] == ["Nhất trí với báo cáo của chi ủy."]
    page.live.motion.setText("Nghị quyết tháng này")
    page.live.in_favour.setValue(3)
    page.live.resolution.setChecked(True)
    page.save_vote()
    vote = _stored(page).votes[0]
    assert (vote.result.in_favour, vote.result.denominator, vote.result.passed) == (3, 4, True)
    assert "0:0" in page.live.elapsed.text()
    (tmp_path / "shots").mkdir()
    page.grab().save("/tmp/meetings/live.png")


def test_a_guest_who_comes_in_is_added_from_the_live_screen(page, qtbot, monkeypatch):
    from desktop_app.i18n import tr

    errors = []
    monkeypatch.setattr("desktop_app.gui.meetings.page.show_error", lambda parent, exc: errors.append(exc))
    page.kind.setCurrentIndex(page.kind.findData("party_cell_regular"))
    page.secretary.setText("Lê Thị Thư Ký")
    page.start.click()
    messages = []
    page.status_message.connect(messages.append)
    page.live.guest.setText("  Đồng chí Hoàng Văn Xã — Đảng ủy xã ")
    page.live.guest.returnPressed.emit()
    v = _stored(page)
    guests = [a.name for a in v.attendance if a.status.value == "guest"]
    assert guests == ["Đồng chí Hoàng Văn Xã — Đảng ủy xã"] and v.counts.guests == 1
    assert page.live.guest.text() == ""
    assert any("Hoàng Văn Xã" in page.live.roll.item(i).text() for i in range(page.live.roll.count()))
    assert messages == [tr("{name} is on the attendance as a guest.", name="Đồng chí Hoàng Văn Xã — Đảng ủy xã")]
    speakers = [page.live.speaker.itemText(i) for i in range(page.live.speaker.count())]
    assert "Đồng chí Hoàng Văn Xã — Đảng ủy xã" in speakers  # may speak, and be noted
    assert "1" in page.live.rate.text()
    page.live.guest.setText("   ")  # nothing typed: refused, nothing added
    page.live.add_guest.click()
    assert len(errors) == 1 and errors[0].code == "meeting_field_required"
    assert [a.name for a in _stored(page).attendance if a.status.value == "guest"] == guests
    page.grab().save("/tmp/meetings-live-guest.png")
