"""Sending to the commune (a hamlet) or receiving by e-mail (a commune): how bundles travel over the network —
the commune's inbox service, or e-mail through the user's own mail account — with the settings ``sothon
settings`` has (``services.transport.channels``). Saved together or not at all; passwords are sealed with the
profile's passphrase and never shown again."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.domain.errors import SothonError
from desktop_app.domain.units import UnitKind
from desktop_app.gui.common import busy, message_for
from desktop_app.gui.style import Heading, hint_label, message_label, show_message
from desktop_app.i18n import N_, tr

SECURITY_LABELS = {"starttls": N_("STARTTLS"), "ssl": N_("SSL/TLS"), "none": N_("None (this computer only)")}
TEXT_KEYS = ("inbox_url", "inbox_tls_pin", "mail_address", "mail_commune_address", "smtp_host", "smtp_port",
             "smtp_user", "imap_host", "imap_port", "imap_user", "imap_folder", "mail_resend_days",
             "mail_ca_file")
HAMLET_KEYS = ("inbox_url", "inbox_tls_pin", "mail_commune_address", "mail_resend_days")


class TransportBox(QGroupBox):
    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.labels: dict[str, QLabel] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.combos: dict[str, QComboBox] = {}
        self._build()
        self.save_button.clicked.connect(self.save)
        self.channel.currentIndexChanged.connect(lambda _i: self._show_channel())
        self.retranslate_ui()
        self.refresh()

    @property
    def hamlet(self) -> bool:
        return self.app.unit is not None and self.app.unit.kind == UnitKind.HAMLET

    def _row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        label = QLabel()
        label.setBuddy(widget)
        self.labels[key] = label
        form.addRow(label, widget)

    def _build(self) -> None:
        form = self.form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.channel = QComboBox()
        self.channel.addItem("", "http")
        self.channel.addItem("", "email")
        self.combos["delivery_channel"] = self.channel
        self.intro = hint_label()
        form.addRow(self.intro)
        if self.hamlet:
            self._row(form, "delivery_channel", self.channel)
        for key in TEXT_KEYS:
            edit = QLineEdit()
            self.edits[key] = edit
        self.edits["smtp_port"].setMaximumWidth(self.fontMetrics().averageCharWidth() * 10)
        self.edits["imap_port"].setMaximumWidth(self.fontMetrics().averageCharWidth() * 10)
        self.edits["mail_resend_days"].setMaximumWidth(self.fontMetrics().averageCharWidth() * 10)
        for key in ("smtp_password", "imap_password"):
            edit = QLineEdit()
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.edits[key] = edit
        for key in ("smtp_security", "imap_security"):
            combo = QComboBox()
            for value in ("starttls", "ssl", "none") if key == "smtp_security" else ("ssl", "starttls", "none"):
                combo.addItem("", value)
            self.combos[key] = combo
        self.inbox_heading, self.mail_heading = Heading(factor=1.05), Heading(factor=1.05)
        self.smtp_heading, self.imap_heading = Heading(factor=1.0), Heading(factor=1.0)
        if self.hamlet:
            form.addRow(self.inbox_heading)
            self._row(form, "inbox_url", self.edits["inbox_url"])
            self._row(form, "inbox_tls_pin", self.edits["inbox_tls_pin"])
        form.addRow(self.mail_heading)
        self._row(form, "mail_address", self.edits["mail_address"])
        if self.hamlet:
            self._row(form, "mail_commune_address", self.edits["mail_commune_address"])
            self._row(form, "mail_resend_days", self.edits["mail_resend_days"])
        form.addRow(self.smtp_heading)
        for key in ("smtp_host", "smtp_port"):
            self._row(form, key, self.edits[key])
        self._row(form, "smtp_security", self.combos["smtp_security"])
        for key in ("smtp_user", "smtp_password"):
            self._row(form, key, self.edits[key])
        form.addRow(self.imap_heading)
        for key in ("imap_host", "imap_port"):
            self._row(form, key, self.edits[key])
        self._row(form, "imap_security", self.combos["imap_security"])
        for key in ("imap_user", "imap_password", "imap_folder"):
            self._row(form, key, self.edits[key])
        self._row(form, "mail_ca_file", self.edits["mail_ca_file"])
        self.password_hint = hint_label()
        form.addRow("", self.password_hint)
        self.save_button = QPushButton()
        self.message = message_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        form.addRow(self.message)

    def _show_channel(self) -> None:
        by_mail = not self.hamlet or self.channel.currentData() == "email"
        for key in ("inbox_url", "inbox_tls_pin"):
            self.form.setRowVisible(self.edits[key], not by_mail)
        self.form.setRowVisible(self.inbox_heading, not by_mail)

    def refresh(self) -> None:
        from desktop_app.services.transport import channels

        extra = self.app.settings.extra
        self.channel.setCurrentIndex(max(0, self.channel.findData(channels.channel(self.app))))
        for key, edit in self.edits.items():
            if key.endswith("_password"):
                edit.clear()
                edit.setPlaceholderText(tr("(kept — type to change)") if extra.get(key) else "")
            else:
                value = extra.get(key)
                edit.setText("" if value is None else str(value))
        for key in ("smtp_security", "imap_security"):
            combo = self.combos[key]
            combo.setCurrentIndex(max(0, combo.findData(extra.get(key) or combo.itemData(0))))
        self._show_channel()
        show_message(self.message, None)

    def save(self) -> None:
        """Every field through ``channels.set_setting``; on the first refusal everything is put back as it was."""
        from desktop_app.services.transport import channels

        before = copy.deepcopy(self.app.settings.extra)
        values: list[tuple[str, str]] = []
        if self.hamlet:
            values.append(("delivery_channel", self.channel.currentData()))
        for key, edit in self.edits.items():
            if key.endswith("_password"):
                if edit.text():
                    values.append((key, edit.text()))
            elif self.hamlet or key not in HAMLET_KEYS:
                values.append((key, edit.text()))
        for key in ("smtp_security", "imap_security"):
            values.append((key, self.combos[key].currentData()))
        try:
            with busy():
                for key, value in values:
                    channels.set_setting(self.app, key, value)
        except SothonError as exc:
            self.app.settings.extra.clear()
            self.app.settings.extra.update(before)
            self.app.save_settings()
            text = message_for(exc)
            field = self.edits.get(exc.params.get("key", "")) or self.combos.get(exc.params.get("key", ""))
            label = self.labels.get(exc.params.get("key", ""))
            if field is not None and label is not None:  # the field by its name on the form, and the cursor in it
                heading = self.imap_heading if exc.params["key"].startswith("imap_") else \
                    self.smtp_heading if exc.params["key"].startswith("smtp_") else None
                name = label.text().replace("&", "").rstrip(":")
                text = (f"{heading.text()} – {name}: " if heading is not None else f"{name}: ") + text
                field.setFocus()
            show_message(self.message, text)
            return
        self.refresh()
        show_message(self.message, tr("The sending settings were saved."), ok=True)

    def retranslate_ui(self) -> None:
        self.setTitle(tr("Sending to the commune") if self.hamlet else tr("Receiving bundles by e-mail"))
        self.intro.setText(
            tr("Bundles leave by themselves when the network is there: to the commune's inbox service, or by"
               " e-mail through your own mail account. The receipt comes back the same way.") if self.hamlet
            else tr("Hamlets that send by e-mail: Sổ Thôn reads this mailbox (sothon fetch-mail), imports each"
                    " bundle and answers with its receipt by e-mail."))
        self.channel.setItemText(0, tr("The commune's inbox service (Internet)"))
        self.channel.setItemText(1, tr("E-mail"))
        for key in ("smtp_security", "imap_security"):
            combo = self.combos[key]
            for i in range(combo.count()):
                combo.setItemText(i, tr(SECURITY_LABELS[combo.itemData(i)]))
        self.inbox_heading.setText(tr("Inbox service"))
        self.mail_heading.setText(tr("E-mail"))
        self.smtp_heading.setText(tr("Sending mail (SMTP)"))
        self.imap_heading.setText(tr("Receiving mail (IMAP)"))
        texts = {"delivery_channel": tr("Send &by:"), "inbox_url": tr("Inbox &address:"),
                 "inbox_tls_pin": tr("Server certificate fingerprint:"),
                 "mail_address": tr("Your e-mail &address:"),
                 "mail_commune_address": tr("The commune's e-mail address:"),
                 "mail_resend_days": tr("Send again after (days):"),
                 "smtp_host": tr("SMTP server:"), "smtp_port": tr("Port:"), "smtp_security": tr("Encryption:"),
                 "smtp_user": tr("User name:"), "smtp_password": tr("Password:"),
                 "imap_host": tr("IMAP server:"), "imap_port": tr("Port:"), "imap_security": tr("Encryption:"),
                 "imap_user": tr("User name:"), "imap_password": tr("Password:"), "imap_folder": tr("Folder:"),
                 "mail_ca_file": tr("Mail server certificate:")}
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.edits["inbox_url"].setPlaceholderText("http://192.168.1.10:8750")
        self.edits["mail_address"].setPlaceholderText("thondong@gmail.com" if self.hamlet else "vanphong@xa.gov.vn")
        self.edits["mail_commune_address"].setPlaceholderText("vanphong@xa.gov.vn")
        self.edits["mail_resend_days"].setPlaceholderText("3")
        self.edits["mail_ca_file"].setPlaceholderText(tr("Only for a mail server of your own (a .pem or .crt file)"))
        self.edits["mail_ca_file"].setToolTip(tr(
            "Leave empty for Gmail, Outlook and other providers. For a mail server whose certificate the"
            " computer does not know (the commune's or the province's own), the certificate file (.pem or .crt)"
            " its administrator gives: it is trusted besides the usual authorities, and the server's name is"
            " still checked."))
        self.edits["mail_resend_days"].setToolTip(tr(
            "A bundle mailed to the commune whose receipt has not come back after so many days is mailed again"
            " (the commune imports it only once). 0: never. Empty: 3 days."))
        self.edits["smtp_host"].setPlaceholderText("smtp.gmail.com")
        self.edits["imap_host"].setPlaceholderText("imap.gmail.com")
        self.edits["imap_folder"].setPlaceholderText("INBOX")
        self.edits["smtp_port"].setPlaceholderText("587")  # the defaults of STARTTLS and SSL/TLS
        self.edits["imap_port"].setPlaceholderText("993")
        self.password_hint.setText(tr("Passwords are kept encrypted with your passphrase and are never shown"
                                      " again. Leave a password empty to keep the one saved. The receiving"
                                      " mailbox is optional at a hamlet: without it, import each receipt by"
                                      " hand."))
        self.password_hint.setText(self.password_hint.text() + " " + tr(
            "Gmail and Outlook: create an app password in the account's security settings and type it here"
            " (signing in with a Google or Microsoft window is not supported)."))
        self.save_button.setText(tr("&Save sending settings"))
        if hasattr(self, "edits"):
            self.refresh()
