"""Small pieces the register's forms share: an optional date field, the inline error line, and the
autosaved draft with its "restore or discard" banner."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from desktop_app.domain.clock import vn_today
from desktop_app.gui.common import field_value, on_field_change, pydate, qdate, set_field_value
from desktop_app.gui.register.labels import local_time
from desktop_app.i18n import tr
from desktop_app.services import drafts

log = logging.getLogger(__name__)

DATE_FORMAT = "dd/MM/yyyy"
_BLANK = QDate(1900, 1, 1)  # the minimum date stands for "no date" (shown as an empty field)
DRAFT_DELAY_MS = 1000

ERROR_STYLE = "color: #b3261e;"
INVALID_STYLE = "border: 1px solid #b3261e;"


class OptionalDateEdit(QWidget):
    """A dd/MM/yyyy date with a calendar pop-up that may also be left empty (the ✕ button clears it)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(_BLANK)
        self.edit.setMaximumDate(QDate(2200, 12, 31))
        self.edit.setSpecialValueText(" ")
        self.edit.setDate(_BLANK)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00/00/00000") + 40)
        self.edit.calendarWidget().installEventFilter(self)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("✕")
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.edit.dateChanged.connect(self._on_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.clear_button.setToolTip(tr("Clear the date"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # An empty field must not open its calendar on January 1900: show this month instead.
        showing = watched is self.edit.calendarWidget() and event.type() == QEvent.Type.Show
        if showing and self.value() is None:
            today = qdate(vn_today())
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def value(self) -> dt.date | None:
        d = self.edit.date()
        return None if d == _BLANK else pydate(d)

    def set_value(self, value: dt.date | None) -> None:
        self.edit.setDate(qdate(value) if value else _BLANK)

    def clear(self) -> None:
        self.set_value(None)

    def _on_changed(self) -> None:
        self.clear_button.setEnabled(self.value() is not None)
        self.changed.emit()


class ErrorLine(QLabel):
    """The red line above a dialog's buttons that says what is wrong and where."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


def mark_invalid(widget: QWidget | None, invalid: bool) -> None:
    if widget is None:
        return
    widget.setStyleSheet(INVALID_STYLE if invalid else "")


class DraftBanner(QFrame):
    """"You have an unsaved draft from 14:32 — Restore / Discard", shown at the top of a form."""

    restore_clicked = Signal()
    discard_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftBanner")
        self.setStyleSheet("#draftBanner { background: #e8f0fe; border: 1px solid #aac4f0;"
                           " border-radius: 4px; }")
        self._saved_at: dt.datetime | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.restore_button = QPushButton(self)
        self.discard_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.restore_button.clicked.connect(self.restore_clicked)
        self.discard_button.clicked.connect(self.discard_clicked)
        self.hide()
        self.retranslate_ui()

    def offer(self, saved_at: dt.datetime | None) -> None:
        self._saved_at = saved_at
        self.retranslate_ui()
        self.show()

    def retranslate_ui(self) -> None:
        when = local_time(self._saved_at) if self._saved_at else ""
        if when:
            text = tr("This form has text that was typed on {when} but not saved. Restore it?", when=when)
        else:
            text = tr("This form has text that was typed earlier but not saved. Restore it?")
        self.label.setText(text)
        self.restore_button.setText(tr("Restore"))
        self.discard_button.setText(tr("Discard"))


class DraftKeeper(QObject):
    """Saves a form's values as a draft a second after the last keystroke; offers them back.

    ``values`` reads the form, ``apply`` fills it. The draft is not written while the form still holds
    what it opened with, and is deleted by ``discard()`` (after a successful save, or on request).

    ``correcting``: the form corrects a record that exists. The draft then keeps what the form opened with
    too, and restoring applies only what was typed over what the form shows now (``drafts.typed_over``): a
    change made to the record since (a follow-up, another window, the command line) is not silently put
    back by an old draft. A new record's draft is restored whole (its defaults, a time of "now", are what
    the user saw and kept).
    """

    def __init__(self, data_dir: Path, key: str, *, values: Callable[[], dict[str, Any]],
                 apply: Callable[[dict[str, Any]], None], banner: DraftBanner,
                 parent: QObject | None = None, correcting: bool = False) -> None:
        super().__init__(parent)
        self.correcting = correcting
        self.data_dir = Path(data_dir)
        self.key = key
        self._values = values
        self._apply = apply
        self._banner = banner
        self._baseline: dict[str, Any] | None = None
        self._pending: dict[str, Any] | None = None
        self._pending_base: dict[str, Any] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        banner.restore_clicked.connect(self.restore)
        banner.discard_clicked.connect(self.discard)

    @classmethod
    def for_fields(cls, data_dir: Path, key: str, fields: dict[str, QWidget], *, banner: DraftBanner,
                   parent: QObject | None = None, correcting: bool = False) -> DraftKeeper:
        """The keeper of a form made of ``fields`` (name → field, read and filled by ``gui.common.field_value``
        and ``set_field_value``), told of every change to each of them, started."""

        def values() -> dict[str, Any]:
            return {name: field_value(w) for name, w in fields.items()}

        def apply(draft: dict[str, Any]) -> None:
            for name, w in fields.items():
                if name in draft:
                    set_field_value(w, draft[name])

        keeper = cls(data_dir, key, values=values, apply=apply, banner=banner, parent=parent,
                     correcting=correcting)
        for w in fields.values():
            on_field_change(w, keeper.changed)
        keeper.start()
        return keeper

    def current(self) -> dict[str, Any]:
        """What the form holds now, as its draft keeps it."""
        return self._values()

    def start(self) -> None:
        """Call once the form holds its starting values: remembers them and offers an existing draft."""
        self._baseline = self._values()
        self._pending = drafts.load_draft(self.data_dir, self.key)
        self._pending_base = drafts.load_draft_base(self.data_dir, self.key) if self.correcting else None
        if self._pending is not None and self._pending != self._baseline:
            self._banner.offer(drafts.draft_saved_at(self.data_dir, self.key))
        elif self._pending is not None:
            self.discard()  # the draft holds nothing the form does not already show

    def changed(self) -> None:
        if self._baseline is not None:
            self._timer.start()

    def flush(self) -> None:
        """Write the draft now (if the form differs from what it opened with)."""
        self._timer.stop()
        if self._baseline is None:
            return
        values = self._values()
        try:
            if values == self._baseline:
                return
            # What is saved now was typed over what this form opened with (after a restore too: the
            # restored draft was put over it).
            drafts.save_draft(self.data_dir, self.key, values, base=self._baseline if self.correcting else None)
        except OSError:
            log.warning("could not save the draft %s", self.key, exc_info=True)

    def restore(self) -> None:
        if self._pending is not None:
            base = self._pending_base
            self._apply(self._pending if base is None else drafts.typed_over(self._values(), base, self._pending))
        self._pending = None
        self._banner.hide()

    def discard(self) -> None:
        self._timer.stop()
        self._pending = None
        self._banner.hide()
        try:
            drafts.discard_draft(self.data_dir, self.key)
        except OSError:
            log.warning("could not delete the draft %s", self.key, exc_info=True)

    def stop(self) -> None:
        self._timer.stop()
        self._baseline = None
