"""The unit's signing key on the settings page: its fingerprint (text and QR code) for the commune to
register, who it names, until when it is valid; exporting the certificate and replacing the key.

The identity is read in the background (the first read makes the unit's keys), so the settings page
opens at once.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import shiboken6
from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.domain.errors import SothonError
from desktop_app.gui.common import busy, fingerprint_lines, message_for, show_error
from desktop_app.gui.operations import run_in_background
from desktop_app.gui.qr import qr_pixmap
from desktop_app.gui.style import hint_label, message_label, show_message
from desktop_app.i18n import format_date, tr

QR_SIZE = 180


def parse_subject(subject: str) -> dict[str, str]:
    """An RFC 4514 name ("CN=Nguyễn Văn A,title=Trưởng thôn,O=Thôn Đông") as {attribute: value}."""
    parts: dict[str, str] = {}
    field, escaped = "", False
    for ch in subject + ",":
        if escaped:
            field += ch
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == ",":
            key, _sep, value = field.partition("=")
            if key:
                parts.setdefault(key.strip(), value.strip())
            field = ""
        else:
            field += ch
    return parts


class IdentityBox(QGroupBox):
    """Shows the unit's current signing certificate; the key holder can export it or replace the key."""

    loaded = Signal()  # the identity (or the reason there is none) is shown

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.identity: dict | None = None
        self.holder = False
        self._loading = False
        self._build()
        self._connect_signals()
        self.retranslate_ui()
        self.refresh()

    def _build(self) -> None:
        self.intro = hint_label()
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels = {key: QLabel() for key in ("fingerprint", "holder", "unit", "valid")}
        self.values = {key: QLabel() for key in self.labels}
        for key, value in self.values.items():
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(self.labels[key], value)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(self.font().pointSizeF())
        self.values["fingerprint"].setFont(fixed)
        self.values["fingerprint"].setWordWrap(False)
        self.values["fingerprint"].setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.qr = QLabel()
        self.qr.setFixedSize(QR_SIZE, QR_SIZE)  # the pixmap's own white margin is the quiet zone
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption = hint_label()
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.qr_caption.setFixedWidth(QR_SIZE)
        self.export_button, self.replace_button = QPushButton(), QPushButton()
        self.message = message_label()

        text = QVBoxLayout()
        text.addWidget(self.intro)
        text.addLayout(self.form)
        text.addStretch(1)
        picture = QVBoxLayout()
        picture.addWidget(self.qr)
        picture.addWidget(self.qr_caption)
        picture.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(text, 1)
        top.addSpacing(12)
        top.addLayout(picture)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.replace_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def _connect_signals(self) -> None:
        self.export_button.clicked.connect(self.export_certificate)
        self.replace_button.clicked.connect(self.replace_key)

    def retranslate_ui(self) -> None:
        self.setTitle(tr("The unit's signing key"))
        self.intro.setText(tr("Documents and bundles from this unit are signed with this key. Give the commune its"
                              " fingerprint (or let them scan the QR code) so they can check that they come from"
                              " you."))
        texts = {"fingerprint": tr("Fingerprint (SHA-256):"), "holder": tr("Key holder:"), "unit": tr("Unit:"),
                 "valid": tr("Valid until:")}
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.qr_caption.setText(tr("The fingerprint as a QR code"))
        self.export_button.setText(tr("&Export certificate…"))
        self.export_button.setToolTip(tr("Save the unit's certificates as a PEM file to give to the commune"))
        self.replace_button.setText(tr("Re&place key…"))
        self._show()

    # --- loading -----------------------------------------------------------------------------------

    def _alive(self) -> bool:
        return shiboken6.isValid(self)

    def refresh(self) -> None:
        """Read the unit's identity in the background (making the unit's keys on first use)."""
        if self._loading:
            return
        self._loading = True
        app = self.app

        def work() -> tuple[dict, bool]:
            from desktop_app.services import identity

            shown = identity.identity_show(app)
            with app.reader() as conn:
                holder = identity.unit_key_holder(conn)
            return shown, app.profile is not None and holder == app.profile.id

        run_in_background(self, work, on_success=self._loaded, on_error=self._load_failed)

    def _loaded(self, result: tuple[dict, bool]) -> None:
        if not self._alive():
            return
        self._loading = False
        self.identity, self.holder = result
        show_message(self.message, None)
        self._show()
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        if not self._alive():
            return
        self._loading = False
        self.identity, self.holder = None, False
        self._show()
        show_message(self.message, message_for(exc))
        self.loaded.emit()

    def _show(self) -> None:
        shown = self.identity
        if shown is None:
            for value in self.values.values():
                value.setText("…" if self._loading else "")
            self.qr.clear()
        else:
            subject = parse_subject(shown["subject"])
            holder = subject.get("CN", "")
            if subject.get("title"):
                holder = tr("{name}, {title}", name=holder, title=subject["title"])
            unit = subject.get("O", "")
            if subject.get("OU"):
                unit = tr("{unit} ({code})", unit=unit, code=subject["OU"])
            self.values["fingerprint"].setText(fingerprint_lines(shown["fingerprint"]))
            self.values["holder"].setText(holder)
            self.values["unit"].setText(unit)
            self.values["valid"].setText(format_date(dt.datetime.fromisoformat(shown["not_after"])))
            pixmap = qr_pixmap(shown["fingerprint"], QR_SIZE)
            self.qr.setFixedSize(pixmap.size())
            self.qr.setPixmap(pixmap)
        self.export_button.setEnabled(shown is not None)
        self.replace_button.setEnabled(shown is not None and self.holder)
        self.replace_button.setToolTip(
            tr("Make a new key; documents signed with the old one can still be verified") if self.holder
            else tr("Only the unit's key holder (the hamlet head) can replace the key"))

    # --- actions -----------------------------------------------------------------------------------

    def export_certificate(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        code = self.app.unit.code if self.app.unit else "sothon"
        path, _filter = QFileDialog.getSaveFileName(self.window(), tr("Export the unit's certificate"),
                                                    str(Path(folder) / f"{code}.pem"),
                                                    tr("Certificates (*.pem)"))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pem":
            target = target.with_name(target.name + ".pem")
        from desktop_app.services import identity

        try:
            with busy():
                identity.export_cert(self.app, target)
        except SothonError as exc:
            show_message(self.message, message_for(exc))
            return None
        show_message(self.message, tr("The certificate was saved to {path}.", path=str(target)), ok=True)
        return target

    def confirm_replace(self) -> bool:
        box = QMessageBox(self.window())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Replace the unit's key"))
        box.setText(tr("Replace the unit's signing key with a new one?"))
        box.setInformativeText(tr(
            "Do this when the computer or a backup may have fallen into other hands. The old certificate is kept,"
            " so documents signed before can still be verified. The new key has a new fingerprint: give it to"
            " the commune again, or they will not recognise what you send from now on."))
        replace = box.addButton(tr("Replace the key"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is replace

    def replace_key(self) -> None:
        if not self.holder or self._loading or not self.confirm_replace():
            return
        app = self.app
        self._loading = True
        self.replace_button.setEnabled(False)

        def work() -> tuple[dict, bool]:
            from desktop_app.services import identity

            profile = app.profile
            with app.uow() as uow:
                identity.replace_key(uow, profile, app.session_passphrase())
                uow.commit()
            app.session_keys.clear()  # the session's opened key is the retired one
            return identity.identity_show(app), True

        def done(result: tuple[dict, bool]) -> None:
            self._loaded(result)
            if self._alive():
                show_message(self.message, tr("A new key was made. Give its fingerprint to the commune."), ok=True)

        def failed(exc: BaseException) -> None:
            if self._alive():
                self._loading = False
                self._show()
                show_error(self.window(), exc)

        run_in_background(self, work, on_success=done, on_error=failed, label=tr("Making a new key…"))
