"""The household register page: search and filters, the list of residents, the selected person's
details, and every action on people and households.

Views hold layout, the controller part holds wiring: ``_build_*`` make widgets, ``_connect_signals``
wires them, and each action opens a dialog that calls one service and reports back; after any write the
page commits (inside the dialog), reloads the list keeping the selection, and emits ``data_changed``.

Start-up: the first page of the list comes from the plain-SQL read model. The dialogs and the write
services need the ORM (about 0.25 s to import), so they are imported when first used, and the reminder
of expiring temporary residences is looked up in a worker once the list is showing.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.clock import vn_today
from desktop_app.domain.people import AgeGroup, Relation, ResidenceType, ResidentStatus, Sex
from desktop_app.gui.common import busy, show_error
from desktop_app.gui.operations import run_in_background
from desktop_app.gui.register import labels
from desktop_app.gui.register.detail_panel import DetailPanel
from desktop_app.gui.register.residents_model import (
    COLUMN,
    EXPIRY_DAYS,
    SEARCH_LIMIT,
    ResidentIdRole,
    ResidentTableModel,
)
from desktop_app.i18n import format_number, tr
from desktop_app.services import views
from desktop_app.services.views import ResidentFilter, ResidentView

SEARCH_DELAY_MS = 150
KEEP_SELECTION_ROWS = 5000  # after a write, look this far down the list for the person to reselect

# Column widths that fit their usual values (a header wider than that widens its column); the name column
# takes what is left, but never less than NAME_MIN_WIDTH (the list scrolls sideways instead). With the
# shell's sidebar and the details panel, the list is about 780 px wide at 1366×768.
_WIDTHS = {"birth_date": 82, "sex": 48, "personal_id": 100, "household_no": 46, "relation": 78,
           "residence_type": 82, "residence_to": 82}
NAME_MIN_WIDTH = 190
DETAIL_WIDTH = 300


REMINDER_DELAY_MS = 250  # after the first page, so start-up never waits for (or shares the CPU with) it


class RegisterPage(QWidget):
    ready = Signal()
    data_changed = Signal()
    status_message = Signal(str)

    def __init__(self, app, parent: QWidget | None = None) -> None:  # noqa: ANN001 — bootstrap.App
        super().__init__(parent)
        self.app = app
        self._ready_sent = False
        self._expiring_count = 0
        self._reminder_generation = 0
        self._current_id: str | None = None
        self.dialog: QWidget | None = None  # the dialog an action opened (tests drive it)
        self.model = ResidentTableModel(app, self)
        self._build_actions()
        self._build_view()
        self._connect_signals()
        self.retranslate_ui()
        self._update_actions()
        # The first page is read once the event loop runs, so whoever creates the page can connect to ready.
        QTimer.singleShot(0, self._first_load)

    # --- building ----------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(name: str, shortcut: QKeySequence | str | None = None) -> QAction:
            a = QAction(self)
            a.setObjectName(name)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
                a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(a)
            return a

        self.actions_by_name: dict[str, QAction] = {
            "new_household": action("new_household", QKeySequence.StandardKey.New),
            "add_person": action("add_person", "Ctrl+Shift+N"),
            "edit_person": action("edit_person", "F2"),
            "move_person": action("move_person"),
            "set_head": action("set_head"),
            "record_death": action("record_death"),
            "record_move_out": action("record_move_out"),
            "delete_person": action("delete_person", QKeySequence.StandardKey.Delete),
            "edit_household": action("edit_household"),
            "delete_household": action("delete_household"),
            "history": action("history"),
            "household_history": action("household_history"),
            "import": action("import"),
            "export": action("export"),
            "template": action("template"),
            "find": action("find", QKeySequence.StandardKey.Find),
        }

    def _build_view(self) -> None:
        a = self.actions_by_name
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        for name in ("new_household", "add_person", "edit_person"):
            self.toolbar.addAction(a[name])
        self.toolbar.addSeparator()
        for name in ("move_person", "set_head", "record_death", "record_move_out", "delete_person"):
            self.toolbar.addAction(a[name])
        self.toolbar.addSeparator()
        self.file_menu = QMenu(self)
        for name in ("import", "export", "template"):
            self.file_menu.addAction(a[name])
        self.file_button = QToolButton(self)
        self.file_button.setMenu(self.file_menu)
        self.file_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.file_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addWidget(self.file_button)

        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(120)  # no name is longer; a pasted paragraph is cut
        self.search_edit.setMinimumWidth(300)
        self.residence_combo = QComboBox(self)
        self.sex_combo = QComboBox(self)
        self.age_combo = QComboBox(self)
        for combo in (self.residence_combo, self.sex_combo, self.age_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.former_check = QCheckBox(self)
        self.count_label = QLabel(self)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.residence_combo)
        filters.addWidget(self.sex_combo)
        filters.addWidget(self.age_combo)
        filters.addWidget(self.former_check)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.banner = QFrame(self)
        self.banner.setObjectName("expiryBanner")
        self.banner.setStyleSheet("#expiryBanner { background: #fff1c2; border: 1px solid #e0b84a;"
                                  " border-radius: 4px; }")
        self.banner_label = QLabel(self.banner)
        self.banner_label.setWordWrap(True)
        self.banner_button = QPushButton(self.banner)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 4, 8, 4)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.banner_button)
        self.banner.hide()

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)  # the service's Vietnamese collation is the order
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vheader = self.table.verticalHeader()
        vheader.hide()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: cheap to lay out
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.viewport().installEventFilter(self)

        self.detail = DetailPanel(self.app, self.actions_by_name, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([1000, DETAIL_WIDTH])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

    def _connect_signals(self) -> None:
        a = self.actions_by_name
        a["new_household"].triggered.connect(self.new_household)
        a["add_person"].triggered.connect(self.add_person)
        a["edit_person"].triggered.connect(self.edit_person)
        a["move_person"].triggered.connect(self.move_person)
        a["set_head"].triggered.connect(self.set_head)
        a["record_death"].triggered.connect(lambda: self.record_leaving("death"))
        a["record_move_out"].triggered.connect(lambda: self.record_leaving("move_out"))
        a["delete_person"].triggered.connect(self.delete_person)
        a["edit_household"].triggered.connect(self.edit_household)
        a["delete_household"].triggered.connect(self.delete_household)
        a["history"].triggered.connect(self.show_history)
        a["household_history"].triggered.connect(self.show_household_history)
        a["import"].triggered.connect(self.import_file)
        a["export"].triggered.connect(self.export_file)
        a["template"].triggered.connect(self.save_template)
        a["find"].triggered.connect(self.focus_search)

        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self._apply_search)
        self._search_timer.timeout.connect(self._apply_search)
        for combo in (self.residence_combo, self.sex_combo, self.age_combo):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.former_check.toggled.connect(self._apply_filter)
        self.banner_button.clicked.connect(self._toggle_expiring)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_person())
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.detail.member_activated.connect(self.select_resident)

    # --- texts -------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        texts = {
            "new_household": tr("New household…"), "add_person": tr("Add person…"),
            "edit_person": tr("Edit person…"),
            "move_person": tr("Move to household…"), "set_head": tr("Make head"),
            "record_death": tr("Died…"), "record_move_out": tr("Moved away…"), "delete_person": tr("Delete"),
            "edit_household": tr("Edit household…"), "delete_household": tr("Delete household"),
            "history": tr("Change history…"), "household_history": tr("Household change history…"),
            "import": tr("Import from Excel…"), "export": tr("Export to Excel…"),
            "template": tr("Blank template…"), "find": tr("Find"),
        }
        tips = {
            "new_household": tr("Create a household with its head (Ctrl+N)"),
            "add_person": tr("Add a person to the selected person's household: a birth, a move in, or just"
                             " entering them in the register"),
            "edit_person": tr("Change the selected person's details (F2)"),
            "move_person": tr("Move the selected person to another household"),
            "set_head": tr("Make the selected person the head of their household"),
            "record_death": tr("Record that the selected person died"),
            "record_move_out": tr("Record that the selected person moved away"),
            "delete_person": tr("Move a person entered by mistake to the trash (a death or a move away is"
                                " recorded, not deleted)"),
        }
        for name, action in self.actions_by_name.items():
            action.setText(texts[name])
            action.setToolTip(tips.get(name, texts[name]))
        self.file_button.setText(tr("Import / export"))
        self.file_button.setToolTip(tr("Import, export, or a blank list to fill in"))
        self.search_edit.setPlaceholderText(tr("Find by name or personal ID…"))
        self._fill_combo(self.residence_combo, tr("All residence types"),
                         [(labels.residence_label(t), t.value) for t in ResidenceType])
        self._fill_combo(self.sex_combo, tr("Both sexes"), [(labels.sex_label(s), s.value) for s in Sex])
        self._fill_combo(self.age_combo, tr("All ages"),
                         [(tr(labels.AGE_GROUP[g]), g.value) for g in AgeGroup])
        self.former_check.setText(tr("Include people who moved away or died"))
        self.model.retranslate()
        self._fit_columns()
        self.detail.retranslate_ui()
        self._update_count()
        self._update_banner()
        if self.dialog is not None and hasattr(self.dialog, "retranslate_ui") and self.dialog.isVisible():
            self.dialog.retranslate_ui()

    def _fit_columns(self) -> None:
        """Each fixed column as wide as its usual content or its header, whichever is wider."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        cells = self.table.fontMetrics()
        # The words an enumeration column may show, in the current language.
        words = {
            "sex": [labels.sex_label(s) for s in Sex],
            "residence_type": [labels.residence_label(t) for t in ResidenceType],
            "relation": [labels.relation_label(r, s) for r in Relation for s in Sex],
        }
        for key, width in _WIDTHS.items():
            title = self.model.headerData(COLUMN[key], Qt.Orientation.Horizontal) or ""
            texts = [cells.horizontalAdvance(w) for w in words.get(key, [])]
            needed = max([metrics.horizontalAdvance(title), *texts])
            header.resizeSection(COLUMN[key], max(width, min(needed + 14, 2 * width)))
        self._fit_name_column()

    def _fit_name_column(self) -> None:
        header = self.table.horizontalHeader()
        name = COLUMN["full_name"]
        others = sum(header.sectionSize(i) for i in range(self.model.columnCount()) if i != name)
        header.resizeSection(name, max(NAME_MIN_WIDTH, self.table.viewport().width() - others))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_name_column()
        return super().eventFilter(watched, event)

    @staticmethod
    def _fill_combo(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.blockSignals(False)

    def _update_count(self, *_: object) -> None:
        n = self.model.total()
        if self.model.is_searching():
            if n >= SEARCH_LIMIT:
                text = tr("First {count} found", count=format_number(n))
            else:
                text = tr("{count} found", count=format_number(n))
        else:
            text = tr("{count} people", count=format_number(n))
        self.count_label.setText(text)

    def _update_banner(self) -> None:
        n = self.model.total() if self.model.expiring_only else self._expiring_count
        if self.model.expiring_only:
            self.banner_label.setText(tr("Showing the {count} people whose temporary residence ends within"
                                         " {days} days.", count=format_number(n), days=EXPIRY_DAYS))
            self.banner_button.setText(tr("Show everyone"))
        else:
            self.banner_label.setText(tr("{count} temporary residents' registration ends within {days} days."
                                         " Remind them to renew it.",
                                         count=format_number(n), days=EXPIRY_DAYS))
            self.banner_button.setText(tr("Show them"))
        self.banner.setVisible(n > 0 or self.model.expiring_only)

    # --- the shell's contract ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again (keeping the selected person), the reminder and the details."""
        self._reload(select_id=self._current_id)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _first_load(self) -> None:
        if not self._ready_sent:
            self._reload(select_id=None)

    def _reload(self, *, select_id: str | None, at_least: int | None = None) -> None:
        with busy():
            self.model.reload(at_least=at_least if at_least is not None else self.model.loaded())
        self._select(select_id)
        if not self._ready_sent:
            self._ready_sent = True
            # Emitted after the view has laid out the first rows (the next turn of the event loop); the
            # reminder follows, so that start-up never waits for it.
            QTimer.singleShot(0, self.ready.emit)
            QTimer.singleShot(REMINDER_DELAY_MS, self.refresh_reminder)
        else:
            self.refresh_reminder()

    def refresh_reminder(self) -> None:
        """Count the temporary residences ending within 30 days, in a worker; the banner shows the result."""
        self._reminder_generation += 1
        generation = self._reminder_generation
        data = self.app

        def work() -> int:
            with data.reader() as conn:
                return len(views.expiring_temporary_residents(conn, today=vn_today(), within_days=EXPIRY_DAYS))

        def done(count: int) -> None:
            if generation == self._reminder_generation and shiboken6.isValid(self):
                self._expiring_count = count
                self._update_banner()

        run_in_background(self, work, on_success=done, on_error=lambda exc: None)

    # --- selection ---------------------------------------------------------------------------------

    def current_resident(self) -> ResidentView | None:
        d = self.detail.details
        return d.resident if d is not None else None

    def select_resident(self, resident_id: str) -> None:
        """Select ``resident_id`` in the list (fetching further pages if needed); the details show them
        even when the list does not (a search or filter hides them)."""
        self._select(resident_id)

    def _select(self, resident_id: str | None) -> None:
        row = self.model.row_of(resident_id, fetch_up_to=KEEP_SELECTION_ROWS) if resident_id else -1
        selection = self.table.selectionModel()
        if row >= 0:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        # Show the person even when the list no longer holds them (e.g. just recorded as died).
        self._show(resident_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        rid = current.data(ResidentIdRole) if current.isValid() else None
        if rid is not None and rid != self._current_id:
            self._show(rid)

    def _show(self, resident_id: str | None) -> None:
        self.detail.show_resident(resident_id)
        self._current_id = self.detail.resident_id()
        self._update_actions()

    def _update_actions(self) -> None:
        r = self.current_resident()
        present = r is not None and r.status is ResidentStatus.PRESENT
        head = self.detail.details.household.head_id if self.detail.details else None
        a = self.actions_by_name
        a["add_person"].setEnabled(r is not None)
        a["edit_person"].setEnabled(r is not None)
        a["history"].setEnabled(r is not None)
        a["household_history"].setEnabled(r is not None)
        a["edit_household"].setEnabled(r is not None)
        a["delete_person"].setEnabled(r is not None)
        a["delete_household"].setEnabled(r is not None and not present
                                         and bool(self.detail.details) and not self.detail.details.members)
        for name in ("move_person", "record_death", "record_move_out"):
            a[name].setEnabled(present)
        a["set_head"].setEnabled(present and r is not None and head != r.id)

    # --- search and filters ------------------------------------------------------------------------

    def _apply_search(self) -> None:
        self._search_timer.stop()
        query = self.search_edit.text()
        if " ".join(query.split()) == self.model.query:
            return
        # A search replaces the reminder's list.
        self.model.set_view(query=query, expiring_only=self.model.expiring_only and not query.strip())
        self._update_banner()
        if self.model.rowCount() and self.model.is_searching():
            self._select(self.model.resident(0).id)  # the best match, ready for Enter/F2
        else:
            self._select(self._current_id)  # back to the whole list, at the person last looked at

    def current_filter(self) -> ResidentFilter:
        def value(combo: QComboBox, kind):  # noqa: ANN001, ANN202
            data = combo.currentData()
            return kind(data) if data else None

        return ResidentFilter(residence_type=value(self.residence_combo, ResidenceType),
                              sex=value(self.sex_combo, Sex), age_group=value(self.age_combo, AgeGroup),
                              include_former=self.former_check.isChecked())

    def _apply_filter(self, *_: object) -> None:
        self.model.set_filter(self.current_filter())
        self._select(self._current_id)

    def _toggle_expiring(self) -> None:
        on = not self.model.expiring_only
        query = self.model.query
        if on and self.search_edit.text():
            self._search_timer.stop()
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            query = ""
        self.model.set_view(query=query, expiring_only=on)
        self._update_banner()
        self._select(self._current_id)

    def show_expiring(self) -> None:
        """The reminder banner's button: list only the temporary residents whose registration ends soon."""
        if not self.model.expiring_only:
            self._toggle_expiring()

    # --- after a write -----------------------------------------------------------------------------

    def _after_write(self, select_id: str | None, message: str) -> None:
        self._reload(select_id=select_id)
        self.data_changed.emit()
        self.status_message.emit(message)

    def _open(self, dialog: QWidget, on_accepted) -> QWidget:  # noqa: ANN001
        """Open ``dialog`` window-modal without a nested event loop; ``on_accepted`` runs after OK."""
        self.dialog = dialog
        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()
        return dialog

    def _create(self, factory):  # noqa: ANN001, ANN202
        """Build a dialog; one that cannot load its record (deleted meanwhile, disk error) is explained."""
        try:
            return factory()
        except Exception as exc:  # noqa: BLE001 — shown to the user
            show_error(self, exc)
            return None

    def _forget(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _confirm(self, title: str, text: str, yes: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes_button

    # --- actions -----------------------------------------------------------------------------------

    def new_household(self) -> QWidget | None:
        from desktop_app.gui.register.household_dialog import HouseholdDialog

        dialog = self._create(lambda: HouseholdDialog(self.app, parent=self))
        if dialog is None:
            return None

        def done() -> None:
            self._after_write(dialog.head_id, tr("Household {number} was created.",
                                                 number=dialog.number_edit.text().strip()))

        return self._open(dialog, done)

    def add_person(self) -> QWidget | None:
        r = self.current_resident()
        if r is None:
            return None
        from desktop_app.gui.register.resident_dialog import ResidentDialog

        dialog = self._create(lambda: ResidentDialog(self.app, household_id=r.household_id, parent=self))
        if dialog is None:
            return None

        def done() -> None:
            self._after_write(dialog.resident_id, tr("{name} was added to household {number}.",
                                                     name=dialog.form.name_edit.text().strip(),
                                                     number=r.household_no))

        return self._open(dialog, done)

    def edit_person(self) -> QWidget | None:
        r = self.current_resident()
        if r is None:
            return None
        from desktop_app.gui.register.resident_dialog import ResidentDialog

        dialog = self._create(lambda: ResidentDialog(self.app, resident_id=r.id, parent=self))
        if dialog is None:
            return None
        return self._open(dialog, lambda: self._after_write(r.id, tr("The changes to {name} were saved.",
                                                                     name=r.full_name)))

    def move_person(self) -> QWidget | None:
        r = self.current_resident()
        if r is None or r.status is not ResidentStatus.PRESENT:
            return None
        from desktop_app.gui.register.action_dialogs import MoveDialog

        dialog = self._create(lambda: MoveDialog(self.app, r.id, parent=self))
        if dialog is None:
            return None
        return self._open(dialog, lambda: self._after_write(r.id, tr("{name} was moved to another household.",
                                                                     name=r.full_name)))

    def record_leaving(self, kind: str) -> QWidget | None:
        r = self.current_resident()
        if r is None or r.status is not ResidentStatus.PRESENT:
            return None
        from desktop_app.gui.register.action_dialogs import LeaveDialog

        dialog = self._create(lambda: LeaveDialog(self.app, r.id, kind=kind, parent=self))
        if dialog is None:
            return None
        message = (tr("The death of {name} was recorded.", name=r.full_name) if kind == "death"
                   else tr("The move away of {name} was recorded.", name=r.full_name))
        return self._open(dialog, lambda: self._after_write(r.id, message))

    def set_head(self) -> None:
        r = self.current_resident()
        if r is None:
            return
        from desktop_app.services import register

        if self._write(lambda uow: register.set_household_head(uow, r.household_id, r.id)):
            self._after_write(r.id, tr("{name} is now the head of household {number}.", name=r.full_name,
                                       number=r.household_no))

    def delete_person(self) -> None:
        r = self.current_resident()
        if r is None:
            return
        question = tr("Move {name} (household {number}) to the trash?\n\nDelete only a person entered by"
                      " mistake. For a death or a move away, use \"Died…\" or \"Moved away…\": the register"
                      " keeps their history. The trash can restore them.",
                      name=r.full_name, number=r.household_no)
        if not self._confirm(tr("Delete a person"), question, tr("Move to the trash")):
            return
        from desktop_app.services import register

        row = self.table.currentIndex().row()
        if self._write(lambda uow: register.delete_resident(uow, r.id)):
            following = self.model.resident(row + 1) or self.model.resident(row - 1)
            self._after_write(following.id if following else None,
                              tr("{name} was moved to the trash.", name=r.full_name))

    def edit_household(self) -> QWidget | None:
        r = self.current_resident()
        if r is None:
            return None
        from desktop_app.gui.register.household_dialog import HouseholdDialog

        dialog = self._create(lambda: HouseholdDialog(self.app, household_id=r.household_id, parent=self))
        if dialog is None:
            return None
        return self._open(dialog, lambda: self._after_write(r.id, tr("Household {number} was saved.",
                                                                     number=dialog.number_edit.text().strip())))

    def delete_household(self) -> None:
        d = self.detail.details
        if d is None:
            return
        if not self._confirm(tr("Delete a household"),
                             tr("Move household {number} to the trash?", number=d.household.number),
                             tr("Move to the trash")):
            return
        from desktop_app.services import register

        if self._write(lambda uow: register.delete_household(uow, d.household.id)):
            self._after_write(None, tr("Household {number} was moved to the trash.",
                                       number=d.household.number))

    def show_history(self) -> QWidget | None:
        r = self.current_resident()
        if r is None:
            return None
        from desktop_app.gui.register.history_dialog import HistoryDialog

        dialog = self._create(lambda: HistoryDialog(self.app, r.id, title=r.full_name, parent=self))
        if dialog is None:
            return None
        return self._open(dialog, lambda: None)

    def show_household_history(self) -> QWidget | None:
        d = self.detail.details
        if d is None:
            return None
        from desktop_app.gui.register.history_dialog import HistoryDialog

        title = tr("household {number}", number=d.household.number)
        dialog = self._create(lambda: HistoryDialog(self.app, d.household.id, title=title, parent=self))
        if dialog is None:
            return None
        return self._open(dialog, lambda: None)

    def _write(self, work) -> bool:  # noqa: ANN001
        """Run a one-line write in its own unit of work; a refusal is shown and nothing is written."""
        try:
            with self.app.uow() as uow:
                work(uow)
                uow.commit()
        except Exception as exc:  # noqa: BLE001 — shown to the user
            show_error(self, exc)
            return False
        return True

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and index.data(ResidentIdRole) != self._current_id:
            self.table.setCurrentIndex(index)
        menu = QMenu(self)
        a = self.actions_by_name
        for name in ("add_person", "edit_person", "move_person", "set_head", "record_death",
                     "record_move_out", "delete_person", None, "edit_household", "delete_household", None,
                     "history", "household_history", None, "new_household"):
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(a[name])
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # --- files -------------------------------------------------------------------------------------

    def import_file(self) -> QWidget | None:
        from desktop_app.gui.register.import_dialog import ImportDialog

        dialog = self._create(lambda: ImportDialog(self.app, parent=self))
        if dialog is None:
            return None

        def done() -> None:
            c = dialog.finished_counts or {}
            message = tr("Imported: {new} new people, {changed} changed, {households} new households.",
                         new=format_number(c.get("new", 0)), changed=format_number(c.get("changed", 0)),
                         households=format_number(c.get("households_new", 0)))
            self._after_write(self._current_id, message)

        self._open(dialog, done)
        return dialog

    def export_file(self, path: Path | None = None) -> None:
        from desktop_app.gui.register.import_dialog import documents_dir
        from desktop_app.services.spreadsheet import export_register

        if path is None:
            name = tr("register-{date}.xlsx", date=vn_today().strftime("%Y-%m-%d"))
            chosen, _ = QFileDialog.getSaveFileName(self, tr("Export the register"),
                                                    str(Path(documents_dir()) / name),
                                                    tr("Excel workbook (*.xlsx)"))
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        app = self.app

        def work() -> int:
            with app.uow() as uow:
                return export_register(uow, path)

        def done(count: int) -> None:
            self.status_message.emit(tr("Exported {count} people to {path}.", count=format_number(count),
                                        path=str(path)))

        run_in_background(self, work, label=tr("Exporting…"), on_success=done,
                          on_error=lambda exc: show_error(self, exc))

    def save_template(self, path: Path | None = None) -> None:
        from desktop_app.gui.register.import_dialog import documents_dir
        from desktop_app.services.spreadsheet import write_template

        if path is None:
            name = tr("register-template.xlsx")
            chosen, _ = QFileDialog.getSaveFileName(self, tr("Save a blank register template"),
                                                    str(Path(documents_dir()) / name),
                                                    tr("Excel workbook (*.xlsx)"))
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        try:
            with busy():
                write_template(path)
        except Exception as exc:  # noqa: BLE001 — shown to the user
            show_error(self, exc)
            return
        self.status_message.emit(tr("Saved a blank register template to {path}.", path=str(path)))
