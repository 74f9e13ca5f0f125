"""One step of a case: a small form per step (assign, session, close, refer, follow-up, escalate). The dialog
calls the step's service, commits, and stays open with the message when the step is refused."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.gui.common import message_for, pydate, qdate
from desktop_app.gui.mediation.labels import STEPS, label
from desktop_app.gui.style import message_label, show_message
from desktop_app.i18n import tr

ID_ROLE = Qt.ItemDataRole.UserRole


def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(qdate(value))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setMaximumDate(QDate.currentDate())
    return edit


def _text(lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setFixedHeight(24 * lines)
    return edit


class StepDialog(QDialog):
    """``step`` is an allowed step of the case (``assign``, ``close:successful`` …)."""

    def __init__(self, app: App, case, step: str, parent: QWidget | None = None) -> None:  # case: CaseView
        super().__init__(parent)
        self.app, self.case, self.step = app, case, step
        self.setWindowTitle(label(STEPS, step).rstrip("…"))
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        today = dt.date.today()
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
                for p in case.parties:
                    if p.kind.value == "party":
                        self._add(f"duty{p.position}", tr("{name} will:", name=p.full_name), QLineEdit())
                        self._add(f"deadline{p.position}", tr("By:"), _date_edit(today))
                        self.fields[f"deadline{p.position}"].setMaximumDate(QDate(9999, 12, 31))
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
            at = QDateTimeEdit(QDateTime.currentDateTime())
            at.setDisplayFormat("dd/MM/yyyy HH:mm")
            self._add("reported_at", tr("Reported at:"), at)
            self._add("reported_to", tr("Reported to:"), QLineEdit())
            self._add("note", tr("Note:"), _text(2))
        self.message = message_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

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
            return w.dateTime().toPython().astimezone()
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
                obligations = tuple(
                    ObligationInput(p.position, v(f"duty{p.position}"), None, v(f"deadline{p.position}"))
                    for p in self.case.parties if f"duty{p.position}" in self.fields and v(f"duty{p.position}"))
                agreement = AgreementInput(v("closed_on"), v("content"), obligations)
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
        self.accept()
