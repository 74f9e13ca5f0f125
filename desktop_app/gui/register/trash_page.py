"""The trash: people, households, meetings and security-order events deleted by mistake, and the way back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.clock import VN_TZ
from desktop_app.domain.units import UnitKind
from desktop_app.gui.common import show_error
from desktop_app.gui.register import labels
from desktop_app.i18n import format_date, format_number, tr
from desktop_app.services import meetings, register, security
from desktop_app.services.register import HouseholdView, ResidentView

_ID = Qt.ItemDataRole.UserRole


def _deleted_at(uow, record_id: str) -> str:  # noqa: ANN001
    """When the record went to the trash: its latest "delete" in the audit log."""
    deletes = [e for e in uow.history(record_id) if e.action == "delete"]
    return labels.local_time(deletes[-1].at) if deletes else ""


def _table(parent: QWidget, columns: int, *, stretch: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


class TrashPage(QWidget):
    data_changed = Signal()
    status_message = Signal(str)

    def __init__(self, app, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.app = app
        self.residents: list[ResidentView] = []
        self.households: list[HouseholdView] = []
        self.meetings: list = []  # meetings.MeetingRow
        self.events: list = []  # security.EventView
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.people_label = QLabel(self)
        self.people_table = _table(self, 4, stretch=0)
        self.households_label = QLabel(self)
        self.households_table = _table(self, 4, stretch=1)
        self.meetings_label = QLabel(self)
        self.meetings_table = _table(self, 4, stretch=2)
        self.events_label = QLabel(self)
        self.events_table = _table(self, 4, stretch=2)
        self.tables = (self.people_table, self.households_table, self.meetings_table, self.events_table)
        self.restore_button = QPushButton(self)
        self.restore_button.setEnabled(False)

        register_side = QSplitter(Qt.Orientation.Vertical, self)
        records_side = QSplitter(Qt.Orientation.Vertical, self)
        self.boxes: dict[QTableWidget, QWidget] = {}
        for side, label, table in ((register_side, self.people_label, self.people_table),
                                   (register_side, self.households_label, self.households_table),
                                   (records_side, self.meetings_label, self.meetings_table),
                                   (records_side, self.events_label, self.events_table)):
            box = QWidget(self)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(label)
            box_layout.addWidget(table)
            side.addWidget(box)
            self.boxes[table] = box
        # Security and order is a hamlet's area (the window has no such page in a commune's copy): no list here.
        self.boxes[self.events_table].setVisible(self._keeps_events())
        register_side.setSizes([400, 200])
        records_side.setSizes([300, 300])
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(register_side)
        splitter.addWidget(records_side)
        splitter.setSizes([683, 683])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        for table in self.tables:
            table.itemSelectionChanged.connect(lambda t=table: self._selected(t))
            table.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.restore_button.clicked.connect(self.restore_selected)
        self.retranslate_ui()
        self.refresh()

    def _keeps_events(self) -> bool:
        return self.app.unit is not None and self.app.unit.kind is not UnitKind.COMMUNE

    def retranslate_ui(self) -> None:
        if self._keeps_events():
            self.intro.setText(tr("People, households, meetings and security-order events deleted by mistake stay"
                                  " here. Select one and press Restore to bring it back."))
        else:
            self.intro.setText(tr("People, households and meetings deleted by mistake stay here. Select one and"
                                  " press Restore to bring it back."))
        self.people_table.setHorizontalHeaderLabels([tr("Full name"), tr("Date of birth"),
                                                     tr("Household no."), tr("Deleted on")])
        self.households_table.setHorizontalHeaderLabels([tr("Household no."), tr("Address"), tr("Head"),
                                                         tr("Deleted on")])
        self.meetings_table.setHorizontalHeaderLabels([tr("No."), tr("Date"), tr("Meeting"), tr("Deleted on")])
        self.events_table.setHorizontalHeaderLabels([tr("Time"), tr("Type"), tr("Place"), tr("Deleted on")])
        self.restore_button.setText(tr("Restore"))
        self._update_titles()

    def _update_titles(self) -> None:
        self.people_label.setText(tr("People ({count})", count=format_number(len(self.residents))))
        self.households_label.setText(tr("Households ({count})", count=format_number(len(self.households))))
        self.meetings_label.setText(tr("Meetings ({count})", count=format_number(len(self.meetings))))
        self.events_label.setText(tr("Security-order events ({count})", count=format_number(len(self.events))))

    def refresh(self) -> None:
        types = security.rules().types
        with self.app.uow() as uow:
            self.residents, self.households = register.trash(uow)
            self.meetings = meetings.trash(uow, viewer=self.app.profile) if self.app.unit else []
            self.events = security.trash(uow) if self._keeps_events() else []
            people_rows = [(r.id, [r.full_name, labels.birth_label(r.birth_date), r.household_no,
                                   _deleted_at(uow, r.id)]) for r in self.residents]
            household_rows = [(h.id, [h.number, h.address or "", h.head_name or "", _deleted_at(uow, h.id)])
                              for h in self.households]
            meeting_rows = [(m.id, [m.number, format_date(m.date), m.title, _deleted_at(uow, m.id)])
                            for m in self.meetings]
            event_rows = [(e.id, [f"{format_date(e.occurred_at.astimezone(VN_TZ).date())}"
                                  f" {e.occurred_at.astimezone(VN_TZ):%H:%M}",
                                  types[e.type].label if e.type in types else e.type, e.place,
                                  _deleted_at(uow, e.id)]) for e in self.events]
        for table, rows in ((self.people_table, people_rows), (self.households_table, household_rows),
                            (self.meetings_table, meeting_rows), (self.events_table, event_rows)):
            table.setRowCount(len(rows))
            for i, (record_id, values) in enumerate(rows):
                for j, text in enumerate(values):
                    item = QTableWidgetItem(text)
                    item.setData(_ID, record_id)
                    table.setItem(i, j, item)
        self._update_titles()
        self.restore_button.setEnabled(False)

    def _selected(self, table: QTableWidget) -> None:
        if table.selectedItems():
            for other in self.tables:
                if other is not table:
                    other.blockSignals(True)
                    other.clearSelection()
                    other.blockSignals(False)
        self.restore_button.setEnabled(any(t.selectedItems() for t in self.tables))

    def select(self, record_id: str) -> None:
        for table in self.tables:
            for i in range(table.rowCount()):
                if table.item(i, 0).data(_ID) == record_id:
                    table.selectRow(i)
                    return
        raise KeyError(record_id)

    def restore_selected(self) -> None:
        chosen = next((t for t in self.tables if t.selectedItems()), None)
        if chosen is None:
            return
        record_id = chosen.selectedItems()[0].data(_ID)
        try:
            with self.app.uow() as uow:
                if chosen is self.people_table:
                    view = register.restore_resident(uow, record_id)
                    message = tr("{name} is back in the register.", name=view.full_name)
                elif chosen is self.households_table:
                    hv = register.restore_household(uow, record_id)
                    message = tr("Household {number} is back in the register.", number=hv.number)
                elif chosen is self.meetings_table:
                    row = meetings.restore_meeting(uow, record_id, viewer=self.app.profile)
                    message = tr("Meeting {number} is back in the book.", number=row.number)
                else:
                    security.restore_event(uow, record_id)
                    message = tr("Event restored to the log.")
                uow.commit()
        except Exception as exc:  # noqa: BLE001 — e.g. the ID now belongs to someone else
            show_error(self, exc)
            return
        self.refresh()
        self.data_changed.emit()
        self.status_message.emit(message)
