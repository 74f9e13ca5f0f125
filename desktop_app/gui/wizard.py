"""The first-run wizard: which unit this copy serves, where it is, who heads it, and a passphrase.

Nothing is written until the last page's "Set up" button; then ``services.setup.initialise`` runs in one
unit of work, so a refusal leaves the data directory exactly as it was and shows on the page.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app import i18n
from desktop_app.bootstrap import App
from desktop_app.domain.errors import SothonError, ValidationError
from desktop_app.domain.passphrase import MIN_PASSPHRASE, check_new_passphrase
from desktop_app.domain.people import clean_name, normalize_phone
from desktop_app.domain.units import UnitKind, check_unit_code
from desktop_app.domain.vietnamese import fold
from desktop_app.gui.common import busy, message_for
from desktop_app.gui.folded_filter import FOLDED_ROLE, FoldedFilter
from desktop_app.gui.style import LANGUAGE_NAMES, Heading, hint_label, message_label, show_message
from desktop_app.i18n import tr
from desktop_app.services.setup import InitResult, initialise, suggest_unit_code

CODE_ROLE = Qt.ItemDataRole.UserRole



class SearchableList(QWidget):
    """A search box over a list of divisions (code, name); the choice survives filtering."""

    chosen = Signal(str)  # the code, "" when cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        self._names: dict[str, str] = {}
        self.label = QLabel()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = FoldedFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.choice_label = QLabel()
        self.choice_label.setWordWrap(True)
        self.label.setBuddy(self.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.choice_label)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._choose_first_visible)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

    def set_items(self, items: list[tuple[str, str]]) -> None:
        self.model.clear()
        self._names = dict(items)
        for code, name in items:
            item = QStandardItem(name)
            item.setData(code, CODE_ROLE)
            item.setData(fold(name), FOLDED_ROLE)
            self.model.appendRow(item)
        self.search.clear()
        if self._code not in self._names:
            self._set_code("")

    def code(self) -> str:
        return self._code

    def name(self) -> str:
        return self._names.get(self._code, "")

    def select_code(self, code: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(CODE_ROLE) == code:
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return True
        return False

    def retranslate_ui(self, label: str) -> None:
        self.label.setText(label)
        self.search.setPlaceholderText(tr("Type to search, e.g. {example}", example="nghe an"))
        self._show_choice()

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        if self._code:
            self.select_code(self._code)

    def _choose_first_visible(self) -> None:
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
            self.view.setFocus()

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:  # a row hidden by the filter deselects; the choice stays
            self._set_code(indexes[0].data(CODE_ROLE))

    def _set_code(self, code: str) -> None:
        if code != self._code:
            self._code = code
            self._show_choice()
            self.chosen.emit(code)
        else:
            self._show_choice()

    def _show_choice(self) -> None:
        self.choice_label.setText(tr("Chosen: {name}", name=self.name()) if self._code else "")


# --- pages ----------------------------------------------------------------------------------------


class _Page(QWizardPage):
    def wiz(self) -> FirstRunWizard:
        return self.wizard()  # type: ignore[return-value]

    def retranslate_ui(self) -> None:
        raise NotImplementedError


class RolePage(_Page):
    language_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.language_label = QLabel()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.language()))
        self.language_label.setBuddy(self.language)
        self.question = Heading(factor=1.15)
        self.hamlet_radio = QRadioButton()
        self.hamlet_hint = hint_label()
        self.commune_radio = QRadioButton()
        self.commune_hint = hint_label()
        self.hamlet_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.hamlet_radio)
        group.addButton(self.commune_radio)

        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.question)
        layout.addSpacing(8)
        for radio, hint in ((self.hamlet_radio, self.hamlet_hint), (self.commune_radio, self.commune_hint)):
            layout.addWidget(radio)
            hint.setContentsMargins(26, 0, 0, 10)
            layout.addWidget(hint)
        layout.addStretch(1)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_requested.emit(self.language.currentData()))

    def kind(self) -> UnitKind:
        return UnitKind.COMMUNE if self.commune_radio.isChecked() else UnitKind.HAMLET

    def retranslate_ui(self) -> None:
        self.setTitle(tr("Welcome to Sổ Thôn"))
        self.setSubTitle(tr("A few questions to set up this computer. It takes two or three minutes."))
        self.language_label.setText(tr("&Language:"))
        self.question.setText(tr("Who will use this copy of Sổ Thôn?"))
        self.hamlet_radio.setText(tr("A &hamlet or residential group (thôn, tổ dân phố)"))
        self.hamlet_hint.setText(tr("For the hamlet head: the household register, mediation, meetings, and"
                                    " the reports sent to the commune."))
        self.commune_radio.setText(tr("A &commune or ward (xã, phường)"))
        self.commune_hint.setText(tr("For commune officers: receive and combine what the hamlets send."))


class PlacePage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.provinces = SearchableList()
        self.communes = SearchableList()
        self.communes.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(self.provinces, 1)
        layout.addWidget(self.communes, 1)
        self.provinces.chosen.connect(self._province_chosen)
        self.communes.chosen.connect(lambda _code: self.completeChanged.emit())
        self._loaded = False

    def initializePage(self) -> None:  # noqa: N802 — Qt's name
        if not self._loaded:  # the list of divisions is loaded only now: start-up never needs it
            from desktop_app.services import geography

            with busy():
                self.provinces.set_items([(p.code, p.name) for p in geography.provinces()])
            self._loaded = True

    def _province_chosen(self, code: str) -> None:
        from desktop_app.services import geography

        self.communes.set_items([(c.code, c.name) for c in geography.communes(code)] if code else [])
        self.communes.setEnabled(bool(code))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 — Qt's name
        return bool(self.provinces.code() and self.communes.code())

    def nextId(self) -> int:  # noqa: N802 — Qt's name
        return FirstRunWizard.UNIT if self.wiz().role_page.kind() is UnitKind.HAMLET else FirstRunWizard.HEAD

    def retranslate_ui(self) -> None:
        self.setTitle(tr("Where is your unit?"))
        self.setSubTitle(
            tr("Type a few letters to find your province and your commune; accents are not needed."))
        self.provinces.retranslate_ui(tr("&Province or city:"))
        self.communes.retranslate_ui(tr("C&ommune or ward:"))


class UnitPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.name_label = QLabel()
        self.name_edit = QLineEdit()
        self.code_label = QLabel()
        self.code_edit = QLineEdit()
        self.name_label.setBuddy(self.name_edit)
        self.code_label.setBuddy(self.code_edit)
        for edit in (self.name_edit, self.code_edit):
            edit.setMaximumWidth(edit.fontMetrics().averageCharWidth() * 50)
        self.code_hint = hint_label()
        self.error_label = message_label()
        self._code_touched = False
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.code_label, self.code_edit)
        form.addRow("", self.code_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.name_edit.textEdited.connect(self._name_edited)
        self.code_edit.textEdited.connect(self._code_edited)

    def commune_code(self) -> str:
        return self.wiz().place_page.communes.code()

    def initializePage(self) -> None:  # noqa: N802 — Qt's name
        if not self._code_touched or not self.code_edit.text().startswith(self.commune_code() + "-"):
            self._code_touched = False
            self._suggest()

    def _suggest(self) -> None:
        self.code_edit.setText(suggest_unit_code(self.commune_code(), self.name_edit.text()))

    def _name_edited(self, _text: str) -> None:
        show_message(self.error_label, None)
        if not self._code_touched:
            self._suggest()

    def _code_edited(self, _text: str) -> None:
        show_message(self.error_label, None)
        self._code_touched = True

    def unit_name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def validatePage(self) -> bool:  # noqa: N802 — Qt's name
        try:
            if not self.unit_name():
                raise ValidationError("unit_name_required", field="unit_name")
            self.code_edit.setText(check_unit_code(self.code_edit.text(), commune_code=self.commune_code()))
        except SothonError as exc:
            show_message(self.error_label, message_for(exc))
            return False
        return True

    def retranslate_ui(self) -> None:
        self.setTitle(tr("Your hamlet"))
        self.setSubTitle(tr("The name as the commune writes it, and the code that identifies this hamlet."))
        self.name_label.setText(tr("Hamlet or residential group &name:"))
        self.name_edit.setPlaceholderText(tr("for example: Thôn Đông"))
        self.code_label.setText(tr("&Unit code:"))
        self.code_hint.setText(tr(
            "The unit code is fixed for life: it names the sender of every bundle this copy sends to the"
            " commune. Keep the suggestion unless the commune gave you a code."))


class HeadPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.name_label = QLabel()
        self.name_edit = QLineEdit()
        self.phone_label = QLabel()
        self.phone_edit = QLineEdit()
        self.name_label.setBuddy(self.name_edit)
        self.phone_label.setBuddy(self.phone_edit)
        for edit in (self.name_edit, self.phone_edit):
            edit.setMaximumWidth(edit.fontMetrics().averageCharWidth() * 50)
        self.hint = hint_label()
        self.error_label = message_label()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.phone_label, self.phone_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        for edit in (self.name_edit, self.phone_edit):
            edit.textEdited.connect(lambda _t: show_message(self.error_label, None))

    def head_name(self) -> str:
        return clean_name(self.name_edit.text())

    def phone(self) -> str | None:
        return normalize_phone(self.phone_edit.text())

    def validatePage(self) -> bool:  # noqa: N802 — Qt's name
        try:
            if not self.head_name():
                raise ValidationError("head_name_required", field="head_name")
            phone = self.phone()
        except SothonError as exc:
            show_message(self.error_label, message_for(exc))
            return False
        self.name_edit.setText(self.head_name())
        self.phone_edit.setText(phone or "")
        return True

    def retranslate_ui(self) -> None:
        self.setTitle(tr("About you"))
        self.setSubTitle(tr("You will be the first profile of this copy; your name is recorded with every"
                            " change you make."))
        self.name_label.setText(tr("Your &full name:"))
        self.name_edit.setPlaceholderText(tr("family name first, as on your ID card"))
        self.phone_label.setText(tr("Your &phone number:"))
        self.phone_edit.setPlaceholderText(tr("optional, e.g. 0912345678"))
        self.hint.setText(tr("The phone number is printed on documents so that people can reach you."))


class PassphrasePage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.first_label = QLabel()
        self.first = QLineEdit()
        self.second_label = QLabel()
        self.second = QLineEdit()
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textEdited.connect(lambda _t: show_message(self.error_label, None))
        for edit in (self.first, self.second):
            edit.setMaximumWidth(edit.fontMetrics().averageCharWidth() * 50)
        self.first_label.setBuddy(self.first)
        self.second_label.setBuddy(self.second)
        self.show_box = QCheckBox()
        self.hint = hint_label()
        self.error_label = message_label()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        form.addRow("", self.show_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.show_box.toggled.connect(self._show_characters)

    def _show_characters(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def passphrase(self) -> str:
        return self.first.text()

    def validatePage(self) -> bool:  # noqa: N802 — Qt's name
        try:
            check_new_passphrase(self.first.text())
        except SothonError as exc:
            show_message(self.error_label, message_for(exc))
            self.first.setFocus()
            return False
        if self.first.text() != self.second.text():
            show_message(self.error_label, tr("The two passphrases are not the same. Type them again."))
            self.second.clear()
            self.second.setFocus()
            return False
        return True

    def retranslate_ui(self) -> None:
        self.setTitle(tr("Choose a passphrase"))
        self.setSubTitle(
            tr("You type it every time you open Sổ Thôn. It protects the residents' personal data."))
        self.first_label.setText(tr("&Passphrase:"))
        self.second_label.setText(tr("&Repeat it:"))
        self.show_box.setText(tr("&Show what I type"))
        self.hint.setText(tr(
            "At least {minimum} characters; a short sentence is easy to remember and hard to guess. Write"
            " it down and keep it in a safe place: without it nobody can open the data.",
            minimum=MIN_PASSPHRASE))


class SummaryPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.form = QGridLayout()
        self.form.setColumnStretch(1, 1)
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(6)
        self._labels: list[QLabel] = []
        self._values: list[QLabel] = []
        self.error_label = message_label()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addSpacing(8)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def _rows(self) -> list[tuple[str, str]]:
        w = self.wiz()
        hamlet = w.role_page.kind() is UnitKind.HAMLET
        rows = [
            (tr("Unit:"), tr("A hamlet or residential group") if hamlet else tr("A commune or ward")),
            (tr("Province or city:"), w.place_page.provinces.name()),
            (tr("Commune or ward:"), w.place_page.communes.name()),
        ]
        if hamlet:
            rows += [(tr("Hamlet:"), w.unit_page.unit_name()),
                     (tr("Unit code:"), w.unit_page.code_edit.text())]
        else:
            rows += [(tr("Unit code:"), w.place_page.communes.code())]
        rows += [
            (tr("Your name:"), w.head_page.head_name()),
            (tr("Phone:"), w.head_page.phone_edit.text() or tr("(none)")),
            (tr("Data folder:"), str(w.app.data_dir)),
        ]
        return rows

    def initializePage(self) -> None:  # noqa: N802 — Qt's name
        show_message(self.error_label, None)
        self._show_rows()

    def _show_rows(self) -> None:
        for widget in self._labels + self._values:
            self.form.removeWidget(widget)
            widget.deleteLater()
        self._labels, self._values = [], []
        for row, (label, value) in enumerate(self._rows()):
            name = QLabel(label)
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = shown.font()
            font.setBold(True)
            shown.setFont(font)
            self.form.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self.form.addWidget(shown, row, 1)
            self._labels.append(name)
            self._values.append(shown)

    def validatePage(self) -> bool:  # noqa: N802 — Qt's name
        try:
            with busy():
                self.wiz().set_up()
        except SothonError as exc:
            show_message(self.error_label, message_for(exc))
            return False
        return True

    def retranslate_ui(self) -> None:
        self.setTitle(tr("Check and set up"))
        self.setSubTitle(tr("Nothing is saved until you press \"Set up\". Use \"Back\" to correct anything."))
        if self._labels and self.wizard() is not None:
            self._show_rows()


class FirstRunWizard(QWizard):
    """Accepted once the unit and the head's profile exist and ``app.profile`` is unlocked."""

    ROLE, PLACE, UNIT, HEAD, PASSPHRASE, SUMMARY = range(6)

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.result_info: InitResult | None = None
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.role_page = RolePage()
        self.place_page = PlacePage()
        self.unit_page = UnitPage()
        self.head_page = HeadPage()
        self.passphrase_page = PassphrasePage()
        self.summary_page = SummaryPage()
        for page_id, page in self._pages():
            self.setPage(page_id, page)
        self.role_page.language_requested.connect(self.set_language)
        self.setMinimumSize(760, 560)
        self.resize(900, 640)
        self.retranslate_ui()

    def _pages(self) -> list[tuple[int, _Page]]:
        return [(self.ROLE, self.role_page), (self.PLACE, self.place_page), (self.UNIT, self.unit_page),
                (self.HEAD, self.head_page), (self.PASSPHRASE, self.passphrase_page),
                (self.SUMMARY, self.summary_page)]

    def set_language(self, lang: str) -> None:
        i18n.set_language(lang)
        self.app.settings.language = lang
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(tr("Sổ Thôn — first set-up"))
        # Qt's own button texts are not translated (no Qt translation for Vietnamese ships with PySide6).
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("&Set up"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Cancel"))
        for _id, page in self._pages():
            page.retranslate_ui()

    def set_up(self) -> InitResult:
        """Create the unit and the head's profile in one transaction, then open the session as the head."""
        hamlet = self.role_page.kind() is UnitKind.HAMLET
        passphrase = self.passphrase_page.passphrase()
        with self.app.uow() as uow:
            result = initialise(
                uow, role=self.role_page.kind(),
                province_code=self.place_page.provinces.code(), commune_code=self.place_page.communes.code(),
                unit_name=self.unit_page.unit_name() if hamlet else None,
                unit_code=self.unit_page.code_edit.text() if hamlet else None,
                head_name=self.head_page.head_name(), head_phone=self.head_page.phone(),
                passphrase=passphrase,
            )
            uow.commit()
        self.result_info = result
        self.app.settings.default_profile = result.profile.name
        self.app.settings.language = i18n.language()
        try:
            self.app.save_settings()
        except OSError:  # the unit exists; a lost preference only means choosing the profile next time
            pass
        self.app.refresh_unit()
        self.app.unlock(result.profile.name, passphrase)
        return result
