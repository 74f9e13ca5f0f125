"""Received bundles, commune side: open a bundle a hamlet brought, check it, take its signed documents out and
answer it with a signed receipt.

The person opens a ``*.sothon`` file (usually on the hamlet's USB stick). The page shows whether it is valid —
whole, unchanged, signed, and (when encrypted) opened with this unit's key — or, in red, why it is refused;
then who sent it, which one of the hamlet's series it is, its period, what it carries, the signer's key
fingerprint and the signed documents. The officer can save those documents to a folder and accept or reject
the bundle: either way a receipt file (``*.sothon-receipt``) is written, by default next to the bundle, for
the hamlet to open on its exchange page. Importing the records into the commune's register comes later.

Above, the bundles that come by e-mail (``gui.exchange.mail_box.MailFetchBox``): "Lấy thư" reads the
commune's mailbox, imports each bundle and answers it, and lists what came of each message.

Opening, saving and writing the receipt run off the GUI thread (``run_in_background``); the work never
touches widgets.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
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

from desktop_app.bootstrap import App
from desktop_app.domain.errors import SothonError
from desktop_app.gui.common import fingerprint_lines, message_for, rows_table, show_error
from desktop_app.gui.documents.issued_list import kind_label
from desktop_app.gui.exchange.mail_box import MailFetchBox
from desktop_app.gui.exchange.page import PARTY, counts_text, created_text, period_text
from desktop_app.gui.operations import run_in_background
from desktop_app.gui.style import Heading, hint_label, message_label, show_message
from desktop_app.i18n import N_, format_date, format_number, tr
from desktop_app.services import inbox
from desktop_app.services.credentials import group_fingerprint
from desktop_app.services.documents import KINDS

if TYPE_CHECKING:
    from desktop_app.bundles.reader import OpenedBundle

SP = QStyle.StandardPixmap
COLUMNS = (N_("Date"), N_("Number"), N_("Document"), N_("Signed by"), N_("Names residents"), N_("File"))
COL_DATE, COL_NUMBER, COL_TITLE, COL_SIGNER, COL_PERSONAL, COL_FILE = range(len(COLUMNS))

# The facts shown of an opened bundle, in two columns: (key, label).
LEFT_FIELDS = (("sender", N_("Sent by:")), ("kind", N_("Kind:")), ("sequence", N_("Bundle number:")),
               ("period", N_("Period:")))
RIGHT_FIELDS = (("created", N_("Created on:")), ("contents", N_("Contents:")),
                ("fingerprint", N_("Key fingerprint:")))


def kind_text(kind: str) -> str:
    return tr("Party bundle for the party committee") if kind == PARTY else tr("Bundle for the commune")


def document_title(document: dict[str, Any]) -> str:
    """The kind's name in the window's language (as on the documents page); the record's own title else."""
    info = KINDS.get(document["kind"])
    if info is not None:
        return kind_label(info)
    title = document["title"] or ""
    return title[:1] + title[1:].lower()


def saved_message(count: int, folder: Path | str) -> str:
    if count == 1:
        return tr("1 signed document saved to {folder}.", folder=str(folder))
    return tr("{count} signed documents saved to {folder}.", count=format_number(count), folder=str(folder))


class InboxPage(QWidget):
    status_message = Signal(str)
    data_changed = Signal()  # bundles were imported from the mailbox
    loaded = Signal()  # an opened bundle, or the reason it was refused, is shown

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.path: Path | None = None  # the bundle last opened (valid or not)
        self.opened: OpenedBundle | None = None
        self.summary: dict[str, Any] | None = None
        self.error: BaseException | None = None  # why the bundle at ``path`` was refused
        self._working = False
        self._last_dir = ""  # where the last bundle was chosen
        self._documents_dir = ""  # where the signed documents were last saved
        self._build()
        self._connect_signals()
        self.retranslate_ui()

    # --- view --------------------------------------------------------------------------------------

    def _build(self) -> None:
        style = self.style()
        self.heading = Heading()
        self.intro = hint_label()
        self.mail_box = MailFetchBox(self.app)
        self.mail_box.data_changed.connect(self.data_changed)
        self.mail_box.status_message.connect(self.status_message)
        self.mail_box.listed.connect(self._give_mail_room)

        self.open_button = QPushButton()
        self.open_button.setIcon(style.standardIcon(SP.SP_DialogOpenButton))
        self.open_button.setDefault(True)
        self.file_label = hint_label()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        open_row.addSpacing(8)
        open_row.addWidget(self.file_label, 1)
        self.state_label = message_label()
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_box = QGroupBox()
        self.field_labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        columns = QHBoxLayout(self.details_box)
        for fields in (LEFT_FIELDS, RIGHT_FIELDS):
            form = QFormLayout()
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            for key, _label in fields:
                name, value = QLabel(), QLabel()
                value.setWordWrap(key != "fingerprint")  # two lines of eight groups, read aloud as they are
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.field_labels[key], self.values[key] = name, value
                form.addRow(name, value)
            columns.addLayout(form, 1)
            columns.addSpacing(16)

        self.documents_label = Heading(factor=1.1)
        self.table = rows_table(len(COLUMNS), stretch=COL_FILE)
        self.no_documents = hint_label()

        self.save_button = QPushButton()
        self.save_button.setIcon(style.standardIcon(SP.SP_DialogSaveButton))
        self.accept_button = QPushButton()
        self.accept_button.setIcon(style.standardIcon(SP.SP_DialogYesButton))
        self.reject_button = QPushButton()
        self.reject_button.setIcon(style.standardIcon(SP.SP_DialogNoButton))
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        actions.addWidget(self.accept_button)
        actions.addWidget(self.reject_button)
        self.result_label = message_label()
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bundle_view = QWidget()  # everything shown of a valid bundle
        view = QVBoxLayout(self.bundle_view)
        view.setContentsMargins(0, 0, 0, 0)
        view.addWidget(self.details_box)
        view.addSpacing(4)
        view.addWidget(self.documents_label)
        view.addWidget(self.table, 1)
        view.addWidget(self.no_documents)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addWidget(self.mail_box, 1 if self.mail_box.rows else 0)
        layout.addSpacing(4)
        layout.addLayout(open_row)
        layout.addWidget(self.state_label)
        layout.addWidget(self.bundle_view, 1)
        layout.addStretch(0)
        layout.addLayout(actions)
        layout.addWidget(self.result_label)

    def _connect_signals(self) -> None:
        self.open_button.clicked.connect(self.choose_bundle)
        self.save_button.clicked.connect(self.choose_documents_folder)
        self.accept_button.clicked.connect(self.accept_bundle)
        self.reject_button.clicked.connect(self.reject_bundle)

    def retranslate_ui(self) -> None:
        self.mail_box.retranslate_ui()
        self.heading.setText(tr("Received bundles"))
        self.intro.setText(tr("Open a bundle a hamlet brought, check it, save its signed documents and answer"
                              " it with a receipt."))
        self.open_button.setText(tr("Open a bundle…"))
        self.details_box.setTitle(tr("The bundle"))
        for key, label in LEFT_FIELDS + RIGHT_FIELDS:
            self.field_labels[key].setText(tr(label))
        self.documents_label.setText(tr("Signed documents in the bundle"))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.no_documents.setText(tr("The bundle carries no signed document."))
        self.save_button.setText(tr("Save the signed documents…"))
        self.accept_button.setText(tr("Accept and write the receipt…"))
        self.reject_button.setText(tr("Reject…"))
        self._show()

    def _give_mail_room(self, listed: bool) -> None:
        layout = self.layout()
        if layout is not None:
            layout.setStretchFactor(self.mail_box, 1 if listed else 0)

    def refresh(self) -> None:
        """The messages read from the mailbox again; the open bundle stays as it is."""
        self.mail_box.refresh()
        self._show()

    def _show(self) -> None:
        if self.path is None:
            self.file_label.setText(tr("No bundle is open. A bundle is a file ending in .sothon."))
        else:
            self.file_label.setText(tr("File: {path}", path=str(self.path)))
        summary = self.summary
        if self.error is not None:
            show_message(self.state_label, message_for(self.error))
        elif summary is not None:
            text = tr("Valid: the bundle is complete, unchanged and signed with the key shown below.")
            if summary["encrypted"]:
                text += " " + tr("It was encrypted for this unit and opened with its key.")
            show_message(self.state_label, text, ok=True)
        else:
            show_message(self.state_label, None)
        self.bundle_view.setVisible(summary is not None)
        if summary is not None:
            self._show_summary(summary)
        self._update_buttons()

    def _show_summary(self, summary: dict[str, Any]) -> None:
        sender, kind, documents = summary["sender"], summary["kind"], summary["documents"]
        values = {
            "sender": tr("{name} (code {code})", name=sender["name"], code=sender["code"]),
            "kind": kind_text(kind),
            "sequence": format_number(summary["sequence"]),
            "period": period_text(summary["period"]),
            "created": created_text(summary["created_at"]),
            "contents": counts_text(summary["counts"], len(documents), kind=kind),
            "fingerprint": fingerprint_lines(group_fingerprint(summary["signer_fingerprint"])),
        }
        for key, text in values.items():
            self.values[key].setText(text)
        self.values["sender"].setToolTip(", ".join(
            part["name"] for part in (sender.get("commune"), sender.get("province")) if part))
        self.table.setRowCount(len(documents))
        for row, document in enumerate(documents):
            file_name = document["file"].split("/", 1)[-1]
            signer = document.get("signer") or ""
            if signer and document.get("signed_as"):  # a deputy signing on the head's behalf (ký thay)
                signer = f"{signer} ({document['signed_as']})"
            cells = (format_date(dt.date.fromisoformat(document["issued_on"])), document.get("number") or "",
                     document_title(document), signer, tr("Yes") if document["personal"] else "", file_name)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (COL_TITLE, COL_SIGNER):
                    item.setToolTip(document["title"] if col == COL_TITLE else signer)
                if col == COL_PERSONAL:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        self.table.setVisible(bool(documents))
        self.no_documents.setVisible(not documents)

    def _update_buttons(self) -> None:
        ready = self.opened is not None and not self._working
        self.open_button.setEnabled(not self._working)
        self.save_button.setEnabled(ready and bool(self.summary and self.summary["documents"]))
        self.accept_button.setEnabled(ready)
        self.reject_button.setEnabled(ready)

    def _set_working(self, working: bool) -> None:
        self._working = working
        self._update_buttons()

    # --- opening -----------------------------------------------------------------------------------

    def choose_bundle(self) -> None:
        if self._working:
            return
        path, _filter = QFileDialog.getOpenFileName(self, tr("Open a bundle"), self._last_dir,
                                                    tr("Bundles (*.sothon);;All files (*)"))
        if path:
            self._last_dir = str(Path(path).parent)
            self.open_bundle(path)

    def open_bundle(self, path: str | Path) -> None:
        """Verify and decrypt ``path`` in the background, then show it or why it is refused."""
        if self._working:
            return
        app, path = self.app, Path(path)
        self._set_working(True)
        show_message(self.result_label, None)

        def work() -> tuple[OpenedBundle, dict[str, Any]]:
            opened = inbox.open_received(path, app=app)
            return opened, inbox.summary(opened)

        def done(result: tuple[OpenedBundle, dict[str, Any]]) -> None:
            if not shiboken6.isValid(self):
                return
            self.path, (self.opened, self.summary), self.error = path, result, None
            self._set_working(False)
            self._show()
            self.table.clearSelection()
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self.path, self.opened, self.summary, self.error = path, None, None, exc
            self._set_working(False)
            self._show()
            self.loaded.emit()

        run_in_background(self, work, on_success=done, on_error=failed, label=tr("Checking the bundle…"))

    # --- the signed documents ----------------------------------------------------------------------

    def choose_documents_folder(self) -> None:
        if self.opened is None or self._working:
            return
        start = self._documents_dir or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        folder = QFileDialog.getExistingDirectory(self, tr("Save the signed documents to a folder"), start)
        if folder:
            self._documents_dir = folder
            self.save_documents(Path(folder))

    def save_documents(self, folder: Path) -> None:
        opened = self.opened
        if opened is None or self._working:
            return
        self._set_working(True)
        show_message(self.result_label, None)

        def done(files: list[str]) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_working(False)
            text = saved_message(len(files), folder)
            show_message(self.result_label, text, ok=True)
            self.status_message.emit(text)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_working(False)
            show_error(self, exc)

        run_in_background(self, lambda: inbox.extract_documents(opened, folder), on_success=done,
                          on_error=failed, label=tr("Saving the signed documents…"))

    # --- the receipt -------------------------------------------------------------------------------

    def accept_bundle(self) -> None:
        folder = self._receipt_folder()
        if folder is not None:
            self.write_receipt(folder, accept=True)

    def reject_bundle(self) -> None:
        if self.opened is None or self._working:
            return
        reason, ok = QInputDialog.getText(
            self, tr("Reject the bundle"),
            tr("Why is this bundle rejected? The hamlet reads this reason in its outbox."),
            QLineEdit.EchoMode.Normal)
        if not ok:
            return
        if not reason.strip():
            show_error(self, SothonError("receipt_reason_required"))
            return
        folder = self._receipt_folder()
        if folder is not None:
            self.write_receipt(folder, accept=False, reason=reason.strip())

    def _receipt_folder(self) -> Path | None:
        """Where the person wants the receipt: the bundle's own folder unless they choose another."""
        if self.opened is None or self._working or self.path is None:
            return None
        folder = QFileDialog.getExistingDirectory(self, tr("Where to write the receipt"),
                                                  str(self.path.parent))
        return Path(folder) if folder else None

    def write_receipt(self, folder: Path, *, accept: bool, reason: str | None = None) -> None:
        opened, app = self.opened, self.app
        if opened is None or self._working:
            return
        self._set_working(True)
        show_message(self.result_label, None)

        def done(result: dict[str, Any]) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_working(False)
            sequence = result["bundle"]["sequence"]
            answer = tr("Bundle {sequence} was accepted.", sequence=sequence) if accept else \
                tr("Bundle {sequence} was rejected.", sequence=sequence)
            text = answer + " " + tr("Receipt written to {path}. Give it back to the hamlet (for example on"
                                     " the same USB stick).", path=result["receipt"])
            show_message(self.result_label, text, ok=True)
            self.status_message.emit(text)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_working(False)
            show_error(self, exc)

        def work() -> dict[str, Any]:
            return inbox.write_receipt(app, opened, folder, accept=accept, reason=reason)

        run_in_background(self, work, on_success=done, on_error=failed, label=tr("Writing the receipt…"))
