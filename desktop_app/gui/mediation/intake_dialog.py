"""A new case at intake: when and how it came, its type, what it is about, the parties (residents picked from
the register, or outsiders by name) and the scope check — a matter outside the team's scope is referred, not
mediated. What is typed is autosaved as a draft (``services.drafts``) like the register's forms."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.domain.clock import vn_today
from desktop_app.gui.common import message_for, pydate, qdate, resident_choice
from desktop_app.gui.register.forms import DraftBanner, DraftKeeper
from desktop_app.gui.style import message_label, show_message
from desktop_app.i18n import tr

ID_ROLE = Qt.ItemDataRole.UserRole
DRAFT_KEY = "new-mediation-case"
NAME, BORN, ADDRESS, CLAIM, KIND = range(5)


def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(qdate(value))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setMaximumDate(qdate(vn_today()))
    return edit


class IntakeDialog(QDialog):
    """Records the case with ``mediation.create_case`` (and ``refer_case`` when out of scope) in one
    transaction; a refusal keeps the dialog open with the message and saves nothing."""

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop_app.services import mediation, register

        self.app = app
        self.result_view = None
        self.setWindowTitle(tr("New mediation case"))
        self.setMinimumWidth(760)
        with app.uow() as uow:
            self.residents = register.list_residents(uow)
            self.teams = mediation.list_teams(uow)
        self.rules = mediation.rules()
        today = vn_today()

        self.banner = DraftBanner(self)
        self.received_on = _date_edit(today)
        self.ground = QComboBox()
        for g in self.rules.start_grounds:
            self.ground.addItem(g.label, g.code)
        self.case_type = QComboBox()
        for group in self.rules.groups:
            for sub in group.subtypes:
                self.case_type.addItem(f"{group.label} — {sub.label}", sub.code)
        self.summary = QPlainTextEdit()
        self.summary.setFixedHeight(72)
        self.place = QLineEdit()
        self.confidential = QCheckBox(tr("Confidential: only its mediators and the team leader see the parties"))
        self.urgent = QCheckBox(tr("Urgent (mediation may start later than 3 days after the assignment)"))
        form = QFormLayout()
        form.addRow(tr("Received on:"), self.received_on)
        form.addRow(tr("How it started:"), self.ground)
        form.addRow(tr("Type:"), self.case_type)
        form.addRow(tr("What it is about:"), self.summary)
        form.addRow(tr("Place:"), self.place)
        form.addRow("", self.confidential)
        form.addRow("", self.urgent)

        parties_box = QGroupBox(tr("Parties and interested persons"))
        self.parties = QTableWidget(0, 5)
        self.parties.setHorizontalHeaderLabels([tr("Name"), tr("Born"), tr("Address"), tr("Position or request"),
                                                tr("Takes part as")])
        self.parties.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.parties.horizontalHeader().setSectionResizeMode(CLAIM, QHeaderView.ResizeMode.Stretch)
        self.parties.setMinimumHeight(140)
        self.resident_pick = resident_choice(self.residents)
        self.add_resident = QPushButton(tr("Add this resident"))
        self.add_outsider = QPushButton(tr("Add someone not in the register"))
        self.remove_party = QPushButton(tr("Remove"))
        pick = QHBoxLayout()
        pick.addWidget(self.resident_pick, 1)
        pick.addWidget(self.add_resident)
        pick.addWidget(self.add_outsider)
        pick.addWidget(self.remove_party)
        pv = QVBoxLayout(parties_box)
        pv.addLayout(pick)
        pv.addWidget(self.parties)

        scope_box = QGroupBox(tr("Scope check"))
        self.out_of_scope = QCheckBox(tr("Outside the scope of grassroots mediation: refer it, do not mediate"))
        self.scope_ground = QComboBox()
        for g in self.rules.out_of_scope_grounds:
            self.scope_ground.addItem(g.label, g.code)
        self.referred_to = QLineEdit()
        self.referred_to.setPlaceholderText(tr("e.g. UBND xã, Công an xã"))
        self.referred_on = _date_edit(today)
        sf = QFormLayout(scope_box)
        sf.addRow("", self.out_of_scope)
        sf.addRow(tr("Ground:"), self.scope_ground)
        sf.addRow(tr("Referred to:"), self.referred_to)
        sf.addRow(tr("Referred on:"), self.referred_on)
        self._scope_changed()

        self.message = message_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(parties_box, 1)
        layout.addWidget(scope_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.drafts = DraftKeeper(app.data_dir, DRAFT_KEY, values=self.values, apply=self.set_values,
                                  banner=self.banner, parent=self)
        for edit in (self.summary, ):
            edit.textChanged.connect(self.drafts.changed)
        self.place.textChanged.connect(self.drafts.changed)
        self.referred_to.textChanged.connect(self.drafts.changed)
        for combo in (self.ground, self.case_type, self.scope_ground):
            combo.currentIndexChanged.connect(self.drafts.changed)
        for box in (self.confidential, self.urgent, self.out_of_scope):
            box.toggled.connect(self.drafts.changed)
        for day in (self.received_on, self.referred_on):
            day.dateChanged.connect(self.drafts.changed)
        self.parties.itemChanged.connect(self.drafts.changed)
        self.out_of_scope.toggled.connect(self._scope_changed)
        self.add_resident.clicked.connect(self._add_resident)
        self.add_outsider.clicked.connect(lambda: self.add_party(None, ""))
        self.remove_party.clicked.connect(self._remove_party)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.drafts.start()

    # --- parties ------------------------------------------------------------------------------------

    def add_party(self, resident_id: str | None, name: str, *, born: str = "", address: str = "", claim: str = "",
                  kind: str = "party") -> None:
        """A row of the parties' table: a resident (name, birth year and address from the register, not
        editable here) or an outsider typed in."""
        t = self.parties
        t.blockSignals(True)
        row = t.rowCount()
        t.insertRow(row)
        resident = next((r for r in self.residents if r.id == resident_id), None)
        if resident is not None:
            name = resident.full_name
            born = str(resident.birth_date.year) if resident.birth_date else ""
        cells = [name, born, address, claim]
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if resident is not None and col in (NAME, BORN):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            t.setItem(row, col, item)
        t.item(row, NAME).setData(ID_ROLE, resident_id)
        combo = QComboBox()
        combo.addItem(tr("Party"), "party")
        combo.addItem(tr("Interested person"), "interested")
        combo.setCurrentIndex(max(0, combo.findData(kind)))
        combo.currentIndexChanged.connect(self.drafts.changed if hasattr(self, "drafts") else (lambda *_: None))
        t.setCellWidget(row, KIND, combo)
        t.blockSignals(False)
        if hasattr(self, "drafts"):
            self.drafts.changed()
        if resident is None and not name:
            t.setCurrentCell(row, NAME)
            t.editItem(t.item(row, NAME))

    def _add_resident(self) -> None:
        rid = self.resident_pick.currentData()
        if rid and self.resident_pick.currentIndex() > 0:
            self.add_party(rid, "")
            self.resident_pick.setCurrentIndex(0)

    def _remove_party(self) -> None:
        row = self.parties.currentRow()
        if row >= 0:
            self.parties.removeRow(row)
            self.drafts.changed()

    def _party_rows(self) -> list[dict[str, Any]]:
        t = self.parties
        out = []
        for row in range(t.rowCount()):
            def text(col: int, row: int = row) -> str:
                item = t.item(row, col)
                return item.text().strip() if item else ""

            combo = t.cellWidget(row, KIND)
            out.append({"resident_id": t.item(row, NAME).data(ID_ROLE), "name": text(NAME), "born": text(BORN),
                        "address": text(ADDRESS), "claim": text(CLAIM),
                        "kind": combo.currentData() if combo else "party"})
        return out

    # --- drafts ---------------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {"received_on": self.received_on.date().toString("yyyy-MM-dd"), "ground": self.ground.currentData(),
                "case_type": self.case_type.currentData(), "summary": self.summary.toPlainText(),
                "place": self.place.text(), "confidential": self.confidential.isChecked(),
                "urgent": self.urgent.isChecked(), "parties": self._party_rows(),
                "out_of_scope": self.out_of_scope.isChecked(), "scope_ground": self.scope_ground.currentData(),
                "referred_to": self.referred_to.text(), "referred_on": self.referred_on.date().toString("yyyy-MM-dd")}

    def set_values(self, v: dict[str, Any]) -> None:
        for edit, key in ((self.received_on, "received_on"), (self.referred_on, "referred_on")):
            day = QDate.fromString(str(v.get(key) or ""), "yyyy-MM-dd")
            if day.isValid():
                edit.setDate(day)
        for combo, key in ((self.ground, "ground"), (self.case_type, "case_type"),
                           (self.scope_ground, "scope_ground")):
            at = combo.findData(v.get(key))
            if at >= 0:
                combo.setCurrentIndex(at)
        self.summary.setPlainText(str(v.get("summary") or ""))
        self.place.setText(str(v.get("place") or ""))
        self.referred_to.setText(str(v.get("referred_to") or ""))
        self.confidential.setChecked(bool(v.get("confidential")))
        self.urgent.setChecked(bool(v.get("urgent")))
        self.out_of_scope.setChecked(bool(v.get("out_of_scope")))
        self.parties.setRowCount(0)
        for p in v.get("parties") or []:
            if isinstance(p, dict):
                self.add_party(p.get("resident_id"), str(p.get("name") or ""), born=str(p.get("born") or ""),
                               address=str(p.get("address") or ""), claim=str(p.get("claim") or ""),
                               kind=str(p.get("kind") or "party"))

    def _scope_changed(self) -> None:
        on = self.out_of_scope.isChecked()
        for w in (self.scope_ground, self.referred_to, self.referred_on):
            w.setEnabled(on)

    # --- saving ---------------------------------------------------------------------------------------

    def _inputs(self):  # -> CaseInput
        from desktop_app.domain.errors import ValidationError
        from desktop_app.domain.mediation import PartyInput, PartyKind
        from desktop_app.services.mediation import CaseInput

        parties = []
        for n, p in enumerate(self._party_rows(), start=1):
            born = None
            if p["born"] and not p["resident_id"]:
                if not p["born"].isdigit():
                    raise ValidationError("mediation_birth_year_invalid", field="birth_year",
                                          value=p["born"])
                born = int(p["born"])
            parties.append(PartyInput(full_name=p["name"] or None, resident_id=p["resident_id"],
                                      kind=PartyKind(p["kind"]), birth_year=born, address=p["address"] or None,
                                      position=p["claim"] or None))
        return CaseInput(received_on=pydate(self.received_on.date()), start_ground=self.ground.currentData(),
                         case_type=self.case_type.currentData(), summary=self.summary.toPlainText(),
                         parties=parties, place=self.place.text(), confidential=self.confidential.isChecked(),
                         urgent=self.urgent.isChecked())

    def save(self) -> None:
        from desktop_app.services import mediation

        try:
            data = self._inputs()
            with self.app.uow() as uow:
                view = mediation.create_case(uow, data, viewer=self.app.profile)
                if self.out_of_scope.isChecked():
                    view = mediation.refer_case(uow, view.row.id, referred_to=self.referred_to.text(),
                                                referred_on=pydate(self.referred_on.date()),
                                                scope_ground=self.scope_ground.currentData(),
                                                viewer=self.app.profile)
                uow.commit()
        except Exception as exc:  # noqa: BLE001 — shown in the dialog, which stays open
            show_message(self.message, message_for(exc))
            return
        self.result_view = view
        self.drafts.discard()
        self.drafts.stop()
        self.accept()

    def reject(self) -> None:
        self.drafts.flush()
        self.drafts.stop()
        super().reject()
