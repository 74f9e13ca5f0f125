"""Commune mode: a meeting and a security-order event the hamlet deleted leave the commune's overview and its
report with the next bundle. The hamlet records them, sends a bundle, the commune imports it; the hamlet moves both
to the trash and sends the next bundle; after its import the commune's figures — recomputed from the hamlet's own
tables — count one meeting and one event fewer, and the commune keeps the two rows, soft-deleted."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from desktop_app.domain.clock import VN_TZ, vn_today
from desktop_app.domain.people import BirthDate, ResidentInput, Sex
from desktop_app.services import (
    commune_import,
    commune_overview,
    commune_report,
    enrolment,
    exchange,
    identity,
    meetings,
    register,
    security,
)
from desktop_app.services.security import event_input_from_json
from tests.conftest import today_per_test
from tests.integration.test_commune_report import own_meetings_and_security


def _year_of(today: dt.date) -> dict:
    return {"START": dt.date(today.year, 1, 1), "END": dt.date(today.year, 12, 31)}


TODAY = vn_today()
START, END = _year_of(TODAY).values()
_today = today_per_test(globals(), _year_of)
EAST = "17380-thon-dong"


def _meeting(hamlet, title: str) -> str:
    with hamlet.uow() as uow:
        v = meetings.create_meeting(uow, meetings.MeetingInput(
            kind="hamlet_meeting", date=TODAY, chair="Nguyễn Văn Trưởng", chair_title="Trưởng thôn",
            secretary="Lê Thị Thư", start=dt.time(0, 0), end=dt.time(0, 1), place="Nhà văn hóa thôn", title=title,
            conclusion="Hội nghị thống nhất các nội dung."), viewer=None, today=TODAY)
        uow.commit()
    return v.row.id


def _event(hamlet, place: str, status: str) -> str:
    at = dt.datetime.combine(TODAY, dt.time(0, 0), VN_TZ)  # the start of today: never in the future
    with hamlet.uow() as uow:
        e = security.record_event(uow, event_input_from_json({
            "occurred_at": at.isoformat(), "place": place, "type": "crime", "severity": "less_serious",
            "status": status, "description": "Trộm cắp tài sản", "people": []}))
        uow.commit()
    return e.id


def _commune_counts(commune) -> tuple[int, int, int, int]:
    """(meetings, events) from the overview's queries, then from the commune report's figures."""
    with commune.uow() as uow:
        overview_meetings = commune_overview.meetings_by_unit(uow, START, END).get(EAST, 0)
        overview_events = commune_overview.security_by_unit(uow, START, END).get(EAST, {"events": 0})["events"]
        figures = commune_report.report_figures(uow, commune_report.parse_period(str(TODAY.year)),
                                                today=dt.date(TODAY.year + 1, 2, 1))
    east = next(h for h in figures["hamlets"] if h["code"] == EAST)
    assert figures["totals"]["meetings"] == east["meetings"]
    assert figures["totals"]["security"]["events"] == east["security"]["events"]
    return overview_meetings, overview_events, east["meetings"], east["security"]["events"]


@pytest.fixture
def exchanged(hamlet, commune, commune_pem, tmp_path):
    """Thôn Đông with one household, two meetings and two events recorded today, its first bundle imported."""
    with hamlet.uow() as uow:
        register.add_household(uow, number="1", address="Xóm 1", head=ResidentInput(
            full_name="Nguyễn Văn An", birth_date=BirthDate(1970, 5, 1), sex=Sex.MALE))
        uow.commit()
    ids = {"meeting": _meeting(hamlet, "Họp thôn ghi nhầm"), "kept_meeting": _meeting(hamlet, "Họp thôn"),
           "event": _event(hamlet, "Xóm 2", "resolved"), "kept_event": _event(hamlet, "Xóm 3", "open")}
    exchange.set_recipient(hamlet, commune_pem)
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "dong.pem"))
    first = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb")["bundle"]
    (result,) = commune_import.import_files(commune, [first])
    assert result["status"] == "imported", result
    return hamlet, commune, ids


def test_what_the_hamlet_deleted_leaves_the_communes_overview_and_report(exchanged, tmp_path):
    hamlet, commune, ids = exchanged
    own_meetings, own_events, _resolved = own_meetings_and_security(hamlet, START, END)
    assert (own_meetings, own_events) == (2, 2)
    assert _commune_counts(commune) == (own_meetings, own_events, own_meetings, own_events)

    with hamlet.uow() as uow:
        meetings.delete_meeting(uow, ids["meeting"], viewer=None)
        security.delete_event(uow, ids["event"])
        uow.commit()
    second = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb")["bundle"]
    (result,) = commune_import.import_files(commune, [second])
    assert result["status"] == "imported", result
    assert result["counts"]["meeting"]["removed"] == 1 and result["counts"]["security_event"]["removed"] == 1

    own_meetings, own_events, _resolved = own_meetings_and_security(hamlet, START, END)
    assert (own_meetings, own_events) == (1, 1)
    assert _commune_counts(commune) == (own_meetings, own_events, own_meetings, own_events)
    with commune.uow() as uow:  # the figures of the events still there: the resolved one went
        assert commune_overview.security_by_unit(uow, START, END)[EAST] == {"events": 1, "resolved": 0}

    conn = sqlite3.connect(commune.db_path)
    try:
        for table, gone, kept in (("received_meetings", ids["meeting"], ids["kept_meeting"]),
                                  ("received_security_events", ids["event"], ids["kept_event"])):
            rows = dict(conn.execute(f"SELECT id, deleted_at FROM {table} WHERE unit_code = ?", (EAST,)))
            assert set(rows) == {gone, kept}, table  # the tombstoned row is kept, soft-deleted
            assert rows[gone] is not None and rows[kept] is None, table
    finally:
        conn.close()


def test_a_record_restored_at_the_hamlet_is_counted_again_after_the_next_bundle(exchanged, tmp_path):
    hamlet, commune, ids = exchanged
    with hamlet.uow() as uow:
        meetings.delete_meeting(uow, ids["meeting"], viewer=None)
        security.delete_event(uow, ids["event"])
        uow.commit()
    commune_import.import_files(commune, [exchange.export_bundle(hamlet, out_dir=tmp_path / "usb")["bundle"]])
    assert _commune_counts(commune) == (1, 1, 1, 1)
    with hamlet.uow() as uow:
        meetings.restore_meeting(uow, ids["meeting"], viewer=None)
        security.restore_event(uow, ids["event"])
        uow.commit()
    (result,) = commune_import.import_files(
        commune, [exchange.export_bundle(hamlet, out_dir=tmp_path / "usb")["bundle"]])
    assert result["status"] == "imported", result
    assert result["counts"]["meeting"]["changed"] == 1 and result["counts"]["security_event"]["changed"] == 1
    assert _commune_counts(commune) == (2, 2, 2, 2)
