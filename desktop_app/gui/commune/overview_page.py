"""The commune's overview: the completeness grid (hamlet × month: on time, late, missing, not yet due), each
hamlet's last sequence and last contact, the commune's totals and each hamlet's figures with a bar chart drawn
with QPainter, and a read-only drill-down into a hamlet's residents as received."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.gui.common import rows_table, show_error
from desktop_app.gui.style import Heading, hint_label
from desktop_app.i18n import N_, format_date, format_number, tr
from desktop_app.services import commune_overview as ov

CODE_ROLE = Qt.ItemDataRole.UserRole
MONTH_COLS = 12
COL_NAME = 0
COL_FIRST_MONTH = 1
COL_LAST_SEQ = COL_FIRST_MONTH + MONTH_COLS
COL_LAST_CONTACT = COL_LAST_SEQ + 1
CELL = {  # status: (mark, background, English meaning)
    ov.ON_TIME: ("✓", "#d7f0d9", N_("received on time")),
    ov.LATE: ("✓", "#fff0c2", N_("received late")),
    ov.MISSING: ("✗", "#f9d3d3", N_("missing")),
    ov.NOT_DUE: ("…", "#e8eef7", N_("not due yet")),
    ov.FUTURE: ("", "#ffffff", N_("month not over")),
}
BAR_COLOURS = ("#2f6ea5", "#7fb3e0")


class BarChart(QWidget):
    """Horizontal bars, two series per hamlet (households, residents), labelled — QtCharts is not in
    PySide6-Essentials."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int, int]] = []
        self.legend = ("", "")
        self.setMinimumHeight(160)

    def set_rows(self, rows: list[tuple[str, int, int]], legend: tuple[str, str]) -> None:
        self.rows, self.legend = rows, legend
        self.setMinimumHeight(40 + 34 * max(1, len(rows)))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 — Qt's name
        return QSize(420, 40 + 34 * max(1, len(self.rows)))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 — Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        fm = p.fontMetrics()
        label_w = min(self.width() // 3, max([fm.horizontalAdvance(r[0]) for r in self.rows] + [60]) + 12)
        top, bar_h = 28, 12
        x = 0
        for colour, text in zip(BAR_COLOURS, self.legend, strict=True):
            p.fillRect(QRectF(label_w + x, 8, 12, 12), QColor(colour))
            p.setPen(QColor("black"))
            p.drawText(int(label_w + x + 16), 19, text)
            x += fm.horizontalAdvance(text) + 40
        peak = max([max(r[1], r[2]) for r in self.rows] + [1])
        number_w = fm.horizontalAdvance(format_number(peak)) + 10
        span = max(10, self.width() - label_w - number_w - 8)
        for i, (name, a, b) in enumerate(self.rows):
            y = top + i * 34
            p.setPen(QColor("black"))
            p.drawText(QRectF(4, y, label_w - 8, 2 * bar_h + 2),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(name, Qt.TextElideMode.ElideRight, label_w - 8))
            for j, value in enumerate((a, b)):
                w = span * value / peak
                yy = y + j * (bar_h + 2)
                p.fillRect(QRectF(label_w, yy, w, bar_h), QColor(BAR_COLOURS[j]))
                p.setPen(QColor("black"))
                p.drawText(int(label_w + w + 4), int(yy + bar_h - 1), format_number(value))
        if not self.rows:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("No hamlet is enrolled yet."))
        p.end()


class ResidentsDialog(QDialog):
    """A hamlet's residents exactly as received: read-only, without names where they came pseudonymised."""

    def __init__(self, name: str, residents: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Residents received from {hamlet}", hamlet=name))
        self.resize(900, 520)
        self.table = rows_table(6, stretch=1)
        self.table.setHorizontalHeaderLabels([tr("Household"), tr("Full name"), tr("Year of birth"), tr("Sex"),
                                              tr("Residence"), tr("Status")])
        sexes = {"male": tr("Male"), "female": tr("Female")}
        for r in residents:
            row = self.table.rowCount()
            self.table.insertRow(row)
            name_text = r["full_name"] or tr("(pseudonymised) {id}", id=r["id"][:8])
            cells = [r["household_no"] or "—", name_text, str(r["birth_year"] or "—"),
                     sexes.get(r["sex"] or "", r["sex"] or "—"), r["residence_type"] or "—", r["status"] or "—"]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        pseud = sum(1 for r in residents if r["pseudonymised"])
        note = tr("{n} residents; {p} of them came pseudonymised (no names, as the hamlet sent them).",
                  n=format_number(len(residents)), p=format_number(pseud))
        buttons = QDialogButtonBox()
        buttons.addButton(tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(note))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


class OverviewPage(QWidget):
    status_message = Signal(str)

    def __init__(self, app: App, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.today = today
        self.rows: list[ov.HamletRow] = []
        self.figures: dict[str, dict[str, Any]] = {}
        self.heading = Heading()
        self.explain = hint_label()
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue((today or dt.date.today()).year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.grid = rows_table(COL_LAST_CONTACT + 1, stretch=COL_NAME)
        self.grid.cellDoubleClicked.connect(lambda row, _c: self.drill_down(row))
        self.legend = hint_label()
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.figures_table = rows_table(5, stretch=0)
        self.chart = BarChart()
        self.drill_label = QLabel()
        self.drill_choice = QComboBox()
        self.drill_choice.activated.connect(lambda i: self.drill_down(i))
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.drill_label)
        top.addWidget(self.drill_choice)
        lower = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.totals)
        left_layout.addWidget(self.figures_table, 1)
        lower.addWidget(left)
        lower.addWidget(self.chart)
        lower.setSizes([600, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addLayout(top)
        layout.addWidget(self.grid, 3)
        layout.addWidget(self.legend)
        layout.addWidget(lower, 2)
        self.retranslate_ui()
        QTimer.singleShot(0, self.refresh)

    def retranslate_ui(self) -> None:
        self.heading.setText(tr("Commune overview"))
        self.explain.setText(tr(
            "Who has sent what: a month counts as received when a bundle covering its last day has been imported,"
            " on time when imported by day {day} of the next month. Double-click a hamlet to see its residents as"
            " received.", day=ov.due_day()))
        self.year_label.setText(tr("Year:"))
        self.drill_label.setText(tr("Residents received from:"))
        self.grid.setHorizontalHeaderLabels([tr("Hamlet")] + [tr("M{n}", n=m) for m in range(1, 13)]
                                            + [tr("Last no."), tr("Last contact")])
        self.legend.setText("   ".join(f"{mark or '□'} {tr(text)}" for mark, _bg, text in CELL.values()))
        self.figures_table.setHorizontalHeaderLabels([tr("Hamlet"), tr("Households"), tr("Residents"),
                                                      tr("Former residents"), tr("Missing months")])
        if self.rows:
            self._show()

    def refresh(self) -> None:
        try:
            with self.app.uow() as uow:
                self.rows = ov.completeness(uow, self.year.value(), today=self.today)
                self.figures = ov.by_unit(uow)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self._show()

    def _show(self) -> None:
        self.grid.setRowCount(0)
        self.figures_table.setRowCount(0)
        self.drill_choice.clear()
        for hamlet in self.rows:
            row = self.grid.rowCount()
            self.grid.insertRow(row)
            name = QTableWidgetItem(hamlet.name + (" " + tr("(key revoked)") if hamlet.revoked else ""))
            name.setData(CODE_ROLE, hamlet.code)
            name.setToolTip(hamlet.code)
            self.grid.setItem(row, COL_NAME, name)
            for m, status in enumerate(hamlet.months):
                mark, bg, text = CELL[status]
                item = QTableWidgetItem(mark)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(QBrush(QColor(bg)))
                item.setData(CODE_ROLE, status)
                item.setToolTip(tr("{hamlet}, month {month}: {state}", hamlet=hamlet.name, month=m + 1,
                                   state=tr(text)))
                self.grid.setItem(row, COL_FIRST_MONTH + m, item)
            seq = str(hamlet.last_sequence) if hamlet.last_sequence is not None else "—"
            if hamlet.missing_sequences:
                seq += " " + tr("(missing {numbers})", numbers=", ".join(map(str, hamlet.missing_sequences)))
            self.grid.setItem(row, COL_LAST_SEQ, QTableWidgetItem(seq))
            self.grid.setItem(row, COL_LAST_CONTACT, QTableWidgetItem(
                format_date(hamlet.last_contact.astimezone().date()) if hamlet.last_contact else "—"))
            self.drill_choice.addItem(hamlet.name, hamlet.code)
        chart_rows = []
        households = residents = 0
        for hamlet in self.rows:
            f = self.figures.get(hamlet.code, {})
            h, r = f.get("households", 0), f.get("residents", 0)
            households, residents = households + h, residents + r
            chart_rows.append((hamlet.name, h, r))
            row = self.figures_table.rowCount()
            self.figures_table.insertRow(row)
            missing = ", ".join(tr("M{n}", n=m) for m in hamlet.missing_months) or "—"
            for col, text in enumerate([hamlet.name, format_number(h), format_number(r),
                                        format_number(f.get("former_residents", 0)), missing]):
                self.figures_table.setItem(row, col, QTableWidgetItem(text))
        missing_hamlets = sum(1 for h in self.rows if h.missing_months)
        self.totals.setText(tr(
            "<b>Commune:</b> {hamlets} hamlets enrolled, {households} households, {residents} residents;"
            " {missing} hamlets have missing months.", hamlets=format_number(len(self.rows)),
            households=format_number(households), residents=format_number(residents),
            missing=format_number(missing_hamlets)))
        self.chart.set_rows(chart_rows, (tr("Households"), tr("Residents")))

    def drill_down(self, row: int) -> ResidentsDialog | None:
        if not 0 <= row < len(self.rows):
            return None
        hamlet = self.rows[row]
        with self.app.uow() as uow:
            residents = ov.received_residents(uow, hamlet.code)
        dialog = ResidentsDialog(hamlet.name, residents, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self.drill_dialog = dialog
        return dialog
