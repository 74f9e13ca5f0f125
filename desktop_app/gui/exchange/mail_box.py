"""Bundles received by e-mail, commune side: "Lấy thư" (fetch mail) reads the commune's mailbox
(``services.transport.mail.fetch_mail``, as ``sothon fetch-mail`` does), imports each bundle and answers it
with its receipt by e-mail; then the list shows, message by message, what came of it — imported, imported
before (answered with the same receipt), set aside in the quarantine folder with the reason.

The fetch runs in a Python thread, never in the window's: its progress and its result come back through
queued signals, and the window stays usable meanwhile. Without a mailbox set up the button is disabled and
says where to set it up.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.domain.clock import VN_TZ
from desktop_app.gui.common import rows_table
from desktop_app.gui.style import OK_COLOUR, hint_label, message_label, show_message
from desktop_app.i18n import N_, format_date, format_number, tr

log = logging.getLogger(__name__)

# The settings a fetch needs, named as a person finds them in the settings box (not by their keys).
SETTING_NAMES = {"mail_address": N_("your e-mail address"), "imap_host": N_("the IMAP server"),
                 "imap_user": N_("the IMAP user name"), "imap_password": N_("the IMAP password"),
                 "smtp_host": N_("the SMTP server")}
COLUMNS = (N_("Read on"), N_("Hamlet"), N_("No."), N_("Result"), N_("Receipt"), N_("Details"))
COL_READ, COL_HAMLET, COL_NUMBER, COL_RESULT, COL_RECEIPT, COL_DETAILS = range(len(COLUMNS))
RESULT_NAMES = {"imported": N_("Imported"), "already_imported": N_("Already imported"),
                "rejected": N_("Refused"), "quarantined": N_("Set aside"), "ignored": N_("Not a bundle")}
REPLY_NAMES = {"sent": N_("Sent by e-mail"), "pending": N_("Waiting to be sent"), "none": N_("—")}
GOOD = ("imported", "already_imported")
SHOWN = 100  # the latest messages listed
ATTENTION_STYLE = "color: #8a4b00; font-weight: bold;"  # as the outbox's held-back documents: look, not an error
ATTENTION_COLOUR = "#8a4b00"


def read_on_text(iso: str | None) -> str:
    if not iso:
        return ""
    value = dt.datetime.fromisoformat(iso)
    local = (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).astimezone(VN_TZ)
    return f"{format_date(local)} {local:%H:%M}"


def details_text(row: dict[str, Any], fresh: dict[str, Any] | None) -> str:
    """What one message's row says: the fetch's own words for a message read just now, else by its status."""
    status = row["status"]
    if fresh is not None and status not in GOOD and fresh.get("message"):
        return fresh["message"]
    if status == "imported":
        counts = (fresh or {}).get("counts") or {}
        changed = sum(c.get("added", 0) + c.get("changed", 0) + c.get("removed", 0)
                      for c in counts.values() if isinstance(c, dict))
        if fresh is not None:
            return tr("Imported into the commune's register: {count} records changed.",
                      count=format_number(changed))
        return tr("Imported into the commune's register.")
    if status == "already_imported":
        return tr("This bundle was imported before: nothing changed, the same receipt is sent again.")
    if status == "rejected":
        return tr("Refused by the import ({code}): kept in the quarantine folder with the reason; a rejection"
                  " receipt goes to the hamlet.", code=row.get("error") or "?")
    if status == "quarantined":
        return tr("Set aside in the quarantine folder ({code}); nothing was imported and nobody was answered.",
                  code=row.get("error") or "?")
    return ""


def summary_text(result: dict[str, Any]) -> str:
    messages = result.get("messages") or []
    if not messages:
        text = tr("No new message in the mailbox.")
    else:
        counts: dict[str, int] = {}
        for m in messages:
            counts[m["status"]] = counts.get(m["status"], 0) + 1
        parts = [tr("{count} imported", count=format_number(counts.get("imported", 0)))]
        if counts.get("already_imported"):
            parts.append(tr("{count} already imported", count=format_number(counts["already_imported"])))
        bad = counts.get("quarantined", 0) + counts.get("rejected", 0)
        if bad:
            parts.append(tr("{count} set aside (see the reason below)", count=format_number(bad)))
        text = tr("{count} messages read: {parts}.", count=format_number(len(messages)), parts=", ".join(parts))
    if result.get("replies"):
        text += " " + tr("{count} receipts from earlier were sent now.", count=format_number(len(result["replies"])))
    if result.get("more"):
        text += " " + tr("{count} more messages wait for the next fetch.", count=format_number(result["more"]))
    return text


class _Relay(QObject):
    progressed = Signal(int, int)
    done = Signal(object, object)  # (result, exception)


class MailFetchBox(QGroupBox):
    """``fetched(object)``: the fetch's result dict, or the exception that stopped it (tests wait for it);
    ``data_changed()``: bundles were imported; ``status_message(str)``."""

    fetched = Signal(object)
    listed = Signal(bool)  # whether the list has messages (the page gives it room then)
    data_changed = Signal()
    status_message = Signal(str)

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.running = False
        self.last: dict[str, Any] | None = None  # the latest fetch's result
        self.rows: list[dict[str, Any]] = []
        self.relay = _Relay(self)
        self.relay.progressed.connect(self._progressed)
        self.relay.done.connect(self._done)
        self.state_hint = hint_label()
        self.fetch_button = QPushButton()
        self.fetch_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.fetch_button.clicked.connect(self.fetch)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setMaximumWidth(260)
        self.progress.hide()
        self.result_label = message_label()
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = rows_table(len(COLUMNS), stretch=COL_DETAILS)
        self.table.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.fetch_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(8)
        top.addWidget(self.state_hint, 1, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.result_label)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    def missing(self) -> list[str]:
        from desktop_app.services.transport import mail

        return mail.missing_for_fetch(self.app)

    def retranslate_ui(self) -> None:
        self.setTitle(tr("Bundles received by e-mail"))
        self.fetch_button.setText(tr("Fetch mail"))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.refresh()

    def refresh(self) -> None:
        """The mailbox's state and the latest messages read (a quick query)."""
        from desktop_app.services import enrolment
        from desktop_app.services.transport import mail

        missing = self.missing()
        if missing:
            self.state_hint.setText(tr(
                "No mailbox is set up, so mail cannot be fetched yet. Set it up in Settings → Receiving bundles"
                " by e-mail (missing: {keys}). Until then, import the bundles hamlets send as attachments with"
                " Hamlets → Import bundles.", keys=", ".join(tr(SETTING_NAMES[k]) if k in SETTING_NAMES else k
                                                              for k in missing)))
        else:
            extra = self.app.settings.extra
            self.state_hint.setText(tr(
                "Reads the mailbox {user} on {host}: each bundle a hamlet sent is imported and answered with its"
                " receipt by e-mail.", user=extra.get("imap_user") or "", host=extra.get("imap_host") or ""))
        self.fetch_button.setEnabled(not missing and not self.running)
        self.fetch_button.setToolTip(tr("Set up the mailbox first: Settings → Receiving bundles by e-mail.")
                                     if missing else "")
        try:
            self.rows = mail.recent_messages(self.app, limit=SHOWN)
            names = {h["code"]: h["name"] for h in enrolment.list_enrolled(self.app)}
        except Exception:  # noqa: BLE001 — the list is a convenience; the fetch still works
            log.exception("mail messages")
            self.rows, names = [], {}
        fresh = {m["uid"]: m for m in (self.last or {}).get("messages") or []}
        fresh_ids = set(fresh)
        self.table.setRowCount(len(self.rows))
        for row_no, row in enumerate(self.rows):
            mine = fresh.get(row["uid"]) if row["uid"] in fresh_ids else None
            sender = row.get("sender") or (mine or {}).get("sender")
            cells = (read_on_text(row["fetched_at"]), names.get(sender, sender or "—"),
                     str(row["sequence"]) if row.get("sequence") is not None else "—",
                     tr(RESULT_NAMES.get(row["status"], row["status"])),
                     tr(REPLY_NAMES.get(row["reply"], row["reply"])), details_text(row, mine))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == COL_RESULT:
                    item.setForeground(QBrush(QColor(OK_COLOUR if row["status"] in GOOD else ATTENTION_COLOUR)))
                if col == COL_NUMBER:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row_no, col, item)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(self.rows))
        policy = QSizePolicy.Policy
        self.setSizePolicy(policy.Preferred, policy.Preferred if self.rows else policy.Maximum)
        self.listed.emit(bool(self.rows))

    def fetch(self) -> bool:
        """Read the mailbox in the background; False when a fetch is running or no mailbox is set up."""
        if self.running or self.missing():
            return False
        self.running = True
        self.fetch_button.setEnabled(False)
        self.progress.setRange(0, 0)  # until the mailbox says how many messages are new
        self.progress.setFormat(tr("Connecting…"))
        self.progress.show()
        show_message(self.result_label, tr("Reading the mailbox…"), ok=True)
        app, relay = self.app, self.relay

        def progress(done: int, total: int) -> None:
            try:
                relay.progressed.emit(done, total)
            except RuntimeError:
                pass  # the window closed meanwhile

        def run() -> None:
            from desktop_app.services.transport import mail

            result, error = None, None
            try:
                result = mail.fetch_mail(app, progress=progress)
            except BaseException as exc:  # noqa: BLE001 — shown on the GUI thread
                error = exc
            try:
                relay.done.emit(result, error)
            except RuntimeError:
                pass

        threading.Thread(target=run, name="sothon-fetch-mail", daemon=True).start()
        return True

    def _progressed(self, done: int, total: int) -> None:
        if not shiboken6.isValid(self):
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done if total else 1)
        self.progress.setFormat(tr("{done} of {total} messages", done=format_number(done),
                                   total=format_number(total)))

    def _done(self, result: dict[str, Any] | None, error: BaseException | None) -> None:
        if not shiboken6.isValid(self):
            return
        from desktop_app.gui.common import message_for

        self.running = False
        self.progress.hide()
        if error is not None:
            show_message(self.result_label, message_for(error))
            self.refresh()
            self.fetched.emit(error)
            return
        assert result is not None
        self.last = result
        text = summary_text(result)
        reply_error = result.get("reply_error")
        if reply_error:
            text += " " + tr("Some receipts could not be sent now; they go at the next fetch: {reason}",
                             reason=reply_error.get("message") or reply_error.get("error"))
        bad = any(m["status"] not in GOOD for m in result.get("messages") or []) or bool(reply_error)
        show_message(self.result_label, text, ok=True)
        if bad:  # not a failure of the fetch: messages to look at
            self.result_label.setStyleSheet(ATTENTION_STYLE)
        self.refresh()
        self.status_message.emit(summary_text(result))
        if any(m["status"] == "imported" for m in result.get("messages") or []):
            self.data_changed.emit()
        self.fetched.emit(result)
