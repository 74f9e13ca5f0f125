"""The dashboard, the first page of a hamlet's copy, driven as a person would (pytest-qt): every figure it charts
equals what the services compute from the records, and every reminder opens the page it concerns."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.clock import VN_TZ, vn_today
from desktop_app.domain.mediation import Period
from desktop_app.gui.security.dashboard import OUTCOMES, RESIDENCE, TARGET_ROLE, DashboardPage
from desktop_app.i18n import tr
from desktop_app.services import demo, mediation, meetings, register, security, views
from desktop_app.services.dashboard import last_months, previous_period


@pytest.fixture
def demo_hamlet(hamlet):
    with hamlet.uow() as uow:
        demo.fill_demo(uow, scale="hamlet", seed=1, force=False, today=vn_today())
        uow.commit()
    return hamlet


@pytest.fixture
def page(qtbot, demo_hamlet):
    p = DashboardPage(demo_hamlet)
    qtbot.addWidget(p)
    p.resize(1166, 700)
    with qtbot.waitSignal(p.ready, timeout=10_000), qtbot.waitSignal(p.checked, timeout=20_000):
        pass
    return p


def test_the_charts_show_what_the_services_compute(page, demo_hamlet):
    today = vn_today()
    months = last_months(today)
    with demo_hamlet.uow() as uow:
        events = security.list_events(uow)
        r = security.rules(today)
        stats = mediation.case_statistics(uow, Period.parse(str(today.year))).total.as_dict()
        held = [m for m in meetings.list_meetings(uow, viewer=demo_hamlet.profile) if m.status.value == "held"]
    with demo_hamlet.reader() as conn:
        pop = views.stats(conn, unit_code=demo_hamlet.unit.code)
    # Events: counted again from the event log, by the Vietnamese month they happened in.
    counted = Counter((e.occurred_at.astimezone(VN_TZ).strftime("%Y-%m"), e.category) for e in events)
    shown = page.events_chart.values()
    assert set(shown) == {c.label for c in r.categories.values()}
    for c in r.categories.values():
        assert shown[c.label] == [counted.get((m, c.code), 0) for m in months]
    assert sum(map(sum, shown.values())) > 0
    # Mediation outcomes this year, as the mediation statistics count them.
    assert page.mediation_chart.values()[tr("cases")] == [stats[k] for k in OUTCOMES]
    assert stats["received"] == sum(stats[k] for k in OUTCOMES) > 0
    # Meetings held, per month, as the meetings service lists them for this profile.
    per_month = Counter(m.date.strftime("%Y-%m") for m in held)
    totals = [sum(v[i] for v in page.meetings_chart.values().values()) for i in range(12)]
    assert totals == [per_month.get(m, 0) for m in months]
    # Population by residence type, as the register counts it.
    assert page.population_chart.values()[tr("residents")] == [pop.by_residence_type.get(k, 0) for k in RESIDENCE]
    assert sum(pop.by_residence_type.values()) == pop.residents > 400


def test_the_reminders_and_open_tasks_are_those_the_services_find(page, demo_hamlet):
    today = vn_today()
    with demo_hamlet.uow() as uow:
        expiring = register.expiring_temporary_residents(uow, today=today, within_days=30)
        late = [c for c in mediation.list_cases(uow, open_only=True, today=today) if "late_start" in c.overdue]
        a = security.assess(uow, year=today.year + (1 if today.month >= 11 else 0), today=today)
        rows = meetings.list_meetings(uow, viewer=demo_hamlet.profile)
        tasks = [t for m in rows for t in meetings.get_meeting(uow, m.id, viewer=demo_hamlet.profile).tasks
                 if t.state.value == "open"]
    texts = page.reminder_texts()
    for c in late:
        assert tr("Mediation case {number} not started in time", number=c.number) in texts
    assert len(page.data["expiring"]) == len(expiring)
    assert {t["id"] for t in page.data["tasks"]} == {t.id for t in tasks}
    assert page.tasks.count() == len(tasks) >= 1
    due = previous_period(today, "monthly")
    assert any(due.code[5:7] + "/" + due.code[:4] in t for t in texts)  # no report kept for last month
    assert page.checks["assessment"]["result"] == a.result.value
    assert str(a.year) in page.assessment.text()


def test_a_reminder_opens_the_page_it_concerns_in_the_window(qtbot, demo_hamlet):
    from desktop_app.gui.main_window import MainWindow

    w = MainWindow(demo_hamlet)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    dash = w.pages["dashboard"]
    qtbot.waitUntil(lambda: dash.checks is not None, timeout=20_000)
    items = {tuple(it.data(TARGET_ROLE)): it for it in map(dash.reminders.item, range(dash.reminders.count()))
             if it.data(TARGET_ROLE)}
    late = next(item for (area, _t), item in items.items() if area == "mediation")
    dash.reminders.itemClicked.emit(late)
    assert w.current_area() == "mediation"
    assert w.pages["mediation"].case.row.id == late.data(TARGET_ROLE)[1]
    w.show_area("dashboard")
    report = next(item for (area, _t), item in items.items() if area == "documents")
    dash.reminders.itemClicked.emit(report)
    docs = w.pages["documents"]
    assert w.current_area() == "documents" and docs.current_kind().code == "security_report"
    due = previous_period(vn_today(), "monthly")
    assert docs.date_edit.date().toPython() == due.end and docs.period_combo.currentData() == "month"
    w.show_area("dashboard")
    task = dash.tasks.item(0)
    dash.tasks.itemClicked.emit(task)
    assert w.current_area() == "meetings" and w.pages["meetings"].view.row.id == task.data(TARGET_ROLE)[1]
    w.show_area("dashboard")
    resident = next(item for (area, t), item in items.items() if area == "register" and t)
    dash.reminders.itemClicked.emit(resident)
    assert w.current_area() == "register"
    assert w.pages["register"].current_resident().id == resident.data(TARGET_ROLE)[1]
    w.show_area("dashboard")
    qtbot.mouseClick(dash.open_assessment, Qt.MouseButton.LeftButton)
    assert w.current_area() == "security" and w.pages["security"].tabs.currentIndex() == 2

