"""Automatic delivery in the window: with the commune's service down, the exchange page shows the bundles waiting
for network and the status bar says so; the service comes back, "Gửi ngay" sends them without blocking the
window, and each shows as received by the commune."""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.gui.exchange.page import COL_SEQUENCE, COL_STATE
from desktop_app.services import enrolment, exchange, identity
from desktop_app.services.transport import sender
from tests.integration.transport_support import (
    add_household,
    export,
    free_port,
    imported_count,
    start_service,
)

WAIT_MS = 20_000
SHOTS = Path(os.environ.get("SOTHON_SHOTS", "/tmp/transport"))


def _states(page) -> dict[str, str]:
    return {page.table.item(r, COL_SEQUENCE).text(): page.table.item(r, COL_STATE).text()
            for r in range(page.table.rowCount())}


def test_the_window_sends_when_the_commune_is_back(qtbot, hamlet, commune, commune_pem, tmp_path):
    from desktop_app.gui.main_window import MainWindow

    exchange.set_recipient(hamlet, commune_pem)
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "h.pem"))
    port = free_port()
    sender.set_setting(hamlet, "inbox_url", f"http://127.0.0.1:{port}")
    add_household(hamlet, "1", "Nguyễn Văn An")
    export(hamlet, tmp_path)
    add_household(hamlet, "2", "Trần Văn Bình")
    export(hamlet, tmp_path)

    window = MainWindow(hamlet)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_area("exchange")
    page = window.pages["exchange"]
    assert page.send_now_button.isVisible() and page.send_now_button.text() == "Gửi ngay"

    with qtbot.waitSignal(window.delivery.finished, timeout=WAIT_MS):
        qtbot.mouseClick(page.send_now_button, qtbot_button())
        assert window.delivery.busy  # the round runs in the background: the window is free meanwhile
    qtbot.waitUntil(lambda: set(_states(page).values()) == {"Đang chờ có mạng"}, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "chờ có mạng" in window.delivery_indicator.text(), timeout=WAIT_MS)
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "waiting.png"))

    service = start_service(commune, port=port)
    try:
        with qtbot.waitSignal(window.delivery.finished, timeout=WAIT_MS):
            qtbot.mouseClick(page.send_now_button, qtbot_button())
    finally:
        service.stop()
    qtbot.waitUntil(lambda: set(_states(page).values()) == {"Xã đã nhận"}
                    or set(_states(page).values()) == {exchange.state_label("acknowledged")}, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.delivery_indicator.text() == "Xã đã nhận đủ các gói", timeout=WAIT_MS)
    window.grab().save(str(SHOTS / "acknowledged.png"))
    assert imported_count(commune) == 2
    assert not page.send_now_button.isEnabled()  # nothing left to send
    window.close()


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
