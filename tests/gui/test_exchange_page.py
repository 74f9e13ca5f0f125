"""The exchange page, driven as a person would (pytest-qt): register the commune, create bundles, save
them to a folder, mark them received or rejected."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from desktop_app.domain.errors import SothonError
from desktop_app.domain.people import BirthDate, ResidentInput, Sex
from desktop_app.gui.exchange_page import COL_COUNTS, COL_SEQUENCE, COL_STATE, ExchangePage, state_text
from desktop_app.i18n import tr
from desktop_app.services import exchange, identity, register
from tests.conftest import make_commune

WAIT_MS = 15_000


@pytest.fixture
def commune_pem(tmp_path) -> Path:
    commune = make_commune(tmp_path / "commune")
    try:
        identity.identity_show(commune)
        return identity.export_cert(commune, tmp_path / "commune.pem")
    finally:
        commune.close()


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

    monkeypatch.setattr("desktop_app.gui.exchange_page.show_error", fake_show_error)
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
