"""Signing in: choose the profile, type its passphrase, open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.domain.errors import SothonError
from desktop_app.gui.common import busy, message_for
from desktop_app.gui.style import Heading, hint_label, message_label, show_message
from desktop_app.i18n import tr


class LoginDialog(QDialog):
    """Accepted once ``app.unlock`` succeeded (``app.profile`` is then set); rejected by "Quit"."""

    def __init__(self, app: App, parent: QWidget | None = None, *, profile: str | None = None,
                 error: str | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self._build()
        self._fill_profiles(profile or app.default_profile_name())
        self.retranslate_ui()
        if error:
            show_message(self.error_label, error)
        self.passphrase.setFocus()

    def _build(self) -> None:
        self.setMinimumWidth(480)
        self.heading = Heading(factor=1.3)
        self.unit_label = hint_label()
        self.profile_label = QLabel()
        self.profile = QComboBox()
        self.only_profile = QLabel()  # one profile (the usual case): nothing to choose, so show it plainly
        font = self.only_profile.font()
        font.setBold(True)
        self.only_profile.setFont(font)
        profile_field = QHBoxLayout()
        profile_field.setContentsMargins(0, 0, 0, 0)
        profile_field.addWidget(self.profile, 1)
        profile_field.addWidget(self.only_profile, 1)
        self.passphrase_label = QLabel()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.profile_label.setBuddy(self.profile)
        self.passphrase_label.setBuddy(self.passphrase)
        self.error_label = message_label()
        self.open_button = QPushButton()
        self.open_button.setDefault(True)
        self.quit_button = QPushButton()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.profile_label, profile_field)
        form.addRow(self.passphrase_label, self.passphrase)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.unit_label)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.open_button.clicked.connect(self.try_open)
        self.quit_button.clicked.connect(self.reject)
        self.passphrase.textEdited.connect(lambda _text: show_message(self.error_label, None))

    def _fill_profiles(self, selected: str | None) -> None:
        for p in self.app.profiles():
            self.profile.addItem(p.display_name, p.name)
        index = self.profile.findData(selected)
        self.profile.setCurrentIndex(max(index, 0))
        single = self.profile.count() == 1
        self.only_profile.setText(self.profile.currentText())
        self.only_profile.setVisible(single)
        self.profile.setVisible(not single)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(tr("Sổ Thôn — sign in"))
        self.heading.setText(tr("Sổ Thôn"))
        unit = self.app.unit
        self.unit_label.setText(
            tr("{unit} · {commune}, {province}", unit=unit.name, commune=unit.commune_name,
               province=unit.province_name) if unit else ""
        )
        self.profile_label.setText(tr("&Profile:"))
        self.passphrase_label.setText(tr("Pass&phrase:"))
        self.passphrase.setPlaceholderText(tr("Type your passphrase"))
        self.open_button.setText(tr("&Open"))
        self.quit_button.setText(tr("&Quit"))

    def try_open(self) -> None:
        name = self.profile.currentData()
        try:
            with busy():
                self.app.unlock(name, self.passphrase.text())
        except SothonError as exc:
            show_message(self.error_label, message_for(exc))
            self.passphrase.selectAll()
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()
