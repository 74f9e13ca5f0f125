"""The Security-and-order area, driven as a person would (pytest-qt): the event list from the demo data, an event
recorded through the form, the assessment with a confirmation and a refused override."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.gui.security.page import SecurityPage
from desktop_app.services import demo, security
from tests.conftest import dump_tables


@pytest.fixture
def page(qtbot, hamlet, monkeypatch):
    with hamlet.uow() as uow:
        demo.fill_demo(uow, scale="hamlet", seed=1, force=False, today=dt.date.today())
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


def test_an_event_recorded_in_the_form_appears_in_the_list(page, monkeypatch):
    from desktop_app.gui.security import page as module

    before = page.event_table.rowCount()

    def fake_exec(dialog):
        dialog.place.setText("Cổng chợ thôn")
        dialog.type.setCurrentIndex(dialog.type.findData("traffic_accident"))
        dialog.description.setPlainText("Va chạm xe đạp, không ai bị thương")
        return module.QDialog.DialogCode.Accepted

    monkeypatch.setattr(module.EventDialog, "exec", fake_exec)
    page._record_event()
    assert page.errors == [] and page.event_table.rowCount() == before + 1


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
