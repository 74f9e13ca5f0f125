"""The right-hand panel of the register: the selected person, their household and their history."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.clock import vn_today
from desktop_app.domain.errors import NotFound
from desktop_app.domain.people import ResidenceType, ResidentStatus
from desktop_app.gui.register import labels
from desktop_app.i18n import format_date, tr
from desktop_app.services.views import HouseholdView, ResidentView

if TYPE_CHECKING:
    from desktop_app.services.register import EventView


@dataclass(frozen=True)
class ResidentDetails:
    resident: ResidentView
    household: HouseholdView
    members: list[ResidentView]
    events: list[EventView]


def load_details(app, resident_id: str) -> ResidentDetails | None:  # noqa: ANN001
    # Imported here: the register's write side needs the ORM, which the window loads after its first page.
    from desktop_app.services import register

    with app.uow() as uow:
        try:
            r = register.get_resident(uow, resident_id)
            h = register.household_view(uow, r.household_id)
            members = register.household_members(uow, r.household_id)
            events = register.resident_events(uow, resident_id)
        except NotFound:
            return None
    return ResidentDetails(r, h, members, events)


def _value_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def _action_button(action: QAction, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


class DetailPanel(QScrollArea):
    """Shows one person (``show_resident``); buttons are the page's actions, so they share its enabling."""

    member_activated = Signal(str)  # a resident id from the household's member list

    def __init__(self, app, actions: dict[str, QAction], parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.app = app
        self.details: ResidentDetails | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(8, 4, 8, 8)

        self.empty_label = QLabel(body)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #666;")
        outer.addWidget(self.empty_label)

        self.content = QWidget(body)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.content)
        outer.addStretch(1)

        self.name_label = _value_label(self.content)
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        self.status_label = _value_label(self.content)
        layout.addWidget(self.name_label)
        layout.addWidget(self.status_label)

        self.person_form = QFormLayout()
        self.person_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.person_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self._keys = ("birth_date", "sex", "personal_id", "relation", "residence", "phone", "note")
        self._row_labels: dict[str, QLabel] = {}
        self._values: dict[str, QLabel] = {}
        for key in self._keys:
            self._row_labels[key] = QLabel(self.content)
            self._values[key] = _value_label(self.content)
            self.person_form.addRow(self._row_labels[key], self._values[key])
        layout.addLayout(self.person_form)

        person_buttons = QGridLayout()
        person_buttons.setSpacing(4)
        for i, name in enumerate(("edit_person", "history")):
            person_buttons.addWidget(_action_button(actions[name], self.content), 0, i)
        layout.addLayout(person_buttons)

        self.household_box = QGroupBox(self.content)
        hh_layout = QVBoxLayout(self.household_box)
        self.household_form = QFormLayout()
        self.address_row, self.address_value = QLabel(self.household_box), _value_label(self.household_box)
        self.head_row, self.head_value = QLabel(self.household_box), _value_label(self.household_box)
        self.household_form.addRow(self.address_row, self.address_value)
        self.household_form.addRow(self.head_row, self.head_value)
        hh_layout.addLayout(self.household_form)
        self.members_label = QLabel(self.household_box)
        hh_layout.addWidget(self.members_label)
        self.members = QListWidget(self.household_box)
        self.members.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.members.setUniformItemSizes(True)
        self.members.itemActivated.connect(self._member_activated)
        hh_layout.addWidget(self.members)
        household_buttons = QGridLayout()
        household_buttons.setSpacing(4)
        for i, name in enumerate(("add_person", "edit_household")):
            household_buttons.addWidget(_action_button(actions[name], self.household_box), 0, i)
        hh_layout.addLayout(household_buttons)
        layout.addWidget(self.household_box)

        self.events_box = QGroupBox(self.content)
        ev_layout = QVBoxLayout(self.events_box)
        self.events_label = _value_label(self.events_box)
        self.events_label.setTextFormat(Qt.TextFormat.PlainText)
        ev_layout.addWidget(self.events_label)
        layout.addWidget(self.events_box)

        self.setMinimumWidth(280)
        self.retranslate_ui()

    # --- texts -------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.empty_label.setText(tr("Choose a person in the list to see their details and household."))
        row_texts = {
            "birth_date": tr("Date of birth"), "sex": tr("Sex"), "personal_id": tr("Personal ID"),
            "relation": tr("Relation to head"), "residence": tr("Residence"), "phone": tr("Phone"),
            "note": tr("Note"),
        }
        for key, text in row_texts.items():
            self._row_labels[key].setText(text)
        self.address_row.setText(tr("Address"))
        self.head_row.setText(tr("Head"))
        self.events_box.setTitle(tr("Life events"))
        self._fill()

    # --- content ------------------------------------------------------------------------------------

    def resident_id(self) -> str | None:
        return self.details.resident.id if self.details else None

    def show_resident(self, resident_id: str | None) -> None:
        self.details = load_details(self.app, resident_id) if resident_id else None
        self._fill()

    def _fill(self) -> None:
        d = self.details
        self.empty_label.setVisible(d is None)
        self.content.setVisible(d is not None)
        if d is None:
            return
        r, h = d.resident, d.household
        self.name_label.setText(r.full_name)
        self.status_label.setText(self._status_text(r))
        self.status_label.setStyleSheet("" if r.status is ResidentStatus.PRESENT else "color: #b3261e;")
        birth = labels.birth_label(r.birth_date)
        if r.birth_date and r.status is ResidentStatus.PRESENT:
            birth = tr("{date} ({age} years old)", date=birth, age=r.birth_date.age_on(vn_today()))
        values = {
            "birth_date": birth,
            "sex": labels.sex_label(r.sex),
            "personal_id": r.personal_id or "—",
            "relation": labels.relation_label(r.relation, r.sex),
            "residence": self._residence_text(r),
            "phone": r.phone or "—",
            "note": r.note or "—",
        }
        for key, text in values.items():
            self._values[key].setText(text or "—")

        self.household_box.setTitle(tr("Household {number}", number=h.number))
        self.address_value.setText(h.address or "—")
        self.head_value.setText(h.head_name or "—")
        self.members_label.setText(tr("Members ({count})", count=len(d.members)))
        self.members.clear()
        for m in d.members:
            year = f", {m.birth_date.year}" if m.birth_date else ""
            item = QListWidgetItem(f"{m.full_name} — {labels.relation_label(m.relation, m.sex)}{year}")
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setToolTip(item.text())
            if m.id == r.id:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.members.addItem(item)
        row_height = max(self.members.sizeHintForRow(0), self.members.fontMetrics().height() + 4)
        rows = min(max(len(d.members), 1), 8)
        self.members.setFixedHeight(row_height * rows + 2 * self.members.frameWidth() + 4)

        lines = [f"{format_date(e.on_date)}  {self._event_text(e)}" for e in d.events]
        self.events_label.setText("\n".join(lines) if lines else tr("No events recorded."))

    def _status_text(self, r: ResidentView) -> str:
        if r.status is ResidentStatus.PRESENT:
            return tr("Lives in household {number}", number=r.household_no)
        when = format_date(r.status_date) if r.status_date else ""
        return f"{labels.status_label(r.status)} {when}".strip()

    @staticmethod
    def _residence_text(r: ResidentView) -> str:
        text = labels.residence_label(r.residence_type)
        if r.residence_from and r.residence_to:
            return tr("{type}, {start} – {end}", type=text, start=format_date(r.residence_from),
                      end=format_date(r.residence_to))
        if r.residence_to:
            return tr("{type}, until {end}", type=text, end=format_date(r.residence_to))
        if r.residence_from and r.residence_type is not ResidenceType.PERMANENT:
            return tr("{type}, since {start}", type=text, start=format_date(r.residence_from))
        return text

    @staticmethod
    def _event_text(e: EventView) -> str:
        text = labels.event_label(e.kind)
        d = e.details
        if d.get("from_household") and d.get("to_household"):
            text += " " + tr("(household {old} → {new})", old=d["from_household"], new=d["to_household"])
        if d.get("destination"):
            text += " " + tr("(to {place})", place=d["destination"])
        return text

    def _member_activated(self, item: QListWidgetItem) -> None:
        rid = item.data(Qt.ItemDataRole.UserRole)
        if rid:
            self.member_activated.emit(rid)
