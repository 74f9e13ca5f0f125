"""The Security-and-order area, driven as a person would (pytest-qt): the event list from the demo data, an event
recorded through the form, the assessment with a confirmation and a refused override."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.clock import VN_TZ, vn_today
from desktop_app.gui.common import qdate, qdatetime
from desktop_app.gui.security.page import SecurityPage
from desktop_app.services import demo, security
from tests.conftest import dump_tables


@pytest.fixture
def page(qtbot, hamlet, monkeypatch):
    with hamlet.uow() as uow:
        demo.fill_demo(uow, scale="hamlet", seed=1, force=False, today=vn_today())
        uow.commit()
    shown = []
    monkeypatch.setattr("desktop_app.gui.security.page.show_error", lambda parent, exc: shown.append(exc))
    p = SecurityPage(hamlet)
    p.errors = shown
    qtbot.addWidget(p)
    p.resize(1366, 768)
    with qtbot.waitSignal(p.ready, timeout=10_000):
        pass
    return p


def test_the_lists_show_every_event_and_activity(page, hamlet):
    with hamlet.uow() as uow:
        events, acts = security.list_events(uow), security.list_activities(uow)
    assert page.event_table.rowCount() == len(events) > 5
    assert page.activity_table.rowCount() == len(acts) > 5
    page.event_table.selectRow(0)
    assert events[0].description in page.event_details.text()
    page.grab().save("/tmp/safety-events.png")


def test_an_event_recorded_in_the_form_appears_in_the_list(page, hamlet):
    before = page.event_table.rowCount()
    dialog = page.open_event_form()
    dialog.place.setText("Cổng chợ thôn")
    dialog.type.setCurrentIndex(dialog.type.findData("traffic_accident"))
    dialog.description.setPlainText("Va chạm xe đạp, không ai bị thương")
    assert dialog.submit() is True and not dialog.isVisible()
    assert page.errors == [] and page.event_table.rowCount() == before + 1
    assert page.selected_event().place == "Cổng chợ thôn"


def test_an_event_is_opened_corrected_versioned_and_audited(page, hamlet, qtbot):
    page.event_table.selectRow(0)
    old = page.selected_event()
    dialog = page.open_event_form(old)
    qtbot.addWidget(dialog)
    assert dialog.place.text() == old.place and dialog.type.currentData() == old.type
    dialog.place.setText("Nhà văn hóa thôn Đông")
    dialog.status.setCurrentIndex(dialog.status.findData("resolved"))
    dialog.has_end.setChecked(True)
    dialog.ended.setDateTime(qdatetime(old.occurred_at).addSecs(3600))
    dialog.result.setText("Đã hòa giải xong tại chỗ")
    dialog.grab().save("/tmp/safety-event-edit.png")
    assert dialog.submit() is True
    with hamlet.uow() as uow:
        now = security.get_event(uow, old.id)
        history = uow.history(old.id)
    assert (now.place, now.status, now.result, now.version) == ("Nhà văn hóa thôn Đông", "resolved",
                                                               "Đã hòa giải xong tại chỗ", old.version + 1)
    assert [p.full_name for p in now.people] == [p.full_name for p in old.people]
    assert history[-1].action == "update" and history[-1].changes["place"] == [old.place, "Nhà văn hóa thôn Đông"]
    assert page.selected_event().id == old.id and "Nhà văn hóa" in page.event_table.item(0, 4).text()


@pytest.mark.parametrize("spoil,field_text", [
    ("end_before_start", "Thời điểm kết thúc"),
    ("in_the_future", "Thời điểm xảy ra"),
    ("no_place", "Địa điểm"),
])
def test_a_bad_correction_is_refused_in_the_form_in_vietnamese_and_nothing_is_saved(page, hamlet, qtbot, spoil,
                                                                                    field_text):
    page.event_table.selectRow(0)
    old = page.selected_event()
    dialog = page.open_event_form(old)
    qtbot.addWidget(dialog)
    start = qdatetime(old.occurred_at)
    if spoil == "end_before_start":
        dialog.has_end.setChecked(True)
        dialog.ended.setDateTime(start.addSecs(-3600))
    elif spoil == "in_the_future":
        dialog.has_end.setChecked(False)
        dialog.reported.setChecked(False)
        dialog.occurred.setDateTime(qdatetime().addDays(3))
    else:
        dialog.place.setText("   ")
    before = dump_tables(hamlet.db_path)
    assert dialog.submit() is False
    assert dialog.isVisible() and dialog.message.isVisible()
    assert field_text in dialog.message.text() and "lưu" in dialog.message.text()
    assert dump_tables(hamlet.db_path) == before
    dialog.grab().save(f"/tmp/safety-event-refused-{spoil}.png")


def test_movement_activities_are_recorded_and_corrected_in_the_form(page, hamlet, qtbot):
    from PySide6.QtCore import QDate

    page.tabs.setCurrentIndex(1)
    before = page.activity_table.rowCount()
    dialog = page.open_activity_form()
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("propaganda_session"))
    assert dialog.quantity_label.text() == "Số người dự" and not dialog.model_type.isVisibleTo(dialog)
    dialog.held_on.setDate(QDate(vn_today()).addDays(-3))
    dialog.title.setText("Tuyên truyền Luật Lực lượng tham gia bảo vệ ANTT ở cơ sở")
    dialog.quantity.setValue(85)
    dialog.grab().save("/tmp/safety-activity-form.png")
    assert dialog.submit() is True
    # A self-governing model, then its status corrected; a hot spot transformed.
    model = page.open_activity_form()
    qtbot.addWidget(model)
    model.kind.setCurrentIndex(model.kind.findData("self_governing_model"))
    assert model.model_type.isVisibleTo(model) and not model.quantity.isVisibleTo(model)
    model.title.setText("Dòng họ Nguyễn tự quản về ANTT")
    model.model_type.setCurrentIndex(model.model_type.findData("clan"))
    assert model.submit() is True
    saved = model.saved
    fix = page.open_activity_form(page.selected_activity())
    qtbot.addWidget(fix)
    assert fix.title.text() == "Dòng họ Nguyễn tự quản về ANTT"
    fix.status.setCurrentIndex(fix.status.findData("effective"))
    assert fix.submit() is True
    spot = page.open_activity_form()
    qtbot.addWidget(spot)
    spot.kind.setCurrentIndex(spot.kind.findData("hot_spot"))
    spot.held_on.setDate(QDate(vn_today()).addDays(-60))
    spot.title.setText("Khu vực bến đò cũ")
    spot.transformed.setChecked(True)
    spot.transformed_on.setDate(QDate(vn_today()).addDays(-5))
    assert spot.submit() is True
    with hamlet.uow() as uow:
        acts = {a.id: a for a in security.list_activities(uow)}
        history = uow.history(saved.id)
    assert page.activity_table.rowCount() == before + 3 == len(acts)
    talk = next(a for a in acts.values() if a.kind == "propaganda_session" and a.quantity == 85)
    assert talk.title.startswith("Tuyên truyền Luật") and talk.held_on == vn_today() - dt.timedelta(days=3)
    assert (acts[saved.id].status, acts[saved.id].version) == ("effective", 2)
    assert history[-1].changes["status"] == ["active", "effective"]
    hot = next(a for a in acts.values() if a.title == "Khu vực bến đò cũ")
    assert hot.transformed is True and hot.transformed_on == vn_today() - dt.timedelta(days=5)
    page.grab().save("/tmp/safety-activities.png")


def test_a_bad_activity_is_refused_in_the_form_and_nothing_is_saved(page, hamlet, qtbot):
    from PySide6.QtCore import QDate

    dialog = page.open_activity_form()
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("propaganda_session"))
    dialog.quantity.setValue(40)
    before = dump_tables(hamlet.db_path)
    assert dialog.submit() is False  # no topic
    assert "trống" in dialog.message.text() and dump_tables(hamlet.db_path) == before
    dialog.title.setText("Phòng chống ma túy")
    dialog.held_on.setDate(QDate(vn_today()).addDays(5))
    assert dialog.submit() is False  # in the future
    assert "tương lai" in dialog.message.text() and dump_tables(hamlet.db_path) == before
    dialog.kind.setCurrentIndex(dialog.kind.findData("hot_spot"))
    dialog.held_on.setDate(QDate(vn_today()).addDays(-2))
    dialog.transformed.setChecked(True)
    dialog.transformed_on.setDate(QDate(vn_today()).addDays(-9))
    assert dialog.submit() is False  # transformed before it was listed
    assert "sớm hơn" in dialog.message.text() and dump_tables(hamlet.db_path) == before


def test_the_assessment_is_shown_and_an_override_without_a_reason_is_refused(page, hamlet):
    page.tabs.setCurrentIndex(2)
    year = page.year.currentData()
    page.year.setCurrentIndex(page.year.findData(2026 if year > 2026 else year))
    assert page.criteria.topLevelItemCount() == 5
    first = page.criteria.topLevelItem(0)
    assert first.childCount() >= 1
    # An override is a status other than the computed one (the demo's party resolution may make c1 pass).
    computed = page.assessment.criteria[0].status
    other = security.Status.FAIL if computed is security.Status.PASS else security.Status.PASS
    before = dump_tables(hamlet.db_path)
    assert page.decide("c1", other, "  ") is False
    assert page.errors and page.errors[-1].code == "security_override_reason_required"
    assert dump_tables(hamlet.db_path) == before
    assert page.decide("c1", other, "Chi bộ ra Nghị quyết số 01-NQ/CB ngày 10/01") is True
    assert page.assessment.criteria[0].status is other
    page.grab().save("/tmp/safety-assess.png")


def test_an_events_people_are_chosen_from_the_register_or_typed_in_with_their_roles(page, hamlet, qtbot):
    from desktop_app.services import register

    with hamlet.uow() as uow:
        resident = register.list_residents(uow)[3]
    dialog = page.open_event_form()
    qtbot.addWidget(dialog)
    dialog.place.setText("Ngã ba chợ")
    dialog.type.setCurrentIndex(dialog.type.findData("crime"))
    dialog.description.setPlainText("Trộm cắp xe máy")
    people = dialog.people
    people.pick.setCurrentIndex(people.pick.findData(resident.id))
    people.add_resident.click()
    people.table.cellWidget(0, 3).setCurrentIndex(people.table.cellWidget(0, 3).findData("victim"))
    people.add_outsider.click()
    people.table.item(1, 0).setText("Người lạ mặt")
    people.table.item(1, 1).setText("1990")
    people.table.item(1, 2).setText("Không rõ")
    people.table.cellWidget(1, 3).setCurrentIndex(people.table.cellWidget(1, 3).findData("suspect"))
    people.add_outsider.click()  # added, then taken out again
    people.table.setCurrentCell(2, 0)
    people.remove.click()
    assert people.table.rowCount() == 2 and people.table.item(0, 0).text() == resident.full_name
    assert not people.table.item(0, 0).flags() & people.table.item(0, 0).flags().ItemIsEditable  # the register's
    dialog.resize(900, 700)
    dialog.grab().save("/tmp/safety-event-people.png")
    assert dialog.submit() is True, dialog.message.text()
    saved = page.selected_event()
    assert [(p.full_name, p.resident_id, p.role, p.birth_year) for p in saved.people] == [
        (resident.full_name, resident.id, "victim", resident.birth_date.year if resident.birth_date else None),
        ("Người lạ mặt", None, "suspect", 1990)]

    corrected = page.open_event_form(saved)  # the people come back into the form, and can be changed
    qtbot.addWidget(corrected)
    assert corrected.people.table.rowCount() == 2
    assert [corrected.people.table.cellWidget(r, 3).currentData() for r in range(2)] == ["victim", "suspect"]
    corrected.people.table.setCurrentCell(0, 0)
    corrected.people.remove.click()
    assert corrected.submit() is True
    assert [(p.full_name, p.role) for p in page.selected_event().people] == [("Người lạ mặt", "suspect")]


def test_a_person_without_a_name_or_with_a_wrong_year_is_refused_in_the_form(page, hamlet, qtbot):
    page.event_table.selectRow(0)
    old = page.selected_event()
    dialog = page.open_event_form(old)
    qtbot.addWidget(dialog)
    before = dump_tables(hamlet.db_path)
    rows = dialog.people.table.rowCount()
    dialog.people.add_outsider.click()
    dialog.people.table.item(rows, 0).setText("Trần Văn Khách")
    dialog.people.table.item(rows, 1).setText("năm 90")
    assert dialog.submit() is False and "năm 90" in dialog.message.text()
    dialog.people.table.item(rows, 1).setText("¹⁹⁹⁰")  # digits, but not a year the form can take
    assert dialog.submit() is False and "¹⁹⁹⁰" in dialog.message.text()
    dialog.people.table.item(rows, 0).setText("")
    dialog.people.table.item(rows, 1).setText("")
    assert dialog.submit() is False and dialog.message.text()
    assert dump_tables(hamlet.db_path) == before and dialog.isVisible()


def test_what_is_typed_in_the_event_form_survives_a_crash_and_cancel_and_save_deletes_it(page, hamlet, qtbot):
    from desktop_app.services import drafts

    dialog = page.open_event_form()
    qtbot.addWidget(dialog)
    assert not dialog.banner.isVisibleTo(dialog)  # nothing kept yet
    dialog.place.setText("Bãi sông xóm 3")
    dialog.type.setCurrentIndex(dialog.type.findData("traffic_accident"))
    dialog.description.setPlainText("Hai xe máy va chạm lúc chập tối, một người bị xây xát nhẹ")
    dialog.people.add(None, "Người đi đường", address="Xã bên")
    dialog.people.table.item(0, 1).setText("19x5")  # a year mistyped: kept as typed, refused only on Save
    qtbot.waitUntil(lambda: drafts.load_draft(hamlet.data_dir, "security-event-new") is not None, timeout=3000)
    typed = dialog.drafts.current()
    dialog.drafts.stop()  # the power goes: no Cancel, no Save
    dialog.deleteLater()

    again = page.open_event_form()
    qtbot.addWidget(again)
    assert again.banner.isVisibleTo(again) and again.place.text() == ""
    again.banner.restore_button.click()
    assert again.drafts.current() == typed
    assert again.people.table.item(0, 1).text() == "19x5" and not again.submit()  # still refused, still kept
    again.people.table.item(0, 1).setText("1985")
    again.reject()  # Cancel keeps what is typed
    assert drafts.load_draft(hamlet.data_dir, "security-event-new")["people"][0]["born"] == "1985"

    last = page.open_event_form()
    qtbot.addWidget(last)
    last.banner.restore_button.click()
    assert last.submit() is True  # saved: the draft is gone, the event is in the log
    assert drafts.load_draft(hamlet.data_dir, "security-event-new") is None
    with hamlet.uow() as uow:
        saved = [e for e in security.list_events(uow) if e.place == "Bãi sông xóm 3"]
    assert len(saved) == 1 and [(p.full_name, p.birth_year) for p in saved[0].people] == [("Người đi đường", 1985)]


def test_a_movement_activity_typed_in_the_form_survives_a_crash(page, hamlet, qtbot):
    from desktop_app.services import drafts

    dialog = page.open_activity_form()
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("hot_spot"))
    dialog.title.setText("Bãi đất trống cuối xóm 5")
    dialog.transformed.setChecked(True)
    dialog.held_on.setDate(qdate(vn_today() - dt.timedelta(days=4)))
    qtbot.waitUntil(lambda: drafts.load_draft(hamlet.data_dir, "security-activity-new") is not None, timeout=3000)
    typed = dialog.drafts.current()
    dialog.drafts.stop()  # the power goes
    dialog.deleteLater()

    again = page.open_activity_form()
    qtbot.addWidget(again)
    assert again.banner.isVisibleTo(again)
    again.banner.restore_button.click()
    assert again.drafts.current() == typed and again.form.isRowVisible(again.spot)  # the hot spot's rows shown
    assert again.submit() is True and drafts.load_draft(hamlet.data_dir, "security-activity-new") is None
    with hamlet.uow() as uow:
        spot = next(a for a in security.list_activities(uow) if a.title == "Bãi đất trống cuối xóm 5")
    assert spot.kind == "hot_spot" and spot.held_on == vn_today() - dt.timedelta(days=4) and spot.transformed


def test_a_correction_restored_from_its_draft_keeps_a_follow_up_made_since(page, hamlet, qtbot):
    """Typed into "Correct the event", left with Cancel; the event is followed up (another status) before the
    form is opened again: restoring puts back what was typed, and the follow-up stays — the old draft does
    not silently take the event back to its old status."""
    from desktop_app.domain.security import EventInput
    from desktop_app.services import drafts

    with hamlet.uow() as uow:
        old = security.record_event(uow, EventInput(
            occurred_at=dt.datetime.combine(vn_today() - dt.timedelta(days=2), dt.time(19, 30), VN_TZ),
            place="Ngõ 4 xóm 2", type="dispute", severity="ordinary", description="Tranh chấp lối đi chung"))
        uow.commit()
    key = f"security-event-{old.id}"
    dialog = page.open_event_form(old)
    qtbot.addWidget(dialog)
    dialog.note.setText("Đã hòa giải tại nhà văn hóa thôn")
    dialog.reject()
    assert drafts.load_draft(hamlet.data_dir, key)["note"] == "Đã hòa giải tại nhà văn hóa thôn"
    with hamlet.uow() as uow:
        security.update_event(uow, old.id, status="resolved", result="Hai bên đã thống nhất")
        uow.commit()
        followed = security.get_event(uow, old.id)

    again = page.open_event_form(followed)
    qtbot.addWidget(again)
    assert again.banner.isVisibleTo(again)
    again.banner.restore_button.click()
    assert again.note.text() == "Đã hòa giải tại nhà văn hóa thôn"  # what was typed
    assert again.status.currentData() == "resolved" and again.result.text() == "Hai bên đã thống nhất"
    assert again.submit() is True and drafts.load_draft(hamlet.data_dir, key) is None
    with hamlet.uow() as uow:
        saved = security.get_event(uow, old.id)
    assert (saved.status, saved.result, saved.note) == ("resolved", "Hai bên đã thống nhất",
                                                        "Đã hòa giải tại nhà văn hóa thôn")
