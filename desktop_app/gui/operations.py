"""Long work off the GUI thread (Anki's ``CollectionOp`` pattern, kept small).

    run_in_background(parent, work, on_success=..., on_error=..., label=tr("Importing…"))

``work`` runs in a QThreadPool worker and must not touch widgets; ``on_success(result)`` and
``on_error(exception)`` run back on the GUI thread. A modal progress dialog shows when ``label`` is given
and the work takes more than half a second.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

_alive: set[QObject] = set()  # keeps relays alive until their signal is delivered


class _Relay(QObject):
    done = Signal(object, object)  # (result, exception)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:  # noqa: BLE001 — delivered to on_error on the GUI thread
            log.debug("background work failed: %s", traceback.format_exc())
            self.relay.done.emit(None, exc)
        else:
            self.relay.done.emit(result, None)


def run_in_background(
    parent: QWidget | None,
    work: Callable[[], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    label: str | None = None,
) -> None:
    relay = _Relay()
    _alive.add(relay)
    dialog: QProgressDialog | None = None
    timer: QTimer | None = None
    if label:
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        timer = QTimer(relay)
        timer.setSingleShot(True)
        timer.timeout.connect(dialog.show)
        timer.start(500)

    def finished(result: Any, exc: BaseException | None) -> None:
        _alive.discard(relay)
        if timer is not None:
            timer.stop()
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        if exc is not None:
            if on_error is not None:
                on_error(exc)
            else:
                log.error("unhandled background error: %r", exc)
        elif on_success is not None:
            on_success(result)

    relay.done.connect(finished, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Job(work, relay))
