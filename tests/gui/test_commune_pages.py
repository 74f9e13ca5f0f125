"""Commune mode pages, driven as an officer would (pytest-qt, offscreen): enrol a hamlet after comparing its
fingerprint, revoke its key from a date, import several bundles in the background with each file's result, and
the overview's completeness grid, figures and read-only drill-down."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop_app.domain.clock import vn_today
from desktop_app.domain.errors import SothonError
from desktop_app.domain.people import BirthDate, ResidentInput, Sex
from desktop_app.gui.commune import hamlets_page as hp
from desktop_app.gui.commune.hamlets_page import FingerprintDialog, HamletsPage
from desktop_app.gui.commune.overview_page import COL_FIRST_MONTH, COL_LAST_SEQ, OverviewPage
from desktop_app.i18n import tr
from desktop_app.services import commune_overview as ov
from desktop_app.services import enrolment, exchange, identity, register
from desktop_app.services.credentials import group_fingerprint
from tests.conftest import dump_tables

WAIT_MS = 30_000


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    shown: list[str] = []

    def fake(_parent, exc, **_kw):
        shown.append(exc.code if isinstance(exc, SothonError) else repr(exc))

    monkeypatch.setattr(hp, "show_error", fake)
    return shown


@pytest.fixture
def seen(monkeypatch) -> list[FingerprintDialog]:
    """Every fingerprint dialog shown, answered "the fingerprints agree"."""
    dialogs: list[FingerprintDialog] = []

    def accept(self):
        dialogs.append(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FingerprintDialog, "exec", accept)
    return dialogs


@pytest.fixture
def cert(hamlet, tmp_path) -> Path:
    return identity.export_cert(hamlet, tmp_path / "thon-dong.pem")


@pytest.fixture
def page(qtbot, commune, errors):
    page = HamletsPage(commune)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    return page


def _bundles(hamlet, commune_pem, tmp_path) -> list[Path]:
    exchange.set_recipient(hamlet, commune_pem)
    with hamlet.uow() as uow:
        h = register.add_household(uow, number="1", address="Xóm 3", head=ResidentInput(
            full_name="Nguyễn Văn An", birth_date=BirthDate(1970, 5, 4), sex=Sex.MALE))
        register.add_resident(uow, household_id=h.id, data=ResidentInput(
            full_name="Trần Thị Bình", birth_date=BirthDate(1975, 1, 2), sex=Sex.FEMALE))
        uow.commit()
    first = Path(exchange.export_bundle(hamlet, out_dir=tmp_path / "usb")["bundle"])
    tampered = tmp_path / "usb" / "tampered.sothon"
    data = bytearray(first.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered.write_bytes(bytes(data))
    return [first, tampered]


def test_enrolling_shows_the_fingerprint_as_text_and_qr_then_lists_the_hamlet(page, cert, seen, errors, hamlet):
    result = page.enrol_file(cert)
    assert errors == [] and result is not None
    (dialog,) = seen
    grouped = group_fingerprint(result["fingerprint"])
    assert dialog.fingerprint_text.text().split() == grouped.split()
    assert not dialog.qr.pixmap().isNull() and dialog.qr.pixmap().width() >= 150
    assert page.table.rowCount() == 1
    assert page.table.item(0, hp.COL_NAME).text() == result["name"]
    assert page.table.item(0, hp.COL_FINGERPRINT).text() == grouped
    assert page.table.item(0, hp.COL_STATE).text() == tr("Current key")
    page.grab().save("/tmp/commune2/hamlets.png") if Path("/tmp/commune2").is_dir() else None


def test_cancelling_the_comparison_enrols_nothing(page, cert, monkeypatch, commune):
    monkeypatch.setattr(FingerprintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    before = dump_tables(commune.data_dir / "sothon.db")
    assert page.enrol_file(cert) is None
    assert dump_tables(commune.data_dir / "sothon.db") == before and page.table.rowCount() == 0


def test_a_file_that_is_not_a_certificate_is_refused_with_its_code(page, tmp_path, errors, commune):
    bad = tmp_path / "not-a-cert.pem"
    bad.write_text("hello", encoding="utf-8")
    before = dump_tables(commune.data_dir / "sothon.db")
    assert page.enrol_file(bad) is None
    assert errors == ["certificate_unreadable"]
    assert dump_tables(commune.data_dir / "sothon.db") == before


def test_revoking_from_a_date_shows_it_in_the_list(page, cert, seen, commune):
    result = page.enrol_file(cert)
    page.table.selectRow(0)
    assert page.revoke_button.isEnabled()
    page.revoke(result["code"], dt.date(2026, 3, 1))
    assert page.table.item(0, hp.COL_STATE).text() == tr("Revoked from {day}", day="01/03/2026")
    assert enrolment.list_enrolled(commune)[0]["revoked_from"] == "2026-03-01"
    page.table.selectRow(0)
    assert not page.revoke_button.isEnabled()


def test_several_files_import_in_the_background_with_a_result_each(qtbot, page, cert, seen, hamlet, commune_pem,
                                                                     tmp_path, commune):
    page.enrol_file(cert)
    files = _bundles(hamlet, commune_pem, tmp_path)
    with qtbot.waitSignal(page.import_finished, timeout=WAIT_MS) as blocker:
        page.import_paths(files + [files[0]])
        assert page.worker is not None and page.worker.isRunning() or page.worker is None
    results = blocker.args[0]
    assert [r["status"] for r in results] == ["imported", "rejected", "already_imported"]
    table = page.results_dialog.table
    assert [table.item(r, 3).text() for r in range(3)] == [tr("Imported"), tr("Rejected"), tr("Already imported")]
    assert table.item(1, 4).text() == results[1]["message"] and results[1]["message"]
    assert tr("households") in table.item(0, 4).text()
    assert page.worker is None and page.import_button.isEnabled()
    page.results_dialog.grab().save("/tmp/commune2/results.png") if Path("/tmp/commune2").is_dir() else None


def test_the_overview_shows_who_is_missing_what_and_drills_into_received_residents(
        qtbot, page, cert, seen, hamlet, commune_pem, tmp_path, commune):
    page.enrol_file(cert)
    files = _bundles(hamlet, commune_pem, tmp_path)
    with qtbot.waitSignal(page.import_finished, timeout=WAIT_MS):
        page.import_paths(files[:1])
    today = vn_today()
    later = dt.date(today.year + 1, 3, 10)  # a year on: every month of this year after this one is missing
    overview = OverviewPage(commune, today=later)
    overview.year.setValue(today.year)
    qtbot.addWidget(overview)
    overview.resize(1366, 768)
    overview.refresh()
    assert overview.grid.rowCount() == 1
    (row,) = overview.rows
    assert row.last_sequence == 1 and row.last_contact is not None
    this_month = today.month
    # the bundle's period reaches today, not the month's end: this month is reported only when the month ends
    assert all(s == ov.MISSING for s in row.months[this_month:])
    assert overview.grid.item(0, COL_FIRST_MONTH + 11).text() == "✗"
    assert overview.grid.item(0, COL_LAST_SEQ).text() == "1"
    assert overview.figures_table.item(0, 2).text() == "2"
    dialog = overview.drill_down(0)
    residents = dialog.by_type["resident"].model
    assert residents.rowCount() == 2
    assert {residents.index(r, 1).data() for r in range(2)} == {tr("(pseudonymised)")}  # sent pseudonymised
    overview.grab().save("/tmp/commune2/overview.png") if Path("/tmp/commune2").is_dir() else None
    dialog.grab().save("/tmp/commune2/drill.png") if Path("/tmp/commune2").is_dir() else None


def test_commune_pages_show_only_in_a_communes_window(qtbot, commune, hamlet):
    from desktop_app.gui.main_window import MainWindow

    communes = MainWindow(commune)
    qtbot.addWidget(communes)
    assert {"hamlets", "overview"} <= set(communes.area_keys())
    assert isinstance(communes.show_area("overview"), OverviewPage)
    assert communes.nav.item(communes.area_keys().index("hamlets")).text() == tr("Hamlets")
    hamlets = MainWindow(hamlet)
    qtbot.addWidget(hamlets)
    assert not {"hamlets", "overview"} & set(hamlets.area_keys())


@pytest.fixture
def imported(hamlet, commune, commune_pem, tmp_path):
    """Thôn Đông with the demo data (its mediation cases too), its first bundle imported at the commune."""
    from desktop_app.services import commune_import, demo
    from tests.integration.test_commune_report import record_meetings

    with hamlet.uow() as uow:
        demo.fill_demo(uow, scale="hamlet", seed=5, force=False, today=vn_today())
        uow.commit()
    record_meetings(hamlet)
    exchange.set_recipient(hamlet, commune_pem)
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "dong.pem"))
    bundle = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb")["bundle"]
    (result,) = commune_import.import_files(commune, [bundle])
    assert result["status"] == "imported"
    return commune


def test_the_overview_shows_mediation_figures_and_a_quarter_view(qtbot, imported, hamlet):
    from desktop_app.gui.commune.overview_page import (
        FIG_CASES,
        FIG_EVENTS,
        FIG_MEETINGS,
        FIG_OPEN,
        FIG_RESOLVED,
        FIG_SUCCESSFUL,
        QUARTER_COLS,
    )
    from tests.integration.test_commune_report import own_meetings_and_security

    today = vn_today()
    overview = OverviewPage(imported, today=dt.date(today.year + 1, 3, 10))
    overview.year.setValue(today.year)
    qtbot.addWidget(overview)
    overview.resize(1366, 768)
    overview.refresh()
    with imported.uow() as uow:
        (med,) = ov.mediation_by_unit(uow, dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)).values()
    assert med["received"] > 0
    assert overview.figures_table.item(0, FIG_CASES).text() == str(med["received"])
    assert overview.figures_table.item(0, FIG_SUCCESSFUL).text() == str(med["successful"])
    assert overview.figures_table.item(0, FIG_OPEN).text() == str(med["in_progress"])
    assert f"{med['received']} vụ" in overview.totals.text() or str(med["received"]) in overview.totals.text()
    meetings, events, resolved = own_meetings_and_security(hamlet, dt.date(today.year, 1, 1),
                                                           dt.date(today.year, 12, 31))
    assert meetings >= 2 and events > 0  # two recorded this year, the demo's events
    assert overview.figures_table.item(0, FIG_MEETINGS).text() == str(meetings)
    assert overview.figures_table.item(0, FIG_EVENTS).text() == str(events)
    assert overview.figures_table.item(0, FIG_RESOLVED).text() == str(resolved)
    assert tr("<b>Meetings and security in {year}:</b> {meetings} meetings held; {events} security-order events,"
              " {resolved} resolved.", year=today.year, meetings=meetings, events=events,
              resolved=resolved) in overview.totals.text()
    if Path("/tmp/overview2").is_dir():  # to look at
        overview.grab().save("/tmp/overview2/overview.png")
    overview.view.setCurrentIndex(1)  # by quarter
    assert overview.quarter_view() and overview.grid.columnCount() == 1 + QUARTER_COLS + 2
    (row,) = overview.rows
    assert [overview.grid.item(0, COL_FIRST_MONTH + q).data(Qt.ItemDataRole.UserRole)
            for q in range(QUARTER_COLS)] == ov.quarters(row)
    assert overview.grid.item(0, COL_FIRST_MONTH + QUARTER_COLS).text() == "1"  # the last sequence
    assert overview.grid.horizontalHeaderItem(COL_FIRST_MONTH).text() == tr("Q{n}", n="I")
    overview.grab().save("/tmp/communerep/overview-quarters.png") if Path("/tmp/communerep").is_dir() else None
    overview.view.setCurrentIndex(0)
    assert overview.grid.columnCount() == 1 + 12 + 2


def test_the_report_button_signs_and_keeps_the_commune_report(qtbot, imported, tmp_path):
    from desktop_app.services import archive

    overview = OverviewPage(imported)
    qtbot.addWidget(overview)
    overview.resize(1366, 768)
    overview.refresh()
    dialog = overview.ask_report()
    qtbot.addWidget(dialog)
    year = str(vn_today().year)
    codes = [dialog.choice.itemData(i) for i in range(dialog.choice.count())]
    assert codes[0] == year and f"{year}-Q1" in codes and f"{year}-01" in codes
    assert dialog.sign.isChecked() and dialog.sign.isEnabled()  # the commune officer signs it
    dialog.grab().save("/tmp/communerep/report-dialog.png") if Path("/tmp/communerep").is_dir() else None
    dialog.reject()
    path = tmp_path / "bc.pdf"
    with qtbot.waitSignal(overview.report_written, timeout=WAIT_MS) as got:
        overview.write_report(f"{year}-Q1", str(path), sign=True)
    assert got.args == [str(path)] and path.read_bytes().startswith(b"%PDF")
    (kept,) = archive.list_documents(imported)
    assert kept.kind == "commune_report" and kept.record_label == f"{year}-Q1" and kept.number == "01/BC-UBND"
