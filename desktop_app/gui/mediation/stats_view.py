"""The statistics tab: a month, a quarter or a year; the table by type (the Circular's groups) and a bar chart
of the outcomes, drawn with QPainter (PySide6-Essentials has no Qt Charts, and one bar chart does not earn the
weight of PySide6-Addons)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QTableWidgetItem, QVBoxLayout, QWidget

from desktop_app.domain.clock import vn_today
from desktop_app.gui.common import rows_table
from desktop_app.gui.style import hint_label
from desktop_app.i18n import N_, format_number, tr

KEYS = ("received", "successful", "unsuccessful", "terminated", "referred", "in_progress")
KEY_LABELS = {"received": N_("Received"), "successful": N_("Successful"), "unsuccessful": N_("Unsuccessful"),
              "terminated": N_("Terminated"), "referred": N_("Referred"), "in_progress": N_("Still open")}
COLOURS = {"successful": "#3c8d5a", "unsuccessful": "#c0504d", "terminated": "#8a7f9e", "referred": "#d39a2c",
           "in_progress": "#4a7ab5"}
KINDS = (("year", N_("Year")), ("quarter", N_("Quarter")), ("month", N_("Month")))


def period_code(kind: str, year: int, part: int) -> str:
    """``2026``, ``2026-Q3`` or ``2026-07`` (what ``sothon mediation stats --period`` takes)."""
    if kind == "quarter":
        return f"{year}-Q{part}"
    if kind == "month":
        return f"{year}-{part:02d}"
    return str(year)


class OutcomeChart(QWidget):
    """One stacked bar per type group (and the total): the cases received, split by their current state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, dict[str, int]]] = []
        self.setMinimumHeight(220)

    def set_bars(self, bars: list[tuple[str, dict[str, int]]]) -> None:
        self.bars = bars
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 — Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        w, h = self.width(), self.height()
        legend_h = fm.height() + 8
        left, bottom, top = 12 + fm.horizontalAdvance("000"), fm.height() * 2 + 10, legend_h + 8
        plot_h = max(10, h - top - bottom)
        highest = max([sum(v[k] for k in COLOURS) for _, v in self.bars] + [1])
        # The legend, one swatch per outcome.
        x = left
        for key, colour in COLOURS.items():
            text = tr(KEY_LABELS[key])
            p.fillRect(QRectF(x, 6, 12, 12), QColor(colour))
            p.setPen(self.palette().windowText().color())
            p.drawText(int(x + 16), 6 + fm.ascent(), text)
            x += 28 + fm.horizontalAdvance(text)
        # Axis and the scale's top.
        p.setPen(QPen(QColor("#999")))
        p.drawLine(left, top + plot_h, w - 8, top + plot_h)
        p.drawText(2, top + fm.ascent(), format_number(highest))
        p.drawText(2, top + plot_h, "0")
        if not self.bars:
            return
        slot = (w - left - 16) / len(self.bars)
        bar_w = min(70.0, slot * 0.6)
        for i, (name, values) in enumerate(self.bars):
            x0 = left + 8 + i * slot + (slot - bar_w) / 2
            y = float(top + plot_h)
            for key, colour in COLOURS.items():
                n = values.get(key, 0)
                if not n:
                    continue
                height = plot_h * n / highest
                y -= height
                p.fillRect(QRectF(x0, y, bar_w, height), QColor(colour))
            total = values.get("received", 0)
            p.setPen(self.palette().windowText().color())
            p.drawText(QRectF(x0 - 20, y - fm.height() - 2, bar_w + 40, fm.height()),
                       Qt.AlignmentFlag.AlignCenter, format_number(total))
            p.drawText(QRectF(left + 8 + i * slot, top + plot_h + 4, slot, fm.height() * 2 + 4),
                       Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, name)


class StatisticsView(QWidget):
    """Period pickers, the figures table (a row per type group and the total) and the chart."""

    period_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.kind = QComboBox()
        self.year = QSpinBox()
        self.year.setRange(2000, 2200)
        self.year.setValue(vn_today().year)
        self.part = QComboBox()
        self.rate = hint_label()
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.year)
        top.addWidget(self.part)
        top.addWidget(self.rate, 1)
        self.table = rows_table(len(KEYS) + 2, stretch=0)
        self.chart = OutcomeChart()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chart, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(self._emit)
        self.part.currentIndexChanged.connect(self._emit)

    def retranslate_ui(self) -> None:
        current = self.kind.currentData() or "year"
        self.kind.blockSignals(True)
        self.kind.clear()
        for code, text in KINDS:
            self.kind.addItem(tr(text), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)
        self._fill_parts()
        self.table.setHorizontalHeaderLabels([tr("Type")] + [tr(KEY_LABELS[k]) for k in KEYS]
                                             + [tr("Success rate")])
        self.chart.update()

    def _fill_parts(self) -> None:
        kind = self.kind.currentData()
        keep = self.part.currentData()
        self.part.blockSignals(True)
        self.part.clear()
        if kind == "quarter":
            for q in range(1, 5):
                self.part.addItem(tr("Quarter {n}", n=q), q)
        elif kind == "month":
            for m in range(1, 13):
                self.part.addItem(tr("Month {n}", n=m), m)
        self.part.setVisible(kind != "year")
        at = self.part.findData(keep)
        self.part.setCurrentIndex(max(0, at))
        self.part.blockSignals(False)

    def _kind_changed(self) -> None:
        self._fill_parts()
        self._emit()

    def code(self) -> str:
        return period_code(self.kind.currentData() or "year", self.year.value(), self.part.currentData() or 1)

    def _emit(self) -> None:
        self.period_changed.emit(self.code())

    def show_statistics(self, stats, rules) -> None:  # stats: domain.mediation.Statistics
        rows = [(rules.group_label(g), f) for g, f in stats.by_type.items()] + [(tr("Total"), stats.total)]
        t = self.table
        t.setRowCount(len(rows))
        for i, (name, f) in enumerate(rows):
            d = f.as_dict()
            rate = d["success_rate"]
            cells = [name] + [format_number(d[k]) for k in KEYS] + [
                "—" if rate is None else f"{format_number(rate * 100, 1)} %"]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                t.setItem(i, col, item)
        total = stats.total.as_dict()
        if total["success_rate"] is None:
            self.rate.setText(tr("No case received in this period was closed as successful or unsuccessful."))
        else:
            self.rate.setText(tr("Success rate {rate} %: {successful} successful of {denominator} closed as"
                                 " successful or unsuccessful.", rate=format_number(total["success_rate"] * 100, 1),
                                 successful=total["successful"], denominator=total["success_rate_denominator"]))
        self.chart.set_bars([(name, f.as_dict()) for name, f in rows])
