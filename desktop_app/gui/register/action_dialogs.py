"""Small dialogs for the register's events: moving a person to another household, recording a death
or a move away. Each calls its service on OK and shows a refusal inline (the dialog stays open)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.clock import vn_today
from desktop_app.domain.people import Relation
from desktop_app.domain.vietnamese import fold
from desktop_app.gui.common import pydate, qdate
from desktop_app.gui.register import labels
from desktop_app.gui.register.forms import DATE_FORMAT, ErrorLine
from desktop_app.gui.register.resident_dialog import error_text
from desktop_app.i18n import tr
from desktop_app.services import register
from desktop_app.services.register import HouseholdView


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setMaximumDate(qdate(vn_today()))
    edit.setMinimumDate(QDate(1880, 1, 1))
    edit.setDate(qdate(vn_today()))
    return edit


class _ServiceDialog(QDialog):
    """OK runs ``_write(uow)``; a refusal stays in the dialog as a red line."""

    def __init__(self, app, resident_id: str, parent: QWidget | None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.app = app
        self.resident_id = resident_id
        self.setModal(True)
        with app.uow() as uow:
            self.resident = register.get_resident(uow, resident_id)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.error_line = ErrorLine(self)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(ok_cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error_line)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def retranslate_buttons(self, ok_text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))

    def _write(self, uow) -> None:  # noqa: ANN001
        raise NotImplementedError

    def save(self) -> None:
        self.error_line.clear_message()
        try:
            with self.app.uow() as uow:
                self._write(uow)
                uow.commit()
        except Exception as exc:  # noqa: BLE001 — shown in the dialog
            self.error_line.show_message(error_text(exc))
            return
        self.accept()


class LeaveDialog(_ServiceDialog):
    """Record a death (``kind="death"``) or a move away (``kind="move_out"``, with a destination)."""

    def __init__(self, app, resident_id: str, *, kind: str, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(app, resident_id, parent)
        if kind not in ("death", "move_out"):
            raise ValueError(kind)
        self.kind = kind
        self.date_label = QLabel(self)
        self.date_edit = _date_edit(self)
        self.date_label.setBuddy(self.date_edit)
        self.form.addRow(self.date_label, self.date_edit)
        self.destination_label = QLabel(self)
        self.destination_edit = QLineEdit(self)
        self.destination_edit.setMinimumWidth(320)
        self.destination_label.setBuddy(self.destination_edit)
        if kind == "move_out":
            self.form.addRow(self.destination_label, self.destination_edit)
        else:
            self.destination_label.hide()
            self.destination_edit.hide()
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        name = self.resident.full_name
        if self.kind == "death":
            self.setWindowTitle(tr("Record a death"))
            self.intro.setText(tr("{name} (household {number}) died. They stay in the register's history but"
                                  " leave the list of current residents.",
                                  name=name, number=self.resident.household_no))
            self.date_label.setText(tr("Date of &death"))
            self.retranslate_buttons(tr("Record the death"))
        else:
            self.setWindowTitle(tr("Record a move away"))
            self.intro.setText(tr("{name} (household {number}) moved away. They stay in the register's"
                                  " history but leave the list of current residents.", name=name,
                                  number=self.resident.household_no))
            self.date_label.setText(tr("Moved on"))
            self.destination_label.setText(tr("Moved &to"))
            self.destination_edit.setPlaceholderText(tr("e.g. Phường Bến Nghé, TP Hồ Chí Minh"))
            self.retranslate_buttons(tr("Record the move"))

    def on_date(self) -> dt.date:
        value = pydate(self.date_edit.date())
        assert value is not None
        return value

    def _write(self, uow) -> None:  # noqa: ANN001
        if self.kind == "death":
            register.record_death(uow, self.resident_id, on=self.on_date())
        else:
            register.record_move_out(uow, self.resident_id, on=self.on_date(),
                                     destination=self.destination_edit.text())


class MoveDialog(_ServiceDialog):
    """Move a person to another household, found by its number or its head's name."""

    def __init__(self, app, resident_id: str, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(app, resident_id, parent)
        with app.uow() as uow:
            self.households = [h for h in register.list_households(uow) if h.id != self.resident.household_id]
        self.find_edit = QLineEdit(self)
        self.find_edit.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setMinimumHeight(220)
        self.list.setUniformItemSizes(True)
        self.relation_label = QLabel(self)
        self.relation_combo = QComboBox(self)
        self.date_label = QLabel(self)
        self.date_edit = _date_edit(self)
        self.find_label = QLabel(self)
        self.find_label.setBuddy(self.find_edit)
        self.relation_label.setBuddy(self.relation_combo)
        self.date_label.setBuddy(self.date_edit)
        self.form.addRow(self.find_label, self.find_edit)
        self.form.addRow(self.list)
        self.form.addRow(self.relation_label, self.relation_combo)
        self.form.addRow(self.date_label, self.date_edit)
        self.setMinimumSize(520, 460)
        self.find_edit.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(self._update_ok)
        self.list.itemDoubleClicked.connect(lambda *_: self.save())
        self.retranslate_ui()
        self._fill()
        self.find_edit.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(tr("Move to another household"))
        self.intro.setText(tr("Move {name} from household {number} to:", name=self.resident.full_name,
                              number=self.resident.household_no))
        self.find_label.setText(tr("&Find"))
        self.find_edit.setPlaceholderText(tr("Household number or the head's name"))
        self.relation_label.setText(tr("&Relation to the new head"))
        self.date_label.setText(tr("Moved on"))
        current = self.relation_combo.currentData() or Relation.OTHER.value
        self.relation_combo.clear()
        for rel in Relation:
            if rel is not Relation.HEAD:
                self.relation_combo.addItem(labels.relation_label(rel), rel.value)
        self.relation_combo.setCurrentIndex(max(0, self.relation_combo.findData(current)))
        self.retranslate_buttons(tr("Move"))
        self._fill()

    def _label(self, h: HouseholdView) -> str:
        head = h.head_name or tr("no head")
        text = tr("Household {number} — {head}", number=h.number, head=head)
        return f"{text} ({h.address})" if h.address else text

    def _fill(self) -> None:
        selected = self.selected_household_id()
        self.list.clear()
        for h in self.households:
            item = QListWidgetItem(self._label(h))
            item.setData(Qt.ItemDataRole.UserRole, h.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, f"{fold(h.number)} {fold(h.head_name or '')}")
            self.list.addItem(item)
            if h.id == selected:
                self.list.setCurrentItem(item)
        self._filter(self.find_edit.text())

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        first_visible = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            key = item.data(Qt.ItemDataRole.UserRole + 1)
            # The number matches from its start ("1" finds 1, 12, 105); name words anywhere.
            visible = all(f" {w}" in f" {key}" for w in words)
            item.setHidden(not visible)
            if visible and first_visible is None:
                first_visible = item
        current = self.list.currentItem()
        if (current is None or current.isHidden()) and first_visible is not None and words:
            self.list.setCurrentItem(first_visible)
        self._update_ok()

    def selected_household_id(self) -> str | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and not item.isHidden() else None

    def select_household(self, number: str) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            hid = item.data(Qt.ItemDataRole.UserRole)
            if any(h.id == hid and h.number == number for h in self.households):
                item.setHidden(False)
                self.list.setCurrentItem(item)
                return
        raise KeyError(number)

    def _update_ok(self, *_: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.selected_household_id() is not None)

    def _write(self, uow) -> None:  # noqa: ANN001
        target = self.selected_household_id()
        if target is None:
            return
        register.move_resident(uow, self.resident_id, to_household_id=target,
                               on=pydate(self.date_edit.date()),
                               relation=Relation(self.relation_combo.currentData() or Relation.OTHER.value))
