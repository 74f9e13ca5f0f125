"""One step of a case: a small form per step (assign, session, close, refer, follow-up, escalate). The dialog
calls the step's service, commits, and stays open with the message when the step is refused."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.domain.clock import vn_today
from desktop_app.gui.common import (
    datetime_edit,
    message_for,
    pydate,
    pydatetime,
    qdate,
)
from desktop_app.gui.mediation.labels import STEPS, label
from desktop_app.gui.register.forms import DraftBanner, DraftKeeper
from desktop_app.gui.style import message_label, show_message
from desktop_app.i18n import tr

ID_ROLE = Qt.ItemDataRole.UserRole


def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(qdate(value))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setMaximumDate(qdate(vn_today()))
    return edit


def _text(lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setFixedHeight(24 * lines)
    return edit


class ObligationsEditor(QWidget):
    """The agreement's obligations, as many per party as were agreed: who, what, how (the method) and by
    when (dd/mm/yyyy, or empty for no deadline)."""

    PARTY, TEXT, METHOD, DEADLINE = range(4)
    changed = Signal()  # a row added, removed or edited

    def __init__(self, parties, parent: QWidget | None = None) -> None:  # parties: list[PartyView]
        super().__init__(parent)
        self.parties = [p for p in parties if p.kind.value == "party"]
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Party"), tr("Will do"), tr("How"), tr("By (dd/mm/yyyy)")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.METHOD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.PARTY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.DEADLINE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(150)
        self.add_button = QPushButton(tr("Add an obligation"))
        self.remove_button = QPushButton(tr("Remove"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self._remove)
        for p in self.parties:
            self.add_row(p.position)
        self.table.itemChanged.connect(self.changed)

    def add_row(self, position: int | None = None, text: str = "", method: str = "", deadline: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox()
        for p in self.parties:
            combo.addItem(p.full_name, p.position)
        if position is not None:
            combo.setCurrentIndex(max(0, combo.findData(position)))
        combo.currentIndexChanged.connect(self.changed)
        self.table.setCellWidget(row, self.PARTY, combo)
        for col, value in ((self.TEXT, text), (self.METHOD, method), (self.DEADLINE, deadline)):
            self.table.setItem(row, col, QTableWidgetItem(value))
        self.changed.emit()

    def _remove(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())
            self.changed.emit()

    def draft_value(self) -> list[dict]:
        """Every row as typed (a draft's), not checked."""
        def cell(row: int, col: int) -> str:
            item = self.table.item(row, col)
            return item.text() if item else ""

        return [{"party": self.table.cellWidget(row, self.PARTY).currentData(), "text": cell(row, self.TEXT),
                 "method": cell(row, self.METHOD), "deadline": cell(row, self.DEADLINE)}
                for row in range(self.table.rowCount())]

    def set_draft_value(self, rows: list) -> None:
        self.table.setRowCount(0)
        for r in rows if isinstance(rows, list) else []:
            if isinstance(r, dict):
                party = r.get("party")
                self.add_row(party if isinstance(party, int) else None, str(r.get("text") or ""),
                             str(r.get("method") or ""), str(r.get("deadline") or ""))

    def rows(self) -> list[tuple[int, str, str | None, dt.date | None]]:
        """(party position, what, how, deadline) of every row with something written in it; a deadline that
        is not a date is refused (``date_invalid``)."""
        from desktop_app.domain.errors import ValidationError

        out = []
        for row in range(self.table.rowCount()):
            def cell(col: int, row: int = row) -> str:
                item = self.table.item(row, col)
                return item.text().strip() if item else ""

            text, method, deadline = cell(self.TEXT), cell(self.METHOD), cell(self.DEADLINE)
            if not (text or method or deadline):
                continue
            day = None
            if deadline:
                try:
                    day = dt.datetime.strptime(deadline, "%d/%m/%Y").date()
                except ValueError:
                    raise ValidationError("date_invalid", field="deadline", value=deadline) from None
            out.append((self.table.cellWidget(row, self.PARTY).currentData(), text, method or None, day))
        return out


class StepDialog(QDialog):
    """``step`` is an allowed step of the case (``assign``, ``close:successful`` …). What is typed is kept as a
    draft of this step of this case a second after the last change (``services.drafts``, as the intake does)
    and offered back when the step is opened again after a crash, a power cut or Cancel; Save deletes it."""

    def __init__(self, app: App, case, step: str, parent: QWidget | None = None) -> None:  # case: CaseView
        super().__init__(parent)
        self.app, self.case, self.step = app, case, step
        self.setWindowTitle(label(STEPS, step).rstrip("…"))
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        today = vn_today()
        kind, _, outcome = step.partition(":")
        self.outcome = outcome or None
        if kind == "assign":
            self._mediators()
            self._add("assigned_on", tr("Assigned on:"), _date_edit(today))
            self._add("chosen", "", QCheckBox(tr("Chosen by the parties")))
        elif kind == "session":
            self._add("held_on", tr("Held on:"), _date_edit(today))
            self._add("place", tr("Place:"), QLineEdit())
            self._add("participants", tr("Who took part (one a line):"), _text())
            self._add("summary", tr("Summary:"), _text(4))
        elif kind == "close":
            self._add("closed_on", tr("Closed on:"), _date_edit(today))
            if self.outcome == "successful":
                self._add("content", tr("What the parties agreed:"), _text(4))
                self.obligations = ObligationsEditor(case.parties)
                self._add("obligations", tr("Each party's obligations:"), self.obligations)
                self._add("document_wanted", "", QCheckBox(tr("The parties want a written agreement (Art. 24)")))
                self.fields["document_wanted"].setChecked(True)
                self.setMinimumWidth(780)
            else:
                self._add("reason", tr("Reason:"), _text(3))
        elif kind == "refer":
            self._add("referred_to", tr("Referred to:"), QLineEdit())
            self._add("referred_on", tr("Referred on:"), _date_edit(today))
        elif kind == "follow_up":
            self._add("checked_on", tr("Checked on:"), _date_edit(today))
            self._add("performed", "", QCheckBox(tr("The agreement has been carried out")))
            self._add("note", tr("Note:"), _text(2))
        elif kind == "escalate":
            self._add("reported_at", tr("Reported at:"), datetime_edit())
            self._add("reported_to", tr("Reported to:"), QLineEdit())
            self._add("note", tr("Note:"), _text(2))
        self.message = message_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons = buttons
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))  # Qt's own are English
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.banner = DraftBanner(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        key = f"mediation-step-{case.row.id}-{step.replace(':', '-')}"
        self.drafts = DraftKeeper.for_fields(app.data_dir, key, self.fields, banner=self.banner, parent=self)

    def reject(self) -> None:
        self.drafts.flush()
        self.drafts.stop()
        super().reject()

    def _add(self, key: str, text: str, widget: QWidget) -> None:
        self.fields[key] = widget
        self.form.addRow(text, widget)

    def _mediators(self) -> None:
        from desktop_app.services import mediation

        with self.app.uow() as uow:
            team = mediation.get_team(uow, self.case.row.team_id)
        box = QListWidget()
        for m in team.members:
            if m.active:
                item = QListWidgetItem(m.full_name)
                item.setData(ID_ROLE, m.id)
                item.setCheckState(Qt.CheckState.Unchecked)
                box.addItem(item)
        box.setFixedHeight(110)
        self._add("mediators", tr("Mediators:"), box)

    def _value(self, key: str):
        w = self.fields[key]
        if isinstance(w, QDateTimeEdit) and not isinstance(w, QDateEdit):
            return pydatetime(w.dateTime())
        if isinstance(w, QDateEdit):
            return pydate(w.date())
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QListWidget):
            return [w.item(i).data(ID_ROLE) for i in range(w.count())
                    if w.item(i).checkState() == Qt.CheckState.Checked]
        return w.text()

    def _call(self, uow) -> object:
        from desktop_app.domain.mediation import AgreementInput, ObligationInput, Outcome
        from desktop_app.services import mediation

        v, cid = self._value, self.case.row.id
        common = {"viewer": self.app.profile}
        kind = self.step.partition(":")[0]
        if kind == "assign":
            return mediation.assign_mediators(uow, cid, mediators=v("mediators"), assigned_on=v("assigned_on"),
                                              chosen_by_parties=v("chosen"), **common)
        if kind == "session":
            return mediation.record_session(uow, cid, held_on=v("held_on"), place=v("place"),
                                            participants=v("participants").splitlines(), summary=v("summary"),
                                            **common)
        if kind == "close":
            agreement = None
            if self.outcome == "successful":
                obligations = tuple(ObligationInput(party, text, method, deadline)
                                    for party, text, method, deadline in self.obligations.rows())
                agreement = AgreementInput(v("closed_on"), v("content"), obligations,
                                           document_wanted=v("document_wanted"))
            return mediation.close_case(uow, cid, outcome=Outcome(self.outcome), closed_on=v("closed_on"),
                                        reason=v("reason") if "reason" in self.fields else None,
                                        agreement=agreement, **common)
        if kind == "refer":
            return mediation.refer_case(uow, cid, referred_to=v("referred_to"), referred_on=v("referred_on"),
                                        **common)
        if kind == "follow_up":
            return mediation.record_follow_up(uow, cid, checked_on=v("checked_on"), performed=v("performed"),
                                              note=v("note"), **common)
        return mediation.escalate_case(uow, cid, reported_at=v("reported_at"), reported_to=v("reported_to"),
                                       note=v("note"), **common)

    def _save(self) -> None:
        try:
            with self.app.uow() as uow:
                self.result_view = self._call(uow)
                uow.commit()
        except Exception as exc:  # noqa: BLE001 — shown in the dialog, which stays open
            show_message(self.message, message_for(exc))
            return
        self.drafts.discard()
        self.drafts.stop()
        self.accept()
