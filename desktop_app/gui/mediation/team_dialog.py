"""The team page's forms: the team itself (name, the commune's recognition decision, the term) and one
mediator (a resident picked from the register or an outsider; leader or member; ethnicity; the decision
recognising them; when they joined; the profile they use this copy with)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.domain.clock import vn_today
from desktop_app.gui.common import message_for, pydate, qdate
from desktop_app.gui.style import message_label, show_message
from desktop_app.i18n import tr


class _OptionalDate(QWidget):
    """A date that may be left out (a checkbox before the date)."""

    def __init__(self, value: dt.date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QHBoxLayout

        self.known = QCheckBox()
        self.edit = QDateEdit(qdate(value or vn_today()))
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setCalendarPopup(True)
        self.edit.setMaximumDate(QDate(2200, 12, 31))
        self.known.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.known.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)

    def value(self) -> dt.date | None:
        return pydate(self.edit.date()) if self.known.isChecked() else None


class _Form(QDialog):
    def __init__(self, app: App, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.form = QFormLayout()
        self.message = message_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _call(self, uow) -> object:  # noqa: ANN001
        raise NotImplementedError

    def save(self) -> None:
        try:
            with self.app.uow() as uow:
                self.result_view = self._call(uow)
                uow.commit()
        except Exception as exc:  # noqa: BLE001 — shown in the dialog, which stays open
            show_message(self.message, message_for(exc))
            return
        self.accept()


class TeamDialog(_Form):
    """A new team (``team`` None) or the team's details."""

    def __init__(self, app: App, team=None, parent: QWidget | None = None) -> None:  # team: TeamView | None
        super().__init__(app, tr("Mediation team") if team else tr("New mediation team"), parent)
        self.team = team
        self.name = QLineEdit(team.name if team else tr("Mediation team"))
        self.decision_number = QLineEdit(team.decision_number or "" if team else "")
        self.decision_number.setPlaceholderText(tr("e.g. 15/QĐ-UBND"))
        self.decision_date = _OptionalDate(team.decision_date if team else None)
        self.term_from = _OptionalDate(team.term_from if team else None)
        self.term_to = _OptionalDate(team.term_to if team else None)
        self.note = QLineEdit(team.note or "" if team else "")
        self.form.addRow(tr("Name:"), self.name)
        self.form.addRow(tr("Recognition decision number:"), self.decision_number)
        self.form.addRow(tr("Decision dated:"), self.decision_date)
        self.form.addRow(tr("Term from:"), self.term_from)
        self.form.addRow(tr("Term to:"), self.term_to)
        self.form.addRow(tr("Note:"), self.note)

    def _call(self, uow) -> object:  # noqa: ANN001
        from desktop_app.services import mediation

        values = {"name": self.name.text(), "decision_number": self.decision_number.text(),
                  "decision_date": self.decision_date.value(), "term_from": self.term_from.value(),
                  "term_to": self.term_to.value(), "note": self.note.text()}
        if self.team is None:
            return mediation.create_team(uow, **values)
        return mediation.update_team(uow, self.team.id, **values)


class MemberDialog(_Form):
    """A new mediator of ``team_id`` (``member`` None) or a mediator's details."""

    def __init__(self, app: App, team_id: str, member=None, parent: QWidget | None = None) -> None:
        super().__init__(app, tr("Mediator {name}", name=member.full_name) if member else tr("New mediator"),
                         parent)
        from desktop_app.services import register

        self.team_id, self.member = team_id, member
        self.resident = QComboBox()
        self.resident.setEditable(True)
        self.resident.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.full_name = QLineEdit()
        self.sex = QComboBox()
        self.sex.addItem(tr("female"), "female")
        self.sex.addItem(tr("male"), "male")
        self.birth_year = QSpinBox()
        self.birth_year.setRange(0, vn_today().year)
        self.birth_year.setSpecialValueText("—")
        self.address = QLineEdit(member.address or "" if member else "")
        self.role = QComboBox()
        self.role.addItem(tr("Mediator"), "member")
        self.role.addItem(tr("Leader"), "leader")
        self.ethnicity = QLineEdit(member.ethnicity or "" if member else "")
        self.ethnicity.setPlaceholderText(tr("e.g. Kinh, Tày (when given)"))
        self.recognised_number = QLineEdit(member.recognised_number or "" if member else "")
        self.recognised_on = _OptionalDate(member.recognised_on if member else None)
        self.joined_on = _OptionalDate(member.joined_on if member else None)
        self.phone = QLineEdit(member.phone or "" if member else "")
        self.profile = QComboBox()
        self.profile.addItem(tr("No profile"), None)
        for p in app.profiles():
            self.profile.addItem(tr("{name} ({profile})", name=p.display_name, profile=p.name), p.id)
        if member is None:
            with app.uow() as uow:
                residents = register.list_residents(uow)
            self.resident.addItem(tr("Not a resident of the register: type the details below"), None)
            for r in residents:
                year = r.birth_date.year if r.birth_date else ""
                self.resident.addItem(tr("{name} ({year}), household {number}", name=r.full_name, year=year,
                                         number=r.household_no), r.id)
            self.resident.currentIndexChanged.connect(self._resident_changed)
            self.form.addRow(tr("Resident:"), self.resident)
            self.form.addRow(tr("Full name:"), self.full_name)
            self.form.addRow(tr("Sex:"), self.sex)
            self.form.addRow(tr("Born in:"), self.birth_year)
        else:
            self.role.setCurrentIndex(self.role.findData(member.role.value))
            self.profile.setCurrentIndex(max(0, self.profile.findData(member.profile_id)))
        self.form.addRow(tr("Address:"), self.address)
        self.form.addRow(tr("Role:"), self.role)
        self.form.addRow(tr("Ethnicity:"), self.ethnicity)
        self.form.addRow(tr("Recognised by decision:"), self.recognised_number)
        self.form.addRow(tr("Decision dated:"), self.recognised_on)
        self.form.addRow(tr("Joined the team on:"), self.joined_on)
        self.form.addRow(tr("Phone:"), self.phone)
        self.form.addRow(tr("Signs in as:"), self.profile)

    def _resident_changed(self) -> None:
        outsider = self.resident.currentData() is None
        for w in (self.full_name, self.sex, self.birth_year):
            w.setEnabled(outsider)

    def _call(self, uow) -> object:  # noqa: ANN001
        from desktop_app.domain.mediation import MemberRole
        from desktop_app.services import mediation

        common = {"role": MemberRole(self.role.currentData()), "address": self.address.text(),
                  "ethnicity": self.ethnicity.text(), "recognised_number": self.recognised_number.text(),
                  "recognised_on": self.recognised_on.value(), "joined_on": self.joined_on.value(),
                  "phone": self.phone.text(), "profile_id": self.profile.currentData()}
        if self.member is not None:
            return mediation.update_member(uow, self.member.id, **common)
        resident = self.resident.currentData()
        return mediation.add_member(uow, team_id=self.team_id, resident_id=resident,
                                    full_name=None if resident else self.full_name.text(),
                                    sex=None if resident else self.sex.currentData(),
                                    birth_year=None if resident else (self.birth_year.value() or None), **common)
