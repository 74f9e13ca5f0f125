"""The Hamlets page of a commune's copy: enrol a hamlet from its certificate file (the fingerprint as text and QR
to compare with the hamlet's window), the enrolled hamlets, revoke or replace a key from a date, and import
several bundle files in the background with a per-file result."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.domain.clock import vn_today
from desktop_app.gui.common import fingerprint_lines, pydate, qdate, rows_table, show_error
from desktop_app.gui.qr import qr_pixmap
from desktop_app.gui.style import ERROR_COLOUR, OK_COLOUR, Heading, hint_label
from desktop_app.i18n import N_, format_date, tr
from desktop_app.services import commune_import, enrolment
from desktop_app.services.credentials import group_fingerprint

CODE_ROLE = Qt.ItemDataRole.UserRole
COL_CODE, COL_NAME, COL_FINGERPRINT, COL_STATE = range(4)
QR_SIZE = 200
RECORD_TYPES = {"household": N_("households"), "resident": N_("residents"), "resident_event": N_("changes"),
                "document": N_("documents"), "mediation_case": N_("mediation cases"), "meeting": N_("meetings")}
STATUS_TEXT = {"imported": N_("Imported"), "already_imported": N_("Already imported"), "rejected": N_("Rejected")}


class FingerprintDialog(QDialog):
    """A certificate's hamlet and fingerprint (text and QR), to compare with the hamlet's window before
    enrolling it; with a date when it replaces the hamlet's current key."""

    def __init__(self, info: dict[str, Any], *, replacing: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Replace a hamlet's key") if replacing else tr("Enrol a hamlet"))
        grouped = group_fingerprint(info["fingerprint"])
        self.fingerprint_text = QLabel(fingerprint_lines(grouped))
        self.fingerprint_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.fingerprint_text.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.fingerprint_text.setFont(font)
        self.qr = QLabel()
        self.qr.setPixmap(qr_pixmap(grouped, QR_SIZE))
        form = QFormLayout()
        form.addRow(tr("Hamlet:"), QLabel(f"{info['name']} ({info['code']})"))
        form.addRow(tr("Fingerprint:"), self.fingerprint_text)
        self.from_date = QDateEdit(qdate(vn_today()))
        self.from_date.setCalendarPopup(True)
        self.from_date.setDisplayFormat("dd/MM/yyyy")
        if replacing:
            form.addRow(tr("The old key stops counting from:"), self.from_date)
        explain = hint_label(tr(
            "Compare this fingerprint, group by group, with the one the hamlet's window shows (Settings, this"
            " copy's key), or scan the code. Enrol only if they are the same: the file alone proves nothing."))
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(tr("Replace the key") if replacing else tr("Enrol"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addLayout(form, 1)
        body.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(body)
        layout.addWidget(buttons)

    def day(self) -> dt.date:
        return pydate(self.from_date.date()) or vn_today()


class RevokeDialog(QDialog):
    def __init__(self, code: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Revoke a hamlet's key"))
        self.from_date = QDateEdit(qdate(vn_today()))
        self.from_date.setCalendarPopup(True)
        self.from_date.setDisplayFormat("dd/MM/yyyy")
        form = QFormLayout()
        form.addRow(tr("Hamlet:"), QLabel(f"{name} ({code})"))
        form.addRow(tr("Refuse bundles signed from:"), self.from_date)
        buttons = QDialogButtonBox()
        buttons.addButton(tr("Revoke"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(tr(
            "Bundles this key signed on or after the date are refused; earlier ones stay valid.")))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def day(self) -> dt.date:
        return pydate(self.from_date.date()) or vn_today()


class ImportWorker(QThread):
    """``commune_import.import_files`` off the GUI thread; the window stays responsive."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, app: App, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.paths = paths

    def run(self) -> None:
        try:
            results = commune_import.import_files(
                self.app, self.paths, progress=lambda n, total, name: self.progressed.emit(n, total, name))
        except BaseException as exc:  # noqa: BLE001 — shown on the GUI thread
            self.failed.emit(exc)
        else:
            self.succeeded.emit(results)


def result_details(result: dict[str, Any]) -> str:
    """What one file's import did, in words: counts, the missing sequence numbers, or the reason refused."""
    if result["status"] == "rejected":
        return result.get("message") or result.get("error") or ""
    if result["status"] == "already_imported":
        return tr("This bundle was imported before: nothing changed, its receipt is written again.")
    parts = []
    for name, c in sorted(result.get("counts", {}).items()):
        if c.get("added") or c.get("changed") or c.get("removed"):
            parts.append(tr("{type}: {added} added, {changed} changed, {removed} removed",
                            type=tr(RECORD_TYPES[name]) if name in RECORD_TYPES else name,
                            added=c.get("added", 0), changed=c.get("changed", 0), removed=c.get("removed", 0)))
    if result.get("missing_sequences"):
        parts.append(tr("Warning: bundles {numbers} have not arrived yet",
                        numbers=", ".join(str(n) for n in result["missing_sequences"])))
    return "; ".join(parts) or tr("No changes")


class ImportResultsDialog(QDialog):
    def __init__(self, results: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import results"))
        self.resize(980, 420)
        self.table = rows_table(5, stretch=4)
        self.table.setWordWrap(True)
        self.table.setHorizontalHeaderLabels([tr("File"), tr("Hamlet"), tr("No."), tr("Result"), tr("Details")])
        for res in results:
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = [Path(res["file"]).name, res.get("sender") or "—",
                     str(res["sequence"]) if res.get("sequence") is not None else "—",
                     tr(STATUS_TEXT.get(res["status"], res["status"])), result_details(res)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 3:
                    bad = res["status"] == "rejected" or res.get("missing_sequences")
                    item.setForeground(QBrush(QColor(ERROR_COLOUR if bad else OK_COLOUR)))
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        rejected = sum(1 for r in results if r["status"] == "rejected")
        summary = tr("{n} files read, {bad} rejected (kept in the quarantine folder with the reason).",
                     n=len(results), bad=rejected) if rejected else tr("{n} files read.", n=len(results))
        buttons = QDialogButtonBox()
        buttons.addButton(tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(summary))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


class HamletsPage(QWidget):
    data_changed = Signal()
    status_message = Signal(str)
    import_finished = Signal(object)  # the results (tests wait for it)

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.worker: ImportWorker | None = None
        self.progress: QProgressDialog | None = None
        self.results_dialog: ImportResultsDialog | None = None
        self.heading = Heading()
        self.explain = hint_label()
        self.table = rows_table(4, stretch=COL_FINGERPRINT)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.enrol_button = QPushButton()
        self.replace_button = QPushButton()
        self.revoke_button = QPushButton()
        self.import_button = QPushButton()
        self.enrol_button.clicked.connect(self._pick_enrol)
        self.replace_button.clicked.connect(self._pick_replace)
        self.revoke_button.clicked.connect(self._ask_revoke)
        self.import_button.clicked.connect(self._pick_import)
        buttons = QHBoxLayout()
        for b in (self.enrol_button, self.replace_button, self.revoke_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.heading.setText(tr("Hamlets"))
        self.explain.setText(tr(
            "Bundles are imported only from the hamlets enrolled here, each by its signing key. Enrol a hamlet"
            " from the certificate file its copy exports, after comparing the fingerprint with its window."))
        self.table.setHorizontalHeaderLabels([tr("Code"), tr("Hamlet"), tr("Key fingerprint"), tr("State")])
        self.enrol_button.setText(tr("Enrol from a certificate…"))
        self.replace_button.setText(tr("Replace the key…"))
        self.revoke_button.setText(tr("Revoke…"))
        self.import_button.setText(tr("Import bundles…"))
        self.refresh()

    def refresh(self) -> None:
        self.hamlets = enrolment.list_enrolled(self.app)
        self.table.setRowCount(0)
        for h in self.hamlets:
            row = self.table.rowCount()
            self.table.insertRow(row)
            fp = group_fingerprint(h["fingerprint"]) if h["fingerprint"] else "—"
            state = (tr("Current key") if h["fingerprint"] else
                     tr("Revoked from {day}", day=format_date(dt.date.fromisoformat(h["revoked_from"]))))
            for col, text in enumerate([h["code"], h["name"], fp, state]):
                item = QTableWidgetItem(text)
                item.setData(CODE_ROLE, h["code"])
                if col == COL_STATE:
                    item.setForeground(QBrush(QColor(OK_COLOUR if h["fingerprint"] else ERROR_COLOUR)))
                self.table.setItem(row, col, item)
        self._update_buttons()

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        code = self.table.item(rows[0].row(), COL_CODE).data(CODE_ROLE)
        return next((h for h in self.hamlets if h["code"] == code), None)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.replace_button.setEnabled(chosen is not None)
        self.revoke_button.setEnabled(chosen is not None and chosen["fingerprint"] is not None)

    def _cert_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, tr("The hamlet's certificate"), "",
                                              tr("Certificates (*.pem *.crt);;All files (*)"))
        return Path(name) if name else None

    # --- actions (each public one takes its inputs, so tests drive it without file dialogs) ---------

    def _pick_enrol(self) -> None:
        path = self._cert_file()
        if path is not None:
            self.enrol_file(path)

    def enrol_file(self, path: Path) -> dict[str, Any] | None:
        try:
            info = enrolment.inspect(self.app, path)
            dialog = FingerprintDialog(info, replacing=False, parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            result = enrolment.enrol(self.app, path)
        except Exception as exc:  # noqa: BLE001 — shown, nothing saved
            show_error(self, exc)
            return None
        self._changed(tr("{name} is enrolled.", name=result["name"]))
        return result

    def _pick_replace(self) -> None:
        path = self._cert_file()
        if path is not None:
            self.replace_file(path)

    def replace_file(self, path: Path) -> dict[str, Any] | None:
        try:
            info = enrolment.inspect(self.app, path)
            dialog = FingerprintDialog(info, replacing=True, parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            result = enrolment.replace_key(self.app, path, from_day=dialog.day())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return None
        self._changed(tr("{name}'s key is replaced.", name=result["name"]))
        return result

    def _ask_revoke(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = RevokeDialog(chosen["code"], chosen["name"], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.revoke(chosen["code"], dialog.day())

    def revoke(self, code: str, day: dt.date) -> dict[str, Any] | None:
        try:
            result = enrolment.revoke(self.app, code, from_day=day)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return None
        self._changed(tr("{name}'s key is revoked from {day}.", name=result["name"], day=format_date(day)))
        return result

    def _changed(self, message: str) -> None:
        self.refresh()
        self.data_changed.emit()
        self.status_message.emit(message)

    def _pick_import(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, tr("Bundles to import"), "",
                                                tr("Sổ Thôn bundles (*.sothon);;All files (*)"))
        if names:
            self.import_paths([Path(n) for n in names])

    def import_paths(self, paths: list[Path]) -> None:
        """Import in the background: a progress dialog, then each file's result."""
        if self.worker is not None:
            return
        self.progress = QProgressDialog(tr("Importing bundles…"), "", 0, len(paths), self)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setValue(0)
        self.import_button.setEnabled(False)
        self.worker = ImportWorker(self.app, paths, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._imported)
        self.worker.failed.connect(self._import_failed)
        self.worker.start()

    def _progressed(self, done: int, total: int, name: str) -> None:
        if self.progress is not None:
            self.progress.setLabelText(tr("Imported {done} of {total}: {file}", done=done, total=total,
                                          file=Path(name).name))
            self.progress.setValue(done)

    def _finish_worker(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if self.worker is not None:
            self.worker.wait()
            self.worker.deleteLater()
            self.worker = None
        self.import_button.setEnabled(True)

    def _imported(self, results: list[dict[str, Any]]) -> None:
        self._finish_worker()
        self.data_changed.emit()
        self.results_dialog = ImportResultsDialog(results, self)
        self.results_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.results_dialog.show()
        self.import_finished.emit(results)

    def _import_failed(self, exc: BaseException) -> None:
        self._finish_worker()
        show_error(self, exc)
        self.import_finished.emit(exc)
