"""Exchange, hamlet side: the recipients' certificates, creating bundles and the outbox.

The person registers the commune once (its certificate file) — and the party committee, for the party cell's
minutes — creates a bundle (only the changes and signed documents since the last bundle the recipient
acknowledged, or everything again) and saves it to a USB stick or a folder. The recipient answers with a
signed receipt file (``*.sothon-receipt``): opening it moves the bundle to received or rejected by itself; the
buttons that mark it by hand stay for a recipient who answers by phone.

Which bundle the page creates follows the acting profile: the party cell secretary creates party bundles for
the party committee (the party documents alone); everyone else, government bundles for the commune (the unit
key holder, the hamlet head, signs them).

Exporting and saving run off the GUI thread (``run_in_background``); the work never touches widgets. Reading
a receipt is one small file and one row: it runs at once.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.atomic import write_atomic
from desktop_app.bootstrap import App
from desktop_app.domain.clock import VN_TZ
from desktop_app.domain.errors import SothonError
from desktop_app.domain.units import Role
from desktop_app.gui.common import busy, fingerprint_lines, message_for, rows_table, show_error
from desktop_app.gui.operations import run_in_background
from desktop_app.gui.style import Heading, hint_label, message_label, show_message
from desktop_app.i18n import N_, format_date, format_number, tr
from desktop_app.services import exchange
from desktop_app.services.credentials import group_fingerprint
from desktop_app.services.transport.sender import RESEND_DUE, SETTINGS_ERRORS, WAITING

SP = QStyle.StandardPixmap
ID_ROLE = Qt.ItemDataRole.UserRole
OUTBOX_FOLDER = "outbox"

# The bundle kinds (export_bundle's ``kind``) and who each goes to.
GOVERNMENT, PARTY = "government", "party"
RECIPIENT_NAMES = {GOVERNMENT: N_("Commune"), PARTY: N_("Party committee")}
STATE_NAMES = exchange.STATE_NAMES
PARTY_STATE_NAMES = {
    exchange.ACKNOWLEDGED: N_("Received by the party committee"),
    exchange.REJECTED: N_("Rejected by the party committee"),
}
HELD_BACK_STYLE = "color: #8a4b00; font-weight: bold;"  # not an error: a choice the person may want to change
COLUMNS = (N_("No."), N_("For"), N_("Created on"), N_("Period"), N_("Contents"), N_("State"), N_("File"))
COL_SEQUENCE, COL_FOR, COL_CREATED, COL_PERIOD, COL_COUNTS, COL_STATE, COL_FILE = range(len(COLUMNS))


def created_text(iso: str) -> str:
    """dd/MM/yyyy HH:mm in Vietnam's time."""
    value = dt.datetime.fromisoformat(iso)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    local = value.astimezone(VN_TZ)
    return f"{format_date(local)} {local:%H:%M}"


def period_text(period: dict[str, str]) -> str:
    start, end = (dt.date.fromisoformat(period[k]) for k in ("from", "to"))
    return format_date(start) if start == end else f"{format_date(start)} – {format_date(end)}"


def documents_text(count: int) -> str:
    return tr("1 document") if count == 1 else tr("{count} documents", count=format_number(count))


def counts_text(counts: dict[str, int], documents: int = 0, *, kind: str = GOVERNMENT) -> str:
    """"470 hộ, 1.795 nhân khẩu, 3 văn bản" (the records and signed documents the bundle carries); a party
    bundle carries the cell's documents and meetings only."""
    meetings = counts.get("party_meeting" if kind == PARTY else "meeting", 0)
    also = (", " + tr("{count} meetings", count=format_number(meetings))) if meetings else ""
    if kind == PARTY:
        return documents_text(documents) + also
    if not any(counts.values()) and not documents:
        return tr("No changes")
    text = tr("{households} households, {residents} residents",
              households=format_number(counts.get("household", 0)),
              residents=format_number(counts.get("resident", 0)))
    events = counts.get("resident_event", 0)
    if events:
        text += ", " + tr("{events} changes", events=format_number(events))
    text += also
    if documents:
        text += ", " + documents_text(documents)
    return text


def state_text(entry: dict[str, Any]) -> str:
    if entry.get("shown_state") == WAITING:  # services.transport: a pending bundle whose last try failed
        if (entry.get("delivery") or {}).get("error") in SETTINGS_ERRORS:
            return tr("Not sent: check the sending settings")
        return tr("Waiting for network")
    delivery = entry.get("delivery") or {}
    if entry.get("shown_state") == RESEND_DUE:  # by e-mail: no receipt after mail_resend_days
        return tr("No receipt after {days} days: to be sent again", days=entry.get("resend_days") or "?")
    if entry["state"] == exchange.DELIVERED and delivery.get("resends") and delivery.get("resent_at"):
        return tr("Sent again on {date}, awaiting the receipt", date=created_text(delivery["resent_at"]))
    names = PARTY_STATE_NAMES if entry.get("kind") == PARTY and entry["state"] in PARTY_STATE_NAMES \
        else STATE_NAMES
    text = tr(names.get(entry["state"], entry["state"]))
    if entry["state"] == exchange.REJECTED and entry.get("reason"):
        text += ": " + entry["reason"]
    return text


def created_message(result: dict[str, Any]) -> tuple[str, bool]:
    """What the person reads after an export: the bundle, the signed documents it carries, the lists with
    names it left out; and whether something was left out."""
    party = result.get("kind") == PARTY
    parts = [tr("Party bundle {sequence} for the party committee was created.", sequence=result["sequence"])
             if party else tr("Bundle {sequence} was created.", sequence=result["sequence"])]
    carried = len(result.get("documents") or ())
    parts.append(tr("It carries no signed document.") if not carried else
                 tr("It carries 1 signed document.") if carried == 1 else
                 tr("It carries {count} signed documents.", count=format_number(carried)))
    held = int(result.get("held_back") or 0)
    if held == 1:
        parts.append(tr("1 signed document that names residents was not included; tick “Include the signed"
                        " documents that name residents” to send"
                        " it."))
    elif held:
        parts.append(tr("{count} signed documents that name residents were not included; tick “Include the signed"
                        " documents that name residents” to"
                        " send them.", count=format_number(held)))
    parts.append(tr("Save it to a USB stick or a folder to send it."))
    return " ".join(parts), held > 0


def receipt_message(result: dict[str, Any]) -> tuple[str, bool]:
    """What the person reads after opening a receipt (``exchange.import_receipt``'s answer), and whether the
    bundle was received (else rejected: something to act on)."""
    party, sequence = result.get("kind") == PARTY, result["sequence"]
    received = result["state"] != exchange.REJECTED
    if result.get("already"):
        state = state_text(result)
        if party:
            text = tr("This receipt was already recorded: party bundle {sequence} is “{state}”.",
                      sequence=sequence, state=state)
        else:
            text = tr("This receipt was already recorded: bundle {sequence} is “{state}”.",
                      sequence=sequence, state=state)
    elif received:
        text = tr("Party bundle {sequence} was received by the party committee.", sequence=sequence) \
            if party else tr("Bundle {sequence} was received by the commune.", sequence=sequence)
    else:
        reason = result.get("reason") or ""
        if party:
            text = tr("The party committee rejected party bundle {sequence}: “{reason}”.", sequence=sequence,
                      reason=reason)
        else:
            text = tr("The commune rejected bundle {sequence}: “{reason}”.", sequence=sequence, reason=reason)
        text += " " + tr("The next bundle carries its contents again.")
    return text, received


def mail_receipts_message(receipts: list[dict[str, Any]]) -> tuple[str, bool]:
    """What the person reads after the mailbox was read for receipts (``mail.fetch_mail`` at a hamlet), and
    whether all went well."""
    if not receipts:
        return tr("No new receipt in the mailbox yet. The commune answers when it has fetched its mail."), True
    parts, ok, seen = [], True, set()
    for r in receipts:
        if r["status"] == "applied":
            if (r["sequence"], r["state"]) in seen:  # the same receipt twice (the bundle was mailed twice)
                continue
            seen.add((r["sequence"], r["state"]))
            parts.append(tr("bundle {sequence}: {state}", sequence=r["sequence"],
                            state=tr(STATE_NAMES.get(r["state"], r["state"]))))
        else:
            ok = False
            parts.append(r.get("message") or r.get("error") or "")
    return tr("Receipts read from the mailbox: {parts}.", parts="; ".join(parts)), ok


def copy_bundle(source: Path, folder: Path) -> Path:
    """Copy the bundle into ``folder`` atomically; ``file_unwritable`` / ``file_unreadable`` on failure."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise SothonError("file_unreadable", path=str(source), detail=exc.strerror or str(exc)) from exc
    dest = folder / source.name
    try:
        write_atomic(dest, data)
    except OSError as exc:
        raise SothonError("file_unwritable", path=str(dest), detail=exc.strerror or str(exc)) from exc
    return dest


class RecipientBox(QGroupBox):
    """One registered recipient (the commune, or the party committee): who it is and its certificate's
    fingerprint, with the button that registers or replaces it."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.button = QPushButton()
        self.button.setIcon(self.style().standardIcon(SP.SP_DialogOpenButton))
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)

    def show_recipient(self, recipient: dict[str, Any] | None) -> None:
        party = self.kind == exchange.RECIPIENT_PARTY
        self.setTitle(tr("The party committee") if party else tr("The commune"))
        if recipient is None:
            self.text.setText(tr(
                "No party committee is registered yet. Ask the commune's party committee for its certificate"
                " file (.pem): the party cell secretary sends it the party cell's minutes.") if party else tr(
                "No commune is registered yet. Ask the commune for its certificate file (.pem) and register"
                " it before creating a bundle."))
            self.button.setText(tr("Register the party committee's certificate…") if party
                                else tr("Register the commune's certificate…"))
        else:
            fingerprint = fingerprint_lines(group_fingerprint(recipient["signing_fingerprint"]))
            self.text.setText(tr("{name} (code {code})\nCertificate fingerprint:\n{fingerprint}",
                                 name=recipient["name"], code=recipient["code"], fingerprint=fingerprint))
            self.button.setText(tr("Replace the party committee's certificate…") if party
                                else tr("Replace the commune's certificate…"))


class ExchangePage(QWidget):
    data_changed = Signal()
    status_message = Signal(str)
    mail_read = Signal(object)  # the mailbox read for receipts: the result, or the refusal (tests wait for it)
    loaded = Signal()  # the list shows the outbox as it is now

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.recipient: dict[str, Any] | None = None  # the commune
        self.party_recipient: dict[str, Any] | None = None  # the party committee
        self.entries: list[dict[str, Any]] = []
        self._working = False
        self._last_dir = ""
        self._build()
        self._connect_signals()
        self.retranslate_ui()
        self.refresh()

    # --- view --------------------------------------------------------------------------------------

    def _build(self) -> None:
        style = self.style()
        self.heading = Heading()
        self.intro = hint_label()

        self.commune_box = RecipientBox(exchange.RECIPIENT_COMMUNE)
        self.commune_text, self.register_button = self.commune_box.text, self.commune_box.button
        self.party_box = RecipientBox(exchange.RECIPIENT_PARTY)
        self.party_text, self.party_register_button = self.party_box.text, self.party_box.button
        recipients = QHBoxLayout()
        recipients.addWidget(self.commune_box, 1)
        recipients.addWidget(self.party_box, 1)

        self.create_box = QGroupBox()
        self.all_check = QCheckBox()
        self.named_docs_check = QCheckBox()
        self.named_check = QCheckBox()
        self.create_button = QPushButton()
        self.create_button.setIcon(style.standardIcon(SP.SP_FileIcon))
        self.create_button.setDefault(True)
        self.create_hint = hint_label()
        self.result_label = message_label()
        create_layout = QVBoxLayout(self.create_box)
        create_row = QHBoxLayout()
        create_row.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignTop)
        checks = QVBoxLayout()
        checks.addWidget(self.all_check)
        checks.addWidget(self.named_docs_check)
        checks.addWidget(self.named_check)
        create_row.addSpacing(12)
        create_row.addLayout(checks, 1)
        create_layout.addLayout(create_row)
        create_layout.addWidget(self.result_label)
        create_layout.addWidget(self.create_hint)

        self.outbox_label = Heading(factor=1.1)
        self.table = rows_table(len(COLUMNS), stretch=COL_FILE)
        self.empty_hint = hint_label()

        self.save_button = QPushButton()
        self.save_button.setIcon(style.standardIcon(SP.SP_DialogSaveButton))
        self.received_button = QPushButton()
        self.received_button.setIcon(style.standardIcon(SP.SP_DialogYesButton))
        self.rejected_button = QPushButton()
        self.rejected_button.setIcon(style.standardIcon(SP.SP_DialogNoButton))
        self.receipt_button = QPushButton()
        self.receipt_button.setIcon(style.standardIcon(SP.SP_DialogOpenButton))
        self.send_now_button = QPushButton()  # "Gửi ngay": the delivery worker tries every pending bundle now
        self.send_now_button.setIcon(style.standardIcon(SP.SP_ArrowUp))
        self.delivery: Any = None  # gui.exchange.delivery.DeliveryWorker, attached by the main window
        self.mail_receipts_button = QPushButton()  # the receipts the commune answered by e-mail (imap_host set)
        self.mail_receipts_button.setIcon(style.standardIcon(SP.SP_BrowserReload))
        self._reading_mail = False
        actions = QHBoxLayout()
        actions.addWidget(self.send_now_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.receipt_button)
        actions.addWidget(self.mail_receipts_button)
        actions.addStretch(1)
        actions.addWidget(self.received_button)
        actions.addWidget(self.rejected_button)
        self.receipt_label = message_label()
        self.receipt_hint = hint_label()
        self.delivery_label = message_label()  # the selected bundle's last failed try, in words
        self.delivery_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(recipients)
        layout.addWidget(self.create_box)
        layout.addSpacing(4)
        layout.addWidget(self.outbox_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.delivery_label)
        layout.addLayout(actions)
        layout.addWidget(self.receipt_label)
        layout.addWidget(self.receipt_hint)

    def _connect_signals(self) -> None:
        self.register_button.clicked.connect(lambda: self.choose_certificate(exchange.RECIPIENT_COMMUNE))
        self.party_register_button.clicked.connect(lambda: self.choose_certificate(exchange.RECIPIENT_PARTY))
        self.create_button.clicked.connect(self.create_bundle)
        self.save_button.clicked.connect(self.save_selected)
        self.received_button.clicked.connect(self.mark_received)
        self.rejected_button.clicked.connect(self.mark_rejected)
        self.receipt_button.clicked.connect(self.choose_receipt)
        self.send_now_button.clicked.connect(self.send_now)
        self.mail_receipts_button.clicked.connect(self.read_mail_receipts)
        self.table.itemSelectionChanged.connect(self._update_buttons)

    def retranslate_ui(self) -> None:
        party = self.bundle_kind() == PARTY
        if party:
            self.heading.setText(tr("Send party documents to the party committee"))
            self.intro.setText(tr(
                "A party bundle carries the party cell's signed minutes that the party committee has not"
                " received yet, encrypted so that only the party committee can read it and signed with your"
                " key."))
            self.create_box.setTitle(tr("Create a party bundle for the party committee"))
            self.create_button.setText(tr("Create a party bundle"))
        else:
            self.heading.setText(tr("Send data to the commune"))
            self.intro.setText(tr(
                "A bundle carries the register's changes and the signed documents since the last bundle the"
                " commune received, encrypted so that only the commune can read it and signed with this"
                " hamlet's key."))
            self.create_box.setTitle(tr("Create a bundle for the commune"))
            self.create_button.setText(tr("Create a bundle"))
        self.all_check.setText(tr("Send everything again (not only changes)"))
        self.named_docs_check.setText(tr("Include the signed documents that name residents (minutes, lists)"))
        self.named_docs_check.setToolTip(tr(
            "Minutes list the households that attended; lists and household sheets name people. Without this they"
            " stay here until a bundle that includes them. The register data stays coded either way."))
        self.named_check.setText(tr("Include names in the register data (only when the commune asked for them)"))
        self.named_check.setToolTip(tr(
            "Without this, names, ID numbers and phone numbers in the register data are replaced by codes only"
            " this hamlet can match back to people. With it, the signed documents that name residents go too."))
        self.create_hint.setText(tr("The bundle is kept in the outbox folder of the data directory: {path}",
                                    path=str(self.outbox_dir())))
        self.outbox_label.setText(tr("Outbox"))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.empty_hint.setText(tr("No bundle yet. Create one, then save it to a USB stick or a folder."))
        self.save_button.setText(tr("Save to USB / folder…"))
        self.send_now_button.setText(tr("Send now"))
        self.mail_receipts_button.setText(tr("Receipts by e-mail"))
        self.mail_receipts_button.setToolTip(tr(
            "Read the receipts the commune answered by e-mail from your mailbox now (Sổ Thôn also reads them"
            " by itself at each sending round)."))
        self.rejected_button.setText(tr("Mark as rejected…"))
        if party:
            self.receipt_button.setText(tr("Open a receipt from the party committee…"))
            self.receipt_hint.setText(tr(
                "When the party committee answers with a receipt file (.sothon-receipt), open it here; mark a"
                " bundle by hand only when it answers by phone."))
        else:
            self.receipt_button.setText(tr("Open a receipt from the commune…"))
            self.receipt_hint.setText(tr(
                "When the commune answers with a receipt file (.sothon-receipt), open it here; mark a bundle by"
                " hand only when the commune answers by phone."))
        self._show_recipient()
        self._fill_table()

    def outbox_dir(self) -> Path:
        return Path(self.app.data_dir) / OUTBOX_FOLDER

    def bundle_kind(self) -> str:
        """The bundle this profile creates: the party cell secretary's go to the party committee."""
        profile = self.app.profile
        return PARTY if profile is not None and profile.role == Role.PARTY_SECRETARY else GOVERNMENT

    def _party_box_shown(self) -> bool:
        """The party committee is registered by the party cell secretary, or by the head for them."""
        profile = self.app.profile
        return profile is not None and profile.role in (Role.PARTY_SECRETARY, Role.HAMLET_HEAD)

    def _show_recipient(self) -> None:
        self.commune_box.show_recipient(self.recipient)
        self.party_box.show_recipient(self.party_recipient)
        self.party_box.setVisible(self._party_box_shown())
        self.named_check.setVisible(self.bundle_kind() == GOVERNMENT)
        self.named_docs_check.setVisible(self.bundle_kind() == GOVERNMENT)
        self._update_buttons()

    def _fill_table(self) -> None:
        selected = self.selected_id()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            kind = entry.get("kind") or GOVERNMENT
            cells = (str(entry["sequence"]), tr(RECIPIENT_NAMES.get(kind, kind)),
                     created_text(entry["created_at"]), period_text(entry["period"]),
                     counts_text(entry["counts"], entry.get("documents", 0), kind=kind), state_text(entry),
                     entry["file"])
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == COL_SEQUENCE:
                    item.setData(ID_ROLE, entry["id"])
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == COL_FILE:
                    item.setToolTip(entry["path"] or "")
                if col == COL_STATE and entry.get("reason"):
                    item.setToolTip(entry["reason"])
                elif col == COL_STATE and (entry.get("delivery") or {}).get("message"):
                    item.setToolTip(entry["delivery"]["message"])  # why the last try failed
                self.table.setItem(row, col, item)
            if entry["id"] == selected:
                self.table.selectRow(row)
        self.empty_hint.setVisible(not self.entries)
        if self.table.currentRow() < 0 and self.entries:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        entry = self.selected()
        recipient = self.party_recipient if self.bundle_kind() == PARTY else self.recipient
        self.create_button.setEnabled(recipient is not None and not self._working)
        self.register_button.setEnabled(not self._working)
        self.party_register_button.setEnabled(not self._working)
        for button in (self.save_button, self.received_button, self.rejected_button):
            button.setEnabled(entry is not None and not self._working)
        self.receipt_button.setEnabled(bool(self.entries) and not self._working)
        waiting = any(e["kind"] == GOVERNMENT and e["state"] in (exchange.PENDING, exchange.DELIVERED)
                      for e in self.entries)
        ready = self.delivery is not None and self.delivery.configured()
        self.send_now_button.setVisible(self.delivery is not None and self.bundle_kind() == GOVERNMENT)
        self.send_now_button.setEnabled(ready and waiting and not self.delivery.busy and not self._working)
        self.send_now_button.setToolTip(
            "" if ready else tr("Set how bundles reach the commune first: Settings → Sending to the"
                                " commune (the inbox service's address, or e-mail)."))
        awaiting = any(e["kind"] == GOVERNMENT and e["state"] in (exchange.DELIVERED, exchange.SENT)
                       for e in self.entries)
        self.mail_receipts_button.setVisible(self._mailbox_set() and self.bundle_kind() == GOVERNMENT)
        self.mail_receipts_button.setEnabled(awaiting and not self._reading_mail and not self._working)
        self._show_delivery(entry)
        party = entry is not None and entry.get("kind") == PARTY
        self.received_button.setText(tr("Mark as received by the party committee") if party
                                     else tr("Mark as received by the commune"))

    # --- data --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the recipients and the outbox (quick: a handful of rows)."""
        try:
            self.recipient = exchange.get_recipient(self.app)
            self.party_recipient = exchange.get_recipient(self.app, kind=exchange.RECIPIENT_PARTY)
            from desktop_app.services.transport import sender

            self.entries = sender.outbox(self.app)  # with each bundle's delivery attempts
        except Exception as exc:  # noqa: BLE001 — shown, the page stays usable
            show_error(self, exc)
        self._show_recipient()
        self._fill_table()
        self.loaded.emit()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), COL_SEQUENCE)
        return item.data(ID_ROLE) if item is not None else None

    def selected(self) -> dict[str, Any] | None:
        chosen = self.selected_id()
        return next((e for e in self.entries if e["id"] == chosen), None)

    def select_sequence(self, sequence: int, kind: str = GOVERNMENT) -> None:
        for row, entry in enumerate(self.entries):
            if entry["sequence"] == sequence and (entry.get("kind") or GOVERNMENT) == kind:
                self.table.selectRow(row)

    def _set_working(self, working: bool) -> None:
        self._working = working
        self._update_buttons()

    # --- actions -----------------------------------------------------------------------------------

    def choose_certificate(self, kind: str = exchange.RECIPIENT_COMMUNE) -> None:
        title = tr("The party committee's certificate") if kind == exchange.RECIPIENT_PARTY \
            else tr("The commune's certificate")
        path, _filter = QFileDialog.getOpenFileName(
            self, title, self._last_dir, tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self._last_dir = str(Path(path).parent)
            self.register_certificate(path, kind=kind)

    def register_certificate(self, path: str | Path, *, kind: str = exchange.RECIPIENT_COMMUNE) -> bool:
        try:
            with busy():
                recipient = exchange.set_recipient(self.app, path, kind=kind)
        except Exception as exc:  # noqa: BLE001 — the service's refusal, in the user's language
            show_error(self, exc)
            return False
        if kind == exchange.RECIPIENT_PARTY:
            self.party_recipient = recipient
            text = tr("The party committee's certificate is registered ({name}).", name=recipient["name"])
        else:
            self.recipient = recipient
            text = tr("The commune {name} is registered.", name=recipient["name"])
        self._show_recipient()
        self.status_message.emit(text)
        return True

    def create_bundle(self) -> None:
        if self._working:
            return
        app, out_dir, kind = self.app, self.outbox_dir(), self.bundle_kind()
        send_all = self.all_check.isChecked()
        named = self.named_check.isChecked() and kind == GOVERNMENT
        named_documents = named or (self.named_docs_check.isChecked() and kind == GOVERNMENT)
        self._set_working(True)
        show_message(self.result_label, None)
        show_message(self.receipt_label, None)

        def work() -> dict[str, Any]:
            return exchange.export_bundle(app, out_dir=out_dir, all=send_all, named=named,
                                          named_documents=named_documents, kind=kind)

        def done(result: dict[str, Any]) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_working(False)
            self.all_check.setChecked(False)
            self.named_check.setChecked(False)
            self.named_docs_check.setChecked(False)
            self.refresh()
            self.select_sequence(result["sequence"], result.get("kind") or kind)
            text, held_back = created_message(result)
            show_message(self.result_label, text, ok=True)
            if held_back:
                self.result_label.setStyleSheet(HELD_BACK_STYLE)
            self.status_message.emit(text)
            self.data_changed.emit()

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_working(False)
            show_error(self, exc)

        run_in_background(self, work, on_success=done, on_error=failed, label=tr("Creating the bundle…"))

    def attach_delivery(self, worker: Any) -> None:
        """The main window's delivery worker: "Gửi ngay" asks it, and the list follows its rounds."""
        self.delivery = worker
        worker.busy_changed.connect(lambda _busy: self._update_buttons() if shiboken6.isValid(self) else None)
        worker.finished.connect(self._delivery_finished)
        self._update_buttons()

    def send_now(self) -> None:
        if self.delivery is not None and self.delivery.try_now(force=True):
            show_message(self.receipt_label, tr("Sending to the commune…"), ok=True)

    def _delivery_finished(self, result: dict) -> None:
        if not shiboken6.isValid(self):
            return
        self.refresh()
        if result.get("error") and result.get("message"):
            show_message(self.receipt_label, result["message"])
        elif result.get("bundles"):
            show_message(self.receipt_label, tr("Sent: the list shows each bundle's state."), ok=True)
        else:
            show_message(self.receipt_label, None)

    def _show_delivery(self, entry: dict[str, Any] | None) -> None:
        """Under the list, for the selected bundle: why its last try failed and when the next is, or that it
        is to be mailed again for want of a receipt — what the State column can only name."""
        if entry is None:
            show_message(self.delivery_label, None)
            return
        delivery = entry.get("delivery") or {}
        text = ""
        if entry.get("shown_state") in (WAITING, RESEND_DUE) and delivery.get("message"):
            text = tr("Bundle {sequence}, last try {when}: {message}", sequence=entry["sequence"],
                      when=created_text(delivery["last_attempt_at"]) if delivery.get("last_attempt_at") else "",
                      message=delivery["message"])
            if delivery.get("error") in SETTINGS_ERRORS:
                text += " " + tr("Correct it in Settings → Sending to the commune, then press Send now.")
            elif delivery.get("next_attempt_at"):
                text += " " + tr("Sổ Thôn tries again by itself from {when}; Send now tries at once.",
                                 when=created_text(delivery["next_attempt_at"]))
        elif entry.get("shown_state") == RESEND_DUE:
            text = tr("No receipt has come for bundle {sequence} {days} days after it was mailed: it is mailed again"
                      " at the next sending round (or press Send now). The commune imports it only once.",
                      sequence=entry["sequence"], days=entry.get("resend_days") or "?")
        show_message(self.delivery_label, text or None)
        if text:
            self.delivery_label.setStyleSheet(HELD_BACK_STYLE)

    def _mailbox_set(self) -> bool:
        from desktop_app.services.transport import mail

        return mail.configured(self.app, "imap")

    def read_mail_receipts(self) -> bool:
        """The hamlet's mailbox read now, in the background (``mail.fetch_mail``): each receipt found moves
        its bundle; the list and a line say what came."""
        if self._reading_mail or not self._mailbox_set():
            return False
        from desktop_app.services.transport import mail

        app = self.app
        self._reading_mail = True
        self._update_buttons()
        show_message(self.receipt_label, tr("Reading the mailbox for the commune's receipts…"), ok=True)

        def done(result: dict[str, Any]) -> None:
            if not shiboken6.isValid(self):
                return
            self._reading_mail = False
            self.refresh()
            text, ok = mail_receipts_message(result.get("receipts") or [])
            show_message(self.receipt_label, text, ok=ok)
            self.status_message.emit(text)
            if any(r["status"] == "applied" for r in result.get("receipts") or []):
                self.data_changed.emit()
            self.mail_read.emit(result)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._reading_mail = False
            self._update_buttons()
            show_message(self.receipt_label, message_for(exc))
            self.mail_read.emit(exc)

        run_in_background(self, lambda: mail.fetch_mail(app), on_success=done, on_error=failed)
        return True

    def _source_of(self, entry: dict[str, Any]) -> Path:
        """The bundle's file: the copy in the outbox folder, else where it was last saved."""
        kept = self.outbox_dir() / entry["file"]
        if kept.is_file() or not entry.get("path"):
            return kept
        return Path(entry["path"])

    def save_selected(self) -> None:
        entry = self.selected()
        if entry is None or self._working:
            return
        folder = QFileDialog.getExistingDirectory(self, tr("Save the bundle to a USB stick or a folder"),
                                                  self._last_dir)
        if not folder:
            return
        self._last_dir = folder
        self.save_to(entry, Path(folder))

    def save_to(self, entry: dict[str, Any], folder: Path) -> None:
        app, source = self.app, self._source_of(entry)
        self._set_working(True)

        def work() -> Path:
            dest = copy_bundle(source, folder)
            exchange.mark_saved(app, entry["id"], dest)
            if entry["state"] == exchange.PENDING:
                exchange.mark_sent(app, entry["id"])
            return dest

        def done(dest: Path) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_working(False)
            self.refresh()
            self.status_message.emit(tr("Bundle {sequence} saved to {path}.", sequence=entry["sequence"],
                                        path=str(dest)))
            self.data_changed.emit()

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_working(False)
            self.refresh()
            show_error(self, exc)

        run_in_background(self, work, on_success=done, on_error=failed, label=tr("Saving the bundle…"))

    def mark_received(self) -> None:
        self._change_state(exchange.ACKNOWLEDGED, None)

    def mark_rejected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if entry.get("kind") == PARTY:
            title, question = tr("Rejected by the party committee"), tr(
                "Why did the party committee reject this bundle?")
        else:
            title, question = tr("Rejected by the commune"), tr("Why did the commune reject this bundle?")
        reason, ok = QInputDialog.getText(self, title, question, QLineEdit.EchoMode.Normal)
        if ok:
            self._change_state(exchange.REJECTED, reason.strip() or None)

    def choose_receipt(self) -> None:
        if self._working:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("Open a receipt"), self._last_dir,
            tr("Receipts (*.sothon-receipt);;All files (*)"))
        if path:
            self._last_dir = str(Path(path).parent)
            self.import_receipt(path)

    def import_receipt(self, path: str | Path) -> bool:
        """Read the recipient's receipt and show what became of its bundle."""
        show_message(self.receipt_label, None)
        try:
            with busy():
                result = exchange.import_receipt(self.app, path)
        except Exception as exc:  # noqa: BLE001 — the service's refusal, in the user's language
            show_error(self, exc)
            return False
        self.refresh()
        self.select_sequence(result["sequence"], result.get("kind") or GOVERNMENT)
        text, received = receipt_message(result)
        show_message(self.receipt_label, text, ok=received)
        if not received:
            self.receipt_label.setStyleSheet(HELD_BACK_STYLE)
        self.status_message.emit(text)
        if not result.get("already"):
            self.data_changed.emit()
        return True

    def _change_state(self, state: str, reason: str | None) -> None:
        entry = self.selected()
        if entry is None or self._working:
            return
        show_message(self.receipt_label, None)
        try:
            exchange.record_receipt_state(self.app, entry["id"], state, reason)
        except Exception as exc:  # noqa: BLE001 — the service's refusal, in the user's language
            show_error(self, exc)
            return
        self.refresh()
        self.data_changed.emit()
