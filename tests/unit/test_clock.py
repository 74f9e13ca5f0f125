"""domain.clock: Vietnam's day, whatever the computer's time zone."""

import datetime as dt

from desktop_app.domain import clock


def _at(monkeypatch, *args):
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(*args, tzinfo=dt.UTC))


def test_vietnams_day_starts_at_17_00_utc(monkeypatch):
    _at(monkeypatch, 2026, 12, 7, 16, 59, 59)
    assert clock.vn_today() == dt.date(2026, 12, 7)
    _at(monkeypatch, 2026, 12, 7, 17, 0, 0)
    assert clock.vn_today() == dt.date(2026, 12, 8)
    _at(monkeypatch, 2026, 12, 31, 23, 0)  # a new year in Vietnam while it is still the old one in UTC
    assert clock.vn_today() == dt.date(2027, 1, 1)


def test_the_clock_is_read_in_utc_and_aware():
    now = clock.now()
    assert now.tzinfo is not None and now.utcoffset() == dt.timedelta(0)
    assert clock.vn_today() in (now.date(), now.date() + dt.timedelta(days=1))


def test_the_day_in_vietnam_of_an_instant_whatever_its_offset():
    from desktop_app.domain.clock import vn_day

    assert vn_day(dt.datetime(2026, 6, 30, 20, 0, tzinfo=dt.UTC)) == dt.date(2026, 7, 1)
    assert vn_day(dt.datetime(2026, 6, 30, 16, 59, 59)) == dt.date(2026, 6, 30)  # naive: UTC, as stored
    assert vn_day(dt.datetime(2026, 7, 1, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=9)))) == dt.date(2026, 6, 30)
