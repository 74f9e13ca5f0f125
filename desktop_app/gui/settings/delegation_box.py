"""Who may sign the unit's state documents on the head's behalf (ký thay): the head lets a deputy sign for
a while, and can end that; everyone sees who may sign and when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.domain.clock import vn_today
from desktop_app.domain.errors import SothonError
from desktop_app.gui.common import busy, message_for, pydate, qdate
from desktop_app.gui.style import hint_label, message_label, show_message
from desktop_app.i18n import format_date, tr

ID_ROLE = Qt.ItemDataRole.UserRole


def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(qdate(value))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


class DelegateDialog(QDialog):
    """Whom, with which title, from when and until when; refusals show inline and nothing is written."""

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.granted = None
        self.profile = QComboBox()
        self.title_edit = QLineEdit()
        from desktop_app.services.delegation import head_role

        self.from_edit = _date_edit(vn_today())
        self.from_edit.setMinimumDate(qdate(vn_today()))  # no signing after the fact
        self.until_check = QCheckBox()
        self.until_edit = _date_edit(vn_today() + dt.timedelta(days=30))
        self.until_edit.setMinimumDate(qdate(vn_today()))
        self.until_edit.setEnabled(False)
        self.until_check.toggled.connect(self.until_edit.setEnabled)
        until = QHBoxLayout()
        until.addWidget(self.until_check)
        until.addWidget(self.until_edit, 1)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.profile, self.title_edit, self.from_edit, until)):
            if isinstance(field, QWidget):
                label.setBuddy(field)
            form.addRow(label, field)
        self.hint = hint_label()
        self.message = message_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        acting = app.profile.id if app.profile else None
        for p in app.profiles():
            if p.id != acting and p.role is not head_role(app):  # a head signs in their own name
                self.profile.addItem(tr("{name} ({profile})", name=p.display_name, profile=p.name), p.name)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(tr("Let someone sign on the head's behalf"))
        for label, text in zip(self.labels, (tr("&Who signs:"), tr("Their &title:"), tr("&From:"),
                                             tr("&Until:"))):
            label.setText(text)
        self.title_edit.setPlaceholderText(tr("e.g. Phó trưởng thôn"))
        self.until_check.setText(tr("an end date"))
        self.hint.setText(tr("Documents they sign print \"KT. TRƯỞNG THÔN\", their title and their own name, and"
                             " carry their own electronic signature. Party documents and mediation papers are"
                             " not signed this way."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Allow"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))

    def save(self) -> None:
        from desktop_app.services import delegation

        if self.profile.currentData() is None:
            show_message(self.message, tr("Add the person first (People who use this copy), then come back."))
            return
        try:
            with busy():
                self.granted = delegation.grant(
                    self.app, self.profile.currentData(), title=self.title_edit.text(),
                    valid_from=pydate(self.from_edit.date()),
                    valid_until=pydate(self.until_edit.date()) if self.until_check.isChecked() else None)
        except SothonError as exc:
            show_message(self.message, message_for(exc))
            return
        self.accept()


def describe(d) -> str:  # noqa: ANN001 — delegation.Delegation
    until = format_date(d.valid_until) if d.valid_until else tr("until revoked")
    text = tr("{name} — KT. · {title} — from {start} {until}", name=d.display_name, title=d.title,
              start=format_date(d.valid_from), until=until if d.valid_until is None else tr("to {date}", date=until))
    if d.revoked_on:
        text += " · " + tr("revoked from {date}", date=format_date(d.revoked_on))
    elif not d.active_on(vn_today()):
        text += " · " + tr("not in force today")
    return text


class DelegationBox(QGroupBox):
    """The grants, newest first; the head allows and revokes."""

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.list = QListWidget()
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 6)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.allow_button, self.revoke_button = QPushButton(), QPushButton()
        self.allow_button.clicked.connect(self.allow)
        self.revoke_button.clicked.connect(self.revoke)
        self.hint = hint_label()
        self.message = message_label()
        row = QHBoxLayout()
        row.addWidget(self.allow_button)
        row.addWidget(self.revoke_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.retranslate_ui()

    def _allowed_here(self) -> bool:
        from desktop_app.services.delegation import delegation_allowed_here

        return delegation_allowed_here(self.app)

    def _is_head(self) -> bool:
        from desktop_app.services.delegation import head_role

        return self.app.profile is not None and self.app.unit is not None and self.app.profile.role is head_role(self.app)

    def refresh(self) -> None:
        from desktop_app.services import delegation

        self.list.clear()
        if self.app.unit is None or self.app.profile is None or not self._allowed_here():
            return
        for d in delegation.list_delegations(self.app):
            item = QListWidgetItem(describe(d))
            item.setData(ID_ROLE, d.id if d.revoked_on is None else None)
            self.list.addItem(item)
        if not self.list.count():
            item = QListWidgetItem(tr("Nobody signs on the head's behalf."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self._enable()

    def _enable(self) -> None:
        item = self.list.currentItem()
        self.allow_button.setEnabled(self._is_head())
        self.revoke_button.setEnabled(self._is_head() and item is not None and item.data(ID_ROLE) is not None)

    def allow(self) -> QDialog:
        dialog = DelegateDialog(self.app, self)
        dialog.accepted.connect(lambda: self._allowed(dialog))
        dialog.open()
        return dialog

    def _allowed(self, dialog: DelegateDialog) -> None:
        self.refresh()
        if dialog.granted is not None:
            show_message(self.message, tr("{name} may sign the unit's state documents on the head's behalf.",
                                          name=dialog.granted.display_name), ok=True)

    def revoke(self) -> None:
        from desktop_app.services import delegation

        item = self.list.currentItem()
        if item is None or item.data(ID_ROLE) is None:
            return
        try:
            with busy():
                d = delegation.revoke(self.app, item.data(ID_ROLE))
        except SothonError as exc:
            show_message(self.message, message_for(exc))
            return
        self.refresh()
        show_message(self.message, tr("{name} no longer signs on the head's behalf from {date}.",
                                      name=d.display_name, date=format_date(d.revoked_on)), ok=True)

    def retranslate_ui(self) -> None:
        self.setTitle(tr("Signing on the head's behalf (ký thay)"))
        self.setVisible(self._allowed_here())
        self.hint.setText(tr("When the head is away, a deputy can sign the hamlet's lists and papers with their"
                             " own name, under \"KT.\", for the dates the head allows."))
        self.allow_button.setText(tr("Allow someone…"))
        self.revoke_button.setText(tr("End the permission"))
        self.refresh()
