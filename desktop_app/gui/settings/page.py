"""Settings: language and text size, the unit's details (read-only), and the profile's passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.domain.errors import SothonError
from desktop_app.domain.units import UnitKind
from desktop_app.gui.common import busy, message_for
from desktop_app.gui.settings.delegation_box import DelegationBox
from desktop_app.gui.settings.identity_box import IdentityBox
from desktop_app.gui.settings.profiles_box import ROLE_LABELS, ProfilesBox
from desktop_app.gui.settings.transport_box import TransportBox
from desktop_app.gui.style import (
    LANGUAGE_NAMES,
    MAX_SCALE,
    MIN_SCALE,
    SCALE_STEP,
    Heading,
    hint_label,
    message_label,
    show_message,
)
from desktop_app.i18n import N_, tr

KIND_LABELS = {UnitKind.HAMLET: N_("Hamlet or residential group"), UnitKind.COMMUNE: N_("Commune or ward")}


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SettingsPage(QWidget):
    """Asks the window to change language or text size (the window applies and saves them)."""

    language_requested = Signal(str)
    text_scale_requested = Signal(float)

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self._build()
        self._connect_signals()
        self.show_current()
        self.retranslate_ui()

    # --- view --------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = Heading()

        self.display_box = QGroupBox()
        self.language_label = QLabel()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.size_label = QLabel()
        self.text_size = QSpinBox()
        self.text_size.setRange(round(MIN_SCALE * 100), round(MAX_SCALE * 100))
        self.text_size.setSingleStep(round(SCALE_STEP * 100))
        self.text_size.setSuffix(" %")
        self.size_hint = hint_label()
        self.language_label.setBuddy(self.language)
        self.size_label.setBuddy(self.text_size)
        for widget in (self.language, self.text_size):
            widget.setMinimumWidth(widget.fontMetrics().averageCharWidth() * 18)
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        display = QFormLayout(self.display_box)
        display.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        display.addRow(self.language_label, self.language)
        display.addRow(self.size_label, self.text_size)
        display.addRow("", self.size_hint)

        self.unit_box = QGroupBox()
        self.unit_form = QFormLayout(self.unit_box)
        self.unit_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.unit_rows: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("name", "kind", "code", "commune", "province"):
            pair = (QLabel(), _value_label())
            self.unit_rows[key] = pair
            self.unit_form.addRow(*pair)
        self.code_hint = hint_label()
        self.unit_form.addRow("", self.code_hint)

        self.profile_box = QGroupBox()
        profile = QFormLayout(self.profile_box)
        profile.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.profile_rows: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("display_name", "name", "role"):
            pair = (QLabel(), _value_label())
            self.profile_rows[key] = pair
            profile.addRow(*pair)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        profile.addRow(line)
        self.change_heading = Heading(factor=1.05)
        profile.addRow(self.change_heading)
        self.old_label, self.new_label, self.repeat_label = QLabel(), QLabel(), QLabel()
        self.old_passphrase, self.new_passphrase = QLineEdit(), QLineEdit()
        self.repeat_passphrase = QLineEdit()
        for label, edit in ((self.old_label, self.old_passphrase), (self.new_label, self.new_passphrase),
                            (self.repeat_label, self.repeat_passphrase)):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            label.setBuddy(edit)
            profile.addRow(label, edit)
        self.change_button = QPushButton()
        self.change_message = message_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        profile.addRow("", buttons)
        profile.addRow(self.change_message)

        body = QWidget()
        body.setMaximumWidth(820)
        column = QVBoxLayout(body)
        column.setSpacing(14)
        column.addWidget(self.heading)
        column.addWidget(self.display_box)
        column.addWidget(self.unit_box)
        self.identity_box = IdentityBox(self.app)
        column.addWidget(self.identity_box)
        column.addWidget(self.profile_box)
        self.profiles_box = ProfilesBox(self.app)
        column.addWidget(self.profiles_box)
        self.delegation_box = DelegationBox(self.app)
        column.addWidget(self.delegation_box)
        self.transport_box = TransportBox(self.app)
        column.addWidget(self.transport_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _connect_signals(self) -> None:
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_requested.emit(self.language.currentData()))
        self.text_size.valueChanged.connect(lambda value: self.text_scale_requested.emit(value / 100))
        self.change_button.clicked.connect(self.change_passphrase)
        for edit in (self.old_passphrase, self.new_passphrase, self.repeat_passphrase):
            edit.textEdited.connect(lambda _t: show_message(self.change_message, None))
            edit.returnPressed.connect(self.change_passphrase)

    # --- behaviour ---------------------------------------------------------------------------------

    def show_current(self) -> None:
        """Show the language and text size in force (they may change from the View menu)."""
        for widget in (self.language, self.text_size):
            widget.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(self.app.settings.language), 0))
        self.text_size.setValue(round(self.app.settings.text_scale * 100))
        for widget in (self.language, self.text_size):
            widget.blockSignals(False)

    def refresh(self) -> None:
        self.show_current()
        self._show_details()
        self.profiles_box.refresh()
        self.delegation_box.refresh()
        self.identity_box.refresh()
        self.transport_box.refresh()

    def change_passphrase(self) -> None:
        profile = self.app.profile
        if profile is None:
            return
        old, new = self.old_passphrase.text(), self.new_passphrase.text()
        if not old:
            show_message(self.change_message, tr("Type your current passphrase first."))
            self.old_passphrase.setFocus()
            return
        if new != self.repeat_passphrase.text():
            show_message(self.change_message,
                         tr("The two new passphrases are not the same. Type them again."))
            self.repeat_passphrase.clear()
            self.repeat_passphrase.setFocus()
            return
        try:
            with busy():
                # Through the App: the profile's keys are resealed and the session keeps working.
                self.app.change_passphrase(old, new)
        except SothonError as exc:
            show_message(self.change_message, message_for(exc))
            return
        for edit in (self.old_passphrase, self.new_passphrase, self.repeat_passphrase):
            edit.clear()
        show_message(self.change_message, tr("Your passphrase was changed. Use the new one from now on."),
                     ok=True)

    def _show_details(self) -> None:
        unit, profile = self.app.unit, self.app.profile
        values = {
            "name": unit.name if unit else "",
            "kind": tr(KIND_LABELS[unit.kind]) if unit else "",
            "code": unit.code if unit else "",
            "commune": f"{unit.commune_name} ({unit.commune_code})" if unit else "",
            "province": f"{unit.province_name} ({unit.province_code})" if unit else "",
        }
        for key, (_label, value) in self.unit_rows.items():
            value.setText(values[key])
        pvalues = {
            "display_name": profile.display_name if profile else "",
            "name": profile.name if profile else "",
            "role": tr(ROLE_LABELS[profile.role]) if profile else "",
        }
        for key, (_label, value) in self.profile_rows.items():
            value.setText(pvalues[key])

    def retranslate_ui(self) -> None:
        self.heading.setText(tr("Settings"))
        self.display_box.setTitle(tr("Display"))
        self.language_label.setText(tr("&Language:"))
        self.size_label.setText(tr("&Text size:"))
        self.size_hint.setText(
            tr("You can also press Ctrl and + or − to change the text size, Ctrl+0 to reset."))
        self.unit_box.setTitle(tr("This unit"))
        unit_labels = {"name": tr("Name:"), "kind": tr("Kind:"), "code": tr("Unit code:"),
                       "commune": tr("Commune or ward:"), "province": tr("Province or city:")}
        for key, (label, _value) in self.unit_rows.items():
            label.setText(unit_labels[key])
        self.code_hint.setText(tr("These details were fixed at set-up. The unit code names the sender of"
                                  " every bundle and never changes."))
        self.profile_box.setTitle(tr("Your profile"))
        profile_labels = {"display_name": tr("Full name:"), "name": tr("Profile name:"), "role": tr("Role:")}
        for key, (label, _value) in self.profile_rows.items():
            label.setText(profile_labels[key])
        self.change_heading.setText(tr("Change your passphrase"))
        self.old_label.setText(tr("C&urrent passphrase:"))
        self.new_label.setText(tr("&New passphrase:"))
        self.repeat_label.setText(tr("&Repeat the new one:"))
        self.change_button.setText(tr("&Change passphrase"))
        show_message(self.change_message, None)
        self._show_details()
        if hasattr(self, "profiles_box"):
            self.profiles_box.retranslate_ui()
        if hasattr(self, "identity_box"):
            self.identity_box.retranslate_ui()
        if hasattr(self, "delegation_box"):
            self.delegation_box.retranslate_ui()
        if hasattr(self, "transport_box"):
            self.transport_box.retranslate_ui()
