"""A new household (its number, address, note and its head), or a household's own fields edited."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import SothonError
from desktop_app.gui.register.forms import DraftBanner, DraftKeeper, ErrorLine, mark_invalid
from desktop_app.gui.register.resident_dialog import ResidentForm, error_text
from desktop_app.i18n import tr
from desktop_app.services import register
from desktop_app.services.register import household_number_key

_HOUSEHOLD_FIELDS = ("number", "household_no", "address", "note")


def next_household_number(numbers: list[str]) -> str:
    """One more than the highest plain number in use ("1" for the first household)."""
    highest = max((household_number_key(n)[0][1] for n in numbers if n.isdigit()), default=0)
    return str(highest + 1)


class HouseholdDialog(QDialog):
    """Create a household with its head (no ``household_id``), or edit one's number, address and note.

    On success the dialog is accepted; ``household_id`` and (when created) ``head_id`` are set.
    """

    def __init__(self, app, *, household_id: str | None = None, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.app = app
        self.household_id = household_id
        self.head_id: str | None = None
        self._number = ""
        self.setModal(True)

        self.banner = DraftBanner(self)
        self.household_box = QGroupBox(self)
        self.number_edit = QLineEdit(self)
        self.number_edit.setMaxLength(20)
        self.number_edit.setMaximumWidth(160)
        self.address_edit = QLineEdit(self)
        self.note_edit = QLineEdit(self)
        self.number_label, self.address_label, self.note_label = QLabel(self), QLabel(self), QLabel(self)
        for label, edit in ((self.number_label, self.number_edit), (self.address_label, self.address_edit),
                            (self.note_label, self.note_edit)):
            label.setBuddy(edit)
        box_form = QFormLayout(self.household_box)
        box_form.addRow(self.number_label, self.number_edit)
        box_form.addRow(self.address_label, self.address_edit)
        box_form.addRow(self.note_label, self.note_edit)

        self.head_box: QGroupBox | None = None
        self.head_form: ResidentForm | None = None
        if household_id is None:
            self.head_box = QGroupBox(self)
            self.head_form = ResidentForm(self.head_box, head_form=True)
            QVBoxLayout(self.head_box).addWidget(self.head_form)

        self.error_line = ErrorLine(self)
        save_cancel = QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(save_cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.household_box)
        if self.head_box is not None:
            layout.addWidget(self.head_box)
        layout.addWidget(self.error_line)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)

        with app.uow() as uow:
            if household_id is None:
                numbers = [h.number for h in register.list_households(uow)]
                self.number_edit.setText(next_household_number(numbers))
                key = "new-household"
            else:
                h = register.household_view(uow, household_id)
                self._number = h.number
                self.number_edit.setText(h.number)
                self.address_edit.setText(h.address or "")
                self.note_edit.setText(h.note or "")
                key = f"edit-household:{household_id}"
        self.retranslate_ui()

        self.drafts = DraftKeeper(app.data_dir, key, values=self._values, apply=self._apply_values,
                                  banner=self.banner, parent=self, correcting=household_id is not None)
        for edit in (self.number_edit, self.address_edit, self.note_edit):
            edit.textChanged.connect(self.drafts.changed)
        if self.head_form is not None:
            self.head_form.changed.connect(self.drafts.changed)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.drafts.start()
        (self.head_form.name_edit if self.head_form is not None else self.address_edit).setFocus()

    def retranslate_ui(self) -> None:
        if self.household_id is None:
            self.setWindowTitle(tr("New household"))
        else:
            self.setWindowTitle(tr("Edit household {number}", number=self._number))
        self.household_box.setTitle(tr("Household"))
        self.number_label.setText(tr("Household &number"))
        self.address_label.setText(tr("&Address"))
        self.note_label.setText(tr("N&ote"))
        self.address_edit.setPlaceholderText(tr("e.g. Xóm 2, Thôn Đông"))
        if self.head_box is not None and self.head_form is not None:
            self.head_box.setTitle(tr("Household head"))
            self.head_form.retranslate_ui()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.banner.retranslate_ui()

    def _values(self) -> dict[str, Any]:
        values: dict[str, Any] = {"number": self.number_edit.text(), "address": self.address_edit.text(),
                                  "note": self.note_edit.text()}
        if self.head_form is not None:
            values["head"] = self.head_form.values()
        return values

    def _apply_values(self, values: dict[str, Any]) -> None:
        self.number_edit.setText(str(values.get("number") or ""))
        self.address_edit.setText(str(values.get("address") or ""))
        self.note_edit.setText(str(values.get("note") or ""))
        if self.head_form is not None and isinstance(values.get("head"), dict):
            self.head_form.set_values(values["head"])

    def save(self) -> None:
        self.error_line.clear_message()
        mark_invalid(self.number_edit, False)
        if self.head_form is not None:
            self.head_form.clear_marks()
        try:
            with self.app.uow() as uow:
                if self.household_id is None:
                    assert self.head_form is not None
                    head = self.head_form.to_input()
                    view = register.add_household(uow, number=self.number_edit.text(),
                                                  address=self.address_edit.text(), head=head,
                                                  note=self.note_edit.text())
                else:
                    view = register.update_household(uow, self.household_id, number=self.number_edit.text(),
                                                     address=self.address_edit.text(),
                                                     note=self.note_edit.text())
                uow.commit()
        except Exception as exc:  # noqa: BLE001 — shown in the dialog, which stays open
            self.show_error(exc)
            return
        self.household_id = view.id
        self.head_id = view.head_id
        self.drafts.discard()
        self.drafts.stop()
        self.accept()

    def show_error(self, exc: BaseException) -> None:
        field = exc.params.get("field") if isinstance(exc, SothonError) else None
        if field in _HOUSEHOLD_FIELDS:
            # The household's own fields are named after the household ("Household number: …").
            self.error_line.show_message(error_text(exc))
            widget = {"address": self.address_edit, "note": self.note_edit}.get(field, self.number_edit)
            mark_invalid(widget, True)
            widget.setFocus()
            return
        if self.head_form is not None and field:
            self.error_line.show_message(tr("Household head — {message}", message=error_text(exc)))
            self.head_form.mark(field)
            return
        self.error_line.show_message(error_text(exc))

    def reject(self) -> None:
        self.drafts.flush()
        self.drafts.stop()
        super().reject()
