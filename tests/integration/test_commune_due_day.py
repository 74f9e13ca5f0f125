"""The commune's own due day for the monthly bundles: a month counts as on time when its bundle was imported by
that day of the next month (each commune follows its own regulation; default the 5th), counted in Vietnam's time.
Set from the command line (``sothon commune due-day``) as from the overview; ``sothon commune overview`` prints the
grid the window shows."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.domain.errors import SothonError
from desktop_app.services import commune_overview
from desktop_app.storage.models import AuditEntry
from tests.conftest import PASSPHRASE, dump_tables
from tests.integration.test_commune_year import _imported_on, _statuses, receive_january
from tests.integration.test_exchange import _cli

UTC = dt.timezone.utc


@pytest.fixture
def received(hamlet, commune, commune_pem, tmp_path):
    return receive_january(hamlet, commune, commune_pem, tmp_path)


def _set(commune, value):
    with commune.uow() as uow:
        day = commune_overview.set_due_day(uow, value)
        uow.commit()
    return day


def test_the_communes_due_day_decides_on_time_and_late(received):
    commune = received
    _imported_on(commune, ("2026-01-03", "2026-02-03"), dt.datetime(2026, 2, 8, 3, 0, tzinfo=UTC))
    assert _statuses(commune, dt.date(2026, 3, 20))[0] == commune_overview.LATE  # the default: by 05/02
    assert _set(commune, 10) == 10
    with commune.reader() as conn:  # the overview's own reader sees the same rule
        assert commune_overview.due_day(conn) == 10
        assert commune_overview.overview(conn, 2026, today=dt.date(2026, 3, 20)).due_day == 10
    months = _statuses(commune, dt.date(2026, 3, 8))
    assert months[0] == commune_overview.ON_TIME  # 08/02 is by the 10th
    assert months[1] == commune_overview.NOT_DUE  # February is due on 10/03 now, not 05/03
    assert _statuses(commune, dt.date(2026, 3, 11))[1] == commune_overview.MISSING
    assert _set(commune, 6) == 6
    assert _statuses(commune, dt.date(2026, 3, 20))[0] == commune_overview.LATE
    assert _set(commune, None) == 5  # back to resources/rules/commune.json
    with commune.uow() as uow:
        changes = [e.changes["value"] for e in uow.session.scalars(
            select(AuditEntry).where(AuditEntry.record_type == "commune_rules").order_by(AuditEntry.id))]
    assert changes == [[None, 10], [10, 6], [6, None]]


def test_the_day_a_bundle_arrived_is_vietnams(received):
    """23:30 UTC on 04/02 is 06:30 on 05/02 in Vietnam: by the 5th; 17:30 UTC on 05/02 is already the 6th."""
    commune = received
    _imported_on(commune, ("2026-01-03", "2026-02-03"), dt.datetime(2026, 2, 4, 23, 30, tzinfo=UTC))
    assert _statuses(commune, dt.date(2026, 3, 20))[0] == commune_overview.ON_TIME
    _imported_on(commune, ("2026-01-03", "2026-02-03"), dt.datetime(2026, 2, 5, 17, 30, tzinfo=UTC))
    assert _statuses(commune, dt.date(2026, 3, 20))[0] == commune_overview.LATE


@pytest.mark.parametrize("value", ["0", "29", "31", "-1", "10.5", "ngày 5", "abc", "²", "١٠"])
def test_a_day_that_is_not_one_of_every_month_is_refused_and_nothing_changes(received, value):
    commune = received
    _set(commune, 12)
    before = dump_tables(commune.db_path)
    with pytest.raises(SothonError) as err:
        _set(commune, value)
    assert err.value.code == "commune_due_day_invalid" and err.value.params["default"] == 5
    assert dump_tables(commune.db_path) == before


def test_the_command_line_shows_and_sets_the_due_day_and_prints_the_grid(received, capsys, monkeypatch):
    commune = received
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    _imported_on(commune, ("2026-01-03", "2026-02-03"), dt.datetime(2026, 2, 8, 3, 0, tzinfo=UTC))
    data = str(commune.data_dir)
    assert _cli(capsys, "--data-dir", data, "commune", "due-day", "--json") == (0, {"due_day": 5, "default": 5})
    before = dump_tables(commune.db_path)
    code, doc = _cli(capsys, "--data-dir", data, "commune", "due-day", "29", "--json")
    assert code == 1 and doc["error"] == "commune_due_day_invalid" and "29" in doc["message"]
    assert dump_tables(commune.db_path) == before
    assert _cli(capsys, "--data-dir", data, "commune", "due-day", "10", "--json") == (0, {"due_day": 10, "default": 5})
    code, doc = _cli(capsys, "--data-dir", data, "commune", "overview", "--year", "2026", "--json")
    assert code == 0 and doc["year"] == 2026 and doc["due_day"] == 10
    (row,) = doc["hamlets"]
    with commune.reader() as conn:
        assert [row["code"]] == commune_overview.enrolled_codes(conn)
    assert row["months"]["1"] == "on_time"  # 08/02, by the 10th
    assert row["last_sequence"] == 1 and row["missing_sequences"] == []
    assert set(row["quarters"]) == {"1", "2", "3", "4"} and len(row["months"]) == 12
    assert row["months"]["2"] == "missing" and 2 in row["missing_months"]  # nothing reported February
    assert doc["missing"] == [row["code"]] and doc["late"] == []
    assert _cli(capsys, "--data-dir", data, "commune", "due-day", "default", "--json") == (0, {"due_day": 5,
                                                                                                 "default": 5})
    code, doc = _cli(capsys, "--data-dir", data, "commune", "overview", "--year", "2026", "--json")
    assert doc["hamlets"][0]["months"]["1"] == "late"
    code, _doc = _cli(capsys, "--data-dir", data, "commune", "overview", "--year", "1990", "--json")
    assert code != 0


def test_a_hamlets_copy_has_no_due_day_to_set(hamlet, capsys, monkeypatch):
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    data = str(hamlet.data_dir)
    before = dump_tables(hamlet.db_path)
    code, doc = _cli(capsys, "--data-dir", data, "commune", "due-day", "10", "--json")
    assert code == 1 and doc["error"] == "commune_only"
    code, doc = _cli(capsys, "--data-dir", data, "commune", "overview", "--json")
    assert code == 1 and doc["error"] == "commune_only"
    assert dump_tables(hamlet.db_path) == before


def test_the_commune_report_says_the_due_day_it_counted_with(received, tmp_path):
    from desktop_app.services import commune_report, documents
    from tests.integration.test_commune_report import _pdftotext

    commune = received
    _imported_on(commune, ("2026-01-03", "2026-02-03"), dt.datetime(2026, 2, 8, 3, 0, tzinfo=UTC))
    _set(commune, 10)
    with commune.uow() as uow:
        figures = commune_report.report_figures(uow, commune_report.ReportPeriod.parse("2026-01"),
                                                today=dt.date(2026, 3, 1))
    assert figures["due_day"] == 10 and figures["late"] == [] and figures["hamlets"][0]["state"] == "on_time"
    text = " ".join(_pdftotext(documents.render(commune, "commune_report", record_id="2026-01"), tmp_path).split())
    assert "hạn gửi số liệu của mỗi tháng là ngày 10 của tháng sau" in text
