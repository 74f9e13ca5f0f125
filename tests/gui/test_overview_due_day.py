"""The overview's due day: the commune sets the day of the next month its hamlets' monthly bundles are due by, and
the grid counts again with it; the day read from the database shows when the page opens."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.gui.commune.overview_page import CODE_ROLE, OverviewPage
from desktop_app.i18n import tr
from desktop_app.services import commune_overview as ov
from desktop_app.storage.models import AuditEntry
from tests.integration.test_commune_due_day import UTC, _set
from tests.integration.test_commune_year import _imported_on, receive_january


@pytest.fixture
def received(hamlet, commune, commune_pem, tmp_path):
    return receive_january(hamlet, commune, commune_pem, tmp_path)


def _page(qtbot, commune) -> OverviewPage:
    page = OverviewPage(commune, today=dt.date(2026, 3, 20))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.year.setValue(2026)
    with qtbot.waitSignal(page.shown, timeout=10_000):
        page.refresh()
    return page


def test_the_overview_sets_the_due_day_and_counts_again(qtbot, received, tmp_path):
    _imported_on(received, ("2026-01-03", "2026-02-03"), dt.datetime(2026, 2, 8, 3, 0, tzinfo=UTC))
    page = _page(qtbot, received)
    assert page.due_day.value() == 5 and page.rows[0].months[0] == ov.LATE
    assert "5" in page.explain.text()
    messages = []
    page.status_message.connect(messages.append)
    for _ in range(5):  # five clicks on the arrow: one change saved once they stop
        page.due_day.stepUp()
    qtbot.waitUntil(lambda: page.rows[0].months[0] == ov.ON_TIME, timeout=5000)
    assert page.due_day.value() == 10
    with received.uow() as uow:
        assert len(list(uow.session.scalars(select(AuditEntry).where(AuditEntry.record_type == "commune_rules")))) == 1
    assert page.grid.item(0, 1).data(CODE_ROLE) == ov.ON_TIME  # the cell shown, not only the data
    assert messages == [tr("A month's bundle is now due by day {day} of the next month.", day=10)]
    with received.reader() as conn:
        assert ov.due_day(conn) == 10
    page.grab().save(str(tmp_path / "overview-due-day.png"))

    again = _page(qtbot, received)  # a page opened later shows the commune's day, and saves nothing by it
    assert again.due_day.value() == 10 and again.rows[0].months[0] == ov.ON_TIME
    assert "10" in again.explain.text() and "5" not in again.explain.text()


def test_a_day_changed_just_before_the_page_is_left_is_saved(qtbot, received):
    page = _page(qtbot, received)
    page.show()
    page.due_day.setValue(12)
    page.hide()  # another page chosen at once: nothing lost
    with received.reader() as conn:
        assert ov.due_day(conn) == 12


def test_the_day_shown_follows_a_change_made_elsewhere(qtbot, received):
    page = _page(qtbot, received)
    _set(received, 15)  # from the command line, say
    with qtbot.waitSignal(page.shown, timeout=10_000):
        page.refresh()
    assert page.due_day.value() == 15
