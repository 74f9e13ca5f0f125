"""The received-bundles page of a commune's copy, driven as an officer would (pytest-qt): open a hamlet's
bundle, look at it, save its signed documents, accept or reject it with a receipt the hamlet then reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from desktop_app.domain.clock import vn_today
from desktop_app.domain.errors import SothonError
from desktop_app.domain.people import BirthDate, ResidentInput, Sex
from desktop_app.domain.units import Role
from desktop_app.gui.common import message_for
from desktop_app.gui.documents.issued_list import kind_label
from desktop_app.gui.exchange.inbox_page import (
    COL_DATE,
    COL_NUMBER,
    COL_PERSONAL,
    COL_SIGNER,
    COL_TITLE,
    InboxPage,
    saved_message,
)
from desktop_app.gui.style import ERROR_COLOUR, OK_COLOUR
from desktop_app.i18n import format_date, tr
from desktop_app.services import exchange, identity, profiles, register
from desktop_app.services.credentials import group_fingerprint
from desktop_app.services.documents import KINDS
from desktop_app.storage.models import IssuedDocument
from tests.conftest import PASSPHRASE, keep_signed

WAIT_MS = 15_000


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    shown: list[str] = []

    def fake_show_error(_parent, exc, **_kw):
        shown.append(exc.code if isinstance(exc, SothonError) else repr(exc))

    monkeypatch.setattr("desktop_app.gui.exchange.inbox_page.show_error", fake_show_error)
    return shown


def _keep(app, kind: str) -> None:
    keep_signed(app, kind)


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def bundle(hamlet, commune, usb, tmp_path) -> dict:
    """The hamlet's first bundle to the commune, with names: one household of two, the meeting minutes and
    the voter list (which names residents), saved on the USB stick."""
    exchange.set_recipient(hamlet, identity.export_cert(commune, tmp_path / "commune-copy.pem"))
    with hamlet.uow() as uow:
        h = register.add_household(uow, number="1", address="Xóm 3, Thôn Đông", head=ResidentInput(
            full_name="Nguyễn Văn An", birth_date=BirthDate(1970, 5, 4), sex=Sex.MALE))
        register.add_resident(uow, household_id=h.id, data=ResidentInput(
            full_name="Trần Thị Bình", birth_date=BirthDate(1975, 1, 2), sex=Sex.FEMALE))
        uow.commit()
    _keep(hamlet, "hamlet_meeting_minutes")
    _keep(hamlet, "voter_list")
    result = exchange.export_bundle(hamlet, out_dir=usb, named=True)
    exchange.mark_sent(hamlet, result["outbox_id"])
    return result


@pytest.fixture
def page(qtbot, commune, errors):
    page = InboxPage(commune)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def _open(qtbot, monkeypatch, page, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert not page._working


def _wait_done(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page._working, timeout=WAIT_MS)
    qtbot.wait(20)


def _choose_folder(monkeypatch, folder: Path | None, asked: list[str] | None = None) -> None:
    def fake(_parent, _caption, start="", *_a, **_k):
        if asked is not None:
            asked.append(start)
        return str(folder) if folder is not None else ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", fake)


def _outbox_state(hamlet) -> tuple[str, str | None]:
    (entry,) = exchange.list_outbox(hamlet)
    return entry["state"], entry["reason"]


def test_before_a_bundle_is_opened_only_the_open_button_works(page):
    assert page.open_button.isEnabled()
    assert not any(b.isEnabled() for b in (page.save_button, page.accept_button, page.reject_button))
    assert not page.bundle_view.isVisibleTo(page) and not page.state_label.isVisibleTo(page)
    assert page.heading.text() == tr("Received bundles")


def test_opening_a_bundle_shows_who_sent_it_and_what_it_carries(qtbot, monkeypatch, page, bundle, hamlet,
                                                               errors):
    _open(qtbot, monkeypatch, page, bundle["bundle"])
    assert errors == [] and page.error is None
    assert page.state_label.isVisibleTo(page) and OK_COLOUR in page.state_label.styleSheet()
    assert page.state_label.text().startswith(tr(
        "Valid: the bundle is complete, unchanged and signed with the key shown below."))
    assert page.bundle_view.isVisibleTo(page)
    values = {key: label.text() for key, label in page.values.items()}
    assert values["sender"] == tr("{name} (code {code})", name="Thôn Đông", code="17380-thon-dong")
    assert values["kind"] == tr("Bundle for the commune")
    assert values["sequence"] == "1"
    assert values["period"] == format_date(vn_today())
    assert values["contents"] == ", ".join((
        tr("{households} households, {residents} residents", households=1, residents=2),
        tr("{events} changes", events=2), tr("{count} documents", count=2)))
    # The fingerprint the officer compares with the hamlet's, read aloud in groups on two lines.
    hamlet_fingerprint = identity.identity_show(hamlet)["fingerprint"]  # as the hamlet's settings show it
    assert group_fingerprint(page.summary["signer_fingerprint"]) == hamlet_fingerprint
    assert values["fingerprint"].split() == hamlet_fingerprint.split()
    assert values["fingerprint"].count("\n") == 1

    assert page.table.rowCount() == 2
    rows = {page.table.item(r, COL_TITLE).text(): page.table.item(r, COL_PERSONAL).text() for r in range(2)}
    assert rows == {kind_label(KINDS[kind]): tr("Yes") if KINDS[kind].personal else ""
                    for kind in ("hamlet_meeting_minutes", "voter_list")}
    titles = {page.table.item(r, COL_TITLE).toolTip() for r in range(2)}
    assert titles == {"BIÊN BẢN HỌP THÔN", "DANH SÁCH CỬ TRI"}  # the documents' own titles
    # Each document's number as the hamlet allocated it (the officer quotes it in a reply).
    with hamlet.uow() as uow:
        numbers = {row.number_label or "" for row in uow.session.query(IssuedDocument)}
    assert all(numbers) and {page.table.item(r, COL_NUMBER).text() for r in range(2)} == numbers
    assert {page.table.item(r, COL_SIGNER).text() for r in range(2)} == {"Nguyễn Văn Trưởng"}
    assert {page.table.item(r, COL_DATE).text() for r in range(2)} == {format_date(vn_today())}
    assert all(b.isEnabled() for b in (page.open_button, page.save_button, page.accept_button,
                                       page.reject_button))


def test_saving_the_signed_documents_writes_their_pdfs(qtbot, monkeypatch, page, bundle, tmp_path, errors):
    _open(qtbot, monkeypatch, page, bundle["bundle"])
    folder = tmp_path / "van-ban"
    folder.mkdir()
    _choose_folder(monkeypatch, folder)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    _wait_done(qtbot, page)
    assert errors == []
    pdfs = sorted(folder.iterdir())
    assert [p.name for p in pdfs] == sorted(bundle["documents"])
    assert all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
    assert page.result_label.isVisibleTo(page) and page.result_label.text() == saved_message(2, folder)


def test_accepting_writes_a_receipt_next_to_the_bundle_that_the_hamlet_reads(qtbot, monkeypatch, page, bundle,
                                                                           hamlet, usb, errors):
    _open(qtbot, monkeypatch, page, bundle["bundle"])
    asked: list[str] = []
    _choose_folder(monkeypatch, usb, asked)
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    _wait_done(qtbot, page)
    assert errors == []
    assert asked == [str(usb)]  # the folder offered is the bundle's own (the USB stick)
    receipt = usb / "17380-thon-dong-to-17380-000001.sothon-receipt"
    assert receipt.is_file()
    assert page.result_label.text() == " ".join((
        tr("Bundle {sequence} was accepted.", sequence=1),
        tr("Receipt written to {path}. Give it back to the hamlet (for example on the same USB stick).",
           path=str(receipt))))

    result = exchange.import_receipt(hamlet, receipt)
    assert result["state"] == exchange.ACKNOWLEDGED and result["already"] is False
    assert _outbox_state(hamlet) == (exchange.ACKNOWLEDGED, None)


def test_rejecting_needs_a_reason_and_the_hamlet_reads_it(qtbot, monkeypatch, page, bundle, hamlet, usb,
                                                          errors):
    _open(qtbot, monkeypatch, page, bundle["bundle"])
    _choose_folder(monkeypatch, usb)
    receipt = usb / "17380-thon-dong-to-17380-000001.sothon-receipt"

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("   ", True))
    qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    assert errors == ["receipt_reason_required"] and not receipt.exists()

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Thiếu hộ số 7", False))  # cancelled
    qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    assert errors == ["receipt_reason_required"] and not receipt.exists()

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Thiếu hộ số 7", True))
    qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    _wait_done(qtbot, page)
    assert errors == ["receipt_reason_required"] and receipt.is_file()
    assert page.result_label.text().startswith(tr("Bundle {sequence} was rejected.", sequence=1))

    result = exchange.import_receipt(hamlet, receipt)
    assert result["state"] == exchange.REJECTED
    assert _outbox_state(hamlet) == (exchange.REJECTED, "Thiếu hộ số 7")


def test_a_corrupted_bundle_is_refused_and_nothing_else_is_enabled(qtbot, monkeypatch, page, bundle, tmp_path,
                                                                   errors):
    _open(qtbot, monkeypatch, page, bundle["bundle"])  # a good one first: the refusal replaces it
    data = bytearray(Path(bundle["bundle"]).read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged = tmp_path / "damaged.sothon"
    damaged.write_bytes(bytes(data))

    _open(qtbot, monkeypatch, page, damaged)
    assert errors == []  # shown on the page, not in a message box
    assert isinstance(page.error, SothonError) and page.error.code.startswith("bundle_")
    assert page.opened is None and page.summary is None
    assert page.state_label.isVisibleTo(page) and page.state_label.text() == message_for(page.error)
    assert ERROR_COLOUR in page.state_label.styleSheet()
    assert not page.bundle_view.isVisibleTo(page)
    assert page.open_button.isEnabled()
    assert not any(b.isEnabled() for b in (page.save_button, page.accept_button, page.reject_button))
    assert str(damaged) in page.file_label.text()


def test_a_party_bundle_says_so_and_carries_only_the_party_minutes(qtbot, monkeypatch, page, hamlet,
                                                                   commune, usb, tmp_path, errors):
    with hamlet.uow() as uow:
        profiles.add_profile(uow, acting=hamlet.profile, name="bi.thu", display_name="Trần Văn Bí Thư",
                             role=Role.PARTY_SECRETARY, phone=None, passphrase=PASSPHRASE)
        uow.commit()
    hamlet.unlock("bi.thu", PASSPHRASE)
    exchange.set_recipient(hamlet, identity.export_cert(commune, tmp_path / "party.pem"),
                           kind=exchange.RECIPIENT_PARTY)
    _keep(hamlet, "party_cell_minutes")
    result = exchange.export_bundle(hamlet, out_dir=usb, kind="party")

    _open(qtbot, monkeypatch, page, result["bundle"])
    assert errors == [] and page.error is None
    assert page.values["kind"].text() == tr("Party bundle for the party committee")
    assert page.values["contents"].text() == tr("1 document")
    assert page.table.rowCount() == 1
    assert [d["kind"] for d in page.summary["documents"]] == ["party_cell_minutes"]
    assert page.table.item(0, COL_TITLE).text() == kind_label(KINDS["party_cell_minutes"])
    assert page.table.item(0, COL_PERSONAL).text() == tr("Yes")  # the minutes name the members present and absent
    assert page.table.item(0, COL_SIGNER).text() == "Trần Văn Bí Thư"
    assert page.save_button.isEnabled() and page.accept_button.isEnabled()


def test_the_commune_window_shows_received_bundles_in_the_exchange_area(qtbot, monkeypatch, commune,
                                                                        bundle, errors):
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(commune)
    qtbot.addWidget(window)
    keys = window.area_keys()
    page = window.show_area("exchange")
    assert isinstance(page, InboxPage)
    assert window.nav.item(keys.index("exchange")).text() == tr("Received bundles")
    _open(qtbot, monkeypatch, page, bundle["bundle"])
    window.set_language("en")
    try:
        assert window.nav.item(keys.index("exchange")).text() == "Received bundles"
        assert window.actions_by_key["area:exchange"].text() == "Go to: Received bundles"
        assert page.heading.text() == "Received bundles"
        assert page.values["kind"].text() == "Bundle for the commune"
        assert page.values["contents"].text() == "1 households, 2 residents, 2 changes, 2 documents"
    finally:
        window.set_language("vi")

