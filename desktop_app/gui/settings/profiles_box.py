"""The people who use this copy (profiles), and adding one: a mediator, the party secretary, an officer."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.domain.errors import SothonError
from desktop_app.domain.units import Role
from desktop_app.gui.common import busy, message_for
from desktop_app.gui.style import hint_label, message_label, show_message
from desktop_app.i18n import N_, tr

ROLE_LABELS = {
    Role.HAMLET_HEAD: N_("Hamlet head"),
    Role.MEDIATOR: N_("Mediator"),
    Role.PARTY_SECRETARY: N_("Party cell secretary"),
    Role.COMMUNE_OFFICER: N_("Commune officer"),
}


class AddProfileDialog(QDialog):
    """Name, role, phone and a first passphrase for a new person; refusals show inline, nothing is written."""

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.added = None
        self.name_edit, self.phone_edit = QLineEdit(), QLineEdit()
        self.role = QComboBox()
        self.passphrase, self.repeat = QLineEdit(), QLineEdit()
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.name_edit, self.role, self.phone_edit, self.passphrase,
                                              self.repeat)):
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
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(tr("Add a person who uses Sổ Thôn"))
        for label, text in zip(self.labels, (tr("&Full name:"), tr("&Role:"), tr("&Phone:"), tr("&Passphrase:"),
                                             tr("&Repeat passphrase:"))):
            label.setText(text)
        current = self.role.currentData()
        self.role.clear()
        for role in (Role.MEDIATOR, Role.PARTY_SECRETARY, Role.HAMLET_HEAD, Role.COMMUNE_OFFICER):
            self.role.addItem(tr(ROLE_LABELS[role]), role)
        if current is not None:
            self.role.setCurrentIndex(max(self.role.findData(current), 0))
        self.hint.setText(tr("Each person signs in with their own passphrase; the change history names who"
                             " made each change. Give the passphrase to the person privately."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Add"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))

    def save(self) -> None:
        from desktop_app.services.profiles import add_profile

        if self.passphrase.text() != self.repeat.text():
            show_message(self.message, tr("The two passphrases are not the same. Type them again."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        try:
            with busy(), self.app.uow() as uow:
                self.added = add_profile(uow, acting=self.app.profile, name=None, display_name=self.name_edit.text(),
                                         role=Role(self.role.currentData()), phone=self.phone_edit.text() or None,
                                         passphrase=self.passphrase.text())
                uow.commit()
        except SothonError as exc:
            show_message(self.message, message_for(exc))
            return
        self.accept()


class ProfilesBox(QGroupBox):
    """Lists the profiles; the head (or a commune officer) can add people."""

    data_changed = Signal()

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.list = QListWidget()
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 7)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_profile)
        self.message = message_label()
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.retranslate_ui()

    def refresh(self) -> None:
        from desktop_app.services.profiles import MANAGING_ROLES

        self.list.clear()
        for p in self.app.profiles():
            self.list.addItem(tr("{name} — {role} (signs in as {profile})", name=p.display_name,
                                 role=tr(ROLE_LABELS[p.role]), profile=p.name))
        acting = self.app.profile
        self.add_button.setEnabled(acting is not None and acting.role in MANAGING_ROLES)

    def add_profile(self) -> QDialog:
        dialog = AddProfileDialog(self.app, self)
        dialog.accepted.connect(lambda: self._added(dialog))
        dialog.open()
        return dialog

    def _added(self, dialog: AddProfileDialog) -> None:
        self.refresh()
        if dialog.added is not None:
            show_message(self.message, tr("{name} can now sign in as {profile}.", name=dialog.added.display_name,
                                          profile=dialog.added.name), ok=True)

    def retranslate_ui(self) -> None:
        self.setTitle(tr("People who use this copy"))
        self.add_button.setText(tr("Add a person…"))
        self.refresh()
