"""Done means (issue 13): two hamlets and one commune exchange monthly bundles through one folder. The commune
holds exactly the hamlets' data; a replayed, a cloned-hamlet and a tampered bundle are refused and change
nothing; the hamlets' outboxes show acknowledged from the import's receipts; the overview shows who is missing
what. Real data directories, real bundles, real receipts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from desktop_app.bootstrap import open_app
from desktop_app.domain.clock import vn_today
from desktop_app.domain.people import BirthDate, ResidentInput, Sex
from desktop_app.domain.units import UnitKind
from desktop_app.services import commune_import, commune_overview, enrolment, exchange, identity, register
from desktop_app.services.setup import initialise
from desktop_app.storage.models import OutboxEntry, ReceivedBundle
from tests.conftest import PASSPHRASE, dump_tables


def _second_hamlet(data_dir: Path):
    app = open_app(data_dir)
    with app.uow() as uow:
        result = initialise(uow, role=UnitKind.HAMLET, province_code="40", commune_code="17380",
                            unit_name="Thôn Tây", unit_code=None, head_name="Phạm Văn Tây",
                            head_phone=None, passphrase=PASSPHRASE)
        uow.commit()
    app.settings.default_profile = result.profile.name
    app.save_settings()
    app.refresh_unit()
    app.unlock(result.profile.name, PASSPHRASE)
    return app


NAMES = {1: ("An", "Bình"), 2: ("Cường", "Dung"), 3: ("Đức", "Hoa"), 4: ("Hùng", "Lan"), 5: ("Minh", "Ngọc"),
         6: ("Phúc", "Quyên"), 7: ("Sơn", "Thảo"), 8: ("Tùng", "Uyên"), 9: ("Vinh", "Xuân"), 10: ("Khánh", "Yến"),
         11: ("Long", "Mai"), 12: ("Quang", "Nga")}  # a new household a month, for a year


def _month(app, n: int) -> None:
    """A month in a hamlet: a new household of two; from the second month, one resident of the first moves."""
    with app.uow() as uow:
        h = register.add_household(uow, number=str(n), address=f"Xóm {n}", head=ResidentInput(
            full_name=f"Nguyễn Văn {NAMES[n][0]}", birth_date=BirthDate(1960 + n, 3, 4), sex=Sex.MALE))
        register.add_resident(uow, household_id=h.id, data=ResidentInput(
            full_name=f"Lê Thị {NAMES[n][1]}", birth_date=BirthDate(1965 + n, 1, 2), sex=Sex.FEMALE))
        if n > 1:
            first = register.list_residents(uow)[0]
            data = first.as_input()
            register.update_resident(uow, first.id, type(data)(**{**data.__dict__, "note": f"tháng {n}"}))
        uow.commit()


def _records(app) -> dict:
    return {k: v for k, v in dump_tables(app.data_dir / "sothon.db").items()
            if k.startswith("received_") and k != "received_bundles"}


def _states(app) -> list[tuple[int, str]]:
    with app.uow() as uow:
        return [(o.sequence, o.state) for o in uow.session.scalars(select(OutboxEntry).order_by(OutboxEntry.sequence))]


def _round(commune, hamlets: dict, folder: Path) -> list[dict]:
    """The commune reads every bundle in the folder (old ones come back already_imported) and leaves its
    receipts there; each hamlet reads the receipts of its own bundles."""
    results = commune_import.import_files(commune, sorted(folder.glob("*.sothon")), receipts_dir=folder)
    for result in results:
        if result["status"] != "rejected":
            exchange.import_receipt(hamlets[result["sender"]], result["receipt"])
    return results


def test_two_hamlets_and_a_commune_exchange_a_quarter_through_a_folder(hamlet, commune, commune_pem, tmp_path):
    west = _second_hamlet(tmp_path / "tay")
    try:
        folder = tmp_path / "shared-folder"
        folder.mkdir()
        hamlets = {}
        for app in (hamlet, west):
            exchange.set_recipient(app, commune_pem)
            info = enrolment.enrol(commune, identity.export_cert(app, tmp_path / f"{app.unit.code}.pem"))
            hamlets[info["code"]] = app
        east_code, west_code = hamlet.unit.code, west.unit.code
        assert set(hamlets) == {east_code, west_code}

        first_bundles = {}
        for month in (1, 2, 3):
            for app in (hamlet, west):
                _month(app, month)
                if app is west and month == 2:
                    continue  # Thôn Tây skips a month: its next bundle carries both months' changes
                out = exchange.export_bundle(app, out_dir=folder)
                first_bundles.setdefault(app.unit.code, Path(out["bundle"]))
            results = _round(commune, hamlets, folder)
            assert all(r["status"] in ("imported", "already_imported") for r in results), results
            assert all(r["missing_sequences"] == [] for r in results)

        # the commune holds exactly the hamlets' data
        with commune.uow() as uow:
            by_unit = commune_overview.by_unit(uow)
        for code, app in hamlets.items():
            with app.uow() as uow:
                own = register.stats(uow)
            mine = by_unit[code]
            assert (mine["households"], mine["residents"]) == (own.households, own.residents)
            assert mine["residents_by_sex"] == own.by_sex
            assert mine["residents_by_residence_type"] == own.by_residence_type
        assert by_unit[east_code]["households"] == 3 and by_unit[west_code]["residents"] == 6

        # the outboxes show acknowledged, from the receipts alone
        assert _states(hamlet) == [(1, "acknowledged"), (2, "acknowledged"), (3, "acknowledged")]
        assert _states(west) == [(1, "acknowledged"), (2, "acknowledged")]

        before = _records(commune)
        # replayed: the same file again (copied under another name) changes nothing
        replay = folder.parent / "replay.sothon"
        replay.write_bytes(first_bundles[east_code].read_bytes())
        tampered = folder.parent / "tampered.sothon"
        data = bytearray(first_bundles[west_code].read_bytes())
        data[len(data) // 2] ^= 0x01
        tampered.write_bytes(bytes(data))
        # cloned: Thôn Tây's copy restored from an old backup starts its chain again
        with west.uow() as uow:
            for row in uow.session.scalars(select(OutboxEntry)):
                uow.session.delete(row)
            uow.commit()
        _month(west, 4)
        clone = Path(exchange.export_bundle(west, out_dir=tmp_path / "clone")["bundle"])
        replayed, bad, cloned = commune_import.import_files(commune, [replay, tampered, clone],
                                                            receipts_dir=tmp_path / "answers")
        assert replayed["status"] == "already_imported"
        assert bad["status"] == "rejected" and bad["error"] and bad["quarantined"]
        assert cloned["status"] == "rejected" and cloned["error"] == "import_sequence_conflict"
        assert _records(commune) == before

        # the overview shows who is missing what: last sequences and contacts; next year, this year's months
        # after the bundles' period are missing for both
        today = vn_today()
        with commune.uow() as uow:
            rows = {r.code: r for r in commune_overview.completeness(uow, today.year, today=dt.date(today.year + 1, 2, 1))}
            imported = uow.session.scalars(select(ReceivedBundle).where(ReceivedBundle.status == "imported")).all()
        assert len(imported) == 5
        assert (rows[east_code].last_sequence, rows[west_code].last_sequence) == (3, 2)
        assert rows[west_code].last_contact >= rows[east_code].last_contact  # the clone was the last contact
        assert rows[east_code].missing_months == list(range(1, 13))  # period ends today: no month's end reached
        assert rows[west_code].name == "Thôn Tây"
    finally:
        west.close()


def _imported_on(commune, period: tuple[str, str], received: dt.datetime) -> None:
    """Place the one imported bundle's period and arrival in time (the test cannot wait for months to pass)."""
    with commune.uow() as uow:
        (row,) = uow.session.scalars(select(ReceivedBundle).where(ReceivedBundle.status == "imported"))
        row.period_from, row.period_to, row.received_at = period[0], period[1], received
        uow.commit()


def _statuses(commune, today: dt.date) -> list[str]:
    with commune.uow() as uow:
        (row,) = commune_overview.completeness(uow, 2026, today=today)
    return row.months


def receive_january(hamlet, commune, commune_pem, tmp_path):
    """The commune with one imported bundle of Thôn Đông reporting January 2026."""
    exchange.set_recipient(hamlet, commune_pem)
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "dong.pem"))
    _month(hamlet, 1)
    (result,) = commune_import.import_files(commune, [exchange.export_bundle(hamlet, out_dir=tmp_path)["bundle"]])
    assert result["status"] == "imported"
    return commune


def test_on_time_late_missing_and_not_due_follow_the_rule(hamlet, commune, commune_pem, tmp_path):
    receive_january(hamlet, commune, commune_pem, tmp_path)
    assert commune_overview.due_day() == 5  # resources/rules/commune.json
    assert commune_overview.due_date(2026, 12) == dt.date(2027, 1, 5)
    noon = dt.timezone.utc
    # January's bundle (its period reaches 31/01) arrives on 04/02: on time; nothing covers February yet
    _imported_on(commune, ("2026-01-03", "2026-02-03"), dt.datetime(2026, 2, 4, 5, 0, tzinfo=noon))
    months = _statuses(commune, dt.date(2026, 3, 3))
    assert months[0] == commune_overview.ON_TIME
    assert months[1] == commune_overview.NOT_DUE  # February ended, due on 05/03
    assert months[2:] == [commune_overview.FUTURE] * 10
    assert _statuses(commune, dt.date(2026, 3, 6))[1] == commune_overview.MISSING
    # the same bundle arriving on 06/02: late
    _imported_on(commune, ("2026-01-03", "2026-02-03"), dt.datetime(2026, 2, 6, 5, 0, tzinfo=noon))
    assert _statuses(commune, dt.date(2026, 3, 6))[0] == commune_overview.LATE
    # a bundle whose period spans two months' ends reports both (a hamlet that skipped a month)
    _imported_on(commune, ("2026-01-03", "2026-03-02"), dt.datetime(2026, 3, 3, 5, 0, tzinfo=noon))
    assert _statuses(commune, dt.date(2026, 3, 6))[:3] == [commune_overview.LATE, commune_overview.ON_TIME,
                                                           commune_overview.FUTURE]
