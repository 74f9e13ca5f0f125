"""Done means (issue 13), over a whole year: two hamlets send the commune a year of monthly bundles through one
folder — Thôn Đông every month by the 2nd, Thôn Tây late in March (the 8th), skipping July, and silent after
October. The commune imports each bundle the day it lands, the hamlets read their receipts, and at the end the
commune holds exactly the hamlets' data (a resident moved to the trash in June included), every bundle sent is
acknowledged, and the overview, its quarters and the year's commune report show who is missing what and who was
late. The clock is moved for each month (the test cannot wait a year): the services read it through
``utcnow``, which is set to the day each thing happens."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.services import (
    commune_import,
    commune_overview,
    commune_report,
    enrolment,
    exchange,
    identity,
    register,
)
from desktop_app.storage import uow as uow_module
from desktop_app.storage.models import OutboxEntry, ReceivedResident, Resident
from tests.integration.test_commune_year import _month, _second_hamlet

YEAR = 2026


class Clock:
    """The instant every service reads as now (``utcnow`` in the modules that stamp records and bundles)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = dt.datetime(YEAR, 1, 1, 3, 0, tzinfo=dt.UTC)
        for module in (exchange, commune_import, uow_module):
            monkeypatch.setattr(module, "utcnow", lambda: self.now)

    def at(self, month: int, day: int, hour: int = 3) -> None:
        year, month = (YEAR + 1, month - 12) if month > 12 else (YEAR, month)
        self.now = dt.datetime(year, month, day, hour, 0, tzinfo=dt.UTC)  # 10:00 in Vietnam


def _send(clock: Clock, app, commune, folder: Path) -> dict:
    """The hamlet writes its bundle into the shared folder; the commune imports it an hour later and leaves the
    receipt there, which the hamlet reads."""
    out = exchange.export_bundle(app, out_dir=folder)
    clock.now += dt.timedelta(hours=1)
    (result,) = commune_import.import_files(commune, [out["bundle"]], receipts_dir=folder)
    assert result["status"] == "imported" and result["missing_sequences"] == [], result
    exchange.import_receipt(app, result["receipt"])
    return result


def _versions(app) -> Counter:
    """The hamlet's residents as the commune should hold them: (version, deleted) of each."""
    with app.uow() as uow:
        return Counter((r.version, r.deleted_at is not None) for r in uow.session.scalars(select(Resident)))


def _received_versions(commune, code: str) -> Counter:
    with commune.uow() as uow:
        return Counter((r.version, r.deleted_at is not None) for r in uow.session.scalars(
            select(ReceivedResident).where(ReceivedResident.unit_code == code)))


def test_a_year_of_monthly_bundles_on_time_late_skipped_and_missing(hamlet, commune, commune_pem, tmp_path,
                                                                     monkeypatch):
    clock = Clock(monkeypatch)
    west = _second_hamlet(tmp_path / "tay")
    try:
        folder = tmp_path / "shared-folder"
        folder.mkdir()
        for app in (hamlet, west):
            exchange.set_recipient(app, commune_pem)
            enrolment.enrol(commune, identity.export_cert(app, tmp_path / f"{app.unit.code}.pem"))
        east_code, west_code = hamlet.unit.code, west.unit.code
        sent: dict[str, Counter] = {}  # each hamlet's residents as its last bundle carried them
        for month in range(1, 13):
            clock.at(month, 15)
            for app in (hamlet, west):
                _month(app, month)  # a new household of two; the first resident corrected
            if month == 6:
                with hamlet.uow() as uow:  # entered by mistake: to the trash, and so at the commune
                    register.delete_resident(uow, register.list_residents(uow)[-1].id)
                    uow.commit()
            clock.at(month + 1, 2)
            _send(clock, hamlet, commune, folder)
            sent[east_code] = _versions(hamlet)
            if month == 3:
                clock.at(month + 1, 8)  # three days after the due day
            if month == 7 or month > 10:
                continue  # July: the August bundle carries both months; after October nothing
            _send(clock, west, commune, folder)
            sent[west_code] = _versions(west)

        # every bundle sent is acknowledged, from the receipts alone
        with hamlet.uow() as uow:
            assert [o.state for o in uow.session.scalars(select(OutboxEntry))] == ["acknowledged"] * 12
        with west.uow() as uow:
            assert [o.state for o in uow.session.scalars(select(OutboxEntry))] == ["acknowledged"] * 9

        # the commune holds exactly the hamlets' data as they sent it: every resident at its version, the one in
        # the trash too (Thôn Tây's November and December were never sent)
        assert sent[east_code] == _versions(hamlet) != sent[west_code]
        for code in (east_code, west_code):
            assert _received_versions(commune, code) == sent[code]
        trashed = [v for (v, deleted), n in _received_versions(commune, east_code).items() if deleted for _ in range(n)]
        assert trashed == [2]  # the resident moved to the trash in June: a tombstone at its next version
        with hamlet.uow() as uow:
            own = register.stats(uow)
        with commune.reader() as conn:
            mine = commune_overview.by_unit(conn)
        assert (mine[east_code]["households"], mine[east_code]["residents"]) == (own.households, own.residents)
        assert (mine[west_code]["households"], mine[west_code]["residents"]) == (10, 20)

        # who is missing what, seen on 20/01/2027
        today = dt.date(YEAR + 1, 1, 20)
        with commune.reader() as conn:
            rows = {r.code: r for r in commune_overview.completeness(conn, YEAR, today=today)}
        on, late, missing = commune_overview.ON_TIME, commune_overview.LATE, commune_overview.MISSING
        assert rows[east_code].months == [on] * 12
        assert rows[west_code].months == [on, on, late, on, on, on, late, on, on, on, missing, missing]
        assert commune_overview.quarters(rows[west_code]) == [late, on, late, missing]
        assert commune_overview.quarters(rows[east_code]) == [on] * 4
        assert (rows[east_code].last_sequence, rows[west_code].last_sequence) == (12, 9)
        assert rows[west_code].missing_months == [11, 12]
        assert rows[west_code].last_contact == dt.datetime(YEAR, 11, 2, 5, 0, tzinfo=dt.UTC)  # after Thôn Đông's
        # ... and before the due day of November, November is not due yet
        with commune.reader() as conn:
            (early,) = [r for r in commune_overview.completeness(conn, YEAR, today=dt.date(YEAR, 12, 4))
                        if r.code == west_code]
        assert early.months[10:] == [commune_overview.NOT_DUE, commune_overview.FUTURE]

        # the year's commune report says the same
        with commune.uow() as uow:
            figures = commune_report.report_figures(uow, commune_report.ReportPeriod.parse(str(YEAR)), today=today)
        assert figures["missing"] == [west_code] and figures["late"] == [west_code]
        west_row = next(h for h in figures["hamlets"] if h["code"] == west_code)
        assert west_row["missing_months"] == [11, 12] and west_row["late_months"] == [3, 7]
    finally:
        west.close()
