"""The Mediation area, driven as a person would (pytest-qt): the list and its filters, a case's timeline and
steps, the team page."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.clock import vn_today
from desktop_app.gui.mediation.page import ID_ROLE, MediationPage
from desktop_app.gui.mediation.step_dialog import StepDialog
from desktop_app.services import demo, mediation


@pytest.fixture
def page(qtbot, hamlet):
    with hamlet.uow() as uow:
        demo.fill_demo(uow, scale="hamlet", seed=1, force=False, today=vn_today())
        uow.commit()
    p = MediationPage(hamlet)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    with qtbot.waitSignal(p.ready, timeout=10_000):
        pass
    return p


def _select(page, predicate):
    t = page.cases.table
    for i in range(t.rowCount()):
        row = next(r for r in page.rows if r.id == t.item(i, 0).data(ID_ROLE))
        if predicate(row):
            t.selectRow(i)
            return row
    raise AssertionError("no such case in the list")


def test_the_list_filters_by_status_and_highlights_overdue_cases(page):
    f = page.cases.filter
    f.setCurrentIndex(f.findData(""))
    assert page.cases.table.rowCount() == len(page.rows) >= 20
    f.setCurrentIndex(f.findData("overdue"))
    shown = page.cases.table.rowCount()
    assert shown == sum(bool(r.overdue) for r in page.rows) > 0
    assert page.cases.table.item(0, 0).background().color().name() == "#fde2d8"
    f.setCurrentIndex(f.findData("referred"))
    assert page.cases.table.rowCount() == 1


def test_a_case_shows_its_timeline_and_only_the_steps_it_allows(page):
    page.cases.filter.setCurrentIndex(page.cases.filter.findData(""))
    _select(page, lambda r: r.status.value == "in_progress" and not r.confidential)
    case = page.case
    assert case.timeline[0]["kind"] == "received" and page.cases.timeline.topLevelItemCount() == len(case.timeline)
    buttons = [page.cases.steps.itemAt(i).widget() for i in range(page.cases.steps.count())
               if page.cases.steps.itemAt(i).widget() is not None]
    assert len(buttons) == len(case.allowed_steps) and "close:successful" in case.allowed_steps


def test_a_confidential_case_shows_no_names_to_the_hamlet_head(page):
    page.cases.filter.setCurrentIndex(page.cases.filter.findData(""))
    row = _select(page, lambda r: r.confidential)
    assert page.case.restricted and page.case.parties == []
    text = page.cases.details.text()
    assert row.number in page.cases.heading.text() and "Bí mật" in text
    assert page.cases.timeline.topLevelItemCount() == 0


def test_a_refused_step_keeps_the_dialog_open_with_the_reason(page, qtbot):
    page.cases.filter.setCurrentIndex(page.cases.filter.findData(""))
    _select(page, lambda r: r.status.value == "in_progress" and not r.confidential)
    dialog = StepDialog(page.app, page.case, "close:unsuccessful", page)
    qtbot.addWidget(dialog)
    dialog._save()  # no reason typed
    assert dialog.result() == 0 and "Lý do" in dialog.message.text()
    dialog.fields["reason"].setPlainText("Hai bên không nhượng bộ")
    dialog._save()
    assert dialog.result() == 1
    with page.app.uow() as uow:
        assert mediation.get_case(uow, page.case.row.id, viewer=None).row.status.value == "unsuccessful"


def test_the_team_page_lists_the_mediators_leader_first(page):
    t = page.team.table
    assert t.rowCount() == 5 and t.item(0, 1).text() == "Tổ trưởng"
    assert page.team.warnings.text() == ""


def test_the_window_lists_the_mediation_area_after_the_exchange(qtbot, hamlet):
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(hamlet)
    qtbot.addWidget(window)
    keys = window.area_keys()
    assert keys.index("mediation") == keys.index("exchange") + 1
    assert isinstance(window.show_area("mediation"), MediationPage)


def test_a_case_typed_at_intake_is_autosaved_as_a_draft_and_recorded(page, qtbot):
    from desktop_app.gui.mediation.intake_dialog import DRAFT_KEY, IntakeDialog
    from desktop_app.services import drafts

    dialog = IntakeDialog(page.app, page)
    qtbot.addWidget(dialog)
    dialog.summary.setPlainText("Tranh chấp tiếng ồn karaoke ban đêm")
    dialog.resident_pick.setCurrentIndex(1)
    dialog._add_resident()
    dialog.add_party(None, "Người Ngoài Thôn", born="1980", address="Thôn Tây")
    dialog.drafts.flush()
    saved = drafts.load_draft(page.app.data_dir, DRAFT_KEY)
    assert saved["summary"] == "Tranh chấp tiếng ồn karaoke ban đêm" and len(saved["parties"]) == 2
    dialog.reject()  # closed without saving: the draft stays and is offered again
    again = IntakeDialog(page.app, page)
    qtbot.addWidget(again)
    assert again.banner.isVisibleTo(again)
    again.drafts.restore()
    assert again.parties.rowCount() == 2 and again.summary.toPlainText().startswith("Tranh chấp")
    before = len(page.rows)
    again.save()
    assert again.result() == 1 and drafts.load_draft(page.app.data_dir, DRAFT_KEY) is None
    view = again.result_view
    assert [p.full_name for p in view.parties][1] == "Người Ngoài Thôn" and view.row.status.value == "received"
    page.refresh()
    assert len(page.rows) == before + 1


def test_an_out_of_scope_case_is_referred_at_intake_and_a_refusal_saves_nothing(page, qtbot):
    from desktop_app.gui.mediation.intake_dialog import IntakeDialog
    from tests.conftest import dump_tables

    dialog = IntakeDialog(page.app, page)
    qtbot.addWidget(dialog)
    before = dump_tables(page.app.data_dir / "sothon.db")
    dialog.save()  # no summary, no party
    assert dialog.result() == 0 and dialog.message.text()
    assert dump_tables(page.app.data_dir / "sothon.db") == before
    dialog.summary.setPlainText("Tranh chấp đất công")
    dialog.add_party(None, "Trần Văn Kiện")
    dialog.out_of_scope.setChecked(True)
    dialog.referred_to.setText("UBND xã Yên Xuân")
    dialog.save()
    assert dialog.result() == 1 and dialog.result_view.row.status.value == "referred"
    assert dialog.result_view.referral["referred_to"] == "UBND xã Yên Xuân"


def test_the_agreement_editor_takes_several_obligations_per_party(page, qtbot):
    page.cases.filter.setCurrentIndex(page.cases.filter.findData(""))
    _select(page, lambda r: r.status.value == "in_progress" and not r.confidential)
    dialog = StepDialog(page.app, page.case, "close:successful", page)
    qtbot.addWidget(dialog)
    editor = dialog.obligations
    first = editor.parties[0].position
    dialog.fields["content"].setPlainText("Hai bên thống nhất sửa rãnh thoát nước chung")
    editor.table.item(0, editor.TEXT).setText("Đào lại rãnh thoát nước")
    editor.table.item(0, editor.METHOD).setText("Tự làm, có hai hộ giám sát")
    editor.table.item(0, editor.DEADLINE).setText("31/12/2099")
    editor.add_row(first, "Trả một nửa tiền vật liệu", "Tiền mặt", "")
    editor.table.item(1, editor.DEADLINE).setText("31/02/2099")
    dialog._save()
    assert dialog.result() == 0 and "31/02/2099" in dialog.message.text()
    editor.table.item(1, editor.DEADLINE).setText("")
    dialog._save()
    assert dialog.result() == 1
    mine = [o for o in dialog.result_view.agreement.obligations if o.party_position == first]
    assert [(o.text, o.method) for o in mine][:2] == [("Đào lại rãnh thoát nước", "Tự làm, có hai hộ giám sát"),
                                                     ("Trả một nửa tiền vật liệu", "Tiền mặt")]
    assert mine[0].deadline == dt.date(2099, 12, 31) and mine[1].deadline is None


def test_an_agreement_typed_in_the_close_step_survives_a_crash_and_saving_deletes_the_draft(page, qtbot):
    from desktop_app.services import drafts

    page.cases.filter.setCurrentIndex(page.cases.filter.findData(""))
    _select(page, lambda r: r.status.value == "in_progress" and not r.confidential)
    key = f"mediation-step-{page.case.row.id}-close-successful"
    dialog = StepDialog(page.app, page.case, "close:successful", page)
    qtbot.addWidget(dialog)
    editor = dialog.obligations
    dialog.fields["content"].setPlainText("Hai bên thống nhất dời hàng rào về mốc cũ")
    editor.table.item(0, editor.TEXT).setText("Dời hàng rào lùi 0,5 m")
    editor.table.item(0, editor.DEADLINE).setText("31/13/2099")  # mistyped: kept as typed
    editor.add_row(editor.parties[0].position, "Trồng lại hàng cây", "Tự làm", "")
    dialog.fields["document_wanted"].setChecked(False)
    qtbot.waitUntil(lambda: drafts.load_draft(page.app.data_dir, key) is not None, timeout=3000)
    typed = dialog.drafts.current()
    dialog.drafts.stop()  # the power goes: neither Cancel nor Save
    dialog.deleteLater()

    again = StepDialog(page.app, page.case, "close:successful", page)
    qtbot.addWidget(again)
    assert again.banner.isVisibleTo(again) and again.fields["content"].toPlainText() == ""
    assert sorted(b.text() for b in again.buttons.buttons()) == ["Hủy", "Lưu"]  # not Qt's English "Save"
    again.banner.restore_button.click()
    assert again.drafts.current() == typed
    again._save()
    assert again.result() == 0 and "31/13/2099" in again.message.text()  # still refused, the draft still kept
    assert drafts.load_draft(page.app.data_dir, key) is not None
    again.obligations.table.item(0, editor.DEADLINE).setText("31/12/2099")
    again._save()
    assert again.result() == 1 and drafts.load_draft(page.app.data_dir, key) is None
    assert again.result_view.agreement.content == "Hai bên thống nhất dời hàng rào về mốc cũ"


def test_the_statistics_tab_agrees_with_the_list_for_a_year_a_quarter_and_a_month(page):
    page.tabs.setCurrentWidget(page.stats)
    s = page.stats
    year = vn_today().year
    s.year.setValue(year)
    for kind, part in (("year", None), ("quarter", (vn_today().month - 1) // 3 + 1),
                       ("month", vn_today().month)):
        s.kind.setCurrentIndex(s.kind.findData(kind))
        if part:
            s.part.setCurrentIndex(s.part.findData(part))
        code = s.code()
        inside = [r for r in page.rows if r.received_on.year == year and (
            kind == "year" or (kind == "quarter" and (r.received_on.month - 1) // 3 + 1 == part)
            or (kind == "month" and r.received_on.month == part))]
        total_row = s.table.rowCount() - 1
        assert s.table.item(total_row, 1).text() == str(len(inside)), code
        assert s.table.item(total_row, 2).text() == str(sum(r.status.value == "successful" for r in inside))
        assert sum(v["received"] for _, v in s.chart.bars[:-1]) == len(inside)


def test_the_team_page_edits_a_mediator_and_warns_when_the_team_breaks_the_rules(page, qtbot, monkeypatch):
    from desktop_app.gui.mediation.team_dialog import MemberDialog

    team = page.teams[0]
    woman = next(m for m in team.members if m.sex == "female" and m.role.value != "leader")
    dialog = MemberDialog(page.app, team.id, woman, page)
    qtbot.addWidget(dialog)
    dialog.role.setCurrentIndex(dialog.role.findData("leader"))
    dialog.recognised_number.setText("20/QĐ-UBND")
    dialog.save()
    assert dialog.result() == 1
    page.refresh()
    assert page.team.table.item(0, 0).text() == woman.full_name and page.team.table.item(0, 5).text().startswith(
        "20/QĐ-UBND")
    with page.app.uow() as uow:
        for m in mediation.get_team(uow, team.id).members:
            if m.sex == "female":
                mediation.member_leaves(uow, member_id=m.id, on=vn_today())
        uow.commit()
    page.refresh()
    assert "không có hòa giải viên nữ" in page.team.warnings.text().lower() or "nữ" in page.team.warnings.text()


def test_a_confidential_cases_names_reach_no_other_profiles_screen(qtbot, page):
    """The head (not its mediator) and another mediator's profile see its number, type and status only."""
    from desktop_app.domain.units import Role
    from desktop_app.services import profiles
    from tests.conftest import PASSPHRASE

    app = page.app
    with app.uow() as uow:
        secret = next(r for r in mediation.list_cases(uow) if r.confidential)
        full = mediation.get_case(uow, secret.id, viewer=None)
        names = [p.full_name for p in _parties(uow, secret.id)]
        profiles.add_profile(uow, acting=app.profile, name="khac", display_name="Người Khác",
                             role=Role.MEDIATOR, phone=None, passphrase=PASSPHRASE)
        uow.commit()
    assert full.restricted and names
    for profile in ("khac", app.profile.name):
        app.unlock(profile, PASSPHRASE)
        screen = MediationPage(app)
        qtbot.addWidget(screen)
        with qtbot.waitSignal(screen.ready, timeout=10_000):
            pass
        screen.cases.filter.setCurrentIndex(screen.cases.filter.findData(""))
        _select(screen, lambda r: r.id == secret.id)
        shown = " ".join([screen.cases.heading.text(), screen.cases.details.text()]
                         + [screen.cases.table.item(i, c).text() for i in range(screen.cases.table.rowCount())
                            for c in range(5)])
        assert secret.number in shown and not any(n in shown for n in names)
        assert screen.cases.papers.count() <= 1  # no paper to make


def _parties(uow, case_id):
    from sqlalchemy import select

    from desktop_app.storage.models import MediationParty

    return list(uow.session.scalars(select(MediationParty).where(MediationParty.case_id == case_id)))
