"""Exchange, hamlet side: the commune's certificate, creating bundles and the outbox.

The person registers the commune once (its certificate file), creates a bundle (only the changes since the
last bundle the commune acknowledged, or everything again), saves it to a USB stick or a folder, and marks
it received or rejected when the commune says so (by hand until signed receipts exist).

Exporting and saving run off the GUI thread (``run_in_background``); the work never touches widgets.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.atomic import write_atomic
from desktop_app.bootstrap import App
from desktop_app.domain.errors import SothonError
from desktop_app.gui.common import busy, show_error
from desktop_app.gui.identity_box import fingerprint_lines
from desktop_app.gui.operations import run_in_background
from desktop_app.gui.style import Heading, hint_label
from desktop_app.i18n import N_, format_date, format_number, tr
from desktop_app.services import exchange
from desktop_app.services.credentials import group_fingerprint

SP = QStyle.StandardPixmap
ID_ROLE = Qt.ItemDataRole.UserRole
OUTBOX_FOLDER = "outbox"

STATE_NAMES = exchange.STATE_NAMES
COLUMNS = (N_("No."), N_("Created on"), N_("Period"), N_("Contents"), N_("State"), N_("File"))
COL_SEQUENCE, COL_CREATED, COL_PERIOD, COL_COUNTS, COL_STATE, COL_FILE = range(len(COLUMNS))


def created_text(iso: str) -> str:
    """dd/MM/yyyy HH:mm in local time."""
    value = dt.datetime.fromisoformat(iso)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    local = value.astimezone()
    return f"{format_date(local)} {local:%H:%M}"


def period_text(period: dict[str, str]) -> str:
    start, end = (dt.date.fromisoformat(period[k]) for k in ("from", "to"))
    return format_date(start) if start == end else f"{format_date(start)} – {format_date(end)}"


def counts_text(counts: dict[str, int]) -> str:
    """"470 hộ, 1.795 nhân khẩu" (the records the bundle carries)."""
    text = tr("{households} households, {residents} residents",
              households=format_number(counts.get("household", 0)),
              residents=format_number(counts.get("resident", 0)))
    events = counts.get("resident_event", 0)
    if events:
        text += ", " + tr("{events} changes", events=format_number(events))
    return text


def state_text(entry: dict[str, Any]) -> str:
    text = tr(STATE_NAMES.get(entry["state"], entry["state"]))
    if entry["state"] == exchange.REJECTED and entry.get("reason"):
        text += ": " + entry["reason"]
    return text


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


class ExchangePage(QWidget):
    data_changed = Signal()
    status_message = Signal(str)
    loaded = Signal()  # the list shows the outbox as it is now

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.recipient: dict[str, Any] | None = None
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

        self.commune_box = QGroupBox()
        self.commune_text = QLabel()
        self.commune_text.setWordWrap(True)
        self.commune_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.register_button = QPushButton()
        self.register_button.setIcon(style.standardIcon(SP.SP_DialogOpenButton))
        commune_row = QHBoxLayout(self.commune_box)
        commune_row.addWidget(self.commune_text, 1)
        commune_row.addWidget(self.register_button, 0, Qt.AlignmentFlag.AlignTop)

        self.create_box = QGroupBox()
        self.all_check = QCheckBox()
        self.named_check = QCheckBox()
        self.create_button = QPushButton()
        self.create_button.setIcon(style.standardIcon(SP.SP_FileIcon))
        self.create_button.setDefault(True)
        self.create_hint = hint_label()
        create_layout = QVBoxLayout(self.create_box)
        create_row = QHBoxLayout()
        create_row.addWidget(self.create_button)
        checks = QVBoxLayout()
        checks.addWidget(self.all_check)
        checks.addWidget(self.named_check)
        create_row.addSpacing(12)
        create_row.addLayout(checks, 1)
        create_layout.addLayout(create_row)
        create_layout.addWidget(self.create_hint)

        self.outbox_label = Heading(factor=1.1)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in range(len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Stretch)
        self.empty_hint = hint_label()

        self.save_button = QPushButton()
        self.save_button.setIcon(style.standardIcon(SP.SP_DialogSaveButton))
        self.received_button = QPushButton()
        self.received_button.setIcon(style.standardIcon(SP.SP_DialogYesButton))
        self.rejected_button = QPushButton()
        self.rejected_button.setIcon(style.standardIcon(SP.SP_DialogNoButton))
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        actions.addWidget(self.received_button)
        actions.addWidget(self.rejected_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.commune_box)
        layout.addWidget(self.create_box)
        layout.addSpacing(4)
        layout.addWidget(self.outbox_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)
        layout.addLayout(actions)

    def _connect_signals(self) -> None:
        self.register_button.clicked.connect(self.choose_certificate)
        self.create_button.clicked.connect(self.create_bundle)
        self.save_button.clicked.connect(self.save_selected)
        self.received_button.clicked.connect(self.mark_received)
        self.rejected_button.clicked.connect(self.mark_rejected)
        self.table.itemSelectionChanged.connect(self._update_buttons)

    def retranslate_ui(self) -> None:
        self.heading.setText(tr("Send data to the commune"))
        self.intro.setText(tr(
            "A bundle carries the register's changes since the last bundle the commune received, encrypted"
            " so that only the commune can read it and signed with this hamlet's key."))
        self.commune_box.setTitle(tr("The commune"))
        self.create_box.setTitle(tr("Create a bundle"))
        self.create_button.setText(tr("Create a bundle"))
        self.all_check.setText(tr("Send everything again (not only changes)"))
        self.named_check.setText(tr("Include names (only when the commune asked for named records)"))
        self.named_check.setToolTip(tr(
            "Without this, names, ID numbers and phone numbers are replaced by codes only this hamlet can"
            " match back to people."))
        self.create_hint.setText(tr("The bundle is kept in the outbox folder of the data directory: {path}",
                                    path=str(self.outbox_dir())))
        self.outbox_label.setText(tr("Outbox"))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.empty_hint.setText(tr("No bundle yet. Create one, then save it to a USB stick or a folder."))
        self.save_button.setText(tr("Save to USB / folder…"))
        self.received_button.setText(tr("Mark as received by the commune"))
        self.rejected_button.setText(tr("Mark as rejected…"))
        self._show_recipient()
        self._fill_table()

    def outbox_dir(self) -> Path:
        return Path(self.app.data_dir) / OUTBOX_FOLDER

    def _show_recipient(self) -> None:
        r = self.recipient
        if r is None:
            self.commune_text.setText(tr(
                "No commune is registered yet. Ask the commune for its certificate file (.pem) and register"
                " it before creating a bundle."))
            self.register_button.setText(tr("Register the commune's certificate…"))
        else:
            fingerprint = fingerprint_lines(group_fingerprint(r["signing_fingerprint"]))
            self.commune_text.setText(tr("{name} (code {code})\nCertificate fingerprint:\n{fingerprint}",
                                         name=r["name"], code=r["code"], fingerprint=fingerprint))
            self.register_button.setText(tr("Replace the commune's certificate…"))
        self._update_buttons()

    def _fill_table(self) -> None:
        selected = self.selected_id()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (str(entry["sequence"]), created_text(entry["created_at"]), period_text(entry["period"]),
                     counts_text(entry["counts"]), state_text(entry), entry["file"])
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == COL_SEQUENCE:
                    item.setData(ID_ROLE, entry["id"])
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == COL_FILE:
                    item.setToolTip(entry["path"] or "")
                if col == COL_STATE and entry.get("reason"):
                    item.setToolTip(entry["reason"])
                self.table.setItem(row, col, item)
            if entry["id"] == selected:
                self.table.selectRow(row)
        self.empty_hint.setVisible(not self.entries)
        if self.table.currentRow() < 0 and self.entries:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.create_button.setEnabled(self.recipient is not None and not self._working)
        self.register_button.setEnabled(not self._working)
        for button in (self.save_button, self.received_button, self.rejected_button):
            button.setEnabled(chosen and not self._working)

    # --- data --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the commune and the outbox (quick: a handful of rows)."""
        try:
            self.recipient = exchange.get_recipient(self.app)
            self.entries = exchange.list_outbox(self.app)
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

    def select_sequence(self, sequence: int) -> None:
        for row, entry in enumerate(self.entries):
            if entry["sequence"] == sequence:
                self.table.selectRow(row)

    def _set_working(self, working: bool) -> None:
        self._working = working
        self._update_buttons()

    # --- actions -----------------------------------------------------------------------------------

    def choose_certificate(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("The commune's certificate"), self._last_dir,
            tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self._last_dir = str(Path(path).parent)
            self.register_certificate(path)

    def register_certificate(self, path: str | Path) -> bool:
        try:
            with busy():
                recipient = exchange.set_recipient(self.app, path)
        except Exception as exc:  # noqa: BLE001 — the service's refusal, in the user's language
            show_error(self, exc)
            return False
        self.recipient = recipient
        self._show_recipient()
        self.status_message.emit(tr("The commune {name} is registered.", name=recipient["name"]))
        return True

    def create_bundle(self) -> None:
        if self._working:
            return
        app, out_dir = self.app, self.outbox_dir()
        send_all, named = self.all_check.isChecked(), self.named_check.isChecked()
        self._set_working(True)

        def work() -> dict[str, Any]:
            return exchange.export_bundle(app, out_dir=out_dir, all=send_all, named=named)

        def done(result: dict[str, Any]) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_working(False)
            self.all_check.setChecked(False)
            self.named_check.setChecked(False)
            self.refresh()
            self.select_sequence(result["sequence"])
            text = tr("Bundle {sequence} created. Save it to a USB stick or a folder to send it.",
                      sequence=result["sequence"])
            self.status_message.emit(text)
            self.data_changed.emit()

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_working(False)
            show_error(self, exc)

        run_in_background(self, work, on_success=done, on_error=failed, label=tr("Creating the bundle…"))

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
        if self.selected() is None:
            return
        reason, ok = QInputDialog.getText(self, tr("Rejected by the commune"),
                                          tr("Why did the commune reject this bundle?"),
                                          QLineEdit.EchoMode.Normal)
        if ok:
            self._change_state(exchange.REJECTED, reason.strip() or None)

    def _change_state(self, state: str, reason: str | None) -> None:
        entry = self.selected()
        if entry is None or self._working:
            return
        try:
            exchange.record_receipt_state(self.app, entry["id"], state, reason)
        except Exception as exc:  # noqa: BLE001 — the service's refusal, in the user's language
            show_error(self, exc)
            return
        self.refresh()
        self.data_changed.emit()
