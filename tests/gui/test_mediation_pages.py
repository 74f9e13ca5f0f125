"""The Mediation area, driven as a person would (pytest-qt): the list and its filters, a case's timeline and
steps, the team page."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.gui.mediation.page import ID_ROLE, MediationPage
from desktop_app.gui.mediation.step_dialog import StepDialog
from desktop_app.services import demo, mediation


@pytest.fixture
def page(qtbot, hamlet):
    with hamlet.uow() as uow:
        demo.fill_demo(uow, scale="hamlet", seed=1, force=False, today=dt.date.today())
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
