"""Automatic delivery in the window (hamlet): a background worker that sends the pending bundles to the commune's
inbox service when it is reachable, and the status-bar indicator that shows how the bundles stand.

The worker never blocks the window: each round (``services.transport.channels.send_pending``: by the inbox service or by e-mail) runs in a Python
thread, and its result comes back to the GUI thread through a queued signal. A round starts every ``interval``
seconds (the sender's own back-off decides which bundles are due), after the window opens, and at once on
"Gửi ngay" (``try_now(force=True)``).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from desktop_app.i18n import format_number, tr

log = logging.getLogger(__name__)


class DeliveryWorker(QObject):
    """``finished(dict)``: a round's result (``send_pending``), or {"error", "message"} when it was refused;
    ``counts_changed(dict)``: shown state → number of government bundles; ``busy_changed(bool)``."""

    finished = Signal(dict)
    counts_changed = Signal(dict)
    busy_changed = Signal(bool)

    def __init__(self, app: Any, *, interval: float = 60.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval * 1000))
        self.timer.timeout.connect(lambda: self.try_now(force=False))
        self._done.connect(self._on_done)

    _done = Signal(dict)

    def configured(self) -> bool:
        from desktop_app.services.transport import channels

        return channels.configured(self.app)

    def start(self) -> None:
        self.timer.start()
        self.first = QTimer(self)  # a child: never fires after the window is gone
        self.first.setSingleShot(True)
        self.first.timeout.connect(lambda: self.try_now(force=False))
        self.first.start(2000)

    def stop(self) -> None:
        self.timer.stop()
        if getattr(self, "first", None) is not None:
            self.first.stop()

    def try_now(self, *, force: bool = True) -> bool:
        """Start a round in the background; False when one is running or the inbox address is not set."""
        if self.busy or self.app.profile is None or not self.configured():
            self.refresh_counts()
            return False
        self.busy = True
        self.busy_changed.emit(True)
        app = self.app

        def run() -> None:
            from desktop_app.domain.errors import SothonError
            from desktop_app.messages import render
            from desktop_app.services.transport import channels

            try:
                result = channels.send_pending(app, force=force)
            except SothonError as exc:
                result = {"error": exc.code, "message": render(exc), "bundles": [], "reachable": None}
            except Exception as exc:  # noqa: BLE001 — logged; the window keeps working and tries again later
                log.exception("delivery round failed")
                result = {"error": "unexpected", "message": type(exc).__name__, "bundles": [], "reachable": None}
            try:
                self._done.emit(result)  # queued to the GUI thread
            except RuntimeError:
                pass  # the window closed during the round

        threading.Thread(target=run, name="sothon-delivery", daemon=True).start()
        return True

    def _on_done(self, result: dict) -> None:
        self.busy = False
        self.busy_changed.emit(False)
        self.finished.emit(result)
        self.refresh_counts()

    def refresh_counts(self) -> None:
        from desktop_app.services.transport import sender

        try:
            counts = sender.waiting_count(self.app)
        except Exception:  # noqa: BLE001 — the indicator is a convenience
            log.exception("outbox counts")
            return
        self.counts_changed.emit(counts)


class DeliveryIndicator(QLabel):
    """The status bar's word on the bundles to the commune: sending, waiting for network, all received."""

    def __init__(self, worker: DeliveryWorker) -> None:
        super().__init__()
        self.worker = worker
        self.counts: dict[str, int] = {}
        self.sending = False
        worker.counts_changed.connect(self.show_counts)
        worker.busy_changed.connect(self.show_busy)
        self.setContentsMargins(6, 0, 6, 0)

    def show_busy(self, busy: bool) -> None:
        self.sending = busy
        self.render()

    def show_counts(self, counts: dict) -> None:
        self.counts = dict(counts)
        self.render()

    def render(self) -> None:
        from desktop_app.services.transport import sender

        waiting = self.counts.get(sender.WAITING, 0) + self.counts.get("pending", 0) \
            + self.counts.get(sender.RESEND_DUE, 0)
        delivered = self.counts.get("delivered", 0)
        rejected = self.counts.get("rejected", 0)
        settings = self.counts.get(sender.NEEDS_SETTINGS, 0)
        if not self.worker.configured():
            text = tr("Sending to the commune: not set up") if waiting + settings else ""
        elif settings and not self.sending:
            text = tr("{count} bundles not sent: check the sending settings", count=format_number(settings))
        elif self.sending:
            text = tr("Sending to the commune…")
        elif self.counts.get(sender.WAITING, 0):
            text = tr("{count} bundles waiting for network", count=format_number(waiting))
        elif waiting or delivered:
            text = tr("{count} bundles to send", count=format_number(waiting + delivered))
        else:
            text = tr("All bundles received by the commune") if self.counts.get("acknowledged") else ""
        if rejected:
            text = (text + " · " if text else "") + tr("{count} rejected", count=format_number(rejected))
        self.setText(text)
        self.setVisible(bool(text))
