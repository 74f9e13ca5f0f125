"""The register counts Vietnam's day when the computer says another: at 20:00 UTC on 7 December it is already
8 December in Vietnam (domain.clock), and the register, its checks and its forms say so alike."""

import datetime as dt

import pytest

from desktop_app.domain import clock
from desktop_app.domain.errors import SothonError, ValidationError
from desktop_app.domain.people import BirthDate, ResidentInput, Sex
from desktop_app.services import register
from tests.conftest import dump_tables

EVENING_UTC = dt.datetime(2026, 12, 7, 20, 0, tzinfo=dt.UTC)
VN_DAY = dt.date(2026, 12, 8)


@pytest.fixture
def evening(monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: EVENING_UTC)


def _household(hamlet):
    with hamlet.uow() as uow:
        h = register.add_household(uow, number="7", address="Xóm 2", head=ResidentInput(
            "Phan Văn Tư", BirthDate(1960), Sex.MALE))
        uow.commit()
    return h


def test_a_household_registered_in_the_evening_is_registered_on_vietnams_day(hamlet, evening):
    h = _household(hamlet)
    with hamlet.uow() as uow:
        events = register.resident_events(uow, h.head_id)
    assert [(e.kind, e.on_date) for e in events] == [("registered", VN_DAY)]


def test_a_death_on_vietnams_day_is_recorded_and_the_next_day_is_refused(hamlet, evening):
    h = _household(hamlet)
    before = dump_tables(hamlet.db_path)
    with hamlet.uow() as uow, pytest.raises(ValidationError) as refused:
        register.record_death(uow, h.head_id, on=VN_DAY + dt.timedelta(days=1))
    assert refused.value.code == "event_date_invalid"
    assert dump_tables(hamlet.db_path) == before
    with hamlet.uow() as uow:
        assert register.record_death(uow, h.head_id, on=VN_DAY).status == "dead"  # today, not "tomorrow"
        uow.commit()


def test_a_paper_signed_in_the_evening_is_dated_and_signed_on_vietnams_day(hamlet, monkeypatch):
    from desktop_app.services import archive

    # The next 20:00 UTC from now (the certificate made now is valid by then): the next day in Vietnam.
    now = clock.now()
    evening = now.replace(hour=20, minute=0, second=0, microsecond=0)
    if evening <= now:
        evening += dt.timedelta(days=1)
    monkeypatch.setattr(clock, "now", lambda: evening)
    vn_day = evening.date() + dt.timedelta(days=1)
    _household(hamlet)
    _pdf, kept = archive.issue(hamlet, "household_list")  # dated "today", signed "now"
    assert kept.issued_on == vn_day.isoformat()
    assert dt.datetime.fromisoformat(kept.signed_at).astimezone(clock.VN_TZ).date() == vn_day
    with pytest.raises(SothonError) as refused:  # a paper is never dated after the day it is signed on
        archive.issue(hamlet, "household_list", issued_on=vn_day + dt.timedelta(days=1))
    assert refused.value.code == "document_date_future"


def _next_evening_utc() -> dt.datetime:
    """The next 20:00 UTC from now (certificates made now are valid by then): the next day in Vietnam."""
    now = clock.now()
    evening = now.replace(hour=20, minute=0, second=0, microsecond=0)
    return evening + dt.timedelta(days=1) if evening <= now else evening


def test_a_bundle_and_a_backup_made_in_the_evening_say_vietnams_time(hamlet, commune_pem, monkeypatch, tmp_path):
    from desktop_app.bundles.reader import open_bundle
    from desktop_app.services import backups, exchange

    evening = _next_evening_utc()
    monkeypatch.setattr(clock, "now", lambda: evening)
    vn = evening.astimezone(clock.VN_TZ)
    _household(hamlet)
    exchange.set_recipient(hamlet, commune_pem)
    out = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb")
    manifest = open_bundle(out["bundle"]).manifest
    assert manifest["created_at"] == vn.isoformat() and manifest["created_at"].endswith("+07:00")
    assert manifest["period"]["to"] == vn.date().isoformat()  # the bundle runs to Vietnam's today
    assert backups.backup_now(hamlet).name == f"manual-{vn:%Y%m%d-%H%M%S}.db"
