"""The dashboard's plain-SQL figures (services.dashboard) on a real data directory: the report due follows the
kept report and the bundles that carried it; events are counted by the Vietnamese month they happened in."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.clock import vn_today
from desktop_app.domain.security import EventInput
from desktop_app.services import archive, exchange, security
from desktop_app.services.dashboard import glance, previous_period, report_state


def _state(app, today):
    with app.reader() as conn:
        return report_state(conn, app.unit.code, today=today)


def test_the_report_due_follows_the_kept_report_and_the_bundle_that_carried_it(hamlet, commune_pem, tmp_path):
    exchange.set_recipient(hamlet, commune_pem)
    today = vn_today()
    due = previous_period(today, "monthly")
    s = _state(hamlet, today)
    assert (s.period.code, s.cadence, s.state, s.due) == (due.code, "monthly", "missing", True)
    _pdf, kept = archive.issue(hamlet, "security_report", record_id=due.code)
    s = _state(hamlet, today)
    assert (s.state, s.document_id, s.due) == ("signed", kept.id, True)  # signed, in no bundle yet
    out = exchange.export_bundle(hamlet, out_dir=tmp_path / "out")
    assert _state(hamlet, today).state == "sent" and not _state(hamlet, today).due
    exchange.mark(hamlet, out["outbox_id"], "sent")
    exchange.mark(hamlet, out["outbox_id"], "rejected", reason="Thiếu chữ ký")
    assert _state(hamlet, today).state == "signed"  # a rejected bundle delivered nothing: due again


def test_a_hamlet_that_reports_by_quarter_is_reminded_of_the_last_quarter(hamlet):
    today = vn_today()
    q = previous_period(today, "quarterly")
    archive.issue(hamlet, "security_report", record_id=q.code)
    s = _state(hamlet, today)
    assert (s.cadence, s.period.code, s.state) == ("quarterly", q.code, "signed")


@pytest.mark.parametrize("today,expected", [(dt.date(2026, 1, 15), "2025-Q4"), (dt.date(2026, 7, 1), "2026-Q2"),
                                            (dt.date(2026, 12, 31), "2026-Q3")])
def test_the_last_complete_quarter(today, expected):
    assert previous_period(today, "quarterly").code == expected
    assert previous_period(dt.date(2026, 1, 3), "monthly").code == "2025-12"


def test_an_event_after_midnight_in_vietnam_counts_in_its_vietnamese_month(hamlet):
    vn = dt.timezone(dt.timedelta(hours=7))
    today = vn_today()
    first = dt.date(today.year, today.month, 1)
    at = dt.datetime.combine(first, dt.time(0, 5), vn)  # the previous month in UTC
    if at > dt.datetime.now(dt.UTC):
        pytest.skip("the first five minutes of the month")
    with hamlet.uow() as uow:
        security.record_event(uow, EventInput(occurred_at=at, place="Cầu tre", type="traffic_accident",
                                              severity="less_serious", description="Va chạm xe máy"))
        uow.commit()
    with hamlet.reader() as conn:
        g = glance(conn, unit_code=hamlet.unit.code, today=today)
    key = first.strftime("%Y-%m")
    assert g["events_per_month"][key]["accident"] == 1
    assert sum(sum(v.values()) for v in g["events_per_month"].values()) == 1
