"""The Security-and-order area: the event log (list, the chosen event, a form to record one), the movement's
activities, and the yearly assessment with the head's confirmation or override of each criterion."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.domain.clock import VN_TZ, vn_today
from desktop_app.gui.common import (
    confirm,
    datetime_edit,
    message_for,
    pydate,
    pydatetime,
    qdate,
    resident_choice,
    rows_table,
    show_error,
)
from desktop_app.gui.register.forms import DraftBanner, DraftKeeper
from desktop_app.gui.style import Heading, hint_label, message_label, show_message
from desktop_app.i18n import N_, format_date, format_number, tr

ID_ROLE = Qt.ItemDataRole.UserRole
ROLES = {"victim": N_("victim"), "suspect": N_("suspect"), "witness": N_("witness"), "involved": N_("involved")}


def _combo(items, current: str | None = None) -> QComboBox:  # items: Coded values of a rule table
    w = QComboBox()
    for item in items:
        w.addItem(item.label, item.code)
    if current is not None and w.findData(current) >= 0:
        w.setCurrentIndex(w.findData(current))
    return w


class FormDialog(QDialog):
    """A form that saves itself: ``save(value)`` runs on Save; a refusal is shown in the form, which stays open
    with what was typed (nothing saved)."""

    def __init__(self, save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.saved = None
        self.form = QFormLayout()
        self.message = message_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button().setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.drafts = None

    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def keep_drafts(self, data_dir, key: str, fields: dict[str, QWidget], *,  # noqa: ANN001
                    correcting: bool = False) -> None:
        """Keep what is typed in ``fields`` as the draft ``key`` in ``data_dir`` a second after the last change
        (``services.drafts``, as the register's forms do), offered back when the form opens again after a crash,
        a power cut or Cancel; Save deletes it. ``correcting``: a record that exists, whose draft restores only
        what was typed (``DraftKeeper``)."""
        self.banner = DraftBanner(self)
        self.layout().insertWidget(0, self.banner)
        self.drafts = DraftKeeper.for_fields(data_dir, key, fields, banner=self.banner, parent=self,
                                             correcting=correcting)

    def submit(self) -> bool:
        try:
            self.saved = self._save(self.value())
        except Exception as exc:  # noqa: BLE001 — a refusal is shown in the form, never raised into Qt
            show_message(self.message, message_for(exc))
            return False
        if self.drafts is not None:
            self.drafts.discard()
            self.drafts.stop()
        self.accept()
        return True

    def reject(self) -> None:
        if self.drafts is not None:
            self.drafts.flush()
            self.drafts.stop()
        super().reject()

    def value(self):  # noqa: ANN201 — the input the service takes
        raise NotImplementedError


PERSON_NAME, PERSON_BORN, PERSON_ADDRESS, PERSON_ROLE = range(4)


class PeopleBox(QGroupBox):
    """The people an event involves, in order: residents chosen from the register (their name and birth year
    come from it, not editable here) or someone not in the register typed in, each with a role — victim,
    suspect, witness, involved. ``changed``: a row added, removed or edited."""

    changed = Signal()

    def __init__(self, residents, people=(), parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(tr("People involved"), parent)
        self.residents = {r.id: r for r in residents}
        self.pick = resident_choice(residents)
        self.add_resident = QPushButton(tr("Add this resident"))
        self.add_outsider = QPushButton(tr("Add someone not in the register"))
        self.remove = QPushButton(tr("Remove"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Born"), tr("Address"), tr("Role")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PERSON_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PERSON_ADDRESS, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(90)
        row = QHBoxLayout()
        row.addWidget(self.pick, 1)
        row.addWidget(self.add_resident)
        row.addWidget(self.add_outsider)
        row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table)
        self.add_resident.clicked.connect(self._add_chosen)
        self.add_outsider.clicked.connect(lambda: self.add(None, ""))
        self.remove.clicked.connect(self._remove_current)
        for p in people:
            self.add(p.resident_id, p.full_name, born=p.birth_year, address=p.address or "", role=p.role)
        self.table.itemChanged.connect(self.changed)

    def add(self, resident_id: str | None, name: str, *, born: int | None = None, address: str = "",
            role: str = "involved") -> None:
        t = self.table
        row = t.rowCount()
        t.insertRow(row)
        resident = self.residents.get(resident_id) if resident_id else None
        if resident is not None:
            name = resident.full_name
            born = resident.birth_date.year if resident.birth_date else born
        for col, text in ((PERSON_NAME, name), (PERSON_BORN, "" if born is None else str(born)),
                          (PERSON_ADDRESS, address)):
            item = QTableWidgetItem(text)
            if resident_id is not None and col in (PERSON_NAME, PERSON_BORN):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(tr("From the register"))
            t.setItem(row, col, item)
        t.item(row, PERSON_NAME).setData(ID_ROLE, resident_id)
        combo = QComboBox()
        for code, label in ROLES.items():
            combo.addItem(tr(label), code)
        combo.setCurrentIndex(max(0, combo.findData(role)))
        combo.currentIndexChanged.connect(self.changed)
        t.setCellWidget(row, PERSON_ROLE, combo)
        self.changed.emit()
        if resident_id is None and not name:
            t.setCurrentCell(row, PERSON_NAME)
            t.editItem(t.item(row, PERSON_NAME))

    def draft_value(self) -> list[dict]:
        """The rows as typed (a draft's), not checked."""
        t = self.table
        out = []
        for row in range(t.rowCount()):
            def text(col: int, row: int = row) -> str:
                item = t.item(row, col)
                return item.text() if item else ""

            out.append({"resident_id": t.item(row, PERSON_NAME).data(ID_ROLE), "name": text(PERSON_NAME),
                        "born": text(PERSON_BORN), "address": text(PERSON_ADDRESS),
                        "role": t.cellWidget(row, PERSON_ROLE).currentData()})
        return out

    def set_draft_value(self, rows: list) -> None:
        self.table.setRowCount(0)
        for p in rows if isinstance(rows, list) else []:
            if isinstance(p, dict):
                born = str(p.get("born") or "")
                self.add(p.get("resident_id") or None, str(p.get("name") or ""),
                         born=int(born) if born.isascii() and born.isdigit() else None,
                         address=str(p.get("address") or ""), role=str(p.get("role") or "involved"))
                if born and not (born.isascii() and born.isdigit()):  # kept as typed, refused on Save
                    self.table.item(self.table.rowCount() - 1, PERSON_BORN).setText(born)

    def _add_chosen(self) -> None:
        if self.pick.currentIndex() > 0 and self.pick.currentData():
            self.add(self.pick.currentData(), "")
            self.pick.setCurrentIndex(0)

    def _remove_current(self) -> None:
        if (row := self.table.currentRow()) >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def value(self) -> tuple:
        """The people as the service takes them (``PersonInput``); a birth year that is not a year is refused
        here, naming the row."""
        from desktop_app.domain.errors import ValidationError
        from desktop_app.domain.security import PersonInput, PersonRole

        t = self.table
        out = []
        for row in range(t.rowCount()):
            def text(col: int, row: int = row) -> str:
                item = t.item(row, col)
                return item.text().strip() if item else ""

            born = text(PERSON_BORN)
            if born and not (born.isascii() and born.isdigit() and len(born) == 4):
                raise ValidationError("security_birth_year_invalid", field=f"people/{row + 1}/birth_year", value=born)
            combo = t.cellWidget(row, PERSON_ROLE)
            out.append(PersonInput(text(PERSON_NAME) or None, t.item(row, PERSON_NAME).data(ID_ROLE),
                                   PersonRole(combo.currentData()), int(born) if born else None,
                                   text(PERSON_ADDRESS) or None))
        return tuple(out)


class EventDialog(FormDialog):
    """An event of the log: time, end, place, type, severity, status, description, the people involved, the
    report to the commune police, the responding force, the response and result. ``view``: the event being
    corrected. ``residents``: the register's, to choose the people from. ``data_dir``: what is typed is kept
    there as a draft a second after the last change (``services.drafts``, as the register's forms do) and
    offered back when the form opens again after a crash, a power cut or Cancel; Save deletes it."""

    def __init__(self, rules, save, parent: QWidget | None = None, view=None, residents=(),  # noqa: ANN001
                 data_dir=None) -> None:  # noqa: ANN001
        super().__init__(save, parent)
        self.view = view
        self.setWindowTitle(tr("Correct the event") if view else tr("Record an event"))
        self.setMinimumWidth(620)
        self.occurred = datetime_edit(view.occurred_at if view else None)
        self.has_end = QCheckBox(tr("It has ended at"))
        self.ended = datetime_edit(view.ended_at if view and view.ended_at else None)
        self.place = QLineEdit(view.place if view else "")
        self.type = _combo(rules.types.values(), view.type if view else None)
        self.severity = _combo(rules.severities.values(), view.severity if view else None)
        self.status = _combo(rules.statuses.values(), view.status if view else None)
        self.description = QPlainTextEdit(view.description if view else "")
        self.description.setFixedHeight(70)
        self.reported = QCheckBox(tr("Reported to the commune police at"))
        self.reported_at = datetime_edit(view.reported_at if view and view.reported_at else None)
        self.reported_to = QLineEdit((view.reported_to or "") if view else "")
        self.responding_force = QLineEdit((view.responding_force or "") if view else "")
        self.response = QLineEdit((view.response or "") if view else "")
        self.result = QLineEdit((view.result or "") if view else "")
        self.note = QLineEdit((view.note or "") if view else "")
        self.has_end.setChecked(bool(view and view.ended_at))
        self.reported.setChecked(bool(view and view.reported_at))
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.ended, 1)
        report_row = QHBoxLayout()
        report_row.addWidget(self.reported)
        report_row.addWidget(self.reported_at, 1)
        f = self.form
        f.addRow(tr("Time it happened"), self.occurred)
        f.addRow("", end_row)
        f.addRow(tr("Place"), self.place)
        f.addRow(tr("Type"), self.type)
        f.addRow(tr("Severity"), self.severity)
        f.addRow(tr("Status"), self.status)
        f.addRow(tr("Description"), self.description)
        f.addRow("", report_row)
        f.addRow(tr("Receiver at the commune police"), self.reported_to)
        f.addRow(tr("Responding force"), self.responding_force)
        f.addRow(tr("Response"), self.response)
        f.addRow(tr("Result"), self.result)
        f.addRow(tr("Note"), self.note)
        self.people = PeopleBox(residents, view.people if view else ())
        self.layout().insertWidget(1, self.people)  # below the form, across the dialog
        self.has_end.toggled.connect(self.ended.setEnabled)
        self.reported.toggled.connect(self.reported_at.setEnabled)
        self.ended.setEnabled(self.has_end.isChecked())
        self.reported_at.setEnabled(self.reported.isChecked())
        if data_dir is not None:
            self.keep_drafts(data_dir, f"security-event-{view.id}" if view else "security-event-new", {
                "occurred_at": self.occurred, "has_end": self.has_end, "ended_at": self.ended, "place": self.place,
                "type": self.type, "severity": self.severity, "status": self.status,
                "description": self.description, "reported": self.reported, "reported_at": self.reported_at,
                "reported_to": self.reported_to, "responding_force": self.responding_force,
                "response": self.response, "result": self.result, "note": self.note, "people": self.people},
                correcting=view is not None)

    def value(self):  # -> EventInput
        from desktop_app.domain.security import EventInput

        def at(w: QDateTimeEdit) -> dt.datetime:
            return pydatetime(w.dateTime())

        people = self.people.value()
        return EventInput(
            occurred_at=at(self.occurred), ended_at=at(self.ended) if self.has_end.isChecked() else None,
            place=self.place.text(), type=self.type.currentData(), severity=self.severity.currentData(),
            status=self.status.currentData(), description=self.description.toPlainText(), people=people,
            reported_at=at(self.reported_at) if self.reported.isChecked() else None,
            reported_to=self.reported_to.text() or None, responding_force=self.responding_force.text() or None,
            response=self.response.text() or None, result=self.result.text() or None,
            mediation_case_id=self.view.mediation_case_id if self.view else None, note=self.note.text() or None)


class ActivityDialog(FormDialog):
    """A movement activity: its kind, then what that kind asks — a propaganda session's topic and attendees,
    the handbooks and leaflets given out, tips to the police, wanted persons persuaded to surrender, a
    self-governing model and its status, a hot spot and whether (and when) it was transformed."""

    def __init__(self, rules, save, parent: QWidget | None = None, view=None,  # noqa: ANN001
                 data_dir=None) -> None:  # noqa: ANN001
        super().__init__(save, parent)
        self.rules = rules
        self.setWindowTitle(tr("Correct the activity") if view else tr("Record a movement activity"))
        self.setMinimumWidth(620)
        self.kind = QComboBox()
        for k in rules.activity_kinds.values():
            self.kind.addItem(k.label, k.code)
        self.held_on = QDateEdit(qdate(view.held_on) if view else qdate(vn_today()))
        self.held_on.setDisplayFormat("dd/MM/yyyy")
        self.held_on.setCalendarPopup(True)
        self.title = QLineEdit((view.title or "") if view else "")
        self.quantity = QSpinBox()
        self.quantity.setRange(0, 1_000_000)
        self.quantity.setValue(view.quantity or 0 if view else 0)
        self.model_type = _combo(rules.model_types.values(), view.model_type if view else None)
        self.status = _combo(rules.model_statuses.values(), view.status if view else "active")
        self.transformed = QCheckBox(tr("Transformed on"))
        self.transformed_on = QDateEdit(qdate(view.transformed_on) if view and view.transformed_on
                                        else qdate(vn_today()))
        self.transformed_on.setDisplayFormat("dd/MM/yyyy")
        self.transformed_on.setCalendarPopup(True)
        self.transformed.setChecked(bool(view and view.transformed))
        self.note = QLineEdit((view.note or "") if view else "")
        self.title_label, self.quantity_label = QLabel(), QLabel()
        spot = QHBoxLayout()
        spot.addWidget(self.transformed)
        spot.addWidget(self.transformed_on, 1)
        self.spot = QWidget()
        self.spot.setLayout(spot)
        spot.setContentsMargins(0, 0, 0, 0)
        f = self.form
        f.addRow(tr("Activity"), self.kind)
        f.addRow(tr("Date"), self.held_on)
        f.addRow(self.title_label, self.title)
        f.addRow(self.quantity_label, self.quantity)
        f.addRow(tr("Model type"), self.model_type)
        f.addRow(tr("Model status"), self.status)
        f.addRow(tr("Hot spot"), self.spot)
        f.addRow(tr("Note"), self.note)
        if view is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(view.kind)))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.transformed.toggled.connect(self.transformed_on.setEnabled)
        self._kind_changed()
        if data_dir is not None:
            self.keep_drafts(data_dir, f"security-activity-{view.id}" if view else "security-activity-new", {
                "kind": self.kind, "held_on": self.held_on, "title": self.title, "quantity": self.quantity,
                "model_type": self.model_type, "status": self.status, "transformed": self.transformed,
                "transformed_on": self.transformed_on, "note": self.note}, correcting=view is not None)

    def _kind_changed(self) -> None:
        k = self.rules.activity_kinds[self.kind.currentData()]
        topic = k.code == "propaganda_session"
        self.title_label.setText(tr("Topic") if topic else tr("Name of the model or area") if k.model_required or k.code == "hot_spot"
                                 else tr("Title or topic"))
        self.quantity_label.setText(k.quantity_label or tr("Number"))
        f = self.form
        f.setRowVisible(self.quantity, k.quantity is not None)
        f.setRowVisible(self.model_type, k.model_required)
        f.setRowVisible(self.status, k.model_required)
        f.setRowVisible(self.spot, k.code == "hot_spot")
        self.transformed_on.setEnabled(self.transformed.isChecked())

    def value(self):  # -> ActivityInput
        from desktop_app.domain.security import ActivityInput

        k = self.rules.activity_kinds[self.kind.currentData()]
        spot = k.code == "hot_spot"
        return ActivityInput(
            kind=k.code, held_on=pydate(self.held_on.date()), title=self.title.text() or None,
            quantity=self.quantity.value() if k.quantity is not None else None,
            model_type=self.model_type.currentData() if k.model_required else None,
            status=self.status.currentData() if k.model_required else None,
            transformed=self.transformed.isChecked() if spot else None,
            transformed_on=pydate(self.transformed_on.date()) if spot and self.transformed.isChecked() else None,
            note=self.note.text() or None)


class SecurityPage(QWidget):
    ready = Signal()
    data_changed = Signal()
    status_message = Signal(str)

    def __init__(self, app: App) -> None:
        super().__init__()
        self.app = app
        self.today = vn_today()
        self.events: list = []
        self.activities: list = []
        self.assessment = None
        self.title = Heading()
        self.tabs = QTabWidget()
        # events
        self.events_tab = QWidget()
        self.event_count = hint_label()
        self.new_event = QPushButton()
        self.edit_event_button = QPushButton()
        self.edit_event_button.setEnabled(False)
        self.delete_event_button = QPushButton()
        self.delete_event_button.setEnabled(False)
        self.event_table = rows_table(5, stretch=4)
        self.event_details = QLabel()
        self.event_details.setWordWrap(True)
        self.event_details.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.event_count, 1)
        top.addWidget(self.delete_event_button)
        top.addWidget(self.edit_event_button)
        top.addWidget(self.new_event)
        ev = QVBoxLayout(self.events_tab)
        ev.addLayout(top)
        ev.addWidget(self.event_table, 3)
        ev.addWidget(self.event_details, 1)
        # activities
        self.activities_tab = QWidget()
        self.activity_count = hint_label()
        self.new_activity = QPushButton()
        self.edit_activity_button = QPushButton()
        self.edit_activity_button.setEnabled(False)
        self.activity_table = rows_table(5, stretch=2)
        arow = QHBoxLayout()
        arow.addWidget(self.activity_count, 1)
        arow.addWidget(self.edit_activity_button)
        arow.addWidget(self.new_activity)
        act = QVBoxLayout(self.activities_tab)
        act.addLayout(arow)
        act.addWidget(self.activity_table)
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
        self.new_event.clicked.connect(lambda: self.open_event_form())
        self.edit_event_button.clicked.connect(lambda: self.open_event_form(self.selected_event()))
        self.event_table.itemDoubleClicked.connect(lambda _i: self.open_event_form(self.selected_event()))
        self.delete_event_button.clicked.connect(self.delete_selected_event)
        self.activity_table.itemSelectionChanged.connect(
            lambda: self.edit_activity_button.setEnabled(self.selected_activity() is not None))
        self.new_activity.clicked.connect(lambda: self.open_activity_form())
        self.edit_activity_button.clicked.connect(lambda: self.open_activity_form(self.selected_activity()))
        self.activity_table.itemDoubleClicked.connect(
            lambda _i: self.open_activity_form(self.selected_activity()))
        self.year.currentIndexChanged.connect(self._assess)
        self.confirm.clicked.connect(lambda: self._decide(override=False))
        self.override.clicked.connect(lambda: self._decide(override=True))

    def retranslate_ui(self) -> None:
        self.title.setText(tr("Security and order"))
        self.tabs.setTabText(0, tr("Events"))
        self.tabs.setTabText(1, tr("Movement activities"))
        self.tabs.setTabText(2, tr("Yearly assessment"))
        self.new_event.setText(tr("Record an event…"))
        self.edit_event_button.setText(tr("Correct the event…"))
        self.delete_event_button.setText(tr("Move to the trash…"))
        self.new_activity.setText(tr("Record an activity…"))
        self.edit_activity_button.setText(tr("Correct the activity…"))
        self.confirm.setText(tr("Confirm the criterion"))
        self.override.setText(tr("Override with a reason…"))
        self.event_table.setHorizontalHeaderLabels([tr("Time"), tr("Type"), tr("Severity"), tr("Status"),
                                                    tr("Place")])
        self.activity_table.setHorizontalHeaderLabels([tr("Date"), tr("Activity"), tr("Title or topic"),
                                                       tr("Number"), tr("Status")])
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
            local = e.occurred_at.astimezone(VN_TZ)
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
                     "" if act.quantity is None else format_number(act.quantity), self._activity_state(act)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, act.id)
                a.setItem(i, col, item)
        self.activity_count.setText(tr("{count} activities recorded.", count=format_number(len(self.activities))))

    def _activity_state(self, act) -> str:  # noqa: ANN001 — ActivityView
        if act.kind == "hot_spot":
            return (tr("transformed on {date}", date=format_date(act.transformed_on)) if act.transformed_on
                    else tr("transformed") if act.transformed else tr("not transformed yet"))
        if act.status:
            return self._label(self.rules.model_statuses, act.status)
        return ""

    def selected_event(self):  # -> EventView | None
        rows = self.event_table.selectionModel().selectedRows()
        return self.events[rows[0].row()] if rows else None

    def selected_activity(self):  # -> ActivityView | None
        rows = self.activity_table.selectionModel().selectedRows()
        return self.activities[rows[0].row()] if rows else None

    def _show_event(self) -> None:
        e = self.selected_event()
        self.edit_event_button.setEnabled(e is not None)
        self.delete_event_button.setEnabled(e is not None)
        if e is None:
            self.event_details.clear()
            return
        lines = [e.description]
        if e.reported_at:
            lines.append(tr("Reported to {receiver} on {date}.", receiver=e.reported_to or "",
                            date=format_date(e.reported_at.astimezone(VN_TZ))))
        lines += [f"{p.position}. {p.full_name} ({tr(ROLES.get(p.role, p.role))})" for p in e.people]
        if e.mediation_case_number:
            lines.append(tr("Mediation case {number}", number=e.mediation_case_number))
        self.event_details.setText("\n".join(lines))

    def open_event_form(self, view=None) -> EventDialog:  # noqa: ANN001 — EventView to correct, or None
        """The event form, new or on ``view``; Save records or corrects it through the services (a refusal stays
        in the form, nothing saved)."""
        from desktop_app.services import register

        with self.app.uow() as uow:
            residents = register.list_residents(uow)
        dialog = EventDialog(self.rules, self.save_event if view is None
                             else lambda data: self.save_event(data, view=view), self, view=view,
                             residents=residents, data_dir=self.app.data_dir)
        dialog.open()
        self._dialog = dialog
        return dialog

    def save_event(self, data, *, view=None):  # noqa: ANN001, ANN201 — EventInput → EventView
        from desktop_app.services import security

        with self.app.uow() as uow:
            if view is None:
                saved = security.record_event(uow, data)
            else:
                saved = security.edit_event(uow, view.id, data, expected_version=view.version)
            uow.commit()
        self.data_changed.emit()
        self.refresh()
        self.select_event(saved.id)
        self.status_message.emit(tr("Event recorded.") if view is None else tr("Event updated."))
        return saved

    def _confirm(self, title: str, text: str, yes: str) -> bool:
        return confirm(self, title, text, yes)

    def delete_selected_event(self) -> bool:
        """Move the selected event to the trash after asking; a refusal (an event a mediation case came from)
        is shown and nothing changes. True when it went."""
        e = self.selected_event()
        if e is None:
            return False
        local = e.occurred_at.astimezone(VN_TZ)  # as the list shows it
        question = tr("Move the event of {date} at {time} ({place}) to the trash?\n\nDelete only an event recorded"
                      " by mistake; one that was dealt with stays in the log with its result. The Trash page can"
                      " restore it, and the commune stops counting it after the next bundle.",
                      date=format_date(local.date()), time=local.strftime("%H:%M"), place=e.place)
        if not self._confirm(tr("Delete an event"), question, tr("Move to the trash")):
            return False
        from desktop_app.services import security

        try:
            with self.app.uow() as uow:
                security.delete_event(uow, e.id)
                uow.commit()
        except Exception as exc:  # noqa: BLE001 — a refusal is shown, never raised into Qt
            show_error(self, exc)
            return False
        self.data_changed.emit()
        self.refresh()
        self.status_message.emit(tr("The event was moved to the trash."))
        return True

    def select_event(self, event_id: str) -> None:
        for i, e in enumerate(self.events):
            if e.id == event_id:
                self.event_table.selectRow(i)
                return

    def open_activity_form(self, view=None) -> ActivityDialog:  # noqa: ANN001 — ActivityView, or None
        dialog = ActivityDialog(self.rules, self.save_activity if view is None
                                else lambda data: self.save_activity(data, view=view), self, view=view,
                                data_dir=self.app.data_dir)
        dialog.open()
        self._dialog = dialog
        return dialog

    def save_activity(self, data, *, view=None):  # noqa: ANN001, ANN201 — ActivityInput → ActivityView
        from desktop_app.services import security

        with self.app.uow() as uow:
            if view is None:
                saved = security.record_activity(uow, data)
            else:
                saved = security.edit_activity(uow, view.id, data)
            uow.commit()
        self.data_changed.emit()
        self.refresh()
        for i, a in enumerate(self.activities):
            if a.id == saved.id:
                self.activity_table.selectRow(i)
        self.status_message.emit(tr("Activity recorded.") if view is None else tr("Activity updated."))
        return saved

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
