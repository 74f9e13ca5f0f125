"""The Security-and-order area: the event log (list, the chosen event, a form to record one), the movement's
activities, and the yearly assessment with the head's confirmation or override of each criterion."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.gui.common import rows_table, show_error
from desktop_app.gui.style import Heading, hint_label
from desktop_app.i18n import N_, format_date, format_number, tr

ID_ROLE = Qt.ItemDataRole.UserRole
ROLES = {"victim": N_("victim"), "suspect": N_("suspect"), "witness": N_("witness"), "involved": N_("involved")}


class EventDialog(QDialog):
    """The form of a new event: time, end, place, type, severity, description, the report to the police."""

    def __init__(self, rules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Record an event"))
        self.occurred = QDateTimeEdit(QDateTime.currentDateTime())
        self.occurred.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.occurred.setCalendarPopup(True)
        self.place = QLineEdit()
        self.type = QComboBox()
        for t in rules.types.values():
            self.type.addItem(t.label, t.code)
        self.severity = QComboBox()
        for s in rules.severities.values():
            self.severity.addItem(s.label, s.code)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(80)
        self.reported_to = QLineEdit()
        self.response = QLineEdit()
        form = QFormLayout()
        form.addRow(tr("Time it happened"), self.occurred)
        form.addRow(tr("Place"), self.place)
        form.addRow(tr("Type"), self.type)
        form.addRow(tr("Severity"), self.severity)
        form.addRow(tr("Description"), self.description)
        form.addRow(tr("Reported to the commune police (receiver)"), self.reported_to)
        form.addRow(tr("Response"), self.response)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self):  # -> EventInput
        from desktop_app.domain.security import EventInput

        at = self.occurred.dateTime().toPython().astimezone()
        receiver = self.reported_to.text().strip() or None
        return EventInput(occurred_at=at, place=self.place.text(), type=self.type.currentData(),
                          severity=self.severity.currentData(), description=self.description.toPlainText(),
                          reported_at=at if receiver else None, reported_to=receiver,
                          response=self.response.text() or None)


class SecurityPage(QWidget):
    ready = Signal()
    data_changed = Signal()
    status_message = Signal(str)

    def __init__(self, app: App) -> None:
        super().__init__()
        self.app = app
        self.today = dt.date.today()
        self.events: list = []
        self.activities: list = []
        self.assessment = None
        self.title = Heading()
        self.tabs = QTabWidget()
        # events
        self.events_tab = QWidget()
        self.event_count = hint_label()
        self.new_event = QPushButton()
        self.event_table = rows_table(5, stretch=4)
        self.event_details = QLabel()
        self.event_details.setWordWrap(True)
        self.event_details.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.event_count, 1)
        top.addWidget(self.new_event)
        ev = QVBoxLayout(self.events_tab)
        ev.addLayout(top)
        ev.addWidget(self.event_table, 3)
        ev.addWidget(self.event_details, 1)
        # activities
        self.activities_tab = QWidget()
        self.activity_table = rows_table(4, stretch=2)
        QVBoxLayout(self.activities_tab).addWidget(self.activity_table)
        # assessment
        self.assess_tab = QWidget()
        self.year = QComboBox()
        self.period = hint_label()
        self.result = Heading(factor=1.1)
        self.criteria = QTreeWidget()
        self.criteria.setColumnCount(2)
        self.criteria.setWordWrap(True)
        self.confirm = QPushButton()
        self.override = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.year)
        row.addWidget(self.period, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm)
        buttons.addWidget(self.override)
        av = QVBoxLayout(self.assess_tab)
        av.addLayout(row)
        av.addWidget(self.result)
        av.addWidget(self.criteria, 1)
        av.addLayout(buttons)
        for tab in (self.events_tab, self.activities_tab, self.assess_tab):
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs)
        self.retranslate_ui()
        self._connect_signals()
        QTimer.singleShot(0, self.refresh)

    def _connect_signals(self) -> None:
        self.event_table.itemSelectionChanged.connect(self._show_event)
        self.new_event.clicked.connect(self._record_event)
        self.year.currentIndexChanged.connect(self._assess)
        self.confirm.clicked.connect(lambda: self._decide(override=False))
        self.override.clicked.connect(lambda: self._decide(override=True))

    def retranslate_ui(self) -> None:
        self.title.setText(tr("Security and order"))
        self.tabs.setTabText(0, tr("Events"))
        self.tabs.setTabText(1, tr("Movement activities"))
        self.tabs.setTabText(2, tr("Yearly assessment"))
        self.new_event.setText(tr("Record an event…"))
        self.confirm.setText(tr("Confirm the criterion"))
        self.override.setText(tr("Override with a reason…"))
        self.event_table.setHorizontalHeaderLabels([tr("Time"), tr("Type"), tr("Severity"), tr("Status"),
                                                    tr("Place")])
        self.activity_table.setHorizontalHeaderLabels([tr("Date"), tr("Activity"), tr("Title or topic"),
                                                       tr("Number")])
        self.criteria.setHeaderLabels([tr("Criterion and evidence"), tr("Status")])
        if self.events or self.activities:
            self._fill()

    # --- data ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        from desktop_app.services import security

        try:
            with self.app.uow() as uow:
                self.events = security.list_events(uow)
                self.activities = security.list_activities(uow)
            self.rules = security.rules(self.today)
        except Exception as exc:  # noqa: BLE001 — shown, the page stays usable
            show_error(self, exc)
            return
        y = self.year
        y.blockSignals(True)
        keep = y.currentData()
        y.clear()
        last = self.today.year + (1 if self.today.month >= 11 else 0)
        for year in range(last, last - 4, -1):
            y.addItem(tr("Assessment year {year}", year=year), year)
        y.setCurrentIndex(max(0, y.findData(keep)))
        y.blockSignals(False)
        self._fill()
        self._assess()
        self.ready.emit()

    def _label(self, table: dict, code: str | None) -> str:
        item = table.get(code or "")
        return item.label if item is not None else (code or "")

    def _fill(self) -> None:
        t = self.event_table
        t.setRowCount(len(self.events))
        for i, e in enumerate(self.events):
            local = e.occurred_at.astimezone()
            cells = [f"{format_date(local)} {local:%H:%M}", self._label(self.rules.types, e.type),
                     self._label(self.rules.severities, e.severity), self._label(self.rules.statuses, e.status),
                     e.place]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, e.id)
                t.setItem(i, col, item)
        self.event_count.setText(tr("{count} events recorded.", count=format_number(len(self.events))))
        a = self.activity_table
        a.setRowCount(len(self.activities))
        for i, act in enumerate(self.activities):
            kind = self.rules.activity_kinds.get(act.kind)
            cells = [format_date(act.held_on), kind.label if kind else act.kind, act.title or "",
                     "" if act.quantity is None else format_number(act.quantity)]
            for col, text in enumerate(cells):
                a.setItem(i, col, QTableWidgetItem(text))

    def _show_event(self) -> None:
        rows = self.event_table.selectionModel().selectedRows()
        if not rows:
            self.event_details.clear()
            return
        e = self.events[rows[0].row()]
        lines = [e.description]
        if e.reported_at:
            lines.append(tr("Reported to {receiver} on {date}.", receiver=e.reported_to or "",
                            date=format_date(e.reported_at.astimezone())))
        lines += [f"{p.position}. {p.full_name} ({tr(ROLES.get(p.role, p.role))})" for p in e.people]
        if e.mediation_case_number:
            lines.append(tr("Mediation case {number}", number=e.mediation_case_number))
        self.event_details.setText("\n".join(lines))

    def _record_event(self) -> None:
        from desktop_app.services import security

        dialog = EventDialog(self.rules, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            with self.app.uow() as uow:
                security.record_event(uow, dialog.value())
                uow.commit()
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.data_changed.emit()
        self.refresh()

    def _assess(self) -> None:
        from desktop_app.services import security

        year = self.year.currentData()
        if year is None:
            return
        try:
            with self.app.uow() as uow:
                self.assessment = security.assess(uow, year=year, today=self.today)
        except Exception as exc:  # noqa: BLE001
            self.assessment = None
            self.criteria.clear()
            self.result.setText(tr("This year's period has not begun."))
            self.period.clear()
            if getattr(exc, "code", "") != "security_period_not_begun":
                show_error(self, exc)
            return
        a = self.assessment
        self.period.setText(tr("From {start} to {end} — {basis}", start=format_date(a.period.start),
                               end=format_date(a.period.end), basis=a.rules.legal_basis))
        self.result.setText(tr("Result: {status}", status=security.status_label(a.result)))
        self.criteria.clear()
        for r in a.criteria:
            status = security.status_label(r.status)
            if r.decision and not r.decision["confirmed"]:
                status += " · " + tr("overridden")
            elif r.decision:
                status += " · " + tr("confirmed")
            item = QTreeWidgetItem([f"{r.criterion.number}. {r.criterion.title}", status])
            item.setToolTip(0, f"{r.criterion.title}\n{r.criterion.legal_basis}")
            item.setData(0, ID_ROLE, r.criterion.id)
            if r.decision:
                item.setToolTip(1, r.decision.get("reason") or tr("Confirmed"))
            for e in r.evidence:
                QTreeWidgetItem(item, ["• " + security.evidence_text(e), ""])
            self.criteria.addTopLevelItem(item)
            item.setExpanded(True)
        self.criteria.setColumnWidth(0, 1040)

    def show_assessment(self) -> None:
        """The yearly assessment's tab, on the running year (what the dashboard's status box opens)."""
        self.tabs.setCurrentWidget(self.assess_tab)

    def _selected_criterion(self):  # -> CriterionResult | None
        item = self.criteria.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is None or self.assessment is None:
            return None
        return next((r for r in self.assessment.criteria if r.criterion.id == item.data(0, ID_ROLE)), None)

    def _decide(self, *, override: bool) -> None:
        from desktop_app.domain.security import Status
        from desktop_app.services import security

        r = self._selected_criterion()
        if r is None:
            return
        status, reason = r.computed, None
        if override or r.computed is Status.NEEDS_ANSWER:
            choices = [security.status_label(Status.PASS), security.status_label(Status.FAIL)]
            picked, ok = QInputDialog.getItem(self, tr("Override"), tr("The criterion is:"), choices, 0, False)
            if not ok:
                return
            status = Status.PASS if picked == choices[0] else Status.FAIL
            reason, ok = QInputDialog.getMultiLineText(self, tr("Override"), tr("Reason (required):"))
            if not ok:
                return
        self.decide(r.criterion.id, status, reason)

    def decide(self, criterion_id: str, status, reason: str | None) -> bool:
        """Keep the head's decision on a criterion; a refusal is shown and nothing is saved."""
        from desktop_app.services import security

        try:
            with self.app.uow() as uow:
                self.assessment = security.decide_criterion(uow, year=self.year.currentData(),
                                                            criterion_id=criterion_id, status=status, reason=reason,
                                                            today=self.today)
                uow.commit()
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return False
        self._assess()
        return True
