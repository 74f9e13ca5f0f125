"""The exchange page, driven as a person would (pytest-qt): register the commune (and the party committee),
create bundles, save them to a folder, mark them received or rejected."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from desktop_app import i18n
from desktop_app.domain.errors import SothonError
from desktop_app.domain.people import BirthDate, ResidentInput, Sex
from desktop_app.domain.units import Role
from desktop_app.gui.exchange.page import (
    COL_COUNTS,
    COL_FOR,
    COL_SEQUENCE,
    COL_STATE,
    ExchangePage,
    receipt_message,
    state_text,
)
from desktop_app.i18n import tr
from desktop_app.services import archive, exchange, identity, inbox, profiles, register
from tests.conftest import PASSPHRASE, keep_signed, keep_signed_by_party_secretary

WAIT_MS = 15_000


def _add_household(app, number: str, head: str, member: str) -> None:
    with app.uow() as uow:
        h = register.add_household(uow, number=number, address="Xóm 3, Thôn Đông", head=ResidentInput(
            full_name=head, birth_date=BirthDate(1970, 5, 4), sex=Sex.MALE))
        register.add_resident(uow, household_id=h.id, data=ResidentInput(
            full_name=member, birth_date=BirthDate(1975, 1, 2), sex=Sex.FEMALE))
        uow.commit()


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    shown: list[str] = []

    def fake_show_error(_parent, exc, **_kw):
        shown.append(exc.code if isinstance(exc, SothonError) else repr(exc))

    monkeypatch.setattr("desktop_app.gui.exchange.page.show_error", fake_show_error)
    return shown


@pytest.fixture
def page(qtbot, hamlet, errors):
    _add_household(hamlet, "1", "Nguyễn Văn An", "Trần Thị Bình")
    page = ExchangePage(hamlet)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


@pytest.fixture
def registered(page, commune_pem, errors):
    assert page.register_certificate(commune_pem), errors
    return page


def _create(qtbot, page) -> None:
    before = len(page.entries)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.entries) == before + 1 and not page._working, timeout=WAIT_MS)


def _save_to(qtbot, monkeypatch, page, folder: Path, errors: list[str]) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    count = len(errors)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page._working, timeout=WAIT_MS)
    qtbot.wait(50)
    assert page._working is False and len(errors) >= count


def _row_state(page, row: int = 0) -> str:
    return page.table.item(row, COL_STATE).text()


def test_without_a_commune_the_page_asks_to_register_its_certificate(page):
    assert page.recipient is None
    assert page.register_button.text() == tr("Register the commune's certificate…")
    assert not page.create_button.isEnabled()
    assert page.table.rowCount() == 0 and page.empty_hint.isVisible()


def test_registering_the_communes_certificate_shows_the_commune(registered, hamlet):
    page = registered
    assert page.recipient is not None and page.recipient["code"] == "17380"
    assert "17380" in page.commune_text.text()
    assert page.recipient["signing_fingerprint"][:4].upper() in page.commune_text.text()
    assert page.create_button.isEnabled()
    assert exchange.get_recipient(hamlet)["code"] == "17380"


def test_a_file_that_is_not_a_certificate_is_refused(page, tmp_path, errors):
    bad = tmp_path / "not-a-cert.pem"
    bad.write_text("hello")
    assert not page.register_certificate(bad)
    assert errors == ["certificate_unreadable"] and page.recipient is None


def test_create_save_mark_received_and_a_second_bundle(qtbot, monkeypatch, registered, hamlet, tmp_path,
                                                        errors):
    page = registered
    _create(qtbot, page)
    assert page.table.rowCount() == 1 and errors == []
    entry = page.entries[0]
    assert entry["sequence"] == 1 and entry["state"] == exchange.PENDING
    assert _row_state(page) == tr("Pending")
    assert page.table.item(0, COL_COUNTS).text().startswith("1 ")
    bundle = hamlet.data_dir / "outbox" / entry["file"]
    assert bundle.is_file()

    usb = tmp_path / "usb"
    usb.mkdir()
    page.table.selectRow(0)
    _save_to(qtbot, monkeypatch, page, usb, errors)
    assert errors == []
    copied = usb / entry["file"]
    assert copied.read_bytes() == bundle.read_bytes()
    assert page.entries[0]["state"] == exchange.SENT and _row_state(page) == tr("Sent")
    assert page.entries[0]["path"] == str(copied)

    page.table.selectRow(0)
    qtbot.mouseClick(page.received_button, Qt.MouseButton.LeftButton)
    assert page.entries[0]["state"] == exchange.ACKNOWLEDGED
    assert _row_state(page) == tr("Received by the commune")

    _add_household(hamlet, "2", "Lê Văn Cường", "Phạm Thị Dung")
    _create(qtbot, page)
    assert [e["sequence"] for e in page.entries] == [2, 1]
    assert page.table.item(0, COL_SEQUENCE).text() == "2" and _row_state(page, 0) == tr("Pending")


def test_an_unwritable_folder_shows_an_error_and_leaves_the_bundle_pending(qtbot, monkeypatch, registered,
                                                                           tmp_path, errors):
    page = registered
    _create(qtbot, page)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    page.table.selectRow(0)
    _save_to(qtbot, monkeypatch, page, blocker / "usb", errors)
    qtbot.waitUntil(lambda: errors != [], timeout=WAIT_MS)
    assert errors == ["file_unwritable"]
    assert page.entries[0]["state"] == exchange.PENDING and _row_state(page) == tr("Pending")


def test_invalid_transitions_show_the_refusal_and_rejection_keeps_the_reason(qtbot, monkeypatch, registered,
                                                                            errors):
    page = registered
    _create(qtbot, page)
    page.table.selectRow(0)
    qtbot.mouseClick(page.received_button, Qt.MouseButton.LeftButton)  # still pending
    assert errors == ["outbox_transition_invalid"] and page.entries[0]["state"] == exchange.PENDING

    exchange.mark_sent(page.app, page.entries[0]["id"])
    page.refresh()
    page.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Thiếu hộ số 7", True))
    qtbot.mouseClick(page.rejected_button, Qt.MouseButton.LeftButton)
    assert page.entries[0]["state"] == exchange.REJECTED
    assert page.entries[0]["reason"] == "Thiếu hộ số 7"
    assert _row_state(page) == state_text(page.entries[0]) and "Thiếu hộ số 7" in _row_state(page)


def test_the_exchange_area_sits_after_documents_and_retranslates(qtbot, hamlet, errors):
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(hamlet)
    qtbot.addWidget(window)
    keys = window.area_keys()
    assert keys.index("exchange") == keys.index("documents") + 1
    page = window.show_area("exchange")
    assert isinstance(page, ExchangePage)
    window.set_language("en")
    try:
        assert page.heading.text() == "Send data to the commune"
        assert window.nav.item(keys.index("exchange")).text() == "Exchange"
    finally:
        window.set_language("vi")


# --- signed documents and the party committee ------------------------------------------------------


def _keep(app, kind: str) -> archive.IssuedView:
    return keep_signed(app, kind)[1]


def _add_profile(app, name: str, role: Role) -> None:
    with app.uow() as uow:
        profiles.add_profile(uow, acting=app.profile, name=name, display_name="Trần Văn Bí Thư", role=role,
                             phone=None, passphrase=PASSPHRASE)
        uow.commit()


def _open_page(qtbot, app) -> ExchangePage:
    page = ExchangePage(app)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def test_signed_lists_with_names_are_held_back_until_names_are_included(qtbot, registered, hamlet, errors):
    page = registered
    minutes, voters = _keep(hamlet, "hamlet_meeting_minutes"), _keep(hamlet, "voter_list")
    i18n.set_language("en")
    page.retranslate_ui()
    assert "Minutes list the households that attended" in page.named_docs_check.toolTip()
    i18n.set_language("vi")
    page.retranslate_ui()
    _create(qtbot, page)
    assert errors == []
    # Both name residents (the minutes list the household heads who attended): both stay here.
    assert page.entries[0]["documents"] == 0 and page.entries[0]["kind"] == "government"
    assert page.table.item(0, COL_COUNTS).text() == tr("{households} households, {residents} residents",
                                                       households=1, residents=2) + ", " + tr(
        "{events} changes", events=2)
    assert page.table.item(0, COL_FOR).text() == tr("Commune")
    text = page.result_label.text()
    assert page.result_label.isVisibleTo(page)
    assert tr("It carries no signed document.") in text
    assert tr("{count} signed documents that name residents were not included; tick “Include the signed"
              " documents that name residents” to send them.", count=2) in text
    assert {v.id: v.sent_state for v in archive.list_documents(hamlet)} == {
        minutes.id: archive.NOT_SENT, voters.id: archive.NOT_SENT}

    page.named_docs_check.setChecked(True)
    _create(qtbot, page)
    assert page.entries[0]["sequence"] == 2 and page.entries[0]["documents"] == 2
    assert page.table.item(0, COL_COUNTS).text().endswith(", " + tr("{count} documents", count=2))
    assert page.result_label.text() == " ".join((
        tr("Bundle {sequence} was created.", sequence=2), tr("It carries {count} signed documents.", count=2),
        tr("Save it to a USB stick or a folder to send it.")))
    assert not page.named_docs_check.isChecked()  # asked for each time
    assert archive.list_documents(hamlet)[0].sent_state == exchange.PENDING


def test_the_party_secretary_registers_the_party_committee_and_creates_a_party_bundle(
        qtbot, hamlet, commune_pem, errors):
    _add_household(hamlet, "1", "Nguyễn Văn An", "Trần Thị Bình")
    _add_profile(hamlet, "bi.thu", Role.PARTY_SECRETARY)
    hamlet.unlock("bi.thu", PASSPHRASE)
    minutes = _keep(hamlet, "party_cell_minutes")
    page = _open_page(qtbot, hamlet)
    assert page.bundle_kind() == "party" and page.party_box.isVisibleTo(page)
    assert page.create_box.title() == tr("Create a party bundle for the party committee")
    assert page.create_button.text() == tr("Create a party bundle")
    assert not page.named_check.isVisibleTo(page)  # party bundles carry no register
    assert not page.named_docs_check.isVisibleTo(page)
    assert not page.create_button.isEnabled()  # no party committee yet
    assert page.party_register_button.text() == tr("Register the party committee's certificate…")

    assert page.register_certificate(commune_pem, kind=exchange.RECIPIENT_PARTY), errors
    assert page.party_recipient["kind"] == exchange.RECIPIENT_PARTY and page.recipient is None
    assert exchange.get_recipient(hamlet, kind=exchange.RECIPIENT_PARTY)["code"] == "17380"
    assert exchange.get_recipient(hamlet) is None  # the commune is not registered by this
    assert "17380" in page.party_text.text()
    assert page.party_register_button.text() == tr("Replace the party committee's certificate…")
    assert page.create_button.isEnabled()

    _create(qtbot, page)
    assert errors == []
    (entry,) = page.entries
    assert entry["kind"] == "party" and entry["sequence"] == 1 and entry["documents"] == 1
    assert entry["counts"] == {"party_document": 1}
    assert page.table.item(0, COL_FOR).text() == tr("Party committee")
    assert page.table.item(0, COL_COUNTS).text() == tr("1 document")
    assert page.result_label.text().startswith(tr("Party bundle {sequence} for the party committee was created.",
                                                  sequence=1))
    assert archive.list_documents(hamlet)[0].id == minutes.id
    assert archive.list_documents(hamlet)[0].sent_state == exchange.PENDING
    page.table.selectRow(0)
    assert page.received_button.text() == tr("Mark as received by the party committee")
    exchange.mark_sent(hamlet, entry["id"])
    page.refresh()
    page.table.selectRow(0)
    qtbot.mouseClick(page.received_button, Qt.MouseButton.LeftButton)
    assert page.entries[0]["state"] == exchange.ACKNOWLEDGED
    assert _row_state(page) == tr("Received by the party committee")


def test_the_head_may_register_the_party_committee_but_creates_bundles_for_the_commune(
        qtbot, registered, commune_pem, hamlet, errors):
    page = registered
    assert page.bundle_kind() == "government" and page.party_box.isVisibleTo(page)
    assert page.create_box.title() == tr("Create a bundle for the commune")
    assert page.register_certificate(commune_pem, kind=exchange.RECIPIENT_PARTY), errors
    assert page.recipient["kind"] == exchange.RECIPIENT_COMMUNE
    assert page.party_recipient["kind"] == exchange.RECIPIENT_PARTY
    keep_signed_by_party_secretary(hamlet)  # the cell's minutes never go to the commune
    _create(qtbot, page)
    assert page.entries[0]["kind"] == "government" and page.entries[0]["documents"] == 0
    assert tr("It carries no signed document.") in page.result_label.text()


def test_a_mediator_does_not_see_the_party_committee(qtbot, hamlet, errors):
    _add_profile(hamlet, "hoa.giai", Role.MEDIATOR)
    hamlet.unlock("hoa.giai", PASSPHRASE)
    page = _open_page(qtbot, hamlet)
    assert page.commune_box.isVisibleTo(page) and not page.party_box.isVisibleTo(page)
    assert page.bundle_kind() == "government"


# --- receipts from the commune ------------------------------------------------------------------------


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def two_bundles(hamlet, commune, usb, tmp_path) -> list[dict]:
    """The hamlet registered the commune and saved bundles 1 and 2 on the USB stick."""
    exchange.set_recipient(hamlet, identity.export_cert(commune, tmp_path / "commune-copy.pem"))
    bundles = []
    households = (("1", "Nguyễn Văn An", "Trần Thị Bình"), ("2", "Lê Văn Cường", "Phạm Thị Dung"))
    for number, head, member in households:
        _add_household(hamlet, number, head, member)
        result = exchange.export_bundle(hamlet, out_dir=usb)
        exchange.mark_sent(hamlet, result["outbox_id"])
        bundles.append(result)
    return bundles


def _answer(commune, bundle: dict, usb: Path, *, accept: bool, reason: str | None = None) -> Path:
    """The commune opens the bundle and writes its signed receipt on the USB stick."""
    opened = inbox.open_received(bundle["bundle"], app=commune)
    return Path(inbox.write_receipt(commune, opened, usb, accept=accept, reason=reason)["receipt"])


def _open_receipt(qtbot, monkeypatch, page, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    qtbot.mouseClick(page.receipt_button, Qt.MouseButton.LeftButton)


def _state_of(page, sequence: int) -> tuple[str, str]:
    row = next(r for r in range(page.table.rowCount())
               if page.table.item(r, COL_SEQUENCE).text() == str(sequence))
    entry = next(e for e in page.entries if e["sequence"] == sequence)
    return entry["state"], page.table.item(row, COL_STATE).text()


def test_opening_the_communes_receipt_marks_the_bundle_received(qtbot, monkeypatch, hamlet, commune,
                                                                two_bundles, usb, errors):
    page = _open_page(qtbot, hamlet)
    assert page.receipt_button.text() == tr("Open a receipt from the commune…")
    assert page.receipt_button.isEnabled() and page.receipt_hint.isVisibleTo(page)
    assert page.received_button.isEnabled()  # marking by hand stays, for a commune that answers by phone
    receipt = _answer(commune, two_bundles[0], usb, accept=True)
    assert receipt.name == "17380-thon-dong-to-17380-000001.sothon-receipt"

    page.table.selectRow(0)  # bundle 2: the receipt selects the bundle it answers
    _open_receipt(qtbot, monkeypatch, page, receipt)
    assert errors == []
    assert _state_of(page, 1) == (exchange.ACKNOWLEDGED, tr("Received by the commune"))
    assert _state_of(page, 2) == (exchange.SENT, tr("Sent"))
    assert page.selected()["sequence"] == 1
    assert page.receipt_label.isVisibleTo(page)
    assert page.receipt_label.text() == tr("Bundle {sequence} was received by the commune.", sequence=1)

    _open_receipt(qtbot, monkeypatch, page, receipt)  # the same receipt again changes nothing
    assert errors == [] and _state_of(page, 1)[0] == exchange.ACKNOWLEDGED
    assert page.receipt_label.text() == tr(
        "This receipt was already recorded: bundle {sequence} is “{state}”.", sequence=1,
        state=tr("Received by the commune"))


def test_a_rejection_receipt_shows_the_communes_reason(qtbot, monkeypatch, hamlet, commune, two_bundles,
                                                        usb, errors):
    page = _open_page(qtbot, hamlet)
    receipt = _answer(commune, two_bundles[1], usb, accept=False, reason="Thiếu hộ số 7")
    _open_receipt(qtbot, monkeypatch, page, receipt)
    assert errors == []
    state, text = _state_of(page, 2)
    assert state == exchange.REJECTED and "Thiếu hộ số 7" in text
    assert page.selected()["sequence"] == 2 and page.selected()["reason"] == "Thiếu hộ số 7"
    assert page.receipt_label.text().startswith(tr("The commune rejected bundle {sequence}: “{reason}”.",
                                                   sequence=2, reason="Thiếu hộ số 7"))
    assert _state_of(page, 1)[0] == exchange.SENT


def test_a_bad_receipt_shows_the_refusal_and_changes_nothing(qtbot, monkeypatch, hamlet, commune,
                                                             two_bundles, usb, tmp_path, errors):
    page = _open_page(qtbot, hamlet)
    garbage = tmp_path / "garbage.sothon-receipt"
    garbage.write_text("not a receipt")
    _open_receipt(qtbot, monkeypatch, page, garbage)
    assert errors == ["receipt_invalid"]

    receipt = _answer(commune, two_bundles[0], usb, accept=True)
    forged = tmp_path / "forged.sothon-receipt"
    envelope = json.loads(receipt.read_text())
    payload = json.loads(base64.b64decode(envelope["payload"]))
    payload["status"], payload["reason"] = "rejected", "Giả mạo"  # the signature no longer matches
    envelope["payload"] = base64.b64encode(json.dumps(payload).encode()).decode()
    forged.write_text(json.dumps(envelope))
    _open_receipt(qtbot, monkeypatch, page, forged)
    _open_receipt(qtbot, monkeypatch, page, tmp_path / "missing.sothon-receipt")
    assert errors == ["receipt_invalid", "receipt_signature_invalid", "file_not_found"]
    assert [e["state"] for e in page.entries] == [exchange.SENT, exchange.SENT]
    assert [e["state"] for e in exchange.list_outbox(hamlet)] == [exchange.SENT, exchange.SENT]
    assert not page.receipt_label.isVisibleTo(page)


def test_receipt_messages_for_party_bundles():
    received = {"kind": "party", "sequence": 3, "state": exchange.ACKNOWLEDGED, "reason": None}
    assert receipt_message(received) == (
        tr("Party bundle {sequence} was received by the party committee.", sequence=3), True)
    rejected = {**received, "state": exchange.REJECTED, "reason": "Thiếu chữ ký"}
    text, ok = receipt_message(rejected)
    assert not ok and text.startswith(tr("The party committee rejected party bundle {sequence}: “{reason}”.",
                                         sequence=3, reason="Thiếu chữ ký"))
    assert receipt_message({**received, "already": True})[0] == tr(
        "This receipt was already recorded: party bundle {sequence} is “{state}”.", sequence=3,
        state=tr("Received by the party committee"))


def test_the_outbox_says_how_many_meetings_a_bundle_carries():
    from desktop_app.gui.exchange.page import counts_text

    assert counts_text({"household": 2, "resident": 5, "meeting": 3}) == "2 hộ, 5 nhân khẩu, 3 cuộc họp"
    assert counts_text({"party_meeting": 2, "party_document": 1}, 1, kind="party") == "1 văn bản, 2 cuộc họp"
    assert counts_text({"party_document": 1}, 1, kind="party") == "1 văn bản"
