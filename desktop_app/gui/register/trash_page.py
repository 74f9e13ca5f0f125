"""The trash: people and households deleted by mistake, and the way back."""

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

from desktop_app.gui.common import show_error
from desktop_app.gui.register import labels
from desktop_app.i18n import format_number, tr
from desktop_app.services import register
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
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.people_label = QLabel(self)
        self.people_table = _table(self, 4, stretch=0)
        self.households_label = QLabel(self)
        self.households_table = _table(self, 4, stretch=1)
        self.restore_button = QPushButton(self)
        self.restore_button.setEnabled(False)

        people = QWidget(self)
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self.people_label)
        people_layout.addWidget(self.people_table)
        households = QWidget(self)
        households_layout = QVBoxLayout(households)
        households_layout.setContentsMargins(0, 0, 0, 0)
        households_layout.addWidget(self.households_label)
        households_layout.addWidget(self.households_table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(people)
        splitter.addWidget(households)
        splitter.setSizes([400, 200])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.people_table.itemSelectionChanged.connect(lambda: self._selected(self.people_table))
        self.households_table.itemSelectionChanged.connect(lambda: self._selected(self.households_table))
        self.people_table.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.households_table.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.restore_button.clicked.connect(self.restore_selected)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.intro.setText(tr("People and households deleted by mistake stay here. Select one and press"
                              " Restore to bring it back into the register."))
        self.people_table.setHorizontalHeaderLabels([tr("Full name"), tr("Date of birth"),
                                                     tr("Household no."), tr("Deleted on")])
        self.households_table.setHorizontalHeaderLabels([tr("Household no."), tr("Address"), tr("Head"),
                                                         tr("Deleted on")])
        self.restore_button.setText(tr("Restore"))
        self._update_titles()

    def _update_titles(self) -> None:
        self.people_label.setText(tr("People ({count})", count=format_number(len(self.residents))))
        self.households_label.setText(tr("Households ({count})", count=format_number(len(self.households))))

    def refresh(self) -> None:
        with self.app.uow() as uow:
            self.residents, self.households = register.trash(uow)
            people_rows = [(r.id, [r.full_name, labels.birth_label(r.birth_date), r.household_no,
                                   _deleted_at(uow, r.id)]) for r in self.residents]
            household_rows = [(h.id, [h.number, h.address or "", h.head_name or "", _deleted_at(uow, h.id)])
                              for h in self.households]
        for table, rows in ((self.people_table, people_rows), (self.households_table, household_rows)):
            table.setRowCount(len(rows))
            for i, (record_id, values) in enumerate(rows):
                for j, text in enumerate(values):
                    item = QTableWidgetItem(text)
                    item.setData(_ID, record_id)
                    table.setItem(i, j, item)
        self._update_titles()
        self.restore_button.setEnabled(False)

    def _selected(self, table: QTableWidget) -> None:
        other = self.households_table if table is self.people_table else self.people_table
        if table.selectedItems():
            other.blockSignals(True)
            other.clearSelection()
            other.blockSignals(False)
        chosen = self.people_table.selectedItems() or self.households_table.selectedItems()
        self.restore_button.setEnabled(bool(chosen))

    def select(self, record_id: str) -> None:
        for table in (self.people_table, self.households_table):
            for i in range(table.rowCount()):
                if table.item(i, 0).data(_ID) == record_id:
                    table.selectRow(i)
                    return
        raise KeyError(record_id)

    def restore_selected(self) -> None:
        person = self.people_table.selectedItems()
        household = self.households_table.selectedItems()
        if not person and not household:
            return
        record_id = (person or household)[0].data(_ID)
        try:
            with self.app.uow() as uow:
                if person:
                    view = register.restore_resident(uow, record_id)
                    message = tr("{name} is back in the register.", name=view.full_name)
                else:
                    hv = register.restore_household(uow, record_id)
                    message = tr("Household {number} is back in the register.", number=hv.number)
                uow.commit()
        except Exception as exc:  # noqa: BLE001 — e.g. the ID now belongs to someone else
            show_error(self, exc)
            return
        self.refresh()
        self.data_changed.emit()
        self.status_message.emit(message)
