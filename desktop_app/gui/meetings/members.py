"""The party cell's members (party profile only): the list, and a form to add a member — a resident of the
register or by name — or change one: full or probationary, the admission and official-membership dates, their
standing (active, temporarily attached elsewhere, exempt, on leave, suspended), their role in the cell, the day
they left. Saved through ``services.meetings``; a refusal is shown in the form, which stays open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.domain.vietnamese import fold
from desktop_app.gui.common import message_for, rows_table
from desktop_app.gui.register.forms import OptionalDateEdit
from desktop_app.gui.style import hint_label, message_label, show_message
from desktop_app.i18n import N_, format_date, tr

ID_ROLE = Qt.ItemDataRole.UserRole
MEMBERSHIP = {"full": N_("full member"), "probationary": N_("probationary member")}
STANDING = {"active": N_("in regular activity"), "attached_elsewhere": N_("temporarily attached elsewhere"),
            "exempt": N_("exempt from activities"), "on_leave": N_("on approved leave"),
            "suspended": N_("suspended")}
CELL_ROLES = {"": N_("cell member"), "secretary": N_("cell secretary"),
              "deputy_secretary": N_("cell deputy secretary"), "committee_member": N_("cell committee member")}
SEX = {"male": N_("male"), "female": N_("female")}


class MemberForm(QDialog):
    """A new member (``member`` None) or one member's details."""

    def __init__(self, app: App, member=None, parent: QWidget | None = None) -> None:  # member: MemberView
        super().__init__(parent)
        self.app = app
        self.member = member
        self.result_view = None
        self.setWindowTitle(tr("Party member {name}", name=member.full_name) if member else tr("New party member"))
        self.setMinimumWidth(620)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search the register by name"))
        self.search.setClearButtonEnabled(True)
        self.resident = QComboBox()
        self.full_name = QLineEdit()
        self.sex = QComboBox()
        self.sex.addItem("—", None)
        for code, label in SEX.items():
            self.sex.addItem(tr(label), code)
        self.birth_year = QSpinBox()
        self.birth_year.setRange(1900, 2100)
        self.birth_year.setSpecialValueText("—")
        self.birth_year.setValue(1900)
        self.membership = QComboBox()
        for code, label in MEMBERSHIP.items():
            self.membership.addItem(tr(label), code)
        self.standing = QComboBox()
        for code, label in STANDING.items():
            self.standing.addItem(tr(label), code)
        self.admitted_on = OptionalDateEdit()
        self.official_on = OptionalDateEdit()
        self.cell_role = QComboBox()
        for code, label in CELL_ROLES.items():
            self.cell_role.addItem(tr(label), code)
        self.card_number = QLineEdit()
        self.note = QLineEdit()
        self.left_on = OptionalDateEdit()
        self.message = message_label(self)
        form = QFormLayout()
        if member is None:
            form.addRow(tr("From the register:"), self.search)
            form.addRow("", self.resident)
            form.addRow(tr("Or full name:"), self.full_name)
            form.addRow(tr("Sex:"), self.sex)
            form.addRow(tr("Year of birth:"), self.birth_year)
            self.full_name.setPlaceholderText(tr("Only for a member who is not in the register"))
        form.addRow(tr("Membership:"), self.membership)
        form.addRow(tr("Admitted to the Party on:"), self.admitted_on)
        form.addRow(tr("Official member since:"), self.official_on)
        form.addRow(tr("Standing:"), self.standing)
        form.addRow(tr("Role in the cell:"), self.cell_role)
        form.addRow(tr("Party card number:"), self.card_number)
        form.addRow(tr("Note:"), self.note)
        if member is not None:
            form.addRow(tr("Left the cell on:"), self.left_on)
        hint = hint_label(tr("A probationary member becomes official 12 months after admission at the earliest."
                             " Members attached elsewhere or suspended are not called at the roll call; those on"
                             " leave are absent with a reason; the exempt are left out of the attendance rate."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._people: list[tuple[str, str, str]] = []  # (id, label, folded)
        if member is None:
            self._load_residents()
            self.search.textChanged.connect(self._filter)
            self.resident.currentIndexChanged.connect(self._resident_changed)
            self._filter("")
        else:
            self.membership.setCurrentIndex(self.membership.findData(member.membership.value))
            self.standing.setCurrentIndex(self.standing.findData(member.standing.value))
            self.admitted_on.set_value(member.admitted_on)
            self.official_on.set_value(member.official_on)
            self.cell_role.setCurrentIndex(max(self.cell_role.findData(member.cell_role or ""), 0))
            self.card_number.setText(member.card_number or "")
            self.note.setText(member.note or "")
            self.left_on.set_value(member.left_on)

    def _load_residents(self) -> None:
        from sqlalchemy import select

        from desktop_app.storage.models import Resident

        with self.app.uow() as uow:
            rows = list(uow.session.execute(select(Resident.id, Resident.full_name, Resident.birth_year).where(
                Resident.unit_code == uow.unit_code, Resident.deleted_at.is_(None), Resident.status == "present")
                .order_by(Resident.sort_key)))
        self._people = [(r.id, f"{r.full_name} ({r.birth_year})" if r.birth_year else r.full_name,
                         fold(r.full_name)) for r in rows]

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        self.resident.blockSignals(True)
        self.resident.clear()
        self.resident.addItem(tr("— not from the register —"), None)
        for rid, label, folded in self._people:
            if all(w in folded for w in words):
                self.resident.addItem(label, rid)
                if self.resident.count() > 300:  # enough to choose from; type more of the name
                    break
        if words and self.resident.count() > 1:
            self.resident.setCurrentIndex(1)
        self.resident.blockSignals(False)
        self._resident_changed()

    def _resident_changed(self, *_args) -> None:
        from_register = self.resident.currentData() is not None
        for w in (self.full_name, self.sex, self.birth_year):
            w.setEnabled(not from_register)

    def values(self) -> dict:
        v = {"membership": self.membership.currentData(), "standing": self.standing.currentData(),
             "admitted_on": self.admitted_on.value(), "official_on": self.official_on.value(),
             "cell_role": self.cell_role.currentData() or None, "card_number": self.card_number.text(),
             "note": self.note.text()}
        if self.member is None:
            rid = self.resident.currentData()
            if rid:
                v["resident_id"] = rid
            else:
                v.update(full_name=self.full_name.text(), sex=self.sex.currentData(),
                         birth_year=self.birth_year.value() if self.birth_year.value() > 1900 else None)
        else:
            v["left_on"] = self.left_on.value()
        return v

    def save(self) -> None:
        from desktop_app.services import meetings

        try:
            with self.app.uow() as uow:
                if self.member is None:
                    self.result_view = meetings.add_member(uow, viewer=self.app.profile, **self.values())
                else:
                    self.result_view = meetings.update_member(uow, self.member.id, viewer=self.app.profile,
                                                              **self.values())
                uow.commit()
        except Exception as exc:  # noqa: BLE001 — shown in the form, which stays open
            show_message(self.message, message_for(exc))
            return
        self.accept()


class MembersDialog(QDialog):
    """The cell's members in Vietnamese name order; add or change one."""

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.changed = False
        self.rows: list = []
        self.setWindowTitle(tr("Party cell members"))
        self.resize(1000, 560)
        self.table = rows_table(6, stretch=0)
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Membership"), tr("Admitted"), tr("Official since"),
                                              tr("Standing"), tr("Role")])
        self.summary = hint_label()
        self.add = QPushButton(tr("Add a member…"))
        self.edit = QPushButton(tr("Change…"))
        close = QPushButton(tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.edit)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add.clicked.connect(self.add_member)
        self.edit.clicked.connect(self.edit_member)
        self.table.doubleClicked.connect(lambda *_: self.edit_member())
        close.clicked.connect(self.accept)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        from desktop_app.services import meetings

        with self.app.uow() as uow:
            self.rows = meetings.list_members(uow, viewer=self.app.profile, include_left=True)
        self.table.setRowCount(len(self.rows))
        for i, m in enumerate(self.rows):
            texts = (m.full_name, tr(MEMBERSHIP[m.membership.value]),
                     format_date(m.admitted_on) if m.admitted_on else "—",
                     format_date(m.official_on) if m.official_on else "—",
                     tr("left on {date}", date=format_date(m.left_on)) if m.left_on else tr(STANDING[m.standing.value]),
                     tr(CELL_ROLES.get(m.cell_role or "", CELL_ROLES[""])))
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, m.id)
                self.table.setItem(i, col, item)
            if m.id == select:
                self.table.selectRow(i)
        current = [m for m in self.rows if m.left_on is None]
        full = sum(1 for m in current if m.membership.value == "full")
        self.summary.setText(tr("{count} members: {full} full, {probationary} probationary.", count=len(current),
                                full=full, probationary=len(current) - full))
        self.edit.setEnabled(bool(self.rows))

    def _selected(self):  # MemberView | None
        items = self.table.selectedItems()
        return next((m for m in self.rows if items and m.id == items[0].data(ID_ROLE)), None)

    def add_member(self) -> None:
        form = MemberForm(self.app, None, self)
        if form.exec():
            self.changed = True
            self.refresh(select=form.result_view.id)

    def edit_member(self) -> None:
        member = self._selected()
        if member is None:
            return
        form = MemberForm(self.app, member, self)
        if form.exec():
            self.changed = True
            self.refresh(select=member.id)
