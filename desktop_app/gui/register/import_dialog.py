"""Importing a register spreadsheet in three visible steps: choose the file, say which column holds
what (pre-filled from the headers), check (what would change, and every bad row with its number), then
import — all rows in one transaction, or none. Nothing is written before the Import button.

Reading, checking and writing run in a worker thread (``run_in_background``); widgets are only touched
back on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.common import message_for, show_error
from desktop_app.gui.operations import run_in_background
from desktop_app.gui.register import labels
from desktop_app.gui.register.forms import ErrorLine
from desktop_app.i18n import format_number, tr
from desktop_app.interchange.register_file import FIELDS
from desktop_app.interchange.tabular import Table
from desktop_app.services.spreadsheet import ImportPreview, apply_import, preview_import, read_for_import

SAMPLE_ROWS = 5
FILE_FILTER = "*.xlsx *.xlsm *.csv"


def documents_dir() -> str:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found or str(Path.home())


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class ImportDialog(QDialog):
    """``load_file(path)`` reads a file (the "Choose file…" button asks for one); ``check()`` previews;
    ``import_now()`` writes. ``finished_counts`` holds the import's counts once it has succeeded."""

    loaded = Signal()
    checked = Signal()

    def __init__(self, app, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.app = app
        self.path: Path | None = None
        self.table_data: Table | None = None
        self.mapping: dict[int, str | None] = {}
        self.preview: ImportPreview | None = None
        self.finished_counts: dict[str, int] | None = None
        self.busy = False
        self._combos: list[QComboBox] = []
        self.setModal(True)

        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)

        self.mapping_hint = QLabel(self)
        self.mapping_hint.setWordWrap(True)
        self.sheet = QTableWidget(0, 0, self)
        self.sheet.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sheet.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.sheet.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.sheet.horizontalHeader().setMinimumSectionSize(90)
        self.sheet.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self.sheet.horizontalHeader().setDefaultAlignment(left)
        self.sheet.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

        self.check_button = QPushButton(self)
        self.check_button.clicked.connect(self.check)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.summary_label, 1)
        self.error_line = ErrorLine(self)
        self.errors_list = QListWidget(self)
        self.errors_list.setWordWrap(True)
        self.errors_list.hide()

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.import_now)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.mapping_hint)
        layout.addWidget(self.sheet)
        layout.addLayout(check_row)
        layout.addWidget(self.error_line)
        layout.addWidget(self.errors_list, 1)
        layout.addWidget(self.buttons)
        self.resize(1000, 620)
        self.retranslate_ui()
        self._update_buttons()

    # --- texts -------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(tr("Import the register from a spreadsheet"))
        self.file_label.setText(tr("File: {path}", path=self.path.name) if self.path else
                                tr("Choose an Excel (.xlsx) or CSV file with one person a row."))
        self.choose_button.setText(tr("Choose file…"))
        self.mapping_hint.setText(tr("Check what each column of the file holds; change it in the first row if"
                                     " it is wrong. Columns set to \"— skip —\" are not imported. Below: the"
                                     " first rows of the file."))
        self.check_button.setText(tr("Check the file"))
        self.import_button.setText(tr("Import"))
        self.close_button.setText(tr("Close"))
        for combo in self._combos:
            self._fill_combo(combo, combo.currentData())
        if self.table_data is not None:
            self.sheet.setVerticalHeaderItem(0, QTableWidgetItem(tr("Holds")))
        self._show_summary()

    def _fill_combo(self, combo: QComboBox, current: str | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("— skip —"), None)
        for name in FIELDS:
            combo.addItem(labels.field_label(name), name)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.blockSignals(False)

    # --- step 1: the file --------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose the register file"), documents_dir(),
                                              tr("Spreadsheets ({patterns})", patterns=FILE_FILTER))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        self.path = Path(path)
        self.table_data = None
        self.preview = None
        self.error_line.clear_message()
        self._set_busy(True)
        run_in_background(self, lambda: read_for_import(self.path), on_success=self._loaded,
                          on_error=self._read_failed, label=tr("Reading the file…"))
        self.retranslate_ui()

    def _read_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.path = None
        self.retranslate_ui()
        self.error_line.show_message(message_for(exc))

    def _loaded(self, result: tuple[Table, dict[int, str | None]]) -> None:
        self._set_busy(False)
        self.table_data, self.mapping = result
        table = self.table_data
        self.sheet.clear()
        self._combos = []
        sample = table.rows[:SAMPLE_ROWS]
        self.sheet.setColumnCount(len(table.headers))
        self.sheet.setRowCount(1 + len(sample))
        titles = [h or tr("(column {n})", n=i + 1) for i, h in enumerate(table.headers)]
        self.sheet.setHorizontalHeaderLabels(titles)
        self.sheet.setVerticalHeaderItem(0, QTableWidgetItem(tr("Holds")))
        for j in range(len(table.headers)):
            combo = QComboBox(self.sheet)
            # Narrow combos: a column is as wide as its values, not as the longest field name.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            self._fill_combo(combo, self.mapping.get(j))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self._combos.append(combo)
            self.sheet.setCellWidget(0, j, combo)
        for i, (number, values) in enumerate(sample, start=1):
            self.sheet.setVerticalHeaderItem(i, QTableWidgetItem(str(number)))
            for j, value in enumerate(values):
                self.sheet.setItem(i, j, QTableWidgetItem(_cell_text(value)))
        self.sheet.resizeColumnsToContents()
        for j in range(len(table.headers)):
            width = max(self.sheet.columnWidth(j), self._combos[j].sizeHint().width())
            self.sheet.setColumnWidth(j, min(width, 240))
        self.sheet.resizeRowsToContents()
        height = self.sheet.horizontalHeader().height() + 2 * self.sheet.frameWidth()
        height += sum(self.sheet.rowHeight(i) for i in range(self.sheet.rowCount()))
        height += self.sheet.horizontalScrollBar().sizeHint().height()
        self.sheet.setFixedHeight(height)
        self.retranslate_ui()
        self.loaded.emit()
        self.check()

    def _mapping_changed(self) -> None:
        self.mapping = {j: combo.currentData() for j, combo in enumerate(self._combos)}
        self.preview = None
        self.errors_list.clear()
        self.errors_list.hide()
        self.error_line.clear_message()
        self._show_summary(stale=True)
        self._update_buttons()

    def set_field(self, column: int, field: str | None) -> None:
        """Map ``column`` to ``field`` (None: skip it), as choosing in its combo does."""
        combo = self._combos[column]
        combo.setCurrentIndex(max(0, combo.findData(field)) if field else 0)

    # --- step 2: check -----------------------------------------------------------------------------

    def check(self) -> None:
        if self.table_data is None or self.path is None or self.busy:
            return
        self.preview = None
        self.error_line.clear_message()
        self.errors_list.clear()
        self.errors_list.hide()
        self._set_busy(True)
        path, table, mapping, app = self.path, self.table_data, dict(self.mapping), self.app

        def work() -> ImportPreview:
            with app.uow() as uow:
                return preview_import(uow, path, mapping=mapping, table=table)

        run_in_background(self, work, on_success=self._checked, on_error=self._check_failed,
                          label=tr("Checking the file…"))

    def _check_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.preview = None
        self._show_summary()
        self.error_line.show_message(message_for(exc))
        self.checked.emit()

    def _checked(self, preview: ImportPreview) -> None:
        self._set_busy(False)
        self.preview = preview
        self.errors_list.clear()
        for row, error in preview.errors:
            self.errors_list.addItem(tr("Row {row}: {message}", row=row, message=message_for(error)))
        self.errors_list.setVisible(bool(preview.errors))
        self._show_summary()
        self.checked.emit()

    def _show_summary(self, *, stale: bool = False) -> None:
        if stale:
            self.summary_label.setText(tr("The columns changed: check the file again before importing."))
        elif self.preview is None:
            self.summary_label.setText("")
        else:
            c = self.preview.counts()
            text = tr("{rows} rows: {new} new people, {changed} changed, {unchanged} unchanged;"
                      " {households} new households.",
                      rows=format_number(c["rows"]), new=format_number(c["new"]),
                      changed=format_number(c["changed"]), unchanged=format_number(c["unchanged"]),
                      households=format_number(c["households_new"]))
            if c["households_changed"]:
                text += " " + tr("{count} households get a new address.",
                                 count=format_number(c["households_changed"]))
            if self.preview.errors:
                text += " " + tr("{count} rows have errors (listed below); fix them in the file, then"
                                 " choose it again. Nothing is imported while any row is wrong.",
                                 count=format_number(len(self.preview.errors)))
            else:
                text += " " + tr("Nothing has been written yet: press Import to add them to the register.")
            self.summary_label.setText(text)
        self.summary_label.setStyleSheet("color: #b3261e;" if self.preview and self.preview.errors else "")
        self._update_buttons()

    # --- step 3: import ----------------------------------------------------------------------------

    def can_import(self) -> bool:
        return self.preview is not None and not self.preview.errors and not self.busy

    def import_now(self) -> None:
        if not self.can_import():
            return
        preview, app = self.preview, self.app
        assert preview is not None
        self._set_busy(True)

        def work() -> dict[str, int]:
            with app.uow() as uow:
                counts = apply_import(uow, preview)
                uow.commit()
            return counts

        run_in_background(self, work, on_success=self._imported, on_error=self._import_failed,
                          label=tr("Importing…"))

    def _imported(self, counts: dict[str, int]) -> None:
        self._set_busy(False)
        self.finished_counts = counts
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.preview = None
        self._show_summary()
        show_error(self, exc, title=tr("Import"))

    def reject(self) -> None:
        if self.busy:
            return  # a worker is reading or writing: wait for it (the progress dialog says so)
        super().reject()

    # --- state -------------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(self.can_import())
        self.check_button.setEnabled(self.table_data is not None and not self.busy)
        self.choose_button.setEnabled(not self.busy)
        self.sheet.setVisible(self.table_data is not None)
        self.mapping_hint.setVisible(self.table_data is not None)
