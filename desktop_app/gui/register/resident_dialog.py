"""The form for one person, and the dialog that adds a person to a household or edits one.

Saving calls the register service inside one unit of work; a refusal (``SothonError``) is shown in a
red line that names the field, the field gets the focus, the dialog stays open and nothing is written.
What is typed is autosaved as a draft (``services.drafts``) and offered back after a crash.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import SothonError, ValidationError
from desktop_app.domain.people import BirthDate, Relation, ResidenceType, ResidentInput, Sex
from desktop_app.domain.vietnamese import fold
from desktop_app.gui.common import message_for
from desktop_app.gui.register import labels
from desktop_app.gui.register.forms import DraftBanner, DraftKeeper, ErrorLine, OptionalDateEdit, mark_invalid
from desktop_app.i18n import N_, tr
from desktop_app.services import register
from desktop_app.services.register import EventKind

# Why a person enters a household's list (the event recorded in their history).
REASONS = (
    (EventKind.REGISTERED, N_("Entering them in the register")),
    (EventKind.BIRTH, N_("Newborn")),
    (EventKind.MOVE_IN, N_("Moved in")),
)


class ResidentForm(QWidget):
    """One person's fields. ``to_input()`` reads them (raising ``ValidationError`` for a date of birth
    that cannot be read); ``values()``/``set_values()`` carry the raw text for drafts."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, head_form: bool = False) -> None:
        super().__init__(parent)
        self._head_form = head_form
        self._is_head = head_form
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(120)
        self.birth_edit = QLineEdit(self)
        self.birth_edit.setMaxLength(10)
        self.male_radio = QRadioButton(self)
        self.female_radio = QRadioButton(self)
        self.sex_group = QButtonGroup(self)
        self.sex_group.addButton(self.male_radio)
        self.sex_group.addButton(self.female_radio)
        self.sex_box = QWidget(self)
        sex_layout = QHBoxLayout(self.sex_box)
        sex_layout.setContentsMargins(0, 0, 0, 0)
        sex_layout.addWidget(self.male_radio)
        sex_layout.addWidget(self.female_radio)
        sex_layout.addStretch(1)
        self.personal_id_edit = QLineEdit(self)
        self.personal_id_edit.setMaxLength(16)  # 12 digits, plus the spaces people type between groups
        self.relation_combo = QComboBox(self)
        self.residence_combo = QComboBox(self)
        self.from_edit = OptionalDateEdit(self)
        self.to_edit = OptionalDateEdit(self)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setMaxLength(15)
        self.note_edit = QLineEdit(self)

        for w in (self.name_edit, self.birth_edit, self.personal_id_edit, self.phone_edit):
            w.setMinimumWidth(260)
        self.birth_edit.setMaximumWidth(160)
        self.personal_id_edit.setMaximumWidth(200)
        self.phone_edit.setMaximumWidth(200)

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._labels: dict[str, QLabel] = {}
        rows = [
            ("full_name", self.name_edit), ("birth_date", self.birth_edit), ("sex", self.sex_box),
            ("personal_id", self.personal_id_edit), ("relation", self.relation_combo),
            ("residence_type", self.residence_combo), ("residence_from", self.from_edit),
            ("residence_to", self.to_edit), ("phone", self.phone_edit), ("note", self.note_edit),
        ]
        for key, widget in rows:
            label = QLabel(self)
            label.setBuddy(widget if key != "sex" else self.male_radio)
            self._labels[key] = label
            self.form.addRow(label, widget)
        self._widgets = dict(rows)
        self._widgets["sex"] = self.male_radio
        if head_form:
            self.form.setRowVisible(self.relation_combo, False)

        for w in (self.name_edit, self.birth_edit, self.personal_id_edit, self.phone_edit, self.note_edit):
            w.textChanged.connect(self.changed)
        self.sex_group.buttonToggled.connect(lambda *_: self.changed.emit())
        self.relation_combo.currentIndexChanged.connect(self.changed)
        self.residence_combo.currentIndexChanged.connect(self.changed)
        self.from_edit.changed.connect(self.changed)
        self.to_edit.changed.connect(self.changed)
        self.retranslate_ui()
        self._fill_combos(Relation.OTHER, ResidenceType.PERMANENT)

    # --- texts ----------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        texts = {
            "full_name": tr("Full &name"), "birth_date": tr("Date of &birth"), "sex": tr("Sex"),
            "personal_id": tr("Personal &ID number"), "relation": tr("&Relation to the head"),
            "residence_type": tr("Re&sidence"), "residence_from": tr("Resident &from"),
            "residence_to": tr("Resident &until"), "phone": tr("&Phone"), "note": tr("N&ote"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.name_edit.setPlaceholderText(tr("Family name first, e.g. Nguyễn Văn An"))
        self.birth_edit.setPlaceholderText(tr("dd/mm/yyyy or the year"))
        self.birth_edit.setToolTip(tr("Type the full date (05/01/1980), or only the year (1950) if that is"
                                      " all that is known."))
        self.male_radio.setText(labels.sex_label(Sex.MALE))
        self.female_radio.setText(labels.sex_label(Sex.FEMALE))
        self.personal_id_edit.setPlaceholderText(tr("12 digits from the ID card"))
        self.phone_edit.setPlaceholderText(tr("10 digits, starting with 0"))
        self.to_edit.setToolTip(tr("For temporary residence: the day the registration ends"))
        self.from_edit.retranslate_ui()
        self.to_edit.retranslate_ui()
        self._fill_combos(self.relation(), self.residence_type())

    def _fill_combos(self, relation: Relation, residence: ResidenceType) -> None:
        for combo in (self.relation_combo, self.residence_combo):
            combo.blockSignals(True)
        self.relation_combo.clear()
        for rel in Relation:
            if rel is Relation.HEAD and not self._is_head:
                continue  # a head is chosen with "Set as household head", not typed here
            self.relation_combo.addItem(labels.relation_label(rel), rel.value)
        self.residence_combo.clear()
        for rtype in ResidenceType:
            self.residence_combo.addItem(labels.residence_label(rtype), rtype.value)
        self._select(self.relation_combo, relation.value)
        self._select(self.residence_combo, residence.value)
        for combo in (self.relation_combo, self.residence_combo):
            combo.blockSignals(False)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        i = combo.findData(value)
        combo.setCurrentIndex(max(i, 0))

    # --- values ---------------------------------------------------------------------------------------

    def set_is_head(self, is_head: bool) -> None:
        """The head's relation is fixed ("Household head"): the combo shows it and cannot change it."""
        self._is_head = is_head
        self._fill_combos(Relation.HEAD if is_head else self.relation(), self.residence_type())
        self.relation_combo.setEnabled(not is_head)
        if is_head:
            self.relation_combo.setToolTip(
                tr("To make someone else the head, select them and use \"Make head\"."))

    def relation(self) -> Relation:
        value = self.relation_combo.currentData()
        return Relation(value) if value else (Relation.HEAD if self._head_form else Relation.OTHER)

    def residence_type(self) -> ResidenceType:
        value = self.residence_combo.currentData()
        return ResidenceType(value) if value else ResidenceType.PERMANENT

    def sex(self) -> Sex | None:
        if self.male_radio.isChecked():
            return Sex.MALE
        if self.female_radio.isChecked():
            return Sex.FEMALE
        return None

    def set_resident(self, r: register.ResidentView | ResidentInput) -> None:
        self.name_edit.setText(r.full_name)
        self.birth_edit.setText(r.birth_date.display() if r.birth_date else "")
        self._set_sex(r.sex.value if r.sex else None)
        self.personal_id_edit.setText(r.personal_id or "")
        self._fill_combos(r.relation, r.residence_type)
        self.from_edit.set_value(r.residence_from)
        self.to_edit.set_value(r.residence_to)
        self.phone_edit.setText(r.phone or "")
        self.note_edit.setText(r.note or "")

    def _set_sex(self, value: str | None) -> None:
        self.sex_group.setExclusive(False)
        self.male_radio.setChecked(value == Sex.MALE.value)
        self.female_radio.setChecked(value == Sex.FEMALE.value)
        self.sex_group.setExclusive(True)

    def to_input(self) -> ResidentInput:
        try:
            birth = BirthDate.parse(self.birth_edit.text())
        except ValidationError as exc:
            raise ValidationError(exc.code, **{**exc.params, "field": "birth_date"}) from None
        return ResidentInput(
            full_name=self.name_edit.text(),
            birth_date=birth,
            sex=self.sex(),
            personal_id=self.personal_id_edit.text().strip() or None,
            relation=Relation.HEAD if self._head_form else self.relation(),
            residence_type=self.residence_type(),
            residence_from=self.from_edit.value(),
            residence_to=self.to_edit.value(),
            phone=self.phone_edit.text().strip() or None,
            note=self.note_edit.text().strip() or None,
        )

    def values(self) -> dict[str, Any]:
        return {
            "full_name": self.name_edit.text(),
            "birth_date": self.birth_edit.text(),
            "sex": self.sex().value if self.sex() else None,
            "personal_id": self.personal_id_edit.text(),
            "relation": self.relation().value,
            "residence_type": self.residence_type().value,
            "residence_from": _iso(self.from_edit.value()),
            "residence_to": _iso(self.to_edit.value()),
            "phone": self.phone_edit.text(),
            "note": self.note_edit.text(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        self.name_edit.setText(str(values.get("full_name") or ""))
        self.birth_edit.setText(str(values.get("birth_date") or ""))
        self._set_sex(values.get("sex"))
        self.personal_id_edit.setText(str(values.get("personal_id") or ""))
        relation = _enum(Relation, values.get("relation"), Relation.OTHER)
        if relation is Relation.HEAD and not self._is_head:
            relation = Relation.OTHER
        residence = _enum(ResidenceType, values.get("residence_type"), ResidenceType.PERMANENT)
        self._fill_combos(relation, residence)
        self.from_edit.set_value(_date(values.get("residence_from")))
        self.to_edit.set_value(_date(values.get("residence_to")))
        self.phone_edit.setText(str(values.get("phone") or ""))
        self.note_edit.setText(str(values.get("note") or ""))

    # --- errors ---------------------------------------------------------------------------------------

    def widget_for(self, field: str | None) -> QWidget | None:
        return self._widgets.get(field or "")

    def clear_marks(self) -> None:
        for key, widget in self._widgets.items():
            mark_invalid(self.sex_box if key == "sex" else widget, False)

    def mark(self, field: str | None) -> bool:
        """Highlight ``field`` and give it the focus; False when the field is not on this form."""
        widget = self.widget_for(field)
        if widget is None:
            return False
        mark_invalid(self.sex_box if field == "sex" else widget, True)
        if isinstance(widget, OptionalDateEdit):
            widget.edit.setFocus()
        else:
            widget.setFocus()
        return True


def error_text(exc: BaseException) -> str:
    """The refusal's message, prefixed with the field it is about ("Personal ID number: …")."""
    message = message_for(exc)
    field = exc.params.get("field") if isinstance(exc, SothonError) else None
    if not field or field not in labels.FIELD:
        return message
    name = labels.field_label(field)
    if fold(name) in fold(message):
        return message  # the message already names the field ("The personal ID number … has 11 digits")
    return tr("{field}: {message}", field=name, message=message)


class ResidentDialog(QDialog):
    """Add a person to a household (``household_id``) or edit one (``resident_id``).

    On success the dialog is accepted and ``resident_id`` holds the person's id.
    """

    def __init__(self, app, *, household_id: str | None = None, resident_id: str | None = None,  # noqa: ANN001
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if (household_id is None) == (resident_id is None):
            raise ValueError("give either household_id (add) or resident_id (edit)")
        self.app = app
        self.household_id = household_id
        self.resident_id = resident_id
        self._name = ""
        self._household_no = ""
        self.setModal(True)

        self.banner = DraftBanner(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.reason_label = QLabel(self)
        self.reason_combo = QComboBox(self)
        self.form = ResidentForm(self)
        self.error_line = ErrorLine(self)
        save_cancel = QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(save_cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.intro)
        reason_row = QFormLayout()
        reason_row.setContentsMargins(0, 0, 0, 0)
        reason_row.addRow(self.reason_label, self.reason_combo)
        layout.addLayout(reason_row)
        layout.addWidget(self.form)
        layout.addWidget(self.error_line)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        if resident_id is not None:
            with app.uow() as uow:
                r = register.get_resident(uow, resident_id)
                h = register.household_view(uow, r.household_id)
            self._name = r.full_name
            self._household_no = r.household_no
            self.form.set_is_head(h.head_id == r.id)
            self.form.set_resident(r)
            self.reason_label.hide()
            self.reason_combo.hide()
            key = f"edit-resident:{resident_id}"
        else:
            with app.uow() as uow:
                self._household_no = register.household_view(uow, household_id).number
            child = self.form.relation_combo.findData(Relation.CHILD.value)
            self.form.relation_combo.setCurrentIndex(max(0, child))
            key = f"add-resident:{household_id}"
        self.retranslate_ui()

        self.drafts = DraftKeeper(app.data_dir, key, values=self._values, apply=self._apply_values,
                                  banner=self.banner, parent=self, correcting=resident_id is not None)
        self.form.changed.connect(self.drafts.changed)
        self.reason_combo.currentIndexChanged.connect(self.drafts.changed)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.drafts.start()
        self.form.name_edit.setFocus()

    def retranslate_ui(self) -> None:
        if self.resident_id is not None:
            self.setWindowTitle(tr("Edit a person"))
            self.intro.setText(tr("{name}, household {number}", name=self._name, number=self._household_no))
        else:
            self.setWindowTitle(tr("Add a person to household {number}", number=self._household_no))
            self.intro.setText(tr("The person joins household {number}. Fields other than the name and sex"
                                  " may be left empty and filled in later.", number=self._household_no))
        self.reason_label.setText(tr("Reason"))
        current = self.reason_combo.currentData()
        self.reason_combo.blockSignals(True)
        self.reason_combo.clear()
        for kind, text in REASONS:
            self.reason_combo.addItem(tr(text), kind)
        i = self.reason_combo.findData(current)
        self.reason_combo.setCurrentIndex(max(0, i))
        self.reason_combo.blockSignals(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.form.retranslate_ui()
        self.banner.retranslate_ui()

    def reason(self) -> str:
        return self.reason_combo.currentData() or EventKind.REGISTERED

    def set_reason(self, kind: str) -> None:
        self.reason_combo.setCurrentIndex(max(0, self.reason_combo.findData(kind)))

    def _values(self) -> dict[str, Any]:
        values = self.form.values()
        if self.resident_id is None:
            values["event"] = self.reason()
        return values

    def _apply_values(self, values: dict[str, Any]) -> None:
        self.form.set_values(values)
        if values.get("event"):
            self.set_reason(str(values["event"]))

    def save(self) -> None:
        self.error_line.clear_message()
        self.form.clear_marks()
        try:
            data = self.form.to_input()
            with self.app.uow() as uow:
                if self.resident_id is not None:
                    view = register.update_resident(uow, self.resident_id, data)
                else:
                    kind = self.reason()
                    on = data.residence_from if kind == EventKind.MOVE_IN else None
                    view = register.add_resident(uow, household_id=self.household_id, data=data, event=kind,
                                                 on=on)
                uow.commit()
        except Exception as exc:  # noqa: BLE001 — every refusal is shown in the dialog, which stays open
            self.show_error(exc)
            return
        self.resident_id = view.id
        self.drafts.discard()
        self.drafts.stop()
        self.accept()

    def show_error(self, exc: BaseException) -> None:
        self.error_line.show_message(error_text(exc))
        field = exc.params.get("field") if isinstance(exc, SothonError) else None
        self.form.mark(field)

    def reject(self) -> None:
        # Keep what was typed: the draft is offered again next time (Discard in the banner drops it).
        self.drafts.flush()
        self.drafts.stop()
        super().reject()


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _enum(kind, value: object, default):  # noqa: ANN001, ANN202
    try:
        return kind(value) if value else default
    except ValueError:
        return default

